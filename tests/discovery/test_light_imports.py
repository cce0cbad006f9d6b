"""Loading a driver imports only what verifying it needs: the usual plugin is
verified without the engine, in a fresh interpreter; the protocol's text is
the formatter's without importing it for a plain protocol."""

from __future__ import annotations

import json
import subprocess
import sys
import typing
from pathlib import Path
from typing import Protocol, TypeVar

import pytest
import typing_extensions
from _disco import GROUP, write_dist

from plugspec._conformance import _target, _typeshed
from plugspec._conformance._types import format_type

_DRIVER = f"""
import json, sys
from typing import Protocol
import plugspec

class Runner(Protocol):
    def run(self, value: int) -> int: ...

ns = plugspec.Namespace({GROUP!r}, Runner, factory=True)
try:
    ran = plugspec.DriverManager(ns, "fast").driver.run(1)
except plugspec.ConformanceError as error:
    ran = str(error.report)
print(json.dumps({{"ran": ran, "loaded": sorted(sys.modules)}}))
"""

_HEAVY = ("inspect", "dataclasses", "typing_extensions", "plugspec._conformance._engine")


def _load_driver(tmp_path: Path, method: str) -> dict[str, object]:
    site = tmp_path / "site"
    write_dist(site, "fastdriver", entry_points=f"[{GROUP}]\nfast = fastmod:Plugin\n")
    (site / "fastmod.py").write_text(f"class Plugin:\n{method}")
    proc = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        env={"PYTHONPATH": str(site), "PLUGSPEC_CACHE_DIR": str(tmp_path / "cache")},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def test_the_usual_driver_is_verified_without_the_engine(tmp_path: Path) -> None:
    # Declared as the protocol declares it: decided from the class dictionaries.
    method = "    def run(self, value: int) -> int:\n        return value + 1\n"
    result = _load_driver(tmp_path, method)
    assert result["ran"] == 2
    assert not set(_HEAVY) & set(typing.cast("list[str]", result["loaded"]))


def test_a_driver_declared_otherwise_is_compared_by_the_engine(tmp_path: Path) -> None:
    # Compatible but written differently: the engine compares the signatures.
    method = "    def run(self, value: object, extra: int = 0) -> int:\n        return 2\n"
    result = _load_driver(tmp_path, method)
    loaded = typing.cast("list[str]", result["loaded"])
    assert result["ran"] == 2
    assert "plugspec._conformance._engine" in loaded  # it was verified in full


def test_a_non_conforming_driver_is_refused_by_the_engine(tmp_path: Path) -> None:
    method = "    def run(self, value: str) -> int:\n        return 2\n"
    result = _load_driver(tmp_path, method)
    assert "parameter `value`" in str(result["ran"]), result["ran"]
    assert "plugspec._conformance._engine" in typing.cast("list[str]", result["loaded"])


@pytest.mark.parametrize("standard", list(_typeshed.MIRRORS))
def test_every_standard_protocol_still_finds_its_mirror(standard: type) -> None:
    # The shortcut that skips the table for other modules' classes must not
    # skip any class the table knows.
    assert _target.mirror_of(standard) is _typeshed.MIRRORS[standard]


T = TypeVar("T")


class Plain(Protocol):
    def run(self) -> int: ...


class Outer:
    class Nested(Protocol):
        def run(self) -> int: ...


class Generic_(Protocol[T]):
    def get(self) -> T: ...


class Derived(Plain, Protocol):
    def more(self) -> None: ...


def _local() -> type:
    class Local(Protocol):
        def run(self) -> int: ...

    return Local


@pytest.mark.parametrize(
    "annotation",
    [
        Plain,
        Outer.Nested,
        Generic_,
        Generic_[int],
        Derived,
        _local(),
        type[Plain],
        type[Generic_[str]],
        *_typeshed.MIRRORS,
    ],
)
def test_protocol_text_is_the_formatter_s(annotation: object) -> None:
    target = _target.parse_target(annotation)
    inner = format_type(target.annotation)
    assert target.text == (f"type[{inner}]" if target.is_type else inner)


class _Impostor:
    # Claims to be a class (``isinstance(x, type)``) and a protocol, but is not one.
    __class__ = type  # type: ignore[assignment]

    def __init__(self) -> None:
        self._is_protocol = True


def test_an_object_posing_as_a_class_takes_the_long_way() -> None:
    impostor = _Impostor()
    assert _target._plain_protocol_text(impostor) is None
    assert _target.mirror_of(impostor) is None


@pytest.mark.parametrize("standard", [typing.SupportsInt, typing_extensions.SupportsIndex])
def test_standard_protocols_are_named_by_the_formatter(standard: type) -> None:
    # typeshed may give a standard protocol parameters its runtime class lacks.
    assert _target._plain_protocol_text(standard) is None
    assert _target.parse_target(standard).text == format_type(standard)
