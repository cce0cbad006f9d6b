"""Hypothesis strategies: objects that conform to a protocol, and objects that do not."""

from __future__ import annotations

import enum
import inspect
import itertools
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from typing_extensions import TypeForm, is_protocol

from .._conformance import Report
from ._model import Member, MemberKind, Model, read_protocol

__all__ = ["Violation", "ViolationKind", "implementations", "violations"]

P = TypeVar("P")

_EMPTY = inspect.Parameter.empty
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
_serial = itertools.count(1)

# Values for unannotated (``Any``) or ``object`` members: a few plain kinds.
_ANYTHING: st.SearchStrategy[object] = st.one_of(
    st.none(), st.booleans(), st.integers(), st.text(max_size=8)
)


class _Self:
    """Marks a value that is the implementing object itself (``Self``)."""

    def __repr__(self) -> str:
        return "<self>"


_SELF = _Self()
_Value = st.SearchStrategy[object] | _Self


class ViolationKind(enum.Enum):
    """The one way in which a :class:`Violation`'s object fails its protocol."""

    MISSING_MEMBER = "missing member"
    EXTRA_REQUIRED_PARAMETER = "method requires an extra positional argument"
    MISSING_PARAMETER = "method lacks a positional parameter"
    MISSING_KEYWORD_PARAMETER = "method lacks a keyword-only parameter"
    SYNC_FOR_ASYNC = "plain `def` where the protocol has `async def`"
    ASYNC_FOR_SYNC = "`async def` where the protocol has a plain `def`"
    WRONG_RETURN_TYPE = "method's return annotation is an unrelated type"
    WRONG_ATTRIBUTE_TYPE = "attribute's annotation is an unrelated type"
    ATTRIBUTE_FOR_METHOD = "non-callable attribute where the protocol has a method"
    METHOD_FOR_ATTRIBUTE = "method where the protocol has an attribute"
    READ_ONLY_PROPERTY = "read-only property where the protocol's attribute is settable"
    CLASSVAR_FOR_ATTRIBUTE = "ClassVar where the protocol has an instance attribute"
    ATTRIBUTE_FOR_CLASSVAR = "instance attribute where the protocol has a ClassVar"


@dataclass(frozen=True)
class Violation:
    """An object that fails its protocol in exactly one way, and that way.

    ``member`` is the protocol member at fault and ``kind`` what is wrong
    with it; every other member conforms. Drawn by :func:`violations`.

    >>> from typing import Protocol
    >>> import plugspec
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> from hypothesis import given
    >>> @given(violations(Greeter, kinds=[ViolationKind.MISSING_MEMBER]))
    ... def test_missing(violation: Violation) -> None:
    ...     assert (violation.member, violation.kind.name) == ("greet", "MISSING_MEMBER")
    ...     assert violation.found_in(plugspec.check(violation.obj, Greeter))
    >>> test_missing()
    """

    obj: object
    """The non-conforming object (an instance of a generated class)."""

    member: str
    """The protocol member at fault."""

    kind: ViolationKind
    """What is wrong with that member."""

    def found_in(self, report: Report) -> bool:
        """Whether ``report`` rejects the object with a problem naming :attr:`member`."""
        return not report.ok and any(p.member == self.member for p in report.problems)

    def __str__(self) -> str:
        return f"`{self.member}`: {self.kind.value}"


class _Unrelated:
    """A class that is no other annotation's subtype (for wrong-type violations)."""

    def __repr__(self) -> str:
        return "<unrelated>"


def _concrete(annotation: object) -> bool:
    """Whether ``_Unrelated`` is surely not a subtype of ``annotation`` (as mypy sees it)."""
    if annotation is None or annotation is type(None):
        return True
    if annotation is _EMPTY:
        return False
    origin = typing.get_origin(annotation) or annotation
    return (
        isinstance(origin, type)
        and origin is not object
        and not is_protocol(origin)
        # typing's and collections.abc's ABCs are protocols to mypy (Hashable, Sized...).
        and origin.__module__ not in ("typing", "collections.abc", "typing_extensions")
        and not issubclass(_Unrelated, origin)
    )


# -- values ---------------------------------------------------------------------------


