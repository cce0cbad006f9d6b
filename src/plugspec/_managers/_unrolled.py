"""Every plugin's bound method called with the same argument, unrolled: ``map_method``'s hot path.

A loop that appends each result pays, per plugin, the loop's step and an
``append`` call; on CPython 3.12 and 3.13 that kept ``map_method`` at 1.3 to
1.6 times a list comprehension over the bound methods (which 3.12 inlines,
PEP 709). The comprehension itself will not do: when a plugin raises, the
results of the plugins called before it are lost, and the call keeps them.
So the call is written out, one line per plugin inside one ``try`` (free
until a plugin raises, on 3.11 and later), compiled once per number of
plugins and given each manager's bound methods. For two plugins::

    def make(b0, b1):
        def call(arg=NO_ARG, /):
            try:
                if arg is NO_ARG:
                    r0 = b0()
                    r1 = b1()
                    return [r0, r1]
                r0 = b0(arg)
                r1 = b1(arg)
                return [r0, r1]
            except Exception as exc:
                raise Interrupted(exc, results_so_far(locals(), 2)) from None
        return call

When a plugin raises, the results of those called before it are the
``r`` names already bound; ``locals()`` reads them, once, in the handler.
(A ``try`` per plugin naming its predecessors' results would avoid that,
but its source grows with the square of the count: 1.5 ms to compile for
10 plugins and 8 ms for 32, against 0.3 ms and 0.7 ms.) Compiling is still
more than a call made a few times in a process should pay: a number of
plugins is compiled once calls over that many have been asked for
:data:`WARM_UP` times, and until then the calls loop. Above
:data:`MOST_UNROLLED` plugins they always loop, which bounds the code kept.
A call with several arguments or keywords loops too (:func:`spread_call`).
The source is made here from numbers alone; nothing of a plugin's goes into it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = [
    "MOST_UNROLLED",
    "NO_ARG",
    "WARM_UP",
    "Interrupted",
    "PluginsCall",
    "plugins_call",
    "spread_call",
]

# The call of every plugin with no argument (``call()``, or ``call(NO_ARG)``)
# or one (``call(arg)``): their results in order, or ``Interrupted``.
PluginsCall = Callable[..., list[Any]]

# No argument given (distinct from ``None``, a valid one).
NO_ARG: Any = object()

MOST_UNROLLED = 32
WARM_UP = 8


class Interrupted(Exception):
    """A plugin raised ``failure``; ``results`` are those of the plugins called before it."""

    def __init__(self, failure: Exception, results: list[Any]) -> None:
        super().__init__(failure, results)
        self.failure = failure
        self.results = results


# The rule of these two caches: one entry per number of plugins up to
# MOST_UNROLLED, kept for the process (the code depends on nothing else).
_makers: dict[int, Callable[..., PluginsCall]] = {}
_asked: dict[int, int] = {}


def plugins_call(bound: tuple[Callable[..., Any], ...]) -> tuple[PluginsCall, bool]:
    """The call of ``bound``, and whether it is the one to keep (``False`` while warming up)."""
    count = len(bound)
    if count > MOST_UNROLLED:
        return _looping(bound), True
    maker = _makers.get(count)
    if maker is None:
        asked = _asked[count] = _asked.get(count, 0) + 1
        if asked < WARM_UP:
            return _looping(bound), False
        maker = _makers[count] = _compiled(count)
    return maker(*bound), True


def _looping(bound: tuple[Callable[..., Any], ...]) -> PluginsCall:
    def call(arg: object = NO_ARG, /) -> list[Any]:
        results: list[Any] = []
        try:
            if arg is NO_ARG:
                for each in bound:
                    results.append(each())
            else:
                for each in bound:
                    results.append(each(arg))
        except Exception as exc:
            raise Interrupted(exc, results) from None
        return results

    return call


def spread_call(
    bound: tuple[Callable[..., Any], ...], given: tuple[object, ...], kwargs: dict[str, object]
) -> list[Any]:
    """Every plugin's call with several arguments or keywords (the unusual call), in a loop."""
    results: list[Any] = []
    try:
        for each in bound:
            results.append(each(*given, **kwargs))
    except Exception as exc:
        raise Interrupted(exc, results) from None
    return results


def results_so_far(scope: dict[str, Any], count: int) -> list[Any]:
    """The results of a written-out call before a plugin raised: its bound ``r0``, ``r1``, ..."""
    results: list[Any] = []
    for index in range(count):
        name = f"r{index}"
        if name not in scope:
            break
        results.append(scope[name])
    return results


def _compiled(count: int) -> Callable[..., PluginsCall]:
    results = ", ".join(f"r{index}" for index in range(count))
    lines = [
        f"def make({', '.join(f'b{index}' for index in range(count))}):",
        "    def call(arg=NO_ARG, /):",
        "        try:",
        "            if arg is NO_ARG:",
        *(f"                r{index} = b{index}()" for index in range(count)),
        f"                return [{results}]",
        *(f"            r{index} = b{index}(arg)" for index in range(count)),
        f"            return [{results}]",
        "        except Exception as exc:",
        f"            raise Interrupted(exc, results_so_far(locals(), {count})) from None",
        "    return call",
    ]
    scope: dict[str, Any] = {
        "NO_ARG": NO_ARG,
        "Interrupted": Interrupted,
        "results_so_far": results_so_far,
    }
    exec(compile("\n".join(lines), f"<plugspec: the call of {count} plugins>", "exec"), scope)
    maker: Callable[..., PluginsCall] = scope["make"]
    return maker
