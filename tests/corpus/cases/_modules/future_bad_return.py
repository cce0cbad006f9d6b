from __future__ import annotations

from collections.abc import Sequence


def render(rows: Sequence[dict[str, object]], *, title: str = "") -> bytes:
    return b""


name: str = "future-bad"
