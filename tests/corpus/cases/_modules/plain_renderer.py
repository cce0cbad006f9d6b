def render(rows: list[dict[str, object]], *, title: str = "") -> str:
    return title


name = "plain"
