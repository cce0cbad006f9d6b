timeout: int
one_flag: bool = True
other_flag: bool = False


def update() -> bool:
    return True
