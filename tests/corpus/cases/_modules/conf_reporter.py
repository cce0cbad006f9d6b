def on_error(x: int) -> None:
    pass


def on_success() -> None:
    pass
