"""Protocol members, and what an object offers for each of them (static lookup only).

The rules are mypy's ``is_protocol_implementation`` and ``get_member_flags``
(mypy/subtypes.py). Nothing here runs the object's own code: attributes are
read from class and instance dictionaries (``__mro__`` walks and
``inspect.getattr_static``), never through ``getattr``, properties or
``__getattr__``.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, get_args, get_origin

from ._context import Context
from ._declared_alike import same_declaration
from ._dict_lookup import (
    MISSING,
    Subject,
    View,
    declared_in_mro,
    instance_dict,
    lookup_class,
    method_kind,
    plain_def_written,
    underlying_function,
)
from ._functions import collections_abc_callable, sigs_of_type
from ._objects import DECORATED_DEF, Found, find_member
from ._protocol import (
    MemberKind,
    ProtoMember,
    abstract_members,
    expected_view,
    nominal_verdict,
    protocol_members,
)
from ._report import Problem, ProblemCode
from ._signatures import Sig, sig_incompatibilities
from ._substitute import union_items
from ._target import is_protocol_class, parse_target
from ._types import format_type as fmt
from ._types import is_subtype

__all__ = [
    "Found",
    "MemberKind",
    "ProtoMember",
    "Subject",
    "View",
    "abstract_members",
    "assumption_key",
    "callable_view",
    "compare_member",
    "expected_view",
    "find_member",
    "instance_dict",
    "instances_conform",
    "iter_member_names",
    "member_problems",
    "member_report",
    "missing_member",
    "nominal_verdict",
    "protocol_members",
    "quick_match",
    "sigs_of_type",
    "type_problems",
]


def callable_view(view: View, ctx: Context) -> tuple[Sig, ...] | None:
    """``view`` as callable signatures, when its type is callable (``None`` otherwise)."""
    if view.sigs is not None:
        return view.sigs
    return sigs_of_type(view.ann, ctx)


def _is_any(ann: object) -> bool:
    return ann is Any


def _overload_problems(
    found: tuple[Sig, ...], expected: tuple[Sig, ...], ctx: Context, *, check_names: bool
) -> list[str]:
    """mypy's rules for overloads (``visit_overloaded`` / ``visit_callable_type``)."""

    def why(left: Sig, right: Sig, ignore_return: bool = False) -> list[str]:
        return sig_incompatibilities(
            left, right, ctx, check_names=check_names, ignore_return=ignore_return
        )

    if len(expected) == 1:
        right = expected[0]
        if len(found) == 1:
            return why(found[0], right)
        if any(not why(item, right) for item in found):
            return []
        combined = _union_of(found)
        if combined is not None and not why(combined, right):
            return []
        return [f"has no overload that matches `{right.text(fmt)}`"]
    if len(found) == 1:
        problems: list[str] = []
        for right in expected:
            problems.extend(why(found[0], right))
        return list(dict.fromkeys(problems))
    previous = -1
    matched: set[int] = set()
    for right_index, right in enumerate(expected):
        found_match = False
        for left_index, left in enumerate(found):
            if previous <= left_index and not why(left, right):
                previous = left_index
                found_match = True
                matched.add(left_index)
                break
            if left_index not in matched and (
                not why(left, right, ignore_return=True) or not why(right, left, ignore_return=True)
            ):
                return [
                    f"overload {left_index + 1} `{left.text(fmt)}` overlaps the protocol's "
                    f"overload {right_index + 1} `{right.text(fmt)}` without matching it "
                    "(overloads must match in order)"
                ]
        if not found_match:
            return [f"has no overload that matches `{right.text(fmt)}`"]
    return []


def _union_of(items: tuple[Sig, ...]) -> Sig | None:
    """mypy's ``union_function_signatures``: same shape, union of parameter and return types."""
    first = items[0]
    shape = [(p.kind, p.call_name) for p in first.params]
    if any([(p.kind, p.call_name) for p in item.params] != shape for item in items[1:]):
        return None
    try:
        params = tuple(
            replace(
                param,
                annotation=typing.Union[tuple(item.params[i].annotation for item in items)],  # noqa: UP007
            )
            for i, param in enumerate(first.params)
        )
        returns: object = typing.Union[tuple(item.effective_returns for item in items)]  # noqa: UP007
    except Exception:
        return None
    return replace(first, params=params, returns=returns, is_async=False)


