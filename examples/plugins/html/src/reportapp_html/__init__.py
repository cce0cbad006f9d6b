"""A reportapp formatter with a wrong signature, kept as an example.

``format`` takes ``rows`` as a list of lists of strings, where the protocol
passes a list of dicts. Its shape (names, kinds, defaults) matches, so only
the types reveal the mistake: plugspec refuses it at load time and
``plugspec check --static`` refuses it before anything runs.
"""

from __future__ import annotations

from html import escape

__all__ = ["HtmlFormatter"]


class HtmlFormatter:
    """Rows as an HTML table (expects rows of cells: the bug)."""

    def format(self, rows: list[list[str]], *, title: str = "") -> str:
        """Render ``rows`` as an HTML table."""
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
        )
        return f"<table><caption>{escape(title)}</caption>{body}</table>"
