"""Write a benchmark's results into a documentation page, between markers.

Each script owns one block, ``<!-- NAME:start -->`` ... ``<!-- NAME:end -->``;
the text around it is the page author's and is left alone. The markers must
already be on the page: where a block goes is an editorial choice, so a page
without them is an error rather than a guess.
"""

from __future__ import annotations

from pathlib import Path


def markers(name: str) -> tuple[str, str]:
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def write_block(page: Path, name: str, text: str) -> None:
    """Replace what is between ``name``'s markers on ``page`` with ``text``."""
    start, end = markers(name)
    current = page.read_text(encoding="utf-8")
    if current.count(start) != 1 or current.count(end) != 1:
        raise SystemExit(f"{page}: needs exactly one {start} and one {end} (put them in first)")
    head, _, rest = current.partition(start)
    _, _, tail = rest.partition(end)
    page.write_text(f"{head}{start}\n{text.strip()}\n{end}{tail}", encoding="utf-8")
