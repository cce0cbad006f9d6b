from typing import Final

TIMEOUT: Final = 100
LIMIT = 100
DECLARED: Final[int] = 100

by_final: Final = TIMEOUT
by_plain: Final = LIMIT
by_declared: Final = DECLARED + 0
negative: Final = -5
raw: Final = b"csv"


class Settings:
    by_final: Final = TIMEOUT
    by_plain: Final = LIMIT
