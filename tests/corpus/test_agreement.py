"""The runtime verdict of ``plugspec.check`` equals mypy's label on every corpus case.

Run ``python tests/corpus/report.py`` for agreement per category.
"""

from __future__ import annotations

import pytest
from _corpus import Case, all_cases, describe, run_case

CASES = all_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_runtime_agrees_with_mypy(case: Case) -> None:
    outcome = run_case(case)
    if not outcome.agrees:
        pytest.fail(describe(outcome), pytrace=False)
