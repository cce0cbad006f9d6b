"""Run mypy --strict and pyright (strict) over the typing files and compare.

``positive_*.py`` must type-check cleanly (their ``assert_type`` calls state
what each public generic infers). In ``negative_*.py`` every line marked
``# E:`` must be reported as an error by both checkers and no unmarked line
may be; ``# E[mypy]:`` / ``# E[pyright]:`` mark lines only one checker reports.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
FILES = sorted(HERE.glob("positive_*.py")) + sorted(HERE.glob("negative_*.py"))
MARKER = re.compile(r"#\s*E(?:\[(?P<only>mypy|pyright)\])?:")

pytestmark = pytest.mark.slow

Errors = dict[str, set[int]]


def expected(tool: str) -> Errors:
    found: Errors = {}
    for path in FILES:
        marked: set[int] = set()
        with path.open() as source:
            for token in tokenize.generate_tokens(source.readline):
                match = MARKER.match(token.string) if token.type == tokenize.COMMENT else None
                if match is not None and match["only"] in (None, tool):
                    marked.add(token.start[0])
        found[path.name] = marked
    return found


def empty() -> Errors:
    return {path.name: set() for path in FILES}


def run_mypy() -> Errors:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(ROOT / "mypy.ini"),
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            *(str(path) for path in FILES),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr + result.stdout
    errors = empty()
    for line in result.stdout.splitlines():
        match = re.match(r"(?P<file>[^:]+):(?P<line>\d+): error:", line)
        if match is not None:
            errors.setdefault(Path(match["file"]).name, set()).add(int(match["line"]))
    return errors


def run_pyright() -> Errors:
    pyright = shutil.which("pyright", path=str(BIN)) or shutil.which("pyright")
    if pyright is None:
        pytest.skip("pyright is not installed")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [
            pyright,
            "--outputjson",
            "-p",
            str(HERE / "pyrightconfig.json"),
            "--pythonpath",
            sys.executable,
            *(str(path) for path in FILES),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode in (0, 1), result.stderr + result.stdout
    report = json.loads(result.stdout)
    errors = empty()
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            name = Path(diagnostic["file"]).name
            errors.setdefault(name, set()).add(diagnostic["range"]["start"]["line"] + 1)
    return errors


def describe(tool: str, got: Errors, want: Errors) -> Iterator[str]:
    for name in sorted(set(got) | set(want)):
        missing = sorted(want.get(name, set()) - got.get(name, set()))
        extra = sorted(got.get(name, set()) - want.get(name, set()))
        if missing:
            yield f"{tool}: {name}: marked lines not reported: {missing}"
        if extra:
            yield f"{tool}: {name}: unexpected errors on lines: {extra}"


@pytest.mark.parametrize(("tool", "run"), [("mypy", run_mypy), ("pyright", run_pyright)])
def test_typing_files(tool: str, run: object) -> None:
    assert FILES, "no typing files found"
    assert callable(run)
    got = run()
    want = expected(tool)
    assert any(want.values()), "the negative files mark no errors"
    problems = list(describe(tool, got, want))
    assert not problems, "\n".join(problems)
