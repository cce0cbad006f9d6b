"""A module's source: the lines of one class, its ``@overload`` variants, and the
names it imports under ``if TYPE_CHECKING:``.

The one reader of a plugin module's text:

* :func:`class_source`: the text of one class statement (its ``self.x``
  assignments, a written ``__hash__ = None``). Only the class's own lines are
  tokenized and parsed, found from its name and line numbers;
  ``inspect.getsource`` parses the whole module for every class it is asked
  about before Python 3.13 (about 0.6 s in a 24,000-line module). When the
  lines cannot tell two classes of the same name apart, the module is parsed
  once and the class lines it holds are kept.
* :func:`overload_variants`: the ``@overload`` variants of a function
  (Python 3.10 records none at runtime), from that same single parse.
* :func:`final_constant`: whether mypy folds the value of a ``Final`` without
  a type to a constant (then read as its literal), from that same parse.
* :func:`type_checking_names`: the names a module's ``if TYPE_CHECKING:``
  blocks import, which a type checker binds and the runtime never does. Only
  those blocks are parsed. The names are taken from modules already
  imported, from the standard library (which is safe to import), or from the
  engine's model of typeshed-only modules (``_typeshed``); a third-party
  module that is not imported yet is never imported, and its names stay
  unknown.

What is read is kept per file in one :class:`~._cache.BoundedCache` (file
name -> stamp, class lines, overload lines, imports: strings and numbers
only), valid while the file's modification time and size are unchanged.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import io
import linecache
import os
import re
import sys
import textwrap
import tokenize
import types
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple, cast

from ._cache import BoundedCache
from ._raw import CLASS_MODULE, CLASS_QUALNAME, MODULE_DICT, class_dict_of, is_a
from ._typeshed import TYPESHED_ONLY

__all__ = [
    "class_node",
    "class_source",
    "decorator_named",
    "final_constant",
    "module_parses",
    "module_space",
    "module_variables",
    "overload_variants",
    "type_checking_names",
]

_TYPE_CHECKING_LINE = re.compile(r"^if[ \t]+(?:\w+\.)*TYPE_CHECKING[ \t]*:", re.MULTILINE)

# Standard modules whose import does something besides defining names.
_NEVER_IMPORTED = frozenset({"__main__", "__hello__", "__phello__", "antigravity", "this"})


class _Import(NamedTuple):
    """One binding of an ``if TYPE_CHECKING:`` block: ``name`` is ``module`` (with
    ``level`` leading dots) or, with ``attribute``, that name from it."""

    name: str
    module: str
    level: int
    attribute: str | None


@dataclass
class _File:
    """What is kept of one file between reads (strings and numbers only)."""

    # (modification time, size) of the file read, or (-1, hash) of a loader's source.
    stamp: tuple[int, int]
    imports: tuple[_Import, ...] | None = None
    # qualified name -> line index of the ``class`` line, from one parse of the module.
    parsed: dict[str, int] | None = None
    # ``Owner.name`` -> (first, last) line index of each ``@overload`` variant, same parse.
    overloads: dict[str, tuple[tuple[int, int], ...]] | None = None
    # ``Owner.name`` (``name`` at module level) -> whether mypy folds the value of
    # that ``Final`` to a constant, same parse.
    finals: dict[str, bool] | None = None
    # Module-level names mypy takes as variables, never as classes or type aliases
    # (every binding an annotated assignment or the value of a call), same parse.
    variables: frozenset[str] | None = None


class _Source(NamedTuple):
    """One read of a module's file: its bytes, their encoding, and what is kept of it."""

    filename: str
    data: bytes
    encoding: str
    kept: _File


_FILES: BoundedCache[str, _File] = BoundedCache(limit=256)

# How many times a whole module has been parsed here (tests count them).
_PARSES: list[int] = [0]


def module_parses() -> int:
    """How many whole modules have been parsed so far (at most once per file)."""
    return _PARSES[0]


