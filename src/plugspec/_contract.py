"""What a namespace asks of an entry point's target: the checks its ``factory`` declares.

One home for the forms, shared by the managers (before they call a factory),
``plugspec check`` and the Sphinx directive, so that all of them give one verdict:

- ``factory=False``: the target is the plugin, checked as ``P`` (a class whose
  instances would conform is reported as such, with the fix: ``factory=True``);
- ``factory=True``: a class is checked as ``type[P]``, anything else as
  ``Callable[..., P]``;
- ``factory=Callable[[Config], P]``: a class as ``type[P]`` first (which names
  the member at fault), then every target as that callable type.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from typing import Any, cast

from ._conformance import Problem, ProblemCode, Report, check, check_call
from ._namespace import Namespace

__all__ = [
    "class_given_problem",
    "class_given_report",
    "factory_form",
    "factory_report",
    "target_report",
]

# ``collections.abc.Callable`` as a runtime value, to build ``Callable[..., P]``.
_ANY_CALL: Any = Callable


def _class_form(namespace: Namespace[Any]) -> Any:
    """``type[P]`` spelled for a protocol only known at run time."""
    return cast(Any, types.GenericAlias(type, (namespace.protocol,)))


def _text(form: object) -> str:
    """A form as written: ``Formatter``, ``type[Formatter]``, ``Callable[[Config], Formatter]``."""
    # On Python 3.10 ``type[P]`` and ``Callable[..., P]`` pass ``isinstance(_, type)``:
    # only a plain class is named by its qualified name.
    if not isinstance(form, types.GenericAlias) and isinstance(form, type):
        return form.__qualname__
    return re.sub(r"(?:\w+\.)+(\w+)", r"\1", repr(form))


def factory_form(namespace: Namespace[Any]) -> object:
    """The callable type a factory target must have: the declared one, or ``Callable[..., P]``."""
    factory = namespace.factory
    return factory if not isinstance(factory, bool) else _ANY_CALL[..., namespace.protocol]


def factory_report(
    target: object, namespace: Namespace[Any], form: object = None
) -> tuple[Report, object]:
    """The check of a target that is going to be called, and the form it was checked as.

    ``form`` is :func:`factory_form`'s result when the caller keeps it. The
    form is returned as is: a manager that only needs the report does not pay
    for its text (``repr`` and a regular expression: 10-20 us a plugin).
    """
    if isinstance(target, type):
        class_form = _class_form(namespace)
        report = check(target, class_form)
        if not report.ok or isinstance(namespace.factory, bool):
            return report, class_form  # ``Callable[..., P]`` adds nothing to ``type[P]``
    form = factory_form(namespace) if form is None else form
    # A refusal names the members at fault of what the target makes (the engine's
    # ``product_problems``), as the ``type[P]`` check does for a class.
    return check_call(target, form), form


def class_given_problem(group: str) -> Problem:
    """What is wrong with a class given where a ``factory=False`` namespace of
    ``group`` wants the plugin itself, while the class's instances conform."""
    return Problem(
        None,
        "is a class, but the namespace wants the plugin itself (factory=False); its "
        "instances conform: declare factory=True on the namespace "
        f"(plugspec.Namespace({group!r}, ..., factory=True)) so that the "
        "class is called to make the plugin",
        code=ProblemCode.INCOMPATIBLE_MEMBER,
    )


def class_given_report(target: type, namespace: Namespace[Any], report: Report) -> Report:
    """``report`` on a class checked as the plugin itself, with the fix named when the
    class's instances would conform: the namespace should say ``factory=True``."""
    if not check(target, _class_form(namespace)).ok:
        return report
    problem = class_given_problem(namespace.group)
    return Report(report.subject, report.protocol, (problem,), report.notes)


def target_report(target: object, namespace: Namespace[Any]) -> tuple[Report, str]:
    """The check the namespace declares for a loaded target, and the form it was checked as.

    As in the managers, a class that fails as the plugin itself while its
    instances would conform is reported with the fix (``factory=True``).
    """
    if namespace.factory is not False:
        report, form = factory_report(target, namespace)
        return report, _text(form)
    report = check(target, namespace.protocol)
    if not report.ok and isinstance(target, type):
        report = class_given_report(target, namespace, report)
    return report, _text(namespace.protocol)
