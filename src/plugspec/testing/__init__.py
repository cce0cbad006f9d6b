"""Testing tools for plugspec applications and plugins (the ``testing`` extra).

* :func:`fake_entry_points`: given objects appear as installed entry points
  of a group, in memory or as real ``*.dist-info`` directories;
* :func:`assert_conforms`: fails with the full conformance report;
* :func:`implementations` and :func:`violations`: Hypothesis strategies of
  objects that conform to a protocol, and of objects that fail it in one
  reported way;
* a pytest plugin (installed with the extra) with the
  ``plugspec_entry_points`` fixture.

Names are imported on first use, so that the pytest plugin, which pytest
loads in every run, does not import Hypothesis.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

if TYPE_CHECKING:
    from ._asserts import assert_conforms
    from ._fake import EntryPointFaker, FakeEntryPoints, fake_entry_points
    from ._strategies import Violation, ViolationKind, implementations, violations

__all__ = [
    "EntryPointFaker",
    "FakeEntryPoints",
    "Violation",
    "ViolationKind",
    "assert_conforms",
    "fake_entry_points",
    "implementations",
    "violations",
]

_HOMES = {
    "assert_conforms": "._asserts",
    "EntryPointFaker": "._fake",
    "FakeEntryPoints": "._fake",
    "fake_entry_points": "._fake",
    "Violation": "._strategies",
    "ViolationKind": "._strategies",
    "implementations": "._strategies",
    "violations": "._strategies",
}


# Hidden from type checkers, which would otherwise accept any attribute of
# the package (typed as ``object``) instead of flagging a misspelled name.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _HOMES)
