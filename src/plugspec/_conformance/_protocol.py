"""The members of a protocol, as mypy collects them, and what each one expects."""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, get_args, get_origin
from weakref import ref

import typing_extensions

from ._cache import IdentityCache
from ._context import Context
from ._dict_lookup import (
    MISSING,
    SELF_FORMS,
    Subject,
    View,
    class_dict_of,
    is_a,
    is_any,
    method_kind,
    mro_of,
    own_annotations,
    read_hints,
    static_attributes,
    type_of,
    underlying_function,
    value_type_of,
)
from ._functions import (
    bound_callable_type,
    descriptor_return,
    function_sigs,
    has_overloads,
    is_overload_placeholder,
    is_trivial,
    overload_key,
    overloads_kind,
    sigs_text,
)
from ._hints import unwrap_qualifiers
from ._raw import NOT_MEMBERS, raw_annotations
from ._signatures import read_signature
from ._substitute import substitute
from ._target import class_bindings, is_protocol_class, mirror_of, type_params
from ._types import format_type, is_subtype

__all__ = [
    "MemberKind",
    "ProtoMember",
    "abstract_members",
    "expected_view",
    "nominal_verdict",
    "protocol_members",
    "setter_type",
]


class MemberKind(enum.Enum):
    """What a protocol declares a member as."""

    METHOD = "method"
    CLASSMETHOD = "class method"
    STATICMETHOD = "static method"
    PROPERTY = "property"
    ATTRIBUTE = "attribute"
    CLASS = "nested class"


@dataclass(frozen=True)
class ProtoMember:
    """One member of a protocol, as declared in ``owner``'s body.

    ``overloaded`` marks a method declared with ``@overload``: mypy's member
    flags do not see an overloaded class or static method as one
    (``subtypes.get_member_flags``), so it asks for none.
    """

    name: str
    # Weak: members are kept under their protocol (``_PROTOCOLS``), which
    # would otherwise keep itself, and every verdict on it, alive.
    owner_ref: ref[type]
    kind: MemberKind
    raw: object
    annotation: object
    settable: bool
    classvar: bool
    overloaded: bool = False

    @property
    def owner(self) -> type:
        """The protocol class whose body declares the member (alive while it is checked)."""
        owner = self.owner_ref()
        if owner is None:
            raise ReferenceError(f"the protocol that declared {self.name!r} is gone")
        return owner

    @property
    def is_callable(self) -> bool:
        return self.kind in (MemberKind.METHOD, MemberKind.CLASSMETHOD, MemberKind.STATICMETHOD)


# Members name their owner weakly (see ``ProtoMember``): a protocol goes when unused.
_PROTOCOLS: IdentityCache[type, tuple[tuple[ProtoMember, ...], tuple[str, ...]]] = IdentityCache()


def protocol_members(protocol: type, ctx: Context) -> tuple[ProtoMember, ...]:
    """Every member of ``protocol`` and its protocol bases (cached per class)."""
    cached = _PROTOCOLS.get(protocol)
    if cached is not None:
        for text in cached[1]:
            ctx.note(text)
        return cached[0]
    local = Context()
    members = _collect_members(protocol, local)
    for text in local.notes:
        ctx.note(text)
    _PROTOCOLS.set(protocol, (members, tuple(local.notes)))
    return members


def _collect_members(protocol: type, ctx: Context) -> tuple[ProtoMember, ...]:
    seen: dict[str, ProtoMember] = {}
    classes: list[type] = []
    for klass in mro_of(protocol):
        mirror = mirror_of(klass)
        if mirror is not None:  # a standard protocol base (collections.abc.Sized...)
            classes.extend(k for k in mro_of(mirror) if k not in classes)
        elif klass not in classes:
            classes.append(klass)
    for klass in classes:
        if klass is object or not is_protocol_class(klass):
            continue
        namespace = class_dict_of(klass)
        annotations = own_annotations(klass, ctx)
        for name in list(namespace) + [n for n in annotations if n not in namespace]:
            if name in seen or name in NOT_MEMBERS or name.startswith("_abc_"):
                continue
            member = _declare(name, klass, namespace, annotations)
            if member is not None:
                seen[name] = member
    return tuple(sorted(seen.values(), key=lambda m: m.name))


_METHOD_KINDS = {
    "": MemberKind.METHOD,
    "classmethod": MemberKind.CLASSMETHOD,
    "staticmethod": MemberKind.STATICMETHOD,
}


