"""Import one installed plugin and check it against its namespace's protocol.

Shared by ``plugspec check`` and the Sphinx directive, which each present
the outcome in their own way; this module imports neither of them.
"""

from __future__ import annotations

import inspect
import types
from dataclasses import dataclass
from typing import Any, cast

from typing_extensions import TypeForm

from ._conformance import Report, check
from ._discovery import EntryPoint

__all__ = ["LoadVerdict", "load_and_check"]


@dataclass(frozen=True)
class LoadVerdict:
    """What importing and checking one entry point found.

    ``imported`` is false when the target could not be imported; then
    ``error`` says why. Otherwise ``target`` is the loaded object and
    ``as_class`` whether it was checked as ``type[protocol]``; ``report`` is
    the conformance report, or ``None`` with ``error`` set when the check
    itself failed.
    """

    imported: bool
    target: object = None
    as_class: bool = False
    report: Report | None = None
    error: str | None = None


def load_and_check(entry_point: EntryPoint, protocol: TypeForm[Any]) -> LoadVerdict:
    """Import ``entry_point``'s target and check it against ``protocol``.

    A class is checked as ``type[protocol]`` (its instances must conform, as
    when a manager invokes it on load); anything else as ``protocol``. A
    plugin that fails to import, or breaks the check, is a verdict: nothing
    is raised.
    """
    try:
        target = entry_point.load()
    except Exception as error:  # a broken plugin is a verdict, not a crash
        return LoadVerdict(False, error=f"cannot import: {type(error).__name__}: {error}")
    as_class = inspect.isclass(target)
    # ``type[protocol]`` spelled for a protocol only known at run time.
    annotation: TypeForm[Any] = (
        cast("TypeForm[Any]", types.GenericAlias(type, (protocol,))) if as_class else protocol
    )
    try:
        report = check(target, annotation)
    except Exception as error:  # e.g. a metaclass that breaks attribute access
        return LoadVerdict(
            True,
            target,
            as_class,
            error=f"the check itself failed: {type(error).__name__}: {error}",
        )
    return LoadVerdict(True, target, as_class, report)