def type_problems(found: View, expected: View, ctx: Context, *, check_names: bool) -> list[str]:
    """Why the found member type is not a subtype of the expected one."""
    if found.unknown or (_is_any(found.ann) and found.sigs is None):
        return []
    if expected.sigs is not None or (found.sigs is not None and _callable_expected(expected.ann)):
        expected_sigs = (
            expected.sigs if expected.sigs is not None else sigs_of_type(expected.ann, ctx)
        )
        if expected_sigs is None:
            # A callback protocol whose __call__ is no plain method (an attribute, say):
            # mypy checks the function as an object against it.
            if instances_conform(types.FunctionType, expected.ann, ctx):
                return []
            return [f"is a callable, expected `{fmt(expected.ann)}`"]
        if found.sigs is None:
            classes = _type_object_items(found.ann)
            if classes is not None:
                return _type_object_problems(found.ann, classes, expected_sigs, ctx)
        found_sigs = callable_view(found, ctx)
        if found_sigs is None:
            items = _union_items(found.ann)
            if len(items) > 1:
                # A union fits when each of its items does (a union of callables).
                problems = [
                    problem
                    for item in items
                    for problem in type_problems(
                        View(ann=item), expected, ctx, check_names=check_names
                    )
                ]
                return list(dict.fromkeys(problems))
            if found.ann is None:
                return ["is None, which cannot implement a method"]
            return [f"is `{fmt(found.ann)}`, which is not callable"]
        return _overload_problems(found_sigs, expected_sigs, ctx, check_names=check_names)
    if found.ann is not MISSING:
        if not is_subtype(found.ann, expected.ann, ctx):
            return [f"has type `{fmt(found.ann)}`, expected `{fmt(expected.ann)}`"]
        return []
    if found.sigs is not None:
        if _is_any(expected.ann) or expected.ann is object:
            return []
        items = _union_items(expected.ann)
        if len(items) == 1 and is_subtype(types.FunctionType, expected.ann, ctx):
            # mypy compares a callable with a class or protocol as its fallback,
            # `builtins.function` (subtypes.visit_callable_type): it is `Hashable`.
            return []
        if len(items) > 1 and any(
            not type_problems(found, View(ann=item), ctx, check_names=check_names) for item in items
        ):
            return []  # it fits one item of the union (``Optional[Callable[...]]``, say)
        return [f"is a callable, expected `{fmt(expected.ann)}`"]
    return []


def _type_object_items(ann: object) -> tuple[object, ...] | None:
    """The classes a ``type[X]`` value may be (``X``, or its union's items; ``Any`` for a
    bare ``Type``), or ``None`` when ``ann`` is no ``type[...]``."""
    if get_origin(ann) is not type:
        return None
    args = get_args(ann)
    return union_items(args[0]) if args else (Any,)


def _type_object_problems(
    ann: object, classes: tuple[object, ...], expected: tuple[Sig, ...], ctx: Context
) -> list[str]:
    """mypy's ``visit_type_type`` against a callable: a ``type[X]`` implements a method
    whose return type ``X`` fits; the constructor's parameters are not checked. It
    implements no overloaded method."""
    if len(expected) != 1:
        return [f"is `{fmt(ann)}`, a class, which implements no overloaded method"]
    (right,) = expected
    returns = right.effective_returns
    return [
        f"is `{fmt(ann)}`: calling it makes `{fmt(item)}`, expected `{fmt(returns)}`"
        for item in classes
        if not _is_any(item) and not is_subtype(item, returns, ctx)
    ]


def _union_items(ann: object) -> tuple[object, ...]:
    """The items of a union, ``NoneType`` written ``None`` as views hold it
    (``(ann,)`` for anything else)."""
    items = union_items(ann)
    if len(items) == 1:
        return items
    return tuple(None if item is type(None) else item for item in items)


def _callable_expected(ann: object) -> bool:
    """The expected data type is something a function can be (a Callable or callback protocol)."""
    if get_origin(ann) is collections_abc_callable():
        return True
    proto = ann if is_protocol_class(ann) else get_origin(ann)
    if is_protocol_class(proto):
        names = {m.name for m in protocol_members(typing.cast("type", proto), Context())}
        return names == {"__call__"}
    return False


