"""Static lookups: class and instance dictionaries, declared annotations, value types.

Nothing here runs an object's own code: attributes are read from ``__dict__``
mappings along the ``__mro__``, never through ``getattr``, properties or
``__getattr__``.
"""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
import textwrap
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_origin

import typing_extensions

from ._cache import IdentityCache, lasting
from ._context import Context
from ._hints import resolve_hints
from ._raw import (
    class_dict_of,
    instance_dict,
    is_a,
    is_any,
    mro_of,
    raw_annotations,
)
from ._signatures import Sig
from ._source import class_node, class_source
from ._substitute import union_items
from ._target import class_bindings

__all__ = [
    "assigned_first",
    "assigned_owner",
    "is_a",
    "is_any",
    "method_kind",
    "underlying_function",
    "MISSING",
    "SELF_FORMS",
    "Subject",
    "View",
    "class_dict_of",
    "declared_in_mro",
    "declaration_of",
    "decorated_def",
    "plain_def_written",
    "removed_def_written",
    "generic_args_of",
    "inferred_type",
    "instance_dict",
    "lookup_class",
    "mro_of",
    "own_annotations",
    "read_hints",
    "read_only_field",
    "static_attributes",
    "type_of",
    "value_type_in_context",
    "value_type_of",
]


MISSING: Any = object()

SELF_FORMS: tuple[object, ...] = tuple(
    {getattr(typing, "Self", None), typing_extensions.Self} - {None}
)


@dataclass(frozen=True)
class View:
    """A member's type as seen through an object: data type or callable signatures."""

    ann: object = Any
    sigs: tuple[Sig, ...] | None = None
    render: Callable[[], str] = field(default=str, compare=False)
    setter_ann: object = MISSING
    unknown: bool = False

    @property
    def text(self) -> str:
        """Source-like text of the member (rendered only when a report needs it)."""
        return self.render()


@dataclass
class Subject:
    """The object under check, as the member lookup needs it.

    ``kind`` is ``instance`` (instances of ``cls``; ``obj`` is one of them or
    ``None`` when only the class is known), ``class`` (the class object
    ``cls`` used as a value), ``module`` or ``function`` (a function-like
    object ``obj``).
    """

    kind: str
    cls: type
    obj: object = None
    args: tuple[object, ...] | None = None
    self_type: object = None
    _bindings: dict[type, dict[object, object]] | None = field(default=None, repr=False)

    def bindings(self, owner: type) -> dict[object, object]:
        if self._bindings is None:
            try:
                self._bindings = class_bindings(self.cls, self.args)
            except Exception:
                self._bindings = {}
        return self._bindings.get(owner) or {}


def read_hints(obj: object, ctx: Context) -> dict[str, object]:
    try:
        return resolve_hints(obj, ctx)
    except Exception as error:  # the resolver must not take the check down
        ctx.note(f"annotations of {_name_of(obj)} could not be read ({error!r})")
        return {}


def _name_of(obj: object) -> str:
    name = getattr(obj, "__qualname__", None) if is_any(obj, (type, types.FunctionType)) else None
    return name if isinstance(name, str) else type(obj).__name__


def underlying_function(value: object) -> object:
    """The function inside a ``classmethod`` or ``staticmethod`` (else ``value`` itself)."""
    if method_kind(value):
        wrapper: Any = value
        inner: object = wrapper.__func__
        return inner
    return value


_WRAPPERS: dict[type, str] = {staticmethod: "staticmethod", classmethod: "classmethod"}


def method_kind(value: object) -> str:
    """``"staticmethod"``, ``"classmethod"`` or ``""`` for anything else."""
    kind = type(value)
    if kind is staticmethod:
        return "staticmethod"
    if kind is classmethod:
        return "classmethod"
    for wrapper, name in _WRAPPERS.items():
        if issubclass(kind, wrapper):
            return name
    return ""


def own_annotations(cls: type, ctx: Context) -> dict[str, object]:
    if not raw_annotations(cls):
        return {}
    return read_hints(cls, ctx)


def type_of(cls: type) -> object:
    """``type[cls]`` as an annotation object."""
    return types.GenericAlias(type, (cls,))


