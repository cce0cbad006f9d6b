"""One verdict per plugin: the manager, ``check``, ``check --static`` and the Sphinx mark agree.

A matrix of loading styles, each with a conforming and a non-conforming
plugin, installed as real distributions in a temporary site; each tool runs
in its own subprocess (mypy for real in the static mode).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from _cli_env import PluginEnv

pytestmark = pytest.mark.slow

APP = """
from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

import plugspec

T_co = TypeVar("T_co", covariant=True)


class Config:
    title: str = "t"


class Formatter(Protocol):
    def format(self, rows: list[str]) -> str: ...


class Render(Protocol):
    def __call__(self, value: int) -> str: ...


class Box(Protocol[T_co]):
    def get(self) -> T_co: ...


class Startup(Protocol):
    def startup(self) -> str: ...


class Precommit(Protocol):
    def precommit(self, paths: list[str]) -> bool: ...


NAMESPACES = {
    "d.classes": plugspec.Namespace("d.classes", Formatter, factory=True),
    "d.withargs": plugspec.Namespace(
        "d.withargs", Formatter, factory=Callable[[Config], Formatter]
    ),
    "d.functions": plugspec.Namespace("d.functions", Formatter, factory=True),
    "d.classmethods": plugspec.Namespace("d.classmethods", Formatter, factory=True),
    "d.attributes": plugspec.Namespace("d.attributes", Formatter, factory=True),
    "d.modules": plugspec.Namespace("d.modules", Formatter),
    "d.instances": plugspec.Namespace("d.instances", Formatter),
    "d.renderers": plugspec.Namespace("d.renderers", Render),
    "d.callables": plugspec.Namespace("d.callables", Render, factory=True),
    "d.boxes": plugspec.Namespace("d.boxes", Box[int]),
    "d.broken": plugspec.Namespace("d.broken", Formatter, factory=True),
}
CLASSES = NAMESPACES["d.classes"]
WITHARGS = NAMESPACES["d.withargs"]
FUNCTIONS = NAMESPACES["d.functions"]
CLASSMETHODS = NAMESPACES["d.classmethods"]
ATTRIBUTES = NAMESPACES["d.attributes"]
MODULES = NAMESPACES["d.modules"]
INSTANCES = NAMESPACES["d.instances"]
RENDERERS = NAMESPACES["d.renderers"]
CALLABLES = NAMESPACES["d.callables"]
BOXES = NAMESPACES["d.boxes"]
BROKEN = NAMESPACES["d.broken"]
EVENTS = (
    plugspec.Namespace("d.events", Startup, names=["startup"]),
    plugspec.Namespace("d.events", Precommit, names=["precommit"]),
)
"""

PLUGINS = """
from __future__ import annotations

from dapp import Config


class Good:
    def format(self, rows: list[str]) -> str:
        return ",".join(rows)

    @classmethod
    def create(cls) -> Good:
        return cls()


class Bad:
    def format(self, rows: list[int]) -> str:
        return ""

    @classmethod
    def create(cls) -> Bad:
        return cls()


class NeedsConfig:
    def __init__(self, config: Config) -> None:
        self.config = config

    def format(self, rows: list[str]) -> str:
        return self.config.title


class NeedsPath:
    def __init__(self, path: str) -> None:
        self.path = path

    def format(self, rows: list[str]) -> str:
        return self.path


def make_good() -> Good:
    return Good()


def make_bad() -> Bad:
    return Bad()


class Holder:
    good = Good
    bad = Bad


GOOD = Good()
BAD = Bad()


def to_str(value: int) -> str:
    return str(value)


def to_int(value: int) -> int:
    return value


class CallGood:
    def __call__(self, value: int) -> str:
        return str(value)


class CallBad:
    def __call__(self, value: str) -> str:
        return value


class IntBox:
    def get(self) -> int:
        return 1


class StrBox:
    def get(self) -> str:
        return ""


INT_BOX = IntBox()
STR_BOX = StrBox()


class OnStartup:
    def startup(self) -> str:
        return "started"


STARTUP = OnStartup()
"""

GOOD_MODULE = "def format(rows: list[str]) -> str:\n    return ''\n"
BAD_MODULE = "def format(rows: list[int]) -> str:\n    return ''\n"

# (group, name) -> (entry-point value, conforms)
CELLS: dict[tuple[str, str], tuple[str, bool]] = {
    ("d.classes", "good"): ("dplug:Good", True),
    ("d.classes", "bad"): ("dplug:Bad", False),
    ("d.withargs", "good"): ("dplug:NeedsConfig", True),
    ("d.withargs", "bad"): ("dplug:NeedsPath", False),
    ("d.functions", "good"): ("dplug:make_good", True),
    ("d.functions", "bad"): ("dplug:make_bad", False),
    ("d.classmethods", "good"): ("dplug:Good.create", True),
    ("d.classmethods", "bad"): ("dplug:Bad.create", False),
    ("d.attributes", "good"): ("dplug:Holder.good", True),
    ("d.attributes", "bad"): ("dplug:Holder.bad", False),
    ("d.modules", "good"): ("dplug.goodmod", True),
    ("d.modules", "bad"): ("dplug.badmod", False),
    ("d.instances", "good"): ("dplug:GOOD", True),
    ("d.instances", "bad"): ("dplug:BAD", False),
    ("d.instances", "class"): ("dplug:Good", False),  # a class where the plugin itself is wanted
    ("d.instances", "badclass"): ("dplug:Bad", False),  # ... whose instances would not do either
    ("d.renderers", "good"): ("dplug:to_str", True),
    ("d.renderers", "bad"): ("dplug:to_int", False),
    ("d.callables", "good"): ("dplug:CallGood", True),
    ("d.callables", "bad"): ("dplug:CallBad", False),
    ("d.boxes", "good"): ("dplug:INT_BOX", True),
    ("d.boxes", "bad"): ("dplug:STR_BOX", False),
    ("d.events", "startup"): ("dplug:STARTUP", True),
    ("d.events", "precommit"): ("dplug:STARTUP", False),  # the wrong event's API
    ("d.events", "shutdown"): ("dplug:STARTUP", False),  # no namespace covers it
    ("d.broken", "good"): ("dplug:Good", True),
    ("d.broken", "bad"): ("dplug_missing:Good", False),  # cannot be imported
}
GROUPS = sorted({group for group, _ in CELLS})

MANAGER = """
import json, sys
import plugspec
import dapp
from plugspec._catalogue import catalogue
from plugspec.sphinxext import _namespaces

