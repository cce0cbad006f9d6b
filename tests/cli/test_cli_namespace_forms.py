"""``check`` and ``check --static`` take each entry point's form from the namespace covering it."""

from __future__ import annotations

from typing import Any

import pytest
from _cli_env import PluginEnv, validate

APP = """
from collections.abc import Callable
from typing import Protocol

import plugspec


class Startup(Protocol):
    def startup(self) -> str: ...


class Precommit(Protocol):
    def precommit(self, paths: list[str]) -> bool: ...


class Config:
    title: str = ""


class Formatter(Protocol):
    def format(self, rows: list[str]) -> str: ...


EVENTS = [
    plugspec.Namespace("ev.events", Startup, names=["startup"]),
    plugspec.Namespace("ev.events", Precommit, names=["precommit"]),
]
MAKERS = plugspec.Namespace("ev.makers", Formatter, factory=Callable[[Config], Formatter])
"""

PLUGINS = """
from evapp import Config


class OnStartup:
    def startup(self) -> str:
        return "started"


class OnPrecommit:
    def precommit(self, paths: list[str]) -> bool:
        return bool(paths)


STARTUP = OnStartup()
PRECOMMIT = OnPrecommit()


class Csv:
    def __init__(self, config: Config) -> None:
        self.config = config

    def format(self, rows: list[str]) -> str:
        return ",".join(rows)

    @classmethod
    def create(cls, config: Config) -> "Csv":
        return cls(config)


class NeedsPath:
    def __init__(self, path: str) -> None:
        self.path = path

    def format(self, rows: list[str]) -> str:
        return self.path
"""

EXPECTED = {
    ("ev.events", "startup"): True,
    ("ev.events", "precommit"): True,
    ("ev.events", "shutdown"): False,  # no namespace covers it
    ("ev.events", "wrong"): False,  # covered by no namespace either
    ("ev.makers", "good"): True,
    ("ev.makers", "create"): True,
    ("ev.makers", "path"): False,  # its constructor cannot take a Config
}


def _install(env: PluginEnv) -> None:
    env.dist(
        "evapp",
        {"plugspec.namespaces": {"ev.events": "evapp:EVENTS", "ev.makers": "evapp:MAKERS"}},
        {"evapp/__init__.py": APP},
    )
    env.dist(
        "evplug",
        {
            "ev.events": {
                "startup": "evplug:STARTUP",
                "precommit": "evplug:PRECOMMIT",
                "shutdown": "evplug:STARTUP",
                "wrong": "evplug:PRECOMMIT",
            },
            "ev.makers": {
                "good": "evplug:Csv",
                "create": "evplug:Csv.create",
                "path": "evplug:NeedsPath",
            },
        },
        {"evplug/__init__.py": PLUGINS},
    )


def _verdicts(document: Any) -> dict[tuple[str, str], bool]:
    return {
        (plugin["group"], plugin["name"]): plugin["ok"]
        for namespace in document["namespaces"]
        for plugin in namespace["plugins"]
    }


@pytest.mark.parametrize("mode", [(), ("--static",)], ids=["runtime", "static"])
def test_each_name_is_checked_against_its_own_namespace(env: PluginEnv, mode: tuple[str]) -> None:
    _install(env)
    result = env.run("check", *mode, "ev.events", "ev.makers", "--json")
    document = result.json()
    validate(document)
    assert _verdicts(document) == EXPECTED
    assert result.status == 1
    plugins = {
        plugin["name"]: plugin
        for namespace in document["namespaces"]
        for plugin in namespace["plugins"]
    }
    assert plugins["shutdown"]["error"].startswith("no protocol for this name")
    assert plugins["create"]["checked_as"] == "Callable[[Config], Formatter]"
    assert plugins["precommit"]["checked_as"] == "Precommit"


def test_the_registry_shows_each_protocol_with_its_names(env: PluginEnv) -> None:
    _install(env)
    document = env.run("list", "ev.events", "--json").json()
    validate(document)
    shown = env.run("check", "ev.events").out
    assert "Startup [startup], Precommit [precommit]" in shown
    assert "no protocol for this name" in shown


@pytest.mark.parametrize("command", [("list",), ("check",), ("show", "ev.makers", "good")])
def test_a_name_registered_twice_is_flagged_with_every_distribution(
    env: PluginEnv, command: tuple[str, ...]
) -> None:
    _install(env)
    env.dist("evtwin", {"ev.makers": {"good": "evplug:Csv"}}, {})
    args = command if command[0] == "show" else (*command, "ev.makers")
    document = env.run(*args, "--json").json()
    validate(document)
    plugins = (
        document["plugins"]
        if command[0] == "show"
        else [p for namespace in document["namespaces"] for p in namespace["plugins"]]
    )
    flagged = {p["name"]: p["registered_by"] for p in plugins}
    assert flagged["good"] == ["evplug 1.0", "evtwin 1.0"]
    assert flagged.get("path", []) == []
    text = env.run(*args).out
    assert "name `good` is registered by 2 plugins (evplug 1.0, evtwin 1.0)" in text
