"""Annotation subtyping at runtime, as mypy decides it.

Hand-written because no library decides mypy-exact subtyping between evaluated
annotations at runtime (typeguard and beartype check *values* against
annotations; ``typing`` offers no subtype relation at all). The rules follow
``mypy/subtypes.py`` (mypy 2.x): ``Any`` both ways, ``object`` on top,
``Never`` at the bottom, ``bool <= int``, the ``int -> float -> complex``
promotions (no ``bytearray``/``memoryview -> bytes``: strict bytes), unions,
literals, nominal classes through the bases typeshed declares (``_typeshed``),
type arguments by declared variance, fixed and variadic tuples, ``type[X]``,
type variables, ``NewType``, ``TypedDict``, ``NamedTuple`` and protocols
(structural, through the member checker).

Annotations are first normalised into small hashable records (cached), then
compared; verdicts between annotations that involve no type variable, no
protocol and no callable are cached too.
"""

from __future__ import annotations

import abc
import collections.abc as cabc
import enum
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import typing_extensions
from typing_extensions import TypeIs

from . import _typeshed
from ._any_base import any_based
from ._cache import BoundedCache, IdentityCache, lasting
from ._context import Context
from ._hints import resolve_hints, unwrap_qualifiers
from ._raw import CLASS_QUALNAME, class_dict_of, class_lookup, mro_of
from ._substitute import type_vars_in

if TYPE_CHECKING:
    from ._signatures import Sig

__all__ = ["INFER", "RIGID", "RELATIONS_ABOVE", "RelationsAbove", "format_type", "is_subtype"]


class RelationsAbove:
    """The relations subtyping recurses into, defined in the layers above it.

    An annotation may name a protocol (compared member by member) or a
    callable (compared signature by signature), and a ``type[C]`` may meet a
    protocol (the class object as a value). Those comparisons live above
    subtyping and call it back; the engine (``_engine``) installs them here
    when it is imported, so that imports only go down. Every slot fails
    loudly until then.
    """

    def __init__(self) -> None:
        self.callable_sig: Callable[[object], Sig] = _not_installed
        self.sig_incompatibilities: Callable[[Sig, Sig, Context, bool], list[str]] = _not_installed
        self.member_names: Callable[[type, Context], Iterable[str]] = _not_installed
        self.call_sigs: Callable[[object, Context], tuple[Sig, ...] | None] = _not_installed
        self.instances_conform: Callable[[object, object, Context], bool] = _not_installed
        self.class_object_conforms: Callable[[type, object, Context], bool] = _not_installed


def _not_installed(*args: object) -> Any:
    raise RuntimeError("the conformance engine (plugspec._conformance._engine) is not loaded")


#: Installed by ``_engine`` on import.
RELATIONS_ABOVE = RelationsAbove()


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


# Values a caller may bind a method-level type variable to in ``ctx.bindings``:
# INFER: the variable belongs to the implementation and is solved on first use
# (mypy unifies a generic implementation with the expected signature);
# RIGID: the variable belongs to the expected side and matches only itself.
INFER: Any = _Marker("INFER")
RIGID: Any = _Marker("RIGID")


# --------------------------------------------------------------------------
# Normalised forms
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _AnyT:
    pass


@dataclass(frozen=True)
class _NeverT:
    pass


@dataclass(frozen=True)
class _SelfT:
    pass


@dataclass(frozen=True)
class _Inst:
    """An instance of a class with its type arguments (``None`` is NoneType)."""

    cls: type
    args: tuple[_T, ...] = ()


@dataclass(frozen=True)
class _Tup:
    """A fixed-length tuple: ``tuple[int, str]``, ``tuple[()]``."""

    items: tuple[_T, ...]


@dataclass(frozen=True)
class _Uni:
    items: tuple[_T, ...]


@dataclass(frozen=True)
class _Lit:
    value: object
    cls: type


@dataclass(frozen=True)
class _Call:
    """A ``Callable[...]`` annotation.

    ``params`` are the normalised parameter types (``None`` for ``...``, or for
    a ParamSpec / Concatenate form, which ``special`` marks); ``ret`` is the
    normalised return type.
    """

    annotation: object
    params: tuple[_T, ...] | None
    ret: _T
    text: str
    special: bool = False


@dataclass(frozen=True)
class _TypeOf:
    item: _T


@dataclass(frozen=True)
class _TVar:
    var: object


@dataclass(frozen=True)
class _NewT:
    newtype: object
    supertype: _T


@dataclass(frozen=True)
class _Guard:
    """``TypeGuard[X]`` / ``TypeIs[X]`` as a return type (a bool to everything else)."""

    kind: str
    item: _T


@dataclass(frozen=True)
class _Unknown:
    """Something the runtime cannot compare (accepted with a note)."""

    text: str
    reason: str


_T: TypeAlias = (
    _AnyT
    | _NeverT
    | _SelfT
    | _Inst
    | _Tup
    | _Uni
    | _Lit
    | _Call
    | _TypeOf
    | _TVar
    | _NewT
    | _Guard
    | _Unknown
)

ANY_T = _AnyT()
NEVER_T = _NeverT()
NONE_T = _Inst(type(None))
OBJECT_T = _Inst(object)


def _forms(name: str) -> tuple[object, ...]:
    found: list[object] = []
    for module in (typing, typing_extensions):
        form = getattr(module, name, None)
        if form is not None and all(form is not f for f in found):
            found.append(form)
    return tuple(found)


_ANY_FORMS = _forms("Any")
_NEVER_FORMS = _forms("NoReturn") + _forms("Never")
_SELF_FORMS = _forms("Self")
_LITERAL_STRING_FORMS = _forms("LiteralString")
_LITERAL_FORMS = _forms("Literal")
_UNION_FORMS = (*_forms("Union"), types.UnionType)
_OPTIONAL_FORMS = _forms("Optional")
_ANNOTATED_FORMS = _forms("Annotated")
_UNPACK_FORMS = _forms("Unpack")
_GUARD_FORMS = {id(form): name for name in ("TypeGuard", "TypeIs") for form in _forms(name)}
_QUALIFIER_FORMS = (
    _forms("ClassVar")
    + _forms("Final")
    + _forms("ReadOnly")
    + _forms("Required")
    + _forms("NotRequired")
)
_NEWTYPE_CLASSES = tuple({id(c): c for c in (*_forms("NewType"),) if isinstance(c, type)}.values())
_TYPEVAR_CLASSES = tuple({id(c): c for c in (*_forms("TypeVar"),) if isinstance(c, type)}.values())
_ALIAS_CLASSES = tuple(
    {id(c): c for c in (*_forms("TypeAliasType"),) if isinstance(c, type)}.values()
)
_GENERIC_BASES = (*_forms("Generic"), *_forms("Protocol"))