def value_type_of(value: object) -> object:
    """The type mypy infers for an unannotated assignment of ``value`` (close enough)."""
    if value is None:
        return None
    if value is MISSING:
        return Any
    kind = type(value)
    if kind in (bool, int, float, complex, str, bytes, bytearray):
        return kind
    if kind is tuple:
        items = typing.cast("tuple[object, ...]", value)
        if 0 < len(items) <= 8:
            return tuple.__class_getitem__(tuple(value_type_of(item) for item in items))
        return tuple[Any, ...]
    if kind in (list, set, frozenset):
        elements = {type(item) for item in typing.cast("Iterable[object]", value)}
        if len(elements) == 1:
            (element,) = elements
            if element in (bool, int, float, str, bytes):
                return types.GenericAlias(kind, (element,))
            if element is tuple:
                # Tuples of one shape (``[("a", "b")]``): mypy's list[tuple[str, str]].
                shapes = {value_type_of(item) for item in typing.cast("Iterable[object]", value)}
                if len(shapes) == 1:
                    (shape,) = shapes
                    if Any not in get_args(shape):
                        return types.GenericAlias(kind, (shape,))
        return types.GenericAlias(kind, (Any,))
    if kind is dict:
        mapping = typing.cast("dict[object, object]", value)
        keys = {type(k) for k in mapping}
        values = {type(v) for v in mapping.values()}
        if len(keys) == 1 and len(values) == 1:
            (key,), (val,) = keys, values
            if key in (int, str, bytes) and val in (bool, int, float, str, bytes):
                return dict[key, val]  # type: ignore[valid-type]
        return dict[Any, Any]
    if is_a(value, type):
        return type_of(value)
    if is_a(value, types.ModuleType):
        return types.ModuleType
    alias = _orig_class(value)
    return kind if alias is None else alias


def inferred_type(value: object, *, final: bool, constant: bool = True) -> tuple[object, object]:
    """The type mypy gives ``x: Final = value`` (or ``x: ClassVar = value``): the type
    read and the type assigned.

    A ``Final`` constant int, bool or str keeps its value (mypy's last known
    value): it is read as that literal, and assigned as the plain type.
    ``constant`` is false when the source shows an expression mypy does not
    fold (see :func:`final_constant`).
    """
    plain = value_type_of(value)
    if final and constant and type(value) in (bool, int, str):
        return Literal[value], plain
    return plain, plain


def static_attributes(cls: type) -> dict[str, str | type | None]:
    """Attributes that methods assign through ``self`` (``self.x = ...``), with annotation text."""
    found: dict[str, str | type | None] = {}
    for klass in mro_of(cls):
        if klass is object:
            continue
        for name, text in _assigned_in(klass).items():
            found.setdefault(name, text)
    return found


def assigned_owner(cls: type, name: str) -> type | None:
    """The first class of ``cls``'s MRO whose methods assign ``self.<name>``, or ``None``:
    where the annotation text of :func:`static_attributes` is to be read."""
    for klass in mro_of(cls):
        if klass is not object and name in _assigned_in(klass):
            return klass
    return None


def assigned_first(
    cls: type, name: str, hit: tuple[type, object] | None, declared: Declaration | None
) -> bool:
    """``self.<name> = ...`` in a method is the member's first definition in the MRO.

    A class whose methods assign the name defines it (mypy: an instance
    variable of the assigned type) unless a base of its own defines it in a
    class body; it wins over a class body later in the MRO (``class
    Command(Mixin, Base)``, ``Mixin.__init__`` assigning what ``Base`` declares).
    """
    mro = mro_of(cls)
    bodies = [mro.index(owner) for owner in (hit and hit[0], declared and declared.owner) if owner]
    if not bodies:
        return False  # no class body defines it: the assignments are all there is
    # Only the classes before the first class body can come first (read lazily:
    # finding the assignments reads the source).
    for assigner in mro[: min(bodies)]:
        if assigner is not object and name in _assigned_in(assigner):
            return not any(
                name in class_dict_of(base) or name in raw_annotations(base)
                for base in mro_of(assigner)
            )
    return False


_ASSIGNED: IdentityCache[type, dict[str, str | type | None]] = IdentityCache()


