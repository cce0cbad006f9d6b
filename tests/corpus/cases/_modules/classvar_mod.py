x: int = 0
