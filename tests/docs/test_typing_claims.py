"""The typing claims the documentation makes, checked with real mypy and pyright runs.

docs/tutorial-plugins.md says which idiom makes both type checkers flag a
non-conforming plugin class at its definition; docs/tutorial-applications.md
quotes mypy's errors for badly typed ``map_method`` calls. Each claim is
checked here on the same code, with ``mypy --strict`` and pyright strict.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent

FILES = {
    "proto.py": """
        from typing import Protocol


        class Formatter(Protocol):
            def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...
    """,
    # The check line after the class: both kinds of fault are reported on it.
    "checkline_wrong.py": """
        from proto import Formatter


        class TsvFormatter:
            def format(self, rows: list[dict[str, object]]) -> str:
                return ""


        _: type[Formatter] = TsvFormatter  # line 9
    """,
    "checkline_missing.py": """
        from proto import Formatter


        class TsvFormatter:
            def render(self, rows: list[dict[str, object]]) -> str:
                return ""


        _: type[Formatter] = TsvFormatter  # line 9
    """,
    "checkline_good.py": """
        from proto import Formatter


        class TsvFormatter:
            def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
                return ""


        _: type[Formatter] = TsvFormatter
    """,
    # Explicit subclassing: a wrong signature is reported at the method ...
    "subclass_wrong.py": """
        from proto import Formatter


        class TsvFormatter(Formatter):
            def format(self, rows: list[dict[str, object]]) -> str:  # line 5
                return ""
    """,
    # ... but a missing member is not reported at the definition.
    "subclass_missing.py": """
        from proto import Formatter


        class TsvFormatter(Formatter):
            def render(self, rows: list[dict[str, object]]) -> str:
                return ""
    """,
    # Without either idiom nothing links the class to the protocol.
    "plain_wrong.py": """
        from proto import Formatter as Formatter


        class TsvFormatter:
            def format(self, rows: list[dict[str, object]]) -> str:
                return ""
    """,
    # docs/hooks.md, "Typed calls", "First result" and "async hooks".
    "hooks_typing.py": """
        import pluggy
        import plugspec
        from typing import Protocol
        from typing_extensions import assert_type


        class Lifecycle(Protocol):
            def on_start(self, title: str) -> str | None: ...

            def pick_format(self, filename: str) -> str | None: ...


        def call(hooks: plugspec.HookManager[Lifecycle], pm: pluggy.PluginManager) -> None:
            assert_type(hooks.map_method(Lifecycle.on_start, "Rain"), list[str | None])
            assert_type(hooks.first(Lifecycle.pick_format, "notes.md"), str | None)
            hooks.map_method(Lifecycle.on_start, titel="Rain")  # line 16
            _ = hooks.amap_method(Lifecycle.on_start, "Rain")  # line 17: not async
            pm.hook.on_start(titel="Rain")  # pluggy: not an error
    """,
    # docs/tutorial-applications.md, "Type-check the application".
    "application.py": """
        import plugspec
        from proto import Formatter

        rows: list[dict[str, object]] = []


        def render(manager: plugspec.ExtensionManager[Formatter]) -> list[str]:
            manager.map_method(Formatter.format, rows, titel="Rain")  # line 8
            return manager.map_method(Formatter.format, "not rows")  # line 9
    """,
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("typing_claims")
    for name, source in FILES.items():
        (root / name).write_text(textwrap.dedent(source).lstrip())
    (root / "pyrightconfig.json").write_text(json.dumps({"typeCheckingMode": "strict"}))
    return root


def _mypy_errors(root: Path) -> dict[str, set[int]]:
    result = subprocess.run(
        [BIN / "mypy", "--strict", "--no-incremental", "--config-file=", *sorted(FILES)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    found: dict[str, set[int]] = {}
    for match in re.finditer(r"^(\w+\.py):(\d+): error:", result.stdout, re.M):
        found.setdefault(match[1], set()).add(int(match[2]))
    return found


def _pyright_errors(root: Path) -> dict[str, set[int]]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [BIN / "pyright", "--outputjson", "--pythonpath", sys.executable],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    report = json.loads(result.stdout)
    found: dict[str, set[int]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] != "error" or diagnostic.get("rule") == "reportUnusedImport":
            continue
        name = Path(diagnostic["file"]).name
        found.setdefault(name, set()).add(diagnostic["range"]["start"]["line"] + 1)
    return found


EXPECTED = {
    "checkline_wrong.py": {9},
    "checkline_missing.py": {9},
    "subclass_wrong.py": {5},
    "application.py": {8, 9},
    "hooks_typing.py": {16, 17},
}


def test_mypy_flags_what_the_docs_say(project: Path) -> None:
    assert _mypy_errors(project) == EXPECTED


def test_pyright_flags_what_the_docs_say(project: Path) -> None:
    assert _pyright_errors(project) == EXPECTED


def _mypy_messages(root: Path, name: str) -> list[str]:
    result = subprocess.run(
        [BIN / "mypy", "--strict", "--no-incremental", "--config-file=", name],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    return [
        line.split(": error: ", 1)[1] for line in result.stdout.splitlines() if ": error: " in line
    ]


@pytest.mark.parametrize(
    ("source", "page", "count"),
    [
        ("application.py", "tutorial-applications.md", 2),
        ("checkline_wrong.py", "tutorial-plugins.md", 1),
    ],
)
def test_the_quoted_mypy_messages_are_mypys(
    project: Path, source: str, page: str, count: int
) -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / page).read_text()
    errors = _mypy_messages(project, source)
    assert len(errors) == count, errors
    for error in errors:
        assert f"error: {error}" in text