# Untyped handles for identity tests and for rebuilding annotations at runtime.
_CALLABLE: Any = cabc.Callable
_TYPING: Any = typing
_TYPE: Any = type
_TUPLE: Any = tuple
_TE: Any = typing_extensions


def _as_tuple(value: object) -> tuple[object, ...]:
    """``value``'s items if it is a tuple or list (typed for the checkers), else ``()``."""
    if _is_sequence(value):
        return tuple(cast("tuple[object, ...]", value))
    return ()


def _is_sequence(value: object) -> bool:
    return isinstance(value, (tuple, list))


def _as_set(value: object) -> set[object]:
    if isinstance(value, (frozenset, set)):
        return set(cast("frozenset[object]", value))
    return set()


def _as_mapping(value: object) -> cabc.Mapping[object, object]:
    if isinstance(value, cabc.Mapping):
        return cast("cabc.Mapping[object, object]", value)
    return {}


def _is_alias(value: object) -> bool:
    """A ``TypeAliasType`` itself (on 3.10, an alias applied to arguments claims that too)."""
    return isinstance(value, _ALIAS_CLASSES) and not isinstance(value, types.GenericAlias)


def _is_in(value: object, forms: tuple[object, ...]) -> bool:
    return any(value is form for form in forms)


def _is_class(value: object) -> TypeIs[type]:
    # On Python 3.10, ``isinstance(list[int], type)`` is true.
    return isinstance(value, type) and not isinstance(value, types.GenericAlias)


def _name(value: object) -> str:
    if issubclass(type(value), type):  # read statically: no metaclass code runs
        qualname: str = CLASS_QUALNAME.__get__(value)
        return qualname
    for attribute in ("__qualname__", "__name__"):
        try:
            text = getattr(value, attribute, None)
        except Exception:
            text = None
        if isinstance(text, str):
            return text
    try:
        return repr(value)
    except Exception:
        return f"<{type(value).__name__}>"


# Normal forms of annotations that name only lasting classes (see ``_cache``).
_NORMALISED: BoundedCache[tuple[object, tuple[object, ...]], _T] = BoundedCache()


def _normalise(annotation: object) -> _T:
    try:
        # Unions compare equal whatever their order; messages keep the order written.
        key = (annotation, _safe_args(annotation))
        cached = _NORMALISED.get(key)
    except Exception:  # unhashable, or a hostile __eq__/__hash__
        return _normalise_uncached(annotation, 0)
    if cached is not None:
        return cached
    result = _normalise_uncached(annotation, 0)
    try:
        if _lasting(result) and lasting(key):
            _NORMALISED.set(key, result)
    except Exception:
        pass
    return result


def _normalise_uncached(annotation: object, depth: int) -> _T:
    try:
        return _convert(annotation, depth)
    except RecursionError:
        return _Unknown(_name(annotation), "annotation nests too deeply")
    except Exception as error:
        return _Unknown(_name(annotation), f"unsupported annotation ({type(error).__name__})")


def _sub(annotation: object, depth: int) -> _T:
    if depth > 40:
        return _Unknown(_name(annotation), "annotation nests too deeply")
    return _convert(annotation, depth + 1)


def _make_union(items: list[_T]) -> _T:
    flat: list[_T] = []
    for item in items:
        for part in item.items if isinstance(item, _Uni) else (item,):
            if part not in flat:
                flat.append(part)
    if not flat:
        return NEVER_T
    if len(flat) == 1:
        return flat[0]
    return _Uni(tuple(flat))


def _literal(value: object) -> _T:
    if value is None:
        return NONE_T
    if isinstance(value, (bool, int, str, bytes, enum.Enum)):
        return _Lit(value, type(value))
    return _Unknown(repr(value), "unsupported literal value")


def _convert(annotation: object, depth: int) -> _T:
    if annotation is None or annotation is type(None):
        return NONE_T
    if _is_in(annotation, _ANY_FORMS):
        return ANY_T
    if _is_in(annotation, _NEVER_FORMS):
        return NEVER_T
    if _is_in(annotation, _LITERAL_STRING_FORMS):
        return _Inst(str)  # mypy treats LiteralString as str
    if _is_in(annotation, _SELF_FORMS):
        return _SelfT()
    if isinstance(annotation, str):
        return _Unknown(annotation, f"unresolved forward reference {annotation!r}")
    if isinstance(annotation, typing.ForwardRef):
        text = annotation.__forward_arg__
        return _Unknown(text, f"unresolved forward reference {text!r}")
    if type(annotation).__name__ in ("ParamSpec", "TypeVarTuple"):
        return _Unknown(_name(annotation), f"{type(annotation).__name__} outside a Callable")
    if _TYPEVAR_CLASSES and isinstance(annotation, _TYPEVAR_CLASSES):
        return _TVar(annotation)
    if _NEWTYPE_CLASSES and isinstance(annotation, _NEWTYPE_CLASSES):
        return _NewT(annotation, _sub(getattr(annotation, "__supertype__", Any), depth))
    if _is_alias(annotation):
        return _sub(getattr(annotation, "__value__", Any), depth)
    if _is_in(annotation, _QUALIFIER_FORMS):
        return ANY_T  # bare ClassVar / Final
    if _is_class(annotation):
        return _convert_class(annotation)
    origin = typing_extensions.get_origin(annotation)
    args = tuple(typing_extensions.get_args(annotation))
    if origin is None:
        return _Unknown(_name(annotation), "not a type annotation")
    if _is_in(origin, _ANNOTATED_FORMS):
        return _sub(getattr(annotation, "__origin__", Any), depth)
    if _is_in(origin, _QUALIFIER_FORMS):
        return _sub(args[0], depth) if args else ANY_T
    if _is_in(origin, _UNION_FORMS) or _is_in(origin, _OPTIONAL_FORMS):
        return _make_union([_sub(arg, depth) for arg in args])
    if id(origin) in _GUARD_FORMS and args:
        return _Guard(_GUARD_FORMS[id(origin)], _sub(args[0], depth))
    if _is_in(origin, _LITERAL_FORMS):
        return _make_union([_literal(arg) for arg in args])
    if origin is type:
        if not args:
            return _TypeOf(ANY_T)
        item = _sub(args[0], depth)
        if isinstance(item, _Uni):
            return _make_union([_TypeOf(part) for part in item.items])
        return _TypeOf(item)
    if origin is tuple:
        return _convert_tuple(annotation, args, depth)
    if origin is _CALLABLE:
        return _convert_callable(annotation, args, depth)
    if _is_alias(origin):  # a generic alias applied: ``type Pairs[T] = ...; Pairs[int]``
        value = _sub(getattr(origin, "__value__", Any), depth)
        params = _as_tuple(getattr(origin, "__type_params__", ()))
        return _substitute(value, dict(zip(params, (_sub(a, depth) for a in args), strict=False)))
    if _is_class(origin):
        assert isinstance(origin, type)
        params = _class_params(origin)
        converted = [_sub(arg, depth) for arg in args]
        if len(converted) < len(params):  # missing arguments (defaults, bare aliases) are Any
            converted += [ANY_T] * (len(params) - len(converted))
        if params:
            converted = converted[: len(params)]
        return _Inst(origin, tuple(converted))
    return _Unknown(_name(annotation), "unsupported special form")


