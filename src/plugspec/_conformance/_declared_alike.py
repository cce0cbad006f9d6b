"""Recognise a method declared exactly as the protocol declares it, without evaluating it.

Most implementations copy the protocol's signature. When the parameters
(names, kinds, which have defaults), ``async``-ness and the *written*
annotations are the same, and every name the annotations use means the same
object on both sides, the two signatures are identical and therefore
compatible (a type is a subtype of itself): the annotations need not be
evaluated, which is the slow part of a first check. Anything less certain
returns ``False`` and the full comparison runs.

From Python 3.14 the annotations compared are, as before, what
``__annotations__`` gives: deferred ones evaluated by the runtime (a few
microseconds per function, kept by the function). Their written text
(``annotationlib.Format.STRING``) would cost about a hundred times as much.
"""

from __future__ import annotations

import builtins
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, get_args, get_origin

from ._cache import IdentityCache, bounded_function, lasting
from ._raw import class_dict_of, raw_annotations

__all__ = ["same_declaration"]

_NOT_FOUND: Any = object()
_MAX_DEPTH = 12

# What one function declares: (parameters, async, annotations), or None when unusable.
_Shape = tuple[tuple[object, ...], bool, tuple[tuple[str, object], ...]]

# What was read of each protocol function whose annotations name only lasting
# things (see ``_cache``: a protocol's own class would keep its function alive).
# A plugin's function is read afresh: its class's verdict is kept instead, so
# it is compared once, and keeping it would cost more than reading it again
# (a weak entry and the ``lasting`` walk: about 3 us, callgrind on
# bench_discovery's 1000-plugin load).
_SHAPES: IdentityCache[types.FunctionType, _Shape | None] = IdentityCache()


def _shape_of(func: types.FunctionType) -> _Shape | None:
    entry = _SHAPES.entries.get(id(func))
    if entry is not None and entry[0]() is func:
        return entry[1]
    shape = _read_shape(func)
    if shape is None or all(lasting(value) for _, value in shape[2]):
        _SHAPES.set(func, shape)
    return shape


def same_declaration(expected: object, found: object) -> bool:
    """Both are plain functions declared with the same signature, as written.

    ``expected`` is the protocol's function, ``found`` the object's.
    Overloaded functions never qualify.
    """
    # ``type() is``: the function type cannot be subclassed, nor faked this way.
    if type(expected) is not types.FunctionType or type(found) is not types.FunctionType:
        return False
    if _overloaded(expected) or _overloaded(found):
        return False
    left = _shape_of(expected)
    right = _read_shape(found)
    if left is None or right is None or left[0] != right[0] or left[1] != right[1]:
        return False
    annotations, other = left[2], right[2]
    if len(annotations) != len(other):
        return False
    for (name, value), (other_name, other_value) in zip(annotations, other, strict=True):
        if name != other_name:
            return False
        if value is other_value and type(value) is type:
            continue  # the usual annotation, one plain class: what ``_same`` says, sooner
        if not _same(value, expected, other_value, found, 0):
            return False
    return True


def _overloaded(func: types.FunctionType) -> bool:
    if func.__qualname__ == "_overload_dummy":
        return True
    get_overloads = _GET_OVERLOADS
    if get_overloads is None:
        # Before 3.11, typing_extensions' registry, read only when the module
        # is loaded: overloads registered there imply it is. This module stays
        # light for the quick path (typing_extensions imports ``inspect``).
        extensions = sys.modules.get("typing_extensions")
        get_overloads = getattr(extensions, "get_overloads", None)
        if get_overloads is None:
            return False
    try:
        return bool(get_overloads(func))
    except Exception:
        return True


# From 3.11 typing keeps the registry, and typing_extensions' ``get_overloads``
# is typing's own (found once, not per call).
_GET_OVERLOADS: Callable[[Any], Sequence[object]] | None = getattr(typing, "get_overloads", None)