def _source_of(space: Mapping[str, object]) -> _Source | None:
    """The source of the module whose namespace is ``space`` (``None`` without one).

    The file's bytes are read as they are (no decoding, no splitting into
    lines: a few hundred microseconds for a 24,000-line module); a module
    without a plain file (a zip archive, a loader's own source) is read
    through :mod:`linecache`, which asks its loader.
    """
    filename = space.get("__file__")
    if not isinstance(filename, str) or not filename.endswith((".py", ".pyw")):
        return None
    try:
        with open(filename, "rb") as handle:
            stat = os.fstat(handle.fileno())
            data = handle.read()
        stamp = (stat.st_mtime_ns, stat.st_size)
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except (OSError, SyntaxError):
        try:
            lines = linecache.getlines(filename, cast("dict[str, Any]", space))
        except Exception:  # a loader's get_source failing
            return None
        if not lines:
            return None
        data = "".join(lines).encode("utf-8", "surrogatepass")
        stamp = (-1, hash(data))
        encoding = "utf-8"
    kept = _FILES.get(filename)
    if kept is None or kept.stamp != stamp:  # a changed file is read as new
        kept = _FILES.set(filename, _File(stamp))
    return _Source(filename, data, encoding, kept)


def _kept_unchanged(space: Mapping[str, object]) -> _File | None:
    """What is kept of the module's file if the file is unchanged (one ``stat``,
    no read: asked for every annotated function of the module)."""
    filename = space.get("__file__")
    if not isinstance(filename, str):
        return None
    kept = _FILES.get(filename)
    if kept is None:
        return None
    try:
        stat = os.stat(filename)
    except OSError:
        return None
    return kept if kept.stamp == (stat.st_mtime_ns, stat.st_size) else None


def module_space(cls: type) -> Mapping[str, object] | None:
    """The dictionary of the module that defines ``cls``, read without its hooks, or ``None``."""
    name: object = CLASS_MODULE.__get__(cls)
    module = sys.modules.get(name) if isinstance(name, str) else None
    if module is None:
        return None
    try:
        space: Mapping[str, object] = MODULE_DICT.__get__(module)
    except Exception:
        return None
    return space


# ---------------------------------------------------------------------------
# One class's lines


def class_source(cls: type) -> str | None:
    """The dedented text of ``cls``'s class statement, or ``None`` when unknown.

    Read without running the class's code (nothing is looked up through the
    class or its metaclass) and without parsing its whole module, unless two
    classes of the same name cannot be told apart otherwise.
    """
    space = module_space(cls)
    source = _source_of(space) if space is not None else None
    qualname: object = CLASS_QUALNAME.__get__(cls)  # the runtime's slot, never a metaclass property
    if source is None or not isinstance(qualname, str):
        return None
    own = class_dict_of(cls)
    name = qualname.rpartition(".")[2]
    candidates = _class_lines(source, name)
    if not candidates:
        return None
    inside = _method_line(own, qualname, source.filename)
    text = _class_text(own, qualname, candidates, inside, source)
    if text is None and inside is not None:  # a method's line that misleads (a wrapper's)
        text = _class_text(own, qualname, candidates, None, source)
    if text is None:
        return None
    text = textwrap.dedent(text)
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return None
    node = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(node, ast.ClassDef) or node.name != name:
        return None
    return text


def class_node(klass: type) -> ast.ClassDef | None:
    """The statement of ``klass`` as written, parsed from its own lines (``class_source``).

    Read without touching the class's attributes, so no metaclass hook runs;
    ``None`` when its lines cannot be found or parsed.
    """
    source = class_source(klass)
    if source is None:
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    node = tree.body[0] if tree.body else None
    return node if isinstance(node, ast.ClassDef) else None