@dataclass
class _Gen:
    model: Model
    values: Mapping[str, st.SearchStrategy[Any]]
    stack: tuple[object, ...]

    def value(self, member: Member) -> _Value:
        given = self.values.get(member.name)
        if given is not None:
            return given
        return self.of_type(member.annotation, member.name)

    def of_type(self, annotation: object, name: str) -> _Value:
        if annotation is _EMPTY or annotation is Any or annotation is object:
            return _ANYTHING
        if annotation is None or annotation is type(None):
            return st.none()
        if self.model.is_self(annotation):
            return _SELF
        if isinstance(annotation, TypeVar):
            return _ANYTHING
        origin = typing.get_origin(annotation) or annotation
        if isinstance(origin, type) and is_protocol(origin):
            if annotation in self.stack:
                raise InvalidArgument(
                    f"cannot generate a value of the recursive protocol {annotation!r} for "
                    f"`{name}`; pass a strategy for it: values={{{name!r}: ...}}"
                )
            return _implementations(annotation, {}, self.stack)
        strategy: st.SearchStrategy[object] = st.from_type(typing.cast(Any, annotation))
        try:
            strategy.validate()
        except Exception as error:
            raise InvalidArgument(
                f"cannot generate values of {annotation!r} for `{name}` ({error}); "
                f"pass a strategy for it: values={{{name!r}: ...}}"
            ) from error
        return strategy


# -- building classes -------------------------------------------------------------------


def _function(
    owner: str,
    name: str,
    params: Iterable[inspect.Parameter],
    *,
    first: str | None,
    is_async: bool,
    result: Callable[[Any], object],
    annotations: dict[str, object],
) -> Callable[..., object]:
    """A real function (real parameters, so calls are checked as a plugin's would be)."""
    # Generated from source text: inspect.Signature cannot make a function.
    scope: dict[str, Any] = {"__plugspec_result__": result}
    pieces: list[str] = [first] if first is not None else []
    star_done = False
    positional_only = False
    for index, param in enumerate(params):
        if param.kind is inspect.Parameter.POSITIONAL_ONLY:
            positional_only = True
        elif positional_only:
            pieces.append("/")
            positional_only = False
        if param.kind is inspect.Parameter.KEYWORD_ONLY and not star_done:
            pieces.append("*")
            star_done = True
        text = param.name
        if param.kind is inspect.Parameter.VAR_POSITIONAL:
            text, star_done = f"*{param.name}", True
        elif param.kind is inspect.Parameter.VAR_KEYWORD:
            text = f"**{param.name}"
        elif param.default is not _EMPTY:
            scope[f"__plugspec_default_{index}__"] = param.default
            text += f"=__plugspec_default_{index}__"
        pieces.append(text)
    if positional_only:
        pieces.append("/")
    keyword = "async def" if is_async else "def"
    source = f"{keyword} {name}({', '.join(pieces)}):\n    return __plugspec_result__({first})\n"
    exec(source, scope)
    function: Callable[..., object] = scope[name]
    function.__annotations__ = annotations
    function.__qualname__ = f"{owner}.{name}"
    function.__module__ = __name__
    return function


