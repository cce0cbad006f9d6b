"""Classes mypy takes as falling back to ``Any``: their instances conform to anything.

mypy gives a class an ``Any`` fallback when its MRO holds ``typing.Any``, or
when one of its bases is written as a call it cannot analyse ("Unsupported
dynamic base class"); an instance of such a class is a subtype of every type
but ``None`` (``subtypes.visit_instance``), wherever it is compared. The
answer is read statically (the class's ``__bases__`` and its own lines) and
kept per class.
"""

from __future__ import annotations

import ast
import types
import typing
from collections.abc import Mapping
from typing import Any

import typing_extensions

from ._cache import IdentityCache
from ._raw import CLASS_QUALNAME, MODULE_DICT, class_dict_of, is_a
from ._source import class_node, module_space, module_variables

__all__ = ["any_based"]

_CLASS_BASES: Any = type.__dict__["__bases__"]
_ANY_BASED: IdentityCache[type, str] = IdentityCache()

# The calls mypy understands as a base class (semanal: a named tuple or TypedDict
# made inline; the compatibility helpers that only set the metaclass).
_BASE_CALLS = frozenset(
    {
        ("collections", "namedtuple"),
        ("typing", "NamedTuple"),
        ("typing_extensions", "NamedTuple"),
        ("typing", "TypedDict"),
        ("typing_extensions", "TypedDict"),
        ("mypy_extensions", "TypedDict"),
        ("six", "with_metaclass"),
        ("future.utils", "with_metaclass"),
        ("past.utils", "with_metaclass"),
    }
)


def any_based(cls: type) -> str:
    """What makes ``cls`` a class with an ``Any`` base to mypy, or ``""``.

    A class whose MRO holds ``typing.Any`` (Python 3.11+), or one written with a
    base that is a call mypy cannot analyse (``class C(make_base(B))``: "Unsupported
    dynamic base class"), falls back to ``Any``: its instances are subtypes of
    every type but ``None`` (``subtypes.visit_instance``). A base made by a call
    is found at runtime as a class its module does not hold under its name; the
    class statement's own lines then tell whether it was written as such a call.
    """
    cached = _ANY_BASED.get(cls)
    if cached is not None:
        return cached
    # Its own class statement, then each base's answer (kept, so that the
    # ancestors a plugin shares with others are read once).
    found = _own_reason(cls)
    if not found:
        for base in _bases(cls):
            if isinstance(base, type):
                found = any_based(base)
                if found:
                    break
    _ANY_BASED.set(cls, found)
    return found


def _bases(klass: type) -> tuple[object, ...]:
    try:
        bases: object = _CLASS_BASES.__get__(klass)
    except Exception:
        return ()
    return typing.cast("tuple[object, ...]", bases) if type(bases) is tuple else ()


def _own_reason(klass: type) -> str:
    """What in ``klass``'s own class statement gives it an ``Any`` fallback, or ``""``."""
    if klass is Any or klass is typing_extensions.Any:  # a class of its own on 3.10
        return "it inherits from `Any`"
    written = _bases(klass)
    name = CLASS_QUALNAME.__get__(klass)
    variable = _variable_base(klass, written)
    if variable:
        why = 'a variable to mypy ("Invalid base class")'
        return f"`{name}` is written with the base `{variable}`, {why}"
    if all(_reachable(base) for base in written if isinstance(base, type)):
        return ""
    call = _dynamic_base_call(klass)
    if call:
        return f"`{name}` is written with the base `{call}(...)`, which mypy cannot analyse"
    return ""


def _reachable(cls: type) -> bool:
    """Whether ``cls``'s module holds it under its qualified name (read statically)."""
    space = module_space(cls)
    qualname = CLASS_QUALNAME.__get__(cls)
    if space is None or not isinstance(qualname, str) or "<locals>" in qualname:
        return False
    value: object = space.get(qualname.partition(".")[0])
    for part in qualname.split(".")[1:]:
        value = class_dict_of(value).get(part) if isinstance(value, type) else None
    return value is cls


def _variable_base(klass: type, bases: tuple[object, ...]) -> str:
    """The name of a base written as a module-level variable, or ``""``.

    mypy's semantic analysis takes ``_Base = make_base(B)`` (or ``_Base: type[B] = B``)
    as a variable, not a class: ``class C(_Base)`` is an "Invalid base class" and C
    falls back to ``Any``. Read only for a module-level class with a base that its
    module also holds under another name (one pass over the module's dictionary);
    the module's source is read only then.
    """
    space = module_space(klass)
    qualname = CLASS_QUALNAME.__get__(klass)
    if space is None or not isinstance(qualname, str) or "." in qualname:
        return ""
    # ``object`` is left out: every plain class has it, and no one writes it as a variable.
    classes = {
        id(base): CLASS_QUALNAME.__get__(base)
        for base in bases
        if isinstance(base, type) and base is not object
    }
    if not classes:
        return ""
    others = {
        name for name, value in space.items() if id(value) in classes and name != classes[id(value)]
    }
    if not others:
        return ""
    variables = others & module_variables(space)
    if not variables:
        return ""
    written = class_node(klass)
    if written is None:
        return ""
    for base in written.bases:
        if isinstance(base, ast.Name) and base.id in variables:
            return base.id
    return ""


def _dynamic_base_call(klass: type) -> str:
    """The callee of a base written as a call mypy does not understand, or ``""``."""
    written = class_node(klass)
    space = module_space(klass)
    if written is None or space is None:
        return ""
    for base in written.bases:
        if not isinstance(base, ast.Call):
            continue
        callee = _resolve(base.func, space)
        where = (getattr(callee, "__module__", None), getattr(callee, "__name__", None))
        if callee is None or where not in _BASE_CALLS:
            return ast.unparse(base.func)
    return ""


def _resolve(node: ast.expr, space: Mapping[str, object]) -> object:
    """What a name or a dotted name of module attributes refers to, read from the
    module dictionaries (``None`` when it cannot be read so)."""
    if isinstance(node, ast.Name):
        return space.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, space)
        if is_a(owner, types.ModuleType):
            return typing.cast("dict[str, object]", MODULE_DICT.__get__(owner)).get(node.attr)
    return None
