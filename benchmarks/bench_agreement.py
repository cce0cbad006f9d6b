"""Agreement with mypy's verdicts on the labelled corpus: ``plugspec.check``,
``isinstance`` with ``runtime_checkable``, and ``typeguard.check_type``.

Run from the repository root::

    .venv/bin/python benchmarks/bench_agreement.py            # summary, written to the docs
    .venv/bin/python benchmarks/bench_agreement.py -v         # ... and every disagreement
    .venv/bin/python benchmarks/bench_agreement.py --no-docs --no-mypy

The corpus is ``tests/corpus`` (read with its own loader, ``_corpus.py``):
one case per line, ``case_x: <annotation> = <value>``, labelled ``pass`` or
``fail`` by mypy. Unless ``--no-mypy``, mypy is first run over the corpus
(by this interpreter, as ``tests/corpus/test_labels.py`` does) and the run
stops if any label differs from what mypy says now.

Each tool then answers every case in a fresh process of the benchmark's own
virtual environment, ``benchmarks/.envs/typeguard`` (plugspec from this
checkout, typeguard from PyPI; created on first use, shared with
``bench_check.py``), so that one tool's side effects (``runtime_checkable``
marks the protocol class) cannot change another's answers. A tool's answer is
"accept", "reject" or "cannot answer":

- ``plugspec.check(value, annotation).ok``; an exception is "cannot answer".
- ``typeguard.check_type(value, annotation)`` with typeguard's default
  settings: returning is "accept", ``TypeCheckError`` is "reject", any other
  exception "cannot answer"; its warnings are silenced.
- ``isinstance(value, cls)``, where ``cls`` is the annotation with any type
  arguments dropped (``Box[int]`` -> ``Box``: ``isinstance`` refuses
  subscripted generics) and, when it is a protocol not yet
  runtime-checkable, marked with ``runtime_checkable`` (typing_extensions'
  for a typing_extensions protocol). "Cannot answer" are ``type[P]``
  annotations (a question about a class, not an instance: ``isinstance``
  does not ask it), annotations that are not classes, and cases where
  ``isinstance`` raises.

The summary and method go to ``docs/comparison.md`` (between the
``agreement-results`` markers) unless ``--no-docs``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import json
import platform
import subprocess
import sys
import tempfile
import typing
import venv
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import typing_extensions

ROOT = Path(__file__).resolve().parent.parent
ENV_DIR = ROOT / "benchmarks" / ".envs" / "typeguard"
CORPUS = ROOT / "tests" / "corpus"
DOC = ROOT / "docs" / "comparison.md"
BLOCK = "agreement-results"
TOOLS = {
    "plugspec": "`plugspec.check`",
    "isinstance": "`isinstance` (`runtime_checkable`)",
    "typeguard": "`typeguard.check_type`",
}

sys.path.insert(0, str(ROOT / "benchmarks"))
from _docblock import write_block  # noqa: E402

# The corpus's own loader (tests/corpus/_corpus.py), imported by path so that
# this script reads cases and labels exactly as the test suite does.
sys.path.insert(0, str(CORPUS))
_corpus: Any = importlib.import_module("_corpus")


class Case(Protocol):
    """What this script reads of a ``_corpus.Case``."""

    @property
    def id(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def path(self) -> Path: ...
    @property
    def line(self) -> int: ...
    @property
    def expected_ok(self) -> bool | None: ...
    @property
    def blind_reason(self) -> str | None: ...
    @property
    def label(self) -> str: ...


def all_cases() -> list[Case]:
    cases: list[Case] = _corpus.all_cases()
    return cases


# -- in the benchmark's environment: one tool over every case ------------------


def isinstance_target(annotation: Any) -> type | str:
    """The class ``isinstance`` is given for ``annotation``, or why there is none."""
    origin = typing.get_origin(annotation)
    if origin is type:
        return "type[P] annotation (a class, not an instance, is asked for)"
    target = origin if origin is not None else annotation
    if not isinstance(target, type):
        return f"annotation is not a class ({annotation!r})"
    if getattr(target, "_is_protocol", False) and not getattr(
        target, "_is_runtime_protocol", False
    ):
        # What a caller has to do before isinstance accepts a protocol at all.
        te_protocol: object = typing_extensions.Protocol  # may be typing's own
        own_protocol = te_protocol is not typing.Protocol and te_protocol in target.__mro__
        mark = typing_extensions.runtime_checkable if own_protocol else typing.runtime_checkable
        target = mark(target)
    return target


def kind(value: object) -> str:
    """What sort of value a case checks, for the "cannot answer" reasons."""
    if inspect.ismodule(value):
        return "on a module"
    if inspect.isclass(value):
        return "on a class"
    return "on a function" if inspect.isroutine(value) else "on an instance"


def answer(tool: str, value: object, annotation: Any) -> tuple[str, str]:
    """``(verdict, detail)``: verdict is "accept", "reject" or "cannot"."""
    if tool == "plugspec":
        import plugspec

        try:
            report = plugspec.check(value, annotation)
        except Exception as exc:
            return "cannot", f"raised {type(exc).__name__} ({kind(value)})"
        return ("accept" if report.ok else "reject"), str(report)
    if tool == "typeguard":
        import warnings

        import typeguard

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                typeguard.check_type(value, annotation)
            except typeguard.TypeCheckError as exc:
                return "reject", str(exc)
            except Exception as exc:
                return "cannot", f"raised {type(exc).__name__} ({kind(value)})"
        return "accept", ""
    target = isinstance_target(annotation)
    if isinstance(target, str):
        return "cannot", target
    try:
        accepted = isinstance(value, target)
    except Exception as exc:
        return "cannot", f"isinstance raised {type(exc).__name__} ({kind(value)})"
    return ("accept" if accepted else "reject"), ""


def run_tool(tool: str, out: Path) -> None:
    verdicts: dict[str, tuple[str, str]] = {}
    for case in all_cases():
        try:
            value, annotation = _corpus.case_subject(case)
        except Exception as exc:
            verdicts[case.id] = ("cannot", f"case did not load: {type(exc).__name__}")
            continue
        verdicts[case.id] = answer(tool, value, annotation)
    from importlib.metadata import version

    versions = {name: version(name) for name in ("plugspec", "typeguard", "typing_extensions")}
    python = f"{platform.python_implementation()} {platform.python_version()}"
    out.write_text(json.dumps({"python": python, "versions": versions, "verdicts": verdicts}))


# -- in the calling interpreter: set up, run each tool, report -----------------


def env_python() -> Path:
    return ENV_DIR / "bin" / "python"


def ensure_venv() -> None:
    """The benchmark's own environment: plugspec (editable) and typeguard from PyPI."""
    if not env_python().exists():
        print(f"creating {ENV_DIR.relative_to(ROOT)}", flush=True)
        venv.EnvBuilder(with_pip=True).create(ENV_DIR)
    probe = subprocess.run(
        [str(env_python()), "-c", "import plugspec, typeguard; print(plugspec.__file__)"],
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0 or not probe.stdout.strip().startswith(str(ROOT)):
        pip = [str(env_python()), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "typeguard", "-e", str(ROOT)], check=True)


