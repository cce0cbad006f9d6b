"""What an annotation asks for: a protocol, its type arguments, and ``type[...]``."""

from __future__ import annotations

import typing
from dataclasses import dataclass
from typing import Any, get_args, get_origin

import typing_extensions

from ._context import Context
from ._hints import resolve_hints
from ._raw import CLASS_MODULE, CLASS_QUALNAME, class_dict_of, standard_module
from ._substitute import substitute
from ._types import format_type
from ._typeshed import MIRRORS, STDLIB

__all__ = [
    "Target",
    "class_bindings",
    "is_protocol_class",
    "mirror_of",
    "parse_target",
    "type_params",
]

_PROTOCOL_BASES: frozenset[object] = frozenset(
    {typing.Protocol, typing_extensions.Protocol, typing.Generic, typing_extensions.Generic}
)


def is_protocol_class(obj: object) -> bool:
    """``obj`` is a class written as a Protocol (``typing`` or ``typing_extensions``)."""
    if not isinstance(obj, type) or obj in _PROTOCOL_BASES:
        return False
    try:
        return bool(obj.__dict__.get("_is_protocol", False))
    except Exception:  # a class whose __dict__ misbehaves is not a protocol
        return False


def type_params(cls: type) -> tuple[object, ...]:
    """The class's type parameters in declared order.

    ``class P(Base[T], Protocol[S, T])`` declares ``(S, T)``; Python before
    3.12 orders ``__parameters__`` by first appearance instead, so an explicit
    ``Protocol[...]`` or ``Generic[...]`` base wins, as it does for mypy.
    """
    try:
        namespace = cls.__dict__
        params = namespace.get("__parameters__", ())
        for base in namespace.get("__orig_bases__", ()):
            if get_origin(base) in _PROTOCOL_BASES and get_args(base):
                return tuple(get_args(base))
    except Exception:
        return ()
    return typing.cast("tuple[object, ...]", params) if isinstance(params, tuple) else ()


def _default_of(param: object) -> object:
    """A type parameter's default (PEP 696), or ``Any``."""
    has_default = getattr(param, "has_default", None)
    try:
        if callable(has_default) and has_default():
            return getattr(param, "__default__", Any)
    except Exception:
        pass
    return Any


def _own_bindings(cls: type, args: tuple[object, ...] | None) -> dict[object, object]:
    params = type_params(cls) or _builtin_params(cls)
    if cls is tuple and args:
        # tuple[int, str]: the element type of its Sequence base is the union.
        items = tuple(arg for arg in args if arg is not Ellipsis)
        args = (typing.Union[items] if items else Any,)  # noqa: UP007 - built at runtime
    if args is None:
        return {param: _default_of(param) for param in params}
    bindings: dict[object, object] = {}
    for index, param in enumerate(params):
        if type(param).__name__ == "TypeVarTuple":
            # Everything left over belongs to the TypeVarTuple: no precise model, Any.
            bindings[param] = Any
            continue
        bindings[param] = args[index] if index < len(args) else _default_of(param)
    return bindings


def _builtin_params(cls: type) -> tuple[object, ...]:
    """typeshed's type parameters of a builtin container (the runtime class has none)."""
    if not any(cls is container for container in (list, tuple, dict, set, frozenset)):
        return ()
    return STDLIB[cls][0]


def _namedtuple_element(cls: type) -> object:
    """The element type of a NamedTuple class's tuple base: the union of its field types."""
    fields: object = cls.__dict__.get("_fields")
    if not isinstance(fields, tuple):
        return Any
    hints = resolve_hints(cls, Context())
    names = [name for name in typing.cast("tuple[object, ...]", fields) if isinstance(name, str)]
    if not names or any(name not in hints for name in names):
        return Any
    return typing.Union[tuple(hints[name] for name in names)]  # noqa: UP007 - built at runtime


def class_bindings(cls: type, args: tuple[object, ...] | None) -> dict[type, dict[object, object]]:
    """For every class of ``cls``'s MRO, what its own type parameters mean.

    ``args`` are the type arguments given to ``cls`` (``None`` when it is
    used bare: every parameter is then ``Any``, or its default). Generic
    bases pass their arguments on: in ``class P(Base[list[T]], Protocol[T])``
    checked as ``P[int]``, ``Base``'s parameter is ``list[int]``.
    """
    result: dict[type, dict[object, object]] = {cls: _own_bindings(cls, args)}
    for klass in getattr(cls, "__mro__", (cls,)):
        own = result.setdefault(klass, _own_bindings(klass, None))
        try:
            orig_bases = klass.__dict__.get("__orig_bases__", ())
        except Exception:
            continue
        bases = (
            typing.cast("tuple[object, ...]", orig_bases) if isinstance(orig_bases, tuple) else ()
        )
        for base in bases:
            origin = _mirror(get_origin(base))
            if not isinstance(origin, type) or origin in _PROTOCOL_BASES:
                continue
            if origin in result:
                continue
            base_args = tuple(substitute(arg, own) for arg in get_args(base))
            result[origin] = _own_bindings(origin, base_args)
    if tuple in result and cls is not tuple:
        for klass in result:
            if _is_namedtuple(klass):
                # A NamedTuple: mypy's tuple base holds the union of the field types.
                result[tuple] = {_builtin_params(tuple)[0]: _namedtuple_element(klass)}
                break
    return result


