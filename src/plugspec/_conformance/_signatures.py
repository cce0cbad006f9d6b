"""Callable signatures and mypy's rules for when one can stand in for another.

The comparison follows mypy's ``is_callable_compatible`` and
``are_parameters_compatible`` (mypy/subtypes.py) phase by phase, so that the
verdict is mypy's; unlike mypy it goes on after the first difference and
explains each one.
"""

from __future__ import annotations

import collections.abc
import enum
import inspect
import sys
import typing
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, get_args, get_origin

import typing_extensions

from ._context import Context
from ._substitute import substitute, type_vars_in, union_items
from ._types import format_type as fmt
from ._types import is_subtype

__all__ = [
    "ANY_ARGS",
    "Param",
    "ParamKind",
    "Sig",
    "read_signature",
    "sig_from_callable_annotation",
    "sig_from_parameters",
    "sig_incompatibilities",
]


class ParamKind(enum.IntEnum):
    """The kind of a parameter, in the order Python requires them."""

    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    @property
    def positional(self) -> bool:
        """Fills a position (mypy's ``is_positional()``)."""
        return self <= ParamKind.POSITIONAL_OR_KEYWORD

    @property
    def star(self) -> bool:
        """``*args`` or ``**kwargs``."""
        return self in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)


_PREFIXES = {ParamKind.VAR_POSITIONAL: "*", ParamKind.VAR_KEYWORD: "**"}


@dataclass(slots=True)
class Param:
    """One parameter: its name (``None`` when anonymous), kind, type and default."""

    name: str | None
    kind: ParamKind
    annotation: object = Any
    has_default: bool = False
    annotated: bool = False
    default_text: str | None = None

    @property
    def required(self) -> bool:
        """A caller must pass it."""
        return not self.has_default and not self.kind.star

    @property
    def call_name(self) -> str | None:
        """The name a caller can pass it by (``None`` for positional-only)."""
        if self.kind is ParamKind.POSITIONAL_ONLY or self.kind.star:
            return None
        return self.name

    def text(self, format_type: Callable[[object], str]) -> str:
        """Source-like text: ``rows: list[int]``, ``*, title: str = ''``."""
        name = _PREFIXES.get(self.kind, "") + (self.name or "_")
        if self.annotated:
            name += f": {format_type(self.annotation)}"
            if self.has_default:
                name += f" = {self.default_text or '...'}"
        elif self.has_default:
            name += f"={self.default_text or '...'}"
        return name


ANY_ARGS: tuple[Param, Param] = (
    Param("args", ParamKind.VAR_POSITIONAL, Any),
    Param("kwargs", ParamKind.VAR_KEYWORD, Any),
)
"""``*args: Any, **kwargs: Any``: a call that accepts anything (shared: never mutate)."""