def _convert_class(cls: type) -> _T:
    if cls is tuple:
        return _Inst(tuple, (ANY_T,))
    if cls is type:
        # A bare `type` is an instance of `builtins.type` for mypy, not `type[Any]`:
        # it has type's members (it is `Hashable`); `Type` alone is `type[Any]`.
        return _Inst(type)
    if cls is _CALLABLE:
        return _Call(cls, None, ANY_T, "Callable[..., Any]")
    if cls in _GENERIC_BASES:
        return _Unknown(_name(cls), "not a type annotation")
    params = _class_params(cls)
    return _Inst(cls, (ANY_T,) * len(params))


def _convert_tuple(annotation: object, args: tuple[object, ...], depth: int) -> _T:
    if annotation is typing.Tuple:  # noqa: UP006 - the bare alias means tuple[Any, ...]
        return _Inst(tuple, (ANY_T,))
    if args == ((),):  # Python 3.10 spells tuple[()] this way
        args = ()
    if len(args) == 2 and args[1] is Ellipsis:
        return _Inst(tuple, (_sub(args[0], depth),))
    items: list[_T] = []
    for arg in args:
        if _is_in(typing_extensions.get_origin(arg), _UNPACK_FORMS) or type(arg).__name__ in (
            "_UnpackGenericAlias",
            "UnpackType",
        ):
            return _Unknown(_name(annotation), "tuple with an unpacked item")
        if repr(arg).startswith("*"):
            return _Unknown(_name(annotation), "tuple with an unpacked item")
        items.append(_sub(arg, depth))
    return _Tup(tuple(items))


def _convert_callable(annotation: object, args: tuple[object, ...], depth: int) -> _T:
    if not args:
        return _Call(annotation, None, ANY_T, "Callable[..., Any]")
    params, result = args[0], args[-1]
    ret = _sub(result, depth)
    if params is Ellipsis:
        return _Call(annotation, None, ret, f"Callable[..., {_format(ret)}]")
    if _is_sequence(params):
        items = tuple(_sub(p, depth) for p in _as_tuple(params))
        inner = ", ".join(_format(item) for item in items)
        return _Call(annotation, items, ret, f"Callable[[{inner}], {_format(ret)}]")
    text = f"Callable[{_name(params)}, {_format(ret)}]"
    return _Call(annotation, None, ret, text, special=True)


# --------------------------------------------------------------------------
# Classes: parameters, declared bases, variance
# --------------------------------------------------------------------------

_PARAMS: IdentityCache[type, tuple[object, ...]] = IdentityCache()


def _class_params(cls: type) -> tuple[object, ...]:
    cached = _PARAMS.get(cls)
    if cached is not None:
        return cached
    entry = _typeshed.STDLIB.get(cls)
    params: tuple[object, ...]
    if entry is not None:
        params = entry[0]
    else:
        raw = _own(cls, "__parameters__")
        if _is_sequence(raw):
            params = _as_tuple(raw)
        else:  # ``class D(dict[str, T])``: generic through a builtin alias only
            params = tuple(type_vars_in(_own(cls, "__orig_bases__") or ()))
    return _PARAMS.set(cls, params)


def _safe_args(value: object) -> tuple[object, ...]:
    try:
        return tuple(typing_extensions.get_args(value))
    except Exception:
        return ()


def _static_attr(cls: type, name: str) -> object:
    """Look ``name`` up through the MRO without running descriptors."""
    hit = class_lookup(cls, name)
    return None if hit is None else hit[1]


def _own(cls: type, name: str) -> object:
    """``name`` from the class's own namespace (no descriptors, no metaclass code)."""
    return class_dict_of(cls).get(name)


_BASES: IdentityCache[type, tuple[_T, ...]] = IdentityCache()


def _declared_bases(cls: type) -> tuple[_T, ...]:
    """The bases typeshed (or the class statement) declares, normalised."""
    cached = _BASES.get(cls)
    if cached is not None:
        return cached
    entry = _typeshed.STDLIB.get(cls)
    raw: tuple[object, ...]
    bases: list[_T] = []
    if entry is not None:
        raw = entry[1]
    elif _is_namedtuple_class(cls):
        bases.append(_Tup(_namedtuple_items(cls)))
        raw = ()
    elif _is_typeddict_class(cls):
        raw = (cabc.Mapping[str, object],)
    else:
        orig = _own(cls, "__orig_bases__")
        plain = type.__dict__["__bases__"].__get__(cls)
        raw = _as_tuple(orig)
        if not raw:
            raw = _as_tuple(plain)
    for base in raw:
        origin = typing_extensions.get_origin(base)
        if base in _GENERIC_BASES or origin in _GENERIC_BASES:
            continue
        if not _is_class(base) and not _is_class(origin):
            continue  # e.g. typing.NamedTuple / TypedDict helpers
        normalised = _normalise(base)
        if isinstance(normalised, (_Inst, _Tup)):
            bases.append(normalised)
    if cls is not object and not bases:
        bases.append(OBJECT_T)
    return _BASES.set(cls, tuple(bases))


def _base_class(t: _T) -> type:
    if isinstance(t, _Inst):
        return t.cls
    return tuple


# Without the class itself, which its own entry must not hold (see ``_cache``).
_ANCESTORS: IdentityCache[type, frozenset[type]] = IdentityCache()