def _assigned_in(klass: type) -> dict[str, str | type | None]:
    cached = _ASSIGNED.get(klass)
    if cached is not None:
        return cached
    result: dict[str, str | type | None] = {}
    statement = class_node(klass)
    if statement is not None:
        # The class body as written (Python 3.10 replaces a protocol's __init__).
        for node in statement.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                result.update(_self_assignments(node))
    else:
        for value in list(class_dict_of(klass).values()):
            func = underlying_function(value)
            if not isinstance(func, types.FunctionType):
                continue
            try:
                tree = ast.parse(textwrap.dedent(inspect.getsource(func)))
            except Exception:
                continue
            result.update(_self_assignments(tree))
    if not result:
        names = class_dict_of(klass).get("__static_attributes__", ())
        if isinstance(names, tuple):
            result = {str(n): None for n in typing.cast("tuple[object, ...]", names)}
    if lasting(tuple(result.values())):
        _ASSIGNED.set(klass, result)
    return result


_FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class _Written:
    """How a class body binds its names first, as written: with a decorated ``def``
    (``decorated``), or with a ``def`` without decorators (``plain``, its node)."""

    decorated: frozenset[str]
    plain: Mapping[str, _FunctionNode]


_WRITTEN: IdentityCache[type, _Written] = IdentityCache()

# Values no decorator makes in practice: a class-body name holding one was assigned.
_PLAIN_VALUES = (str, bytes, int, float, complex, tuple, list, dict, set, frozenset, type)


def _written(klass: type) -> _Written:
    cached = _WRITTEN.get(klass)
    if cached is not None:
        return cached
    decorated: set[str] = set()
    plain: dict[str, _FunctionNode] = {}
    seen: set[str] = set()
    statement = class_node(klass)
    for node in statement.body if statement is not None else ():
        # The first binding in the class body decides: mypy keeps it and reports
        # any other kind of binding after it as a redefinition.
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if node.name not in seen:
                if node.decorator_list:
                    decorated.add(node.name)
                else:
                    plain[node.name] = node
            seen.add(node.name)
        else:
            seen.update(_bound_names(node))
    written = _Written(frozenset(decorated), plain)
    _WRITTEN.set(klass, written)
    return written


def decorated_def(klass: type, name: str, value: object) -> bool:
    """Whether ``klass``'s body binds ``name`` (holding ``value``, which is no function,
    property, classmethod or staticmethod) first with a decorated ``def``, as written.

    mypy reads such a name as a method (a ``Decorator`` node: no variable, not
    settable, not a class variable; ``subtypes.get_member_flags``), whatever
    object the decorator made, where ``name = deco(func)`` is a variable. Only
    the class's own lines tell the two apart; a plain value (a string, a
    number, a container, a class) is taken as assigned without reading them.
    """
    if value is None or is_any(value, _PLAIN_VALUES):
        return False
    return name in _written(klass).decorated


def plain_def_written(klass: type, name: str, value: object) -> _FunctionNode | None:
    """The ``def`` without decorators that ``klass``'s body binds ``name`` with first,
    when the class dictionary holds something else there (``value``, no function):
    a metaclass or ``__init_subclass__`` replaced it after the body ran. mypy reads
    the ``def`` as written, a plain method."""
    if value is None or is_any(value, (*_PLAIN_VALUES, types.FunctionType)):
        return None
    return _written(klass).plain.get(name)


def removed_def_written(cls: type, name: str) -> tuple[type, _FunctionNode] | None:
    """The first class of ``cls``'s MRO whose body binds ``name`` first with a ``def``
    without decorators that is no longer in its dictionary (removed after the body
    ran: mkdocs' ``BasePlugin`` deletes its ``on_*`` event methods), and that ``def``.

    mypy reads the class body as written, so the method is there to it. Asked only
    for a name no class dictionary of the MRO holds and no class declares.
    """
    for klass in mro_of(cls):
        if klass is object or name in class_dict_of(klass):
            continue
        node = _written(klass).plain.get(name)
        if node is not None:
            return klass, node
    return None