@dataclass(slots=True)
class Sig:
    """A callable's signature as mypy sees it.

    ``implicit`` marks a function without any annotation (mypy then ignores
    positional parameter names); ``ellipsis`` is ``Callable[..., R]`` (its
    parameters are ``*args: Any, **kwargs: Any``);
    ``is_async`` means calling it returns a coroutine of ``returns``.
    """

    params: tuple[Param, ...] = ()
    returns: object = Any
    is_async: bool = False
    name: str | None = None
    implicit: bool = False
    ellipsis: bool = False
    returns_annotated: bool = False
    bound_self: Param | None = field(default=None, compare=False)
    variables: frozenset[object] | None = field(default=None, compare=False, repr=False)

    def evolve(self, **changes: Any) -> Sig:
        """A copy with ``changes`` (``dataclasses.replace``, without its overhead)."""
        new = object.__new__(Sig)
        for name in Sig.__slots__:
            setattr(new, name, changes[name] if name in changes else getattr(self, name))
        return new

    @property
    def effective_returns(self) -> object:
        """What a call returns (a coroutine for ``async def``)."""
        if self.is_async:
            return collections.abc.Coroutine[Any, Any, self.returns]  # type: ignore[name-defined]
        return self.returns

    def text(self, format_type: Callable[[object], str], *, with_self: bool = True) -> str:
        """Source-like text: ``format(self, rows: list[int], *, title: str = '') -> str``."""
        if self.ellipsis:
            inner = "..."
        else:
            parts: list[str] = []
            params = list(self.params)
            if with_self and self.bound_self is not None:
                params.insert(0, self.bound_self)
            saw_positional_only = False
            saw_star = False
            for index, param in enumerate(params):
                if param.kind is ParamKind.POSITIONAL_ONLY and param.name is not None:
                    saw_positional_only = True
                elif saw_positional_only:
                    parts.append("/")
                    saw_positional_only = False
                if param.kind is ParamKind.KEYWORD_ONLY and not saw_star:
                    parts.append("*")
                if param.kind in (ParamKind.VAR_POSITIONAL, ParamKind.KEYWORD_ONLY):
                    saw_star = True
                parts.append(param.text(format_type))
                if index == len(params) - 1 and saw_positional_only:
                    parts.append("/")
            inner = ", ".join(parts)
        head = f"{self.name or ''}({inner})"
        if self.returns_annotated:
            head += f" -> {format_type(self.returns)}"
        return f"async {head}" if self.is_async else head

    def bind(self) -> Sig:
        """The signature seen through an instance: the first positional parameter goes."""
        params = self.params
        if params and params[0].kind.positional:
            # The variables stay a superset: enough to tell "none at all" quickly.
            return self.evolve(params=params[1:], bound_self=params[0])
        return self

    def var_arg(self) -> _Formal | None:
        for position, param in enumerate(self.params):
            if param.kind is ParamKind.VAR_POSITIONAL:
                return _Formal(None, position, param.annotation, False)
        return None

    def kw_arg(self) -> _Formal | None:
        for position, param in enumerate(self.params):
            if param.kind is ParamKind.VAR_KEYWORD:
                return _Formal(None, position, param.annotation, False)
        return None

    def formal_arguments(self) -> Iterator[_Formal]:
        done_with_positional = False
        for index, param in enumerate(self.params):
            if not param.kind.positional:
                done_with_positional = True
            if param.kind.star:
                continue
            position = None if done_with_positional else index
            yield _Formal(param.call_name, position, param.annotation, param.required)

    def argument_by_name(self, name: str | None) -> _Formal | None:
        if name is None:
            return None
        seen_star = False
        for index, param in enumerate(self.params):
            if not param.kind.positional:
                seen_star = True
            if param.kind.star:
                continue
            if param.call_name == name:
                position = None if seen_star else index
                return _Formal(name, position, param.annotation, param.required)
        kw_arg = self.kw_arg()
        return None if kw_arg is None else _Formal(name, None, kw_arg.typ, False)

    def argument_by_position(self, position: int | None) -> _Formal | None:
        if position is None:
            return None
        if position < len(self.params):
            param = self.params[position]
            if param.kind.positional:
                return _Formal(param.call_name, position, param.annotation, param.required)
        var_arg = self.var_arg()
        return None if var_arg is None else _Formal(None, position, var_arg.typ, False)

    def display_name(self, formal: _Formal) -> str:
        """How to name a formal argument in a message."""
        if formal.name is not None:
            return f"`{formal.name}`"
        if formal.pos is not None and formal.pos < len(self.params):
            name = self.params[formal.pos].name
            if name is not None:
                return f"`{name}`"
        return f"at position {(formal.pos or 0) + 1}"


class _Formal(NamedTuple):
    """mypy's FormalArgument: a parameter as a caller can reach it."""

    name: str | None
    pos: int | None
    typ: object
    required: bool


def _is_any(annotation: object) -> bool:
    return annotation is Any


def _trivial(sig: Sig) -> bool:
    """``(*args: Any, **kwargs: Any)``: mypy treats it like ``...``."""
    kinds = [p.kind for p in sig.params]
    return kinds == [ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD] and all(
        _is_any(p.annotation) for p in sig.params
    )


def _trivial_suffix(sig: Sig) -> bool:
    tail = sig.params[-2:]
    return [p.kind for p in tail] == [ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD] and all(
        _is_any(p.annotation) for p in tail
    )


# --------------------------------------------------------------------------- unification


def _safe_args(annotation: object) -> tuple[object, ...]:
    try:
        return tuple(get_args(annotation))
    except Exception:
        return ()


