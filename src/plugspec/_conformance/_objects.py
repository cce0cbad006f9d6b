"""What an object offers for a protocol member, with mypy's member flags.

mypy's ``find_member`` and ``get_member_flags`` (mypy/subtypes.py), for
instances, class objects, modules and functions, by static lookup only.
"""

from __future__ import annotations

import functools
import sys
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ._context import Context
from ._dict_lookup import (
    MISSING,
    SELF_FORMS,
    Declaration,
    Subject,
    View,
    assigned_first,
    assigned_owner,
    class_dict_of,
    declaration_of,
    decorated_def,
    generic_args_of,
    inferred_type,
    instance_dict,
    is_a,
    is_any,
    lookup_class,
    method_kind,
    plain_def_written,
    read_hints,
    read_only_field,
    removed_def_written,
    static_attributes,
    type_of,
    underlying_function,
    value_type_in_context,
    value_type_of,
)
from ._functions import (
    bound_callable_type,
    constructor_sigs,
    descriptor_return,
    function_sigs,
    has_overloads,
    lambda_returns,
    overload_key,
    overloads_kind,
    raw_sig,
    sigs_text,
    written_function,
)
from ._hints import bare_qualifier, compile_annotation, unwrap_qualifiers
from ._protocol import setter_type
from ._raw import RUNTIME_DESCRIPTORS, raw_annotations
from ._signatures import ANY_ARGS, Sig
from ._source import final_constant, type_checking_names
from ._substitute import substitute
from ._types import format_type
from ._typeshed import C_ATTRIBUTES, FUNCTION_ATTRIBUTES, MODULE_VARIABLES, builtin_stubs

__all__ = ["DECORATED_DEF", "Found", "find_member"]

# The kind of a member made by decorating a ``def`` with something other than
# property, classmethod or staticmethod (see ``_as_decorated``).
DECORATED_DEF = "decorated def"


@dataclass(frozen=True)
class Found:
    """What the object offers for one member, with mypy's member flags."""

    view: View
    is_var: bool = False
    settable: bool = False
    classvar: bool = False
    class_or_static: bool = False
    is_none: bool = False
    from_instance: bool = False
    kind_text: str = "attribute"


_BUILTIN_CALLABLES = (
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
    types.MethodDescriptorType,
    types.WrapperDescriptorType,
    types.MethodWrapperType,
    types.ClassMethodDescriptorType,
)


def find_member(subject: Subject, name: str, ctx: Context) -> Found | None:
    """What ``subject`` offers as member ``name``, or ``None`` when it has none."""
    if subject.kind == "module":
        return _module_member(subject, name, ctx)
    if subject.kind == "function":
        return _function_member(subject, name, ctx)
    if subject.kind == "class":
        return _class_object_member(subject, name, ctx)
    return _instance_member(subject, name, ctx)


def _data(
    ann: object,
    name: str,
    *,
    settable: bool = True,
    classvar: bool = False,
    is_none: bool = False,
    from_instance: bool = False,
    setter_ann: object = MISSING,
    kind_text: str = "attribute",
    unknown: bool = False,
    shown: object = MISSING,
) -> Found:
    """A variable of type ``ann`` (``shown`` is the type as declared, when it differs)."""
    written = ann if shown is MISSING else shown

    def render() -> str:
        if classvar:
            return f"{name}: ClassVar[{format_type(written)}]"
        if not settable and kind_text == "attribute":
            return f"{name}: Final[{format_type(written)}]"
        text = f"{name}: {format_type(written)}"
        return text if kind_text == "attribute" else f"{kind_text} {text}"

    return Found(
        View(ann=ann, render=render, setter_ann=setter_ann, unknown=unknown),
        is_var=True,
        settable=settable,
        classvar=classvar,
        is_none=is_none,
        from_instance=from_instance,
        kind_text=kind_text,
    )


def _subject_sigs(
    func: object,
    name: str,
    subject: Subject,
    owner: type,
    ctx: Context,
    *,
    bind: bool,
    explicit_self: bool = False,
    where: tuple[str, str] | None = None,
) -> tuple[Sig, ...]:
    """``func``'s signatures with the subject's type arguments and ``Self`` filled in."""
    return function_sigs(
        func,
        ctx,
        name=name,
        mapping=subject.bindings(owner),
        self_type=subject.self_type,
        bind=bind,
        explicit_self=explicit_self,
        where=where,
    )