def _strict_ancestors(cls: type) -> frozenset[type]:
    """The classes ``cls`` derives from as declared (typeshed's bases), ``object`` included."""
    cached = _ANCESTORS.get(cls)
    if cached is not None:
        return cached
    _ANCESTORS.set(cls, frozenset({object}))  # guards against cycles
    found: set[type] = {object}
    for base in _declared_bases(cls):
        base_cls = _base_class(base)
        found.add(base_cls)
        found |= _strict_ancestors(base_cls)
    found.discard(cls)
    return _ANCESTORS.set(cls, frozenset(found))


def _has_ancestor(cls: type, ancestor: type) -> bool:
    return ancestor is cls or ancestor in _strict_ancestors(cls)


def _substitute(t: _T, mapping: dict[object, _T]) -> _T:
    if not mapping:
        return t
    if isinstance(t, _TVar):
        return mapping.get(t.var, t)
    if isinstance(t, _Inst):
        return _Inst(t.cls, tuple(_substitute(a, mapping) for a in t.args))
    if isinstance(t, _Tup):
        return _Tup(tuple(_substitute(a, mapping) for a in t.items))
    if isinstance(t, _Uni):
        return _make_union([_substitute(a, mapping) for a in t.items])
    if isinstance(t, _TypeOf):
        return _TypeOf(_substitute(t.item, mapping))
    return t


def _map_to(left: _Inst, target: type) -> _T | None:
    """``left`` as an instance of its ancestor ``target``: ``list[int]`` -> ``Sequence[int]``."""
    current: _T = left
    for _ in range(64):
        cls = _base_class(current)
        if cls is target:
            return current
        if isinstance(current, _Tup):
            current = _Inst(tuple, (_make_union(list(current.items)),))
            continue
        assert isinstance(current, _Inst)
        params = _class_params(cls)
        mapping = dict(zip(params, current.args, strict=False))
        for base in _declared_bases(cls):
            if _has_ancestor(_base_class(base), target):
                current = _substitute(base, mapping)
                break
        else:
            return None
    return None


def _variance(param: object, owner: type) -> int:
    """1 covariant, -1 contravariant, 0 invariant."""
    if getattr(param, "__covariant__", False) is True:
        return 1
    if getattr(param, "__contravariant__", False) is True:
        return -1
    if getattr(param, "__infer_variance__", False) is True:
        return _inferred_variance(owner, param)
    return 0


# Per class: type parameter -> variance.
_INFERRED: IdentityCache[type, dict[object, int]] = IdentityCache()


def _inferred_variance(owner: type, param: object) -> int:
    """Variance of a PEP 695 type parameter from where the class uses it, as mypy infers it.

    Returns (covariant) and read-only attributes use it covariantly, method
    parameters contravariantly, mutable attributes both ways; ``__init__``,
    ``__new__`` and private (``_name``) members do not count. A parameter used
    nowhere is covariant.
    """
    by_param = _INFERRED.get(owner)
    if by_param is None:
        by_param = _INFERRED.set(owner, {})
    known = by_param.get(param)
    if known is not None:
        return known
    by_param[param] = 1  # provisional, for classes that mention themselves
    uses: set[int] = set()
    local = Context()
    space = class_dict_of(owner)
    for attribute, annotation in resolve_hints(owner, local).items():
        if _is_private(attribute):
            continue
        inner, qualifiers = unwrap_qualifiers(annotation)
        polarity = {1} if qualifiers & {"Final", "ReadOnly"} else {1, -1}
        for sign in polarity:
            _collect_uses(_normalise(inner), param, sign, uses)
    for name, value in space.items():
        if _is_private(name) or name in ("__init__", "__new__", "__init_subclass__"):
            continue
        getter = value.fget if isinstance(value, property) else None
        function: object = getter if getter is not None else value
        if issubclass(type(function), (staticmethod, classmethod)):
            function = getattr(function, "__func__", None)
        if not isinstance(function, types.FunctionType):
            continue
        hints = resolve_hints(function, local)
        for hint_name, annotation in hints.items():
            sign = 1 if hint_name == "return" else -1
            _collect_uses(_normalise(annotation), param, sign, uses)
        if isinstance(value, property) and value.fset is not None:
            uses.add(-1)
    variance = 0 if uses == {1, -1} else (-1 if uses == {-1} else 1)
    by_param[param] = variance
    return variance


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _collect_uses(t: _T, param: object, sign: int, uses: set[int]) -> None:
    """Record the polarity (``sign``) of every occurrence of ``param`` inside ``t``."""
    if isinstance(t, _TVar):
        if t.var is param:
            uses.add(sign)
    elif isinstance(t, _Inst):
        params = _class_params(t.cls)
        for index, arg in enumerate(t.args):
            declared = params[index] if index < len(params) else None
            variance = _variance(declared, t.cls) if declared is not None else 0
            for factor in (1, -1) if variance == 0 else (variance,):
                _collect_uses(arg, param, sign * factor, uses)
    elif isinstance(t, (_Tup, _Uni)):
        for item in t.items:
            _collect_uses(item, param, sign, uses)
    elif isinstance(t, _Call):
        _collect_uses(t.ret, param, sign, uses)
        for item in t.params or ():
            _collect_uses(item, param, -sign, uses)
    elif isinstance(t, (_TypeOf, _Guard)):
        _collect_uses(t.item, param, sign, uses)
    elif isinstance(t, _NewT):
        _collect_uses(t.supertype, param, sign, uses)


def _is_namedtuple_class(cls: type) -> bool:
    return tuple in mro_of(cls) and _is_sequence(_own(cls, "_fields"))


def _namedtuple_items(cls: type) -> tuple[_T, ...]:
    fields = [name for name in _as_tuple(_own(cls, "_fields")) if isinstance(name, str)]
    hints = resolve_hints(cls, Context())
    return tuple(
        _normalise(unwrap_qualifiers(hints[name])[0]) if name in hints else ANY_T for name in fields
    )


def _is_typeddict_class(cls: type) -> bool:
    try:
        return bool(typing_extensions.is_typeddict(cls))
    except Exception:
        return False


_IS_PROTOCOL: IdentityCache[type, bool] = IdentityCache()


def _mypy_metaclass(cls: type) -> type | None:
    """mypy's ``metaclass_type`` of ``cls`` (semanal.recalculate_metaclass): the metaclass
    a class of its MRO declares, else ``ABCMeta`` below a protocol (typeshed's bases
    count: `list` derives from `Iterable`), else none, not even ``type``. A named tuple's
    class is built without one."""
    metaclass = type(cls)
    if metaclass is not type:
        return metaclass
    if _is_namedtuple_class(cls):
        return None
    if _is_protocol_class(cls) or any(_is_protocol_class(base) for base in _strict_ancestors(cls)):
        return abc.ABCMeta
    return None