verdicts = {}
marks = {}
problems = {}
for group in sys.argv[1:]:
    namespaces = (dapp.EVENTS if group == "d.events" else (dapp.NAMESPACES[group],))
    seen = set()
    for namespace in namespaces:
        # The application's arguments: a Config where the namespace's factory declares it.
        arguments = (dapp.Config(),) if group == "d.withargs" else ()
        manager = plugspec.ExtensionManager(namespace, invoke_args=arguments)
        for ext in manager:
            verdicts[f"{group} {ext.name}"] = True
            seen.add(ext.name)
        for entry_point, error in manager.failures:
            verdicts[f"{group} {entry_point.name}"] = False
            problems[f"manager {group} {entry_point.name}"] = str(error)
            seen.add(entry_point.name)
    # The rows as the directive makes them: in an interpreter of their own.
    found, source, registered = _namespaces(group)
    rows, _ = catalogue(found, source, registered=registered)
    for row in rows:
        marks[f"{group} {row.name}"] = row.problem is None
        problems[f"sphinx {group} {row.name}"] = row.problem or ""
        # A name no namespace covers is loaded by no manager: no protocol, no verdict.
        verdicts.setdefault(f"{group} {row.name}", False)
print(json.dumps({"manager": verdicts, "sphinx": marks, "problems": problems}))
"""


def _install(env: PluginEnv) -> None:
    registry = {group: f"dapp:{group.split('.')[1].upper()}" for group in GROUPS}
    env.dist("dapp", {"plugspec.namespaces": registry}, {"dapp/__init__.py": APP})
    entry_points: dict[str, dict[str, str]] = {}
    for (group, name), (value, _) in CELLS.items():
        entry_points.setdefault(group, {})[name] = value
    env.dist(
        "dplug",
        entry_points,
        {
            "dplug/__init__.py": PLUGINS,
            "dplug/goodmod.py": GOOD_MODULE,
            "dplug/badmod.py": BAD_MODULE,
        },
    )


def _cli(document: Any) -> dict[str, bool]:
    return {
        f"{plugin['group']} {plugin['name']}": plugin["ok"]
        for namespace in document["namespaces"]
        for plugin in namespace["plugins"]
    }


def test_every_tool_gives_every_cell_the_same_verdict(env: PluginEnv) -> None:
    _install(env)
    expected = {f"{group} {name}": ok for (group, name), (_, ok) in CELLS.items()}
    done = subprocess.run(
        [sys.executable, "-c", MANAGER, *GROUPS],
        capture_output=True,
        text=True,
        env=env.environ(),
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    in_process = json.loads(done.stdout)
    runtime = env.run("check", *GROUPS, "--json")
    static = env.run("check", "--static", *GROUPS, "--json")
    verdicts = {
        "manager": in_process["manager"],
        "sphinx": in_process["sphinx"],
        "check": _cli(runtime.json()),
        "check --static": _cli(static.json()),
    }
    wrong = [
        f"{cell}: {tool} says {verdict.get(cell)}, expected {ok}"
        for cell, ok in expected.items()
        for tool, verdict in verdicts.items()
        if verdict.get(cell) is not ok
    ]
    assert not wrong, "\n".join(wrong) + "\n" + static.out
    assert runtime.status == static.status == 1
    # A class given where the namespace wants the plugin itself: every tool names the fix.
    fix = "is a class, but the namespace wants the plugin itself (factory=False)"
    assert fix in in_process["problems"]["manager d.instances class"]
    assert fix in in_process["problems"]["sphinx d.instances class"]
    assert fix not in in_process["problems"]["manager d.instances badclass"]
    assert fix not in in_process["problems"]["sphinx d.instances badclass"]
    for tool in (runtime, static):
        plugins = {
            plugin["name"]: json.dumps(plugin)
            for namespace in tool.json()["namespaces"]
            for plugin in namespace["plugins"]
            if plugin["group"] == "d.instances"
        }
        assert fix in plugins["class"], plugins["class"]
        assert fix not in plugins["badclass"], plugins["badclass"]
