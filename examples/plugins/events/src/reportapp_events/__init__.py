"""reportapp events: ``startup`` and ``precommit``, two APIs in one entry-point group."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["Banner", "RowLimit"]


class Banner:
    """The ``startup`` event: names the report about to be rendered."""

    def startup(self, title: str) -> str:
        return f"rendering {title!r}"


class RowLimit:
    """The ``precommit`` event: refuses tables of more than 1000 rows."""

    limit = 1000

    def precommit(self, rows: Sequence[Mapping[str, object]]) -> str | None:
        return f"{len(rows)} rows, more than {self.limit}" if len(rows) > self.limit else None
