"""A protocol's members as the strategies build them, taken from the conformance engine.

The engine's member model (``_conformance._protocol``) is the one reader of
protocol classes; this module only restates its facts in the terms that
generating a class needs: ``inspect.Parameter`` objects (with the
protocol's literal defaults), ``inspect.Parameter.empty`` for what is not
annotated, the name of the ``self`` parameter, and whether any signature
will do.
"""

from __future__ import annotations

import ast
import inspect
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import typing_extensions

from .._conformance._context import Context
from .._conformance._dict_lookup import Subject, View
from .._conformance._protocol import MemberKind, ProtoMember, expected_view, protocol_members
from .._conformance._signatures import Param, ParamKind, Sig
from .._conformance._target import is_protocol_class

__all__ = ["Member", "MemberKind", "Model", "read_protocol"]

#: ``Self`` (typing_extensions re-exports typing's where there is one).
SELF_FORM: object = typing_extensions.Self

_EMPTY = inspect.Parameter.empty
_CALLABLE = (MemberKind.METHOD, MemberKind.CLASSMETHOD, MemberKind.STATICMETHOD)
_ANY_ARGS = {inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD}
_INSPECT_KINDS = {
    ParamKind.POSITIONAL_ONLY: inspect.Parameter.POSITIONAL_ONLY,
    ParamKind.POSITIONAL_OR_KEYWORD: inspect.Parameter.POSITIONAL_OR_KEYWORD,
    ParamKind.VAR_POSITIONAL: inspect.Parameter.VAR_POSITIONAL,
    ParamKind.KEYWORD_ONLY: inspect.Parameter.KEYWORD_ONLY,
    ParamKind.VAR_KEYWORD: inspect.Parameter.VAR_KEYWORD,
}


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
    kind: MemberKind
    annotation: object = _EMPTY
    params: tuple[inspect.Parameter, ...] = ()
    first: str | None = None
    is_async: bool = False
    settable: bool = False
    classvar: bool = False
    gradual: bool = False

    @property
    def is_callable(self) -> bool:
        """Whether this is a method of some kind."""
        return self.kind in _CALLABLE


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
    if not is_protocol_class(origin):
        raise TypeError(f"expected a typing.Protocol or a parameterised one, not {annotation!r}")
    protocol = typing.cast("type", origin)
    args = typing.get_args(annotation) or None
    # Seen through an instance whose type is ``Self``: the engine binds the
    # protocol's type arguments and leaves ``Self`` as written.
    through = Subject("instance", protocol, args=args, self_type=SELF_FORM)
    ctx = Context()  # what the engine notes (unreadable signatures...) is not needed here
    members = tuple(
        _member(member, expected_view(member, through, ctx))
        for member in protocol_members(protocol, ctx)
    )
    return Model(annotation, protocol, protocol.__qualname__, members)


def _member(member: ProtoMember, view: View) -> Member:
    if member.is_callable:
        return _method(member, view.sigs or ())
    if member.kind is MemberKind.PROPERTY:
        return Member(member.name, member.kind, annotation=view.ann, settable=member.settable)
    # An attribute, a class variable, or a nested class (read-only, of type ``type[C]``).
    return Member(
        member.name,
        member.kind,
        annotation=view.ann,
        settable=member.settable,
        classvar=member.classvar,
    )


def _method(member: ProtoMember, sigs: Sequence[Sig]) -> Member:
    bound = member.kind is not MemberKind.STATICMETHOD
    sig = sigs[0] if len(sigs) == 1 else None
    first = sig.bound_self.name if sig and bound and sig.bound_self is not None else None
    if sig is None or (bound and first is None):
        # Overloaded, or no explicit ``self`` (an unreadable signature, which
        # the engine reads as ``(*args, **kwargs)``): accept any call.
        return Member(member.name, member.kind, first="self" if bound else None, gradual=True)
    params = tuple(_parameter(index, param) for index, param in enumerate(sig.params))
    anything = {p.kind for p in params if p.annotation is _EMPTY or p.annotation is Any}
    gradual = len(params) == 2 and anything >= _ANY_ARGS
    return Member(
        member.name,
        member.kind,
        annotation=sig.returns if sig.returns_annotated else _EMPTY,
        params=params,
        first=first,
        is_async=sig.is_async,
        gradual=gradual,
    )


def _parameter(index: int, param: Param) -> inspect.Parameter:
    return inspect.Parameter(
        param.name or f"__arg{index}",
        _INSPECT_KINDS[param.kind],
        default=_default(param) if param.has_default else _EMPTY,
        annotation=param.annotation if param.annotated else _EMPTY,
    )


def _default(param: Param) -> object:
    """The default value: the engine keeps plain literals as source text, and ``...`` otherwise.

    The generated functions never read their arguments, so a stand-in for
    any other default changes nothing a caller or a type checker sees.
    """
    try:
        return ast.literal_eval(param.default_text or "...")
    except (ValueError, SyntaxError):  # e.g. ``nan``
        return ...
