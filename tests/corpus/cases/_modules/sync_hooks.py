def fetch(key: str) -> bytes:
    return b""


def close() -> None:
    pass
