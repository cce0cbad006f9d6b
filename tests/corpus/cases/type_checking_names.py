"""Names a plugin module imports only under `if TYPE_CHECKING:` (helpers under `_modules/`).

mypy follows those imports; the runtime resolves them from the standard
library, from modules already imported and from typeshed-only modules
(`_typeshed`), and never imports a third-party module for them.
"""

import argparse
import fractions
from typing import Protocol

from ._modules import tc_shapes
from ._modules.tc_plugins import (
    Activator,
    BytesLoader,
    DecimalActivator,
    DecimalRatio,
    Drawer,
    GhostCounter,
    Ratio,
    ShapeCounter,
    TextLoader,
)


class AddsArguments(Protocol):
    def add_parser_arguments(self, parser: argparse.ArgumentParser) -> None: ...


class HasRatio(Protocol):
    def ratio(self) -> fractions.Fraction: ...


class TextSource(Protocol):
    def read(self, length: int = ..., /) -> str: ...


class Loads(Protocol):
    def load(self, stream: TextSource) -> str: ...


class Draws(Protocol):
    def draw(self) -> tc_shapes.Shape: ...


class Counts(Protocol):
    def count(self) -> int: ...


case_tc_stdlib_parameter: AddsArguments = Activator()  # expect: pass
case_tc_stdlib_wrong_parameter: AddsArguments = DecimalActivator()  # expect: fail
case_tc_module_alias_return: HasRatio = Ratio()  # expect: pass
case_tc_stdlib_wrong_return: HasRatio = DecimalRatio()  # expect: fail
case_tc_typeshed_protocol_parameter: Loads = TextLoader()  # expect: pass
case_tc_typeshed_protocol_wrong_parameter: Loads = BytesLoader()  # expect: fail
case_tc_imported_module_return: Draws = Drawer()  # expect: pass
case_tc_imported_module_wrong_return: Counts = ShapeCounter()  # expect: fail
case_tc_not_imported_module_return: Counts = GhostCounter()  # expect: fail  # runtime-blind: `Ghost` comes from a module imported only under TYPE_CHECKING, which is never imported at runtime
