"""Evaluated annotations of functions, class bodies and modules.

``typing.get_type_hints`` is all-or-nothing (one unresolvable name fails the
whole object) and merges the MRO, so each annotation is evaluated here on its
own: a string or forward reference that cannot be evaluated becomes ``Any``
with a note, and the rest still count.
"""

from __future__ import annotations

import builtins
import collections.abc
import sys
import types
import typing
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any, ForwardRef, cast

import typing_extensions
from typing_extensions import TypeIs

from ._cache import bounded_function
from ._context import Context
from ._raw import CLASS_QUALNAME, class_dict_of, raw_annotations
from ._source import type_checking_names

__all__ = ["bare_qualifier", "compile_annotation", "resolve_hints", "unwrap_qualifiers"]

# Untyped handles for rebuilding annotations from runtime arguments.
_TYPING: Any = typing
_TE: Any = typing_extensions
_GENERIC_ALIAS: Any = types.GenericAlias
_CALLABLE: Any = collections.abc.Callable
_WRAPPERS: Any = (staticmethod, classmethod, types.MethodType)

_QUALIFIER_NAMES = ("ClassVar", "Final", "Annotated", "ReadOnly", "Required", "NotRequired")


def _qualifier_forms() -> dict[object, str]:
    forms: dict[object, str] = {}
    for module in (typing, typing_extensions):
        for name in _QUALIFIER_NAMES:
            form = getattr(module, name, None)
            if form is not None:
                forms[form] = name
    return forms


_QUALIFIERS = _qualifier_forms()


def _typing_names() -> dict[str, object]:
    names: dict[str, object] = {}
    for module in (typing_extensions, typing):
        for name in getattr(module, "__all__", ()):
            value = getattr(module, name, None)
            if value is not None:
                names[name] = value
    return names


# Names that annotations may use without importing them (lowest priority).
_TYPING_NAMES = _typing_names()


def unwrap_qualifiers(annotation: object) -> tuple[object, frozenset[str]]:
    """Strip ``ClassVar``/``Final``/``Annotated``/``ReadOnly``/``Required``/``NotRequired``.

    Returns the inner type and the names of the qualifiers removed. A bare
    qualifier (``ClassVar`` or ``Final`` without a type) leaves ``Any``.

    >>> from typing import ClassVar
    >>> unwrap_qualifiers(ClassVar[int])
    (<class 'int'>, frozenset({'ClassVar'}))
    """
    found: set[str] = set()
    current = annotation
    while True:  # each round strips one layer of a finite annotation
        bare = _qualifier_name(current)
        if bare is not None:
            found.add(bare)
            return Any, frozenset(found)
        name = _qualifier_name(_safe_origin(current))
        if name is None:
            break
        found.add(name)
        if name == "Annotated":
            current = getattr(current, "__origin__", Any)
        else:
            args = _safe_args(current)
            current = args[0] if args else Any
    return current, frozenset(found)


def bare_qualifier(annotation: object) -> bool:
    """``Final`` or ``ClassVar`` written without a type: mypy infers it from the value."""
    current = annotation
    while True:  # each round strips one layer of a finite annotation
        if _qualifier_name(current) in ("Final", "ClassVar"):
            return True
        if _qualifier_name(_safe_origin(current)) != "Annotated":
            return False
        current = getattr(current, "__origin__", Any)


def _qualifier_name(form: object) -> str | None:
    try:
        return _QUALIFIERS.get(form)
    except Exception:  # unhashable (or hostile) annotation
        return None


def _safe_origin(annotation: object) -> object:
    try:
        return typing_extensions.get_origin(annotation)
    except Exception:
        return None


def _safe_args(annotation: object) -> tuple[object, ...]:
    try:
        return tuple(typing_extensions.get_args(annotation))
    except Exception:
        return ()


# Per-object cache keyed by identity (never calls the object's own __hash__/__eq__):
# id -> (weak reference that proves the id still names the object, hints, notes).
_CACHE: dict[int, tuple[weakref.ref[Any], dict[str, object], tuple[str, ...]]] = {}


def resolve_hints(obj: object, ctx: Context) -> dict[str, object]:
    """The evaluated annotations of a function, of one class body, or of a module.

    For a class, only its own ``__annotations__`` (not inherited ones). String
    annotations (``from __future__ import annotations``, quoted forward
    references) are evaluated in the defining module's globals, the class
    namespace (for class bodies and methods) and the ``typing`` names; one
    that cannot be evaluated becomes ``Any`` and a note goes to ``ctx``.

    >>> def f(x: "int", y: "Undefined") -> "list[str]": ...
    >>> ctx = Context()
    >>> resolve_hints(f, ctx)
    {'x': <class 'int'>, 'y': typing.Any, 'return': list[str]}
    """
    target = _unwrap(obj)
    key = id(target)
    cached = _CACHE.get(key)
    if cached is not None and cached[0]() is target:
        for text in cached[2]:
            ctx.note(text)
        return dict(cached[1])
    local = Context()
    try:
        hints = _resolve(target, local)
    except Exception as error:  # resolving must never take a check down
        local.note(f"annotations could not be read ({type(error).__name__}: {error})")
        hints = {}
    for text in local.notes:
        ctx.note(text)

    def forget(ref: weakref.ref[Any]) -> None:
        entry = _CACHE.get(key)
        if entry is not None and entry[0] is ref:
            del _CACHE[key]

    try:
        ref = weakref.ref(target, forget)
    except TypeError:  # not weak-referenceable: do not cache
        return dict(hints)
    _CACHE[key] = (ref, hints, tuple(local.notes))
    return dict(hints)