def _method(
    func: object,
    name: str,
    subject: Subject,
    owner: type,
    ctx: Context,
    *,
    bind: bool,
    explicit_self: bool = False,
    class_or_static: bool = False,
    kind_text: str = "method",
) -> Found:
    sigs = _subject_sigs(
        func,
        name,
        subject,
        owner,
        ctx,
        bind=bind,
        explicit_self=explicit_self,
        where=overload_key(owner, name),
    )
    return Found(
        View(ann=MISSING, sigs=sigs, render=lambda: sigs_text(sigs)),
        class_or_static=class_or_static,
        kind_text=kind_text,
    )


def _declared_first(declared: Declaration | None, hit: tuple[type, object] | None) -> bool:
    """The annotation comes before the value's class in the MRO: it types the member,
    whatever the later class holds (a method, a property, another value)."""
    return (
        declared is not None
        and declared.before_value
        and (hit is None or declared.owner is not hit[0])
    )


def _declared_type(subject: Subject, declared: Declaration) -> tuple[object, frozenset[str]]:
    """The declared annotation with the subject's type arguments, and its qualifiers."""
    return unwrap_qualifiers(substitute(declared.annotation, subject.bindings(declared.owner)))


def _instance_member(subject: Subject, name: str, ctx: Context) -> Found | None:
    cls = subject.cls
    hit = lookup_class(cls, name)
    declared = declaration_of(cls, name, hit, ctx)
    if hit is None and declared is None:
        hit = _removed_def(cls, name)
    if not assigned_first(cls, name, hit, declared):
        found = _class_member_for_instance(subject, name, hit, declared, ctx)
        if found is not None:
            return found
    assigned = static_attributes(cls)
    if assigned.get(name) is not None:
        # `self.x: T = ...` (or a literal) in a method: the type mypy reads there.
        if subject.obj is not None and name not in instance_dict(subject.obj):
            ctx.note(
                f"`{name}` is assigned in a method of `{cls.__qualname__}` that has not run "
                "on this instance; its type was read from the source"
            )
        # Read where it is written: that class's module, and its type arguments.
        owner = assigned_owner(cls, name) or cls
        ann, qualifiers = _assigned_type(owner, assigned[name], ctx)
        ann = substitute(ann, subject.bindings(owner))
        return _data(ann, name, settable="Final" not in qualifiers, from_instance=True)
    if subject.obj is not None:
        space = instance_dict(subject.obj)
        if name in space:
            return _instance_value(space[name], name, ctx)
    if name in assigned:
        if subject.obj is not None:
            ctx.note(
                f"`{name}` is assigned in a method of `{cls.__qualname__}` that has not run "
                "on this instance; its type is unknown and taken as Any"
            )
        return _data(Any, name, from_instance=True, unknown=True)
    return _getattr_fallback(subject, name, ctx)


def _class_member_for_instance(
    subject: Subject,
    name: str,
    hit: tuple[type, object] | None,
    declared: Declaration | None,
    ctx: Context,
) -> Found | None:
    """What a class body (the value ``hit``, the annotation ``declared``) gives an instance."""
    if hit is not None and not _declared_first(declared, hit):
        owner, value = hit
        found = _class_value_for_instance(subject, name, owner, value, declared, ctx)
        if found is not None:
            return found
    if declared is None:
        return None
    ann, qualifiers = _declared_type(subject, declared)
    ann = substitute(ann, dict.fromkeys(SELF_FORMS, subject.self_type))
    settable = "Final" not in qualifiers and not read_only_field(subject.cls, name)
    getter = _typed_descriptor_get(ann, ctx, instance=subject.self_type, owner=subject.cls)
    if getter is not MISSING:  # an attribute annotated with a descriptor class
        return _data(getter, name, settable=settable)
    # A class variable of a callable type is bound like a method (see bound_callable_type).
    classvar = "ClassVar" in qualifiers
    return _data(
        bound_callable_type(ann) if classvar else ann,
        name,
        settable=settable,
        classvar=classvar,
        shown=ann,
    )


