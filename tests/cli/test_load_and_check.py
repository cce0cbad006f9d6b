"""Importing and checking one plugin: the part ``plugspec check`` and the Sphinx directive share."""

from __future__ import annotations

from typing import Any, SupportsIndex, SupportsInt

import pytest

from plugspec._discovery import EntryPoint
from plugspec._load_and_check import load_and_check


def entry_point(value: str) -> EntryPoint:
    return EntryPoint("plugin", value, "app.plugins", "app-plugins", "1.0")


@pytest.mark.parametrize(
    ("value", "protocol", "as_class", "ok"),
    [
        ("decimal:Decimal", SupportsInt, True, True),  # instances must conform
        ("math:pi", SupportsInt, False, True),
        ("math:pi", SupportsIndex, False, False),
    ],
)
def test_a_class_is_checked_as_the_type_of_its_instances(
    value: str, protocol: Any, as_class: bool, ok: bool
) -> None:
    loaded = load_and_check(entry_point(value), protocol)
    assert (loaded.imported, loaded.as_class, loaded.error) == (True, as_class, None)
    assert loaded.report is not None
    assert loaded.report.ok is ok
    assert loaded.target is entry_point(value).load()


def test_a_plugin_that_cannot_be_imported_is_a_verdict() -> None:
    loaded = load_and_check(entry_point("plugspec_no_such_module:thing"), SupportsInt)
    assert (loaded.imported, loaded.report) == (False, None)
    assert loaded.error is not None
    assert loaded.error.startswith("cannot import: ModuleNotFoundError: ")


def test_a_check_that_fails_is_a_verdict() -> None:
    loaded = load_and_check(entry_point("math:pi"), int)  # not a protocol: check raises
    assert (loaded.imported, loaded.report) == (True, None)
    assert loaded.error is not None
    assert loaded.error.startswith("the check itself failed: TypeError: ")
