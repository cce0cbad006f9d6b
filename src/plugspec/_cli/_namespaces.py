"""Which namespaces a command is about: registered ones, or those named on the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .._discovery import EntryPoint, entry_points
from .._lookup import NAMESPACES_GROUP, NamespaceLookupError, namespaces_at
from .._namespace import Namespace

__all__ = ["NAMESPACES_GROUP", "NamespaceRef", "UsageError", "resolve"]


class UsageError(Exception):
    """The command line asks for something that does not exist (exit status 2)."""


@dataclass
class NamespaceRef:
    """A namespace a command works on, loaded only when needed.

    ``source`` is the ``module:attribute`` of its :class:`Namespace` object
    (or of a sequence of namespaces of the group, one protocol per name) and
    ``declared_by`` the entry point registering it (``None`` when it was named
    as ``module:attribute`` on the command line).
    """

    group: str
    source: str
    declared_by: EntryPoint | None = None
    _namespaces: tuple[Namespace[Any], ...] | None = None
    _error: str | None = None
    _loaded: bool = False

    @classmethod
    def of(
        cls, namespaces: tuple[Namespace[Any], ...], source: str, declared_by: EntryPoint | None
    ) -> NamespaceRef:
        """A reference to already imported namespaces (of one group)."""
        return cls(namespaces[0].group, source, declared_by, namespaces, None, True)

    def load(self) -> tuple[Namespace[Any], ...] | None:
        """Import the namespaces (application code, never plugin code); None on failure."""
        if not self._loaded:
            self._loaded = True
            try:
                found = namespaces_at(self.source)
            except NamespaceLookupError as error:  # a broken application must not crash
                self._error = str(error)
                return None
            if found[0].group != self.group:
                self._error = (
                    f"`{self.source}` is the namespace of group `{found[0].group}`, "
                    f"but it is registered as `{self.group}`"
                )
            else:
                self._namespaces = found
        return self._namespaces

    @property
    def error(self) -> str | None:
        """Why :meth:`load` failed, if it did."""
        return self._error


def registered() -> list[NamespaceRef]:
    """Every namespace registered under ``plugspec.namespaces``, sorted by group."""
    refs = [NamespaceRef(ep.name, ep.value, ep) for ep in entry_points(NAMESPACES_GROUP)]
    return sorted(refs, key=lambda ref: ref.group)


def resolve(arguments: Sequence[str]) -> list[NamespaceRef]:
    """The namespaces named by ``arguments`` (group names or ``module:attribute``).

    No arguments means every registered namespace. An unknown group is a
    :class:`UsageError` naming the known ones.
    """
    known = registered()
    if not arguments:
        return known
    by_group: dict[str, NamespaceRef] = {}
    for ref in known:
        by_group.setdefault(ref.group, ref)
    chosen: list[NamespaceRef] = []
    for argument in arguments:
        if ":" in argument:
            try:
                namespaces = namespaces_at(argument)
            except NamespaceLookupError as error:
                raise UsageError(str(error)) from error
            same = by_group.get(namespaces[0].group)
            declared_by = None if same is None else same.declared_by
            chosen.append(NamespaceRef.of(namespaces, argument, declared_by))
        elif argument in by_group:
            chosen.append(by_group[argument])
        else:
            names = ", ".join(f"`{group}`" for group in by_group) or "none are registered"
            raise UsageError(
                f"unknown namespace `{argument}` (known namespaces: {names}); a namespace is "
                f"a group registered under `{NAMESPACES_GROUP}` or `module:attribute` of a "
                "plugspec.Namespace"
            )
    return chosen
