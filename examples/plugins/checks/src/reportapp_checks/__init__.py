"""reportapp checks: plain functions from rows to warnings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["empty_cells", "same_columns"]


def empty_cells(rows: Sequence[Mapping[str, object]]) -> list[str]:
    """Warn about every cell that is ``None`` or an empty string."""
    return [
        f"row {number}: `{key}` is empty"
        for number, row in enumerate(rows, start=1)
        for key, value in row.items()
        if value is None or value == ""
    ]


def same_columns(rows: Sequence[Mapping[str, object]]) -> list[str]:
    """Warn about rows whose columns differ from the first row's."""
    if not rows:
        return []
    first = list(rows[0])
    return [
        f"row {number}: columns {list(row)} differ from {first}"
        for number, row in enumerate(rows, start=1)
        if list(row) != first
    ]
