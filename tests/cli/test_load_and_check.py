"""Importing and checking one plugin: the part ``plugspec check`` and the Sphinx directive share."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, SupportsIndex, SupportsInt

import pytest

from plugspec import Namespace
from plugspec._discovery import EntryPoint
from plugspec._load_and_check import load_and_check


def entry_point(value: str) -> EntryPoint:
    return EntryPoint("plugin", value, "app.plugins", "app-plugins", "1.0")


# fractions.Fraction has __int__ (so conforms to SupportsInt) from Python 3.11.
_FRACTION_INT = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="fractions.Fraction has no __int__ before 3.11"
)


@pytest.mark.parametrize(
    ("value", "namespace", "checked_as", "ok"),
    [
        # the target itself must conform: a class is not its instances
        ("decimal:Decimal", Namespace("app.plugins", SupportsInt), "SupportsInt", False),
        # factory=True: a class whose instances must conform
        (
            "decimal:Decimal",
            Namespace("app.plugins", SupportsInt, factory=True),
            "type[SupportsInt]",
            True,
        ),
        ("math:pi", Namespace("app.plugins", SupportsInt), "SupportsInt", True),
        ("math:pi", Namespace("app.plugins", SupportsIndex), "SupportsIndex", False),
        # factory=True: a function that makes the plugin
        pytest.param(
            "fractions:Fraction.from_float",
            Namespace("app.plugins", SupportsInt, factory=True),
            "Callable[..., SupportsInt]",
            True,
            marks=_FRACTION_INT,
        ),
        # a typed factory: the class's constructor must take two arguments, not three
        pytest.param(
            "fractions:Fraction",
            Namespace("app.plugins", SupportsInt, factory=Callable[[int, int], SupportsInt]),
            "Callable[[int, int], SupportsInt]",
            True,
            marks=_FRACTION_INT,
        ),
        pytest.param(
            "fractions:Fraction",
            Namespace("app.plugins", SupportsInt, factory=Callable[[int, int, int], SupportsInt]),
            "Callable[[int, int, int], SupportsInt]",
            False,
            marks=_FRACTION_INT,
        ),
    ],
)
def test_each_target_is_checked_as_its_namespace_declares(
    value: str, namespace: Namespace[Any], checked_as: str, ok: bool
) -> None:
    loaded = load_and_check(entry_point(value), namespace)
    assert (loaded.imported, loaded.checked_as, loaded.error) == (True, checked_as, None)
    assert loaded.report is not None
    assert loaded.report.ok is ok
    assert loaded.target == entry_point(value).load()


def test_a_plugin_that_cannot_be_imported_is_a_verdict() -> None:
    namespace = Namespace("app.plugins", SupportsInt)
    loaded = load_and_check(entry_point("plugspec_no_such_module:thing"), namespace)
    assert (loaded.imported, loaded.report) == (False, None)
    assert loaded.error is not None
    assert loaded.error.startswith("cannot import: ModuleNotFoundError: ")


def test_a_check_that_fails_is_a_verdict() -> None:
    broken: Any = Namespace.__new__(Namespace)  # a namespace of no protocol: check raises
    broken._group, broken._protocol, broken._factory, broken._names = ("g", int, False, None)
    loaded = load_and_check(entry_point("math:pi"), broken)
    assert (loaded.imported, loaded.report) == (True, None)
    assert loaded.error is not None
    assert loaded.error.startswith("the check itself failed: TypeError: ")