def _assigned_type(
    cls: type, annotation: str | type | None, ctx: Context
) -> tuple[object, frozenset[str]]:
    """The type of ``self.x = ...`` in a method (its annotation, a literal's type, or Any),
    with the annotation's qualifiers (``Final``)."""
    if annotation is None:
        return Any, frozenset()
    if isinstance(annotation, type):
        return annotation, frozenset()
    module = sys.modules.get(getattr(cls, "__module__", "") or "")
    space: dict[str, Any] = dict(vars(module)) if module is not None else {}
    # The module's own names, over those its ``if TYPE_CHECKING:`` block imports.
    namespace: dict[str, Any] = {**type_checking_names(space), **space}
    try:
        value = eval(compile_annotation(annotation), namespace, dict(class_dict_of(cls)))
    except Exception:
        ctx.note(f"annotation `{annotation}` of an attribute of `{cls.__name__}` is unresolvable")
        return Any, frozenset()
    return unwrap_qualifiers(value)


def _class_value(value: type, name: str, ctx: Context, *, from_instance: bool = False) -> Found:
    """A class stored without a declared type: mypy infers its constructor's callable type."""
    found = _data(type_of(value), name, from_instance=from_instance)
    sigs = constructor_sigs(value, ctx)
    return replace(found, view=replace(found.view, sigs=sigs))


def _instance_value(value: object, name: str, ctx: Context) -> Found:
    """An attribute found in the instance ``__dict__`` (a plain, settable variable)."""
    if is_a(value, types.FunctionType):
        sigs = function_sigs(value, ctx, name=name, mapping={}, self_type=Any, bind=False)
        if value.__name__ == "<lambda>" and not sigs[0].returns_annotated:
            sigs = (replace(sigs[0], returns=lambda_returns(value)),)
        return Found(
            View(ann=MISSING, sigs=sigs, render=lambda: f"{name}: {sigs_text(sigs)}"),
            is_var=True,
            settable=True,
            from_instance=True,
        )
    if is_a(value, type):
        return _class_value(value, name, ctx, from_instance=True)
    return _data(value_type_of(value), name, is_none=value is None, from_instance=True)


def _bound_return(func: object, name: str, subject: Subject, owner: type, ctx: Context) -> object:
    """What ``func`` returns when called on the subject (a getter-like method of ``owner``)."""
    return _subject_sigs(func, name, subject, owner, ctx, bind=True)[0].returns


def _getattr_fallback(subject: Subject, name: str, ctx: Context) -> Found | None:
    """mypy gives a class with ``__getattr__`` every attribute, typed as what it returns."""
    if name in ("__getattr__", "__getattribute__", "__setattr__"):
        return None
    for hook in ("__getattribute__", "__getattr__"):
        hit = lookup_class(subject.cls, hook)
        if hit is None or not is_a(hit[1], types.FunctionType):
            continue  # object's (and builtin types') own hooks do not count
        owner, value = hit
        # mypy 2.x takes such attributes as settable, __setattr__ or not.
        return _data(_bound_return(value, hook, subject, owner, ctx), name)
    return None


def _static_or_class_method(
    value: object, kind: str, name: str, subject: Subject, owner: type, ctx: Context
) -> Found:
    """A ``staticmethod`` or ``classmethod`` (the same through an instance or the class).

    ``kind`` says which (``value`` may be typing's placeholder for overloads of
    either). mypy's member flags see an overloaded one as a plain method
    (``subtypes.get_member_flags``): it does not count as a class or static method.
    """
    is_static = kind == "staticmethod"
    func = underlying_function(value)
    where = overload_key(owner, name)
    found = _method(
        func,
        name,
        subject,
        owner,
        ctx,
        bind=not is_static,
        class_or_static=True,
        kind_text="static method" if is_static else "class method",
    )
    if has_overloads(func, where):
        return replace(found, class_or_static=False)
    return found


# Methods the runtime makes class or static methods of itself, as mypy does.
_IMPLICIT_KIND = frozenset({"__new__", "__init_subclass__", "__class_getitem__"})


def _as_written(owner: type, name: str, value: object) -> object:
    """``value``, or the ``def`` written for ``name`` in ``owner``'s body without a
    decorator when a metaclass or ``__init_subclass__`` replaced it (pygments'
    ``LexerMeta`` makes ``analyse_text`` a staticmethod): mypy reads the class
    body as written, so the ``def`` is a plain method."""
    if name in _IMPLICIT_KIND:
        return value
    node = plain_def_written(owner, name, value)
    if node is None:
        return value
    written = written_function(node, owner, name)
    return value if written is None else written


