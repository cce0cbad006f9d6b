"""Monitoring: one callback told about every plugin call of a manager, with its time.

The calls run each plugin's method through ``_bound``, the tuple of bound
methods ``_bind`` makes once per protocol method. While a monitor is set,
``_bind`` makes each of them a timed call that reports to it; setting or
clearing the monitor empties ``_bound``. Without a monitor the tuple holds
the plugins' own bound methods, so the plain call pays nothing for the
feature.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, TypeVar

from .._extension import Extension
from .._record import Frozen, set_field
from ._calls import PluginCalls, method_name

__all__ = ["HookCall", "Monitoring"]

P = TypeVar("P")
R = TypeVar("R")


class HookCall(Frozen, Generic[P]):
    """One plugin's call, as a manager's monitor sees it (see ``set_monitor``).

    ``method`` is the protocol method's name; ``args`` and ``kwargs`` are the
    call's arguments; ``value`` is what the plugin returned (``None`` when it
    raised) and ``exception`` what it raised (``None`` when it returned);
    ``seconds`` is the call's wall-clock duration (``time.perf_counter``;
    for an ``async def`` method, from the call until its result is awaited).
    """

    __slots__ = ("args", "exception", "extension", "kwargs", "method", "seconds", "value")

    extension: Extension[P]
    """The plugin that was called."""

    method: str
    """The name of the protocol method called."""

    args: tuple[Any, ...]
    """The positional arguments of the call."""

    kwargs: Mapping[str, Any]
    """The keyword arguments of the call."""

    value: object
    """What the plugin returned (``None`` when it raised)."""

    exception: Exception | None
    """What the plugin raised, or ``None`` when it returned."""

    seconds: float
    """How long the call took, in seconds."""

    def __init__(
        self,
        extension: Extension[P],
        method: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any],
        value: object,
        exception: Exception | None,
        seconds: float,
    ) -> None:
        set_field(self, "extension", extension)
        set_field(self, "method", method)
        set_field(self, "args", args)
        set_field(self, "kwargs", kwargs)
        set_field(self, "value", value)
        set_field(self, "exception", exception)
        set_field(self, "seconds", seconds)

    def __repr__(self) -> str:
        status = f"value={self.value!r}" if self.exception is None else f"{self.exception!r}"
        return f"HookCall({self.extension.name!r}, {self.method!r}, {status})"


Monitor = Callable[[HookCall[P]], object]


def _timed(
    monitor: Monitor[P], extension: Extension[P], name: str, call: Callable[..., R]
) -> Callable[..., R]:
    clock = time.perf_counter

    def timed(*args: Any, **kwargs: Any) -> R:
        start = clock()
        try:
            value = call(*args, **kwargs)
        except Exception as exc:
            monitor(HookCall(extension, name, args, kwargs, None, exc, clock() - start))
            raise
        monitor(HookCall(extension, name, args, kwargs, value, None, clock() - start))
        return value

    return timed


def _timed_async(
    monitor: Monitor[P], extension: Extension[P], name: str, call: Callable[..., Awaitable[R]]
) -> Callable[..., Awaitable[R]]:
    clock = time.perf_counter

    async def timed(*args: Any, **kwargs: Any) -> R:
        start = clock()
        try:
            value = await call(*args, **kwargs)
        except Exception as exc:
            monitor(HookCall(extension, name, args, kwargs, None, exc, clock() - start))
            raise
        monitor(HookCall(extension, name, args, kwargs, value, None, clock() - start))
        return value

    return timed


class Monitoring(PluginCalls[P]):
    """``set_monitor``: one callback told about every plugin call of a manager of ``P``."""

    _monitor: Monitor[P] | None = None

    def set_monitor(self, monitor: Callable[[HookCall[P]], object] | None, /) -> None:
        """Tell ``monitor`` about every plugin call from now on (``None``: stop).

        After each plugin's call of a protocol method (through
        ``map_method``, ``first``, the ``*_outcomes`` calls, ``amap_method``
        and a hook's ``call_historic``), ``monitor`` receives a
        :class:`~plugspec.HookCall`: the plugin's extension, the method's
        name, the arguments, the result or the exception, and the time the
        call took. It runs in the calling thread, once per plugin, so it
        should be quick; an exception it raises counts as the plugin's. One
        monitor per manager: setting another replaces it. A manager without
        a monitor calls its plugins directly, so monitoring costs nothing
        until it is set. pluggy's ``add_hookcall_monitoring`` (and
        ``enable_tracing``).
        """
        self._monitor = monitor
        self._forget_bound()

    def _bind(self, method: Callable[..., R], key: object = None) -> tuple[Callable[..., R], ...]:
        bound = super()._bind(method, key)
        monitor = self._monitor
        if monitor is None:
            return bound
        name = method_name(method)
        pairs: zip[tuple[Extension[P], Callable[..., Any]]]
        pairs = zip(self._extensions, bound, strict=True)
        traced: tuple[Callable[..., Any], ...]
        if key is None:
            traced = tuple(_timed(monitor, ext, name, call) for ext, call in pairs)
        else:  # the awaited calls' methods (``_awaitable_bound_for``)
            traced = tuple(_timed_async(monitor, ext, name, call) for ext, call in pairs)
        # Replaces what ``super()._bind`` kept (an unhashable method was not kept).
        with contextlib.suppress(TypeError):
            cache_key = method if key is None else key
            if cache_key in self._bound:
                self._bound[cache_key] = traced
        return traced
