from typing import Optional


def render(rows: list[dict[str, object]], *, title: str = "") -> str:
    return title


name: Optional[str] = None
