from collections.abc import Callable

update: Callable[[], bool] = lambda: True  # noqa: E731
