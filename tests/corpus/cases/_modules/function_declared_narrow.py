from collections.abc import Callable


def _update(*args: object) -> bool:
    return True


update: Callable[[int], bool] = _update