# How a problem names a member made by decorating a ``def`` (``_objects.DECORATED_DEF``).
_DECORATED_DEF_TEXT = "made by a decorator on a `def`, which mypy reads as a method"


def compare_member(
    member: ProtoMember,
    expected: View,
    found: Found,
    ctx: Context,
    *,
    class_obj: bool,
) -> list[str]:
    """mypy's per-member rules of ``is_protocol_implementation``: empty when compatible.

    A missing member (``find_member`` gave ``None``) is the caller's to report.
    """
    name = member.name
    problems: list[str] = []
    check_names = name == "__call__"
    problems.extend(type_problems(found.view, expected, ctx, check_names=check_names))
    if found.is_none and member.is_callable and not problems:
        problems.append("is None, which cannot implement a method")
    if member.settable:
        # Settable members are invariant: the protocol may assign its type.
        super_type = expected.ann if expected.setter_ann is MISSING else expected.setter_ann
        sub_type = found.view.ann if found.view.setter_ann is MISSING else found.view.setter_ann
        if (
            found.settable
            and found.view.sigs is None
            and sub_type is not MISSING
            and super_type is not MISSING
            and not found.view.unknown
            and not is_subtype(super_type, sub_type, ctx)
        ):
            problems.append(
                f"is settable in the protocol, so its type must be exactly "
                f"`{fmt(super_type)}`, found `{fmt(sub_type)}`"
            )
        if found.settable and found.view.sigs is not None and super_type is not MISSING:
            # A settable callable (a module's function): the protocol's type must fit back.
            expected_sigs = sigs_of_type(super_type, ctx)
            # mypy checks this direction without ignoring positional names.
            if expected_sigs is not None and _overload_problems(
                expected_sigs, found.view.sigs, ctx, check_names=True
            ):
                problems.append(
                    f"is settable in the protocol, so its type must be exactly "
                    f"`{fmt(super_type)}`, found `{found.view.text}`"
                )
        if not found.settable:
            if found.kind_text == DECORATED_DEF:
                what = _DECORATED_DEF_TEXT
            elif found.view.sigs is not None:
                what = "a method"
            else:
                what = f"a read-only {found.kind_text}"
            problems.append(f"is settable in the protocol, but is {what}")
    if not class_obj:
        if not member.settable:
            if member.classvar and not found.classvar:
                problems.append("is a ClassVar in the protocol, but not here")
        elif found.classvar != member.classvar:
            if member.classvar:
                problems.append("is a ClassVar in the protocol, but not here")
            else:
                problems.append("is an instance variable in the protocol, but a ClassVar here")
    else:
        if member.kind in (MemberKind.ATTRIBUTE, MemberKind.PROPERTY) and not found.classvar:
            what = (
                _DECORATED_DEF_TEXT if found.kind_text == DECORATED_DEF else "an instance variable"
            )
            problems.append(f"is {what}; only class variables can be read from a class object")
        if member.classvar:
            problems.append("is a ClassVar in the protocol, which a class object cannot provide")
    if (
        member.kind in (MemberKind.CLASSMETHOD, MemberKind.STATICMETHOD)
        and not member.overloaded
        and not found.class_or_static
    ):
        if found.kind_text in ("class method", "static method"):
            # An overloaded one (see _objects._static_or_class_method).
            problems.append(
                f"is a {member.kind.value} in the protocol; an overloaded {found.kind_text} "
                f"does not count as one for mypy"
            )
        else:
            problems.append(f"is a {member.kind.value} in the protocol, but not here")
    return problems


def assumption_key(cls: object, protocol_annotation: object) -> tuple[object, object]:
    """The key of "instances of ``cls`` conform to the protocol" in ``Context.assuming``.

    A plain class counts by identity (its metaclass may define ``__hash__``);
    a parameterised generic by value; anything unhashable by identity.
    """
    subject: object = id(cls) if isinstance(cls, type) and get_origin(cls) is None else cls
    key = (subject, protocol_annotation)
    try:
        hash(key)
    except TypeError:
        return (id(cls), id(protocol_annotation))
    return key