def _is_namedtuple(klass: type) -> bool:
    """A class made by ``NamedTuple``/``namedtuple`` (a direct ``tuple`` subclass with fields)."""
    try:
        return any(base is tuple for base in klass.__bases__) and "_fields" in klass.__dict__
    except Exception:  # a metaclass that breaks attribute access
        return False


@dataclass(frozen=True)
class Target:
    """A parsed annotation: ``protocol`` with ``args`` (``None`` = used bare).

    ``is_type`` is ``type[P]``: the object must be a class whose instances
    conform. ``annotation`` is the protocol part (``Box[int]``).
    """

    protocol: type
    args: tuple[object, ...] | None
    is_type: bool
    annotation: object

    @property
    def text(self) -> str:
        """The annotation as written: ``Box[int]``, ``type[Formatter]``."""
        inner = _plain_protocol_text(self.annotation)
        if inner is None:
            inner = format_type(self.annotation)
        return f"type[{inner}]" if self.is_type else inner


def _plain_protocol_text(annotation: object) -> str | None:
    """``format_type``'s text for a non-generic protocol class from outside
    the standard library (its qualified name), without importing the type
    engine, which a plugin that conforms never needs; ``None`` otherwise."""
    if not is_protocol_class(annotation):
        return None
    try:
        params: object = class_dict_of(annotation).get("__parameters__")
        module: object = CLASS_MODULE.__get__(annotation)
        name: object = CLASS_QUALNAME.__get__(annotation)
    except Exception:
        return None
    if type(params) is not tuple or params or not isinstance(name, str):
        return None
    if not isinstance(module, str) or standard_module(module):
        return None  # typeshed may know it (and give it parameters)
    return name


# The modules of the standard protocols that have mirrors (``_typeshed.MIRRORS``):
# a class from any other module has none, which is known without importing
# the tables.
_MIRRORED_MODULES = frozenset(
    {"collections.abc", "_collections_abc", "contextlib", "typing_extensions"}
)


def _mirror(cls: object) -> object:
    """The stand-in protocol for a standard one (``collections.abc.Iterable``...)."""
    if cls is None:
        return cls
    if isinstance(cls, type):
        try:
            module: object = CLASS_MODULE.__get__(cls)
        except Exception:
            module = None
        if isinstance(module, str) and module not in _MIRRORED_MODULES:
            return cls
    try:
        return MIRRORS.get(cls, cls)  # type: ignore[call-overload]
    except TypeError:  # unhashable
        return cls


def mirror_of(cls: object) -> type | None:
    """The stand-in protocol for a standard one, or ``None``."""
    mirrored = _mirror(cls)
    return typing.cast("type", mirrored) if mirrored is not cls else None


def _protocol_part(annotation: object) -> tuple[type, tuple[object, ...] | None, object] | None:
    mirrored = _mirror(annotation)
    if mirrored is not annotation and is_protocol_class(mirrored):
        return typing.cast("type", mirrored), None, mirrored
    if is_protocol_class(annotation):
        return typing.cast("type", annotation), None, annotation
    origin = get_origin(annotation)
    mirrored = _mirror(origin)
    args = tuple(get_args(annotation))
    if mirrored is not origin and is_protocol_class(mirrored):
        if not args:
            return typing.cast("type", mirrored), None, mirrored
        try:
            return typing.cast("type", mirrored), args, mirrored[args]  # type: ignore[index]
        except TypeError:
            return typing.cast("type", mirrored), args, mirrored
    if is_protocol_class(origin):
        return typing.cast("type", origin), args, annotation
    return None


def parse_target(annotation: object) -> Target:
    """Parse ``P``, ``Box[int]``, ``type[P]`` (``typing.Type`` too).

    Raises :class:`TypeError` for anything that is not a protocol form.
    """
    is_type = False
    inner = annotation
    if get_origin(annotation) is type:
        type_args = get_args(annotation)
        if len(type_args) == 1:
            is_type = True
            inner = type_args[0]
    part = _protocol_part(inner)
    if part is None:
        raise TypeError(
            f"expected a Protocol, a parameterised generic Protocol or type[Protocol], "
            f"got {annotation!r}"
        )
    protocol, args, inner = part
    return Target(protocol=protocol, args=args, is_type=is_type, annotation=inner)