def _read_shape(func: types.FunctionType) -> _Shape | None:
    namespace = func.__dict__
    if "__wrapped__" in namespace or "__signature__" in namespace:
        return None
    code = func.__code__
    flags = code.co_flags
    positional = code.co_argcount
    count = positional + code.co_kwonlyargcount
    count += bool(flags & 0x04) + bool(flags & 0x08)  # *args, **kwargs
    # The parameters: their kinds (the counts and the ``*args``/``**kwargs``
    # flags), their names in order, and which have defaults: the last
    # positional ones, as many as ``__defaults__`` holds, and the keyword-only
    # ones ``__kwdefaults__`` names. Equal shapes mean equal parameters.
    params = (
        code.co_posonlyargcount,
        positional,
        code.co_kwonlyargcount,
        flags & 0x0C,
        code.co_varnames[:count],
        len(func.__defaults__ or ()),
        tuple(func.__kwdefaults__ or ()),
    )
    read = raw_annotations(func)
    if type(read) is not dict:
        return None
    raw = typing.cast("dict[str, object]", read)
    if not all(type(key) is str for key in raw):  # assigned by hand: anything goes
        return None
    annotations = tuple(raw.items())
    is_async = bool(flags & 0x80)  # CO_COROUTINE
    return (params, is_async, annotations)


def _same(
    left: object,
    left_func: types.FunctionType,
    right: object,
    right_func: types.FunctionType,
    depth: int,
) -> bool:
    """The two written annotations denote the same type, without evaluating them."""
    if depth > _MAX_DEPTH:
        return False
    if type(left) is str and type(right) is str:
        return left == right and _same_names(str(left), left_func, right_func)
    if left is right:
        return _plain(left)
    if type(left) is not type(right) or type(left) is str:
        return False
    origin = get_origin(left)
    if origin is None or origin is not get_origin(right):
        return False
    left_args, right_args = get_args(left), get_args(right)
    if len(left_args) != len(right_args):
        return False
    return all(
        _same(a, left_func, b, right_func, depth + 1)
        for a, b in zip(left_args, right_args, strict=True)
    )


def _plain(annotation: object) -> bool:
    """Not a type variable, ``Self`` or anything else bound differently per side."""
    kind = type(annotation)
    if kind is type:
        return True  # a plain class, the usual annotation
    if kind.__name__ in _TYPE_PARAMETERS:
        return False
    extensions = sys.modules.get("typing_extensions")
    return annotation is not _TYPING_SELF and annotation is not getattr(
        extensions, "Self", _NOT_FOUND
    )


_TYPE_PARAMETERS = ("TypeVar", "ParamSpec", "TypeVarTuple", "ParamSpecArgs", "ParamSpecKwargs")
_TYPING_SELF: object = getattr(typing, "Self", _NOT_FOUND)  # 3.11+


def _same_names(text: str, left_func: types.FunctionType, right_func: types.FunctionType) -> bool:
    left_shadowed = _shadowed(left_func)
    right_shadowed = _shadowed(right_func)
    if left_shadowed is None or right_shadowed is None:
        return False
    left_globals: Mapping[str, object] = left_func.__globals__
    right_globals: Mapping[str, object] = right_func.__globals__
    for name in _identifiers(text):
        if name in left_shadowed or name in right_shadowed:
            return False
        value = left_globals.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = _BUILTINS.get(name, _NOT_FOUND)
            if value is _NOT_FOUND or name in right_globals:
                return False
            continue  # a builtin on both sides
        if value is not right_globals.get(name, _NOT_FOUND) or not _plain(value):
            return False
    return True


@bounded_function
def _identifiers(text: str) -> frozenset[str]:
    # Compiled on first use (re caches it): most annotations are not strings.
    return frozenset(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


# The names a class and the classes enclosing it define, which shadow the
# module's names in its methods' string annotations. Read per class, only
# when a string annotation is compared: most annotations are not strings,
# and a class's methods share one entry.
_SHADOWED: IdentityCache[type, frozenset[str]] = IdentityCache()
_AT_MODULE_LEVEL: frozenset[str] = frozenset()


def _shadowed(func: types.FunctionType) -> frozenset[str] | None:
    """The names ``func``'s enclosing classes define, or None when its scope is not plain."""
    qualname = func.__qualname__
    if "<locals>" in qualname:
        return None  # names of an enclosing function's scope are not visible here
    path = qualname.split(".")[:-1]
    if not path:
        return _AT_MODULE_LEVEL
    classes: list[type] = []
    scope: Mapping[str, object] = func.__globals__
    for part in path:
        owner = scope.get(part, _NOT_FOUND)
        if not isinstance(owner, type):
            return None
        classes.append(owner)
        scope = class_dict_of(owner)
    innermost = classes[-1]
    found = _SHADOWED.get(innermost)
    if found is None:
        names: set[str] = set()
        for cls in classes:
            names.update(class_dict_of(cls))
        found = _SHADOWED.set(innermost, frozenset(names))
    return found


_BUILTINS: Mapping[str, object] = vars(builtins)
