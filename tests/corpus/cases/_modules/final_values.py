from typing import Final

timeout: Final = 100
one_flag: Final = True
other_flag: Final = False


def update() -> bool:
    return True
