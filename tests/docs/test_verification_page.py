"""Each ``# mypy:`` verdict in the docs is mypy's, by a real mypy run.

The pages' examples are doctest sessions (run by ``test_examples.py``). Here
each session that carries a ``# mypy: ok`` or ``# mypy: error`` comment is
turned back into a module (the page's first block, which defines what the
sessions use, on top), and mypy (default settings, as for ``x: P = obj``)
must report an error on exactly the lines marked ``error``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = {"verification.md": 12, "comparison.md": 1}
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)


def _sessions(page: Path) -> tuple[str, list[str]]:
    blocks = _BLOCK.findall(page.read_text())
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


@pytest.mark.parametrize(("page", "minimum"), PAGES.items())
def test_marked_verdicts_are_mypys(tmp_path: Path, page: str, minimum: int) -> None:
    header, sessions = _sessions(DOCS / page)
    assert len(sessions) >= minimum
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


def test_summary_table_quotes_the_executed_messages() -> None:
    """Each problem quoted in the summary table appears in an executed example's output."""
    text = (DOCS / "verification.md").read_text()
    table = text[text.index("## Summary") : text.index("## Member presence")]
    body = " ".join(text[text.index("## Member presence") :].split())
    quoted = 0
    for row in table.splitlines()[4:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        if len(cells) != 3 or cells[1].startswith(("accepted", "every overload")):
            continue
        assert cells[1] in body, cells[1]
        quoted += 1
    assert quoted >= 14
