"""Classes stored without a declared type: mypy infers their constructors."""

from typing import Any, Callable, Protocol
class Factory(Protocol):
    @property
    def make(self) -> Callable[[int], Any]: ...
class StrMade:
    def __init__(self, value: str) -> None: pass
class Holder:
    def __init__(self) -> None:
        self.make = StrMade
class Holder2:
    make: type[StrMade]
case_1: Factory = Holder()  # expect: fail
case_2: Factory = Holder2()  # expect: pass
