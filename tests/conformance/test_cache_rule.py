"""The one cache rule: no cache keeps a plugin's class, or a protocol, alive.

Every verdict and every fact read from a class is kept under that class,
weakly, or by value only when it names nothing a plugin defines; once the
classes are gone, so are the entries.
"""

from __future__ import annotations

import gc
import types
import weakref
from typing import Any, Protocol

import plugspec
from plugspec._conformance import clear_caches


class Shaped(Protocol):
    @property
    def shape(self) -> object: ...

    def area(self) -> float: ...


def _fresh_plugin(index: int) -> tuple[type, type]:
    """A plugin class whose attribute is annotated with a class of its own."""
    shape = type(f"Shape{index}", (), {})

    def area(self: object) -> float:
        return 1.0

    plugin = type(f"Plugin{index}", (), {"__annotations__": {"shape": shape}, "area": area})
    return plugin, shape


def _collect() -> None:
    # An entry freed with its class may hold the next (a verdict keyed by
    # the types of an instance's attributes): collect until nothing is left.
    for _ in range(3):
        gc.collect()


def test_checked_classes_and_their_annotations_can_be_collected() -> None:
    kept: list[weakref.ref[type]] = []
    for index in range(5000):
        plugin, shape = _fresh_plugin(index)
        instance = plugin()
        instance.shape = shape()  # type: ignore[attr-defined]
        assert plugspec.check(instance, Shaped).ok
        assert plugspec.check(plugin, type[Shaped]).ok
        kept += (weakref.ref(plugin), weakref.ref(shape))
    del plugin, shape, instance
    _collect()
    alive = [ref() for ref in kept if ref() is not None]
    assert alive == []


def _fresh_protocol() -> tuple[Any, type, type]:
    """A protocol, a class that conforms to it and one that does not, made in a
    function (their module does not hold them)."""

    class Sized(Protocol):
        name: str

        def run(self, value: int) -> int: ...

        @property
        def size(self) -> int: ...

    class Conforming:
        name = "ok"

        def run(self, value: int) -> int:
            return value

        @property
        def size(self) -> int:
            return 1

    class Refused:
        def run(self, value: str) -> int:
            return 1

    return Sized, Conforming, Refused


def _check_fresh_protocol() -> list[weakref.ref[type]]:
    protocol, conforming, refused = _fresh_protocol()
    assert plugspec.check(conforming(), protocol).ok
    class_object: Any = types.GenericAlias(type, (protocol,))  # type[protocol]
    assert plugspec.check(conforming, class_object).ok
    assert not plugspec.check(refused(), protocol).ok
    return [weakref.ref(protocol), weakref.ref(conforming), weakref.ref(refused)]


def test_protocols_checked_against_can_be_collected() -> None:
    kept = [ref for _ in range(200) for ref in _check_fresh_protocol()]
    _collect()
    alive = [ref() for ref in kept if ref() is not None]
    assert alive == []


def test_clear_caches_empties_every_cache_and_verdicts_stay() -> None:
    plugin, shape = _fresh_plugin(0)
    instance = plugin()
    instance.shape = shape()  # type: ignore[attr-defined]
    first = plugspec.check(instance, Shaped)
    clear_caches()
    assert plugspec.check(instance, Shaped) == first