def _match(
    template: object, actual: object, free: Sequence[object], out: dict[object, object]
) -> None:
    """Bind the free type variables of ``template`` so that it looks like ``actual``."""
    if template in free:
        if template not in out and not _is_any(actual):
            out[template] = actual
        return
    template_args = _safe_args(template)
    if not template_args:
        return
    actual_args = _safe_args(actual)
    if get_origin(template) is not None and get_origin(template) == get_origin(actual):
        for sub_template, sub_actual in zip(template_args, actual_args, strict=False):
            _match(sub_template, sub_actual, free, out)


def unify(found: Sig, expected: Sig, ctx: Context | None = None) -> tuple[Sig, list[str]]:
    """Solve a generic ``found`` signature's own type variables against ``expected``.

    mypy infers them (``unify_generic_callable``); this binds each variable to
    the matching part of the expected signature (parameters first, then the
    return), which agrees with mypy on the shapes protocols use; what stays
    unbound becomes ``Any``.
    """
    if found.variables is not None and not found.variables:
        return found, []
    free: list[object] = []
    for param in found.params:
        type_vars_in(param.annotation, free)
    type_vars_in(found.returns, free)
    if not free:
        return found, []
    solution: dict[object, object] = {}
    for param in found.params:
        if param.kind.star:
            other = (
                expected.var_arg() if param.kind is ParamKind.VAR_POSITIONAL else expected.kw_arg()
            )
            if other is not None:
                _match(param.annotation, other.typ, free, solution)
            continue
        formal = None
        if param.call_name is not None:
            formal = expected.argument_by_name(param.call_name)
        if formal is None:
            index = found.params.index(param)
            formal = expected.argument_by_position(index) if param.kind.positional else None
        if formal is not None:
            _match(param.annotation, formal.typ, free, solution)
    _match(found.returns, expected.returns, free, solution)
    problems: list[str] = []
    for variable in free:
        solution.setdefault(variable, Any)
        if ctx is not None:
            problems.extend(_violations(variable, solution[variable], ctx))
    return replace(
        found,
        params=tuple(
            replace(p, annotation=substitute(p.annotation, solution)) for p in found.params
        ),
        returns=substitute(found.returns, solution),
    ), problems


def _violations(variable: object, value: object, ctx: Context) -> list[str]:
    """Why ``value`` cannot stand for the type variable (its bound or constraints)."""
    if value is Any:
        return []
    name = getattr(variable, "__name__", "?")
    bound = getattr(variable, "__bound__", None)
    if bound is not None and not is_subtype(value, bound, ctx):
        return [
            f"type variable `{name}` would need to be `{fmt(value)}`, "
            f"outside its bound `{fmt(bound)}`"
        ]
    constraints: tuple[object, ...] = tuple(getattr(variable, "__constraints__", ()) or ())
    if constraints and not any(is_subtype(value, c, ctx) for c in constraints):
        allowed = ", ".join(f"`{fmt(c)}`" for c in constraints)
        return [f"type variable `{name}` would need to be `{fmt(value)}`, not one of {allowed}"]
    return []


# --------------------------------------------------------------------------- comparison


def sig_incompatibilities(
    found: Sig, expected: Sig, ctx: Context, *, check_names: bool, ignore_return: bool = False
) -> list[str]:
    """Why ``found`` cannot stand in for ``expected`` (empty when it can).

    ``check_names`` makes positional parameter names count (mypy checks them
    only for ``__call__`` of protocols). Parameter types are compared
    contravariantly, returns covariantly, with :func:`_types.is_subtype`.
    """
    if _identical(found, expected):
        return []  # the same signature (an implementation that copies the protocol's)
    ignore_names = not check_names or found.implicit or expected.implicit
    found, problems = unify(found, expected, ctx)

    # Returns (an async def returns a coroutine).
    if found.is_async and expected.is_async:
        found_ret, expected_ret = found.returns, expected.returns
    else:
        found_ret, expected_ret = found.effective_returns, expected.effective_returns
    if not ignore_return and not is_subtype(found_ret, expected_ret, ctx):
        if found.is_async != expected.is_async:
            what = "is `async def`" if found.is_async else "is not `async def`"
            problems.append(
                f"{what}, so it returns `{fmt(found_ret)}`, expected `{fmt(expected_ret)}`"
            )
        else:
            problems.append(f"returns `{fmt(found_ret)}`, expected `{fmt(expected_ret)}`")

    problems.extend(_parameter_problems(found, expected, ctx, ignore_names=ignore_names))
    return problems