def _removed_def(cls: type, name: str) -> tuple[type, object] | None:
    """A ``def`` written in a class body of ``cls``'s MRO and removed from the class
    after (``delattr``), as the class and a stand-in for it: mypy reads the body as
    written, so the method is there."""
    removed = removed_def_written(cls, name)
    if removed is None:
        return None
    owner, node = removed
    written = written_function(node, owner, name)
    return None if written is None else (owner, written)


def _member_kind(value: object, owner: type, name: str) -> str:
    """``"classmethod"``, ``"staticmethod"`` (also for overloads declared without an
    implementation) or ``""``."""
    return method_kind(value) or overloads_kind(value, overload_key(owner, name))


def _class_value_for_instance(
    subject: Subject,
    name: str,
    owner: type,
    value: object,
    declared: Declaration | None,
    ctx: Context,
) -> Found | None:
    declared_in_c = C_ATTRIBUTES.get(owner, {}).get(name)
    if declared_in_c is not None and is_any(value, RUNTIME_DESCRIPTORS):
        # A C descriptor of ``type`` (a class object's fallback) or of a function (a
        # callable's): typeshed declares it.
        ann, settable = declared_in_c
        return _data(ann, name, settable=settable)
    value = _as_written(owner, name, value)
    kind = _member_kind(value, owner, name)
    if kind:
        return _static_or_class_method(value, kind, name, subject, owner, ctx)
    if is_a(value, types.FunctionType) and (declared is None or declared.owner is not owner):
        return _method(value, name, subject, owner, ctx, bind=True)
    if is_a(value, property) or is_a(value, types.DynamicClassAttribute):
        return _property(value, name, subject, owner, ctx)
    if is_a(value, functools.cached_property):
        returns = _bound_return(value.func, name, subject, owner, ctx)
        # mypy reads functools.cached_property as a read-only property.
        return _data(returns, name, settable=False, kind_text="cached property")
    if is_any(value, _BUILTIN_CALLABLES) and (declared is None or declared.owner is not owner):
        # Like a function, a builtin function assigned in the class body is bound: mypy
        # binds a class variable of an inferred callable type (checkmember.analyze_var).
        # A bound builtin method (``[].count``) or method-wrapper is bound already.
        bind = not is_a(value, types.MethodWrapperType) and not _bound_builtin(value)

        stubs = builtin_stubs(value)
        if stubs and bind:
            # typeshed's signatures, with the container's element types bound.
            sigs = tuple(
                sig
                for stub in stubs
                for sig in _subject_sigs(stub, name, subject, owner, ctx, bind=True)
            )
            return Found(
                View(ann=MISSING, sigs=sigs, render=lambda: sigs_text(sigs)), kind_text="method"
            )
        sig = raw_sig(value, ctx, name)
        if bind:
            sig = sig.bind()
        return Found(
            View(ann=MISSING, sigs=(sig,), render=lambda: sig.text(format_type)),
            kind_text="method",
        )
    if declared is not None:
        ann, qualifiers = _declared_type(subject, declared)
        ann = substitute(ann, dict.fromkeys(SELF_FORMS, subject.self_type))
        assigned: object = MISSING
        getter: object = MISSING
        if not declared.before_value:
            # Assigned without annotation under a base's: typed by the value in that context.
            ann = value_type_in_context(value, ann)
        elif declared.owner is owner and bare_qualifier(declared.annotation):
            final = "Final" in qualifiers
            constant = final and final_constant(owner, name)
            ann, assigned = inferred_type(value, final=final, constant=constant)
        else:
            # An annotation naming a descriptor class is read through its __get__
            # (with the annotation's type arguments).
            getter = _typed_descriptor_get(ann, ctx, instance=subject.self_type, owner=subject.cls)
        if getter is MISSING:
            getter = _descriptor_get(value, ctx, instance=subject.self_type, owner=subject.cls)
        classvar = "ClassVar" in qualifiers and getter is MISSING
        if getter is not MISSING:
            return _data(
                getter,
                name,
                settable="Final" not in qualifiers and not read_only_field(subject.cls, name),
                is_none=ann is None,
            )
        # A class variable of a callable type is bound like a method (see bound_callable_type).
        return _data(
            bound_callable_type(ann) if classvar else ann,
            name,
            settable="Final" not in qualifiers and not read_only_field(subject.cls, name),
            classvar=classvar,
            is_none=ann is None,
            setter_ann=assigned,
            shown=ann,
        )
    getter = _descriptor_get(value, ctx, instance=subject.self_type, owner=subject.cls)
    if getter is not MISSING:
        # A descriptor assigned in the class body is a plain variable to mypy's member
        # flags; one made by decorating a ``def`` is a method.
        found = _data(getter, name)
        return _as_decorated(found) if decorated_def(owner, name, value) else found
    if is_a(value, types.MemberDescriptorType):  # a __slots__ entry
        return _data(Any, name)
    if is_a(value, type):
        return _class_value(value, name, ctx)
    found = _data(value_type_of(value), name, is_none=value is None)
    return _as_decorated(found) if decorated_def(owner, name, value) else found


