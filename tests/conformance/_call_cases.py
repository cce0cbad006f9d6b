"""Targets checked against callable types by ``check_call``, each labelled with mypy's verdict.

``CASES`` lists (target, callable type, mypy accepts ``x: <callable type> = target``).
``test_check_call.py`` compares plugspec's verdicts with the labels and, in a
slow test, the labels with a real mypy run over this very module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Formatter(Protocol):
    def format(self, rows: list[dict[str, object]]) -> str: ...


class Config:
    title: str = ""


class Csv:
    def __init__(self, config: Config) -> None:
        self.title = config.title

    def format(self, rows: list[dict[str, object]]) -> str:
        return self.title

    @classmethod
    def create(cls, config: Config) -> Csv:
        return cls(config)


class NoArgs:
    def format(self, rows: list[dict[str, object]]) -> str:
        return ""


class NeedsPath:
    def __init__(self, path: str) -> None:
        self.path = path

    def format(self, rows: list[dict[str, object]]) -> str:
        return self.path


class Mute:
    def __init__(self, config: Config) -> None:
        self.config = config


class Maker:
    def __call__(self, config: Config) -> Csv:
        return Csv(config)


def make_csv(config: Config) -> Formatter:
    return Csv(config)


def make_csv_with_options(config: Config, *, strict: bool = False) -> Csv:
    return Csv(config)


def make_two(config: Config, other: int) -> Csv:
    return Csv(config)


def make_mute(config: Config) -> Mute:
    return Mute(config)


def make_any(config):  # type: ignore[no-untyped-def]
    return Csv(config)


TYPED = Callable[[Config], Formatter]
ANY_CALL = Callable[..., Formatter]

CASES: list[tuple[str, object, object, bool]] = [
    ("class taking Config", Csv, TYPED, True),
    ("classmethod factory", Csv.create, TYPED, True),
    ("factory function", make_csv, TYPED, True),
    ("extra keyword with default", make_csv_with_options, TYPED, True),
    ("callable instance", Maker(), TYPED, True),
    ("unannotated factory", make_any, TYPED, True),
    ("class taking no argument", NoArgs, TYPED, False),
    ("class taking str", NeedsPath, TYPED, False),
    ("class whose instances do not conform", Mute, TYPED, False),
    ("factory needing two arguments", make_two, TYPED, False),
    ("factory returning a non-conforming class", make_mute, TYPED, False),
    ("not callable", Csv(Config()), TYPED, False),
    ("any arguments: class", NeedsPath, ANY_CALL, True),
    ("any arguments: class taking none", NoArgs, ANY_CALL, True),
    ("any arguments: function", make_two, ANY_CALL, True),
    ("any arguments: non-conforming class", Mute, ANY_CALL, False),
    ("any arguments: non-conforming result", make_mute, ANY_CALL, False),
]
