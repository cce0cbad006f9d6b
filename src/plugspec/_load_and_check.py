"""Import one installed plugin and check it against its namespace's protocol.

Shared by ``plugspec check`` and the Sphinx directive, which each present
the outcome in their own way; this module imports neither of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ._conformance import Report
from ._contract import target_report
from ._discovery import EntryPoint
from ._namespace import Namespace

__all__ = ["LoadVerdict", "load_and_check"]


@dataclass(frozen=True)
class LoadVerdict:
    """What importing and checking one entry point found.

    ``imported`` is false when the target could not be imported; then
    ``error`` says why. Otherwise ``target`` is the loaded object and
    ``checked_as`` the form it was checked as (``Formatter``,
    ``type[Formatter]``, ``Callable[[Config], Formatter]``); ``report`` is
    the conformance report, or ``None`` with ``error`` set when the check
    itself failed.
    """

    imported: bool
    target: object = None
    checked_as: str | None = None
    report: Report | None = None
    error: str | None = None


def load_and_check(entry_point: EntryPoint, namespace: Namespace[Any]) -> LoadVerdict:
    """Import ``entry_point``'s target and check it as ``namespace`` declares.

    The namespace's ``factory`` decides the form, as in the managers (see
    :mod:`plugspec._contract`). A plugin that fails to import, or breaks the
    check, is a verdict: nothing is raised.
    """
    try:
        target = entry_point.load()
    except Exception as error:  # a broken plugin is a verdict, not a crash
        return LoadVerdict(False, error=f"cannot import: {type(error).__name__}: {error}")
    try:
        report, checked_as = target_report(target, namespace)
    except Exception as error:  # e.g. a metaclass that breaks attribute access
        return LoadVerdict(
            True,
            target,
            error=f"the check itself failed: {type(error).__name__}: {error}",
        )
    return LoadVerdict(True, target, checked_as, report)
