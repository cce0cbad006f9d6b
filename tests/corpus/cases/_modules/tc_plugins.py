"""Plugin classes whose annotations name only what ``if TYPE_CHECKING:`` imports."""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argparse import ArgumentParser
    from decimal import Decimal

    from _typeshed import SupportsRead

    from .tc_ghost import Ghost
    from .tc_shapes import Shape
if typing.TYPE_CHECKING:
    import fractions as fr


class Activator:
    def add_parser_arguments(self, parser: ArgumentParser) -> None: ...


class DecimalActivator:
    def add_parser_arguments(self, parser: Decimal) -> None: ...


class Ratio:
    def ratio(self) -> fr.Fraction:
        raise NotImplementedError


class DecimalRatio:
    def ratio(self) -> Decimal:
        raise NotImplementedError


class TextLoader:
    def load(self, stream: SupportsRead[str]) -> str:
        raise NotImplementedError


class BytesLoader:
    def load(self, stream: SupportsRead[bytes]) -> str:
        raise NotImplementedError


class Drawer:
    def draw(self) -> Shape:
        raise NotImplementedError


class ShapeCounter:
    def count(self) -> Shape:
        raise NotImplementedError


class GhostCounter:
    def count(self) -> Ghost:
        raise NotImplementedError