def _class_text(
    own: Mapping[str, object],
    qualname: str,
    candidates: list[tuple[int, int, int]],
    inside: int | None,
    source: _Source,
) -> str | None:
    """The class statement's lines, as written (``None`` if they do not hold ``inside``)."""
    start = _class_start(own, qualname, candidates, inside, source)
    if start is None:
        return None
    line, offset = start
    found = _statement(source.data[offset:].decode(source.encoding, "replace"))
    if found is None:
        return None
    text, rows = found
    if inside is not None and not line < inside < line + rows:
        return None  # not the class that holds the method
    return text


def _class_start(
    own: Mapping[str, object],
    qualname: str,
    candidates: list[tuple[int, int, int]],
    inside: int | None,
    source: _Source,
) -> tuple[int, int] | None:
    """The line index and byte offset of the ``class`` line of the class, chosen
    among the ``class Name`` lines by the class's own line numbers when it has
    them, by its nesting, or else by one parse of the module."""
    first = own.get("__firstlineno__")  # Python 3.13+: the first line, decorators included
    if type(first) is int:
        after = [(line, offset) for line, offset, _ in candidates if line >= first - 1]
        return after[0] if after else None
    if inside is not None:  # the nearest above a method written in the class body
        above = [(line, offset) for line, offset, _ in candidates if line < inside]
        return above[-1] if above else None
    nested = "." in qualname
    fitting = [(line, offset) for line, offset, indent in candidates if bool(indent) == nested]
    fitting = fitting or [(line, offset) for line, offset, _ in candidates]
    if len(fitting) == 1:
        return fitting[0]
    line = _parsed(source).parsed_classes.get(qualname)
    return next(((at, offset) for at, offset, _ in candidates if at == line), None)


def _class_lines(source: _Source, name: str) -> list[tuple[int, int, int]]:
    """Every ``class <name>`` line of the file: line index, byte offset of the line,
    indentation (a search of the bytes, no decoding)."""
    data = source.data
    try:
        needle = f"class {name}".encode(source.encoding)
    except UnicodeError:
        return []
    found: list[tuple[int, int, int]] = []
    line = 0
    counted = 0
    position = data.find(needle)
    while position >= 0:
        line += data.count(b"\n", counted, position)
        counted = position
        start = data.rfind(b"\n", 0, position) + 1
        after = data[position + len(needle) : position + len(needle) + 1]
        name_ends = not after or (after[0] < 0x80 and not (after.isalnum() or after == b"_"))
        if name_ends and not data[start:position].strip(b" \t"):
            found.append((line, start, position - start))
        position = data.find(needle, position + len(needle))
    return found


def _method_line(own: Mapping[str, object], qualname: str, filename: str) -> int | None:
    """The line index of a function written in the class body (from its code object)."""
    for value in list(own.values()):
        func = getattr(value, "__func__", value) if type(value) in _WRAPPERS else value
        if type(func) is not types.FunctionType:
            continue
        code = func.__code__
        written_here = code.co_name == func.__name__ and code.co_filename == filename
        if written_here and func.__qualname__ == f"{qualname}.{func.__name__}":
            return code.co_firstlineno - 1
    return None


_WRAPPERS = (staticmethod, classmethod)


def _statement(text: str) -> tuple[str, int] | None:
    """The compound statement that ``text`` starts with, and its number of lines.

    Tokenizes only as far as that statement goes: until the indentation comes
    back to the statement's own (a body on the header's line ends with it).
    """
    reader = io.StringIO(text)
    read: list[str] = []

    def readline() -> str:
        line = reader.readline()
        read.append(line)
        return line

    depth = 0
    base = -1
    header_end = -1
    end = -1
    try:
        for token in tokenize.generate_tokens(readline):
            kind = token.type
            if kind == tokenize.INDENT:
                depth += 1
            elif kind == tokenize.DEDENT:
                depth -= 1
                if header_end >= 0 and depth <= base:
                    end = token.start[0] - 1
                    break
            elif kind == tokenize.ENDMARKER:
                break
            elif kind not in (tokenize.NL, tokenize.COMMENT):
                if base < 0:
                    base = depth
                if header_end >= 0 and depth == base:
                    end = header_end  # the body was on the header's line
                    break
                if kind == tokenize.NEWLINE and depth == base:
                    header_end = token.start[0]
    except (tokenize.TokenError, SyntaxError):
        return None
    lines = read if end < 0 else read[:end]
    return "".join(lines), len(lines)


