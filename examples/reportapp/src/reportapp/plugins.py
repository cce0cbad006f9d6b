"""reportapp's plugin namespaces: one protocol per extension point.

* ``reportapp.formatters`` (driver pattern): the user picks one formatter by name.
* ``reportapp.hooks`` (hook pattern): every plugin registered as ``lifecycle``
  is told when a report starts and when it is finished.
* ``reportapp.checks`` (extension pattern): every enabled check inspects the rows.
* ``reportapp.events`` (stevedore's hooks pattern): one group whose entry-point
  names are events, each with its own protocol: ``startup`` plugins give a
  banner line, ``precommit`` plugins may veto the rows before rendering.

Each namespace says what its entry points name: classes the application calls
to make the plugin (``factory=True``) for formatters, hooks and events, plain
functions that are the plugin for checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import plugspec

__all__ = [
    "CHECKS",
    "EVENTS",
    "FORMATTERS",
    "HOOKS",
    "PRECOMMIT",
    "STARTUP",
    "Check",
    "Formatter",
    "LifecycleHook",
    "PrecommitHook",
    "Report",
    "StartupHook",
]


@dataclass
class Report:
    """One rendering of a table: what the hooks see.

    ``warnings`` come from the checks; hooks may add ``notes``.
    """

    title: str
    rows: list[dict[str, object]]
    formatter: str
    output: str = ""
    warnings: list[str] = field(default_factory=list[str])
    notes: list[str] = field(default_factory=list[str])


class Formatter(Protocol):
    """Turns rows into text."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        """Render ``rows`` (all with the same keys) under ``title``."""
        ...


class LifecycleHook(Protocol):
    """Told when a report starts and when its text is ready."""

    def on_start(self, report: Report) -> None:
        """Called before the formatter runs."""
        ...

    def on_finish(self, report: Report) -> None:
        """Called after the formatter ran; ``report.output`` holds the text."""
        ...


class Check(Protocol):
    """Inspects the rows and returns one warning per problem found."""

    def __call__(self, rows: Sequence[Mapping[str, object]]) -> list[str]:
        """The warnings for ``rows`` (empty when all is well)."""
        ...


class StartupHook(Protocol):
    """The ``startup`` event: a line to print before the report."""

    def startup(self, title: str) -> str:
        """The banner line for a report called ``title``."""
        ...


class PrecommitHook(Protocol):
    """The ``precommit`` event: may refuse the rows before they are rendered."""

    def precommit(self, rows: Sequence[Mapping[str, object]]) -> str | None:
        """Why the rows must not be rendered, or ``None`` to let them through."""
        ...


FORMATTERS = plugspec.Namespace("reportapp.formatters", Formatter, factory=True)
HOOKS = plugspec.Namespace("reportapp.hooks", LifecycleHook, factory=True)
CHECKS = plugspec.Namespace("reportapp.checks", Check)
STARTUP = plugspec.Namespace("reportapp.events", StartupHook, factory=True, names=["startup"])
PRECOMMIT = plugspec.Namespace("reportapp.events", PrecommitHook, factory=True, names=["precommit"])
# Registered under plugspec.namespaces: tools check each event against its own protocol.
EVENTS = (STARTUP, PRECOMMIT)
