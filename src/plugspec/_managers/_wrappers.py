"""Wrappers around every ``map_method`` call of a hook method (pluggy's ``wrapper=True``).

A wrapper is a generator function taking the method's arguments: the code
before its ``yield`` runs before the plugins, the ``yield`` receives the
call's result (or raises the call's exception), and what it returns is the
call's result. While a manager has wrappers, its ``map_method`` is an
instance attribute that runs, for each protocol method, a call made once for
that method, its wrappers and its plugins' bound methods (``_wrapped_calls``,
emptied whenever one of these changes); a manager without wrappers runs the
class's ``map_method`` untouched, so the plain call pays nothing for the
feature.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from ._calls import PluginCalls, keep_per_method, method_name, protocol_method
from ._unrolled import NO_ARG, Interrupted, PluginsCall

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


# What ``next`` returns for a wrapper that returned without yielding.
_RETURNED: Any = object()

# ``Any``: a comparison that type checkers do not narrow on.
_GENERATOR: Any = types.GeneratorType


def _started(
    wrapper: HookWrapper[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Generator[None, list[Any], list[Any]]:
    """The wrapper's generator, run up to its ``yield``."""
    return _first_yield(wrapper, wrapper(*args, **kwargs))


def _first_yield(
    wrapper: HookWrapper[..., Any], generator: Generator[None, list[Any], list[Any]]
) -> Generator[None, list[Any], list[Any]]:
    """The wrapper's ``generator``, run up to its ``yield``."""
    if next(generator, _RETURNED) is _RETURNED:
        raise _returned_early(wrapper)
    return generator


def _around(
    wrapper: HookWrapper[..., Any],
    generator: Generator[None, list[Any], list[Any]],
    call: Callable[[], list[Any]],
) -> list[Any]:
    """Run ``call`` inside one wrapper, whose ``generator`` is made but not started."""
    started = [_first_yield(wrapper, generator)]
    try:
        result = call()
    except Exception as exc:
        return _unwind(started, [], exc)
    return _unwind(started, result, None)


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


def _driving(
    generator: Generator[None, list[Any], list[Any]],
) -> Generator[Any, list[Any], None]:
    """Run ``generator`` inside this one, which then yields what it returned.

    A generator's return value reaches the caller of ``send`` as a
    ``StopIteration`` to catch, most of what a wrapper's round trip costs
    (about 0.5 us on CPython 3.11 and 3.12). Through ``yield from`` it is
    handed over without one: while ``gi_yieldfrom`` is set, what this
    generator yields is the wrapper's own ``yield``; once it is cleared, it
    is the wrapper's return value. The caller then lets this generator end
    with ``next(driver, None)``, which raises nothing either.
    """
    yield (yield from generator)


def _one_wrapper(
    unwrapped: Callable[..., list[Any]],
    wrapper: HookWrapper[..., Any],
    plugins_call: Callable[[], PluginsCall],
    finish: Callable[[Interrupted, tuple[object, ...]], list[Any]],
) -> Callable[..., list[Any]]:
    """The call ``unwrapped`` (a method's ``map_method``) inside its one wrapper.

    The usual call (one positional argument, a wrapper that makes a real
    generator) calls the plugins as ``map_method`` does: through
    ``plugins_call()``, and ``finish`` when a plugin raised (the manager's
    ``_plugins_call`` and ``_interrupted`` for the method). Any other goes
    through :func:`_nested`.
    """

    def call(arg: Any = NO_ARG, /, *args: Any, **kwargs: Any) -> list[Any]:
        if args or kwargs or arg is NO_ARG:
            given = args if arg is NO_ARG else (arg, *args)
            return _nested((wrapper,), lambda: unwrapped(*given, **kwargs), given, kwargs)
        generator = wrapper(arg)
        if type(generator) is not _GENERATOR:  # a generator-like object: the general way
            return _around(wrapper, generator, lambda: unwrapped(arg))
        driver: Any = _driving(generator)  # ``Any``: typeshed's Generator has no ``gi_yieldfrom``
        next(driver)
        if driver.gi_yieldfrom is None:
            raise _returned_early(wrapper)
        stopped: Interrupted | None
        try:
            try:
                results = plugins_call()(arg)
                stopped = None
            except Interrupted as interrupted:
                results, stopped = interrupted.results, interrupted
            if stopped is not None:  # outside the handler, as in ``map_method``
                results = finish(stopped, (arg,))
        except Exception as exc:
            return _unwind([generator], [], exc)
        value: list[Any] = driver.send(results)
        if driver.gi_yieldfrom is not None:
            raise _yielded_again(generator)
        next(driver, None)
        return value

    return call


def _several(
    wrappers: tuple[HookWrapper[..., Any], ...], unwrapped: Callable[..., list[Any]]
) -> Callable[..., list[Any]]:
    """The call ``unwrapped`` inside several wrappers, the first outermost."""

    def call(*args: Any, **kwargs: Any) -> list[Any]:
        return _nested(wrappers, lambda: unwrapped(*args, **kwargs), args, kwargs)

    return call


def _yielded_again(generator: Generator[None, list[Any], list[Any]]) -> RuntimeError:
    generator.close()
    return RuntimeError(f"hook wrapper {_name(generator)} yielded more than once")


def _name(wrapper: object) -> str:
    return f"`{getattr(wrapper, '__qualname__', wrapper)}`"


class Wrapping(PluginCalls[P]):
    """``wrap`` / ``unwrap``: wrappers around the hook calls of a manager of ``P``."""

    # Method name -> its wrappers, outermost first.
    _wrappers: dict[str, tuple[HookWrapper[..., Any], ...]]

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

    # Method object -> the call made for it by ``_wrapped_call``.
    _wrapped_calls: dict[object, Callable[..., list[Any]]]

    def _wrapped_map_method(
        self, method: Callable[..., Any], arg: Any = NO_ARG, /, *args: Any, **kwargs: Any
    ) -> list[Any]:
        """``map_method`` while the manager has wrappers: the call made for ``method``."""
        try:
            call = self._wrapped_calls[method]
        except (KeyError, TypeError):
            call = self._wrapped_call(method)
        # As in ``map_method``: the usual single argument is passed on as it is.
        if args or kwargs:
            return call(*args, **kwargs) if arg is NO_ARG else call(arg, *args, **kwargs)
        return call() if arg is NO_ARG else call(arg)

    def _wrapped_call(self, method: Callable[..., Any]) -> Callable[..., list[Any]]:
        """The call of ``method`` inside its wrappers, made once and kept."""
        # Binding first checks ``method`` as the plain call does.
        self._bound_for(method)
        wrappers = self._wrappers.get(method_name(method), ())
        unwrapped = functools.partial(type(self).map_method, self, method)
        call: Callable[..., list[Any]]
        if not wrappers:
            call = unwrapped
        elif len(wrappers) == 1:
            call = _one_wrapper(
                unwrapped,
                wrappers[0],
                functools.partial(self._plugins_call, method),
                functools.partial(self._interrupted, method, kwargs={}),
            )
        else:
            call = _several(wrappers, unwrapped)
        return keep_per_method(self._wrapped_calls, method, call)

    def _forget_bound(self) -> None:
        super()._forget_bound()
        self._wrapped_calls = {}

    def _route_calls(self) -> None:
        """Make ``map_method`` run the wrappers while there are any, else the class's."""
        self._wrapped_calls = {}
        if self._wrappers:
            vars(self)["map_method"] = self._wrapped_map_method
        else:
            vars(self).pop("map_method", None)