def _identical(found: Sig, expected: Sig) -> bool:
    """The very same signature, annotations compared by identity (no ``__eq__`` runs)."""
    if (
        found.ellipsis
        or expected.ellipsis
        or found.is_async != expected.is_async
        or found.returns is not expected.returns
        or len(found.params) != len(expected.params)
    ):
        return False
    return all(
        a.annotation is b.annotation
        and a.kind == b.kind
        and a.name == b.name
        and a.has_default == b.has_default
        for a, b in zip(found.params, expected.params, strict=True)
    )


def _star_problems(
    label: str, left: _Formal | None, right: _Formal | None, trivial_suffix: bool, ctx: Context
) -> list[str]:
    """mypy's phase 1a for one of ``*args`` / ``**kwargs`` (``left`` found, ``right`` expected)."""
    if right is None:
        return []
    if left is None:
        if trivial_suffix:
            return []
        return [f"does not accept `{label}` (the protocol's signature takes them)"]
    if not is_subtype(right.typ, left.typ, ctx):
        return [f"`{label}` accepts `{fmt(left.typ)}`, but the protocol passes `{fmt(right.typ)}`"]
    return []


def _parameter_problems(
    found: Sig, expected: Sig, ctx: Context, *, ignore_names: bool
) -> list[str]:
    if expected.ellipsis or _trivial(expected):
        return []
    problems: list[str] = []
    trivial_suffix = _trivial_suffix(expected)
    left_star, left_star2 = found.var_arg(), found.kw_arg()
    right_star, right_star2 = expected.var_arg(), expected.kw_arg()

    trivial_vararg_suffix = (
        bool(expected.params)
        and expected.params[-1].kind is ParamKind.VAR_POSITIONAL
        and _is_any(expected.params[-1].annotation)
        and all(p.kind.positional or p.kind is ParamKind.VAR_POSITIONAL for p in found.params)
    )

    # Phase 1a: both accept unlimited arguments of compatible types.
    if not trivial_vararg_suffix:
        problems.extend(_star_problems("*args", left_star, right_star, trivial_suffix, ctx))
    problems.extend(_star_problems("**kwargs", left_star2, right_star2, trivial_suffix, ctx))

    # Phase 1b: every argument the expected signature accepts, found accepts too.
    for right_arg in expected.formal_arguments():
        left_arg = _corresponding(found, right_arg, ctx)
        if left_arg is None:
            problems.append(_missing_message(expected, right_arg))
            continue
        problems.extend(
            _arg_problems(found, expected, left_arg, right_arg, ctx, ignore_names=ignore_names)
        )

    if trivial_suffix:
        return problems

    # Phase 1c: extra positional parameters of found absorb the expected *args.
    if right_star is not None and not trivial_vararg_suffix:
        # mypy synthesizes it without a position (``try_synthesizing_arg_from_vararg(None)``,
        # and ``allow_imprecise_kinds``): a parameter of found is not held to one.
        right_by_position = _Formal(None, None, right_star.typ, False)
        index = right_star.pos or 0
        while index < len(found.params) and found.params[index].kind.positional:
            left_by_position = found.argument_by_position(index)
            if left_by_position is not None:
                problems.extend(
                    _arg_problems(
                        found,
                        expected,
                        left_by_position,
                        right_by_position,
                        ctx,
                        ignore_names=ignore_names,
                    )
                )
            index += 1

    # Phase 1d: extra named parameters of found absorb the expected **kwargs.
    if right_star2 is not None:
        # mypy skips a found name that any expected parameter bears, ``*args`` and
        # ``**kwargs`` included (only positional-only parameters are anonymous there).
        right_names = {
            p.name
            for p in expected.params
            if p.name is not None and p.kind is not ParamKind.POSITIONAL_ONLY
        }
        right_by_name = _Formal(None, None, right_star2.typ, False)
        for param in found.params:
            if param.call_name is None or param.kind.star or param.call_name in right_names:
                continue
            left_by_name = found.argument_by_name(param.call_name)
            if left_by_name is not None:
                problems.extend(
                    _arg_problems(
                        found, expected, left_by_name, right_by_name, ctx, ignore_names=ignore_names
                    )
                )

    # Phase 2: found requires nothing that the expected signature does not pass.
    for left_arg in found.formal_arguments():
        right_named = expected.argument_by_name(left_arg.name)
        right_by_pos = expected.argument_by_position(left_arg.pos)
        if (
            right_named is not None
            and right_by_pos is not None
            and right_named != right_by_pos
            and (right_by_pos.required or right_named.required)
        ):
            problems.append(
                f"parameter {found.display_name(left_arg)} would receive two different "
                "arguments of the protocol's signature"
            )
        if left_arg.required and right_by_pos is None and right_named is None:
            problems.append(
                f"requires argument {found.display_name(left_arg)}, "
                "which the protocol's signature does not pass"
            )
    return _unique(problems)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _corresponding(found: Sig, model: _Formal, ctx: Context) -> _Formal | None:
    """mypy's ``callable_corresponding_argument``."""
    by_name = found.argument_by_name(model.name)
    by_pos = found.argument_by_position(model.pos)
    if by_name is None or by_pos is None:
        return by_name if by_name is not None else by_pos
    if by_name == by_pos:
        return by_name
    if not (by_name.required or by_pos.required) and by_pos.name is None and by_name.pos is None:
        # An optional positional-only and an optional keyword-only merge (``*args``
        # and ``**kwargs``, or ``*args`` and a keyword-only parameter of that name):
        # the argument must suit both, so its type is their meet.
        return _Formal(by_name.name, by_pos.pos, meet(by_name.typ, by_pos.typ, ctx), False)
    return by_name


