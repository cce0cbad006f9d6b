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

from typing import TYPE_CHECKING

from .. import _lazy

# The public names, each with the module that defines it: ``__all__`` and the
# imports on first use are made from this table. Type checkers read the
# imports below instead; tests/discovery/test_public_names.py holds the two
# equal.
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

# Re-exported with ``as``, the form type checkers take for a public name
# when they cannot read ``__all__``.
if TYPE_CHECKING:
    from ._asserts import assert_conforms as assert_conforms
    from ._fake import EntryPointFaker as EntryPointFaker
    from ._fake import FakeEntryPoints as FakeEntryPoints
    from ._fake import fake_entry_points as fake_entry_points
    from ._strategies import Violation as Violation
    from ._strategies import ViolationKind as ViolationKind
    from ._strategies import implementations as implementations
    from ._strategies import violations as violations

__all__ = sorted(_HOMES)  # pyright: ignore[reportUnsupportedDunderAll]

# Hidden from type checkers, which would otherwise accept any attribute of
# the package (typed as ``object``) instead of flagging a misspelled name.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy.lazy_names(__name__, _HOMES)
