"""The engine's own labelled cases: the runtime verdict must be mypy's.

Each module in ``engine_cases/`` holds cases written as
``case_<name>: <annotation> = <value>  # expect: pass|fail``; the label is
mypy's verdict on that line. ``test_labels_are_mypys`` runs mypy once over
the directory and fails if a stored label differs, so labels cannot drift;
``python tests/conformance/test_engine_cases.py --relabel`` rewrites them
from a fresh mypy run (read the diff before keeping it).
"""

from __future__ import annotations

import ast
import importlib
import re
import subprocess
import sys
import typing
from dataclasses import dataclass
from pathlib import Path

import pytest

import plugspec

HERE = Path(__file__).resolve().parent
CASES = HERE / "engine_cases"
_LABEL = re.compile(r"#\s*expect:\s*(pass|fail)\b")
_ERROR = re.compile(r"^(?P<path>.+?):(?P<line>\d+): error: ")


@dataclass(frozen=True)
class Case:
    module: str
    name: str
    path: Path
    line: int
    expected_ok: bool | None

    @property
    def id(self) -> str:
        return f"{self.module}::{self.name}"


def case_files() -> list[Path]:
    return sorted(p for p in CASES.glob("*.py") if not p.name.startswith("_"))


def parse_cases(path: Path) -> list[Case]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    found: list[Case] = []
    for node in ast.parse(text).body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id.startswith("case_")
        ):
            label = _LABEL.search(lines[node.lineno - 1])
            expected = None if label is None else label.group(1) == "pass"
            found.append(Case(path.stem, node.target.id, path, node.lineno, expected))
    return found


ALL_CASES = [case for path in case_files() for case in parse_cases(path)]


def mypy_failures() -> set[tuple[str, int]]:
    """(file name, line) of every line where mypy reports an error, from one mypy run."""
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        "",  # plain mypy defaults, not the project's strict configuration
        "--python-version",
        "3.10",
        "--disable-error-code",
        "empty-body",
        "--no-incremental",
        "--cache-dir",
        "/dev/null",
        "--no-error-summary",
        "--show-absolute-path",
        "engine_cases",
    ]
    done = subprocess.run(command, cwd=HERE, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stdout + done.stderr
    failures: set[tuple[str, int]] = set()
    for line in done.stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            failures.add((Path(match["path"]).name, int(match["line"])))
    return failures


def runtime_verdict(case: Case) -> plugspec.Report:
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    module = importlib.import_module(f"engine_cases.{case.module}")
    annotation = typing.get_type_hints(module)[case.name]
    return plugspec.check(getattr(module, case.name), annotation)


@pytest.mark.parametrize("case", ALL_CASES, ids=[c.id for c in ALL_CASES])
def test_runtime_agrees_with_label(case: Case) -> None:
    assert case.expected_ok is not None, f"{case.id} has no label"
    report = runtime_verdict(case)
    assert report.ok == case.expected_ok, str(report)


def test_every_failure_explains_itself() -> None:
    for case in ALL_CASES:
        report = runtime_verdict(case)
        if not report.ok:
            assert report.problems
            assert "is not compatible with protocol" in str(report)
            assert all(problem.message for problem in report.problems)


@pytest.mark.slow
def test_labels_are_mypys() -> None:
    failures = mypy_failures()
    wrong = [
        f"{case.id} (line {case.line}): label {case.expected_ok}, mypy "
        f"{(case.path.name, case.line) not in failures}"
        for case in ALL_CASES
        if case.expected_ok != ((case.path.name, case.line) not in failures)
    ]
    assert not wrong, "\n".join(wrong)


def relabel() -> None:
    """Rewrite every label from a fresh mypy run."""
    failures = mypy_failures()
    for path in case_files():
        lines = path.read_text(encoding="utf-8").splitlines()
        for case in parse_cases(path):
            verdict = "pass" if (path.name, case.line) not in failures else "fail"
            source = _LABEL.sub("", lines[case.line - 1]).rstrip()
            lines[case.line - 1] = f"{source}  # expect: {verdict}"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--relabel"]:
        relabel()
    else:
        raise SystemExit("usage: python tests/conformance/test_engine_cases.py --relabel")
