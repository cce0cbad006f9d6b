timeout = 100
one_flag = 42
other_flag = False


def update() -> bool:
    return True
