"""PLUGSPEC_BLOCK and PLUGSPEC_DISABLE on real entry points.

A blocked plugin is never imported (its module writes a marker line when
it is), is simply absent from every manager, is logged at INFO, is not a
load failure, and is reported by ``plugspec list``.
"""

from __future__ import annotations

import json
import logging
import pickle
from pathlib import Path

import pytest
from _hard import Runner, run_python, traced_module, traces, write_dist
from hypothesis import given, settings
from hypothesis import strategies as st

import plugspec
from _envs import PluginEnv
from plugspec import _controls
from plugspec.testing import fake_entry_points

GROUP = "hard.runners"
OTHER = "hard.others"
RUNNERS = plugspec.Namespace(GROUP, Runner, factory=True)
OTHERS = plugspec.Namespace(OTHER, Runner, factory=True)


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "trace.log"


@pytest.fixture
def installed(plugin_env: PluginEnv, marker: Path) -> PluginEnv:
    """``alpha`` and ``beta`` (distribution Fancy_Runners), ``gamma``
    (plain-runners); ``alpha`` is also a plugin of the other group."""
    plugin_env.add_dist(
        "Fancy_Runners",
        entry_points={
            GROUP: {"alpha": "hr_alpha:Plugin", "beta": "hr_beta:Plugin"},
            OTHER: {"alpha": "hr_other_alpha:Plugin"},
        },
        modules={
            "hr_alpha": traced_module(marker, "alpha"),
            "hr_beta": traced_module(marker, "beta"),
            "hr_other_alpha": traced_module(marker, "other-alpha"),
        },
    )
    plugin_env.add_dist(
        "plain-runners",
        entry_points={GROUP: {"gamma": "hr_gamma:Plugin"}},
        modules={"hr_gamma": traced_module(marker, "gamma")},
    )
    return plugin_env


def imported(marker: Path) -> set[str]:
    return {line.split(" ", 1)[1] for line in traces(marker) if line.startswith("import ")}


def failures() -> tuple[list[object], object]:
    seen: list[object] = []

    def callback(manager: object, entry_point: object, error: object) -> None:
        seen.append((entry_point, error))

    return seen, callback