class _Parsed(NamedTuple):
    parsed_classes: dict[str, int]
    overloads: dict[str, tuple[tuple[int, int], ...]]
    finals: dict[str, bool]
    variables: frozenset[str]


def _parsed(source: _Source) -> _Parsed:
    """What one parse of the whole module tells, parsed at most once per file."""
    kept = source.kept
    if (
        kept.parsed is None
        or kept.overloads is None
        or kept.finals is None
        or kept.variables is None
    ):
        kept.parsed, kept.overloads, kept.finals, kept.variables = _parse_module(
            source.data.decode(source.encoding, "replace")
        )
    return _Parsed(kept.parsed, kept.overloads, kept.finals, kept.variables)


def _parse_module(text: str) -> _Parsed:
    """The first ``class`` line of each qualified name (the order ``inspect``
    searches in: functions add ``<locals>``), the ``@overload`` variants
    written in the module's body and its classes' bodies, and which of its
    ``Final`` values mypy folds to constants."""
    _PARSES[0] += 1
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return _Parsed({}, {}, {}, frozenset())
    classes: dict[str, int] = {}
    overloads: dict[str, list[tuple[int, int]]] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                qualname = prefix + child.name
                classes.setdefault(qualname, child.lineno - 1)
                visit(child, qualname + ".")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, f"{prefix}{child.name}.<locals>.")
            else:
                visit(child, prefix)

    def variants(body: list[ast.stmt], prefix: str) -> None:
        for child in body:
            if isinstance(child, ast.ClassDef):
                variants(child.body, f"{prefix}{child.name}.")
            elif isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                decorator_named(d, "overload") for d in child.decorator_list
            ):
                # From the first decorator: a variant's decorators say what it is.
                first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                end = child.end_lineno if child.end_lineno is not None else child.lineno
                overloads.setdefault(prefix + child.name, []).append((first - 1, end))

    visit(tree, "")
    variants(tree.body, "")
    variants_lines = {name: tuple(lines) for name, lines in overloads.items()}
    return _Parsed(classes, variants_lines, _fold_finals(tree), _variables(tree))


def module_variables(space: Mapping[str, object]) -> frozenset[str]:
    """The module-level names of the module whose namespace is ``space`` that mypy
    takes as variables (``_Base = make_base()``, ``Base: type[B] = B``), from the
    module's one parse; empty when its source cannot be read."""
    kept = _kept_unchanged(space)
    if kept is not None and kept.variables is not None:
        return kept.variables
    source = _source_of(space)
    if source is None:
        return frozenset()
    return _parsed(source).variables


# Calls whose value mypy's semantic analysis makes a class, a type alias or a type
# variable rather than a variable (by the callee's last name: they are few, and a
# name shadowing one of them is rare enough to be read as the special form).
_TYPE_MAKING_CALLS = frozenset(
    {
        "NewType",
        "TypeVar",
        "ParamSpec",
        "TypeVarTuple",
        "TypeAliasType",
        "NamedTuple",
        "namedtuple",
        "TypedDict",
        "Enum",
        "IntEnum",
        "StrEnum",
        "Flag",
        "IntFlag",
    }
)


