class Run:
    value: int

    def __init__(self, arg: str) -> None:
        self.value = 0


run = Run
