"""A reportapp formatter that writes JSON.

This distribution ships no ``py.typed`` marker, so type checkers ignore it
when it is installed; ``plugspec check --static`` still checks it, from source.
"""

from __future__ import annotations

from reportapp_json.formatter import JsonFormatter

__all__ = ["JsonFormatter"]