def _is_protocol_class(cls: type) -> bool:
    known = _IS_PROTOCOL.get(cls)
    if known is None:
        if cls in _typeshed.STDLIB_PROTOCOLS:
            known = True
        elif cls in _typeshed.STDLIB:
            known = False
        else:
            known = _own(cls, "_is_protocol") is True
        _IS_PROTOCOL.set(cls, known)
    return known


# --------------------------------------------------------------------------
# Subtyping
# --------------------------------------------------------------------------

# Verdicts on normal forms, for those that _keepable allows.
_NORMAL_VERDICTS: BoundedCache[tuple[_T, _T], bool] = BoundedCache(8192)
# Verdicts by the annotations as given (equal annotations have equal verdicts).
_ANSWERS: BoundedCache[tuple[object, object], bool] = BoundedCache(8192)


def is_subtype(left: object, right: object, ctx: Context) -> bool:
    """Whether a value annotated ``left`` may be assigned to ``right``, as mypy says.

    Where the runtime cannot decide, the answer is ``True`` and ``ctx`` gets a
    note saying why. Never raises.

    >>> from collections.abc import Sequence
    >>> ctx = Context()
    >>> is_subtype(list[int], Sequence[float], ctx), is_subtype(list[int], list[float], ctx)
    (True, False)
    """
    try:
        key = (left, right)
        cached = _ANSWERS.get(key)
    except Exception:  # unhashable annotations: no cache
        key = None
        cached = None
    if cached is not None:
        return cached
    try:
        notes_before = len(ctx.notes)
        left_t, right_t = _normalise(left), _normalise(right)
        verdict = _Checker(ctx).check(left_t, right_t)
        if (
            key is not None
            and len(ctx.notes) == notes_before
            and _keepable(left_t)
            and _keepable(right_t)
            and lasting(key)
        ):
            _ANSWERS.set(key, verdict)
        return verdict
    except RecursionError:
        ctx.note(f"gave up comparing {format_type(left)} with {format_type(right)} (too deep)")
        return True
    except Exception as error:  # never let a strange annotation break a check
        ctx.note(
            f"could not compare {format_type(left)} with {format_type(right)}"
            f" ({type(error).__name__})"
        )
        return True


def _keepable(t: _T) -> bool:
    """Whether a verdict on ``t`` may be kept for the process: it depends only on
    ``t`` (no context, no protocol, no other module) and ``t`` names only lasting
    classes (see ``_cache``)."""
    if isinstance(t, (_AnyT, _NeverT)):
        return True
    if isinstance(t, _Lit):
        return lasting(t.value)
    if isinstance(t, _NewT):
        return _keepable(t.supertype)
    if isinstance(t, _Inst):
        return (
            not _is_protocol_class(t.cls) and lasting(t.cls) and all(_keepable(a) for a in t.args)
        )
    if isinstance(t, (_Tup, _Uni)):
        return all(_keepable(a) for a in t.items)
    if isinstance(t, _TypeOf):
        return _keepable(t.item)
    return False


def _lasting(t: _T) -> bool:
    """Whether ``t`` names only lasting classes and forms (see ``_cache``)."""
    if isinstance(t, (_AnyT, _NeverT, _SelfT, _Unknown)):
        return True
    if isinstance(t, _Inst):
        return lasting(t.cls) and all(_lasting(a) for a in t.args)
    if isinstance(t, (_Tup, _Uni)):
        return all(_lasting(a) for a in t.items)
    if isinstance(t, _Lit):
        return lasting(t.value)
    if isinstance(t, _Call):
        return lasting(t.annotation)
    if isinstance(t, (_TypeOf, _Guard)):
        return _lasting(t.item)
    if isinstance(t, _TVar):
        return lasting(t.var)
    return _lasting(t.supertype)  # a NewType


