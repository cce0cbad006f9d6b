"""The labelled conformance corpus: finding cases, running mypy, checking at runtime.

Each file ``cases/<category>.py`` holds cases, one per line, written as
``case_<name>: <annotation> = <value>  # expect: pass|fail``. The label is
mypy's verdict on that line (any error reported there means ``fail``);
``test_labels.py`` keeps the labels equal to a real mypy run.
A case may add ``# runtime-blind: <reason>`` when the runtime cannot see what
mypy sees (see ``EXCEPTIONS.md``); the runtime must then accept with a note.
"""

from __future__ import annotations

import ast
import functools
import importlib
import re
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
CASES_DIR = CORPUS_DIR / "cases"
MYPY_INI = CORPUS_DIR / "mypy.ini"
REPO_ROOT = CORPUS_DIR.parent.parent
CASES_PACKAGE = "cases"

_LABEL = re.compile(r"#\s*expect:\s*(?P<label>pass|fail)\b")
_BLIND = re.compile(r"#\s*runtime-blind:\s*(?P<reason>\S.*?)\s*$")
_MYPY_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+): (?P<severity>error|note): (?P<message>.*?)"
    r"(?:  \[(?P<code>[a-z0-9-]+)\])?$"
)


@dataclass(frozen=True)
class Case:
    """One labelled corpus case: ``name: annotation = value`` on ``line`` of ``path``."""

    category: str
    name: str
    path: Path
    line: int
    source: str
    expected_ok: bool | None
    blind_reason: str | None

    @property
    def id(self) -> str:
        return f"{self.category}::{self.name}"

    @property
    def location(self) -> str:
        return f"{self.path.relative_to(REPO_ROOT)}:{self.line}"

    @property
    def label(self) -> str:
        return {True: "pass", False: "fail", None: "missing"}[self.expected_ok]


@dataclass(frozen=True)
class MypyMessage:
    """One line of mypy output."""

    path: Path
    line: int
    severity: str
    message: str
    code: str | None


def case_files() -> list[Path]:
    """Every category file of the corpus, sorted."""
    return sorted(p for p in CASES_DIR.glob("*.py") if p.name != "__init__.py")


def parse_cases(path: Path) -> list[Case]:
    """The cases of one category file, in file order (case lines must be single lines)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    cases: list[Case] = []
    for node in ast.parse(text, filename=str(path)).body:
        if not (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id.startswith("case_")
        ):
            continue
        if node.end_lineno != node.lineno:
            raise ValueError(f"{path}:{node.lineno}: a case must fit on one line")
        source = lines[node.lineno - 1]
        label = _LABEL.search(source)
        blind = _BLIND.search(source)
        cases.append(
            Case(
                category=path.stem,
                name=node.target.id,
                path=path,
                line=node.lineno,
                source=source.strip(),
                expected_ok=None if label is None else label["label"] == "pass",
                blind_reason=None if blind is None else blind["reason"],
            )
        )
    return cases


def all_cases() -> list[Case]:
    """Every case of the corpus."""
    return [case for path in case_files() for case in parse_cases(path)]


def load_category(category: str) -> ModuleType:
    """Import ``cases.<category>`` (the corpus directory goes on ``sys.path`` once)."""
    if str(CORPUS_DIR) not in sys.path:
        sys.path.insert(0, str(CORPUS_DIR))
    return importlib.import_module(f"{CASES_PACKAGE}.{category}")


def case_subject(case: Case) -> tuple[object, Any]:
    """The value and the annotation of a case, as the runtime sees them."""
    module = load_category(case.category)
    return getattr(module, case.name), module.__annotations__[case.name]


def run_mypy(paths: list[Path] | None = None) -> list[MypyMessage]:
    """Run mypy once with the corpus configuration; every error and note it prints."""
    targets = [str(p) for p in (paths if paths is not None else [CASES_DIR])]
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(MYPY_INI),
        "--no-error-summary",
        "--show-absolute-path",
        "--no-pretty",
        "--no-color-output",
        *targets,
    ]
    done = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"mypy failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    messages: list[MypyMessage] = []
    for raw in done.stdout.splitlines():
        match = _MYPY_LINE.match(raw)
        if match is None:
            raise RuntimeError(f"unexpected mypy output line: {raw!r}\n{done.stdout}")
        messages.append(
            MypyMessage(
                path=Path(match["path"]).resolve(),
                line=int(match["line"]),
                severity=match["severity"],
                message=match["message"],
                code=match["code"],
            )
        )
    return messages


def errors_by_line(messages: list[MypyMessage]) -> dict[tuple[Path, int], list[MypyMessage]]:
    """mypy's errors and notes grouped by (file, line), for lines that have an error."""
    error_lines = {(m.path, m.line) for m in messages if m.severity == "error"}
    grouped: dict[tuple[Path, int], list[MypyMessage]] = {}
    for message in messages:
        key = (message.path, message.line)
        if key in error_lines:
            grouped.setdefault(key, []).append(message)
    return grouped


@dataclass(frozen=True)
class Outcome:
    """What the runtime said about one case."""

    case: Case
    ok: bool | None
    text: str
    noted: bool

    @property
    def agrees(self) -> bool:
        if self.ok is None:
            return False
        if self.case.blind_reason is not None:
            return self.ok and self.noted
        return self.ok == self.case.expected_ok


def run_case(case: Case) -> Outcome:
    """Check one case at runtime with :func:`plugspec.check`; never raises."""
    import plugspec

    try:
        value, annotation = case_subject(case)
        report = plugspec.check(value, annotation)
    except Exception as exc:
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        frames = traceback.extract_tb(exc.__traceback__)[-4:]
        where = "".join(
            f"\n    at {frame.filename}:{frame.lineno} in {frame.name}: {frame.line}"
            for frame in frames
        )
        return Outcome(case, None, f"check() raised {text}{where}", noted=False)
    return Outcome(case, report.ok, str(report), noted=bool(report.notes))


@functools.cache
def _mypy_said() -> dict[tuple[Path, int], list[MypyMessage]]:
    return errors_by_line(run_mypy())


def mypy_messages(case: Case) -> list[str]:
    """What mypy reports on a case line (runs mypy once per process, on first use)."""
    try:
        said = _mypy_said()
    except Exception as exc:
        return [f"(could not run mypy: {exc})"]
    return [f"{m.severity}: {m.message}" for m in said.get((case.path, case.line), [])]


def describe(outcome: Outcome, *, with_mypy: bool = True) -> str:
    """A self-contained account of a disagreement, for test failures and reports."""
    case = outcome.case
    try:
        annotation: object = case_subject(case)[1]
    except Exception as exc:
        annotation = f"<cannot load: {exc!r}>"
    verdict = {True: "pass", False: "fail", None: "crash"}[outcome.ok]
    expected = (
        f"pass with a note (runtime-blind: {case.blind_reason}; mypy says {case.label})"
        if case.blind_reason is not None
        else case.label
    )
    report = outcome.text.replace("\n", "\n    ")
    text = (
        f"{case.id}  ({case.location})\n"
        f"  case:       {case.source}\n"
        f"  annotation: {annotation!r}\n"
        f"  expected:   {expected}\n"
        f"  runtime:    {verdict}\n"
        f"  report:     {report}"
    )
    if with_mypy:
        said = mypy_messages(case) or ["(no error: mypy accepts this assignment)"]
        text += "\n  mypy:       " + "\n              ".join(said)
    return text
