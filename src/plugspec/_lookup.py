"""Finding a :class:`Namespace` by ``module:attribute``, for the command line and Sphinx.

A registered target is one namespace or a sequence of namespaces of one group
whose names do not overlap (one protocol per entry-point name).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, cast

from ._namespace import Namespace

__all__ = [
    "NAMESPACES_GROUP",
    "NamespaceLookupError",
    "covering",
    "import_attribute",
    "namespace_at",
    "namespaces_at",
]

NAMESPACES_GROUP = "plugspec.namespaces"
"""The entry-point group under which applications register their namespaces."""


class NamespaceLookupError(Exception):
    """``module:attribute`` cannot be imported, or is not a :class:`Namespace`."""


def import_attribute(spec: str) -> object:
    """Import ``module:attribute`` (a dotted attribute path; the module alone without it)."""
    module, _, attribute = spec.partition(":")
    target: object = importlib.import_module(module.strip())
    for part in filter(None, attribute.strip().split(".")):
        target = getattr(target, part)
    return target


def _imported(spec: str) -> object:
    try:
        found = import_attribute(spec)
    except Exception as error:  # whatever the application's import raises
        raise NamespaceLookupError(
            f"cannot import namespace `{spec}`: {type(error).__name__}: {error}"
        ) from error
    return found


def namespace_at(spec: str) -> Namespace[Any]:
    """The :class:`Namespace` at ``module:attribute``, else :class:`NamespaceLookupError`."""
    found = _imported(spec)
    if not isinstance(found, Namespace):
        raise NamespaceLookupError(f"`{spec}` is {type(found).__name__}, not a plugspec.Namespace")
    namespace: Namespace[Any] = cast(Any, found)  # pyright sees Namespace[Unknown]
    return namespace


def namespaces_at(spec: str) -> tuple[Namespace[Any], ...]:
    """The namespace, or the sequence of namespaces of one group, at ``module:attribute``.

    Several namespaces must share their group and cover disjoint names, so
    that every entry-point name has at most one protocol; otherwise
    :class:`NamespaceLookupError`.
    """
    found = _imported(spec)
    kind = type(found).__name__
    if isinstance(found, Namespace):
        namespace: Namespace[Any] = cast(Any, found)  # pyright sees Namespace[Unknown]
        return (namespace,)
    items: list[object] = []
    if isinstance(found, Sequence) and not isinstance(found, str):
        sequence: Sequence[object] = cast(Any, found)
        items = list(sequence)
    if not items or not all(isinstance(item, Namespace) for item in items):
        raise NamespaceLookupError(
            f"`{spec}` is {kind}, not a plugspec.Namespace or a sequence of them"
        )
    namespaces = tuple(cast("list[Namespace[Any]]", items))
    groups = sorted({namespace.group for namespace in namespaces})
    if len(groups) > 1:
        raise NamespaceLookupError(
            f"`{spec}` holds namespaces of several groups ({', '.join(groups)}); "
            "a registered sequence is the namespaces of one group"
        )
    seen: dict[str, Namespace[Any]] = {}
    for namespace in namespaces:
        if namespace.names is None and len(namespaces) > 1:
            raise NamespaceLookupError(
                f"`{spec}`: {namespace!r} covers every name of the group, so it overlaps "
                "the others; give each namespace its names=[...]"
            )
        for name in namespace.names or ():
            if name in seen:
                raise NamespaceLookupError(
                    f"`{spec}`: the name `{name}` is covered by {seen[name]!r} and {namespace!r}"
                )
            seen[name] = namespace
    return namespaces


def covering(namespaces: Sequence[Namespace[Any]], name: str) -> Namespace[Any] | None:
    """The namespace that covers the entry-point name ``name``, or ``None``."""
    return next((namespace for namespace in namespaces if namespace.covers(name)), None)