def _variables(tree: ast.Module) -> frozenset[str]:
    """Module-level names whose first binding, in source order, makes a variable to
    mypy: an annotated assignment (but ``X: TypeAlias = ...``) or the value of a call
    other than one that makes a type. mypy's semantic analysis gives a name the kind
    of its first binding (a later one assigns to it); a first binding by ``class``,
    ``def``, ``import`` or a plain assignment of a name (a type alias) is no variable.
    """
    first: dict[str, bool] = {}

    def callee_name(func: ast.expr) -> str:
        if isinstance(func, ast.Name):
            return func.id
        return func.attr if isinstance(func, ast.Attribute) else ""

    def bound(target: ast.expr) -> Iterator[str]:
        for sub in ast.walk(target):
            if isinstance(sub, ast.Name):
                yield sub.id

    def scan(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.AnnAssign):
                if isinstance(node.target, ast.Name):
                    alias = callee_name(node.annotation) == "TypeAlias"
                    first.setdefault(node.target.id, not alias)
            elif isinstance(node, ast.Assign):
                value = node.value
                made = isinstance(value, ast.Call) and (
                    callee_name(value.func) not in _TYPE_MAKING_CALLS
                )
                for target in node.targets:
                    simple = isinstance(target, ast.Name)
                    for name in bound(target):
                        first.setdefault(name, made and simple)
            elif isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                first.setdefault(node.name, False)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                for imported in node.names:
                    first.setdefault((imported.asname or imported.name).partition(".")[0], False)
            elif isinstance(node, (ast.If, ast.Try, ast.With, ast.For, ast.While)):
                if isinstance(node, ast.For):
                    for name in bound(node.target):
                        first.setdefault(name, False)
                if isinstance(node, ast.With):
                    for item in node.items:
                        if item.optional_vars is not None:
                            for name in bound(item.optional_vars):
                                first.setdefault(name, False)
                scan(node.body)
                for handler in getattr(node, "handlers", []):
                    scan(handler.body)
                scan(getattr(node, "orelse", []))
                scan(getattr(node, "finalbody", []))
            else:
                # Any other binding (walrus, augmented assignment, match, del) is no variable.
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
                        first.setdefault(sub.id, False)

    scan(tree.body)
    return frozenset(name for name, variable in first.items() if variable)


def final_constant(owner: object, name: str) -> bool:
    """Whether the value of ``name: Final = ...`` in ``owner`` (a module or a class)
    is an expression mypy folds to a constant (``constant_fold_expr``: literals,
    arithmetic, module ``Final`` names), from the module's one parse. ``True``
    when the source cannot be read: the runtime value is then all there is."""
    if is_a(owner, types.ModuleType):
        space: Mapping[str, object] | None = MODULE_DICT.__get__(owner)
        key = name
    elif is_a(owner, type):
        space = module_space(owner)
        key = f"{CLASS_QUALNAME.__get__(owner)}.{name}"
    else:
        return True
    source = _source_of(space) if space is not None else None
    if source is None:
        return True
    return _parsed(source).finals.get(key, True)


def _fold_finals(tree: ast.Module) -> dict[str, bool]:
    finals = {
        node.target.id: node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign)
        and isinstance(node.target, ast.Name)
        and node.value is not None
        and _is_final(node.annotation)
    }
    found: dict[str, bool] = {}

    def scan(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                scan(node.body, f"{prefix}{node.name}.")
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.value is not None
                and _is_final(node.annotation)
            ):
                found[prefix + node.target.id] = _folds(node.value, finals, 0)

    scan(tree.body, "")
    return found


def _is_final(annotation: ast.expr) -> bool:
    if isinstance(annotation, ast.Subscript):
        annotation = annotation.value
    if isinstance(annotation, ast.Name):
        return annotation.id == "Final"
    return isinstance(annotation, ast.Attribute) and annotation.attr == "Final"


_FOLDED_OPERATORS = (
    ast.Add,
    ast.Sub,
    ast.Mult,
    ast.Div,
    ast.FloorDiv,
    ast.Mod,
    ast.BitAnd,
    ast.BitOr,
    ast.BitXor,
    ast.LShift,
    ast.RShift,
    ast.Pow,
)


