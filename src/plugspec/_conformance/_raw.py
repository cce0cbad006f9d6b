"""Reading classes past their own hooks: the runtime's descriptors, never a
metaclass's properties or ``__class__`` overrides.

Light on purpose (no ``inspect``, no ``typing_extensions``): the quick path
(:mod:`._plain_class`) uses it before the engine is imported.
"""

from __future__ import annotations

import sys
import types
import typing
from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from typing_extensions import TypeIs

__all__ = [
    "CLASS_MODULE",
    "CLASS_QUALNAME",
    "MODULE_DICT",
    "NOT_MEMBERS",
    "RUNTIME_DESCRIPTORS",
    "class_dict_of",
    "class_lookup",
    "instance_dict",
    "is_a",
    "is_any",
    "mro_of",
    "protocol_bases",
    "raw_annotations",
    "standard_module",
]

_T = TypeVar("_T")

#: Names in a protocol's body that are never members (typing's bookkeeping and
#: EXCLUDED_ATTRIBUTES on every Python, plus mypy's EXCLUDED_PROTOCOL_ATTRIBUTES).
NOT_MEMBERS = frozenset(
    [
        "__abstractmethods__",
        "__annotations__",
        "__class_getitem__",
        "__dict__",
        "__doc__",
        "__final__",
        "__init__",
        "__module__",
        "__new__",
        "__orig_bases__",
        "__orig_class__",
        "__parameters__",
        "__slots__",
        "__subclasshook__",
        "__weakref__",
        "_is_protocol",
        "_is_runtime_protocol",
        "__protocol_attrs__",
        "__non_callable_proto_members__",
        "__callable_proto_members_only__",
        "__firstlineno__",
        "__static_attributes__",
        "__type_params__",
        "__match_args__",
        "__annotate__",
        "__annotate_func__",
        "__annotations_cache__",
        "_MutableMapping__marker",
        "__init_subclass__",
    ]
)

_CLASS_DICT: typing.Any = type.__dict__["__dict__"]
_CLASS_MRO: typing.Any = type.__dict__["__mro__"]

# The runtime's own readers of a class's ``__module__`` and ``__qualname__``
# and of a module's ``__dict__``, called as ``CLASS_MODULE.__get__(cls)``: a
# metaclass or a module subclass cannot replace them. Descriptors rather than
# functions, for the callers on a hot path.
CLASS_MODULE: typing.Any = type.__dict__["__module__"]
CLASS_QUALNAME: typing.Any = type.__dict__["__qualname__"]
MODULE_DICT: typing.Any = vars(types.ModuleType)["__dict__"]


def is_a(value: object, kind: type[_T]) -> TypeIs[_T]:
    """``isinstance`` by the real type only.

    ``isinstance`` falls back to ``value.__class__``, which an object can
    make a property (its own code); ``type(value)`` cannot be faked.
    """
    return issubclass(type(value), kind)


def is_any(value: object, kinds: tuple[type, ...]) -> bool:
    """:func:`is_a` for several types (no narrowing)."""
    return issubclass(type(value), kinds)


def class_dict_of(cls: object) -> Mapping[str, object]:
    """The class's own namespace (a ``mappingproxy``), or ``{}``."""
    try:
        space: Mapping[str, object] = _CLASS_DICT.__get__(cls)  # never a metaclass property
    except Exception:
        return {}
    return space


# The descriptors the runtime itself puts on classes (``__dict__``, slots, a
# function's ``__qualname__``): reading through one runs no plugin code.
RUNTIME_DESCRIPTORS = (types.GetSetDescriptorType, types.MemberDescriptorType)


def class_lookup(cls: type, name: str) -> tuple[type, object] | None:
    """The first class of ``cls``'s MRO whose own namespace holds ``name``, and the
    value there, as stored (no descriptor runs, no metaclass hook)."""
    for klass in mro_of(cls):
        space = class_dict_of(klass)
        if name in space:
            return klass, space[name]
    return None


