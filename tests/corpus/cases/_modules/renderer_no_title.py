def render(rows: list[dict[str, object]]) -> str:
    return ""


name = "no-title"
