"""Public entry points of the conformance engine: ``check``, ``conforms``, ``verify``.

A verdict is mypy's verdict on ``x: <annotation> = obj``. The usual plugin
is decided by :mod:`._plain_class` from two class dictionaries; everything else by
the engine (:mod:`._engine`), imported on first need.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, ForwardRef, TypeVar

from .._errors import ConformanceError
from ._plain_class import quick_check
from ._report import Report

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType
    from typing import TypeAlias

    from typing_extensions import TypeForm, TypeIs

    _Engine: TypeAlias = Callable[[object, object, FrameType | None], Report]

__all__ = ["check", "check_call", "conforms", "verify"]

P = TypeVar("P")

_getframe: Any = getattr(sys, "_getframe", None)


def check(obj: object, annotation: TypeForm[Any]) -> Report:
    """Check ``obj`` against ``annotation`` as mypy checks ``x: annotation = obj``.

    ``annotation`` is a Protocol, a parameterised generic Protocol
    (``Box[int]``) or ``type[Protocol]``; ``obj`` may be an instance, a
    class object, a function or a module. A string annotation (a forward
    reference) is evaluated in the caller's namespace, then in the object's
    module. The report lists every problem; what the runtime cannot see is
    accepted and noted. Raises :class:`TypeError` only when ``annotation``
    is not a protocol form.

    >>> from typing import Protocol
    >>> class Closer(Protocol):
    ...     def close(self) -> None: ...
    >>> class File:
    ...     def close(self) -> None: ...
    >>> check(File(), Closer).ok
    True
    >>> print(check(File, Closer))  # doctest: +NORMALIZE_WHITESPACE
    `File` is not compatible with protocol `Closer`: method `close` requires argument
    `self`, which the protocol's signature does not pass
    (expected `close(self) -> None`, found `close(self) -> None`)
    """
    report = quick_check(obj, annotation)
    if report is not None:
        return report
    # The caller's namespace resolves a forward reference.
    caller: FrameType | None = None
    form: object = annotation
    if isinstance(form, (str, ForwardRef)) and _getframe is not None:
        caller = _getframe(1)
    engine = _check_in_full if _check_in_full is not None else _load_engine()
    return engine(obj, annotation, caller)


_check_in_full: _Engine | None = None


def _load_engine() -> _Engine:
    # Imported on first need: the usual plugin never needs it, and importing it
    # (inspect, typing_extensions, the engine's modules) costs about 40 ms
    # (python -X importtime), more than a whole warm load of a plugin.
    global _check_in_full
    from ._engine import check_in_full

    _check_in_full = check_in_full
    return check_in_full


def check_call(obj: object, annotation: object) -> Report:
    """Check ``obj`` against a callable type as mypy checks ``x: annotation = obj``.

    ``annotation`` is ``Callable[[A, B], R]`` or ``Callable[..., R]``; ``obj``
    is a function, a class (its constructor), a bound method or an instance
    with ``__call__``. Parameter types are compared contravariantly and the
    return covariantly, so ``Callable[..., Formatter]`` accepts a class whose
    instances conform to ``Formatter``.
    """
    from ._engine import check_call_in_full

    return check_call_in_full(obj, annotation)


def conforms(obj: object, annotation: TypeForm[P]) -> TypeIs[P]:
    """Whether ``obj`` conforms to ``annotation``; narrows ``obj`` for type checkers.

    >>> from typing import Protocol
    >>> class Sized(Protocol):
    ...     def __len__(self) -> int: ...
    >>> conforms([1, 2], Sized), conforms(3, Sized)
    (True, False)
    """
    return check(obj, annotation).ok


def verify(obj: object, annotation: TypeForm[P]) -> P:
    """Return ``obj`` typed as ``annotation``, or raise :class:`ConformanceError`.

    >>> from typing import Protocol
    >>> class Named(Protocol):
    ...     name: str
    >>> class Tool:
    ...     name: str = "hammer"
    >>> verify(Tool(), Named).name
    'hammer'
    """
    report = check(obj, annotation)
    if not report.ok:
        raise ConformanceError(report)
    return obj  # type: ignore[return-value]
