"""``map_method``'s usual call runs the plugins through a call written out per number of plugins.

The written-out call (``plugspec._managers._unrolled``) must behave exactly
as the loop it replaces, on both sides of its warm-up and above its size
limit: same results in the same order, the same failure policy, the results
of the plugins called before one that raises kept, and the plugin's own
exception raised under ``propagate_map_exceptions``.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any, Protocol

import pytest
from hypothesis import given
from hypothesis import strategies as st

import plugspec
from plugspec._managers import _unrolled


class Counter(Protocol):
    def count(self, step: int) -> int: ...


class Ticker(Protocol):
    def tick(self) -> str: ...


COUNTERS = plugspec.Namespace("plugspec_tests.unrolled.counters", Counter)
TICKERS = plugspec.Namespace("plugspec_tests.unrolled.tickers", Ticker)


class Plugin:
    """A counter and a ticker; it raises when told to, and notes each call."""

    def __init__(self, index: int, fails: bool, calls: list[int]) -> None:
        self.index = index
        self.fails = fails
        self.calls = calls

    def count(self, step: int) -> int:
        self.calls.append(self.index)
        if self.fails:
            raise ValueError(f"plugin {self.index} refuses {step}")
        return self.index * step

    def tick(self) -> str:
        self.calls.append(self.index)
        if self.fails:
            raise ValueError(f"plugin {self.index} refuses to tick")
        return f"tick {self.index}"


SIZES = [0, 1, 2, 7, 10, _unrolled.MOST_UNROLLED, _unrolled.MOST_UNROLLED + 1]


@pytest.fixture
def quiet_plugspec_logger() -> Any:
    logger = logging.getLogger("plugspec")
    logger.disabled = True  # failures are expected here; their logging is tested elsewhere
    yield
    logger.disabled = False


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.usefixtures("quiet_plugspec_logger")
def test_every_failure_position_keeps_the_other_plugins_results(size: int) -> None:
    # Each manager is called more often than the warm-up, so both the loop
    # and the written-out call are exercised for each size.
    for failing in [None, *range(size)]:
        calls: list[int] = []
        plugins = {f"p{i:02}": Plugin(i, i == failing, calls) for i in range(size)}
        counters = plugspec.ExtensionManager.make_test_instance(COUNTERS, plugins)
        tickers = plugspec.ExtensionManager.make_test_instance(TICKERS, plugins)
        kept = [i for i in range(size) if i != failing]
        for _ in range(_unrolled.WARM_UP + 2):
            calls.clear()
            assert counters.map_method(Counter.count, 3) == [i * 3 for i in kept]
            assert calls == list(range(size))
            calls.clear()
            assert tickers.map_method(Ticker.tick) == [f"tick {i}" for i in kept]
            assert calls == list(range(size))


@pytest.mark.parametrize("size", [1, 3, 10, _unrolled.MOST_UNROLLED + 1])
def test_a_propagating_manager_raises_the_plugins_own_exception(size: int) -> None:
    calls: list[int] = []
    plugins = {f"p{i:02}": Plugin(i, i == size - 1, calls) for i in range(size)}
    counters = plugspec.ExtensionManager.make_test_instance(
        COUNTERS, plugins, propagate_map_exceptions=True
    )
    for _ in range(_unrolled.WARM_UP + 2):
        calls.clear()
        with pytest.raises(ValueError, match=f"plugin {size - 1} refuses 5") as raised:
            counters.map_method(Counter.count, 5)
        assert calls == list(range(size))
        # Nothing of the call's machinery is chained to the plugin's exception,
        # and its traceback still ends in the plugin's method.
        assert raised.value.__context__ is None
        assert raised.value.__cause__ is None
        assert traceback.extract_tb(raised.value.__traceback__)[-1].name == "count"


def test_an_exception_that_is_not_an_exception_stops_the_call() -> None:
    calls: list[int] = []

    class Interrupting(Plugin):
        def count(self, step: int) -> int:
            self.calls.append(self.index)
            raise KeyboardInterrupt

    plugins = {"a": Plugin(0, False, calls), "b": Interrupting(1, False, calls)}
    plugins["c"] = Plugin(2, False, calls)
    counters = plugspec.ExtensionManager.make_test_instance(COUNTERS, plugins)
    for _ in range(_unrolled.WARM_UP + 2):
        calls.clear()
        with pytest.raises(KeyboardInterrupt):
            counters.map_method(Counter.count, 1)
        assert calls == [0, 1]


def test_register_unregister_and_monitor_reach_a_call_already_made() -> None:
    calls: list[int] = []
    hooks = plugspec.HookManager.make_test_instance(
        COUNTERS, {f"p{i}": Plugin(i, False, calls) for i in range(4)}
    )
    for _ in range(_unrolled.WARM_UP + 2):
        assert hooks.map_method(Counter.count, 2) == [0, 2, 4, 6]
    hooks.register(Plugin(9, False, calls), name="late")
    assert hooks.map_method(Counter.count, 2) == [0, 2, 4, 6, 18]
    seen: list[tuple[str, object]] = []
    hooks.set_monitor(lambda call: seen.append((call.extension.name, call.value)))
    assert hooks.map_method(Counter.count, 1) == [0, 1, 2, 3, 9]
    assert seen == [("p0", 0), ("p1", 1), ("p2", 2), ("p3", 3), ("late", 9)]
    hooks.set_monitor(None)
    hooks.unregister("late")
    assert hooks.map_method(Counter.count, 1) == [0, 1, 2, 3]
    assert len(seen) == 5


def _outcome(call: Callable[..., list[Any]], *given: object) -> tuple[str, object, object]:
    try:
        return "returned", call(*given), None
    except _unrolled.Interrupted as stop:
        return "interrupted", stop.results, stop.failure


@given(
    failing=st.lists(st.booleans(), max_size=_unrolled.MOST_UNROLLED + 4),
    given_args=st.sampled_from([(), (4,), (None,)]),
)
def test_the_written_out_call_behaves_as_the_loop(
    failing: list[bool], given_args: tuple[object, ...]
) -> None:
    errors = [ValueError(index) for index in range(len(failing))]

    def plugin(index: int) -> Callable[..., object]:
        def method(arg: object = "none") -> object:
            if failing[index]:
                raise errors[index]
            return (index, arg)

        return method

    bound = tuple(plugin(index) for index in range(len(failing)))
    looped = _outcome(_unrolled._looping(bound), *given_args)
    if len(bound) <= _unrolled.MOST_UNROLLED:
        written = _outcome(_unrolled._compiled(len(bound))(*bound), *given_args)
        assert written == looped
    first_failure = failing.index(True) if True in failing else None
    if first_failure is None:
        assert looped[0] == "returned"
    else:
        assert looped[2] is errors[first_failure]
        assert looped[1] == [
            (i, given_args[0] if given_args else "none") for i in range(first_failure)
        ]


def test_a_number_of_plugins_is_compiled_once_the_warm_up_is_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(_unrolled, "_makers", {})
    monkeypatch.setattr(_unrolled, "_asked", {})
    bound = (len, str, repr)
    for _ in range(_unrolled.WARM_UP - 1):
        call, lasting = _unrolled.plugins_call(bound)
        assert not lasting
        assert call.__code__.co_filename == _unrolled.__file__
    call, lasting = _unrolled.plugins_call(bound)
    assert lasting
    assert call.__code__.co_filename == "<plugspec: the call of 3 plugins>"
    assert call("ab") == [2, "ab", "'ab'"]
    assert list(_unrolled._makers) == [3]
    # Above the limit the loop is kept at once.
    many = (len,) * (_unrolled.MOST_UNROLLED + 1)
    call, lasting = _unrolled.plugins_call(many)
    assert lasting
    assert call("ab") == [2] * len(many)
    assert list(_unrolled._makers) == [3]
