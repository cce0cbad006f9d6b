"""Public entry points of the conformance engine (scaffold: being implemented)."""

from __future__ import annotations

from typing import Any, TypeVar

from typing_extensions import TypeForm, TypeIs

from ._report import Report

__all__ = ["check", "conforms", "verify"]

P = TypeVar("P")


def check(obj: object, annotation: TypeForm[Any]) -> Report:
    """Check ``obj`` against ``annotation`` as mypy would check ``x: annotation = obj``."""
    raise NotImplementedError


def conforms(obj: object, annotation: TypeForm[P]) -> TypeIs[P]:
    """Whether ``obj`` conforms to ``annotation``; narrows ``obj`` for type checkers."""
    return check(obj, annotation).ok


def verify(obj: object, annotation: TypeForm[P]) -> P:
    """Return ``obj`` typed as ``annotation``, or raise :class:`ConformanceError`."""
    raise NotImplementedError