def _as_decorated(found: Found) -> Found:
    """What a decorated ``def`` offers: the type as read, with a method's member flags
    (mypy's ``Decorator`` node, neither a variable nor settable)."""
    ann = found.view.ann
    view = replace(found.view, render=lambda: f"decorated def: {format_type(ann)}")
    return replace(
        found, view=view, is_var=False, settable=False, classvar=False, kind_text=DECORATED_DEF
    )


def _bound_builtin(value: object) -> bool:
    """A builtin method bound to an object (``[].count``), not a builtin function (``len``)."""
    if not is_a(value, types.BuiltinFunctionType):
        return False
    owner = value.__self__  # a C attribute of a C type: no plugin code runs
    return owner is not None and not is_a(owner, types.ModuleType)


def _descriptor_get(value: object, ctx: Context, *, instance: object, owner: type) -> object:
    """The type a custom descriptor's ``__get__`` returns, or ``MISSING`` for plain values.

    ``instance`` is the type of the instance it is read through (``None`` when
    read from the class ``owner`` itself).
    """
    if value is None or is_any(value, (type, types.FunctionType, types.ModuleType)):
        return MISSING
    args = generic_args_of(value)
    return descriptor_return(type(value), instance, type_of(owner), ctx, args=args)


def _typed_descriptor_get(ann: object, ctx: Context, *, instance: object, owner: type) -> object:
    """What reading an attribute declared as ``ann`` gives when ``ann`` is a descriptor
    class (``ext: Trait[str]``: ``str``), or ``MISSING``."""
    origin = typing.get_origin(ann)
    if origin is None:
        if not isinstance(ann, type):  # a generic alias has an origin
            return MISSING
        cls, args = ann, None
    elif isinstance(origin, type) and origin is not type:
        cls, args = origin, tuple(typing.get_args(ann))
    else:
        return MISSING
    return descriptor_return(cls, instance, type_of(owner), ctx, args=args)


def _property(
    value: property | types.DynamicClassAttribute,
    name: str,
    subject: Subject,
    owner: type,
    ctx: Context,
) -> Found:
    """A property, or what mypy reads as one (``types.DynamicClassAttribute``)."""
    mapping = {**subject.bindings(owner), **dict.fromkeys(SELF_FORMS, subject.self_type)}
    ann: object = Any
    if is_a(value.fget, types.FunctionType):
        # Bound like a method: a type variable on ``self`` is the subject's type.
        ann = _bound_return(value.fget, name, subject, owner, ctx)
    elif value.fget is not None:
        ann = substitute(read_hints(value.fget, ctx).get("return", Any), mapping)
    setter_ann: object = MISSING
    if value.fset is not None:
        setter_ann = setter_type(value.fset, ctx)
        if setter_ann is not MISSING:
            setter_ann = substitute(setter_ann, mapping)
    settable = value.fset is not None
    return _data(
        ann,
        name,
        settable=settable,
        setter_ann=setter_ann,
        kind_text="settable property" if settable else "property",
    )


