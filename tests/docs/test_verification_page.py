"""docs/verification.md: each ``# mypy:`` verdict on the page is mypy's, by a real mypy run.

The page's examples are doctest sessions (run by ``test_examples.py``). Here
each session that carries a ``# mypy: ok`` or ``# mypy: error`` comment is
turned back into a module (the page's first block, its imports, on top), and
mypy (default settings, as for ``x: P = obj``) must report an error on
exactly the lines marked ``error``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PAGE = Path(__file__).resolve().parents[2] / "docs" / "verification.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)


def _sessions() -> tuple[str, list[str]]:
    blocks = _BLOCK.findall(PAGE.read_text())
    header, sessions = blocks[0], blocks[1:]
    return header, [block for block in sessions if "# mypy:" in block]


def _source(session: str) -> str:
    lines = []
    for line in session.splitlines():
        if line.startswith((">>> ", "... ")):
            lines.append(line[4:])
        elif line in (">>>", "..."):
            lines.append("")
    return "\n".join(lines) + "\n"


def test_marked_verdicts_are_mypys(tmp_path: Path) -> None:
    header, sessions = _sessions()
    assert len(sessions) >= 12
    expected: set[tuple[str, int]] = set()
    offset = header.count("\n")
    for number, session in enumerate(sessions):
        name = f"session_{number}.py"
        source = _source(session)
        (tmp_path / name).write_text(header + source)
        for index, line in enumerate(source.splitlines(), start=1):
            if line.rstrip().endswith("# mypy: error"):
                expected.add((name, offset + index))
            else:
                assert "# mypy: error" not in line
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file=", "--no-incremental", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    found = {
        (match[1], int(match[2]))
        for match in re.finditer(r"^(session_\d+\.py):(\d+): error:", result.stdout, re.M)
    }
    assert (found - expected, expected - found) == (set(), set()), result.stdout