def check_labels() -> str:
    """Run mypy over the corpus; stop if a label is not mypy's verdict. Returns mypy's version."""
    from importlib.metadata import version

    errors = _corpus.errors_by_line(_corpus.run_mypy())
    wrong = [
        case.id
        for case in all_cases()
        if case.expected_ok != ((case.path, case.line) not in errors)
    ]
    if wrong:
        raise SystemExit(f"labels differ from mypy's verdicts: {', '.join(wrong)}")
    return version("mypy")


@dataclass
class Tally:
    """One tool's answers, split by mypy's verdict."""

    answers: dict[tuple[bool, str], int]
    cannot: Counter[str]

    def count(self, mypy_ok: bool, verdict: str) -> int:
        return self.answers.get((mypy_ok, verdict), 0)

    def agree(self) -> int:
        return self.count(True, "accept") + self.count(False, "reject")

    def answered(self) -> int:
        return sum(n for (_, verdict), n in self.answers.items() if verdict != "cannot")


def tally(cases: list[Case], verdicts: dict[str, list[str]]) -> Tally:
    answers: Counter[tuple[bool, str]] = Counter()
    cannot: Counter[str] = Counter()
    for case in cases:
        verdict, detail = verdicts[case.id]
        answers[bool(case.expected_ok), verdict] += 1
        if verdict == "cannot":
            cannot[detail] += 1
    return Tally(dict(answers), cannot)


def _share(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.1f}%)" if whole else "0"


