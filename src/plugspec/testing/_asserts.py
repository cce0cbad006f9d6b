"""Assertions for tests of plugins and of applications that load them."""

from __future__ import annotations

from typing import TypeVar, cast

from typing_extensions import TypeForm

from .._conformance import check

__all__ = ["assert_conforms"]

P = TypeVar("P")


def assert_conforms(obj: object, protocol: TypeForm[P]) -> P:
    """Fail the test, showing the whole report, unless ``obj`` conforms to ``protocol``.

    ``protocol`` is anything :func:`plugspec.check` accepts. Returns ``obj``,
    typed as the protocol. The failure is an :class:`AssertionError` whose
    message is ``str(plugspec.check(obj, protocol))``: every problem, with
    the expected and found forms of each member; pytest hides this helper's
    frame from the traceback.

    >>> from typing import Protocol
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> class Mute:
    ...     pass
    >>> assert_conforms(Mute(), Greeter)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    AssertionError: `Mute` instance is not compatible ...: missing method `greet` (expected ...)
    """
    __tracebackhide__ = True
    report = check(obj, protocol)
    if not report.ok:
        raise AssertionError(str(report))
    return cast(P, obj)
