"""Each ``plugspec-plugins`` table imports its namespace's plugins in an interpreter of
its own, so that its verdicts are those of ``plugspec check`` on that namespace alone.

The environment reproduces the ``distutils`` story in small (``_replaced_module``), as
the CLI's isolation tests do: ``sx.a``'s plugin replaces the module ``shared`` that
``sx.b``'s plugin derives from. A page listing ``sx.a`` and then ``sx.b`` would, in one
process, give ``sx.b``'s plugin the replacement.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_sphinxext import build

from _envs import PluginEnv
from _replaced_module import DERIVING, REPLACING, SHARED, app
from plugspec._cli import main

NOISY = """
print("plugin c says hello")


class C:
    def name(self) -> str:
        return "c"
"""


@pytest.fixture
def env(tmp_path: Path) -> Iterator[PluginEnv]:
    with PluginEnv(tmp_path / "env") as plugin_env:
        plugin_env.add_dist(
            "sxapp",
            entry_points={"plugspec.namespaces": {"sx.a": "sxapp:A", "sx.b": "sxapp:B"}},
            modules={"sxapp": app("sx"), "shared": SHARED},
        )
        plugin_env.add_dist(
            "sx-a", entry_points={"sx.a": {"a": "sx_a:A"}}, modules={"sx_a": REPLACING}
        )
        plugin_env.add_dist(
            "sx-b", entry_points={"sx.b": {"b": "sx_b:B"}}, modules={"sx_b": DERIVING}
        )
        plugin_env.add_dist("sx-c", entry_points={"sx.a": {"c": "sx_c:C"}}, modules={"sx_c": NOISY})
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
    assert "plugin c says hello" in capfd.readouterr().err
    assert "plugin c says hello" not in html
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
