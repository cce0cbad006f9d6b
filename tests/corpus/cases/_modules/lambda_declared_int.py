from collections.abc import Callable

update: Callable[[], int] = lambda: True  # noqa: E731