def instance_dict(obj: object) -> Mapping[str, object]:
    """``obj.__dict__`` when the runtime's own descriptor provides it (never a property)."""
    kind = type(obj)
    hit = class_lookup(kind, "__dict__")
    if hit is None or not isinstance(hit[1], RUNTIME_DESCRIPTORS):
        return {}
    try:
        space = hit[1].__get__(obj, kind)
    except Exception:
        return {}
    if isinstance(space, dict):
        return typing.cast("dict[str, object]", space)
    return {}


def raw_annotations(obj: object) -> Mapping[object, object]:
    """What ``obj`` (a class, a function or a module) annotates itself, unevaluated.

    The one reader of annotations: everything else asks it. A class's own
    only (never inherited ones), read past a metaclass or a module's own
    hooks; ``{}`` when there are none or they cannot be read. Never raises.

    From Python 3.14 annotations are deferred (PEP 649/749) and are
    evaluated here, as ``__annotations__`` would be; when a name cannot be
    resolved, that name alone stays a ``ForwardRef`` (read like a string
    annotation) and the rest of the annotation keeps its value.
    """
    kind = type(obj)  # never obj.__class__, which an object can fake
    if kind is types.FunctionType:
        owner: type = types.FunctionType
    elif issubclass(kind, type):
        owner = type
    elif issubclass(kind, types.ModuleType):
        owner = types.ModuleType
    else:
        return {}
    try:
        raw = _annotations_of(obj, owner)
    except Exception:  # a hostile object, or an annotation that cannot be evaluated
        return {}
    # A dict or nothing, the usual cases, without the ABC's check (~1 us).
    if raw is None:
        return {}
    if type(raw) is dict or isinstance(raw, Mapping):
        return typing.cast("Mapping[object, object]", raw)
    return {}


# What a namespace holds when its object has annotations: written ones (before
# 3.14, or under ``from __future__ import annotations``), a class's deferred
# ones and what evaluating them kept (3.14+), a module's deferred ones.
_ANNOTATION_KEYS = ("__annotations__", "__annotate_func__", "__annotations_cache__", "__annotate__")

if sys.version_info >= (3, 14):
    import annotationlib

    def _annotations_of(obj: object, owner: type) -> object:
        # Only the runtime's own descriptors of ``type``, functions and modules:
        # never a metaclass's property nor a module subclass's ``__getattr__``.
        descriptors: Mapping[str, typing.Any] = vars(owner)
        if owner is not types.FunctionType:
            space = _CLASS_DICT if owner is type else MODULE_DICT
            if not any(key in space.__get__(obj) for key in _ANNOTATION_KEYS):
                return {}  # nothing annotated: read (and changed) nothing
        try:
            # Format.VALUE, which the runtime keeps once evaluated.
            return descriptors["__annotations__"].__get__(obj)
        except Exception:
            # A name that cannot be resolved (yet): FORWARDREF keeps the rest.
            annotate = descriptors["__annotate__"].__get__(obj)
            return annotationlib.call_annotate_function(
                annotate, annotationlib.Format.FORWARDREF, owner=obj
            )

else:

    def _annotations_of(obj: object, owner: type) -> object:
        if owner is types.FunctionType:
            return typing.cast("types.FunctionType", obj).__annotations__
        space = _CLASS_DICT if owner is type else MODULE_DICT
        return space.__get__(obj).get("__annotations__")


def mro_of(cls: type) -> tuple[type, ...]:
    """The class's ``__mro__`` as the runtime keeps it (``(cls,)`` if unreadable)."""
    try:
        mro: object = _CLASS_MRO.__get__(cls)
    except Exception:
        return (cls,)
    return mro if type(mro) is tuple else (cls,)  # pyright: ignore[reportUnknownVariableType]


def standard_module(module: str) -> bool:
    """Whether ``module`` is part of the standard library (or typing_extensions)."""
    top = module.partition(".")[0]
    return top in sys.stdlib_module_names or top == "typing_extensions"


def protocol_bases() -> tuple[object, ...]:
    """``typing.Protocol``, and ``typing_extensions.Protocol`` (its own class
    before 3.12) when that module is loaded: a protocol written with it means
    it is, so it is never imported here."""
    extensions = sys.modules.get("typing_extensions")
    return (typing.Protocol, getattr(extensions, "Protocol", typing.Protocol))
