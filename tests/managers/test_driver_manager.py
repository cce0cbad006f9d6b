"""DriverManager: exactly one plugin, failing fast."""

from __future__ import annotations

import sys

import pytest
from _manager_plugins import FORMATTERS, GROUP, MADE_FORMATTERS, Formatter, add_formatter, events

import plugspec
from _envs import PluginEnv


def test_loads_the_named_driver_and_nothing_else(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv")
    add_formatter(plugin_env, "json")
    manager = plugspec.DriverManager(MADE_FORMATTERS, "csv", invoke_args=(7,))
    assert manager.name == "csv"
    assert manager.driver.format([{}, {}]) == "csv::2"
    assert manager.extension.name == "csv"
    assert manager.extension.obj is manager.driver
    assert manager.names() == ["csv"]
    assert manager["csv"] is manager.extension
    assert "plugspec_test_json" not in sys.modules
    assert manager.map_method(Formatter.format, [], title="t") == ["csv:t:0"]
    assert manager.map(lambda ext, suffix: ext.name + suffix, "!") == ["csv!"]
    assert repr(manager) == f"DriverManager({MADE_FORMATTERS!r}, 'csv')"


def test_no_matching_entry_point_is_no_matches_error(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv")
    add_formatter(plugin_env, "json")
    with pytest.raises(plugspec.NoMatchesError) as info:
        plugspec.DriverManager(FORMATTERS, "xml")
    assert info.value.group == GROUP
    assert info.value.name == "xml"
    assert info.value.available == ("csv", "json")
    assert "`xml`" in str(info.value)
    assert GROUP in str(info.value)
    # Nothing was imported to find out.
    assert "plugspec_test_csv" not in sys.modules


def test_duplicates_in_different_distributions_name_every_candidate(
    plugin_env: PluginEnv,
) -> None:
    add_formatter(plugin_env, "csv", dist="csv-one", version="1.0", module="plugspec_test_one")
    add_formatter(plugin_env, "csv", dist="csv-two", version="2.0", module="plugspec_test_two")
    with pytest.raises(plugspec.MultipleMatchesError) as info:
        plugspec.DriverManager(MADE_FORMATTERS, "csv")
    error = info.value
    assert error.group == GROUP
    assert error.name == "csv"
    assert {(c.entry_point, c.distribution) for c in error.candidates} == {
        ("csv = plugspec_test_one:Impl", "csv-one 1.0"),
        ("csv = plugspec_test_two:Impl", "csv-two 2.0"),
    }
    for part in ("csv-one 1.0", "csv-two 2.0", "plugspec_test_one:Impl", GROUP):
        assert part in str(error)
    # Refused before importing either.
    assert "plugspec_test_one" not in sys.modules
    assert "plugspec_test_two" not in sys.modules


def test_a_conflict_resolver_chooses_among_duplicates(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv", dist="csv-one", version="1.0", module="plugspec_test_one")
    add_formatter(plugin_env, "csv", dist="csv-two", version="2.0", module="plugspec_test_two")
    seen: list[list[str | None]] = []

    def newest(
        candidates: list[plugspec.Extension[Formatter]],
    ) -> plugspec.Extension[Formatter]:
        seen.append(sorted(c.dist_name for c in candidates if c.dist_name))
        return max(candidates, key=lambda c: c.dist_version or "")

    manager = plugspec.DriverManager(MADE_FORMATTERS, "csv", conflict_resolver=newest)
    assert manager.extension.dist_name == "csv-two"
    assert seen == [["csv-one", "csv-two"]]


def test_an_import_failure_is_raised_with_its_cause(plugin_env: PluginEnv) -> None:
    add_formatter(
        plugin_env, "csv", dist="csv-dist", version="3.1", source="import nonexistent_x\n"
    )
    calls: list[plugspec.PlugspecError] = []
    with pytest.raises(plugspec.PluginLoadError) as info:
        plugspec.DriverManager(
            FORMATTERS, "csv", on_load_failure_callback=lambda _m, _ep, exc: calls.append(exc)
        )
    error = info.value
    assert error.stage == "import"
    assert isinstance(error.__cause__, ModuleNotFoundError)
    for part in (GROUP, "csv = plugspec_test_csv:Impl", "csv-dist 3.1", "nonexistent_x"):
        assert part in str(error)
    assert calls == [error]


def test_an_invoke_failure_is_raised(plugin_env: PluginEnv) -> None:
    source = (
        "class Impl:\n    def __init__(self):\n        raise RuntimeError('no config')\n"
        "    def format(self, rows, *, title=''):\n        return ''\n"
    )
    add_formatter(plugin_env, "csv", source=source)
    with pytest.raises(plugspec.PluginLoadError, match="RuntimeError: no config") as info:
        plugspec.DriverManager(MADE_FORMATTERS, "csv")
    assert info.value.stage == "invoke"
    assert isinstance(info.value.__cause__, RuntimeError)


def test_a_non_conforming_driver_is_a_conformance_error(plugin_env: PluginEnv) -> None:
    source = (
        "import plugspec_test_events as _events\n"
        "class Impl:\n    def __init__(self):\n        _events.EVENTS.append(('init', 'csv'))\n"
    )
    add_formatter(plugin_env, "csv", dist="csv-dist", version="1.2", source=source)
    with pytest.raises(plugspec.ConformanceError) as info:
        plugspec.DriverManager(MADE_FORMATTERS, "csv")
    assert "format" in {p.member for p in info.value.report.problems}
    assert info.value.dist_name == "csv-dist"
    assert "csv = plugspec_test_csv:Impl" in str(info.value)
    assert ("init", "csv") not in events()


def test_make_test_instance_from_a_plain_object() -> None:
    class Csv:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return "csv"

    manager = plugspec.DriverManager.make_test_instance(FORMATTERS, Csv())
    assert manager.name == "test"
    assert manager.driver.format([]) == "csv"
    assert manager.extension.dist_name is None

    named = plugspec.DriverManager.make_test_instance(MADE_FORMATTERS, Csv, name="csv")
    assert named.name == "csv"
    assert isinstance(named.driver, Csv)


def test_make_test_instance_from_an_extension() -> None:
    class Csv:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return "csv"

    source = plugspec.DriverManager.make_test_instance(FORMATTERS, Csv(), name="csv")
    copy = plugspec.DriverManager.make_test_instance(FORMATTERS, source.extension)
    assert copy.extension is source.extension
    assert copy.name == "csv"


def test_make_test_instance_fails_fast() -> None:
    with pytest.raises(plugspec.ConformanceError):
        plugspec.DriverManager.make_test_instance(FORMATTERS, object())
    with pytest.raises(plugspec.PluginLoadError):
        plugspec.DriverManager.make_test_instance(MADE_FORMATTERS, lambda: 1 / 0)


def test_the_resolver_chooses_before_any_candidate_is_imported(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv", dist="csv-good", version="2.0", module="plugspec_test_good")
    add_formatter(
        plugin_env,
        "csv",
        dist="csv-broken",
        version="1.0",
        module="plugspec_test_broken",
        source="raise ImportError('broken duplicate')\n",
    )
    failed: list[str] = []

    def good(candidates: list[plugspec.Extension[Formatter]]) -> plugspec.Extension[Formatter]:
        assert "plugspec_test_good" not in sys.modules  # nothing imported to choose
        assert all("not loaded" in repr(c) for c in candidates)
        return next(c for c in candidates if c.dist_name == "csv-good")

    driver = plugspec.DriverManager(
        MADE_FORMATTERS,
        "csv",
        conflict_resolver=good,
        on_load_failure_callback=lambda _m, ep, _e: failed.append(ep.name),
    )
    assert driver.extension.dist_name == "csv-good"
    assert driver.driver.format([]) == "csv::0"
    assert "plugspec_test_broken" not in sys.modules
    assert failed == []
    assert driver.failures == []


def test_a_resolver_that_looks_into_the_candidates_loads_them(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv", dist="csv-one", module="plugspec_test_one")
    add_formatter(plugin_env, "csv", dist="csv-two", module="plugspec_test_two")

    def by_object(candidates: list[plugspec.Extension[Formatter]]) -> plugspec.Extension[Formatter]:
        return max(candidates, key=lambda c: type(c.obj).__module__)

    driver = plugspec.DriverManager(MADE_FORMATTERS, "csv", conflict_resolver=by_object)
    assert driver.extension.dist_name == "csv-two"
    assert driver.extension.plugin is sys.modules["plugspec_test_two"].Impl
    with pytest.raises(TypeError, match="one of the candidates"):
        plugspec.DriverManager(MADE_FORMATTERS, "csv", conflict_resolver=lambda c: driver.extension)


def test_the_duplicate_error_names_both_ways_out(plugin_env: PluginEnv) -> None:
    add_formatter(plugin_env, "csv", dist="csv-one", module="plugspec_test_one")
    add_formatter(plugin_env, "csv", dist="csv-two", module="plugspec_test_two")
    with pytest.raises(plugspec.MultipleMatchesError) as info:
        plugspec.DriverManager(MADE_FORMATTERS, "csv")
    assert "conflict_resolver" in str(info.value)
    assert "PLUGSPEC_BLOCK=dist:" in str(info.value)
