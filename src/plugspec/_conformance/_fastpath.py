"""Recognise a method declared exactly as the protocol declares it, without evaluating it.

Most implementations copy the protocol's signature. When the parameters
(names, kinds, which have defaults), ``async``-ness and the *written*
annotations are the same, and every name the annotations use means the same
object on both sides, the two signatures are identical and therefore
compatible (a type is a subtype of itself): the annotations need not be
evaluated, which is the slow part of a first check. Anything less certain
returns ``False`` and the full comparison runs.
"""

from __future__ import annotations

import builtins
import functools
import re
import types
import typing
import weakref
from collections.abc import Mapping
from typing import Any, get_args, get_origin

import typing_extensions

from ._lookup import SELF_FORMS, class_dict_of, is_a

__all__ = ["same_declaration"]

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NOT_FOUND: Any = object()
_MAX_DEPTH = 12

# What one function declares: (parameters, async, annotations) or None when unusable.
_Shape = tuple[tuple[object, ...], bool, tuple[tuple[str, object], ...]]
_SHAPES: weakref.WeakKeyDictionary[types.FunctionType, _Shape | None] = weakref.WeakKeyDictionary()


def same_declaration(expected: object, found: object) -> bool:
    """Both are plain functions declared with the same signature, as written.

    ``expected`` is the protocol's function, ``found`` the object's.
    Overloaded functions never qualify.
    """
    if not is_a(expected, types.FunctionType) or not is_a(found, types.FunctionType):
        return False
    if _overloaded(expected) or _overloaded(found):
        return False
    left = _shape(expected)
    right = _shape(found)
    if left is None or right is None or left[0] != right[0] or left[1] != right[1]:
        return False
    annotations, other = left[2], right[2]
    if len(annotations) != len(other):
        return False
    for (name, value), (other_name, other_value) in zip(annotations, other, strict=True):
        if name != other_name or not _same(value, expected, other_value, found, 0):
            return False
    return True


def _overloaded(func: types.FunctionType) -> bool:
    if func.__qualname__ == "_overload_dummy":
        return True
    try:
        return bool(typing_extensions.get_overloads(func))
    except Exception:
        return True


def _shape(func: types.FunctionType) -> _Shape | None:
    try:
        return _SHAPES[func]
    except KeyError:
        pass
    shape = _read_shape(func)
    _SHAPES[func] = shape
    return shape


def _read_shape(func: types.FunctionType) -> _Shape | None:
    namespace = func.__dict__
    if "__wrapped__" in namespace or "__signature__" in namespace:
        return None
    code = func.__code__
    count = code.co_argcount + code.co_kwonlyargcount
    count += bool(code.co_flags & 0x04) + bool(code.co_flags & 0x08)  # *args, **kwargs
    defaults = len(func.__defaults__ or ())
    kw_defaults = func.__kwdefaults__ or {}
    params: list[object] = [
        (code.co_posonlyargcount, code.co_argcount, code.co_kwonlyargcount, code.co_flags & 0x0C)
    ]
    for index, name in enumerate(code.co_varnames[:count]):
        has_default = (
            code.co_argcount - defaults <= index < code.co_argcount
        ) or name in kw_defaults
        params.append((name, index, has_default))
    raw = namespace.get("__annotations__")
    if raw is None:
        raw = getattr(func, "__annotations__", None)
    if not isinstance(raw, dict):
        return None
    items = typing.cast("dict[object, object]", raw)
    if not all(type(key) is str for key in items):
        return None
    annotations = tuple((str(key), value) for key, value in items.items())
    is_async = bool(code.co_flags & 0x80)  # CO_COROUTINE
    return (tuple(params), is_async, annotations)


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
    kind = type(annotation).__name__
    if kind in ("TypeVar", "ParamSpec", "TypeVarTuple", "ParamSpecArgs", "ParamSpecKwargs"):
        return False
    return not any(annotation is form for form in SELF_FORMS)


def _same_names(text: str, left_func: types.FunctionType, right_func: types.FunctionType) -> bool:
    left_scope, right_scope = _scope(left_func), _scope(right_func)
    if left_scope is None or right_scope is None:
        return False
    left_globals, left_shadowed = left_scope
    right_globals, right_shadowed = right_scope
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


@functools.lru_cache(maxsize=4096)
def _identifiers(text: str) -> frozenset[str]:
    return frozenset(_IDENTIFIER.findall(text))


# A function's annotation scope: its module globals and the names its enclosing
# classes define (those shadow the module's, so they are left to the full check).
_Scope = tuple[dict[str, object], frozenset[str]]
_SCOPES: weakref.WeakKeyDictionary[types.FunctionType, _Scope | None] = weakref.WeakKeyDictionary()


def _scope(func: types.FunctionType) -> _Scope | None:
    try:
        return _SCOPES[func]
    except KeyError:
        pass
    scope = _read_scope(func)
    _SCOPES[func] = scope
    return scope


def _read_scope(func: types.FunctionType) -> _Scope | None:
    qualname = func.__qualname__
    if "<locals>" in qualname:
        return None  # names of an enclosing function's scope are not visible here
    globalns = func.__globals__
    shadowed: set[str] = set()
    owner: object = globalns
    for part in qualname.split(".")[:-1]:
        space = (
            typing.cast("dict[str, object]", owner)
            if isinstance(owner, dict)
            else class_dict_of(typing.cast("type", owner))
        )
        owner = space.get(part, _NOT_FOUND)
        if not isinstance(owner, type):
            return None
        shadowed.update(class_dict_of(owner))
    return globalns, frozenset(shadowed)


_BUILTINS: Mapping[str, object] = vars(builtins)
