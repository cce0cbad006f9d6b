"""``plugspec check`` over several namespaces gives each plugin the verdict of its
namespace checked alone: each namespace's plugins are imported in an interpreter of
their own. ``--same-process`` keeps one process and says which modules a plugin got
from another namespace's plugin.

The environment reproduces the ``distutils`` story in small (``_replaced_module``):
``iso.a``'s plugin replaces the module ``shared`` that ``iso.b``'s plugin derives from.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _cli_env import PluginEnv, validate

import plugspec
from _replaced_module import DERIVING, REPLACING, SHARED, app
from plugspec._cli import main

APP = app("iso", 'C = plugspec.Namespace("iso.c", Named, factory=True)\nALIAS_A = A\n')

NOISY_C = """
print("plugin c says hello")


class C:
    def name(self) -> str:
        return "c"
"""


# The example application's namespaces are installed too: name ours.
GROUPS = ("iso.a", "iso.b", "iso.c")


def _make(env: PluginEnv) -> PluginEnv:
    env.dist(
        "isoapp",
        {
            "plugspec.namespaces": {
                "iso.a": "isoapp:A",
                "iso.b": "isoapp:B",
                "iso.c": "isoapp:C",
            }
        },
        {"isoapp/__init__.py": APP, "shared.py": SHARED},
    )
    env.dist("plugin-a", {"iso.a": {"a": "plugin_a:A"}}, {"plugin_a.py": REPLACING})
    env.dist("plugin-b", {"iso.b": {"b": "plugin_b:B"}}, {"plugin_b.py": DERIVING})
    env.dist("plugin-c", {"iso.c": {"c": "plugin_c:C"}}, {"plugin_c.py": NOISY_C})
    return env


@pytest.fixture
def iso_env(env: PluginEnv) -> PluginEnv:
    return _make(env)


def _verdicts(document: dict[str, Any]) -> dict[tuple[str, str], bool]:
    return {
        (plugin["group"], plugin["name"]): plugin["ok"]
        for namespace in document["namespaces"]
        for plugin in namespace["plugins"]
    }


def test_each_verdict_is_the_verdict_of_its_namespace_alone(iso_env: PluginEnv) -> None:
    alone = [iso_env.run("check", group, "--json") for group in GROUPS]
    together = iso_env.run("check", *GROUPS, "--json")
    assert together.status == 1, together.err
    document = together.json()
    # The same documents, in the same order, as each namespace checked alone.
    assert document["namespaces"] == [result.json()["namespaces"][0] for result in alone]
    assert _verdicts(document) == {
        ("iso.a", "a"): True,
        ("iso.b", "b"): False,
        ("iso.c", "c"): True,
    }
    assert document["isolation"] == "per-namespace"
    assert document["summary"] == {
        "namespaces": 3,
        "plugins": 3,
        "ok": 2,
        "failed": 1,
        "namespace_errors": 0,
    }
    # Named on the command line, in another order: the order given, the same verdicts.
    for source in ("isoapp:A", "isoapp:ALIAS_A"):
        named = iso_env.run("check", "iso.b", source, "--json").json()
        assert [(n["group"], n["source"]) for n in named["namespaces"]] == [
            ("iso.b", "isoapp:B"),
            ("iso.a", source),
        ]
        assert _verdicts(named) == {("iso.a", "a"): True, ("iso.b", "b"): False}
        assert named["namespaces"][1]["distribution"] == "isoapp"
    text = iso_env.run("check", *GROUPS)
    assert text.status == 1
    assert "plugin_b:B" in text.out
    assert "method `run` returns `str`, expected `int`" in text.out
    assert "--same-process" not in text.out
    assert "3 plugins checked: 2 ok, 1 failed" in text.out


def test_same_process_says_where_a_module_came_from(iso_env: PluginEnv) -> None:
    # In one process iso.b's plugin derives from the replacement: another verdict,
    # and the output says which module came from which plugin.
    result = iso_env.run("check", *GROUPS, "--same-process", "--json")
    assert result.status == 0, result.err
    document = result.json()
    assert document["isolation"] == "same-process"
    assert _verdicts(document) == {("iso.a", "a"): True, ("iso.b", "b"): True, ("iso.c", "c"): True}
    plugins = {p["name"]: p for n in document["namespaces"] for p in n["plugins"]}
    assert {"module": "shared", "group": "iso.a", "plugin": "a", "replaced": True} in plugins["b"][
        "imported_elsewhere"
    ]
    assert plugins["a"]["imported_elsewhere"] == []
    assert plugins["c"]["imported_elsewhere"] == []
    text = iso_env.run("check", *GROUPS, "--same-process")
    assert text.status == 0
    (note,) = [line.strip() for line in text.out.splitlines() if "--same-process" in line]
    assert note == (
        "note: module `shared` was replaced in sys.modules and module `plugin_a` was imported "
        "by plugin `a` of `iso.a`, checked earlier in this process (--same-process): "
        "checked alone, the verdict may differ"
    )
    assert text.out.splitlines().index(note.join(["      ", ""])) == 4  # under plugin b
    # One namespace alone: nothing came from elsewhere, so no note.
    alone = iso_env.run("check", "--same-process", "iso.b")
    assert alone.status == 1
    assert "--same-process" not in alone.out


def test_what_plugins_print_stays_off_the_report(iso_env: PluginEnv) -> None:
    result = iso_env.run("check", *GROUPS, "--json")
    validate(json.loads(result.out))
    assert "plugin c says hello" in result.err
    assert "plugin c says hello" not in result.out


FAILING = {
    "exits": ("import os\nos._exit(7)\n", "its interpreter exited with status 7"),
    "raises-system-exit": (
        "import sys\nsys.exit(3)\n",
        "the check was stopped: SystemExit: 3",
    ),
}


@pytest.mark.parametrize("how", sorted(FAILING))
def test_a_failing_interpreter_is_an_error_of_its_namespace(iso_env: PluginEnv, how: str) -> None:
    source, message = FAILING[how]
    iso_env.dist("plugin-d", {"iso.c": {"d": "plugin_d:D"}}, {"plugin_d.py": source})
    result = iso_env.run("check", *GROUPS, "--json")
    assert result.status == 1
    assert "Traceback" not in result.out + result.err
    document = result.json()
    by_group = {n["group"]: n for n in document["namespaces"]}
    assert message in by_group["iso.c"]["error"]
    assert by_group["iso.c"]["plugins"] == []
    assert _verdicts(document) == {("iso.a", "a"): True, ("iso.b", "b"): False}
    assert document["summary"]["namespace_errors"] == 1
    text = iso_env.run("check", *GROUPS)
    assert text.status == 1
    assert f"ERROR cannot be checked in an interpreter of its own: {message}" in text.out
    assert "1 namespace error(s)" in text.out


def test_same_process_with_static_is_a_usage_error(iso_env: PluginEnv) -> None:
    result = iso_env.run("check", "--static", "--same-process")
    assert result.status == 2
    assert "--static imports none" in result.err


@pytest.fixture
def on_path(
    tmp_path: Path, mypy_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PluginEnv]:
    """The environment on this interpreter's ``sys.path`` only (not ``PYTHONPATH``)."""
    site = tmp_path / "site"
    site.mkdir()
    env = _make(PluginEnv(site, mypy_cache))
    # iso.c's plugin: its verdict depends on an environment variable.
    env.module(
        "plugin_c.py",
        """
        import os

        class C:
            if os.environ.get("ISO_FLAVOUR") == "bad":
                def name(self) -> int:
                    return 0
            else:
                def name(self) -> str:
                    return "c"
        """,
    )
    before = set(sys.modules)
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(mypy_cache))
    plugspec.refresh()
    yield env
    for name in set(sys.modules) - before:
        if name.split(".")[0] in {"isoapp", "shared", "plugin_a", "plugin_b", "plugin_c"}:
            del sys.modules[name]
    plugspec.refresh()


