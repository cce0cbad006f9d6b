from collections.abc import Callable

update: Callable[[int], bool] = lambda *args: True  # noqa: E731
