from collections.abc import Callable

update: Callable[..., bool] = lambda flag: True  # noqa: E731
