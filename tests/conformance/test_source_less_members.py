"""Members whose verdict reads the source (a trivial body, a folded ``Final``
constant) when there is no source to read: the runtime values decide alone."""

from __future__ import annotations

import sys
import types
import typing
from typing import Literal, Protocol

import plugspec
from plugspec._conformance import clear_caches

PROTOCOL_SOURCE = """
from typing import Protocol

class Closer(Protocol):
    def close(self) -> None:
        return None

class Fetcher(Protocol):
    async def fetch(self) -> bytes: ...

class ClosesNothing(Closer):
    pass

class FetchesNothing(Fetcher):
    pass
"""


def _source_less(name: str, source: str) -> types.ModuleType:
    """A module made with ``exec``: ``inspect`` finds no source for it."""
    module = types.ModuleType(name)
    sys.modules[name] = module
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


def test_a_trivial_looking_body_without_source_is_taken_as_trivial() -> None:
    module = _source_less("plugspec_test_trivial_no_source", PROTOCOL_SOURCE)
    try:
        clear_caches()
        # `return None` compiles like `pass`: without the source, the bytecode decides.
        closes = plugspec.check(module.ClosesNothing, type[module.Closer])
        assert not closes.ok
        assert "not a concrete class" in str(closes)
        fetches = plugspec.check(module.FetchesNothing, type[module.Fetcher])
        assert not fetches.ok
        assert "not a concrete class" in str(fetches)
    finally:
        del sys.modules["plugspec_test_trivial_no_source"]
        clear_caches()


class TimeoutLiteral(Protocol):
    @property
    def timeout(self) -> Literal[100]: ...


class TimeoutStr(Protocol):
    @property
    def timeout(self) -> str: ...


def test_a_final_constant_without_source_is_read_as_its_literal() -> None:
    module = _source_less(
        "plugspec_test_final_no_source",
        "from typing import Final\n\ntimeout: Final = 50 * 2\n\n"
        "class Settings:\n    timeout: Final = 50 * 2\n",
    )
    try:
        clear_caches()
        assert plugspec.check(module, TimeoutLiteral).ok
        assert not plugspec.check(module, TimeoutStr).ok
        assert plugspec.check(module.Settings(), TimeoutLiteral).ok
        assert plugspec.check(module.Settings, TimeoutLiteral).ok
        report = plugspec.check(module.Settings(), TimeoutStr)
        assert not report.ok
        assert "Literal[100]" in str(report)
    finally:
        del sys.modules["plugspec_test_final_no_source"]
        clear_caches()


def test_a_final_name_of_a_module_without_a_file_is_read_from_its_value() -> None:
    module = types.ModuleType("plugspec_test_final_no_file")
    module.__annotations__ = {"timeout": typing.Final}
    module.timeout = 100  # type: ignore[attr-defined]
    assert plugspec.check(module, TimeoutLiteral).ok
    assert not plugspec.check(module, TimeoutStr).ok