def _bound_names(node: ast.stmt) -> Iterator[str]:
    """The names a class-body statement other than a ``def`` binds at its top level."""
    if isinstance(node, ast.ClassDef):
        yield node.name
    elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            for sub in ast.walk(target):
                if isinstance(sub, ast.Name):
                    yield sub.id
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        for alias in node.names:
            yield (alias.asname or alias.name).partition(".")[0]


def _self_assignments(tree: ast.AST) -> dict[str, str | type | None]:
    """``self.x`` assignments in methods: the annotation text, a literal's type, or ``None``.

    As mypy does, a written annotation wins; otherwise the first assignment
    (in source order) decides, and only a literal's type is inferred.
    """
    found: dict[str, str | type | None] = {}
    annotated: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or not node.args.args:
            continue
        self_name = node.args.args[0].arg
        statements = sorted(
            (
                n
                for n in ast.walk(node)
                if isinstance(n, (ast.Assign, ast.AnnAssign, ast.AugAssign))
            ),
            key=lambda n: (n.lineno, n.col_offset),
        )
        for inner in statements:
            targets = inner.targets if isinstance(inner, ast.Assign) else [inner.target]
            for target in targets:
                if not (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == self_name
                ):
                    continue
                name = target.attr
                if isinstance(inner, ast.AnnAssign):
                    if name not in annotated:
                        found[name] = _annotation_text(inner)
                        annotated.add(name)
                elif name not in found:
                    found[name] = _literal_type(inner.value)
    return found


def _annotation_text(node: ast.AnnAssign) -> str:
    """The annotation as written; a bare ``Final`` gets the type mypy infers from a literal."""
    text = ast.unparse(node.annotation)
    if text.rsplit(".", 1)[-1] == "Final" and node.value is not None:
        literal = _literal_type(node.value)
        if literal is not None:
            return f"{text}[{literal.__name__}]"
    return text


def _literal_type(value: ast.expr) -> type | None:
    if isinstance(value, ast.Constant) and type(value.value) in _LITERALS:
        return type(value.value)
    return None


_LITERALS = (bool, int, float, complex, str, bytes)


def lookup_class(cls: type, name: str) -> tuple[type, object] | None:
    """The first class of the MRO whose body defines ``name``, and the value there."""
    for klass in mro_of(cls):
        namespace = class_dict_of(klass)
        if name in namespace:
            if name == "__hash__" and _implicit_hash_none(klass, namespace):
                continue
            return klass, namespace[name]
    return None


_HASH_NONE = re.compile(r"^\s*__hash__\s*(?::[^=]*)?=\s*None\b", re.MULTILINE)


def _implicit_hash_none(klass: type, namespace: Mapping[str, object]) -> bool:
    """``__hash__ = None`` that Python added because the class defines ``__eq__``.

    mypy does not see that one (only a ``__hash__ = None`` written in the
    class body), so the lookup goes on to the bases.
    """
    if namespace.get("__hash__", 0) is not None or "__eq__" not in namespace:
        return False
    if getattr(klass, "__module__", None) == "builtins":
        return False  # typeshed declares it (list, dict, set: `__hash__: ClassVar[None]`)
    return _IMPLICIT_HASH.cached(klass, _hash_none_not_written)


_IMPLICIT_HASH: IdentityCache[type, bool] = IdentityCache()


def _hash_none_not_written(klass: type) -> bool:
    source = class_source(klass)
    return source is None or _HASH_NONE.search(source) is None


def declared_in_mro(cls: type, name: str, ctx: Context) -> tuple[type, object] | None:
    """The first class of the MRO that annotates ``name``, and the evaluated annotation."""
    for klass in mro_of(cls):
        if name in raw_annotations(klass):
            # Annotated, so read in full (``own_annotations`` would read them twice).
            return klass, read_hints(klass, ctx).get(name, Any)
    return None


@dataclass(frozen=True)
class Declaration:
    """The annotation that types a class member, and how it relates to its value.

    ``before_value``: the annotation comes first in the MRO (or in the class
    that holds the value), so it types the member whatever the value is.
    Otherwise the value's class comes first and only inherits the annotation
    from a base of its own: mypy then infers the value's type with the
    annotation as context and keeps its ``ClassVar`` flag.
    """

    owner: type
    annotation: object
    before_value: bool


