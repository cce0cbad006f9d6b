"""The runtime side of the command line: load a plugin, check it, describe a protocol."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

import typing_extensions

from .._conformance import Problem
from .._conformance._context import Context
from .._conformance._protocol import MemberKind
from .._conformance._protocol import protocol_members as engine_protocol_members
from .._conformance._types import format_type
from .._discovery import EntryPoint
from .._load_and_check import load_and_check
from .._namespace import Namespace

__all__ = ["Member", "RuntimeResult", "check_runtime", "protocol_members", "type_name"]


@dataclass(frozen=True)
class RuntimeResult:
    """The runtime verdict on one entry point.

    ``error`` is set when the plugin could not even be imported (or the check
    itself failed); otherwise ``problems`` and ``notes`` come from the
    conformance report, and ``checked_as`` says which type was checked.
    ``target`` is the loaded object, when it could be imported.
    """

    entry_point: EntryPoint
    checked_as: str | None
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()
    error: str | None = None
    report: str | None = None
    target: object = field(default=None, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        """Whether the plugin loaded and conforms."""
        return self.error is None and not self.problems


@dataclass(frozen=True)
class Member:
    """One member of a protocol, for ``plugspec show``."""

    name: str
    kind: str
    signature: str
    doc: str | None = field(default=None)


def type_name(protocol: object) -> str:
    """A short, readable name for a namespace's protocol (``Formatter``, ``Box[int]``)."""
    # A Namespace holds a protocol class or a parameterised generic protocol, nothing else.
    origin: type | None = typing_extensions.get_origin(protocol)
    if origin is None:
        return cast(type, protocol).__qualname__
    text = repr(protocol)
    for prefix in ("typing_extensions.", "typing.", "collections.abc.", "builtins."):
        text = text.replace(prefix, "")
    return text.replace(f"{origin.__module__}.", "")


def check_runtime(entry_point: EntryPoint, namespace: Namespace[Any]) -> RuntimeResult:
    """Import ``entry_point``'s target and check it as ``namespace`` declares
    (its ``factory``: the plugin itself, or a class or function that makes it)."""
    loaded = load_and_check(entry_point, namespace)
    if not loaded.imported:
        return RuntimeResult(entry_point, None, error=loaded.error)
    report = loaded.report
    if report is None:
        return RuntimeResult(
            entry_point, loaded.checked_as, error=loaded.error, target=loaded.target
        )
    return RuntimeResult(
        entry_point,
        loaded.checked_as,
        report.problems,
        report.notes,
        None,
        str(report),
        loaded.target,
    )


def _annotation_text(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def _signature_text(name: str, function: Callable[..., object], *, is_async: bool) -> str:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return f"def {name}(...)"
    parts: list[str] = []
    seen_keyword_only = False
    previous_kind: object = None
    for parameter in signature.parameters.values():
        kind = parameter.kind
        if previous_kind == inspect.Parameter.POSITIONAL_ONLY and kind != previous_kind:
            parts.append("/")
        if kind == inspect.Parameter.KEYWORD_ONLY and not seen_keyword_only:
            seen_keyword_only = True
            parts.append("*")
        text = parameter.name
        if kind == inspect.Parameter.VAR_POSITIONAL:
            text, seen_keyword_only = f"*{text}", True
        elif kind == inspect.Parameter.VAR_KEYWORD:
            text = f"**{text}"
        annotated = parameter.annotation is not inspect.Parameter.empty
        if annotated:
            text += f": {_annotation_text(parameter.annotation)}"
        if parameter.default is not inspect.Parameter.empty:
            text += f" = {parameter.default!r}" if annotated else f"={parameter.default!r}"
        parts.append(text)
        previous_kind = kind
    if previous_kind == inspect.Parameter.POSITIONAL_ONLY:
        parts.append("/")
    returns = ""
    if signature.return_annotation is not inspect.Signature.empty:
        returns = f" -> {_annotation_text(signature.return_annotation)}"
    prefix = "async def" if is_async else "def"
    return f"{prefix} {name}({', '.join(parts)}){returns}"


def protocol_members(protocol: object) -> list[Member]:
    """The members of a namespace's protocol (or of a parameterised one's origin), sorted:
    exactly those :func:`plugspec.check` requires, as the engine reads them."""
    # A Namespace holds a protocol class or a parameterised generic protocol, nothing else.
    cls = cast(type, typing_extensions.get_origin(protocol) or protocol)
    members: list[Member] = []
    for member in sorted(engine_protocol_members(cls, Context()), key=lambda m: m.name):
        name, raw = member.name, member.raw
        doc = inspect.getdoc(raw) if member.kind is not MemberKind.ATTRIBUTE else None
        if member.kind is MemberKind.PROPERTY:
            getter = raw.fget if isinstance(raw, property) else None
            returns = "" if getter is None else _signature_text(name, getter, is_async=False)
            kind = "settable property" if member.settable else "property"
            members.append(Member(name, kind, f"@property {returns}".strip(), doc))
        elif member.kind in (MemberKind.CLASSMETHOD, MemberKind.STATICMETHOD):
            function: Callable[..., object] = cast(Any, raw).__func__
            kind = "classmethod" if member.kind is MemberKind.CLASSMETHOD else "staticmethod"
            text = _signature_text(name, function, is_async=inspect.iscoroutinefunction(function))
            members.append(Member(name, kind, f"@{kind} {text}", doc))
        elif member.kind is MemberKind.METHOD:
            function = cast(Any, raw)
            text = _signature_text(name, function, is_async=inspect.iscoroutinefunction(function))
            members.append(Member(name, "method", text, doc))
        elif member.kind is MemberKind.CLASS:
            members.append(Member(name, "nested class", f"class {name}", doc))
        else:
            text = format_type(member.annotation)
            if member.classvar:
                members.append(Member(name, "class variable", f"{name}: ClassVar[{text}]", None))
            else:
                members.append(Member(name, "attribute", f"{name}: {text}", None))
    return members