def _class_object_member(subject: Subject, name: str, ctx: Context) -> Found | None:
    cls = subject.cls
    if name == "__call__":
        sigs = constructor_sigs(cls, ctx, args=subject.args)
        return Found(
            View(ann=MISSING, sigs=sigs, render=lambda: sigs_text(sigs)), kind_text="constructor"
        )
    hit = lookup_class(cls, name)
    declared = declaration_of(cls, name, hit, ctx)
    if hit is None and declared is None:
        hit = _removed_def(cls, name)
    if hit is not None and not _declared_first(declared, hit):
        owner, value = hit
        value = _as_written(owner, name, value)
        kind = _member_kind(value, owner, name)
        if kind:
            return _static_or_class_method(value, kind, name, subject, owner, ctx)
        if is_a(value, types.FunctionType) and (declared is None or declared.owner is not owner):
            return _method(value, name, subject, owner, ctx, bind=False, explicit_self=True)
        if is_a(value, property) or is_a(value, types.DynamicClassAttribute):
            found = _property(value, name, subject, owner, ctx)
            return replace(found, settable=False, classvar=False)
        if is_a(value, functools.cached_property):
            # A property to mypy (an instance variable): a class object does not offer it.
            returns = _bound_return(value.func, name, subject, owner, ctx)
            return _data(returns, name, settable=False, kind_text="cached property")
        if is_any(value, _BUILTIN_CALLABLES) and (declared is None or declared.owner is not owner):
            # Annotated where it is assigned, it is a variable of the declared type.
            sig = raw_sig(value, ctx, name)
            return Found(
                View(ann=MISSING, sigs=(sig,), render=lambda: sig.text(format_type)),
                kind_text="method",
            )
        if declared is None or not declared.before_value:
            # An unannotated assignment in the class body: a class variable (mypy:
            # inferred, in the context of a base's annotation if there is one).
            getter = _descriptor_get(value, ctx, instance=None, owner=cls)
            if getter is not MISSING:
                ann = getter
            elif declared is None:
                ann = value_type_of(value)
            else:
                ann = value_type_in_context(value, _declared_type(subject, declared)[0])
            found = _data(ann, name, classvar=True, is_none=value is None)
            if declared is None and decorated_def(owner, name, value):
                return _as_decorated(found)
            return found
    if declared is not None:
        ann, qualifiers = _declared_type(subject, declared)
        classvar = "ClassVar" in qualifiers
        assigned: object = MISSING
        if hit is not None and hit[0] is declared.owner and bare_qualifier(declared.annotation):
            # The type is inferred, and an inferred variable is a class variable
            # to a class object (mypy's get_member_flags).
            final = "Final" in qualifiers
            constant = final and final_constant(hit[0], name)
            ann, assigned = inferred_type(hit[1], final=final, constant=constant)
            classvar = True
        getter = _typed_descriptor_get(ann, ctx, instance=None, owner=cls)
        if getter is MISSING and hit is not None and not _declared_first(declared, hit):
            getter = _descriptor_get(hit[1], ctx, instance=None, owner=cls)
        return _data(
            ann if getter is MISSING else getter,
            name,
            settable="Final" not in qualifiers,
            classvar=classvar and getter is MISSING,
            setter_ann=assigned if getter is MISSING else MISSING,
        )
    # A name the class's MRO does not define is missing from the class object, even
    # when its metaclass defines it (mypy's find_member with class_obj: the class's
    # own symbol table only); the metaclass's instance is tried as a whole instead.
    return None


