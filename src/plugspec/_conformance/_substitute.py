"""Replace type variables (and ``Self``) inside an evaluated annotation."""

from __future__ import annotations

import collections.abc
import types
import typing
from collections.abc import Mapping
from typing import Any, get_args, get_origin

__all__ = ["substitute"]


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
