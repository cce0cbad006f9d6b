"""The less travelled paths of ``list``, ``check`` and ``show``, in real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _cli_env import GOOD_FORMATTER, PluginEnv, validate

import plugspec
from plugspec._cli import main

LOOSE_APP = """
from typing import Protocol
import plugspec

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

LOOSE = plugspec.Namespace("loose.greeters", Greeter, factory=True)
"""

HOSTILE_PLUGIN = (
    "class Meta(type):\n"
    "    def __getattribute__(cls, name):\n"
    "        raise RuntimeError(f'no {name} for you')\n"
    "class Hostile(metaclass=Meta): ...\n"
)


def test_unregistered_namespace_named_by_module_attribute(env: PluginEnv) -> None:
    env.module("loose_app/__init__.py", LOOSE_APP)
    listed = env.run("list", "loose_app:LOOSE")
    assert listed.status == 0, listed.err
    heading, empty, summary = listed.out.splitlines()
    # Not registered: no ", from DISTRIBUTION" after the source.
    assert heading == "loose.greeters  (loose_app:LOOSE)"
    assert empty == "  (no plugins installed)"
    assert summary == "1 namespace, 0 plugins"
    checked = env.run("check", "loose_app:LOOSE")
    assert checked.status == 0, checked.err
    assert checked.out.splitlines()[1:] == [
        "  (no plugins to check)",
        "0 plugins checked: 0 ok, 0 failed",
    ]
    document = env.run("check", "loose_app:LOOSE", "--json").json()
    assert document["namespaces"][0]["distribution"] is None
    assert document["namespaces"][0]["protocol"] == "Greeter"


def test_show_of_a_namespace_that_cannot_load(env: PluginEnv) -> None:
    env.dist(
        "brokenapp",
        {
            "plugspec.namespaces": {"broken.a": "brokenapp:MISSING"},
            "broken.a": {"x": "brokenapp:X"},
        },
        {"brokenapp/__init__.py": "X = 1\n"},
    )
    result = env.run("show", "broken.a", "x")
    assert result.status == 1
    lines = result.out.splitlines()
    assert lines[0] == "broken.a  (brokenapp:MISSING, from brokenapp 1.0)"
    assert lines[1].startswith(
        "  ERROR cannot import namespace `brokenapp:MISSING`: AttributeError"
    )
    assert "members:" not in result.out
    document = env.run("show", "broken.a", "x", "--json").json()
    assert document["plugins"] == []
    assert document["namespace"]["members"] == []
    assert not document["ok"]


def test_invalid_entry_point_value_is_a_static_problem(app_env: PluginEnv) -> None:
    app_env.dist("odd", {"tapp.formatters": {"odd": "not-a-module:Thing"}})
    listed = app_env.run("list", "tapp.formatters")
    assert listed.status == 1
    assert "MISSING" in listed.out
    result = app_env.run("check", "--static", "tapp.formatters")
    assert result.status == 1
    # No mypy message to show: the problem itself is the explanation.
    assert "      invalid entry point value `not-a-module:Thing`" in result.out.splitlines()


def test_show_static_prints_the_verdict_and_members(app_env: PluginEnv) -> None:
    app_env.dist(
        "good",
        {"tapp.formatters": {"good": "good_plugin:Good"}},
        {"good_plugin/__init__.py": GOOD_FORMATTER},
    )
    result = app_env.run("show", "--static", "tapp.formatters", "good")
    assert result.status == 0, result.out + result.err
    lines = [line.rstrip() for line in result.out.splitlines()]
    assert lines[0].startswith("tapp.formatters  protocol Formatter  (tapp.plugins:FORMATTERS")
    assert "  members:" in lines
    assert "  checked as    type[Formatter]" in lines
    assert "  verdict       ok" in lines
    document = app_env.run("show", "--static", "tapp.formatters", "good", "--json").json()
    (plugin,) = document["plugins"]
    assert (document["mode"], plugin["ok"], plugin["kind"]) == ("static", True, "class")
    assert plugin["location"].endswith("good_plugin")


def test_plugins_without_a_distribution_show_a_dash(
    app_env: PluginEnv, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Fakes of plugspec.testing report no distribution unless given one.
    monkeypatch.syspath_prepend(str(app_env.site))
    plugspec.refresh()
    from tapp.plugins import FORMATTERS  # type: ignore[import-not-found]  # written by app_env

    class Given:
        def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
            return title

    try:
        with plugspec.testing.fake_entry_points(FORMATTERS, {"given": Given}):
            status = main(["check", "tapp.formatters"])
        out = capsys.readouterr().out
        assert status == 0, out
        (row,) = [line.split() for line in out.splitlines() if line.split()[:1] == ["given"]]
        assert row[2:] == ["-", "type[Formatter]", "ok"]
    finally:
        for name in [m for m in sys.modules if m.split(".")[0] == "tapp"]:
            del sys.modules[name]
        monkeypatch.undo()
        plugspec.refresh()


def test_no_registered_namespace_at_all(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Only the standard library on the path: nothing registers a namespace.
    stdlib = [p for p in sys.path if p and "-packages" not in p and Path(p).name != "src"]
    monkeypatch.setattr(sys, "path", [str(tmp_path), *stdlib])
    plugspec.refresh()
    try:
        assert main(["list"]) == 0
        assert capsys.readouterr().out.splitlines() == [
            "no namespaces are registered under `plugspec.namespaces`",
            "0 namespaces, 0 plugins",
        ]
        assert main(["check", "--json"]) == 0
        document = json.loads(capsys.readouterr().out)
        validate(document)
        assert document["namespaces"] == []
    finally:
        monkeypatch.undo()
        plugspec.refresh()


def test_members_whose_signature_cannot_be_read(env: PluginEnv) -> None:
    env.dist(
        "oddapp",
        {"odd.things": {"thing": "oddapp.plugin:Thing"}},
        {
            "oddapp/__init__.py": """
                from typing import Protocol
                import plugspec

                class Odd(Protocol):
                    def scale(self, factor: float, /) -> float: ...
                    def run(self) -> None: ...
                    run.__signature__ = "not a signature"

                ODD = plugspec.Namespace("odd.things", Odd, factory=True)
            """,
            "oddapp/plugin.py": """
                class Thing:
                    def scale(self, factor: float, /) -> float:
                        return factor
                    def run(self) -> None:
                        pass
            """,
        },
    )
    result = env.run("show", "oddapp:ODD", "thing")
    assert result.status == 0, result.out + result.err
    members = result.out.split("  members:\n")[1].split("\n\n")[0].splitlines()
    # An unreadable signature is shown as any call; a trailing `/` is kept.
    assert members == ["    def run(...)", "    def scale(self, factor: float, /) -> float"]
    assert "    note: the signature of `run` cannot be read; any call is accepted" in result.out


def test_a_plugin_that_breaks_the_check_is_a_verdict_not_a_crash(app_env: PluginEnv) -> None:
    app_env.dist(
        "hostile",
        {"tapp.formatters": {"hostile": "hostile_plugin:Hostile"}},
        # Any attribute of the class raises: the conformance check cannot even name it.
        {"hostile_plugin.py": HOSTILE_PLUGIN},
    )
    result = app_env.run("check", "tapp.formatters", "--json")
    assert result.status == 1
    assert "Traceback" not in result.err
    (plugin,) = result.json()["namespaces"][0]["plugins"]
    assert not plugin["ok"]
    assert "RuntimeError: no " in (plugin["error"] or str(plugin["problems"]))


def test_a_reader_that_goes_away_stops_the_output_quietly(app_env: PluginEnv) -> None:
    # As in `plugspec list | head -0`: the pipe's read end is closed before anything is written.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "plugspec", "list", "tapp.formatters"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=app_env.environ(),
            timeout=300,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 0
    assert done.stderr == ""
