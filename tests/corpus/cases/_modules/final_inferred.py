from typing import Final

timeout: Final = 100
name: Final = "csv"
ratio: Final = 0.5
enabled: Final = True
sizes: Final = [1, 2, 3]
nothing: Final = None


def update() -> bool:
    return True
