"""The call family: ``map``, ``map_method``, ``first``, and their ``*_outcomes`` and ``amap_*`` kin.

Each plugin's method is looked up once per protocol method and kept
(``_bound``), so that a call is a loop over bound methods; ``map_method``'s
usual call (no argument or one) runs them through a call written out once
per number of plugins (``_unrolled``). After a plugin raises,
``_continue_after`` finishes the call one plugin at a time, so the hot path
stays free of per-plugin bookkeeping.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    ParamSpec,
    TypeVar,
    cast,
    get_origin,
    overload,
)

from .._extension import Extension
from .._outcome import Outcome
from ._core import ManagerCore
from ._unrolled import NO_ARG, Interrupted, PluginsCall, plugins_call, spread_call

__all__ = ["PluginCalls", "keep_per_method", "own_method", "protocol_method"]

P = TypeVar("P")
R = TypeVar("R")
T1 = TypeVar("T1")
T2 = TypeVar("T2")
A = ParamSpec("A")

# Each plugin's method is looked up once per protocol method and kept
# (``_bound``): 0.75 us a ``map_method`` call for 10 plugins, against 1.49 us
# for a ``getattr`` on each plugin at each call (CPython 3.11). This is how
# many methods a manager keeps bound; a protocol has few, so it only bounds
# misuse such as a new function for every call.
BOUND_CACHE_SIZE = 64

K = TypeVar("K")
V = TypeVar("V")


def keep_per_method(cache: dict[K, V], method: K, made: V) -> V:
    """Keep ``made`` for ``method`` in one of a manager's per-method caches, and return it.

    The rule of them all (``_bound``, ``_plugins_calls``, ``_wrapped_calls``):
    at most :data:`BOUND_CACHE_SIZE` methods, emptied when full; a method that
    cannot be hashed is not kept; all are emptied when the plugins, the
    wrappers or the monitor change (``_forget_bound``).
    """
    if len(cache) >= BOUND_CACHE_SIZE:
        cache.clear()
    with contextlib.suppress(TypeError):
        cache[method] = made
    return made


def method_name(method: object) -> str:
    """The name of the protocol method ``method`` (``Formatter.format`` -> ``"format"``)."""
    name = getattr(method, "__name__", None)
    if not isinstance(name, str):
        # A classmethod or staticmethod object taken from a class __dict__.
        name = getattr(getattr(method, "__func__", None), "__name__", None)
    if not isinstance(name, str):
        raise TypeError(
            f"map_method needs a protocol method such as `Formatter.format`, not {method!r}"
        )
    return name


def _is_coroutine_function(method: object) -> bool:
    # ``inspect.iscoroutinefunction`` without importing ``inspect``: the flag
    # of an ``async def`` function's code (through a bound or class method).
    code = getattr(getattr(method, "__func__", method), "__code__", None)
    return bool(getattr(code, "co_flags", 0) & _CO_COROUTINE)


_CO_COROUTINE = 0x80  # inspect.CO_COROUTINE


def protocol_method(protocol: object, method: object, *, awaited: bool = False) -> str:
    """The name of ``method``, checked to be a member of ``protocol`` that the call can run.

    Raises :class:`TypeError` before any plugin is called when the protocol has
    no member of that name (``Formatter.format`` given to a manager of
    another protocol), and when a call that does not await is given an
    ``async def`` method (its results would be coroutines nobody awaits).
    """
    name = method_name(method)
    cls = get_origin(protocol) or protocol
    if not hasattr(cls, name) and name not in getattr(cls, "__annotations__", {}):
        shown = getattr(method, "__qualname__", name)
        raise TypeError(
            f"`{shown}` is not a member of the protocol `{getattr(cls, '__qualname__', cls)}` "
            "that this manager's plugins implement"
        )
    if not awaited and _is_coroutine_function(method):
        raise TypeError(
            f"`{getattr(method, '__qualname__', name)}` is `async def`: await it with "
            "`amap_method` (or `amap_method_outcomes`); this call would return coroutines"
        )
    return name


def own_method(
    protocol: object, method: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Callable[[Any], R]:
    """A call of each extension's own ``method`` (by name) with these arguments."""
    name = protocol_method(protocol, method)
    return lambda ext: getattr(ext.obj, name)(*args, **kwargs)


def _late_bound(obj: object, name: str) -> Callable[..., Any]:
    def call(*args: object, **kwargs: object) -> Any:
        return getattr(obj, name)(*args, **kwargs)

    return call


def caller(
    bound: tuple[Callable[..., R], ...], args: tuple[object, ...], kwargs: dict[str, object]
) -> Callable[[int], R]:
    # Built only after a failure, so that the hot loop's variables stay plain
    # locals: a closure over them in ``map_method`` makes each a cell, 0.81 us
    # instead of 0.75 us a call for 10 plugins (CPython 3.11).
    return lambda index: bound[index](*args, **kwargs)