def meet(left: object, right: object, ctx: Context) -> object:
    """The greatest lower bound of two types, as mypy's ``meet_types`` finds it for
    parameter types: ``Any`` gives way to the other, a subtype wins, unions meet
    item by item, and unrelated types meet in ``Never`` (no argument fits both)."""
    if _is_any(left):
        return right
    if _is_any(right):
        return left
    if is_subtype(left, right, ctx):
        return left
    if is_subtype(right, left, ctx):
        return right
    left_items, right_items = union_items(left), union_items(right)
    if len(left_items) > 1 or len(right_items) > 1:
        found: list[object] = []
        for a in left_items:
            for b in right_items:
                item = meet(a, b, ctx)
                if item is not typing.NoReturn and item not in found:
                    found.append(item)
        if found:
            return found[0] if len(found) == 1 else typing.Union[tuple(found)]  # noqa: UP007
    return typing.NoReturn


def _missing_message(expected: Sig, right_arg: _Formal) -> str:
    if right_arg.pos is None:
        return f"takes no keyword argument `{right_arg.name}`"
    ordinal = right_arg.pos + 1
    if right_arg.name is not None:
        return f"takes no argument `{right_arg.name}` (neither by name nor at position {ordinal})"
    return (
        f"takes no positional argument at position {ordinal} ({expected.display_name(right_arg)})"
    )


def _arg_problems(
    found: Sig,
    expected: Sig,
    left: _Formal,
    right: _Formal,
    ctx: Context,
    *,
    ignore_names: bool,
) -> list[str]:
    """mypy's ``are_args_compatible``, with reasons."""
    problems: list[str] = []
    if (
        right.name is not None
        and left.name != right.name
        and (not ignore_names or right.pos is None)
    ):
        if left.name is None:
            problems.append(
                f"parameter {found.display_name(left)} is positional-only, "
                f"but the protocol passes `{right.name}` by name"
            )
        else:
            problems.append(f"parameter `{left.name}` should be named `{right.name}`")
    if right.pos is not None and left.pos != right.pos:
        if left.pos is None:
            problems.append(
                f"parameter {found.display_name(left)} is keyword-only, "
                f"but the protocol passes it at position {right.pos + 1}"
            )
        else:
            problems.append(
                f"parameter {found.display_name(left)} is at position {left.pos + 1}, "
                f"expected position {right.pos + 1}"
            )
    if not right.required and left.required:
        problems.append(
            f"parameter {found.display_name(left)} has no default, "
            "but the protocol's parameter is optional"
        )
    if not is_subtype(right.typ, left.typ, ctx):
        merged = _merged_from(found, left)
        if merged is not None:
            by_position, by_name = merged
            both = (
                "and no value fits both"
                if left.typ is typing.NoReturn
                else f"so it must be `{fmt(left.typ)}`"
            )
            problems.append(
                f"takes argument `{left.name}` in `{by_position.text(fmt)}` (by position) "
                f"or in `{by_name.text(fmt)}` (by name), {both}, "
                f"but the protocol passes `{fmt(right.typ)}`"
            )
        else:
            problems.append(
                f"parameter {found.display_name(left)} accepts `{fmt(left.typ)}`, "
                f"but the protocol passes `{fmt(right.typ)}`"
            )
    return problems


