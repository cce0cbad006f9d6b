"""The ``distutils`` story in small, for the tests of per-namespace interpreters.

Namespace ``<prefix>.a``'s plugin replaces the module ``shared`` in
``sys.modules`` (as importing setuptools replaces ``distutils``), and
``<prefix>.b``'s plugin derives from ``shared.Base``. The original
``Base.run`` returns ``str`` (``<prefix>.b``'s protocol wants ``int``); the
replacement's returns ``int``. So ``<prefix>.b``'s plugin conforms only when
``<prefix>.a``'s was imported before it in the same process.
"""

from __future__ import annotations


def app(prefix: str, more: str = "") -> str:
    """The application module: namespaces ``A`` and ``B`` (and ``more`` lines)."""
    return f'''
from typing import Protocol

import plugspec
import shared  # imported early, as the standard library's distutils often is


class Named(Protocol):
    def name(self) -> str: ...


class Runner(Protocol):
    def run(self) -> int: ...


A = plugspec.Namespace("{prefix}.a", Named, factory=True)
B = plugspec.Namespace("{prefix}.b", Runner, factory=True)
{more}'''


SHARED = """
class Base:
    def run(self) -> str:
        return ""
"""

REPLACING = """
import sys
import types

import shared  # the original, then replaced: setuptools does this to distutils

replacement = types.ModuleType("shared")


class Base:
    def run(self) -> int:
        return 0


replacement.Base = Base
sys.modules["shared"] = replacement


class A:
    def name(self) -> str:
        return "a"
"""

DERIVING = '''
import shared


class B(shared.Base):
    """Runs, as its base does."""
'''
