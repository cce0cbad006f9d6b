from typing import Final
timeout = 100
one_flag = True
other_flag: bool = False
CONST: Final = 3
def update() -> bool:
    return True
def meth(x: int) -> int:
    return x
def untyped(x):
    return x
class Klass:
    def __init__(self, x: int) -> None: pass
