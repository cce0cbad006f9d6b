"""``ManagerOptions``: the keyword arguments every manager takes, declared once.

A module of its own, which no manager imports at run time (their signatures
name it only for type checkers): before Python 3.11 a generic ``TypedDict``
comes from ``typing_extensions``, whose import (``inspect`` with it, about
15 ms) would otherwise be paid by every manager, and the usual plugin would
no longer be verified without the engine (tests/discovery/test_light_imports.py).
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

if sys.version_info >= (3, 11):
    from typing import TypedDict
else:  # a generic TypedDict needs typing_extensions before 3.11
    from typing_extensions import TypedDict

if TYPE_CHECKING:
    from ._core import ConflictResolver, LoadFailureCallback

__all__ = ["ManagerOptions"]

P = TypeVar("P")
M = TypeVar("M")


class ManagerOptions(TypedDict, Generic[M, P], total=False):
    """The keyword arguments every manager takes (stevedore's names), for a manager ``M`` of ``P``.

    Each manager's signature lists them as ``**options: Unpack[ManagerOptions[...]]``;
    type checkers and editors show them as the keyword arguments they are.
    """

    invoke_on_load: bool
    """Whether each loaded target is called to make the plugin (default: as the
    namespace's ``factory`` says; a value that contradicts it is a ``TypeError``)."""
    invoke_args: Sequence[object]
    """The positional arguments of that call (default none)."""
    invoke_kwds: Mapping[str, object] | None
    """The keyword arguments of that call (default none)."""
    on_load_failure_callback: LoadFailureCallback[M] | None
    """Called for each plugin that fails to load (see ``LoadFailureCallback``)."""
    propagate_map_exceptions: bool
    """Whether an exception raised by a plugin during a call propagates (default ``False``)."""
    conflict_resolver: ConflictResolver[P] | None
    """Picks one of the extensions that share a name (see ``ConflictResolver``)."""
