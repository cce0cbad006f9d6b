"""The verdicts in ``_type_pairs`` are mypy's (one real mypy run re-derives them)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _type_namespace import MYPY_HEADER
from _type_pairs import PAIRS

HERE = Path(__file__).resolve().parent


@pytest.mark.slow
def test_pair_verdicts_are_mypys(tmp_path: Path) -> None:
    shutil.copy(HERE / "_type_defs.py", tmp_path / "_type_defs.py")
    lines = [MYPY_HEADER]
    first = MYPY_HEADER.count("\n") + 1
    for index, (left, right, _) in enumerate(PAIRS):
        # The right side is also a parameter so that its type variables are bound.
        lines.append(f"def f{index}(x: {left}, _r: {right}) -> None: y: {right} = x\n")
    (tmp_path / "pairs.py").write_text("".join(lines), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--python-version=3.10",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--no-error-summary",
            "--hide-error-context",
            "pairs.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    failing: set[int] = set()
    for line in result.stdout.splitlines():
        match = re.match(r"pairs\.py:(\d+): error: (.*)", line)
        if match:
            failing.add(int(match.group(1)) - first)
    assert "pairs.py" in result.stdout or result.returncode == 0, result.stderr
    wrong = [
        f"{left} <= {right}: stored {expected}, mypy says {index not in failing}"
        for index, (left, right, expected) in enumerate(PAIRS)
        if expected != (index not in failing)
    ]
    assert not wrong, "\n".join(wrong)
