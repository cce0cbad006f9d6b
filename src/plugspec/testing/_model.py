"""What a protocol declares, read statically, for generating implementations."""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

import typing_extensions
from typing_extensions import get_protocol_members, is_protocol

from .._conformance._substitute import substitute

__all__ = ["Kind", "Member", "Model", "read_protocol"]

#: ``Self`` (typing_extensions re-exports typing's where there is one).
SELF_FORM: object = typing_extensions.Self

_EMPTY = inspect.Parameter.empty
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


class Kind(enum.Enum):
    """How a protocol declares a member."""

    METHOD = "method"
    CLASSMETHOD = "classmethod"
    STATICMETHOD = "staticmethod"
    PROPERTY = "property"
    ATTRIBUTE = "attribute"
    CLASSVAR = "class variable"


@dataclass(frozen=True)
class Member:
    """One protocol member.

    ``annotation`` is the attribute's or property's type, or a method's
    return annotation; ``inspect.Parameter.empty`` when not annotated.
    ``params`` are a method's parameters after ``self``/``cls``, with
    evaluated annotations. ``gradual`` marks ``(*args: Any, **kwargs: Any)``
    and overloaded methods: any signature implements them.
    """

    name: str
    kind: Kind
    annotation: object = _EMPTY
    params: tuple[inspect.Parameter, ...] = ()
    first: str | None = None
    is_async: bool = False
    settable: bool = False
    gradual: bool = False

    @property
    def is_callable(self) -> bool:
        """Whether this is a method of some kind."""
        return self.kind in (Kind.METHOD, Kind.CLASSMETHOD, Kind.STATICMETHOD)


@dataclass(frozen=True)
class Model:
    """A protocol's members, with type variables bound to the given arguments."""

    annotation: object
    origin: type
    name: str
    members: tuple[Member, ...]

    def is_self(self, annotation: object) -> bool:
        """Whether ``annotation`` means the implementing object's own type."""
        return annotation is SELF_FORM or annotation is self.origin or annotation == self.annotation


def _is_any(annotation: object) -> bool:
    return annotation is Any or annotation is _EMPTY


def _hints(obj: object) -> dict[str, object]:
    try:
        return dict(typing.get_type_hints(obj))
    except Exception:
        # Unresolvable names: keep what is already evaluated; the rest is Any.
        raw: Mapping[str, object] = getattr(obj, "__annotations__", None) or {}
        return {key: value for key, value in raw.items() if not isinstance(value, str)}


def _read_method(name: str, kind: Kind, func: object, bindings: Mapping[object, object]) -> Member:
    overloads: Sequence[object] = ()
    if isinstance(func, types.FunctionType):
        overloads = typing_extensions.get_overloads(func)
    try:
        signature = inspect.signature(func)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return Member(name, kind, first=None if kind is Kind.STATICMETHOD else "self", gradual=True)
    hints = _hints(func)
    params = list(signature.parameters.values())
    first = None
    if kind is not Kind.STATICMETHOD:
        if not params or params[0].kind not in _POSITIONAL:
            # No explicit `self` (e.g. typing's placeholder for an overloaded
            # method without implementation): accept any call.
            return Member(name, kind, first="self", gradual=True)
        first = params.pop(0).name
    resolved = tuple(
        p.replace(annotation=substitute(hints[p.name], bindings) if p.name in hints else _EMPTY)
        for p in params
    )
    kinds = {p.kind for p in resolved if _is_any(p.annotation)}
    gradual = bool(overloads) or (
        len(resolved) == 2
        and {inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD} <= kinds
    )
    returns = substitute(hints["return"], bindings) if "return" in hints else _EMPTY
    return Member(
        name,
        kind,
        annotation=returns,
        params=resolved,
        first=first,
        is_async=inspect.iscoroutinefunction(func),
        gradual=gradual,
    )


def _declared_in(origin: type, name: str) -> tuple[type, object, bool]:
    """The class that declares ``name``, its ``__dict__`` value, and whether it has one."""
    for klass in origin.__mro__:
        if name in vars(klass):
            return klass, vars(klass)[name], True
        if name in inspect.get_annotations(klass):
            return klass, None, False
    raise AssertionError(name)  # pragma: no cover - members are declared somewhere


def read_protocol(annotation: object) -> Model:
    """The members of a protocol or parameterised generic protocol.

    >>> from typing import Protocol
    >>> class Greeter(Protocol):
    ...     name: str
    ...     def greet(self, who: str) -> str: ...
    >>> [(m.name, m.kind.value) for m in read_protocol(Greeter).members]
    [('greet', 'method'), ('name', 'attribute')]
    """
    origin = typing.get_origin(annotation) or annotation
    if not (isinstance(origin, type) and is_protocol(origin)):
        raise TypeError(f"expected a typing.Protocol or a parameterised one, not {annotation!r}")
    params: tuple[object, ...] = getattr(origin, "__parameters__", ())
    args = typing.get_args(annotation)
    bindings: dict[object, object] = dict(zip(params, args, strict=False))  # missing arguments: Any
    members: list[Member] = []
    for name in sorted(get_protocol_members(origin)):
        owner, value, in_dict = _declared_in(origin, name)
        if in_dict and isinstance(value, staticmethod):
            func: object = typing.cast("staticmethod[..., object]", value).__func__
            members.append(_read_method(name, Kind.STATICMETHOD, func, bindings))
        elif in_dict and isinstance(value, classmethod):
            func = typing.cast("classmethod[Any, ..., object]", value).__func__
            members.append(_read_method(name, Kind.CLASSMETHOD, func, bindings))
        elif in_dict and isinstance(value, property):
            getter = value.fget
            hints = _hints(getter) if getter is not None else {}
            returns = substitute(hints["return"], bindings) if "return" in hints else _EMPTY
            settable = value.fset is not None
            members.append(Member(name, Kind.PROPERTY, annotation=returns, settable=settable))
        elif in_dict and callable(value) and name not in inspect.get_annotations(owner):
            members.append(_read_method(name, Kind.METHOD, value, bindings))
        else:
            members.append(_read_attribute(name, owner, bindings))
    return Model(annotation, origin, origin.__qualname__, tuple(members))


def _read_attribute(name: str, owner: type, bindings: Mapping[object, object]) -> Member:
    hints = _hints(owner)
    raw = inspect.get_annotations(owner).get(name)
    if name in hints:
        declared = hints[name]
    elif isinstance(raw, str) and raw.startswith(("ClassVar", "typing.ClassVar")):
        declared = ClassVar[Any]
    else:
        declared = _EMPTY
    if typing.get_origin(declared) is ClassVar or declared is ClassVar:
        inner = typing.get_args(declared)
        kind = Kind.CLASSVAR
        declared = inner[0] if inner else _EMPTY
    else:
        kind = Kind.ATTRIBUTE
    if isinstance(declared, TypeVar) or bindings:
        declared = substitute(declared, bindings)
    return Member(name, kind, annotation=declared, settable=True)