def _declare(
    name: str, owner: type, namespace: Mapping[str, object], annotations: Mapping[str, object]
) -> ProtoMember | None:
    value = namespace.get(name, MISSING)
    if name == "__hash__" and value is None and name not in annotations:
        return None  # set implicitly next to __eq__
    if is_any(value, (typing.TypeVar, typing_extensions.TypeVar)):
        return None
    declared, qualifiers = (
        unwrap_qualifiers(annotations[name]) if name in annotations else (Any, frozenset[str]())
    )
    if name not in annotations:
        where = overload_key(owner, name)
        # Only overloads declared: the class holds typing's placeholder, a plain function.
        kind = method_kind(value) or overloads_kind(value, where)
        if kind or is_a(value, types.FunctionType):
            overloads = has_overloads(underlying_function(value), where)
            return ProtoMember(
                name, ref(owner), _METHOD_KINDS[kind], value, Any, False, False, overloads
            )
        if is_a(value, property):
            settable = value.fset is not None
            return ProtoMember(name, ref(owner), MemberKind.PROPERTY, value, Any, settable, False)
        if is_a(value, type):
            class_type = type_of(value)
            return ProtoMember(name, ref(owner), MemberKind.CLASS, value, class_type, False, False)
        if is_any(value, (types.ModuleType,)) or get_origin(value) is not None:
            return None  # an alias or an import, not a member
        declared = value_type_of(value)
    classvar = "ClassVar" in qualifiers
    if (classvar or name not in annotations) and is_any(declared, (type,)):
        # A class variable holding a descriptor is read through its __get__, and
        # mypy drops the ClassVar flag for it (subtypes.get_member_flags).
        held = typing.cast("type", declared)
        got = descriptor_return(held, owner, type_of(owner), Context())
        if got is not MISSING:
            declared, classvar = got, False
    return ProtoMember(
        name,
        ref(owner),
        MemberKind.ATTRIBUTE,
        value,
        declared,
        settable="Final" not in qualifiers,
        classvar=classvar,
    )


class _SelfPlaceholder:
    """Stands for the self type while a protocol member's view is cached."""


# Per protocol class: (id of the member's owner, name, type arguments) -> view.
_VIEWS: IdentityCache[type, dict[tuple[object, ...], tuple[View, bool, tuple[str, ...]]]] = (
    IdentityCache()
)


def expected_view(member: ProtoMember, target_bindings: Subject, ctx: Context) -> View:
    """The protocol member's type, with the protocol's type arguments and ``Self`` bound.

    ``target_bindings`` carries the protocol class with its arguments and
    the self type (the type of the object under check). Views are computed
    once per protocol member and type arguments, with a placeholder for the
    self type that is replaced only when the member mentions it.
    """
    # The protocol under check is part of the key: how the owner's parameters
    # are bound depends on it (``class P(Iterable[int], Protocol)``).
    key = (id(member.owner), member.name, target_bindings.args)
    views = _VIEWS.get(target_bindings.cls)
    if views is None:
        views = _VIEWS.set(target_bindings.cls, {})
    try:
        cached = views.get(key)
    except TypeError:  # unhashable type arguments: no caching
        return _compute_view(member, target_bindings, ctx)
    if cached is None:
        local = Context()
        placeholder = Subject(
            "instance",
            target_bindings.cls,
            args=target_bindings.args,
            self_type=_SelfPlaceholder,
        )
        view = _compute_view(member, placeholder, local)
        cached = (view, _mentions(view, _SelfPlaceholder), tuple(local.notes))
        views[key] = cached
    view, uses_self, notes = cached
    for text in notes:
        ctx.note(text)
    if uses_self:
        return _rebind(view, {_SelfPlaceholder: target_bindings.self_type})
    return view


def _mentions(view: View, needle: object) -> bool:
    annotations: list[object] = [view.ann, view.setter_ann]
    for sig in view.sigs or ():
        annotations.append(sig.returns)
        annotations.extend(p.annotation for p in sig.params)
    return any(_contains(a, needle, 0) for a in annotations)


def _contains(annotation: object, needle: object, depth: int) -> bool:
    if annotation is needle:
        return True
    if depth > 16:
        return False
    if isinstance(annotation, (list, tuple)):
        items = typing.cast("Sequence[object]", annotation)
        return any(_contains(item, needle, depth + 1) for item in items)
    try:
        args = get_args(annotation)
    except Exception:
        return False
    return any(_contains(arg, needle, depth + 1) for arg in args)


def _rebind(view: View, mapping: dict[object, object]) -> View:
    sigs = view.sigs
    if sigs is not None:
        sigs = tuple(
            replace(
                sig,
                params=tuple(
                    replace(p, annotation=substitute(p.annotation, mapping)) for p in sig.params
                ),
                returns=substitute(sig.returns, mapping),
            )
            for sig in sigs
        )
    ann = view.ann if view.ann is MISSING else substitute(view.ann, mapping)
    setter_ann = view.setter_ann
    if setter_ann is not MISSING:
        setter_ann = substitute(setter_ann, mapping)
    original = view.render

    def render() -> str:
        if sigs is not None and view.sigs is not None and view.ann is MISSING:
            return sigs_text(sigs)
        return original().replace(_SelfPlaceholder.__name__, format_type(mapping[_SelfPlaceholder]))

    return replace(view, ann=ann, sigs=sigs, setter_ann=setter_ann, render=render)


