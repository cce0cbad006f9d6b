timeout = "100"
def update() -> int:
    return 0
def meth(x: str) -> int:
    return 0