class _Checker:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.depth = 0

    # -- entry -----------------------------------------------------------

    def check(self, left: _T, right: _T) -> bool:
        if left == right and not isinstance(left, (_Unknown, _TVar, _SelfT)):
            return True
        keep = _keepable(left) and _keepable(right)
        if keep:
            cached = _NORMAL_VERDICTS.get((left, right))
            if cached is not None:
                return cached
        self.depth += 1
        try:
            if self.depth > 60:
                self.ctx.note(f"gave up comparing {_format(left)} with {_format(right)} (too deep)")
                return True
            verdict = self._check(left, right)
        finally:
            self.depth -= 1
        if keep:
            _NORMAL_VERDICTS.set((left, right), verdict)
        return verdict

    def _resolve(self, t: _T) -> _T:
        """Replace bound type variables and ``Self`` by what they stand for."""
        for _ in range(8):
            if isinstance(t, _SelfT):
                if self.ctx.self_type is None:
                    return ANY_T
                t = _normalise(self.ctx.self_type)
                if isinstance(t, _SelfT):
                    return ANY_T
                continue
            if isinstance(t, _TVar):
                bound = self.ctx.bindings.get(t.var, _MISSING)
                if bound is _MISSING or bound is INFER or bound is RIGID:
                    return t
                t = bound.value if isinstance(bound, _Solved) else _normalise(bound)
                continue
            return t
        return t

    def _check(self, left: _T, right: _T) -> bool:
        left = self._resolve(left)
        right = self._resolve(right)
        if isinstance(left, _Unknown):
            self.ctx.note(f"cannot compare {left.text}: {left.reason}; accepted")
            return True
        if isinstance(right, _Unknown):
            self.ctx.note(f"cannot compare {right.text}: {right.reason}; accepted")
            return True
        if isinstance(left, (_AnyT, _NeverT)) or isinstance(right, _AnyT):
            return True
        if left == right and not isinstance(left, _TVar):
            return True
        if isinstance(right, _Inst) and right.cls is object:
            return True
        if isinstance(left, _Uni):
            return all(self.check(item, right) for item in left.items)
        if isinstance(right, _Uni):
            if self._check_union_right(left, right):
                return True
            if not isinstance(left, _TVar):
                return False
            # A constrained type variable may fit the union as a whole.
        if isinstance(left, _TVar) or isinstance(right, _TVar):
            return self._check_typevars(left, right)
        if isinstance(left, _NewT):
            if isinstance(right, _NewT):
                return self._newtype_below(left, right.newtype)
            return self.check(left.supertype, right)
        if isinstance(left, _Guard) or isinstance(right, _Guard):
            return self._check_guards(left, right)
        if isinstance(left, _Inst) and any_based(left.cls):
            # mypy's Any fallback (``visit_instance``): an instance of a class with
            # a base it cannot analyse fits every type but None.
            return right != NONE_T
        if isinstance(right, _NeverT):
            return False
        if isinstance(right, _NewT):
            return False
        if isinstance(left, _Lit):
            if isinstance(right, _Lit):
                return left.cls is right.cls and left.value == right.value
            return self.check(_Inst(left.cls), right)
        if isinstance(right, _Lit):
            return False  # only a union of literals takes an expanded bool or enum
        if isinstance(left, _Tup):
            return self._check_tuple_left(left, right)
        if isinstance(left, _Call):
            return self._check_callable_left(left, right)
        if isinstance(left, _TypeOf):
            return self._check_type_left(left, right)
        assert isinstance(left, _Inst)
        if isinstance(right, _Inst):
            return self._check_instances(left, right)
        if isinstance(right, _Tup):
            return self._check_instance_vs_tuple(left, right)
        if isinstance(right, _TypeOf):
            return self._check_instance_vs_type(left, right)
        if isinstance(right, _Call):
            return self._check_instance_vs_callable(left, right)
        return False

    # -- type variables --------------------------------------------------

    def _binding_kind(self, var: object) -> object:
        return self.ctx.bindings.get(var, _MISSING)

    def _check_typevars(self, left: _T, right: _T) -> bool:
        if isinstance(left, _TVar) and isinstance(right, _TVar):
            if left.var is right.var:
                return True
            left_kind = self._binding_kind(left.var)
            right_kind = self._binding_kind(right.var)
            if left_kind is INFER:
                return self._solve(left.var, right)
            if right_kind is INFER:
                return self._solve(right.var, left)
            if left_kind is RIGID or right_kind is RIGID:
                return False
            # Both undeclared: treat them pairwise (the same variable on both sides).
            pair = (left.var, right.var)
            reverse = (right.var, left.var)
            if pair in self.ctx.assuming or reverse in self.ctx.assuming:
                return True
            self.ctx.assuming.add(pair)
            return self.check(_upper_bound(right.var), _upper_bound(left.var)) or self.check(
                _upper_bound(left.var), _upper_bound(right.var)
            )
        if isinstance(left, _TVar):
            kind = self._binding_kind(left.var)
            if kind is INFER:
                return self._solve(left.var, right)
            # A variable nobody solved stands for any type within its bound.
            if self._rigid_below(left.var, right):
                return True
            if kind is not RIGID:
                self.ctx.note(
                    f"type variable {_name(left.var)} judged by its bound against {_format(right)}"
                )
            return False
        assert isinstance(right, _TVar)
        kind = self._binding_kind(right.var)
        if kind is INFER:
            return self._solve(right.var, left)
        if kind is not RIGID:
            self.ctx.note(f"{_format(left)} is not the type variable {_name(right.var)}")
        return False

    def _rigid_below(self, var: object, right: _T) -> bool:
        constraints = _as_tuple(getattr(var, "__constraints__", ()))
        if constraints:
            return all(self.check(_normalise(c), right) for c in constraints)
        return self.check(_upper_bound(var), right)

    def _within_bound(self, t: _T, var: object) -> bool:
        constraints = _as_tuple(getattr(var, "__constraints__", ()))
        if constraints:
            return any(self.check(t, _normalise(c)) for c in constraints)
        return self.check(t, _upper_bound(var))

    def _solve(self, var: object, t: _T) -> bool:
        """Bind an implementation's type variable to ``t`` (mypy's unification)."""
        if not self._within_bound(t, var):
            return False
        self.ctx.bindings[var] = _Solved(t)
        return True

    def _check_guards(self, left: _T, right: _T) -> bool:
        if isinstance(left, _Guard) and isinstance(right, _Guard):
            if left.kind != right.kind:
                return False
            if left.kind == "TypeIs":  # invariant: a narrower that says False must be exact
                return self.check(left.item, right.item) and self.check(right.item, left.item)
            return self.check(left.item, right.item)
        if isinstance(left, _Guard):
            return self.check(_Inst(bool), right)
        return False

    # -- unions and literals ---------------------------------------------

    def _check_union_right(self, left: _T, right: _Uni) -> bool:
        if any(self.check(left, item) for item in right.items):
            return True
        expanded = _expand_literals(left)
        if expanded is not None:
            return all(any(self.check(e, item) for item in right.items) for e in expanded)
        return False

    def _newtype_below(self, left: _NewT, target: object) -> bool:
        current: _T = left
        for _ in range(32):
            if not isinstance(current, _NewT):
                return False
            if current.newtype is target:
                return True
            current = current.supertype
        return False

    # -- tuples ----------------------------------------------------------

    def _check_tuple_left(self, left: _Tup, right: _T) -> bool:
        if isinstance(right, _Tup):
            return len(left.items) == len(right.items) and all(
                self.check(a, b) for a, b in zip(left.items, right.items, strict=True)
            )
        fallback = _Inst(tuple, (_make_union(list(left.items)),))
        if isinstance(right, _Inst):
            if right.cls is cabc.Sized:
                return True
            return self.check(fallback, right)
        return self.check(fallback, right)

    def _check_instance_vs_tuple(self, left: _Inst, right: _Tup) -> bool:
        if not _has_ancestor(left.cls, tuple):
            return False
        mapped = _map_to(left, tuple)
        if isinstance(mapped, _Tup):
            return self.check(mapped, right)
        # tuple[Any, ...] fits every tuple shape.
        return isinstance(mapped, _Inst) and bool(mapped.args) and isinstance(mapped.args[0], _AnyT)

    # -- callables and type objects --------------------------------------

    def _check_callable_left(self, left: _Call, right: _T) -> bool:
        if isinstance(right, _Call):
            return self._callables(left, right)
        if isinstance(right, _Inst) and _is_protocol_class(right.cls):
            return self._callable_vs_protocol(left, right)
        return False

    def _callables(self, left: _Call, right: _Call) -> bool:
        if not (left.special or right.special):
            # Plain positional parameter lists: parameters contravariant, return covariant.
            if not self.check(left.ret, right.ret):
                return False
            if left.params is None or right.params is None:
                return True
            return len(left.params) == len(right.params) and all(
                self.check(b, a) for a, b in zip(left.params, right.params, strict=True)
            )
        above = RELATIONS_ABOVE
        found = above.callable_sig(left.annotation)
        expected = above.callable_sig(right.annotation)
        return not above.sig_incompatibilities(found, expected, self.ctx, False)

    def _callable_vs_protocol(self, left: _Call, right: _Inst) -> bool:
        # mypy: a callable implements a protocol through its ``__call__`` member;
        # any other member must be an attribute every function has.
        above = RELATIONS_ABOVE
        protocol = _annotation_of(right)
        names = set(above.member_names(right.cls, self.ctx))
        if "__call__" not in names:
            # The callable is a function object to such a protocol (mypy: its fallback).
            return self._structural(_Inst(types.FunctionType), right)
        if not names <= _FUNCTION_ATTRIBUTES:
            return False
        expected = above.call_sigs(protocol, self.ctx)
        if expected and left.params is None and not left.special:
            # Callable[..., R] takes any arguments: only the return type counts.
            return all(self.check(left.ret, _normalise(item.returns)) for item in expected)
        if not expected:
            self.ctx.note(f"{left.text} compared with protocol {_format(right)}: not checked")
            return True
        found = above.callable_sig(left.annotation)
        # A protocol's __call__ may be called by keyword: names count (as in mypy).
        return all(
            not above.sig_incompatibilities(found, item, self.ctx, True) for item in expected
        )

    def _check_type_left(self, left: _TypeOf, right: _T) -> bool:
        if isinstance(right, _TypeOf):
            return self.check(left.item, right.item)
        if isinstance(right, _Call):
            return self.check(left.item, right.ret)  # mypy: return type only
        if isinstance(right, _Inst):
            if right.cls is type:
                return True  # mypy: any type[X] is a `type`
            item = self._resolve(left.item)
            if isinstance(item, _TVar):
                item = _upper_bound(item.var)
            if isinstance(item, _Inst):
                if _is_protocol_class(right.cls) and self._class_object_conforms(item, right):
                    return True
                metaclass = _mypy_metaclass(item.cls)
                return metaclass is not None and self.check(_Inst(metaclass), right)
            return False
        return False

    def _class_object_conforms(self, item: _Inst, right: _Inst) -> bool:
        """mypy's ``is_protocol_implementation(..., class_obj=True)``: the class as a value,
        in this comparison's context (the pairs in progress are assumed to hold)."""
        protocol_cls = _typeshed.MIRRORS.get(right.cls, right.cls)
        protocol: Any = _rebuild(protocol_cls, right.args) if right.args else protocol_cls
        return RELATIONS_ABOVE.class_object_conforms(item.cls, protocol, self.ctx)

    def _check_instance_vs_type(self, left: _Inst, right: _TypeOf) -> bool:
        if left.cls is type:
            return True  # mypy reads a `type` as `type[Any]` here
        if issubclass(left.cls, type):
            item = self._resolve(right.item)
            return isinstance(item, _AnyT) or item == OBJECT_T
        return False

    def _check_instance_vs_callable(self, left: _Inst, right: _Call) -> bool:
        if type in mro_of(left.cls):
            return True  # an instance of a metaclass is a class: callable (unchecked, as mypy)
        if _static_attr(left.cls, "__call__") is None or left.cls is type(None):
            return False
        above = RELATIONS_ABOVE
        found = above.call_sigs(_annotation_of(left), self.ctx)
        if not found:
            self.ctx.note(f"{_format(left)}.__call__ compared with {right.text}: not checked")
            return True
        expected = above.callable_sig(right.annotation)
        # Overloaded ``__call__``: one item that fits is enough (as mypy).
        return any(
            not above.sig_incompatibilities(item, expected, self.ctx, False) for item in found
        )

    # -- instances -------------------------------------------------------

    def _check_instances(self, left: _Inst, right: _Inst) -> bool:
        if _is_typeddict_class(left.cls) and _is_typeddict_class(right.cls):
            return self._typeddicts(left.cls, right.cls)
        if _is_typeddict_class(right.cls):
            return False
        if _has_ancestor(left.cls, right.cls):
            mapped = _map_to(left, right.cls)
            if isinstance(mapped, _Tup):
                mapped = _Inst(tuple, (_make_union(list(mapped.items)),))
            if not isinstance(mapped, _Inst):
                return True
            return self._check_arguments(mapped, right)
        if left.cls is type(None):
            if _is_protocol_class(right.cls):
                return self._none_vs_protocol(right)
            return False
        if not _is_protocol_class(right.cls):
            for base in (left.cls, *_strict_ancestors(left.cls)):
                promoted = _typeshed.PROMOTIONS.get(base)
                if promoted is not None and self.check(_Inst(promoted), right):
                    return True
            return False
        return self._structural(left, right)

    def _check_arguments(self, left: _Inst, right: _Inst) -> bool:
        params = _class_params(right.cls)
        for index, (a, b) in enumerate(zip(left.args, right.args, strict=False)):
            param = params[index] if index < len(params) else None
            variance = _variance(param, right.cls) if param is not None else 0
            if variance > 0:
                ok = self.check(a, b)
            elif variance < 0:
                ok = self.check(b, a)
            else:
                ok = self.check(a, b) and self.check(b, a)
            if not ok:
                return False
        return True

    def _none_vs_protocol(self, right: _Inst) -> bool:
        # mypy: None fits a protocol whose members are only __hash__ / __str__.
        protocol = _typeshed.MIRRORS.get(right.cls, right.cls)
        names = set(RELATIONS_ABOVE.member_names(protocol, self.ctx))
        return names <= {"__hash__", "__str__"}

    def _structural(self, left: _Inst, right: _Inst) -> bool:
        protocol_cls = _typeshed.MIRRORS.get(right.cls, right.cls)
        protocol: object = protocol_cls
        if right.args:
            protocol = _rebuild(protocol_cls, right.args)
        subject: object = _annotation_of(left)
        left_mirror = _typeshed.MIRRORS.get(left.cls)
        if left_mirror is not None:
            # A standard protocol as the subject: only its declared members count (as in mypy).
            subject = _rebuild(left_mirror, left.args) if left.args else left_mirror
        return bool(RELATIONS_ABOVE.instances_conform(subject, protocol, self.ctx))

    def _typeddicts(self, left: type, right: type) -> bool:
        if _has_ancestor(left, right):
            return True
        local = Context()
        left_items = _typeddict_items(left, local)
        right_items = _typeddict_items(right, local)
        for note in local.notes:
            self.ctx.note(note)
        for name, (r_type, r_required, r_readonly) in right_items.items():
            if name not in left_items:
                return False
            l_type, l_required, l_readonly = left_items[name]
            if r_required and not l_required:
                return False
            if not r_readonly and l_readonly:
                return False
            if not r_readonly and not r_required and l_required:
                return False
            if r_readonly:
                if not self.check(l_type, r_type):
                    return False
            elif not (self.check(l_type, r_type) and self.check(r_type, l_type)):
                return False
        return True


