one_flag = True
other_flag = False


def update() -> bool:
    return True