def _merged_from(found: Sig, formal: _Formal) -> tuple[Param, Param] | None:
    """The two parameters a merged formal argument stands for (see ``_corresponding``):
    ``*args`` (by position) and ``**kwargs`` or a keyword-only parameter (by name)."""
    if formal.name is None or formal.pos is None:
        return None
    if formal.pos < len(found.params) and found.params[formal.pos].call_name == formal.name:
        return None  # one positional-or-keyword parameter
    by_position = next((p for p in found.params if p.kind is ParamKind.VAR_POSITIONAL), None)
    by_name = next((p for p in found.params if p.call_name == formal.name), None) or next(
        (p for p in found.params if p.kind is ParamKind.VAR_KEYWORD), None
    )
    if by_position is None or by_name is None:
        return None
    return by_position, by_name


# --------------------------------------------------------------------------- construction


# ``typing_extensions.Concatenate`` is its own form on Python 3.10.
_CONCATENATE = (typing.Concatenate, typing_extensions.Concatenate)


def sig_from_callable_annotation(annotation: object) -> Sig:
    """The signature of ``Callable[[A, B], R]`` or ``Callable[..., R]`` (typing or abc).

    ``Callable[Concatenate[A, P], R]`` and ``Callable[P, R]`` keep their
    leading parameters and accept anything else, as mypy does with an
    unknown ParamSpec.
    """
    args = _safe_args(annotation)
    if not args:
        return Sig(params=ANY_ARGS, ellipsis=True, returns=Any, returns_annotated=True)
    *params, returns = args
    if len(params) == 1 and isinstance(params[0], (list, tuple)):
        # ``Callable[[A], R]``: the list holds the parameter types, whatever they
        # are (``list[str]``, a union or a ``Literal`` are parameter types too).
        params = list(typing.cast("Sequence[object]", params[0]))
    elif len(params) == 1 and params[0] is Ellipsis:
        return Sig(params=ANY_ARGS, ellipsis=True, returns=returns, returns_annotated=True)
    elif len(params) == 1 and (
        type(params[0]).__name__ == "ParamSpec" or get_origin(params[0]) in _CONCATENATE
    ):
        # ParamSpec or Concatenate[...]: leading types, then anything.
        head = [a for a in _safe_args(params[0]) if type(a).__name__ != "ParamSpec"]
        return Sig(
            params=(
                *(Param(None, ParamKind.POSITIONAL_ONLY, arg, annotated=True) for arg in head),
                *ANY_ARGS,
            ),
            returns=returns,
            returns_annotated=True,
        )
    return Sig(
        params=tuple(Param(None, ParamKind.POSITIONAL_ONLY, arg, annotated=True) for arg in params),
        returns=returns,
        returns_annotated=True,
    )


_KINDS = {
    inspect.Parameter.POSITIONAL_ONLY: ParamKind.POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD: ParamKind.POSITIONAL_OR_KEYWORD,
    inspect.Parameter.VAR_POSITIONAL: ParamKind.VAR_POSITIONAL,
    inspect.Parameter.KEYWORD_ONLY: ParamKind.KEYWORD_ONLY,
    inspect.Parameter.VAR_KEYWORD: ParamKind.VAR_KEYWORD,
}

