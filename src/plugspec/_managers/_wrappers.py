"""Wrappers around every ``map_method`` call of a hook method (pluggy's ``wrapper=True``).

A wrapper is a generator function taking the method's arguments: the code
before its ``yield`` runs before the plugins, the ``yield`` receives the
call's result (or raises the call's exception), and what it returns is the
call's result. While a manager has wrappers, its ``map_method`` is an
instance attribute that runs them around the class's ``map_method``; a
manager without wrappers runs the class's ``map_method`` untouched, so the
plain call pays nothing for the feature.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ._calls import PluginCalls, method_name, protocol_method

if TYPE_CHECKING:
    from typing import TypeAlias

__all__ = ["HookWrapper", "Wrapping"]

P = TypeVar("P")
R = TypeVar("R")
A = ParamSpec("A")

HookWrapper: TypeAlias = Callable[A, Generator[None, list[R], list[R]]]
"""A wrapper of a hook method taking arguments ``A`` and returning ``R``.

A generator function with the method's parameters (without ``self``) that
yields once: ``results = yield`` receives the list of the plugins' results
(or raises the exception that ended the call), and ``return results`` (or
another list) makes the call's result.
"""


def _unwind(
    started: list[Generator[None, list[Any], list[Any]]],
    result: list[Any],
    error: Exception | None,
) -> list[Any]:
    """Give each started wrapper, innermost first, what the one inside it made of the call."""
    for generator in reversed(started):
        try:
            if error is None:
                generator.send(result)
            else:
                generator.throw(error)
        except StopIteration as stop:
            result, error = stop.value, None
        except Exception as exc:
            error = exc
        else:
            error = _yielded_again(generator)
    if error is not None:
        raise error
    return result


_NO_WRAPPERS: tuple[HookWrapper[..., Any], ...] = ()

# What ``next`` returns for a wrapper that returned without yielding.
_RETURNED: Any = object()


def _started(
    wrapper: HookWrapper[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Generator[None, list[Any], list[Any]]:
    """The wrapper's generator, run up to its ``yield``."""
    generator = wrapper(*args, **kwargs)
    if next(generator, _RETURNED) is _RETURNED:
        raise _returned_early(wrapper)
    return generator


def _returned_early(wrapper: HookWrapper[..., Any]) -> RuntimeError:
    return RuntimeError(f"hook wrapper {_name(wrapper)} returned without yielding")


def _nested(
    wrappers: tuple[HookWrapper[..., Any], ...],
    call: Callable[[], list[Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> list[Any]:
    """Run ``call`` inside several wrappers, the first outermost."""
    started: list[Generator[None, list[Any], list[Any]]] = []
    try:
        for wrapper in wrappers:
            started.append(_started(wrapper, args, kwargs))
        result = call()
    except Exception as exc:
        return _unwind(started, [], exc)
    return _unwind(started, result, None)


def _yielded_again(generator: Generator[None, list[Any], list[Any]]) -> RuntimeError:
    generator.close()
    return RuntimeError(f"hook wrapper {_name(generator)} yielded more than once")


def _name(wrapper: object) -> str:
    return f"`{getattr(wrapper, '__qualname__', wrapper)}`"


class Wrapping(PluginCalls[P]):
    """``wrap`` / ``unwrap``: wrappers around the hook calls of a manager of ``P``."""

    # Method name -> its wrappers, outermost first.
    _wrappers: dict[str, tuple[HookWrapper[..., Any], ...]]
    # The same, by the method object the calls are given (emptied with each change).
    _wrapping: dict[object, tuple[HookWrapper[..., Any], ...]]

    def wrap(
        self, method: Callable[Concatenate[P, A], R], /
    ) -> Callable[[HookWrapper[A, R]], HookWrapper[A, R]]:
        """A decorator running its generator function around each :meth:`map_method` of ``method``.

        ``@hooks.wrap(Lifecycle.on_start)`` over a generator function with the
        parameters of ``method`` (without ``self``; mypy and pyright check
        them, and the result type, against the protocol's) adds it as a
        wrapper and returns it unchanged. Each call of ``method`` through
        :meth:`map_method` calls the wrapper with the call's arguments: its
        code before ``yield`` runs before the plugins are called;
        ``results = yield`` receives the list of their results, or raises the
        exception that ended the call (a plugin's, under
        ``propagate_map_exceptions``, or an inner wrapper's); and the list it
        returns is the call's result: ``return results`` keeps it, another
        list replaces it, and catching the exception and returning a list
        turns a failure into a result. Several wrappers of one method nest,
        the first added outermost. :meth:`call_historic` calls are wrapped
        too; ``first``, the ``*_outcomes`` calls and ``amap_method`` are
        not. pluggy's ``@hookimpl(wrapper=True)``.
        """
        name = protocol_method(self.namespace.protocol, method)

        def add(wrapper: HookWrapper[A, R]) -> HookWrapper[A, R]:
            self._wrappers[name] = (*self._wrappers.get(name, ()), wrapper)
            self._route_calls()
            return wrapper

        return add

    def unwrap(
        self, method: Callable[Concatenate[P, A], R], wrapper: HookWrapper[..., Any], /
    ) -> None:
        """Stop running ``wrapper`` around ``method`` (:class:`ValueError` when it does not)."""
        name = protocol_method(self.namespace.protocol, method)
        wrappers = self._wrappers.get(name, ())
        if wrapper not in wrappers:
            raise ValueError(f"{_name(wrapper)} does not wrap `{name}` on this manager")
        kept = list(wrappers)
        kept.remove(wrapper)
        if kept:
            self._wrappers[name] = tuple(kept)
        else:
            del self._wrappers[name]
        self._route_calls()

    def _wrapped_map_method(
        self, method: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> list[Any]:
        """``map_method`` while the manager has wrappers: they run around the class's."""
        try:
            wrappers = self._wrapping[method]
        except (KeyError, TypeError):
            wrappers = self._wrappers.get(method_name(method), _NO_WRAPPERS)
            with contextlib.suppress(TypeError):  # an unhashable callable: nothing to keep
                self._wrapping[method] = wrappers
        unwrapped = type(self).map_method
        if len(wrappers) != 1:
            if not wrappers:
                return unwrapped(self, method, *args, **kwargs)
            return _nested(wrappers, lambda: unwrapped(self, method, *args, **kwargs), args, kwargs)
        # One wrapper, the usual case, written out: a generator's round trip
        # (its ``return`` is a StopIteration) is most of what it costs.
        wrapper = wrappers[0]
        generator = wrapper(*args, **kwargs)
        if next(generator, _RETURNED) is _RETURNED:
            raise _returned_early(wrapper)
        try:
            result = unwrapped(self, method, *args, **kwargs)
        except Exception as exc:
            return _unwind([generator], [], exc)
        try:
            generator.send(result)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
        return _unwind([], result, _yielded_again(generator))

    def _route_calls(self) -> None:
        """Make ``map_method`` run the wrappers while there are any, else the class's."""
        self._wrapping = {}
        if self._wrappers:
            vars(self)["map_method"] = self._wrapped_map_method
        else:
            vars(self).pop("map_method", None)
