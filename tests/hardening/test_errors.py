"""The exceptions: their origin attributes, their messages, and pickling.

Errors cross process boundaries (multiprocessing pools, pytest-xdist), so
each must come back from :mod:`pickle` with the same message and attributes.
"""

from __future__ import annotations

import pickle
from typing import Protocol

import pytest

import plugspec
from plugspec import PluginOrigin, PlugspecError


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class Mute:
    pass


ORIGIN = PluginOrigin("app.greeters", "mute = mute_plugin:Mute", "mute-dist", "2.0")


def _round_trip(error: PlugspecError) -> PlugspecError:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    return copy


def test_origin_parts() -> None:
    assert ORIGIN.name == "mute"
    assert ORIGIN.distribution == "mute-dist 2.0"
    assert PluginOrigin("g", "x=m:a", "solo").distribution == "solo"
    assert PluginOrigin("g", "x=m:a").distribution == "unknown distribution"
    assert str(PluginOrigin("g", "x = m:a")) == (
        "entry point `x = m:a` in group `g` (unknown distribution)"
    )


def test_load_error_names_its_origin_and_pickles() -> None:
    cause = ImportError("no module named mute_plugin")
    error = plugspec.PluginLoadError(ORIGIN, "import", cause)
    assert str(error) == (
        "cannot import entry point `mute = mute_plugin:Mute` in group `app.greeters` "
        "(mute-dist 2.0): ImportError: no module named mute_plugin"
    )
    copy = _round_trip(error)
    assert isinstance(copy, plugspec.PluginLoadError)
    assert (copy.origin, copy.stage, str(copy.cause)) == (ORIGIN, "import", str(cause))
    assert (copy.group, copy.entry_point, copy.dist_name, copy.dist_version) == (
        "app.greeters",
        "mute = mute_plugin:Mute",
        "mute-dist",
        "2.0",
    )
    invoked = plugspec.PluginLoadError(ORIGIN, "invoke", RuntimeError("boom"))
    assert str(invoked).startswith("cannot invoke entry point `mute = mute_plugin:Mute`")


@pytest.mark.parametrize("origin", [ORIGIN, None])
def test_conformance_error_carries_the_report_and_pickles(origin: PluginOrigin | None) -> None:
    report = plugspec.check(Mute(), Greeter)
    assert not report.ok
    error = plugspec.ConformanceError(report, origin)
    assert str(error) == (str(report) if origin is None else f"{origin}: {report}")
    copy = _round_trip(error)
    assert isinstance(copy, plugspec.ConformanceError)
    assert copy.report == report
    assert copy.origin == origin
    expected_group = None if origin is None else origin.group
    assert (copy.group, copy.entry_point is None) == (expected_group, origin is None)
    assert (copy.dist_name is None, copy.dist_version is None) == (origin is None,) * 2


def test_no_matches_error_says_why_and_pickles() -> None:
    missing = plugspec.NoMatchesError("app.greeters", "loud", ["mute", "polite"])
    assert (
        str(missing)
        == "no plugin named `loud` in group `app.greeters` (available: `mute`, `polite`)"
    )
    blocked = plugspec.NoMatchesError("app.greeters", "mute", [], "blocked by PLUGSPEC_BLOCK")
    assert str(blocked) == (
        "plugin `mute` is blocked by PLUGSPEC_BLOCK, so there is no plugin named `mute` "
        "in group `app.greeters` (available: none)"
    )
    assert str(plugspec.NoMatchesError("g", None)) == "no plugins in group `g` (available: none)"
    for error in (missing, blocked):
        copy = _round_trip(error)
        assert isinstance(copy, plugspec.NoMatchesError)
        assert (copy.group, copy.name, copy.available, copy.reason) == (
            error.group,
            error.name,
            error.available,
            error.reason,
        )


def test_multiple_matches_error_lists_every_candidate_and_pickles() -> None:
    other = PluginOrigin("app.greeters", "mute = fork:Mute", "fork-dist")
    error = plugspec.MultipleMatchesError("app.greeters", "mute", [ORIGIN, other])
    assert str(error) == (
        "2 plugins named `mute` in group `app.greeters`: "
        "`mute = mute_plugin:Mute` (mute-dist 2.0); `mute = fork:Mute` (fork-dist). "
        "Choose one with the manager's `conflict_resolver`, or leave a distribution "
        "out with PLUGSPEC_BLOCK=dist:NAME"
    )
    copy = _round_trip(error)
    assert isinstance(copy, plugspec.MultipleMatchesError)
    assert (copy.group, copy.name, copy.candidates) == ("app.greeters", "mute", (ORIGIN, other))