async def _attempt(
    call: Callable[..., Awaitable[R]], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[R | None, Exception | None]:
    """Await one plugin's call; return its result or its exception."""
    try:
        return await call(*args, **kwargs), None
    except Exception as exc:
        return None, exc


class PluginCalls(ManagerCore[P]):
    """The calls over every loaded extension.

    ``map``, ``map_method``, ``first``, ``map_method_outcomes``, and
    ``amap_method`` / ``amap_method_outcomes`` for ``async def`` members.
    The dispatch managers, whose calls take a filter or names first, keep
    their own ``map`` and ``map_method`` only.
    """

    concurrent: bool = True
    """Whether :meth:`amap_method` runs the plugins concurrently (the default) or one by one.

    A manager attribute rather than an argument of the call, because the
    call's keyword arguments all belong to the plugins' method (a typed
    ``**kwargs`` leaves no room for another keyword). :class:`HookManager`
    takes it as an argument; on another manager, set it.
    """

    # The overloads with one and two plain arguments come first so that
    # pyright can type a lambda's parameters from the arguments
    # (``map(lambda ext, rows: ext.obj(rows), rows)``): it cannot through a
    # ParamSpec. Every other call takes the last.
    @overload
    def map(self, func: Callable[[Extension[P], T1], R], arg1: T1, /) -> list[R]: ...

    @overload
    def map(self, func: Callable[[Extension[P], T1, T2], R], arg1: T1, arg2: T2, /) -> list[R]: ...

    @overload
    def map(
        self,
        func: Callable[Concatenate[Extension[P], A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]: ...

    def map(self, func: Callable[..., R], /, *args: Any, **kwargs: Any) -> list[R]:
        """Call ``func(extension, *args, **kwargs)`` for each extension; return the results.

        Typed as ``map(func: Callable[Concatenate[Extension[P], A], R], /, *args:
        A.args, **kwargs: A.kwargs) -> list[R]``: the arguments are checked
        against ``func``'s parameters after the extension.

        An exception raised by a call is logged on the ``plugspec`` logger and
        that extension's result left out, unless the manager was built with
        ``propagate_map_exceptions=True``. A manager without extensions
        returns ``[]`` (stevedore raises ``NoMatches`` there).
        """
        results: list[R] = []
        try:
            for ext in self._extensions:
                results.append(func(ext, *args, **kwargs))
        except Exception as exc:
            if self.propagate_map_exceptions:
                raise
            failure = exc
        else:
            return results
        # Outside the handler, so that a later plugin's exception is not
        # chained to this one's.
        extensions = self._extensions
        self._continue_after(failure, results, lambda i: func(extensions[i], *args, **kwargs))
        return results

    if TYPE_CHECKING:
        # The signature type checkers see; the one that runs is below.
        def map_method(
            self,
            method: Callable[Concatenate[P, A], R],
            /,
            *args: A.args,
            **kwargs: A.kwargs,
        ) -> list[R]: ...

    else:

        def map_method(self, method, arg=NO_ARG, /, *args, **kwargs):
            """Call each plugin's own ``method`` with these arguments; return the results.

            ``method`` is the protocol's method (``Formatter.format``): it names the
            method to call and lets the type checker check the arguments and the
            result type. A method that is not a member of the manager's
            protocol, or an ``async def`` one (see :meth:`amap_method`), is a
            :class:`TypeError` before any plugin is called. Exceptions raised
            by the plugins follow the same policy as :meth:`map`; a
            manager without extensions returns ``[]``. Each plugin's method is
            looked up on the first call that names it and kept for later calls
            (a plugin that replaces the attribute afterwards keeps being called
            through the method first found), so a call costs little more than a
            list comprehension over the plugins' bound methods
            (``benchmarks/bench_hooks.py``).

            >>> import plugspec
            >>> from typing import Protocol
            >>> class Greeter(Protocol):
            ...     def greet(self, name: str) -> str: ...
            >>> class Hello:
            ...     def greet(self, name: str) -> str:
            ...         return f"hello {name}"
            >>> class Hi:
            ...     def greet(self, name: str) -> str:
            ...         return f"hi {name}"
            >>> ns = plugspec.Namespace("demo.greeters", Greeter)
            >>> manager = plugspec.ExtensionManager.make_test_instance(
            ...     ns, {"hello": Hello(), "hi": Hi()})
            >>> manager.map_method(Greeter.greet, "you")
            ['hello you', 'hi you']
            """
            # Typed as ``(method, /, *args: A.args, **kwargs: A.kwargs)`` above.
            # The usual call, with no argument or one, runs the plugins through
            # a call made once per method (``_unrolled``: about 1.1 times a list
            # comprehension over the bound methods, against 1.3 to 1.6 for a
            # loop, CPython 3.12 and 3.13). The lookup is written out rather
            # than left to a method: a call less on every call.
            if args or kwargs:
                given = args if arg is NO_ARG else (arg, *args)
                try:
                    return spread_call(self._bound_for(method), given, kwargs)
                except Interrupted as interrupted:
                    stopped = interrupted
                return self._interrupted(method, stopped, given, kwargs)
            try:
                call = self._plugins_calls[method]
            except (KeyError, TypeError):
                call = self._make_plugins_call(method)
            try:
                return call(arg)
            except Interrupted as interrupted:
                stopped = interrupted
            # Outside the handler, so that a later plugin's exception is not
            # chained to this one's.
            return self._interrupted(method, stopped, () if arg is NO_ARG else (arg,), {})

        def _as_typed(
            self: Any,
            method: Callable[Concatenate[P, A], R],
            /,
            *args: A.args,
            **kwargs: A.kwargs,
        ) -> list[R]: ...

        # help() and the API documentation show the call as it is typed.
        map_method.__wrapped__ = _as_typed
        del _as_typed

    def first(
        self,
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> R | None:
        """Call the plugins' own ``method`` in order until one returns something not ``None``.

        Returns that result (the later plugins are not called), or ``None``
        when every plugin returned ``None`` or there are none: pluggy's
        ``firstresult``. An exception raised by a plugin follows the policy of
        :meth:`map` (logged and that plugin skipped, unless
        ``propagate_map_exceptions``).

        >>> import plugspec
        >>> from typing import Protocol
        >>> class Resolver(Protocol):
        ...     def resolve(self, host: str) -> str | None: ...
        >>> class Local:
        ...     def resolve(self, host: str) -> str | None:
        ...         return "127.0.0.1" if host == "localhost" else None
        >>> class Fallback:
        ...     def resolve(self, host: str) -> str | None:
        ...         return "0.0.0.0"
        >>> ns = plugspec.Namespace("demo.resolvers", Resolver)
        >>> manager = plugspec.ExtensionManager.make_test_instance(
        ...     ns, {"local": Local(), "fallback": Fallback()})
        >>> manager.first(Resolver.resolve, "localhost"), manager.first(Resolver.resolve, "x")
        ('127.0.0.1', '0.0.0.0')
        """
        for index, call in enumerate(self._bound_for(method)):
            try:
                result = call(*args, **kwargs)
            except Exception as exc:
                if self.propagate_map_exceptions:
                    raise
                self._call_failed(self._extensions[index], exc)
                continue
            if result is not None:
                return result
        return None

    def map_method_outcomes(
        self,
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[Outcome[P, R]]:
        """Call each plugin's own ``method``; return each plugin's :class:`~plugspec.Outcome`.

        One outcome per plugin, in call order: the plugin's extension with
        either its result or the exception it raised. Every plugin is called
        whatever the others do; exceptions (:class:`Exception` subclasses)
        are neither logged nor propagated, whatever
        ``propagate_map_exceptions`` says: they are in the outcomes, for the
        application to report. See :class:`~plugspec.Outcome` for an example.
        """
        outcomes: list[Outcome[P, R]] = []
        for ext, call in zip(self._extensions, self._bound_for(method), strict=True):
            try:
                outcomes.append(Outcome(ext, call(*args, **kwargs)))
            except Exception as exc:
                outcomes.append(Outcome(ext, None, exc))
        return outcomes

    async def amap_method(
        self,
        method: Callable[Concatenate[P, A], Awaitable[R]],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Await each plugin's own ``async def`` ``method``; return the results in plugin order.

        The plugins run concurrently (:func:`asyncio.gather`), or one after
        another when the manager's :attr:`concurrent` is false. Exceptions
        follow the policy of :meth:`map`: logged and left out, or, with
        ``propagate_map_exceptions``, raised: one by one, the first failure
        stops the call; concurrently, every plugin runs to its end and the
        first failure in plugin order is raised. A method that is not
        ``async`` is a type error.

        >>> import asyncio, plugspec
        >>> from typing import Protocol
        >>> class Probe(Protocol):
        ...     async def ping(self, host: str) -> float: ...
        >>> class Fast:
        ...     async def ping(self, host: str) -> float:
        ...         await asyncio.sleep(0)
        ...         return 0.5
        >>> ns = plugspec.Namespace("demo.probes", Probe)
        >>> manager = plugspec.ExtensionManager.make_test_instance(ns, {"fast": Fast()})
        >>> asyncio.run(manager.amap_method(Probe.ping, "example.org"))
        [0.5]
        """
        propagate = self.propagate_map_exceptions
        if propagate and not self.concurrent:
            return [await call(*args, **kwargs) for call in self._awaitable_bound_for(method)]
        results: list[R] = []
        for outcome in await self._await_each(method, args, kwargs):
            if outcome.exception is None:
                results.append(cast(R, outcome.value))
            elif propagate:
                raise outcome.exception
            else:
                self._call_failed(outcome.extension, outcome.exception)
        return results

    async def amap_method_outcomes(
        self,
        method: Callable[Concatenate[P, A], Awaitable[R]],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[Outcome[P, R]]:
        """:meth:`map_method_outcomes` for an ``async def`` ``method``.

        The plugins run concurrently, or one after another when
        :attr:`concurrent` is false; the outcomes are in plugin order.
        """
        return await self._await_each(method, args, kwargs)

    async def _await_each(
        self,
        method: Callable[..., Awaitable[R]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> list[Outcome[P, R]]:
        bound = self._awaitable_bound_for(method)
        if self.concurrent and len(bound) > 1:
            import asyncio  # on first use: about 58 ms of start-up (CPython 3.11)

            settled = await asyncio.gather(*(_attempt(call, args, kwargs) for call in bound))
        else:
            settled = [await _attempt(call, args, kwargs) for call in bound]
        return [
            Outcome(ext, None, failure) if failure is not None else Outcome(ext, value)
            for ext, (value, failure) in zip(self._extensions, settled, strict=True)
        ]

    def _interrupted(
        self,
        method: Callable[..., Any],
        stop: Interrupted,
        given: tuple[object, ...],
        kwargs: dict[str, object],
    ) -> list[Any]:
        """Finish ``map_method``'s call of ``method`` that a plugin's exception interrupted.

        Raises the exception under ``propagate_map_exceptions``; otherwise
        calls the plugins after the one that raised, as the policy says.
        """
        if self.propagate_map_exceptions:
            raise stop.failure
        bound = self._bound_for(method)
        self._continue_after(stop.failure, stop.results, caller(bound, given, kwargs))
        return stop.results

    def _plugins_call(self, method: Callable[..., Any]) -> PluginsCall:
        """The call of every plugin's own ``method`` with no argument or one (``_unrolled``)."""
        try:
            return self._plugins_calls[method]
        except (KeyError, TypeError):
            return self._make_plugins_call(method)

    def _make_plugins_call(self, method: Callable[..., Any]) -> PluginsCall:
        call, lasting = plugins_call(self._bound_for(method))
        return keep_per_method(self._plugins_calls, method, call) if lasting else call

    # Method object -> the call ``_make_plugins_call`` made of its bound methods.
    _plugins_calls: dict[object, PluginsCall]

    def _forget_bound(self) -> None:
        super()._forget_bound()
        self._plugins_calls = {}

    def _continue_after(
        self, exc: Exception, results: list[R], call_at: Callable[[int], R]
    ) -> None:
        """Finish a call over every extension after the first one raised ``exc``.

        ``results`` holds one result per extension called before the failure,
        so the failed one is ``self._extensions[len(results)]``. Only called
        when exceptions do not propagate.
        """
        failed = len(results)
        self._call_failed(self._extensions[failed], exc)
        for index in range(failed + 1, len(self._extensions)):
            try:
                results.append(call_at(index))
            except Exception as later:
                self._call_failed(self._extensions[index], later)

    def _bound_for(self, method: Callable[..., R]) -> tuple[Callable[..., R], ...]:
        try:
            return self._bound[method]
        except (KeyError, TypeError):
            return self._bind(method)

    def _awaitable_bound_for(
        self, method: Callable[..., Awaitable[R]]
    ) -> tuple[Callable[..., Awaitable[R]], ...]:
        # Kept apart from the calls that do not await, which refuse ``async def``.
        key = (method, "await")
        try:
            return self._bound[key]
        except (KeyError, TypeError):
            return self._bind(method, key=key)

    def _bind(self, method: Callable[..., R], key: object = None) -> tuple[Callable[..., R], ...]:
        """Each plugin's own method called like ``method``, looked up once and kept."""
        name = protocol_method(self.namespace.protocol, method, awaited=key is not None)
        bound: list[Callable[..., R]] = []
        for obj in self._objs:
            try:
                bound.append(getattr(obj, name))
            except Exception:
                # Looked up at each call instead, so that the call's
                # exception policy applies to it.
                bound.append(_late_bound(obj, name))
        return keep_per_method(self._bound, method if key is None else key, tuple(bound))
