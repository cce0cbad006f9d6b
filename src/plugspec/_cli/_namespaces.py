"""Which namespaces a command is about: registered ones, or those named on the command line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from .._discovery import EntryPoint, entry_points
from .._lookup import NAMESPACES_GROUP, NamespaceLookupError, import_attribute, namespace_at
from .._namespace import Namespace

__all__ = ["NAMESPACES_GROUP", "NamespaceRef", "UsageError", "resolve"]


class UsageError(Exception):
    """The command line asks for something that does not exist (exit status 2)."""


@dataclass
class NamespaceRef:
    """A namespace a command works on, loaded only when needed.

    ``source`` is the ``module:attribute`` of its :class:`Namespace` object and
    ``declared_by`` the entry point registering it (``None`` when it was named
    as ``module:attribute`` on the command line).
    """

    group: str
    source: str
    declared_by: EntryPoint | None = None
    _namespace: Namespace[Any] | None = None
    _error: str | None = None
    _loaded: bool = False

    @classmethod
    def of(
        cls, namespace: Namespace[Any], source: str, declared_by: EntryPoint | None
    ) -> NamespaceRef:
        """A reference to an already imported namespace."""
        return cls(namespace.group, source, declared_by, namespace, None, True)

    def load(self) -> Namespace[Any] | None:
        """Import the namespace object (application code, never plugin code); None on failure."""
        if not self._loaded:
            self._loaded = True
            try:
                found = import_attribute(self.source)
            except Exception as error:  # a broken application must not crash the command
                self._error = f"cannot import `{self.source}`: {type(error).__name__}: {error}"
                return None
            if not isinstance(found, Namespace):
                self._error = f"`{self.source}` is {type(found).__name__}, not a plugspec.Namespace"
            elif found.group != self.group:
                self._error = (
                    f"`{self.source}` is the namespace of group `{found.group}`, "
                    f"but it is registered as `{self.group}`"
                )
            else:
                namespace: Namespace[Any] = cast(Any, found)
                self._namespace = namespace
        return self._namespace

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
                namespace = namespace_at(argument)
            except NamespaceLookupError as error:
                raise UsageError(str(error)) from error
            same = by_group.get(namespace.group)
            declared_by = None if same is None else same.declared_by
            chosen.append(NamespaceRef.of(namespace, argument, declared_by))
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
