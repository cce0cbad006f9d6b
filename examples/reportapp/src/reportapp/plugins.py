"""reportapp's plugin namespaces: one protocol per extension point.

* ``reportapp.formatters`` (driver pattern): the user picks one formatter by name.
* ``reportapp.hooks`` (hook pattern): every plugin registered as ``lifecycle``
  is told when a report starts and when it is finished.
* ``reportapp.checks`` (extension pattern): every enabled check inspects the rows.

Plugins register classes (instantiated on load) for formatters and hooks, and
plain functions for checks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import plugspec

__all__ = ["CHECKS", "FORMATTERS", "HOOKS", "Check", "Formatter", "LifecycleHook", "Report"]


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


FORMATTERS = plugspec.Namespace("reportapp.formatters", Formatter)
HOOKS = plugspec.Namespace("reportapp.hooks", LifecycleHook)
CHECKS = plugspec.Namespace("reportapp.checks", Check)
