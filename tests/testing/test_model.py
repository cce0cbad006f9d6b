"""How plugspec.testing reads a protocol, and its lazily imported public names."""

from __future__ import annotations

import subprocess
import sys

import pytest
from _strategy_protocols import Everything, UnresolvedClassVar

import plugspec.testing
from plugspec.testing._model import Kind, read_protocol


def test_members_are_read_with_their_kinds() -> None:
    kinds = {member.name: member.kind for member in read_protocol(Everything).members}
    assert kinds == {
        "name": Kind.ATTRIBUTE,
        "limit": Kind.CLASSVAR,
        "anything": Kind.ATTRIBUTE,
        "size": Kind.PROPERTY,
        "label": Kind.PROPERTY,
        "run": Kind.METHOD,
        "fetch": Kind.METHOD,
        "close": Kind.METHOD,
        "create": Kind.CLASSMETHOD,
        "version": Kind.STATICMETHOD,
        "clone": Kind.METHOD,
        "untyped": Kind.METHOD,
        "passthrough": Kind.METHOD,
        "callback": Kind.METHOD,
        "maybe": Kind.METHOD,
    }
    members = {member.name: member for member in read_protocol(Everything).members}
    assert members["fetch"].is_async
    assert members["label"].settable
    assert not members["size"].settable
    assert members["passthrough"].gradual
    assert not members["run"].gradual


def test_a_classvar_whose_type_cannot_be_evaluated_is_still_a_classvar() -> None:
    (limit,) = read_protocol(UnresolvedClassVar).members
    assert limit.kind is Kind.CLASSVAR


def test_public_names_are_imported_on_first_use() -> None:
    assert set(plugspec.testing.__all__) <= set(dir(plugspec.testing))
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = plugspec.testing.no_such_name  # type: ignore[attr-defined]
    probe = (
        "import sys, plugspec.testing as t\n"
        "assert 'hypothesis' not in sys.modules\n"
        "t.fake_entry_points\n"
        "assert 'hypothesis' not in sys.modules\n"
        "t.implementations\n"
        "assert 'hypothesis' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