class _Class:
    """The namespace of a class being generated, and its instances' values."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.namespace: dict[str, object] = {"__module__": __name__}
        self.annotations: dict[str, object] = {}
        self.instance: dict[str, object] = {}
        self.shown: list[str] = []

    def method(
        self,
        member: Member,
        *,
        params: Iterable[inspect.Parameter],
        returns: object,
        annotated: bool,
        is_async: bool,
        value: object,
    ) -> None:
        params = tuple(params)
        kind = member.kind
        first = None if kind is MemberKind.STATICMETHOD else (member.first or "self")
        if value is _SELF:
            result: Callable[[Any], object] = (
                (lambda cls: cls()) if kind is MemberKind.CLASSMETHOD else (lambda obj: obj)
            )
        else:
            result = lambda _: value  # noqa: E731 - one expression, as a closure
        annotations: dict[str, object] = {}
        if annotated:
            annotations = {p.name: p.annotation for p in params if p.annotation is not _EMPTY}
            if returns is not _EMPTY:
                annotations["return"] = returns
        function = _function(
            self.name,
            member.name,
            params,
            first=first,
            is_async=is_async,
            result=result,
            annotations=annotations,
        )
        wrapped: object = function
        if kind is MemberKind.CLASSMETHOD:
            wrapped = classmethod(function)
        elif kind is MemberKind.STATICMETHOD:
            wrapped = staticmethod(function)
        self.namespace[member.name] = wrapped
        self.shown.append(f"{member.name}() -> {value!r}")

    def data(self, name: str, annotation: object, value: object, *, where: str) -> None:
        """An attribute: ``where`` is "instance", "class", "classvar", "property", "setter"."""
        if value is _SELF and where in ("class", "classvar"):
            where = "instance"
        if where in ("property", "setter"):
            self.namespace[name] = self._property(name, annotation, value, where == "setter")
        else:
            if where == "classvar":
                self.annotations[name] = ClassVar[Any if annotation is _EMPTY else annotation]
            elif annotation is not _EMPTY:
                self.annotations[name] = annotation
            if where == "instance":
                self.instance[name] = value
            else:
                self.namespace[name] = value
        self.shown.append(f"{name}={value!r}")

    def _property(self, name: str, annotation: object, value: object, settable: bool) -> property:
        slot = f"_plugspec_{name}"

        def getter(obj: Any) -> object:
            return obj.__dict__.get(slot, obj if value is _SELF else value)

        getter.__name__ = getter.__qualname__ = name
        getter.__annotations__ = {} if annotation is _EMPTY else {"return": annotation}
        if not settable:
            return property(getter)

        def setter(obj: Any, new: object) -> None:
            obj.__dict__[slot] = new

        setter.__name__ = setter.__qualname__ = name
        setter.__annotations__ = (
            {"return": None} if annotation is _EMPTY else {"new": annotation, "return": None}
        )
        return property(getter, setter)

    def build(self) -> object:
        values = dict(self.instance)
        shown = ", ".join(self.shown)

        def __init__(obj: Any) -> None:
            obj.__dict__.update({k: obj if v is _SELF else v for k, v in values.items()})

        namespace = dict(self.namespace)
        namespace["__annotations__"] = self.annotations
        namespace["__init__"] = __init__
        text = f"<{self.name} {shown}>"

        def __repr__(obj: object) -> str:
            return text

        namespace.setdefault("__repr__", __repr__)
        cls = type(self.name, (), namespace)
        return cls()


# -- implementations ----------------------------------------------------------------------


def _extra_keyword() -> inspect.Parameter:
    return inspect.Parameter("plugspec_extra", inspect.Parameter.KEYWORD_ONLY, default=None)


def _draw_method(draw: st.DrawFn, gen: _Gen, cls: _Class, member: Member) -> None:
    value = _draw_value(draw, gen.value(member))
    if member.gradual:
        anything = (
            inspect.Parameter("args", inspect.Parameter.VAR_POSITIONAL),
            inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD),
        )
        cls.method(
            member,
            params=anything,
            returns=_EMPTY,
            annotated=False,
            is_async=member.is_async,
            value=value,
        )
        return
    params = list(member.params)
    kinds = {p.kind for p in params}
    annotated = draw(st.booleans())
    if annotated and draw(st.booleans()):
        # Parameters are contravariant: `object` accepts whatever the protocol passes.
        params = [p if p.annotation is _EMPTY else p.replace(annotation=object) for p in params]
    if inspect.Parameter.VAR_KEYWORD not in kinds and draw(st.booleans()):
        extra = _extra_keyword()
        where = next(
            (i for i, p in enumerate(params) if p.kind is inspect.Parameter.VAR_KEYWORD),
            len(params),
        )
        params.insert(where, extra)
        if draw(st.booleans()):
            params.append(inspect.Parameter("plugspec_options", inspect.Parameter.VAR_KEYWORD))
    cls.method(
        member,
        params=params,
        returns=member.annotation,
        annotated=annotated,
        is_async=member.is_async,
        value=value,
    )


def _draw_value(draw: st.DrawFn, value: _Value) -> object:
    return value if isinstance(value, _Self) else draw(value)


def _draw_member(draw: st.DrawFn, gen: _Gen, cls: _Class, member: Member) -> None:
    if member.is_callable:
        _draw_method(draw, gen, cls, member)
        return
    value = _draw_value(draw, gen.value(member))
    if member.classvar:
        where = "classvar"
    elif not member.settable:  # a read-only property or nested class
        where = draw(st.sampled_from(["property", "instance", "class"]))
    else:
        where = draw(st.sampled_from(["setter", "instance", "class"]))
    cls.data(member.name, member.annotation, value, where=where)


def _implementations(
    protocol: object, values: Mapping[str, st.SearchStrategy[Any]], stack: tuple[object, ...]
) -> st.SearchStrategy[object]:
    model = read_protocol(protocol)
    gen = _Gen(model, values, (*stack, protocol))
    unknown = set(values) - {m.name for m in model.members}
    if unknown:
        raise InvalidArgument(f"values= names no member of {model.name}: {sorted(unknown)}")
    for member in model.members:
        gen.value(member)  # fail now, not at the first draw, on an impossible type

    @st.composite
    def build(draw: st.DrawFn) -> object:
        cls = _Class(f"{model.name}Impl{next(_serial)}")
        for member in model.members:
            _draw_member(draw, gen, cls, member)
        return cls.build()

    return build()


def implementations(
    protocol: TypeForm[P], *, values: Mapping[str, st.SearchStrategy[Any]] | None = None
) -> st.SearchStrategy[P]:
    """Objects that conform to ``protocol``: instances of classes built at run time.

    Each drawn object's class has every protocol member, in one of the forms
    that conform: methods (plain, ``async``, class and static methods) with
    compatible signatures (the protocol's, sometimes widened with an extra
    optional keyword or ``**kwargs`` or ``object`` parameters, sometimes
    unannotated), attributes as instance or class attributes or properties,
    read-only properties as properties or attributes, class variables.
    Methods return, and attributes hold, values drawn from the annotated
    types (:func:`hypothesis.strategies.from_type`; ``Self`` and the protocol
    itself give the object; another protocol gives one of its
    implementations). ``values`` maps a member name to the strategy of its
    value or return value, for types that strategy inference cannot handle.

    ``protocol`` is a protocol class or a parameterised generic protocol
    (``Box[int]``). Application code can be fuzzed with any plugin:

    >>> from typing import Protocol
    >>> import plugspec
    >>> class Greeter(Protocol):
    ...     prefix: str
    ...     def greet(self, name: str) -> str: ...
    >>> from hypothesis import given
    >>> @given(implementations(Greeter))
    ... def test_greeting(greeter: Greeter) -> None:
    ...     assert plugspec.conforms(greeter, Greeter)
    ...     assert isinstance(greeter.greet("you"), str)
    >>> test_greeting()
    """
    return typing.cast("st.SearchStrategy[P]", _implementations(protocol, values or {}, ()))


# -- violations ------------------------------------------------------------------------


def _positional(member: Member) -> list[int]:
    return [i for i, p in enumerate(member.params) if p.kind in _POSITIONAL]


def _has(member: Member, kind: object) -> bool:
    return any(p.kind is kind for p in member.params)


def _applicable(member: Member) -> list[ViolationKind]:
    """The violations that surely make ``member`` fail (by mypy's rules)."""
    found = [ViolationKind.MISSING_MEMBER]
    if member.is_callable:
        found.append(ViolationKind.ATTRIBUTE_FOR_METHOD)
        if member.gradual:
            return found
        found.append(ViolationKind.EXTRA_REQUIRED_PARAMETER)
        if _positional(member) and not _has(member, inspect.Parameter.VAR_POSITIONAL):
            found.append(ViolationKind.MISSING_PARAMETER)
        if _has(member, inspect.Parameter.KEYWORD_ONLY) and not _has(
            member, inspect.Parameter.VAR_KEYWORD
        ):
            found.append(ViolationKind.MISSING_KEYWORD_PARAMETER)
        if _concrete(member.annotation):
            found.append(ViolationKind.WRONG_RETURN_TYPE)
            found.append(
                ViolationKind.SYNC_FOR_ASYNC if member.is_async else ViolationKind.ASYNC_FOR_SYNC
            )
        return found
    if _concrete(member.annotation):
        found.append(ViolationKind.WRONG_ATTRIBUTE_TYPE)
        found.append(ViolationKind.METHOD_FOR_ATTRIBUTE)
    if member.classvar:
        found.append(ViolationKind.ATTRIBUTE_FOR_CLASSVAR)
    elif member.settable:
        found.append(ViolationKind.READ_ONLY_PROPERTY)
        if member.kind is MemberKind.ATTRIBUTE:
            found.append(ViolationKind.CLASSVAR_FOR_ATTRIBUTE)
    return found


def _draw_violation(
    draw: st.DrawFn, gen: _Gen, cls: _Class, member: Member, kind: ViolationKind
) -> None:
    if kind is ViolationKind.MISSING_MEMBER:
        return
    if kind is ViolationKind.ATTRIBUTE_FOR_METHOD:
        cls.data(member.name, int, draw(st.integers()), where="class")
        return
    if kind is ViolationKind.METHOD_FOR_ATTRIBUTE:
        method = Member(member.name, MemberKind.METHOD, annotation=member.annotation, first="self")
        cls.method(
            method, params=(), returns=member.annotation, annotated=True, is_async=False, value=None
        )
        return
    if not member.is_callable:
        value = _draw_value(draw, gen.value(member))
        if kind is ViolationKind.WRONG_ATTRIBUTE_TYPE:
            where = "classvar" if member.classvar else "instance"
            cls.data(member.name, _Unrelated, _Unrelated(), where=where)
        elif kind is ViolationKind.READ_ONLY_PROPERTY:
            cls.data(member.name, member.annotation, value, where="property")
        elif kind is ViolationKind.CLASSVAR_FOR_ATTRIBUTE:
            cls.data(member.name, member.annotation, value, where="classvar")
        else:  # ATTRIBUTE_FOR_CLASSVAR
            cls.data(member.name, member.annotation, value, where="instance")
        return
    value = _draw_value(draw, gen.value(member))
    params = list(member.params)
    returns = member.annotation
    is_async = member.is_async
    if kind is ViolationKind.EXTRA_REQUIRED_PARAMETER:
        # First, so that it precedes any optional parameter.
        positional_only = _has(member, inspect.Parameter.POSITIONAL_ONLY)
        extra_kind = _POSITIONAL[0] if positional_only else _POSITIONAL[1]
        params.insert(0, inspect.Parameter("plugspec_extra", extra_kind))
    elif kind is ViolationKind.MISSING_PARAMETER:
        del params[draw(st.sampled_from(_positional(member)))]
    elif kind is ViolationKind.MISSING_KEYWORD_PARAMETER:
        keywords = [i for i, p in enumerate(params) if p.kind is inspect.Parameter.KEYWORD_ONLY]
        del params[draw(st.sampled_from(keywords))]
    elif kind is ViolationKind.WRONG_RETURN_TYPE:
        returns, value = _Unrelated, _Unrelated()
    else:  # SYNC_FOR_ASYNC, ASYNC_FOR_SYNC
        is_async = not is_async
    cls.method(
        member, params=params, returns=returns, annotated=True, is_async=is_async, value=value
    )


def violations(
    protocol: TypeForm[object],
    *,
    kinds: Iterable[ViolationKind] | None = None,
    values: Mapping[str, st.SearchStrategy[Any]] | None = None,
) -> st.SearchStrategy[Violation]:
    """Objects that fail ``protocol`` in one specific way, each with that way.

    Each :class:`Violation` holds an object whose class has every member of
    the protocol in a conforming form (as :func:`implementations` makes
    them) except one, which is missing or wrong in the way ``kind`` says.
    Only violations that mypy surely rejects are drawn (a wrong return type
    only where the protocol's return type is a concrete class, and so on).
    ``kinds`` restricts the choice; ``values`` is as for
    :func:`implementations`. An application can check that it refuses each:

    >>> from typing import Protocol
    >>> import plugspec
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> from hypothesis import given
    >>> @given(violations(Greeter))
    ... def test_refused(violation: Violation) -> None:
    ...     with pytest.raises(plugspec.ConformanceError, match=violation.member):
    ...         plugspec.verify(violation.obj, Greeter)
    >>> import pytest; test_refused()
    """
    base = _implementations(protocol, values or {}, ())  # validates the protocol and values
    del base
    model = read_protocol(protocol)
    gen = _Gen(model, values or {}, (protocol,))
    wanted = None if kinds is None else frozenset(kinds)
    choices = [
        (member, kind)
        for member in model.members
        for kind in _applicable(member)
        if wanted is None or kind in wanted
    ]
    if not choices:
        raise InvalidArgument(f"no violation of the requested kinds applies to {model.name}")

    @st.composite
    def build(draw: st.DrawFn) -> Violation:
        member, kind = draw(st.sampled_from(choices))
        cls = _Class(f"{model.name}Violation{next(_serial)}")
        for other in model.members:
            if other is member:
                _draw_violation(draw, gen, cls, member, kind)
            else:
                _draw_member(draw, gen, cls, other)
        return Violation(cls.build(), member.name, kind)

    return build()
