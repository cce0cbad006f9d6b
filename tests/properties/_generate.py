"""Hypothesis strategies for protocol members, protocols and implementations, as source text.

A member is drawn as data (:class:`Member`, :class:`Param`) and rendered as
Python source, so that one description can be type-checked by mypy and
executed for the runtime check.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import types
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# Parameter kinds, in the order Python requires them.
POS_ONLY, POS, VAR_POS, KW_ONLY, VAR_KW = range(5)

#: Annotations drawn for parameters, returns and attributes (None: unannotated).
ANNOTATIONS: tuple[str | None, ...] = (
    "int",
    "bool",
    "float",
    "str",
    "object",
    "None",
    "Optional[int]",
    "list[int]",
    "Sequence[int]",
    "Any",
    "tuple[int, ...]",
    "dict[str, int]",
    "Callable[[int], str]",
    "Literal[1]",
    "int | str",
    "type",
    "type[int]",
    "Hashable",
    "Iterable[int]",
    "float | None",
    "Callable[..., Any]",
    "tuple[int, str]",
    "complex",
    "bytes",
    "Literal['a', 'b']",
    None,
)

#: A default value of each annotation (valid for mypy, immutable where it can be).
DEFAULTS: dict[str | None, str] = {
    "int": "0",
    "bool": "False",
    "float": "0.0",
    "str": "''",
    "object": "None",
    "None": "None",
    "Optional[int]": "None",
    "list[int]": "[]",
    "Sequence[int]": "()",
    "Any": "None",
    "tuple[int, ...]": "()",
    "dict[str, int]": "{}",
    "Callable[[int], str]": "repr",
    "Literal[1]": "1",
    "int | str": "0",
    "type": "int",
    "type[int]": "int",
    "Hashable": "0",
    "Iterable[int]": "()",
    "float | None": "None",
    "Callable[..., Any]": "print",
    "tuple[int, str]": "(0, '')",
    "complex": "0j",
    "bytes": "b''",
    "Literal['a', 'b']": "'a'",
    None: "None",
}

#: Member kinds a protocol declares; implementations may also use callable attributes.
PROTOCOL_KINDS = (
    "method",
    "async",
    "property",
    "attribute",
    "classmethod",
    "staticmethod",
    "settable_property",
    "classvar",
)
IMPL_KINDS = (
    *PROTOCOL_KINDS,
    "callable_classvar",
    "callable_attribute",
    "final_attribute",
    "deletable_property",
    "overloaded",
)
#: Kinds declared by a type rather than a signature.
DATA_KINDS = (
    "property",
    "attribute",
    "settable_property",
    "classvar",
    "final_attribute",
    "deletable_property",
)
#: An implementation-only way of writing a member of each kind.
VARIANTS = {
    "method": "overloaded",
    "attribute": "final_attribute",
    "classvar": "final_attribute",
    "property": "final_attribute",
    "settable_property": "deletable_property",
}
#: Kinds whose type may be ``Self`` as written (elsewhere it is the class named).
SELF_KINDS = ("method", "async", "classmethod", "property", "settable_property", "overloaded")
#: How a pair's case reads the implementation: an instance, the class object, ``type[P]``.
FORMS = ("instance", "instance", "class", "type")

PARAM_NAMES = ("a", "b", "x", "key")

HEADER = """\
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import Any, ClassVar, Final, Literal, Optional, Protocol, TypeVar, overload

