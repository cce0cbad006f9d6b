"""Plain-text output: aligned columns, colour only on a terminal and never with NO_COLOR."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TextIO

__all__ = ["Styler", "align"]

_CODES = {"ok": "32", "fail": "31;1", "dim": "2", "bold": "1", "warn": "33"}


class Styler:
    """Wraps text in ANSI colours when ``stream`` is a terminal and ``NO_COLOR`` is unset.

    (https://no-color.org: any non-empty ``NO_COLOR`` turns colour off.)
    """

    def __init__(self, stream: TextIO) -> None:
        isatty = getattr(stream, "isatty", None)
        self.enabled: bool = bool(callable(isatty) and isatty() and not os.environ.get("NO_COLOR"))

    def __call__(self, style: str, text: str) -> str:
        """``text`` in ``style`` (``ok``, ``fail``, ``warn``, ``dim``, ``bold``)."""
        if not self.enabled or not text:
            return text
        return f"\033[{_CODES[style]}m{text}\033[0m"


def align(rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    """Rows of cells padded into columns (the last column is not padded)."""
    if not rows:
        return []
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    lines: list[str] = []
    for row in rows:
        cells = [cell.ljust(widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        lines.append((indent + "  ".join(cells)).rstrip())
    return lines


def write(lines: Sequence[str], stream: TextIO | None = None) -> None:
    """Print ``lines``, one per line, to ``stream`` (default: the current ``sys.stdout``)."""
    for line in lines:
        print(line, file=stream or sys.stdout)