class _Solved:
    """A type variable's solution found during one comparison."""

    def __init__(self, value: _T) -> None:
        self.value = value


_MISSING: Any = _Marker("MISSING")

# Attributes every function object has (a callable may satisfy a protocol asking for them).
_FUNCTION_ATTRIBUTES = frozenset(
    {
        "__call__",
        "__name__",
        "__qualname__",
        "__module__",
        "__doc__",
        "__defaults__",
        "__kwdefaults__",
        "__code__",
        "__globals__",
        "__closure__",
        "__dict__",
        "__annotations__",
        "__get__",
        "__hash__",
        "__str__",
        "__repr__",
        "__eq__",
        "__ne__",
        "__class__",
    }
)


def _upper_bound(var: object) -> _T:
    constraints = _as_tuple(getattr(var, "__constraints__", ()))
    if constraints:
        return _make_union([_normalise(c) for c in constraints])
    bound = getattr(var, "__bound__", None)
    if bound is None:
        return OBJECT_T
    return _normalise(bound)


def _expand_literals(t: _T) -> list[_T] | None:
    """``bool`` and enums as the union of their literal values (as mypy expands them)."""
    if not isinstance(t, _Inst):
        return None
    if t.cls is bool:
        return [_Lit(True, bool), _Lit(False, bool)]
    if issubclass(t.cls, enum.Enum):
        members = _own(t.cls, "_member_map_")
        unique = {id(m): m for m in _as_mapping(members).values()}
        if unique:
            return [_Lit(m, t.cls) for m in unique.values()]
    return None