def instances_conform(cls: object, protocol_annotation: object, ctx: Context) -> bool:
    """Do instances of ``cls`` (a class, or a parameterised generic) conform to the protocol?

    Used by :func:`_types.is_subtype` when its right side is a protocol.
    While a pair is being checked it is assumed to conform, which is how
    recursive protocols terminate (as in mypy).
    """
    key = assumption_key(cls, protocol_annotation)
    if key in ctx.assuming:
        return True
    try:
        target = parse_target(protocol_annotation)
    except TypeError:
        return True
    origin = get_origin(cls)
    if isinstance(cls, type) and origin is None:  # 3.10: list[int] passes isinstance(.., type)
        klass, args = cls, None
    elif isinstance(origin, type):
        klass, args = origin, tuple(get_args(cls))
    else:
        ctx.note(f"cannot check `{fmt(cls)}` against `{fmt(protocol_annotation)}`; accepted")
        return True
    if is_protocol_class(klass) and klass is target.protocol and args == target.args:
        return True
    nominal = nominal_verdict(klass, args, target, ctx)
    if nominal is not None:
        return nominal
    child = ctx.child()
    ctx.assuming.add(key)
    try:
        subject = Subject("instance", klass, args=args, self_type=cls)
        return not member_problems(subject, target, child, first_only=True)
    finally:
        ctx.assuming.discard(key)


def quick_match(member: ProtoMember, cls: type, ctx: Context) -> bool:
    """Instances of ``cls`` provide ``member`` exactly as the protocol declares it.

    A method defined in the class with the very signature the protocol
    writes is compatible whatever the types mean, so nothing is evaluated
    (see :mod:`._declared_alike`). ``False`` means "compare in full".
    """
    if member.kind not in (MemberKind.METHOD, MemberKind.CLASSMETHOD, MemberKind.STATICMETHOD):
        return False
    hit = lookup_class(cls, member.name)
    if hit is None or method_kind(hit[1]) != method_kind(member.raw):
        return False
    if declared_in_mro(cls, member.name, ctx) is not None:
        return False
    if plain_def_written(hit[0], member.name, hit[1]) is not None:
        return False  # replaced after the class body ran: mypy reads the def as written
    return same_declaration(underlying_function(member.raw), underlying_function(hit[1]))


def missing_member(member: ProtoMember, expected: View | None = None) -> Problem:
    """The problem of a protocol member the subject does not have."""
    return Problem(
        member.name,
        f"missing {member.kind.value} `{member.name}`",
        expected.text if expected is not None else None,
        code=ProblemCode.MISSING_MEMBER,
    )


def member_report(
    member: ProtoMember, expected: View, found: Found | None, ctx: Context, *, class_obj: bool
) -> list[Problem]:
    """The problems of one member: missing, or not as the protocol declares it."""
    if found is None:
        return [missing_member(member, expected)]
    return [
        Problem(
            member.name,
            f"{found.kind_text} `{member.name}` {message}",
            expected.text,
            found.view.text,
            ProblemCode.INCOMPATIBLE_MEMBER,
        )
        for message in compare_member(member, expected, found, ctx, class_obj=class_obj)
    ]


def member_problems(
    subject: Subject,
    target: Any,
    ctx: Context,
    *,
    first_only: bool = False,
    skip: Iterable[str] = (),
) -> list[Problem]:
    """Every problem of ``subject`` against the protocol of ``target``."""
    protocol_side = Subject(
        "instance", target.protocol, args=target.args, self_type=subject.self_type
    )
    problems: list[Problem] = []
    members = protocol_members(target.protocol, ctx)
    skipped = set(skip)
    if subject.kind == "instance" and is_protocol_class(subject.cls):
        # mypy's shortcut for protocol subjects: every member must be declared.
        own = {m.name for m in protocol_members(subject.cls, ctx)}
        for member in members:
            if member.name not in own and member.name not in skipped:
                problems.append(missing_member(member))
                if first_only:
                    return problems
    for member in members:
        if member.name in skipped:
            continue
        expected = expected_view(member, protocol_side, ctx)
        found = find_member(subject, member.name, ctx)
        problems += member_report(member, expected, found, ctx, class_obj=subject.kind == "class")
        if problems and first_only:
            return problems
    return problems


def iter_member_names(protocol: type, ctx: Context) -> Iterator[str]:
    """The names of ``protocol``'s members."""
    for member in protocol_members(protocol, ctx):
        yield member.name
