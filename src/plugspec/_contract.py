"""What a namespace asks of an entry point's target: the checks its ``factory`` declares.

One home for the forms, shared by the managers (before they call a factory),
``plugspec check`` and the Sphinx directive, so that all of them give one verdict:

- ``factory=False``: the target is the plugin, checked as ``P`` (a class as
  ``type[P]`` by the tools, while managers still take ``invoke_on_load=True``);
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

__all__ = ["class_given_report", "factory_form", "factory_report", "target_report"]

# ``collections.abc.Callable`` as a runtime value, to build ``Callable[..., P]``.
_ANY_CALL: Any = Callable


def _class_form(namespace: Namespace[Any]) -> Any:
    """``type[P]`` spelled for a protocol only known at run time."""
    return cast(Any, types.GenericAlias(type, (namespace.protocol,)))


def _text(form: object) -> str:
    """A form as written: ``Formatter``, ``type[Formatter]``, ``Callable[[Config], Formatter]``."""
    if isinstance(form, type):
        return form.__qualname__
    return re.sub(r"(?:\w+\.)+(\w+)", r"\1", repr(form))


def factory_form(namespace: Namespace[Any]) -> object:
    """The callable type a factory target must have: the declared one, or ``Callable[..., P]``."""
    factory = namespace.factory
    return factory if not isinstance(factory, bool) else _ANY_CALL[..., namespace.protocol]


def factory_report(
    target: object, namespace: Namespace[Any], form: object = None
) -> tuple[Report, str]:
    """The check of a target that is going to be called, and the form it was checked as.

    ``form`` is :func:`factory_form`'s result when the caller keeps it.
    """
    if isinstance(target, type):
        class_form = _class_form(namespace)
        report = check(target, class_form)
        if not report.ok or isinstance(namespace.factory, bool):
            return report, _text(class_form)  # ``Callable[..., P]`` adds nothing to ``type[P]``
    form = factory_form(namespace) if form is None else form
    return check_call(target, form), _text(form)


def class_given_report(target: type, namespace: Namespace[Any], report: Report) -> Report:
    """``report`` on a class checked as the plugin itself, with the fix named when the
    class's instances would conform: the namespace should say ``factory=True``."""
    if not check(target, _class_form(namespace)).ok:
        return report
    problem = Problem(
        None,
        "is a class, but the namespace wants the plugin itself (factory=False); its "
        "instances conform: declare factory=True on the namespace "
        f"(plugspec.Namespace({namespace.group!r}, ..., factory=True)) so that the "
        "class is called to make the plugin",
        code=ProblemCode.INCOMPATIBLE_MEMBER,
    )
    return Report(report.subject, report.protocol, (problem,), report.notes)


def target_report(target: object, namespace: Namespace[Any]) -> tuple[Report, str]:
    """The check the namespace declares for a loaded target, and the form it was checked as.

    A namespace that declares no factory still lets an application pass
    stevedore's ``invoke_on_load=True``, so a class found there is checked as
    ``type[P]``, as that application would load it.
    """
    if namespace.factory is not False or isinstance(target, type):
        return factory_report(target, namespace)
    return check(target, namespace.protocol), _text(namespace.protocol)