def report(
    cases: list[Case],
    results: dict[str, dict[str, Any]],
    mypy_version: str | None,
) -> str:
    tallies = {tool: tally(cases, found["verdicts"]) for tool, found in results.items()}
    total = len(cases)
    accepted = sum(bool(case.expected_ok) for case in cases)
    rejected = total - accepted
    first = next(iter(results.values()))
    versions = first["versions"]
    labels = (
        f"confirmed by a run of mypy {mypy_version} in the same invocation"
        if mypy_version
        else "as stored; kept equal to mypy's by `tests/corpus/test_labels.py`"
    )
    lines: list[str] = []
    out = lines.append
    out(
        f"Measured by `python {Path(__file__).resolve().relative_to(ROOT).as_posix()}` "
        f"on {first['python']}, "
        f"plugspec {versions['plugspec']} (this checkout), typeguard {versions['typeguard']} "
        f"from PyPI: the {total} cases of the corpus, {accepted} that mypy accepts and "
        f"{rejected} that it rejects (labels {labels}). Each tool answers every case in "
        "a fresh process of its own."
    )
    out("")
    out("| | " + " | ".join(TOOLS[tool] for tool in results) + " |")
    out("|---|" + "---|" * len(results))
    rows: list[tuple[str, Callable[[Tally], str]]] = [
        (f"**agrees with mypy**, all {total} cases", lambda t: _share(t.agree(), total)),
        (
            f"mypy accepts ({accepted}): accepted",
            lambda t: _share(t.count(True, "accept"), accepted),
        ),
        (
            "mypy accepts: rejected (**false reject**)",
            lambda t: _share(t.count(True, "reject"), accepted),
        ),
        ("mypy accepts: cannot answer", lambda t: _share(t.count(True, "cannot"), accepted)),
        (
            f"mypy rejects ({rejected}): rejected",
            lambda t: _share(t.count(False, "reject"), rejected),
        ),
        (
            "mypy rejects: accepted (**false accept**)",
            lambda t: _share(t.count(False, "accept"), rejected),
        ),
        ("mypy rejects: cannot answer", lambda t: _share(t.count(False, "cannot"), rejected)),
        ("agrees with mypy, of the cases it answers", lambda t: _share(t.agree(), t.answered())),
    ]
    for label, cell in rows:
        out(f"| {label} | " + " | ".join(cell(t) for t in tallies.values()) + " |")
    out("")
    for tool, found in tallies.items():
        if found.cannot:
            reasons = "; ".join(f"{detail}: {n}" for detail, n in found.cannot.most_common())
            out(f"- {TOOLS[tool]} cannot answer {sum(found.cannot.values())} cases: {reasons}.")
    if "plugspec" in results:
        verdicts = results["plugspec"]["verdicts"]
        wrong = [case for case in cases if not _agrees(case, verdicts[case.id][0])]
        blind = [case for case in wrong if case.blind_reason is not None]
        out(
            f"- plugspec disagrees with mypy on {len(wrong)} cases, {len(blind)} of them "
            "runtime-blind cases of `tests/corpus/EXCEPTIONS.md` (what mypy reads there "
            "does not exist at run time), which plugspec accepts with a note saying so."
        )
    return "\n".join(lines)


def _agrees(case: Case, verdict: str) -> bool:
    return verdict == ("accept" if case.expected_ok else "reject")


def per_category(cases: list[Case], results: dict[str, dict[str, Any]]) -> str:
    groups: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        groups[case.category].append(case)
    width = max(len(name) for name in groups)
    lines = [f"{'category':<{width}}  cases  " + "  ".join(f"{t:>10}" for t in results)]
    for name, group in sorted(groups.items()):
        cells = [
            sum(_agrees(case, found["verdicts"][case.id][0]) for case in group)
            for found in results.values()
        ]
        lines.append(f"{name:<{width}}  {len(group):5}  " + "  ".join(f"{n:10}" for n in cells))
    return "\n".join(lines)


def disagreements(cases: list[Case], results: dict[str, dict[str, Any]]) -> str:
    lines: list[str] = []
    for tool, found in results.items():
        for case in cases:
            verdict, detail = found["verdicts"][case.id]
            if not _agrees(case, verdict):
                first_line = detail.strip().splitlines()[0] if detail.strip() else ""
                lines.append(
                    f"{tool:<10} {verdict:<7} mypy {case.label}  {case.id}  {first_line}".rstrip()
                )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/comparison.md")
    parser.add_argument("--no-mypy", action="store_true", help="do not re-check the labels")
    parser.add_argument("--tool", choices=TOOLS, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.tool:
        run_tool(args.tool, args.out)
        return 0

    cases = all_cases()
    if any(case.expected_ok is None for case in cases):
        raise SystemExit("some corpus cases have no label")
    mypy_version = None
    if not args.no_mypy:
        if importlib.util.find_spec("mypy") is None:
            raise SystemExit("mypy is not importable here: run with .venv/bin/python or --no-mypy")
        print("checking the labels with mypy ...", flush=True)
        mypy_version = check_labels()
    ensure_venv()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for tool in TOOLS:
            print(f"running {tool} over {len(cases)} cases ...", flush=True)
            out = Path(scratch) / f"{tool}.json"
            command = [str(env_python()), __file__, "--tool", tool, "--out", str(out)]
            subprocess.run(command, cwd=ROOT, check=True)
            results[tool] = json.loads(out.read_text())
    if args.verbose:
        print(disagreements(cases, results), end="\n\n")
    print(per_category(cases, results), end="\n\n")
    text = report(cases, results, mypy_version)
    print(text)
    if not args.no_docs:
        write_block(DOC, BLOCK, text)
        print(f"\nwritten to {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