@pytest.mark.parametrize(
    ("block", "loaded"),
    [
        ("", ["alpha", "beta", "gamma"]),
        ("alpha", ["beta", "gamma"]),
        (f"{GROUP}:beta", ["alpha", "gamma"]),
        ("dist:fancy-runners", ["gamma"]),
        ("dist:FANCY.RUNNERS", ["gamma"]),
        (" alpha ,, gamma\t", ["beta"]),
        (f"{GROUP}:*", []),
        (f"{OTHER}:beta nothing:here dist:not-installed", ["alpha", "beta", "gamma"]),
    ],
)
def test_blocked_plugins_are_left_out_and_never_imported(
    installed: PluginEnv,
    marker: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    block: str,
    loaded: list[str],
) -> None:
    monkeypatch.setenv("PLUGSPEC_BLOCK", block)
    seen, callback = failures()
    with caplog.at_level(logging.INFO, logger="plugspec"):
        manager = plugspec.ExtensionManager(RUNNERS, on_load_failure_callback=callback)
    assert sorted(manager.names()) == loaded
    assert sorted(manager.map_method(Runner.run)) == loaded
    assert imported(marker) == set(loaded)
    assert seen == []  # blocking is not a load failure
    blocked = {"alpha", "beta", "gamma"} - set(loaded)
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(infos) == len(blocked)
    for name in blocked:
        assert any(f"`{name} = hr_{name}:Plugin`" in m and "PLUGSPEC_BLOCK" in m for m in infos)
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_group_pair_blocks_only_in_that_group(
    installed: PluginEnv, marker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLUGSPEC_BLOCK", f"{GROUP}:alpha")
    assert sorted(plugspec.ExtensionManager(RUNNERS).names()) == [
        "beta",
        "gamma",
    ]
    assert plugspec.ExtensionManager(OTHERS).names() == ["alpha"]
    assert imported(marker) == {"beta", "gamma", "other-alpha"}


@pytest.mark.parametrize(
    ("disable", "runners", "others"),
    [
        (GROUP, [], ["alpha"]),
        (f"{OTHER}, {GROUP}", [], []),
        ("*", [], []),
        ("hard", ["alpha", "beta", "gamma"], ["alpha"]),  # a prefix is not a group
    ],
)
def test_disable_turns_whole_groups_off(
    installed: PluginEnv,
    marker: Path,
    monkeypatch: pytest.MonkeyPatch,
    disable: str,
    runners: list[str],
    others: list[str],
) -> None:
    monkeypatch.setenv("PLUGSPEC_DISABLE", disable)
    assert sorted(plugspec.ExtensionManager(RUNNERS).names()) == runners
    assert plugspec.ExtensionManager(OTHERS).names() == others
    assert plugspec.HookManager(RUNNERS, "alpha").names() == runners[:1]
    assert imported(marker) == set(runners) | {"other-" + n for n in others}


def test_every_manager_applies_the_controls(
    installed: PluginEnv, marker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLUGSPEC_BLOCK", "beta")
    everything = lambda ext: True  # noqa: E731
    kept = ["alpha", "gamma"]
    assert plugspec.NamedExtensionManager(RUNNERS, ["beta", "gamma"]).names() == ["gamma"]
    assert sorted(plugspec.EnabledExtensionManager(RUNNERS, everything).names()) == kept
    assert sorted(plugspec.DispatchExtensionManager(RUNNERS, everything).names()) == kept
    assert sorted(plugspec.NameDispatchExtensionManager(RUNNERS, everything).names()) == kept
    assert plugspec.HookManager(RUNNERS, "beta").names() == []
    assert plugspec.DriverManager(RUNNERS, "gamma").name == "gamma"
    assert "beta" not in imported(marker)


@pytest.mark.parametrize(
    ("variable", "value", "says"),
    [
        ("PLUGSPEC_BLOCK", "beta", "blocked by PLUGSPEC_BLOCK (`beta`)"),
        ("PLUGSPEC_BLOCK", f"{GROUP}:beta", f"blocked by PLUGSPEC_BLOCK (`{GROUP}:beta`)"),
        (
            "PLUGSPEC_BLOCK",
            "dist:fancy_runners",
            "blocked by PLUGSPEC_BLOCK (`dist:Fancy_Runners`)",
        ),
        ("PLUGSPEC_DISABLE", "*", "disabled by PLUGSPEC_DISABLE (`*`)"),
        ("PLUGSPEC_DISABLE", GROUP, f"disabled by PLUGSPEC_DISABLE (`{GROUP}`)"),
    ],
)
def test_driver_asked_for_a_blocked_plugin_says_so(
    installed: PluginEnv,
    marker: Path,
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
    value: str,
    says: str,
) -> None:
    monkeypatch.setenv(variable, value)
    seen, callback = failures()
    with pytest.raises(plugspec.NoMatchesError) as caught:
        plugspec.DriverManager(RUNNERS, "beta", on_load_failure_callback=callback)
    error = caught.value
    assert error.reason == says
    assert says in str(error)
    assert f"group `{GROUP}`" in str(error)
    assert error.name == "beta"
    assert "beta" not in error.available
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
    assert seen == []
    assert "beta" not in imported(marker)


def test_driver_for_a_missing_name_is_not_called_blocked(
    installed: PluginEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLUGSPEC_BLOCK", "alpha")
    with pytest.raises(plugspec.NoMatchesError) as caught:
        plugspec.DriverManager(RUNNERS, "delta")
    assert caught.value.reason is None
    assert "blocked" not in str(caught.value)


def test_a_changed_environment_takes_effect_at_the_next_manager(
    installed: PluginEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLUGSPEC_BLOCK", "alpha")
    assert sorted(plugspec.ExtensionManager(RUNNERS).names()) == [
        "beta",
        "gamma",
    ]
    monkeypatch.setenv("PLUGSPEC_BLOCK", "gamma")
    assert sorted(plugspec.ExtensionManager(RUNNERS).names()) == [
        "alpha",
        "beta",
    ]
    monkeypatch.delenv("PLUGSPEC_BLOCK")
    assert sorted(plugspec.ExtensionManager(RUNNERS).names()) == [
        "alpha",
        "beta",
        "gamma",
    ]


def test_make_test_instance_ignores_the_controls(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given objects are not installed plugins: the environment does not apply.
    class Given:
        def run(self) -> str:
            return "given"

    monkeypatch.setenv("PLUGSPEC_DISABLE", "*")
    manager = plugspec.ExtensionManager.make_test_instance(RUNNERS, {"alpha": Given})
    assert manager.names() == ["alpha"]


# -- the variables' forms, through a manager --------------------------------


class _Given:
    def run(self) -> str:
        return "given"


def _loads(
    block: str, disable: str, *, name: str = "n", group: str = "g.h", dist: str = "Dist.Name"
) -> bool:
    """Whether a manager of ``group`` loads the plugin ``name`` of distribution
    ``dist`` under these values of the two variables."""
    namespace = plugspec.Namespace(group, Runner)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLUGSPEC_BLOCK", block)
        patch.setenv("PLUGSPEC_DISABLE", disable)
        with fake_entry_points(namespace, {name: _Given()}, dist_name=dist, dist_version="1"):
            names = plugspec.ExtensionManager(namespace).names()
    assert names in ([], [name])
    return names == [name]


# Any text but NUL, which no environment variable can hold.
items = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"),
    max_size=40,
)


# Each example builds a manager: its first verification may take long.
@settings(deadline=None)
@given(block=items, disable=items)
def test_any_value_is_accepted(block: str, disable: str) -> None:
    _loads(block, disable)  # never raises


plain_names = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters="._-"),
    min_size=1,
    max_size=20,
)
groups = st.from_regex(r"\A[a-z]\w{0,8}(\.\w{1,8}){0,2}\Z").filter(lambda g: g != "dist")


@settings(deadline=None)
@given(name=plain_names, group=groups, other=plain_names)
def test_each_form_blocks_exactly_what_it_names(name: str, group: str, other: str) -> None:
    def loads(block: str, disable: str = "") -> bool:
        return _loads(block, disable, name=name, group=group)

    assert not loads(name)
    assert not loads(f"{group}:{name}")
    assert not loads(f"{group}:*")
    assert loads(f"{group}x:{name}")
    assert not loads("dist:dist-name")  # the distribution is Dist.Name
    assert loads(group) or name == group
    assert not loads("", group)
    assert not loads("", "*")
    assert loads(other) == (other != name)


def test_parsed_values_are_cached_per_value(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLUGSPEC_BLOCK", "a b")
    first = _controls.current()
    assert _controls.current() is first
    monkeypatch.setenv("PLUGSPEC_BLOCK", "a")
    assert _controls.current() is not first
    assert _controls.current().names == frozenset({"a"})


# -- plugspec list -------------------------------------------------------------

NAMESPACE_MODULE = """
from typing import Protocol
import plugspec
from plugspec.testing import fake_entry_points

class Runner(Protocol):
    def run(self) -> str: ...

RUNNERS = plugspec.Namespace("hard.runners", Runner)
"""


def test_plugspec_list_reports_blocked_and_disabled(tmp_path: Path, marker: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    write_dist(
        site,
        "hr-app",
        {"plugspec.namespaces": {GROUP: "hr_app:RUNNERS"}},
        {"hr_app": NAMESPACE_MODULE},
    )
    write_dist(
        site,
        "hr-plugins",
        {GROUP: {"alpha": "hr_alpha:Plugin", "beta": "hr_beta:Plugin", "gone": "hr_gone:X"}},
        {"hr_alpha": traced_module(marker, "alpha"), "hr_beta": traced_module(marker, "beta")},
    )
    code = "import sys; from plugspec._cli import main; sys.exit(main(sys.argv[1:]))"
    done = run_python(code, [site], args=["list", "--json"], env={"PLUGSPEC_BLOCK": "beta gone"})
    document = json.loads(done.stdout)
    plugins = {p["name"]: p for p in document["namespaces"][0]["plugins"]}
    assert {name: p["status"] for name, p in plugins.items()} == {
        "alpha": "found",
        "beta": "blocked",
        "gone": "blocked",  # blocked, so its missing module is nobody's fault
    }
    assert plugins["beta"]["blocked_by"] == "blocked by PLUGSPEC_BLOCK (`beta`)"
    assert plugins["alpha"]["blocked_by"] is None
    assert document["ok"] is True
    assert done.returncode == 0

    text = run_python(code, [site], args=["list"], env={"PLUGSPEC_DISABLE": GROUP})
    rows = [
        line.split()
        for line in text.stdout.splitlines()
        if line.split()[:1] in (["alpha"], ["beta"], ["gone"])
    ]
    assert sorted(row[-1] for row in rows) == ["disabled", "disabled", "disabled"]
    assert not marker.exists()  # listing imports no plugin


@pytest.mark.parametrize(
    ("block", "group", "name", "dist", "blocked"),
    [
        ("dist:", "g", "n", "d", False),  # no distribution named
        (":n g: :", "g", "n", "d", False),  # no group, no name, neither
        ("a:b:c", "a", "b:c", "d", True),  # the name is what follows the first ":"
        ("a:b:c", "a", "c", "d", False),
        ("dist:A..B__c", "g", "n", "a-b.C", True),  # PEP 503: one "-" per run
        ("x,y\n z", "g", "z", "d", True),  # commas and any whitespace separate
    ],
)
def test_edge_cases(block: str, group: str, name: str, dist: str, blocked: bool) -> None:
    assert _loads(block, "", name=name, group=group, dist=dist) is not blocked


def test_plugins_without_a_distribution_are_blocked_by_name(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    class Given:
        def run(self) -> str:
            return "given"

    monkeypatch.setenv("PLUGSPEC_BLOCK", "dist:anything blocked")
    fakes = fake_entry_points(RUNNERS, {"blocked": Given, "kept": Given})
    with fakes, caplog.at_level(logging.INFO, logger="plugspec"):
        manager = plugspec.ExtensionManager(RUNNERS)
    assert manager.names() == ["kept"]
    (record,) = [r for r in caplog.records if r.levelno == logging.INFO]
    assert "(unknown distribution): blocked by PLUGSPEC_BLOCK (`blocked`)" in record.getMessage()


def test_distribution_without_a_version_is_named_alone(
    plugin_env: PluginEnv,
    marker: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    plugin_env.add_dist(
        "no-version",
        entry_points={GROUP: {"alpha": "hr_alpha:Plugin"}},
        modules={"hr_alpha": traced_module(marker, "alpha")},
        metadata="Metadata-Version: 2.1\nName: no-version\n",
    )
    monkeypatch.setenv("PLUGSPEC_BLOCK", "dist:no_version")
    with caplog.at_level(logging.INFO, logger="plugspec"):
        assert plugspec.ExtensionManager(RUNNERS).names() == []
    assert "(no-version): blocked by PLUGSPEC_BLOCK (`dist:no-version`)" in caplog.text
    assert not marker.exists()


def test_blocking_one_distribution_settles_a_duplicated_driver_name(
    installed: PluginEnv, marker: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed.add_dist(
        "other-fork",
        entry_points={GROUP: {"alpha": "hr_fork:Plugin"}},
        modules={"hr_fork": traced_module(marker, "fork")},
    )
    with pytest.raises(plugspec.MultipleMatchesError):
        plugspec.DriverManager(RUNNERS, "alpha")
    monkeypatch.setenv("PLUGSPEC_BLOCK", "dist:Fancy-Runners")
    driver = plugspec.DriverManager(RUNNERS, "alpha")
    assert driver.driver.run() == "fork"
    assert driver.extension.dist_name == "other-fork"
    assert imported(marker) == {"fork"}
