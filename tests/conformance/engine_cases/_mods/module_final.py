"""A module with a Final name, a class and a submodule-like attribute."""

import types
from typing import Final

LIMIT: Final[int] = 3
label = "x"
nothing = None
sub = types
