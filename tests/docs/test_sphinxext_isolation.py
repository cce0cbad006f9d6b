"""Each ``plugspec-plugins`` table imports its namespace's plugins in an interpreter of
its own, so that its verdicts are those of ``plugspec check`` on that namespace alone.

The environment reproduces the ``distutils`` story in small, as the CLI's isolation
tests do: ``sx.a``'s plugin replaces the module ``shared`` in ``sys.modules`` (as
importing setuptools replaces ``distutils``), and ``sx.b``'s plugin derives from
``shared.Base``. The original ``Base.run`` returns ``str`` (``sx.b``'s protocol wants
``int``); the replacement's returns ``int``. A page listing ``sx.a`` and then ``sx.b``
in one build would, in one process, give ``sx.b``'s plugin the replacement.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_sphinxext import build

from _envs import PluginEnv
from plugspec._cli import main

APP = """
from typing import Protocol

import plugspec
import shared  # imported early, as the standard library's distutils often is


class Named(Protocol):
    def name(self) -> str: ...


class Runner(Protocol):
    def run(self) -> int: ...


A = plugspec.Namespace("sx.a", Named, factory=True)
B = plugspec.Namespace("sx.b", Runner, factory=True)
"""

SHARED = """
class Base:
    def run(self) -> str:
        return ""
"""

PLUGIN_A = """
import sys
import types

import shared

replacement = types.ModuleType("shared")


class Base:
    def run(self) -> int:
        return 0


replacement.Base = Base
sys.modules["shared"] = replacement
print("plugin a replaced shared")


class A:
    def name(self) -> str:
        return "a"
"""

PLUGIN_B = """
import shared


class B(shared.Base):
    \"\"\"Runs, as its base does.\"\"\"
"""


@pytest.fixture
def env(tmp_path: Path) -> Iterator[PluginEnv]:
    with PluginEnv(tmp_path / "env") as plugin_env:
        plugin_env.add_dist(
            "sxapp",
            entry_points={"plugspec.namespaces": {"sx.a": "sxapp:A", "sx.b": "sxapp:B"}},
            modules={"sxapp": APP, "shared": SHARED},
        )
        plugin_env.add_dist(
            "sx-a", entry_points={"sx.a": {"a": "sx_a:A"}}, modules={"sx_a": PLUGIN_A}
        )
        plugin_env.add_dist(
            "sx-b", entry_points={"sx.b": {"b": "sx_b:B"}}, modules={"sx_b": PLUGIN_B}
        )
        yield plugin_env


def _row(html: str, name: str) -> str:
    row = html[html.index(f"<strong>{name}</strong>") :]
    return row[: row.index("</tr>")]


def test_a_table_gives_the_verdict_of_its_namespace_checked_alone(
    env: PluginEnv, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    page = "Plugins\n=======\n\n.. plugspec-plugins:: sx.a\n\n.. plugspec-plugins:: sx.b\n"
    html, warnings = build(tmp_path, page)
    assert warnings == ""
    assert "conforms" in _row(html, "a")
    b_row = _row(html, "b")
    assert "refused" in b_row
    assert "Runs, as its base does." in b_row
    assert "run" in b_row
    assert "str" in b_row
    # The documentation build's own modules are untouched by the plugins.
    assert "sx_a" not in sys.modules
    assert "sx_b" not in sys.modules
    # What a plugin printed while imported goes to standard error, not onto the page.
    assert "plugin a replaced shared" in capfd.readouterr().err
    assert "plugin a replaced shared" not in html
    # ``plugspec check`` on the namespace alone gives the same verdict.
    assert main(["check", "--json", "sx.b"]) == 1
    (namespace,) = json.loads(capfd.readouterr().out)["namespaces"]
    assert [(p["name"], p["ok"]) for p in namespace["plugins"]] == [("b", False)]


def test_an_interpreter_that_fails_is_a_warning_not_a_failed_build(
    env: PluginEnv, tmp_path: Path
) -> None:
    env.add_dist(
        "sx-exit",
        entry_points={"sx.a": {"quits": "sx_exit:Quits"}},
        modules={"sx_exit": "import os\nos._exit(3)\n"},
    )
    html, warnings = build(tmp_path, "Plugins\n=======\n\n.. plugspec-plugins:: sx.a\n")
    assert "the plugins of namespace `sx.a` could not be listed" in warnings
    assert "exited with status 3" in warnings
    assert "<table" not in html