def _unwrap(obj: object) -> object:
    """The function behind a method, classmethod, staticmethod or property getter."""
    while issubclass(type(obj), _WRAPPERS):
        inner: object = getattr(obj, "__func__", None)
        obj = inner
    return obj


def _namespaces(
    obj: object, type_checking: bool = False
) -> tuple[dict[str, Any], Mapping[str, Any]]:
    """Globals and locals to evaluate ``obj``'s string annotations in.

    With ``type_checking``, the names the module's ``if TYPE_CHECKING:``
    block imports come under the module's own globals (which the runtime
    binds, and so win) and above the builtins, as a type checker reads them.
    """
    if issubclass(type(obj), types.ModuleType):
        module_dict: dict[str, Any] = dict(cast("types.ModuleType", obj).__dict__)
        hidden = type_checking_names(module_dict) if type_checking else {}
        return module_dict, {**_TYPING_NAMES, **vars(builtins), **hidden, **module_dict}
    scopes: list[Mapping[str, Any]] = []
    if issubclass(type(obj), types.FunctionType):
        function = cast("types.FunctionType", obj)
        globalns = function.__globals__
        qualname: object = function.__qualname__
        # PEP 695: ``def f[T](x: T)`` (the attribute exists from Python 3.12).
        scopes.append(_type_param_names(getattr(function, "__type_params__", ())))
    else:
        space = class_dict_of(obj)
        module_name = space.get("__module__")
        module = sys.modules.get(module_name) if isinstance(module_name, str) else None
        globalns = dict(vars(module)) if module is not None else {}
        qualname = space.get("__qualname__", "")
        scopes.append(space)
        name = type.__dict__["__name__"].__get__(obj)
        scopes.append({name: obj})
        scopes.append(_type_param_names(space.get("__type_params__")))
    # Enclosing classes named by the qualified name (static lookups only).
    enclosing: list[Mapping[str, Any]] = []
    owner: object = None
    parts = qualname.split(".") if isinstance(qualname, str) else []
    for part in parts[:-1]:
        where: Mapping[str, Any] = globalns if owner is None else class_dict_of(owner)
        owner = where.get(part)
        if not issubclass(type(owner), type):
            enclosing.clear()  # a function scope (<locals>) hides the names
            owner = None
            continue
        owner_space = class_dict_of(owner)
        enclosing.append({**_type_param_names(owner_space.get("__type_params__")), **owner_space})
    # mypy sees the names of the class a method is written in, not of outer classes.
    scopes.extend(enclosing[-1:])
    hidden = type_checking_names(globalns) if type_checking else {}
    merged: dict[str, Any] = {**_TYPING_NAMES, **vars(builtins), **hidden, **globalns}
    for scope in reversed(scopes):  # the first scope wins
        merged.update(scope)
    return globalns, merged


def _type_param_names(params: object) -> dict[str, Any]:
    """``{name: parameter}`` for a PEP 695 ``__type_params__`` tuple."""
    if not isinstance(params, tuple):
        return {}
    found: dict[str, Any] = {}
    for param in cast("tuple[object, ...]", params):
        name = getattr(param, "__name__", None)
        if isinstance(name, str):
            found[name] = param
    return found


def _resolve(obj: object, ctx: Context) -> dict[str, object]:
    raw = raw_annotations(obj)
    if not raw:
        return {}
    # Source is read for the names of ``if TYPE_CHECKING:`` only when a string
    # or forward reference is to be evaluated.
    written = any(_needs_resolution(value, 0) for value in list(raw.values()))
    globalns, localns = _namespaces(obj, type_checking=written)
    where = _label(obj)
    hints: dict[str, object] = {}
    for name, value in list(raw.items()):
        if not isinstance(name, str):
            continue
        hints[name] = _evaluate(value, globalns, localns, ctx, f"{where}: {name}")
    return hints


def _label(obj: object) -> str:
    if issubclass(type(obj), type):
        text: object = CLASS_QUALNAME.__get__(obj)
    elif issubclass(type(obj), types.FunctionType):
        text = cast("types.FunctionType", obj).__qualname__
    else:
        text = cast("types.ModuleType", obj).__name__
    return text if isinstance(text, str) else "?"


