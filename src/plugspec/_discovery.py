"""Entry-point discovery: one scan per process, indexed by group.

Interface used by the managers and the command line: :class:`EntryPoint`,
:func:`entry_points` and :func:`refresh`. (The scan itself is being replaced
by a faster one with a persistent index; the interface stays.)
"""

from __future__ import annotations

import importlib
import sys
import threading
from dataclasses import dataclass
from typing import Any

__all__ = ["EntryPoint", "entry_points", "refresh"]


@dataclass(frozen=True, slots=True)
class EntryPoint:
    """One installed entry point, with the distribution that declares it.

    Mirrors the read-only API of :class:`importlib.metadata.EntryPoint`
    (``name``, ``value``, ``group``, ``module``, ``attr``, ``extras``,
    :meth:`load`) so that code written for stevedore's callbacks keeps working.
    """

    name: str
    value: str
    group: str
    dist_name: str | None = None
    dist_version: str | None = None

    @property
    def module(self) -> str:
        """The module part of ``value`` (before ``:``)."""
        return self.value.partition(":")[0].strip()

    @property
    def attr(self) -> str:
        """The attribute path after ``:`` (empty for a module)."""
        return self.value.partition(":")[2].partition("[")[0].strip()

    @property
    def extras(self) -> list[str]:
        """Extras named in brackets after the value, if any."""
        inside = self.value.partition("[")[2].partition("]")[0]
        return [extra.strip() for extra in inside.split(",") if extra.strip()]

    def load(self) -> object:
        """Import the module and follow the attribute path."""
        target: object = importlib.import_module(self.module)
        for part in filter(None, self.attr.split(".")):
            target = getattr(target, part)
        return target

    def __str__(self) -> str:
        return f"{self.name} = {self.value}"


_lock = threading.Lock()
_index: dict[str, tuple[EntryPoint, ...]] | None = None


def _scan() -> dict[str, tuple[EntryPoint, ...]]:
    if sys.version_info >= (3, 12):
        from importlib import metadata
    else:
        import importlib_metadata as metadata
    found: dict[str, list[EntryPoint]] = {}
    # importlib_metadata leaves entry_points() unannotated; its items are EntryPoints.
    installed: list[Any] = list(getattr(metadata, "entry_points")())  # noqa: B009
    for ep in installed:
        dist = ep.dist
        found.setdefault(ep.group, []).append(
            EntryPoint(
                ep.name,
                ep.value,
                ep.group,
                None if dist is None else dist.name,
                None if dist is None else dist.version,
            )
        )
    return {group: tuple(eps) for group, eps in found.items()}


def entry_points(group: str) -> tuple[EntryPoint, ...]:
    """The entry points installed in ``group``, in discovery order."""
    global _index
    index = _index
    if index is None:
        with _lock:
            if _index is None:
                _index = _scan()
            index = _index
    return index.get(group, ())


def refresh() -> None:
    """Forget the scan, so the next lookup sees what is installed now."""
    global _index
    with _lock:
        _index = None