def _folds(expr: ast.expr, finals: Mapping[str, ast.expr], depth: int) -> bool:
    """mypy's ``constant_fold_expr`` succeeds on ``expr`` (an expression that ran)."""
    if depth > 32:
        return False
    if isinstance(expr, ast.Constant):
        return type(expr.value) in (bool, int, float, complex, str)
    if isinstance(expr, ast.Name):
        value = finals.get(expr.id)
        return value is not None and _folds(value, finals, depth + 1)
    if isinstance(expr, ast.BinOp):
        return (
            isinstance(expr.op, _FOLDED_OPERATORS)
            and _folds(expr.left, finals, depth + 1)
            and _folds(expr.right, finals, depth + 1)
        )
    if isinstance(expr, ast.UnaryOp):
        return isinstance(expr.op, (ast.USub, ast.UAdd, ast.Invert)) and _folds(
            expr.operand, finals, depth + 1
        )
    return False


def decorator_named(node: ast.expr, name: str) -> bool:
    """Whether the decorator ``node`` is ``@name`` or ``@module.name`` (``@typing.overload``)."""
    return (isinstance(node, ast.Name) and node.id == name) or (
        isinstance(node, ast.Attribute) and node.attr == name
    )


def overload_variants(
    module: object, qualname: str
) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The ``@overload`` variants of ``qualname`` (``Owner.name`` or ``name``) as
    written in ``module``'s body or its classes' bodies, decorators included,
    each parsed from its own lines (Python 3.10's ``typing.overload`` records
    nothing at runtime).

    The module is parsed once to find them, and that parse is shared with
    :func:`class_source`'s.
    """
    try:
        space: Mapping[str, object] = MODULE_DICT.__get__(module)
    except Exception:
        return []
    source = _source_of(space)
    if source is None:
        return []
    found: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    lines = source.data.decode(source.encoding, "replace").splitlines(keepends=True)
    for first, last in _parsed(source).overloads.get(qualname, ()):
        try:
            tree = ast.parse(textwrap.dedent("".join(lines[first:last])))
        except SyntaxError:
            continue
        node = tree.body[0] if tree.body else None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.append(node)
    return found


# ---------------------------------------------------------------------------
# The names of ``if TYPE_CHECKING:``


def type_checking_names(space: Mapping[str, object]) -> dict[str, object]:
    """The names that the ``if TYPE_CHECKING:`` blocks of a module import and that
    can be resolved safely, for the module whose namespace is ``space``.

    Read from the module's source (``if TYPE_CHECKING:``,
    ``if typing.TYPE_CHECKING:``, at the top level; ``else`` branches are
    ignored). A name resolves from a module already in ``sys.modules``, from
    a standard-library module (imported if need be), or from the engine's
    model of typeshed-only modules; a third-party module not yet imported is
    never imported, and the name is left out.
    """
    kept = _kept_unchanged(space)
    if kept is None or kept.imports is None:
        source = _source_of(space)
        if source is None:
            return {}
        kept = source.kept
        if kept.imports is None:
            kept.imports = _type_checking_imports(source)
    if not kept.imports:
        return {}
    package = _package_of(space)
    names: dict[str, object] = {}
    for entry in kept.imports:
        if entry.name in names:
            continue  # the first binding that resolves wins (version branches)
        value = _resolve(entry, package)
        if value is not _MISSING:
            names[entry.name] = value
    return names


def _type_checking_imports(source: _Source) -> tuple[_Import, ...]:
    if b"TYPE_CHECKING" not in source.data:
        return ()
    text = source.data.decode(source.encoding, "replace")
    found: list[_Import] = []
    for match in _TYPE_CHECKING_LINE.finditer(text):
        block = _statement(text[match.start() :])
        if block is None:
            continue
        try:
            tree = ast.parse(block[0])
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.If):
                found.extend(_imports_in(node.body))  # the else branch never counts
    return tuple(found)


def _imports_in(body: list[ast.stmt]) -> Iterator[_Import]:
    """The imports of a block, and of the ``if``/``try`` statements inside it (both
    branches of a version check: the first that resolves wins)."""
    for node in body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname is not None:
                    yield _Import(alias.asname, alias.name, 0, None)
                else:
                    top = alias.name.partition(".")[0]
                    yield _Import(top, top, 0, None)
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name != "*":
                    yield _Import(
                        alias.asname or alias.name, node.module or "", node.level, alias.name
                    )
        elif isinstance(node, ast.If):
            yield from _imports_in(node.body)
            yield from _imports_in(node.orelse)
        elif isinstance(node, ast.Try):
            yield from _imports_in(node.body)
            for handler in node.handlers:
                yield from _imports_in(handler.body)
            yield from _imports_in(node.orelse)


def _package_of(space: Mapping[str, object]) -> str:
    package = space.get("__package__")
    if isinstance(package, str):
        return package
    name = space.get("__name__")
    if not isinstance(name, str):
        return ""
    return name if "__path__" in space else name.rpartition(".")[0]


_MISSING: Any = object()


def _resolve(entry: _Import, package: str) -> object:
    module_name = entry.module
    if entry.level:
        if not package:
            return _MISSING
        bits = package.rsplit(".", entry.level - 1)
        if len(bits) < entry.level:
            return _MISSING
        module_name = f"{bits[0]}.{module_name}" if module_name else bits[0]
    if entry.attribute is None:
        module = _module(module_name)
        return _MISSING if module is None else module
    model = TYPESHED_ONLY.get(module_name)
    if model is not None:
        return model.get(entry.attribute, _MISSING)
    module = _module(module_name)
    if module is None:
        return _MISSING
    value = _attribute(module, module_name, entry.attribute)
    if value is not _MISSING:
        return value
    submodule = _module(f"{module_name}.{entry.attribute}")  # ``from pkg import submodule``
    return _MISSING if submodule is None else submodule


def _module(name: str) -> types.ModuleType | None:
    """The module ``name`` if it is imported, or a standard module imported now."""
    module: object = sys.modules.get(name)
    if module is not None:
        return module if is_a(module, types.ModuleType) else None
    if not name or not _is_standard(name):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a deprecated module's warning is not the plugin's
            return importlib.import_module(name)
    except Exception:
        return None


def _is_standard(name: str) -> bool:
    """Whether ``name`` is a module of the standard library, not shadowed on ``sys.path``."""
    top = name.partition(".")[0]
    if top not in sys.stdlib_module_names or top in _NEVER_IMPORTED:
        return False
    if top in sys.modules:
        return _in_standard_library(sys.modules[top])
    try:
        spec = importlib.util.find_spec(top)  # a top-level name: imports nothing
    except Exception:
        return False
    if spec is None:
        return False
    origin = spec.origin
    if origin in ("built-in", "frozen"):
        return True
    return isinstance(origin, str) and _under_standard_library(origin)


def _in_standard_library(module: object) -> bool:
    try:
        space: Mapping[str, object] = MODULE_DICT.__get__(module)
    except Exception:
        return False
    origin = space.get("__file__")
    return origin is None or (isinstance(origin, str) and _under_standard_library(origin))


_STANDARD_ROOT = os.path.join(os.path.dirname(os.path.abspath(os.__file__)), "")


def _under_standard_library(path: str) -> bool:
    path = os.path.abspath(path)
    return path.startswith(_STANDARD_ROOT) and "site-packages" not in path


def _attribute(module: types.ModuleType, module_name: str, attribute: str) -> object:
    """``module.attribute``: through ``getattr`` for a standard module (its own
    code is the standard library's), from its dictionary otherwise (never a
    third-party module's ``__getattr__``)."""
    try:
        space: Mapping[str, object] = MODULE_DICT.__get__(module)
    except Exception:
        return _MISSING
    if attribute in space:
        return space[attribute]
    if _is_standard(module_name):
        getter: Callable[..., object] = getattr
        try:
            return getter(module, attribute)
        except Exception:
            return _MISSING
    return _MISSING