def _typeddict_items(cls: type, ctx: Context) -> dict[str, tuple[_T, bool, bool]]:
    required = _static_attr(cls, "__required_keys__")
    readonly = _static_attr(cls, "__readonly_keys__")
    required_keys = _as_set(required)
    readonly_keys = _as_set(readonly)
    items: dict[str, tuple[_T, bool, bool]] = {}
    hints = resolve_hints(cls, ctx)
    for name, annotation in hints.items():
        inner, qualifiers = unwrap_qualifiers(annotation)
        if "NotRequired" in qualifiers:
            is_required = False
        elif "Required" in qualifiers:
            is_required = True
        else:  # string annotations hide the qualifiers from the runtime's own bookkeeping
            is_required = name in required_keys
        items[name] = (
            _normalise(inner),
            is_required,
            name in readonly_keys or "ReadOnly" in qualifiers,
        )
    return items


def _rebuild(cls: type, args: tuple[_T, ...]) -> object:
    annotations = tuple(_annotation_of(a) for a in args)
    try:
        return cls[annotations if len(annotations) > 1 else annotations[0]]  # type: ignore[index]
    except Exception:
        return cls


def _annotation_of(t: _T) -> object:
    """A runtime annotation equivalent to a normalised form."""
    if isinstance(t, _AnyT):
        return Any
    if isinstance(t, _NeverT):
        return typing_extensions.Never
    if isinstance(t, _SelfT):
        return _TE.Self
    if isinstance(t, _Inst):
        if t.cls is type(None):
            return None
        if not t.args:
            return t.cls
        args = tuple(_annotation_of(a) for a in t.args)
        if t.cls is tuple:
            return tuple[args[0], ...]  # type: ignore[valid-type]
        try:
            return types.GenericAlias(t.cls, args)
        except Exception:
            return t.cls
    if isinstance(t, _Tup):
        if not t.items:
            return tuple[()]
        return types.GenericAlias(tuple, tuple(_annotation_of(a) for a in t.items))
    if isinstance(t, _Uni):
        return _TYPING.Union[tuple(_annotation_of(a) for a in t.items)]
    if isinstance(t, _Lit):
        return _TYPING.Literal[t.value]
    if isinstance(t, _Call):
        return t.annotation
    if isinstance(t, _TypeOf):
        return _TYPE[_annotation_of(t.item)]
    if isinstance(t, _TVar):
        return t.var
    if isinstance(t, _NewT):
        return t.newtype
    if isinstance(t, _Guard):
        return getattr(_TE, t.kind)[_annotation_of(t.item)]
    return Any


# --------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------


def format_type(annotation: object) -> str:
    """mypy-like text for an annotation, as used in messages.

    >>> format_type(list[dict[str, object]]), format_type(int | None)
    ('list[dict[str, object]]', 'int | None')
    """
    try:
        return _format(_normalise(annotation))
    except Exception:
        return _name(annotation)


def _format(t: _T) -> str:
    if isinstance(t, _AnyT):
        return "Any"
    if isinstance(t, _NeverT):
        return "Never"
    if isinstance(t, _SelfT):
        return "Self"
    if isinstance(t, _Inst):
        if t.cls is type(None):
            return "None"
        name = _name(t.cls)
        if t.cls is tuple and t.args:
            return f"tuple[{_format(t.args[0])}, ...]"
        if t.args:
            return f"{name}[{', '.join(_format(a) for a in t.args)}]"
        return name
    if isinstance(t, _Tup):
        if not t.items:
            return "tuple[()]"
        return f"tuple[{', '.join(_format(a) for a in t.items)}]"
    if isinstance(t, _Lit):
        return f"Literal[{_literal_text(t)}]"
    if isinstance(t, _Uni):
        literals = [item for item in t.items if isinstance(item, _Lit)]
        others = [item for item in t.items if not isinstance(item, _Lit)]
        parts: list[str] = []
        if literals:
            parts.append(f"Literal[{', '.join(_literal_text(item) for item in literals)}]")
        none_last = NONE_T in others
        parts += [_format(item) for item in others if item != NONE_T]
        if none_last:
            parts.append("None")
        return " | ".join(parts)
    if isinstance(t, _Call):
        return t.text
    if isinstance(t, _TypeOf):
        return f"type[{_format(t.item)}]"
    if isinstance(t, _TVar):
        return _name(t.var)
    if isinstance(t, _NewT):
        return _name(t.newtype)
    if isinstance(t, _Guard):
        return f"{t.kind}[{_format(t.item)}]"
    return t.text


def _literal_text(t: _Lit) -> str:
    if isinstance(t.value, enum.Enum):
        return f"{_name(t.cls)}.{t.value.name}"
    return repr(t.value)