def _compute_view(member: ProtoMember, target_bindings: Subject, ctx: Context) -> View:
    mapping = dict(target_bindings.bindings(member.owner))
    self_type = target_bindings.self_type
    raw = member.raw
    if member.kind in (MemberKind.METHOD, MemberKind.CLASSMETHOD, MemberKind.STATICMETHOD):
        func = underlying_function(raw)
        sigs = function_sigs(
            func,
            ctx,
            name=member.name,
            mapping=mapping,
            self_type=self_type,
            bind=member.kind is not MemberKind.STATICMETHOD,
            where=overload_key(member.owner, member.name),
        )
        return View(ann=MISSING, sigs=sigs, render=lambda: sigs_text(sigs))
    full = {**mapping, **dict.fromkeys(SELF_FORMS, self_type)}
    if member.kind is MemberKind.PROPERTY:
        assert isinstance(raw, property)
        if is_a(raw.fget, types.FunctionType):
            # Bound like a method: a type variable on ``self`` is the self type.
            getter_sigs = function_sigs(
                raw.fget, ctx, name=member.name, mapping=mapping, self_type=self_type, bind=True
            )
            ann = getter_sigs[0].returns
        else:
            getter = read_hints(raw.fget, ctx) if raw.fget is not None else {}
            ann = substitute(getter.get("return", Any), full)
        setter_ann: object = MISSING
        if raw.fset is not None:
            setter_ann = setter_type(raw.fset, ctx)
            if setter_ann is not MISSING:
                setter_ann = substitute(setter_ann, full)
        prefix = "settable property" if member.settable else "property"
        return View(
            ann=ann,
            render=lambda: f"{prefix} {member.name}: {format_type(ann)}",
            setter_ann=setter_ann,
        )
    written = substitute(member.annotation, full)
    # Read through an instance, a class variable of a callable type is bound like a method.
    ann = bound_callable_type(written) if member.classvar else written

    def render() -> str:
        if member.classvar:
            return f"{member.name}: ClassVar[{format_type(written)}]"
        if not member.settable and member.kind is MemberKind.ATTRIBUTE:
            return f"{member.name}: Final[{format_type(written)}]"
        return f"{member.name}: {format_type(written)}"

    return View(ann=ann, render=render)


def setter_type(fset: object, ctx: Context) -> object:
    """The value type a property setter declares (``MISSING`` when unannotated)."""
    try:
        params = list(read_signature(fset).parameters)  # type: ignore[arg-type]
    except Exception:
        return MISSING
    hints = read_hints(fset, ctx)
    if len(params) >= 2 and params[1] in hints:
        return hints[params[1]]
    return MISSING


def _abstract_definition(value: object, owner: type, name: str) -> bool:
    """mypy's abstract status of a protocol's own definition of ``name``.

    A function or property getter with a trivial body is implicitly abstract,
    and so are overloads without an implementation; with one, the overload is
    as abstract as its first variant, which mypy never marks implicitly.
    """
    if bool(getattr(value, "__isabstractmethod__", False)):
        return True
    value = underlying_function(value)
    if is_a(value, property):
        return value.fget is None or is_trivial(value.fget)
    if is_overload_placeholder(value):
        return True
    if is_a(value, types.FunctionType):
        return is_trivial(value) and not has_overloads(value, overload_key(owner, name))
    return False


def abstract_members(cls: type) -> list[str]:
    """Members that keep ``cls`` abstract for mypy (so it cannot be instantiated).

    Protocol members with trivial bodies or only an annotation, and
    ``@abstractmethod`` ones, that nothing later in the MRO defines.
    """
    names: set[str] = set()
    abstract = class_dict_of(cls).get("__abstractmethods__")
    if isinstance(abstract, frozenset):
        names.update(str(n) for n in typing.cast("frozenset[object]", abstract))
    mro = mro_of(cls)
    candidates: set[str] = set()
    for klass in mro:
        if is_protocol_class(klass):
            space = class_dict_of(klass)
            candidates.update(n for n in space if n not in NOT_MEMBERS)
            candidates.update(str(n) for n in raw_annotations(klass))
    if not candidates:
        return sorted(names)
    assigned = static_attributes(cls)
    for name in candidates:
        for klass in mro:
            space = class_dict_of(klass)
            declared = name in raw_annotations(klass)
            if name in space:
                if is_protocol_class(klass) and _abstract_definition(space[name], klass, name):
                    names.add(name)
                break
            if declared:
                if is_protocol_class(klass) and name not in assigned:
                    names.add(name)
                break
    return sorted(names)


def nominal_verdict(
    cls: type, args: tuple[object, ...] | None, target: Any, ctx: Context
) -> bool | None:
    """For an explicit subclass of the protocol, mypy's nominal verdict (else ``None``)."""
    if target.protocol not in mro_of(cls) or is_protocol_class(cls):
        return None
    if target.args is None:
        return True
    have = class_bindings(cls, args).get(target.protocol, {})
    params = type_params(target.protocol)
    for param, wanted in zip(params, target.args, strict=False):
        actual = have.get(param, Any)
        if getattr(param, "__covariant__", False):
            ok = is_subtype(actual, wanted, ctx)
        elif getattr(param, "__contravariant__", False):
            ok = is_subtype(wanted, actual, ctx)
        else:
            ok = is_subtype(actual, wanted, ctx) and is_subtype(wanted, actual, ctx)
        if not ok:
            return False
    return True