def declaration_of(
    cls: type, name: str, hit: tuple[type, object] | None, ctx: Context
) -> Declaration | None:
    """The annotation that types member ``name`` of ``cls``, whose value ``lookup_class``
    found in ``hit``, as mypy reads it from the member's first definition in the MRO.

    An unannotated assignment in a class body is typed by its value unless a
    base of *that class* declares the name: an annotation in a class that
    comes later in the MRO without being such a base does not apply
    (``class Command(Mixin, Base)``, where only ``Base`` annotates).
    """
    declared = declared_in_mro(cls, name, ctx)
    if declared is None or hit is None:
        return None if declared is None else Declaration(*declared, before_value=True)
    owner, annotation = declared
    value_owner = hit[0]
    if owner is value_owner:
        return Declaration(owner, annotation, before_value=True)
    mro = mro_of(cls)
    if mro.index(owner) < mro.index(value_owner):
        return Declaration(owner, annotation, before_value=True)
    for base in mro_of(value_owner)[1:]:
        if name in raw_annotations(base):
            return Declaration(base, read_hints(base, ctx).get(name, Any), before_value=False)
    return None


def generic_args_of(value: object) -> tuple[object, ...] | None:
    """The type arguments of an instance made by ``C[int]()`` (its ``__orig_class__``),
    or ``None`` (a bare generic class's instance: its parameters are ``Any``)."""
    alias = _orig_class(value)
    return None if alias is None else tuple(get_args(alias))


def _orig_class(value: object) -> object:
    """``C[int]`` for an instance made by ``C[int]()``, else ``None``."""
    alias = instance_dict(value).get("__orig_class__")
    return alias if alias is not None and get_origin(alias) is type(value) else None


def value_type_in_context(value: object, context: object) -> object:
    """The type mypy infers for ``value`` assigned where ``context`` is the expected type
    (an unannotated assignment that overrides a base's annotation).

    A list, set or dict display takes its type arguments from the context (``[]``
    where ``list[str | None]`` is declared is a ``list[str | None]``), a tuple
    display its items' types one by one; anything else keeps its own type.
    """
    kind = type(value)
    if kind is tuple:
        items = typing.cast("tuple[object, ...]", value)
        expected = _context_items(context, len(items))
        if expected is not None:
            return tuple.__class_getitem__(
                tuple(value_type_in_context(v, c) for v, c in zip(items, expected, strict=True))
            )
        return value_type_of(value)
    arity = 2 if kind is dict else 1 if kind in (list, set, frozenset) else 0
    if arity:
        for option in union_items(context):
            origin = get_origin(option)
            args = get_args(option)
            if isinstance(origin, type) and len(args) == arity and issubclass(kind, origin):
                return types.GenericAlias(kind, args)
    return value_type_of(value)


def _context_items(context: object, size: int) -> tuple[object, ...] | None:
    for option in union_items(context):
        args = get_args(option)
        if get_origin(option) is tuple and len(args) == size and Ellipsis not in args:
            return tuple(args)
    return None


def read_only_field(cls: type, name: str) -> bool:
    """A field of a NamedTuple or of a frozen dataclass (mypy: a read-only property)."""
    for klass in mro_of(cls):
        space = class_dict_of(klass)
        fields = space.get("_fields")
        if issubclass(klass, tuple) and isinstance(fields, tuple) and name in fields:
            return True
        params = space.get("__dataclass_params__")
        dataclass_fields = space.get("__dataclass_fields__")
        if (
            params is not None
            and getattr(params, "frozen", False)
            and isinstance(dataclass_fields, Mapping)
            and name in dataclass_fields
        ):
            # A ClassVar (or InitVar) is listed too, but is no field: mypy keeps
            # it a plain class variable.
            entry = typing.cast("Mapping[str, object]", dataclass_fields)[name]
            marker = getattr(entry, "_field_type", _DATACLASS_FIELD)
            return marker is _DATACLASS_FIELD or getattr(marker, "name", None) == "_FIELD"
    return False


# How ``dataclasses`` marks a real field (its ClassVar and InitVar pseudo-fields
# carry other markers: ``_FIELD_CLASSVAR``, ``_FIELD_INITVAR``).
_DATACLASS_FIELD: object = getattr(dataclasses, "_FIELD", object())