def _module_member(subject: Subject, name: str, ctx: Context) -> Found | None:
    module = subject.obj
    declared = MODULE_VARIABLES.get(name)
    if declared is not None:
        # ModuleType's declaration comes before the module's own names.
        ann, settable = declared
        return _data(ann, name, settable=settable)
    space = instance_dict(module)
    annotations: Mapping[str, object] = {}
    if name in raw_annotations(module):
        annotations = read_hints(module, ctx)
    if name not in space and name not in annotations:
        hit = lookup_class(types.ModuleType, name)
        if hit is None:
            return None
        return _data(Any, name)
    value = space.get(name, MISSING)
    if name in annotations:
        # The declared type wins over the value (a lambda, say), as for any variable;
        # mypy 2.x lets a protocol assign even a module's Final names.
        if value is MISSING or not bare_qualifier(annotations[name]):
            ann = unwrap_qualifiers(annotations[name])[0]
            return _data(ann, name, is_none=ann is None)
        if not is_any(value, (types.FunctionType, type, types.ModuleType, *_BUILTIN_CALLABLES)):
            # `x: Final = value`: the type is inferred from the value.
            constant = final_constant(module, name)
            ann, assigned = inferred_type(value, final=True, constant=constant)
            return _data(ann, name, is_none=ann is None, setter_ann=assigned)
    if is_any(value, (types.FunctionType, *_BUILTIN_CALLABLES)):
        sigs = (
            function_sigs(
                value,
                ctx,
                name=name,
                mapping={},
                self_type=types.ModuleType,
                bind=False,
                where=(str(getattr(module, "__name__", "")), name),
            )
            if is_a(value, types.FunctionType)
            else (raw_sig(value, ctx, name),)
        )
        if (
            is_a(value, types.FunctionType)
            and value.__name__ == "<lambda>"
            and not sigs[0].returns_annotated
        ):
            sigs = (replace(sigs[0], returns=lambda_returns(value)),)  # mypy infers it
        return Found(
            View(ann=MISSING, sigs=sigs, render=lambda: sigs_text(sigs)),
            settable=True,
            kind_text="function",
        )
    if is_a(value, type):
        # A class named in a module is its constructor to mypy.
        sigs = constructor_sigs(value, ctx)
        return Found(
            View(
                ann=type_of(value),
                sigs=sigs,
                render=lambda: f"class {value.__name__}: {sigs_text(sigs)}",
            ),
            is_var=True,
            settable=True,
            kind_text="class",
        )
    if is_a(value, types.ModuleType):
        return _data(Any, name)  # mypy does not follow module references held by a module
    return _data(value_type_of(value), name, is_none=value is None)


def _function_member(subject: Subject, name: str, ctx: Context) -> Found | None:
    func = subject.obj
    if name == "__call__":
        sigs = _call_sigs(func, ctx)
        return Found(
            View(ann=MISSING, sigs=sigs, render=lambda: sigs_text(sigs)), kind_text="function"
        )
    # mypy types a function, bound method, lambda or builtin as a callable whose
    # members are those of typeshed's ``builtins.function`` (its fallback), not of
    # the runtime class: a bound method's ``__name__`` is there, its ``__self__`` is not.
    runtime_class: type = type(func)
    callable_type = not is_a(func, functools.partial)
    if callable_type and name in FUNCTION_ATTRIBUTES:
        ann, settable = FUNCTION_ATTRIBUTES[name]
        return _data(ann, name, settable=settable)
    hit = lookup_class(types.FunctionType if callable_type else runtime_class, name)
    if hit is None:
        return None
    return _data(Any, name)


def _call_sigs(func: object, ctx: Context) -> tuple[Sig, ...]:
    """How mypy sees calling a function, bound method, lambda, partial or builtin."""
    if is_a(func, types.MethodType) and is_a(func.__func__, types.FunctionType):
        inner = func.__func__
        owner = func.__self__ if is_a(func.__self__, type) else type(func.__self__)
        return function_sigs(
            inner,
            ctx,
            name=inner.__name__,
            mapping={},
            self_type=owner,
            bind=True,
            where=(inner.__module__, inner.__qualname__),
        )
    if is_a(func, types.FunctionType):
        sigs = function_sigs(
            func,
            ctx,
            name=func.__name__,
            mapping={},
            self_type=Any,
            bind=False,
            where=(func.__module__, func.__qualname__),
        )
        if func.__name__ == "<lambda>" and not sigs[0].returns_annotated:
            sigs = (replace(sigs[0], returns=lambda_returns(func)),)
        return sigs
    if is_a(func, functools.partial):
        # mypy types a partial object as partial[R]: (*args: Any, **kwargs: Any) -> R.
        wrapped: object = typing.cast("functools.partial[object]", func).func
        returns: object = Any
        if is_a(wrapped, types.FunctionType):
            returns = raw_sig(wrapped, ctx, wrapped.__name__).effective_returns
        return (
            Sig(
                params=ANY_ARGS,
                returns=returns,
                returns_annotated=True,
                name="partial",
            ),
        )
    return (raw_sig(func, ctx, getattr(func, "__name__", None)),)
