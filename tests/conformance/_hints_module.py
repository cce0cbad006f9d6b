"""A module whose annotations are strings (PEP 563), for the hint-resolution tests."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from decimal import Decimal  # never imported at runtime (standard: resolved)

    from _not_installed_anywhere import Missing  # not importable: stays unknown

counter: int = 0
label: Later


def takes_later(x: Later, y: list[Later], z: Later | None = None) -> dict[str, Later]:
    raise NotImplementedError


def takes_hidden(x: Decimal, y: int) -> None:
    raise NotImplementedError


def takes_missing(x: Missing, y: int) -> None:
    raise NotImplementedError


def broken(x: "list[", y: int) -> None:  # noqa: F722 - deliberately invalid annotation text
    raise NotImplementedError


class Later:
    Alias = int
    size: ClassVar[int] = 0
    name: str

    def method(self, value: Alias) -> Later:
        raise NotImplementedError

    @staticmethod
    def make(value: Alias) -> Later:
        raise NotImplementedError

    @classmethod
    def build(cls, value: str) -> Later:
        raise NotImplementedError

    class Inner:
        Alias = str

        def get(self) -> Alias:
            raise NotImplementedError


class Child(Later):
    extra: bytes
