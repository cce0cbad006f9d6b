"""The JSON formatter."""

from __future__ import annotations

import json

__all__ = ["JsonFormatter"]


class JsonFormatter:
    """Rows as a JSON document ``{"title": ..., "rows": [...]}``, one row per line."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        """Render ``rows`` as JSON."""
        lines = ",\n".join(f"    {json.dumps(row)}" for row in rows)
        return f'{{\n  "title": {json.dumps(title)},\n  "rows": [\n{lines}\n  ]\n}}'
