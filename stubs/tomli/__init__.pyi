# The part of tomli (the TOML reader behind Python 3.11's tomllib) that plugspec uses.
# Type checkers read this when analysing for Python 3.10 on an interpreter where
# tomli is not installed (it is only a dependency below 3.11).
from collections.abc import Callable
from typing import IO, Any

class TOMLDecodeError(ValueError): ...

def load(fp: IO[bytes], /, *, parse_float: Callable[[str], Any] = ...) -> dict[str, Any]: ...
def loads(s: str, /, *, parse_float: Callable[[str], Any] = ...) -> dict[str, Any]: ...
