"""The ``plugspec`` console script and ``python -m plugspec`` import from the same path."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(sys.executable).with_name("plugspec.exe" if os.name == "nt" else "plugspec")

_NAMESPACE_MODULE = """
import json, os, sys
from typing import Protocol
import plugspec

# Where the command line imports from, recorded for the test.
with open(os.environ["SYS_PATH_RECORD"], "w") as record:
    json.dump(sys.path, record)

class Greeter(Protocol):
    def greet(self) -> str: ...

GREETERS = plugspec.Namespace("cwd.greeters", Greeter)
"""


def _commands() -> dict[str, list[str]]:
    return {
        "console script": [str(_SCRIPT)],
        "python -m": [sys.executable, "-m", "plugspec"],
    }


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A directory holding a module that defines a namespace (an application's checkout)."""
    (tmp_path / "cwd_app.py").write_text(_NAMESPACE_MODULE)
    return tmp_path


def _run(command: list[str], cwd: Path, **environ: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "SYS_PATH_RECORD": str(cwd / "sys-path.json")}
    env.pop("PYTHONSAFEPATH", None)
    env.update(environ)
    return subprocess.run(
        [*command, "list", "cwd_app:GREETERS"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_console_script_is_installed() -> None:
    assert _SCRIPT.is_file()


@pytest.mark.parametrize("way", ["console script", "python -m"])
def test_a_namespace_in_the_current_directory_is_found(project: Path, way: str) -> None:
    result = _run(_commands()[way], project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "cwd.greeters  (cwd_app:GREETERS)"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="PYTHONSAFEPATH is new in Python 3.11")
@pytest.mark.parametrize("way", ["console script", "python -m"])
def test_safe_path_keeps_the_current_directory_out(project: Path, way: str) -> None:
    result = _run(_commands()[way], project, PYTHONSAFEPATH="1")
    assert result.returncode == 2
    assert "No module named 'cwd_app'" in result.stderr


def test_both_import_from_the_same_path(project: Path) -> None:
    seen = {}
    for way, command in _commands().items():
        assert _run(command, project).returncode == 0
        seen[way] = json.loads((project / "sys-path.json").read_text())
    assert seen["console script"] == seen["python -m"]
    assert seen["python -m"][0] == str(project)
    assert str(_SCRIPT.parent) not in seen["console script"]


@pytest.mark.skipif(getattr(sys.flags, "safe_path", False), reason="run under a safe path")
def test_console_main_adds_the_current_directory_whatever_comes_first(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # In process: sys.path[0] is not the script's directory (an unusual launcher),
    # so the current directory goes in front of it.
    from plugspec._cli import console_main

    monkeypatch.chdir(project)
    monkeypatch.setenv("SYS_PATH_RECORD", str(project / "sys-path.json"))
    monkeypatch.setattr(
        sys, "argv", [str(project / "bin" / "plugspec"), "list", "cwd_app:GREETERS"]
    )
    monkeypatch.setattr(sys, "path", [str(project / "elsewhere"), *sys.path])
    monkeypatch.delitem(sys.modules, "cwd_app", raising=False)
    try:
        assert console_main() == 0
        assert sys.path[:2] == [str(project), str(project / "elsewhere")]
    finally:
        sys.modules.pop("cwd_app", None)
    assert "cwd.greeters" in capsys.readouterr().out
