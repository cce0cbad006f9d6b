class Run:
    value: int

    def __init__(self, arg: int) -> None:
        self.value = arg


run = Run
