"""Find and replace type variables (and ``Self``) inside an evaluated annotation."""

from __future__ import annotations

import collections.abc
import types
import typing
from collections.abc import Mapping
from typing import Any, get_args, get_origin

import typing_extensions

__all__ = ["substitute", "type_vars_in", "union_items"]


def union_items(annotation: object) -> tuple[object, ...]:
    """The items of a union (``int | None``, ``Union[int, str]``), or ``(annotation,)``.

    >>> union_items(int | None)
    (<class 'int'>, <class 'NoneType'>)
    """
    origin = get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return tuple(get_args(annotation))
    return (annotation,)


# The classes of type variables, by name: typing's and typing_extensions' alike.
_TYPE_VARIABLES = ("TypeVar", "ParamSpec")


def type_vars_in(annotation: object, found: list[object] | None = None) -> list[object]:
    """Every type variable (``TypeVar`` or ``ParamSpec``) inside ``annotation``,
    in order of first appearance; appended to ``found`` when given.

    >>> from typing import TypeVar
    >>> K, V = TypeVar("K"), TypeVar("V")
    >>> type_vars_in(dict[K, list[V]]) == [K, V]
    True
    """
    found = [] if found is None else found
    if type(annotation).__name__ in _TYPE_VARIABLES:
        if all(annotation is not seen for seen in found):
            found.append(annotation)
    elif isinstance(annotation, (list, tuple)):
        for item in typing.cast("list[object] | tuple[object, ...]", annotation):
            type_vars_in(item, found)
    else:
        try:
            args = typing_extensions.get_args(annotation)
        except Exception:  # a hostile form
            args = ()
        for arg in args:
            type_vars_in(arg, found)
    return found


def _is_callable_origin(origin: object) -> bool:
    return origin is typing.cast("object", collections.abc.Callable)


def substitute(annotation: object, mapping: Mapping[object, object]) -> object:
    """``annotation`` with every key of ``mapping`` replaced by its value.

    Works on the runtime forms of ``typing`` and builtin generics; anything it
    cannot rebuild is returned unchanged (the caller then compares the
    original, which at worst is lenient).

    >>> from typing import TypeVar
    >>> T = TypeVar("T")
    >>> substitute(dict[str, list[T]], {T: int})
    dict[str, list[int]]
    """
    if not mapping:
        return annotation
    try:
        return _substitute(annotation, mapping)
    except Exception:
        return annotation


def _lookup(annotation: object, mapping: Mapping[object, object]) -> tuple[bool, object]:
    try:
        if annotation in mapping:
            return True, mapping[annotation]
    except TypeError:  # unhashable (a list of Callable parameters, say)
        pass
    return False, None


def _substitute(annotation: object, mapping: Mapping[object, object]) -> object:
    hit, value = _lookup(annotation, mapping)
    if hit:
        return value
    if isinstance(annotation, list):
        items = typing.cast("list[object]", annotation)
        return [_substitute(item, mapping) for item in items]
    args = get_args(annotation)
    if not args:
        return annotation
    new_args = tuple(_substitute(arg, mapping) for arg in args)
    if all(a is b for a, b in zip(new_args, args, strict=True)):
        return annotation
    origin = get_origin(annotation)
    if origin is typing.Union or isinstance(annotation, types.UnionType):
        return typing.Union[new_args]  # noqa: UP007 (rebuilding from a tuple)
    if origin is typing.Literal:
        return annotation
    if _is_callable_origin(origin):
        head: Any = new_args[0]
        returns = new_args[-1]
        if isinstance(head, tuple):  # a ParamSpec replaced by its parameter types
            head = list(typing.cast("tuple[object, ...]", head))
        if isinstance(annotation, types.GenericAlias):
            abc_callable: Any = collections.abc.Callable
            return abc_callable[head, returns]
        typing_callable: Any = typing.Callable
        return typing_callable[head, returns]
    if origin is typing.Annotated:
        return annotation
    if isinstance(annotation, types.GenericAlias):
        return types.GenericAlias(typing.cast("type", origin), new_args)
    # Every other alias get_args() opens is a typing alias, which has copy_with
    # (anything else raises here, and substitute() returns it unchanged).
    alias: Any = annotation
    return alias.copy_with(new_args)