def test_in_process_children_see_this_path_and_environment(
    on_path: PluginEnv, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The site is on sys.path only: the children must be given this process's path.
    monkeypatch.setenv("ISO_FLAVOUR", "bad")
    status = main(["check", *GROUPS, "--json"])
    captured = capsys.readouterr()
    assert status == 1, captured.err
    document = json.loads(captured.out)
    validate(document)
    assert _verdicts(document) == {
        ("iso.a", "a"): True,
        ("iso.b", "b"): False,
        ("iso.c", "c"): False,
    }
    # This process imported no plugin: the children did.
    assert "plugin_b" not in sys.modules
    assert "shared" not in sys.modules


STATIC_APP = """
from typing import Protocol

import plugspec


class Named(Protocol):
    def name(self) -> str: ...


class Runner(Protocol):
    def run(self) -> int: ...


X = plugspec.Namespace("s.x", Named, factory=True)
Y = plugspec.Namespace("s.y", Runner, factory=True)
"""


def test_static_verdicts_do_not_depend_on_the_other_namespaces(env: PluginEnv) -> None:
    # s.y's plugin derives from a class of s.x's plugin, an untyped package: mypy
    # must see that package whether or not s.x is checked too.
    env.dist(
        "sapp",
        {"plugspec.namespaces": {"s.x": "sapp:X", "s.y": "sapp:Y"}},
        {"sapp/__init__.py": STATIC_APP},
    )
    env.dist(
        "sharedtop",
        {"s.x": {"x": "sharedtop:Thing"}},
        {
            "sharedtop/__init__.py": """
            class Base:
                def run(self) -> str:
                    return ""

            class Thing:
                def name(self) -> str:
                    return ""
            """
        },
        typed=False,
    )
    env.dist(
        "plugy",
        {"s.y": {"y": "plugin_y:Y"}},
        {"plugin_y/__init__.py": "from sharedtop import Base\n\nclass Y(Base):\n    pass\n"},
    )
    together = env.run("check", "--static", "s.x", "s.y", "--json")
    alone = [env.run("check", "--static", group, "--json") for group in ("s.x", "s.y")]
    assert together.status == 1, together.err
    document = together.json()
    assert document["isolation"] is None
    assert _verdicts(document) == {("s.x", "x"): True, ("s.y", "y"): False}
    assert document["namespaces"] == [result.json()["namespaces"][0] for result in alone]
    shown = env.run("show", "--static", "s.y", "y", "--json").json()
    assert [plugin["ok"] for plugin in shown["plugins"]] == [False]
    assert "incompatible member `run`" in env.run("check", "--static", "s.y").out


_SCRIPT = Path(sys.executable).with_name("plugspec")


@pytest.mark.parametrize("way", ["console script", "python -m"])
def test_namespaces_in_the_current_directory_are_found_by_the_children(
    iso_env: PluginEnv, way: str
) -> None:
    # Not installed, not on PYTHONPATH: found in the working directory, as the
    # command line finds it, by each namespace's interpreter too.
    (iso_env.site.parent / "cwd_isoapp.py").write_text(
        "from isoapp import A, B\nFIRST, SECOND = A, B\n"
    )
    command = [str(_SCRIPT)] if way == "console script" else [sys.executable, "-m", "plugspec"]
    done = subprocess.run(
        [*command, "check", "cwd_isoapp:FIRST", "cwd_isoapp:SECOND", "--json"],
        capture_output=True,
        text=True,
        env=iso_env.environ(),
        cwd=iso_env.site.parent,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    document = json.loads(done.stdout)
    validate(document)
    assert [n["source"] for n in document["namespaces"]] == [
        "cwd_isoapp:FIRST",
        "cwd_isoapp:SECOND",
    ]
    assert _verdicts(document) == {("iso.a", "a"): True, ("iso.b", "b"): False}
