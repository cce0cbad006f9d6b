"""The corpus labels are mypy's verdicts: one mypy run over every case file.

A case is labelled ``fail`` exactly when mypy reports an error on its line.
An error anywhere else in a case file is a broken case and fails the test too.
"""

from __future__ import annotations

import pytest
from _corpus import CORPUS_DIR, Case, all_cases, errors_by_line, run_mypy

pytestmark = pytest.mark.slow


def _mypy_lines(cases: list[Case]) -> dict[tuple[object, int], list[str]]:
    grouped = errors_by_line(run_mypy())
    return {
        key: [f"{m.severity}: {m.message}" + (f"  [{m.code}]" if m.code else "") for m in msgs]
        for key, msgs in grouped.items()
    }


def test_labels_match_mypy() -> None:
    cases = all_cases()
    assert len(cases) >= 300, f"the corpus has only {len(cases)} cases"
    errors = _mypy_lines(cases)
    case_lines = {(case.path, case.line) for case in cases}

    problems: list[str] = []
    for case in cases:
        said = errors.get((case.path, case.line))
        mypy_label = "pass" if said is None else "fail"
        if case.expected_ok is None:
            problems.append(f"{case.location}: {case.name} has no `# expect:` label")
        elif case.label != mypy_label:
            detail = "" if said is None else "\n      " + "\n      ".join(said)
            problems.append(
                f"{case.location}: {case.name} is labelled {case.label}, mypy says "
                f"{mypy_label}{detail}"
            )
    for (path, line), said in sorted(errors.items(), key=lambda item: str(item[0])):
        if (path, line) not in case_lines:
            problems.append(f"{path}:{line}: mypy error outside a case line: {'; '.join(said)}")
    assert not problems, f"{len(problems)} label problem(s):\n" + "\n".join(problems)


def test_case_names_are_unique_per_category() -> None:
    seen: dict[str, Case] = {}
    duplicates = [
        f"{case.location} repeats {seen[case.id].location}"
        for case in all_cases()
        if seen.setdefault(case.id, case) is not case
    ]
    assert not duplicates, "\n".join(duplicates)


def test_case_lines_hide_nothing_from_mypy() -> None:
    hidden = [
        f"{case.location}: {case.source}" for case in all_cases() if "type: ignore" in case.source
    ]
    assert not hidden, "a case line must not silence mypy:\n" + "\n".join(hidden)


def test_runtime_blind_cases_are_documented() -> None:
    listed = (CORPUS_DIR / "EXCEPTIONS.md").read_text(encoding="utf-8")
    undocumented = [case.id for case in all_cases() if case.blind_reason and case.id not in listed]
    assert not undocumented, f"runtime-blind cases missing from EXCEPTIONS.md: {undocumented}"
