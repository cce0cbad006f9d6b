"""Finding a :class:`Namespace` by ``module:attribute``, for the command line and Sphinx."""

from __future__ import annotations

import importlib
from typing import Any, cast

from ._namespace import Namespace

__all__ = ["NAMESPACES_GROUP", "NamespaceLookupError", "import_attribute", "namespace_at"]

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


def namespace_at(spec: str) -> Namespace[Any]:
    """The :class:`Namespace` at ``module:attribute``, else :class:`NamespaceLookupError`."""
    try:
        found = import_attribute(spec)
    except Exception as error:  # whatever the application's import raises
        raise NamespaceLookupError(
            f"cannot import namespace `{spec}`: {type(error).__name__}: {error}"
        ) from error
    if not isinstance(found, Namespace):
        raise NamespaceLookupError(f"`{spec}` is {type(found).__name__}, not a plugspec.Namespace")
    namespace: Namespace[Any] = cast(Any, found)  # pyright sees Namespace[Unknown]
    return namespace