@bounded_function
def compile_annotation(text: str) -> types.CodeType:
    """``text`` compiled as an expression, once per distinct string.

    Compiling dominates evaluating the same few annotation strings
    (``int``, ``str | None``) met again and again across plugins.
    """
    return compile(text, "<annotation>", "eval")


def _evaluate(
    value: object,
    globalns: dict[str, Any],
    localns: Mapping[str, Any],
    ctx: Context,
    label: str,
) -> object:
    def evaluate_text(text: str) -> object:
        return eval(compile_annotation(text), globalns, localns)

    try:
        return _deep(value, evaluate_text, 0)
    except Exception as error:
        ctx.note(f"annotation of {label} could not be evaluated ({type(error).__name__}: {error})")
        failure = error
    if not isinstance(failure, NameError):
        return Any
    # mypy reports a name it cannot resolve and reads it as ``Any``; so does
    # this second reading, which keeps the rest of the annotation: the
    # ``ClassVar`` or ``Final`` around it, the ``list`` around ``list[Missing]``.
    # ``Any`` is compatible both ways, so nothing is refused for it.
    unresolved = _AnyWhereUnresolved(globalns, localns)

    def lenient_text(text: str) -> object:
        return eval(compile_annotation(text), globalns, unresolved)

    try:
        return _deep(value, lenient_text, 0)
    except Exception:
        return Any


class _AnyWhereUnresolved(Mapping[str, Any]):
    """The names an annotation can see (local, global, builtin), and ``Any``
    for every other: evaluation looks names up here first."""

    def __init__(self, globalns: Mapping[str, Any], localns: Mapping[str, Any]) -> None:
        self._spaces = (localns, globalns, vars(builtins))

    def __getitem__(self, name: str) -> Any:
        for space in self._spaces:
            if name in space:
                return space[name]
        return Any

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


def _deep(value: object, evaluate_text: Callable[[str], object], depth: int) -> object:
    """Evaluate strings and forward references anywhere inside ``value``."""
    if depth > 32:
        raise RecursionError("annotation nests too deeply")
    if isinstance(value, str):
        return _deep(evaluate_text(value), evaluate_text, depth + 1)
    if isinstance(value, ForwardRef):
        return _deep(evaluate_text(value.__forward_arg__), evaluate_text, depth + 1)
    if value is None or _is_class(value):
        return value
    args = _safe_args(value)
    if not args or not _needs_resolution(value, depth):
        return value
    origin = _safe_origin(value)
    if origin is typing.Literal or origin is typing_extensions.Literal:
        return value
    if origin is typing.Annotated or origin is typing_extensions.Annotated:
        inner = _deep(getattr(value, "__origin__", Any), evaluate_text, depth + 1)
        metadata = tuple(getattr(value, "__metadata__", ()))
        annotated_args = (inner, *metadata)
        return _TE.Annotated[annotated_args]
    new_args = tuple(_deep_arg(arg, evaluate_text, depth) for arg in args)
    if origin is typing.Union or origin is types.UnionType:
        return _TYPING.Union[new_args]
    if origin is _CALLABLE:
        params, result = new_args[0], new_args[-1]
        if isinstance(value, types.GenericAlias):
            return _GENERIC_ALIAS(_CALLABLE, (params, result))
        return _TYPING.Callable[params, result]
    if isinstance(value, types.GenericAlias) and origin is not None:
        return _GENERIC_ALIAS(origin, new_args)
    copy_with = getattr(value, "copy_with", None)
    if callable(copy_with):
        return copy_with(new_args)
    return value


def _deep_arg(arg: object, evaluate_text: Callable[[str], object], depth: int) -> object:
    if isinstance(arg, list):  # the parameter list of Callable[[...], R]
        items: list[object] = [
            _deep(a, evaluate_text, depth + 1) for a in cast("list[object]", arg)
        ]
        return items
    return _deep(arg, evaluate_text, depth + 1)


def _is_class(value: object) -> TypeIs[type]:
    # On Python 3.10, ``isinstance(list[int], type)`` is true.
    return isinstance(value, type) and not isinstance(value, types.GenericAlias)  # pyright: ignore[reportUnnecessaryIsInstance]


def _needs_resolution(value: object, depth: int) -> bool:
    """Whether a string or forward reference hides somewhere in ``value``."""
    if depth > 32:
        return False
    if isinstance(value, (str, ForwardRef)):
        return True
    if isinstance(value, list):
        return any(_needs_resolution(item, depth + 1) for item in cast("list[object]", value))
    origin = _safe_origin(value)
    if origin is typing.Literal or origin is typing_extensions.Literal:
        return False
    return any(_needs_resolution(arg, depth + 1) for arg in _safe_args(value))
