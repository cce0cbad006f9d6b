timeout = 100
one_flag = True
other_flag = False


def update(obj: object = None) -> bool:
    return True