from typing_extensions import Self

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
"""


@dataclass(frozen=True)
class Param:
    """One parameter: name, kind (POS_ONLY..VAR_KW), annotation, whether it has a default."""

    name: str
    kind: int
    annotation: str | None
    default: bool


@dataclass(frozen=True)
class Member:
    """One member named ``name``: a callable kind with params, or a data kind with a type."""

    name: str
    kind: str
    params: tuple[Param, ...] = ()
    returns: str | None = None


annotations_st = st.sampled_from(ANNOTATIONS)


@st.composite
def params(draw: st.DrawFn) -> Param:
    kind = draw(st.sampled_from((POS_ONLY, POS, POS, VAR_POS, KW_ONLY, KW_ONLY, VAR_KW)))
    default = kind not in (VAR_POS, VAR_KW) and draw(st.booleans())
    return Param(draw(st.sampled_from(PARAM_NAMES)), kind, draw(annotations_st), default)


@st.composite
def members(draw: st.DrawFn, kinds: tuple[str, ...] = PROTOCOL_KINDS, name: str = "m") -> Member:
    kind = draw(st.sampled_from(kinds))
    if kind in DATA_KINDS:
        annotation = draw(annotations_st)
        if kind in ("attribute", "classvar") and annotation is None:
            annotation = "int"  # protocol members need declared types
        return Member(name, kind, returns=annotation)
    drawn = tuple(draw(st.lists(params(), max_size=4)))
    returns = draw(st.one_of(annotations_st, st.just("Self")))
    return normalize(Member(name, kind, drawn, returns))


def normalize(member: Member) -> Member:
    """Make the parameter list legal Python: order, unique names, defaults, one *args/**kwargs."""
    ordered = sorted(member.params, key=lambda p: p.kind)
    fixed: list[Param] = []
    seen_names: set[str] = set()
    seen_kinds: set[int] = set()
    positional_default = False
    for param in ordered:
        if param.kind in (VAR_POS, VAR_KW) and param.kind in seen_kinds:
            continue
        name = param.name
        suffix = 2
        while name in seen_names:
            name = f"{param.name}{suffix}"
            suffix += 1
        default = param.default and param.kind not in (VAR_POS, VAR_KW)
        if param.kind in (POS_ONLY, POS):
            default = default or positional_default
            positional_default = default
        seen_names.add(name)
        seen_kinds.add(param.kind)
        fixed.append(Param(name, param.kind, param.annotation, default))
    return dataclasses.replace(member, params=tuple(fixed))


@st.composite
def mutated(draw: st.DrawFn, member: Member) -> Member:
    """``member`` with up to three random edits: a near miss, or an equivalent."""
    for _ in range(draw(st.integers(0, 3))):
        op = draw(
            st.sampled_from(
                (
                    "annotation",
                    "returns",
                    "rename",
                    "kind",
                    "default",
                    "add",
                    "remove",
                    "member_kind",
                    "missing",
                    "variant",
                )
            )
        )
        params_ = list(member.params)
        if op == "variant" and member.kind in VARIANTS:
            # The same member written another way only an implementation can use.
            member = dataclasses.replace(member, kind=VARIANTS[member.kind])
            continue
        if op == "missing" and draw(st.integers(0, 3)) == 0:
            return dataclasses.replace(member, name=f"other_{member.name}")
        if op == "member_kind":
            kind = draw(st.sampled_from(IMPL_KINDS))
            if kind in DATA_KINDS:
                member = Member(member.name, kind, returns=member.returns)
            else:
                member = dataclasses.replace(member, kind=kind)
        elif op == "returns":
            member = dataclasses.replace(member, returns=draw(annotations_st))
        elif op == "add":
            params_.append(draw(params()))
        elif params_:
            index = draw(st.integers(0, len(params_) - 1))
            param = params_[index]
            if op == "annotation":
                params_[index] = dataclasses.replace(param, annotation=draw(annotations_st))
            elif op == "rename":
                params_[index] = dataclasses.replace(param, name=draw(st.sampled_from(PARAM_NAMES)))
            elif op == "kind":
                new_kind = draw(st.sampled_from((POS_ONLY, POS, VAR_POS, KW_ONLY, VAR_KW)))
                params_[index] = dataclasses.replace(param, kind=new_kind)
            elif op == "default":
                params_[index] = dataclasses.replace(param, default=not param.default)
            elif op == "remove":
                del params_[index]
        if member.kind not in DATA_KINDS:
            member = normalize(dataclasses.replace(member, params=tuple(params_)))
    return member


def _annotation(annotation: str | None) -> str:
    return "" if annotation is None else f": {annotation}"


def _signature(member: Member, first: str | None) -> str:
    parts: list[str] = [] if first is None else [first]
    params_ = member.params
    for i, param in enumerate(params_):
        if param.kind == KW_ONLY and (i == 0 or params_[i - 1].kind < VAR_POS):
            parts.append("*")
        prefix = {VAR_POS: "*", VAR_KW: "**"}.get(param.kind, "")
        text = f"{prefix}{param.name}{_annotation(param.annotation)}"
        if param.default:
            eq = " = " if param.annotation is not None else "="
            text += f"{eq}{DEFAULTS.get(param.annotation, '...')}"
        parts.append(text)
        if param.kind == POS_ONLY and (i + 1 == len(params_) or params_[i + 1].kind != POS_ONLY):
            parts.append("/")
    returns = "" if member.returns is None else f" -> {member.returns}"
    return f"({', '.join(parts)}){returns}"


def _callable_type(member: Member) -> str:
    """``Callable[[A, B], R]`` for a signature of required positional parameters (else
    ``Callable[..., R]``); a ``ClassVar`` of it takes ``self`` first (mypy binds it)."""
    if all(p.kind in (POS_ONLY, POS) and not p.default for p in member.params):
        types = [p.annotation or "Any" for p in member.params]
        if member.kind == "callable_classvar":
            types.insert(0, "Any")
        inner = f"[{', '.join(types)}]"
    else:
        inner = "..."
    callable_type = f"Callable[{inner}, {member.returns or 'Any'}]"
    if member.kind == "callable_classvar":
        return f"ClassVar[{callable_type}]"
    return callable_type


def render_member(member: Member, *, implementation: bool, owner: str = "C") -> list[str]:
    """Source lines (indented for a class body of class ``owner``) that declare ``member``."""
    name, kind = member.name, member.kind
    if member.returns == "Self" and kind not in SELF_KINDS:
        # Self is for methods and properties; a variable is typed by the class itself.
        annotation = f"'{owner}'"
        if kind == "staticmethod" or kind.startswith("callable_"):
            return render_member(
                dataclasses.replace(member, returns=annotation), implementation=implementation
            )
        if kind == "classvar":
            return [f"    {name}: ClassVar[{annotation}]"]
        return [f"    {name}: {annotation}"]
    if kind == "final_attribute":
        if member.returns is None:
            return [f"    {name}: Final = 0"]
        return [f"    {name}: Final[{member.returns}] = {DEFAULTS[member.returns]}"]
    if kind == "overloaded":
        # The member's signature as one overload, after one it cannot be confused with.
        returns = "" if member.returns is None else f" -> {member.returns}"
        return [
            "    @overload",
            f"    def {name}(self, flag: bytes, /, *, ov: bytes){returns}: ...",
            "    @overload",
            f"    def {name}{_signature(member, 'self')}: ...",
            f"    def {name}(*args: Any, **kwargs: Any) -> Any: ...",
        ]
    if kind in ("callable_classvar", "callable_attribute"):
        return [f"    {name}: {_callable_type(member)}"]
    if kind == "classvar":
        annotation = member.returns or "int"
        if not implementation:
            return [f"    {name}: ClassVar[{annotation}]"]
        return [f"    {name}: ClassVar[{annotation}] = {DEFAULTS[annotation]}"]
    if kind == "attribute":
        if not implementation:
            return [f"    {name}: {member.returns}"]
        if member.returns is None:
            return [f"    {name} = 0"]
        return [f"    {name}: {member.returns} = {DEFAULTS[member.returns]}"]
    if kind in ("property", "settable_property", "deletable_property"):
        returns = "" if member.returns is None else f" -> {member.returns}"
        lines = ["    @property", f"    def {name}(self){returns}: ..."]
        if kind != "property":
            value = f"value{_annotation(member.returns)}"
            lines += [f"    @{name}.setter", f"    def {name}(self, {value}) -> None: ..."]
        if kind == "deletable_property":
            lines += [f"    @{name}.deleter", f"    def {name}(self) -> None: ..."]
        return lines
    first = {"staticmethod": None, "classmethod": "cls"}.get(kind, "self")
    decorator = {"staticmethod": ["    @staticmethod"], "classmethod": ["    @classmethod"]}
    keyword = "async def" if kind == "async" else "def"
    return [*decorator.get(kind, []), f"    {keyword} {name}{_signature(member, first)}: ..."]


def render_class(name: str, members_: list[Member], *, protocol: bool) -> str:
    """A class (``Protocol`` or plain) holding ``members_``."""
    base = "(Protocol)" if protocol else ""
    lines = [f"class {name}{base}:"]
    for member in members_:
        lines += render_member(member, implementation=not protocol, owner=name)
    if len(lines) == 1:
        lines.append("    pass")
    return "\n".join(lines) + "\n"


_INT = re.compile(r"\bint\b")


def _polarity(annotation: str | None, outer: int) -> set[int]:
    """Where ``int`` occurs in ``annotation`` read at polarity ``outer`` (1: covariant,
    -1: contravariant, 0: invariant)."""
    if annotation is None or not _INT.search(annotation):
        return set()
    if annotation.startswith(("list[", "dict[")):
        return {0}
    if annotation.startswith("Callable[["):
        return {-outer}
    return {outer}


def generic(members_: tuple[Member, ...]) -> tuple[tuple[Member, ...], str]:
    """The members with ``int`` replaced by a type variable, and that variable, whose
    variance is the one mypy expects of a protocol from where it occurs."""
    used: set[int] = set()
    for member in members_:
        if member.kind == "classvar":
            continue  # not parameterised (below)
        if member.kind == "property":
            used |= _polarity(member.returns, 1)
        elif member.kind in DATA_KINDS:
            used |= _polarity(member.returns, 0)
        else:
            used |= _polarity(member.returns, 1)
            for param in member.params:
                used |= _polarity(param.annotation, -1)
    var = "T_co" if used <= {1} else "T_contra" if used == {-1} else "T"

    def sub(annotation: str | None) -> str | None:
        return None if annotation is None else _INT.sub(var, annotation)

    out = tuple(
        member
        if member.kind == "classvar"  # a ClassVar cannot hold a type variable
        else dataclasses.replace(
            member,
            returns=sub(member.returns),
            params=tuple(
                dataclasses.replace(p, annotation=sub(p.annotation)) for p in member.params
            ),
        )
        for member in members_
    )
    return out, var


def render_pair(
    i: int,
    expected: tuple[Member, ...],
    found: tuple[Member, ...],
    form: str,
    *,
    generic_protocol: bool = False,
) -> tuple[str, str, int]:
    """Protocol ``P<i>``, implementation ``C<i>`` and the case ``case_<i>`` that assigns
    it in ``form``: the source, the case's annotation, and the case's line in the block.
    A generic protocol is parameterised by a type variable where ``expected`` says
    ``int``, and the case asks for ``P<i>[int]``."""
    protocol = f"P{i}"
    if generic_protocol:
        expected, var = generic(expected)
        protocol = f"P{i}[int]"
        source = render_class(f"P{i}", list(expected), protocol=True)
        source = source.replace("(Protocol):", f"(Protocol[{var}]):", 1)
    else:
        source = render_class(f"P{i}", list(expected), protocol=True)
    block = source + "\n" + render_class(f"C{i}", list(found), protocol=False) + "\n"
    annotation = f"type[{protocol}]" if form == "type" else protocol
    value = f"C{i}()" if form == "instance" else f"C{i}"
    line = block.count("\n")
    return block + f"case_{i}: {annotation} = {value}\n\n", annotation, line


def execute(source: str, module_name: str = "generated") -> dict[str, Any]:
    """Run generated source as the body of module ``module_name``, which it replaces in
    ``sys.modules`` as an import would (annotations are read in its namespace); the
    namespace. The source inherits this file's ``from __future__ import annotations``."""
    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    exec(compile(HEADER + source, f"<{module_name}>", "exec"), vars(module))
    return vars(module)
