"""A reportapp formatter that writes a Markdown table."""

from __future__ import annotations

__all__ = ["MarkdownFormatter"]


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("|", "\\|")


class MarkdownFormatter:
    """Rows as a Markdown table, with the title as a heading."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        """Render ``rows`` as a Markdown table."""
        lines = [f"## {title}", ""] if title else []
        if rows:
            keys = list(rows[0])
            lines.append("| " + " | ".join(keys) + " |")
            lines.append("|" + "|".join("---" for _ in keys) + "|")
            lines.extend("| " + " | ".join(_cell(row[k]) for k in keys) + " |" for row in rows)
        return "\n".join(lines)