# Special methods whose parameters mypy treats as positional-only
# (mypy/sharedparse.py: MAGIC_METHODS_POS_ARGS_ONLY).
_POSITIONAL_ONLY_METHODS = frozenset(
    [
        "__abs__",
        "__complex__",
        "__contains__",
        "__buffer__",
        "__del__",
        "__delattr__",
        "__delitem__",
        "__enter__",
        "__exit__",
        "__float__",
        "__getattr__",
        "__getattribute__",
        "__getitem__",
        "__hex__",
        "__int__",
        "__invert__",
        "__iter__",
        "__len__",
        "__long__",
        "__neg__",
        "__oct__",
        "__pos__",
        "__release_buffer__",
        "__repr__",
        "__reversed__",
        "__setitem__",
        "__str__",
        "__add__",
        "__and__",
        "__divmod__",
        "__eq__",
        "__floordiv__",
        "__ge__",
        "__gt__",
        "__iadd__",
        "__iand__",
        "__idiv__",
        "__ifloordiv__",
        "__ilshift__",
        "__imatmul__",
        "__imod__",
        "__imul__",
        "__ior__",
        "__ipow__",
        "__irshift__",
        "__isub__",
        "__itruediv__",
        "__ixor__",
        "__le__",
        "__lshift__",
        "__lt__",
        "__matmul__",
        "__mod__",
        "__mul__",
        "__ne__",
        "__or__",
        "__pow__",
        "__radd__",
        "__rand__",
        "__rdiv__",
        "__rfloordiv__",
        "__rlshift__",
        "__rmatmul__",
        "__rmod__",
        "__rmul__",
        "__ror__",
        "__rpow__",
        "__rrshift__",
        "__rshift__",
        "__rsub__",
        "__rtruediv__",
        "__rxor__",
        "__sub__",
        "__truediv__",
        "__xor__",
    ]
)


_LITERAL_DEFAULTS = (bool, int, float, complex, str, bytes, type(None))


def _default_text(default: object) -> str:
    """The default as source text, for plain literals only (a repr could run plugin code)."""
    if type(default) not in _LITERAL_DEFAULTS:
        return "..."
    text = repr(default)
    return text if len(text) <= 40 else "..."


def _private_name(name: str, owner: str | None) -> bool:
    """``__x`` (mypy: positional-only), also as Python mangles it in a class: ``_Owner__x``."""
    if name.startswith("__") and not name.endswith("__"):
        return True
    if owner:
        prefix = f"_{owner.lstrip('_')}__"
        return name.startswith(prefix) and not name.endswith("__") and len(name) > len(prefix)
    return False


def read_signature(func: Callable[..., object]) -> inspect.Signature:
    """``inspect.signature(func)``, for its parameters only.

    The annotations it carries are never used (:func:`._raw.raw_annotations`
    is their one reader). From Python 3.14 it would evaluate them and fail on
    a name that cannot be resolved; with ``FORWARDREF`` that name stays a
    reference and the parameters are read.
    """
    if sys.version_info >= (3, 14):  # pragma: no cover - Python 3.14+
        import annotationlib

        return inspect.signature(func, annotation_format=annotationlib.Format.FORWARDREF)
    return inspect.signature(func)


def sig_from_signature(
    signature: inspect.Signature,
    hints: dict[str, object],
    *,
    name: str | None,
    is_async: bool = False,
    owner: str | None = None,
) -> Sig:
    """A :class:`Sig` from ``inspect.signature`` and the evaluated annotations."""
    parameters = [(p.name, _KINDS[p.kind], p.default) for p in signature.parameters.values()]
    return sig_from_parameters(parameters, hints, name=name, is_async=is_async, owner=owner)


def sig_from_parameters(
    parameters: Sequence[tuple[str, ParamKind, object]],
    hints: dict[str, object],
    *,
    name: str | None,
    is_async: bool = False,
    owner: str | None = None,
) -> Sig:
    """A :class:`Sig` from (name, kind, default) triples and the evaluated annotations.

    ``inspect.Parameter.empty`` marks a parameter without default. Parameters
    named ``__x`` (not dunder) are positional-only, and so are all
    parameters of most special methods, as mypy reads them.
    """
    params: list[Param] = []
    all_positional_only = name in _POSITIONAL_ONLY_METHODS
    empty = inspect.Parameter.empty
    for parameter_name, kind, default in parameters:
        if kind is ParamKind.POSITIONAL_OR_KEYWORD and (
            all_positional_only or _private_name(parameter_name, owner)
        ):
            kind = ParamKind.POSITIONAL_ONLY
        has_default = default is not empty
        shown = parameter_name
        if owner and shown.startswith(f"_{owner.lstrip('_')}__"):
            shown = shown[len(owner.lstrip("_")) + 1 :]  # as written: __x
        params.append(
            Param(
                name=shown,
                kind=kind,
                annotation=hints.get(parameter_name, Any),
                has_default=has_default,
                annotated=parameter_name in hints,
                default_text=_default_text(default) if has_default else None,
            )
        )
    return Sig(
        params=tuple(params),
        returns=hints.get("return", Any),
        is_async=is_async,
        name=name,
        implicit=not hints,
        returns_annotated="return" in hints,
    )
