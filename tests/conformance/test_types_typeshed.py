"""The typeshed facts the runtime cannot see: declared bases and C methods' return types."""

from __future__ import annotations

import collections.abc as cabc
from collections.abc import Iterator
from typing import Any

import pytest

from plugspec._conformance._typeshed import MIRRORS, STDLIB, STDLIB_PROTOCOLS, builtin_hints


@pytest.mark.parametrize(
    ("func", "hints"),
    [
        (bytes.__iter__, {"return": Iterator[int]}),
        (str.__iter__, {"return": Iterator[str]}),
        ((1).__abs__, {"return": int}),
        (bool.__abs__, {"return": int}),
        (bool.__and__, {"return": Any}),
        (tuple.__len__, {"return": int}),
        (float.__abs__, {"return": float}),
        (object.__hash__, {"return": int}),
        (list.__iter__, {}),  # depends on the type argument: left to the caller
        (len, {}),
        (42, {}),
        (lambda: None, {}),
    ],
    ids=repr,
)
def test_builtin_hints(func: object, hints: dict[str, object]) -> None:
    assert builtin_hints(func) == hints


def test_every_standard_protocol_has_a_mirror_with_the_same_name() -> None:
    for protocol in STDLIB_PROTOCOLS:
        mirror = MIRRORS[protocol]
        assert mirror.__name__ == protocol.__name__
        assert protocol in STDLIB


def test_declared_bases_are_what_typeshed_says_not_runtime_registration() -> None:
    # list is registered as a MutableSequence at runtime and declared one in typeshed.
    assert issubclass(list, cabc.MutableSequence)
    assert STDLIB[list][1] == (cabc.MutableSequence[STDLIB[list][0][0]],)
