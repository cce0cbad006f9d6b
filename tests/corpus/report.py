"""Agreement of ``plugspec.check`` with the corpus labels, per category.

Usage (from the repository root)::

    python tests/corpus/report.py                 # table per category
    python tests/corpus/report.py -v              # ... and every disagreement
    python tests/corpus/report.py -v -k overloads # only ids containing "overloads"
    python tests/corpus/report.py -v --mypy       # ... with mypy's own messages
    python tests/corpus/report.py --relabel       # rewrite labels from a mypy run

``--relabel`` is for corpus authors: write a case, let mypy label it, then read
the diff (``git diff tests/corpus/cases``) to see that mypy means what you meant.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import (
    Case,
    Outcome,
    all_cases,
    describe,
    errors_by_line,
    run_case,
    run_mypy,
)


def relabel(cases: list[Case]) -> int:
    """Set every case's ``# expect:`` label to mypy's verdict; return how many changed."""
    errors = errors_by_line(run_mypy())
    changed = 0
    by_file: dict[Path, list[Case]] = defaultdict(list)
    for case in cases:
        by_file[case.path].append(case)
    for path, file_cases in by_file.items():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for case in file_cases:
            verdict = "fail" if (case.path, case.line) in errors else "pass"
            if case.label == verdict:
                continue
            text = lines[case.line - 1].rstrip("\n")
            if case.expected_ok is None:
                text = f"{text}  # expect: {verdict}"
            else:
                text = re.sub(r"#\s*expect:\s*(pass|fail)", f"# expect: {verdict}", text)
            lines[case.line - 1] = text + "\n"
            print(f"{case.location}: {case.name}: {case.label} -> {verdict}")
            changed += 1
        path.write_text("".join(lines), encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show every disagreement")
    parser.add_argument("-k", dest="keyword", default="", help="only case ids containing this")
    parser.add_argument("--mypy", action="store_true", help="show mypy's messages (runs mypy)")
    parser.add_argument("--relabel", action="store_true", help="rewrite labels from mypy")
    args = parser.parse_args(argv)

    cases = [case for case in all_cases() if args.keyword in case.id]
    if args.relabel:
        print(f"{relabel(cases)} label(s) changed")
        return 0

    outcomes = [run_case(case) for case in cases]
    per_category: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        per_category[outcome.case.category].append(outcome)

    if args.verbose:
        for outcome in outcomes:
            if not outcome.agrees:
                print(describe(outcome, with_mypy=args.mypy), end="\n\n")

    width = max((len(name) for name in per_category), default=8)
    print(f"{'category':<{width}}  cases  agree  crash      %")
    for name, group in sorted(per_category.items()):
        agree = sum(o.agrees for o in group)
        crash = sum(o.ok is None for o in group)
        percent = 100 * agree / len(group)
        print(f"{name:<{width}}  {len(group):5}  {agree:5}  {crash:5}  {percent:5.1f}")
    total = len(outcomes)
    agree = sum(o.agrees for o in outcomes)
    crash = sum(o.ok is None for o in outcomes)
    percent = 100 * agree / total if total else 0.0
    print(f"{'TOTAL':<{width}}  {total:5}  {agree:5}  {crash:5}  {percent:5.1f}")
    return 0 if agree == total else 1


if __name__ == "__main__":
    raise SystemExit(main())
