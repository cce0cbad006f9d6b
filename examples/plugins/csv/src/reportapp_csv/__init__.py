"""A reportapp formatter that writes comma-separated values."""

from __future__ import annotations

import csv
import io

__all__ = ["CsvFormatter"]


class CsvFormatter:
    """Rows as CSV with a header line; the title is not written."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        """Render ``rows`` as CSV."""
        if not rows:
            return ""
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return out.getvalue().rstrip("\n")
