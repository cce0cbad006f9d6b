"""The engine's side of :func:`plugspec.check` (see :mod:`._api`).

A verdict is mypy's verdict on ``x: <annotation> = obj``. Verdicts are cached
per (class of the object, annotation); what an instance may hold in its own
``__dict__`` (attributes the class does not declare) is checked again on
every instance, so the warm path is one dictionary lookup.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import FrameType
from typing import Any, ForwardRef, get_args, get_origin

import typing_extensions

from ._any_base import any_based
from ._cache import IdentityCache
from ._context import Context
from ._dict_lookup import class_dict_of, is_a, is_any, value_type_of
from ._hints import compile_annotation
from ._members import (
    ProtoMember,
    Subject,
    View,
    abstract_members,
    assumption_key,
    callable_view,
    expected_view,
    find_member,
    instance_dict,
    instances_conform,
    iter_member_names,
    member_problems,
    member_report,
    missing_member,
    nominal_verdict,
    protocol_members,
    quick_match,
    sigs_of_type,
    type_problems,
)
from ._plain_class import share_instance_report
from ._raw import CLASS_QUALNAME
from ._report import Problem, ProblemCode, Report
from ._signatures import Sig, sig_from_callable_annotation, sig_incompatibilities
from ._substitute import type_vars_in
from ._target import Target, is_protocol_class, parse_target
from ._types import RELATIONS_ABOVE, format_type

__all__ = ["check_call_in_full", "check_in_full", "class_object_conforms", "product_problems"]


_FUNCTION_TYPES: tuple[type, ...] = (
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.BuiltinMethodType,
    functools.partial,
)
# The runtime's own descriptor for a class's name (never a metaclass override).


@dataclass(frozen=True)
class _Dynamic:
    """A protocol member that an instance may provide in its own ``__dict__``."""

    member: ProtoMember
    expected: View


class _Entry:
    """The cached verdict for instances of one class against one annotation."""

    __slots__ = (
        "args",
        "by_types",
        "dynamic",
        "notes",
        "problems",
        "protocol",
        "report",
        "subject",
        "target",
    )

    def __init__(
        self,
        target: Target,
        subject: str,
        protocol: str,
        problems: tuple[Problem, ...],
        notes: tuple[str, ...],
        dynamic: tuple[_Dynamic, ...],
    ) -> None:
        self.target = target
        self.subject = subject
        self.protocol = protocol
        self.problems = problems
        self.notes = notes
        self.dynamic = dynamic
        self.args: tuple[object, ...] | None = None
        self.report: Report | None = None if dynamic else Report(subject, protocol, problems, notes)
        # Reports by the types of the instance's own attributes (when those decide alone).
        self.by_types: dict[tuple[type | None, ...], Report] = {}

    def for_instance(self, obj: object) -> Report:
        """The report for one instance: the cached part plus its own attributes."""
        key = self._types_key(obj)
        if key is not None:
            cached = self.by_types.get(key)
            if cached is not None:
                return cached
        report = self._compute(obj)
        if key is not None:
            if len(self.by_types) >= _MAX_BY_TYPES:
                self.by_types.clear()
            self.by_types[key] = report
        return report

    def _types_key(self, obj: object) -> tuple[type | None, ...] | None:
        """The types of the instance's values for the dynamic members, if they decide alone.

        Values whose inferred type depends on more than their class (containers,
        functions, classes) make the report instance-specific: ``None``.
        """
        space = instance_dict(obj)
        key: list[type | None] = []
        for item in self.dynamic:
            value = space.get(item.member.name, _ABSENT)
            if value is _ABSENT:
                key.append(None)
                continue
            kind = type(value)
            if kind in _CONTAINERS or issubclass(kind, _UNCACHEABLE):
                return None
            key.append(kind)
        return tuple(key)

    def _compute(self, obj: object) -> Report:
        cls = type(obj)
        ctx = Context(self_type=cls)
        ctx.notes.extend(self.notes)
        problems = list(self.problems)
        ctx.assuming.add(assumption_key(cls, self.target.annotation))
        subject = Subject("instance", cls, obj=obj, args=self.args, self_type=cls)
        for item in self.dynamic:
            try:
                found = find_member(subject, item.member.name, ctx)
                problems.extend(
                    member_report(item.member, item.expected, found, ctx, class_obj=False)
                )
            except Exception as error:  # never let a strange attribute crash the check
                ctx.note(f"member `{item.member.name}` could not be checked ({error!r}); accepted")
        return Report(self.subject, self.protocol, tuple(problems), tuple(ctx.notes))


_ABSENT: Any = object()
_MAX_BY_TYPES = 64
_CONTAINERS = frozenset({tuple, list, set, frozenset, dict})
_UNCACHEABLE: tuple[type, ...] = (
    type,
    types.FunctionType,
    types.MethodType,
    types.BuiltinFunctionType,
    types.ModuleType,
    functools.partial,
)

# Per class (instances of it) or per object (a class or a function as a value):
# annotation -> verdict. Kept while the class or object lives (see ``_cache``).
_INSTANCES: IdentityCache[type, dict[object, _Entry]] = IdentityCache()
_OTHERS: IdentityCache[object, dict[object, Report]] = IdentityCache()


def _known_entry(cls: type, annotation: object) -> _Entry | None:
    """The cached verdict on instances of ``cls``; raises TypeError for an
    unhashable annotation."""
    entries = _INSTANCES.get(cls)
    return entries.get(annotation) if entries is not None else None


def check_in_full(obj: object, annotation: object, caller: FrameType | None) -> Report:
    """:func:`plugspec.check` by the engine; a string annotation is resolved
    in ``caller``'s namespace first."""
    cls = type(obj)
    try:
        # A container's verdict depends on its values (element types): never cached.
        entry = None if cls in _CONTAINERS else _known_entry(cls, annotation)
    except TypeError:  # an unhashable annotation: no caching
        entry = None
    if entry is not None and (_args_free(cls) or _generic_alias_of(obj) is None):
        report = entry.report
        return report if report is not None else entry.for_instance(obj)
    form: object = annotation
    if isinstance(form, (str, ForwardRef)):
        form = _resolve_forward(form, obj, caller)
    target = parse_target(form)
    try:
        return _check_slow(obj, form, target)
    except Exception as error:
        failure = f"{type(error).__name__}: {error}"
        if _raised_by_plugin(error):
            # The object's own code (a metaclass hook, a property) broke the
            # inspection: a verdict on that object, not on the engine.
            problem = Problem(
                None, f"inspecting it raised {failure}", code=ProblemCode.INSPECTION_FAILED
            )
            return Report(_subject_text(obj), _protocol_text(target), (problem,))
        return Report(
            _subject_text(obj),
            _protocol_text(target),
            (),
            (f"the check could not be completed ({failure}); accepted",),
        )


def check_call_in_full(obj: object, annotation: object) -> Report:
    """``obj`` against a callable type (``Callable[[Config], Formatter]``), as mypy
    checks ``x: Callable[[Config], Formatter] = obj``: a function's signature, a
    class's constructor, an instance's ``__call__``."""
    protocol_text = format_type(annotation)
    subject_text = _subject_text(obj)
    expected_sig = sig_from_callable_annotation(annotation)
    expected = View(ann=annotation, sigs=(expected_sig,), render=lambda: protocol_text)
    if is_a(obj, type):
        subject = Subject("class", obj, self_type=obj)
    elif is_any(obj, _FUNCTION_TYPES):
        subject = Subject("function", type(obj), obj=obj, self_type=type(obj))
    elif is_a(obj, types.ModuleType):
        subject = Subject("module", type(obj), obj=obj, self_type=types.ModuleType)
    else:
        subject = Subject("instance", type(obj), obj=obj, self_type=type(obj))
    ctx = Context(self_type=subject.self_type)
    problems: tuple[Problem, ...]
    try:
        found = find_member(subject, "__call__", ctx)
        if found is None:
            problems = (Problem(None, "is not callable", code=ProblemCode.MISSING_MEMBER),)
        else:
            messages = type_problems(found.view, expected, ctx, check_names=False)
            problems = tuple(
                Problem(
                    "__call__",
                    f"{found.kind_text} `__call__` {message}",
                    protocol_text,
                    found.view.text,
                    ProblemCode.INCOMPATIBLE_MEMBER,
                )
                for message in messages
            )
            if problems:
                made = product_problems("__call__", found.view.sigs, (expected_sig,))
                problems = (*problems, *made)
    except Exception as error:
        ctx.note(f"the call could not be checked ({type(error).__name__}: {error}); accepted")
        problems = ()
    return Report(subject_text, protocol_text, problems, tuple(ctx.notes))


def _raised_by_plugin(error: BaseException) -> bool:
    """Whether ``error`` was raised in code outside the engine, the standard library
    and typing_extensions (the inspected object's own code)."""
    tb = error.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    filename = tb.tb_frame.f_code.co_filename
    if filename.startswith("<"):  # generated code (eval, exec): not attributable
        return False
    path = os.path.abspath(filename)
    engine, stdlib = _ENGINE_ROOTS
    if path.startswith(engine):
        return False
    installed = {"site-packages", "dist-packages"} & set(path.split(os.sep))
    return not path.startswith(stdlib) or bool(installed)


def _engine_roots() -> tuple[tuple[str, ...], str]:
    """Where the engine's own code lives (this package, typing_extensions), and the
    standard library's folder (whose site-packages hold plugins, not the engine)."""
    package = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "")
    extensions = os.path.abspath(typing_extensions.__file__ or os.devnull)
    # Where ``os`` lives; in a virtual environment sysconfig's "platstdlib"
    # would be the environment itself.
    stdlib = os.path.join(os.path.dirname(os.path.abspath(os.__file__)), "")
    return (package, extensions), stdlib


_ENGINE_ROOTS = _engine_roots()


def _resolve_forward(annotation: str | ForwardRef, obj: object, frame: FrameType | None) -> object:
    """A string (or forward reference) annotation, evaluated where it could be meant.

    First in the caller's namespace (``check(obj, "Formatter")``), then in
    the module that defines the object (a module annotated under
    ``from __future__ import annotations``, read back from ``__annotations__``).
    What resolves to nothing stays a string, which is not a protocol form.
    """
    text = annotation if isinstance(annotation, str) else annotation.__forward_arg__
    namespaces: list[tuple[dict[str, Any], Mapping[str, Any]]] = []
    if frame is not None:
        namespaces.append((frame.f_globals, frame.f_locals))
    home = _home_module(obj)
    if home is not None:
        namespaces.append((vars(home), {}))
    for globalns, localns in namespaces:
        try:
            return eval(compile_annotation(text), globalns, dict(localns))
        except Exception:
            continue
    return annotation


def _home_module(obj: object) -> types.ModuleType | None:
    if is_a(obj, types.ModuleType):
        return obj
    owner = obj if is_a(obj, type) or is_any(obj, _FUNCTION_TYPES) else type(obj)
    name = getattr(owner, "__module__", None) if is_any(owner, (type, types.FunctionType)) else None
    return sys.modules.get(name) if isinstance(name, str) else None


# --------------------------------------------------------------------------- the slow path


def _protocol_text(target: Target) -> str:
    try:
        return target.text
    except Exception:
        return getattr(target.protocol, "__name__", "?")


def _subject_text(obj: object) -> str:
    try:
        return _describe_subject(obj)
    except Exception:  # a hostile __getattr__ on the object or its metaclass
        return f"`{_class_name(type(obj))}` instance"


def _describe_subject(obj: object) -> str:
    if is_a(obj, type):
        return f"`{_class_name(obj)}`"
    if is_a(obj, types.ModuleType):
        return f"module `{obj.__name__}`"
    if is_any(obj, _FUNCTION_TYPES):
        name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
        return f"function `{name}`" if isinstance(name, str) else "function"
    return f"`{_class_name(type(obj))}` instance"


def _class_name(cls: type) -> str:
    """``cls.__qualname__`` read past the metaclass (whose own hooks may raise)."""
    name: object = CLASS_QUALNAME.__get__(cls)
    return name if isinstance(name, str) else "?"


def _check_slow(obj: object, annotation: object, target: Target) -> Report:
    protocol_text = _protocol_text(target)
    subject_text = _subject_text(obj)
    if target.is_type:
        return _check_type_of(obj, annotation, target, subject_text, protocol_text)
    if is_a(obj, type):
        return _cached_other(
            obj, annotation, lambda: _check_class_object(obj, target, subject_text, protocol_text)
        )
    if is_a(obj, types.ModuleType):
        return _check_whole(
            Subject("module", type(obj), obj=obj, self_type=types.ModuleType),
            target,
            subject_text,
            protocol_text,
        )
    if is_any(obj, _FUNCTION_TYPES):
        return _cached_other(
            obj,
            annotation,
            lambda: _check_whole(
                Subject("function", type(obj), obj=obj, self_type=type(obj)),
                target,
                subject_text,
                protocol_text,
            ),
        )
    generic = _generic_alias_of(obj)
    if generic is not None:
        return _cached_other(
            generic,
            annotation,
            lambda: _instance_entry(
                type(obj),
                target,
                subject_text,
                protocol_text,
                args=tuple(get_args(generic)),
                self_type=generic,
            ).for_instance(obj),
        )
    if type(obj) in _CONTAINERS:
        inferred = value_type_of(obj)  # the element types mypy infers from the values
        inferred_args = tuple(get_args(inferred))
        if any(arg is not Any and arg is not Ellipsis for arg in inferred_args):
            return _instance_entry(
                type(obj),
                target,
                subject_text,
                protocol_text,
                args=inferred_args,
                self_type=inferred,
            ).for_instance(obj)
    try:
        # (An instance made by ``C[int]()`` was handled above: this entry is ``C``'s, bare.)
        known = _known_entry(type(obj), annotation)
    except TypeError:
        known = None
    if known is not None:  # reached through a string annotation
        return known.report if known.report is not None else known.for_instance(obj)
    entry = _instance_entry(type(obj), target, subject_text, protocol_text)
    entries = _INSTANCES.get(type(obj))
    if entries is None:
        entries = _INSTANCES.set(type(obj), {})
    with contextlib.suppress(TypeError):  # an unhashable annotation: not cached
        entries[annotation] = entry
    if entry.report is None:
        return entry.for_instance(obj)
    if type(obj) not in _CONTAINERS and _args_free(type(obj)):
        # Not a container (whose verdicts depend on their values) nor a generic
        # class (whose instances made by ``C[int]()`` have their own verdicts).
        share_instance_report(type(obj), annotation, entry.report)
    return entry.report


def _args_free(cls: type) -> bool:
    """``cls`` has no type parameters of its own: all its instances are alike."""
    try:
        return not class_dict_of(cls).get("__parameters__")
    except Exception:
        return True


def _generic_alias_of(obj: object) -> object:
    """``C[int]`` for an instance made by ``C[int]()`` (its ``__orig_class__``)."""
    try:
        params = type(obj).__dict__.get("__parameters__")
    except Exception:
        return None
    if not params:
        return None
    space = instance_dict(obj)
    alias = space.get("__orig_class__")
    return alias if get_origin(alias) is type(obj) else None


def _cached_other(obj: object, annotation: object, compute: Callable[[], Report]) -> Report:
    reports = _OTHERS.get(obj)
    if reports is None:
        reports = _OTHERS.set(obj, {})
    try:
        cached = reports.get(annotation)
    except TypeError:
        return compute()
    if cached is not None:
        return cached
    report: Report = compute()
    reports[annotation] = report
    return report


def _instance_entry(
    cls: type,
    target: Target,
    subject_text: str,
    protocol_text: str,
    *,
    args: tuple[object, ...] | None = None,
    self_type: object = None,
    products: bool = True,
) -> _Entry:
    """The verdict on instances of ``cls``; with ``products``, a callable member that
    makes something that does not conform also names that thing's members at fault."""
    self_type = cls if self_type is None else self_type
    ctx = Context(self_type=self_type)
    ctx.assuming.add(assumption_key(cls, target.annotation))
    problems: list[Problem] = []
    dynamic: list[_Dynamic] = []
    abstract = abstract_members(cls)
    if abstract:
        listed = ", ".join(f"`{name}`" for name in abstract)
        problems.append(
            Problem(
                None,
                f"cannot be instantiated: abstract class with abstract members {listed}",
                code=ProblemCode.ABSTRACT_CLASS,
            )
        )
    any_base = any_based(cls)
    if any_base:
        # mypy's Any fallback: such a class's instances are subtypes of any protocol.
        ctx.note(f"{any_base}: mypy takes its instances as conforming to any protocol")
        return _Entry(target, subject_text, protocol_text, tuple(problems), tuple(ctx.notes), ())
    nominal = nominal_verdict(cls, args, target, ctx)
    if nominal is not None:
        if not nominal:
            problems.append(
                Problem(
                    None,
                    f"is a subclass of `{protocol_text}` with other type arguments",
                    code=ProblemCode.TYPE_ARGUMENTS,
                )
            )
        return _Entry(target, subject_text, protocol_text, tuple(problems), tuple(ctx.notes), ())
    class_level = Subject("instance", cls, args=args, self_type=self_type)
    protocol_side = Subject("instance", target.protocol, args=target.args, self_type=self_type)
    members = protocol_members(target.protocol, ctx)
    if is_protocol_class(cls):
        # A protocol class's instances (mypy's shortcut): every member must be declared.
        declared = {m.name for m in protocol_members(cls, ctx)}
        problems.extend(missing_member(m) for m in members if m.name not in declared)
    for member in members:
        try:
            if quick_match(member, cls, ctx):
                continue
            expected = expected_view(member, protocol_side, ctx)
            found = find_member(class_level, member.name, ctx)
            if found is None or found.from_instance:
                dynamic.append(_Dynamic(member, expected))
                continue
            found_problems = member_report(member, expected, found, ctx, class_obj=False)
            problems.extend(found_problems)
            if found_problems and products:
                made = callable_view(found.view, ctx)
                problems.extend(
                    product_problems(
                        member.name, made, expected.sigs, checking=(cls, target.annotation)
                    )
                )
        except Exception as error:
            ctx.note(f"member `{member.name}` could not be checked ({error!r}); accepted")
    entry = _Entry(
        target, subject_text, protocol_text, tuple(problems), tuple(ctx.notes), tuple(dynamic)
    )
    entry.args = args
    return entry


def _check_whole(subject: Subject, target: Target, subject_text: str, protocol_text: str) -> Report:
    ctx = Context(self_type=subject.self_type)
    problems = member_problems(subject, target, ctx)
    problems += _products_at_fault(subject, target, problems, ctx)
    return Report(subject_text, protocol_text, tuple(problems), tuple(ctx.notes))


def _check_class_object(cls: type, target: Target, subject_text: str, protocol_text: str) -> Report:
    """A class object used as a value: class attributes, or its metaclass's instance members."""
    problems, notes = _class_object_problems(cls, target, set())
    if problems:
        ctx = Context(self_type=cls)
        problems += _products_at_fault(Subject("class", cls, self_type=cls), target, problems, ctx)
        notes = (*notes, *(note for note in ctx.notes if note not in notes))
    return Report(subject_text, protocol_text, tuple(problems), notes)


def _products_at_fault(
    subject: Subject, target: Target, problems: list[Problem], ctx: Context
) -> list[Problem]:
    """:func:`product_problems` for every callable member among ``problems``."""
    at_fault = {p.member for p in problems if p.code is ProblemCode.INCOMPATIBLE_MEMBER}
    if not at_fault:
        return []
    protocol_side = Subject(
        "instance", target.protocol, args=target.args, self_type=subject.self_type
    )
    found_problems: list[Problem] = []
    for member in protocol_members(target.protocol, ctx):
        if member.name not in at_fault:
            continue
        expected = expected_view(member, protocol_side, ctx)
        found = find_member(subject, member.name, ctx)
        if found is not None:
            made = callable_view(found.view, ctx)
            found_problems += product_problems(member.name, made, expected.sigs)
    return found_problems


def product_problems(
    member: str,
    found: tuple[Sig, ...] | None,
    expected: tuple[Sig, ...] | None,
    *,
    checking: tuple[object, object] | None = None,
) -> list[Problem]:
    """The members at fault of what a callable makes: the one home of that detail.

    When a signature of the protocol (``__call__`` of a callable protocol, a
    factory's ``Callable[..., P]``, a factory method) returns a protocol and the
    callable found (a class's constructor, a function, an instance's
    ``__call__``) returns a class whose instances do not conform, "returns
    `Bad`, expected `P`" is not enough: each problem of ``Bad``'s instances
    against ``P`` is added, naming the member at fault, as ``type[P]`` does.
    ``checking`` is the (class, protocol) pair under check, which a factory
    method may make again (``create(self) -> Self``): its problems are already
    listed, and the pair is assumed to hold while it is checked, as in mypy.
    """
    if not found or not expected:
        return []
    problems: list[Problem] = []
    seen: set[tuple[int, int]] = set()  # by identity: a plugin's class may define __eq__
    for right in expected:
        try:
            target = parse_target(right.returns)
        except TypeError:
            continue
        if target.is_type:
            continue
        for left in found:
            product = _made_class(left.returns)
            if product is None or (id(left.returns), id(right.returns)) in seen:
                continue
            if checking is not None and checking[0] is product[0] and checking[1] == right.returns:
                continue
            seen.add((id(left.returns), id(right.returns)))
            cls, args = product
            made, _ = _instances_problems(cls, target, args=args, products=False)
            product_text = format_type(left.returns)
            problems.extend(
                Problem(
                    problem.member,
                    f"`{product_text}`, which `{member}` returns: {problem.message}",
                    problem.expected,
                    problem.found,
                    problem.code,
                )
                for problem in made
            )
    return problems


def _made_class(returns: object) -> tuple[type, tuple[object, ...] | None] | None:
    """The class (and type arguments) of what a signature returns, when it is one."""
    origin = get_origin(returns)
    if origin is None:
        if is_a(returns, type) and returns is not object:
            return returns, None
        return None
    if not is_a(origin, type) or origin is type:
        return None
    args = tuple(get_args(returns))
    if type_vars_in(args):
        return origin, None  # a generic constructor: its parameters are still open
    return origin, args


def _class_object_problems(
    cls: type,
    target: Target,
    assuming: set[tuple[object, object]],
    *,
    through_metaclass: bool = True,
) -> tuple[list[Problem], tuple[str, ...]]:
    """The problems of ``cls`` as a value, and the notes that go with the verdict.

    ``assuming`` is the record of pairs in progress of the check this one is
    part of (empty for a check of its own); the pair is assumed to conform
    while it is compared, which ends recursive protocols (as in mypy).
    ``through_metaclass`` lets the metaclass's instance members conform
    instead (mypy's fallback of a class object, its metaclass or ``type``).
    """
    key = ("class", assumption_key(cls, target.annotation))
    ctx = Context(self_type=cls, assuming=assuming)
    assuming.add(key)
    try:
        problems = member_problems(Subject("class", cls, self_type=cls), target, ctx)
        if problems and through_metaclass:
            # mypy's other ways for a class object (subtypes.visit_callable_type): as an
            # instance of its metaclass, as a whole; with a ``__call__`` member, only
            # when the constructor fits it, and the metaclass provides the rest.
            has_call = any(m.name == "__call__" for m in protocol_members(target.protocol, ctx))
            if not has_call or all(p.member != "__call__" for p in problems):
                meta = type(cls)
                meta_ctx = Context(self_type=meta, assuming=assuming)
                meta_subject = Subject("instance", meta, self_type=meta)
                skip = ("__call__",) if has_call else ()
                if not member_problems(meta_subject, target, meta_ctx, skip=skip):
                    return [], tuple(meta_ctx.notes)
        return problems, tuple(ctx.notes)
    finally:
        assuming.discard(key)


def class_object_conforms(cls: type, protocol: object, ctx: Context) -> bool:
    """Whether the class object ``cls`` conforms to ``protocol`` by its own members,
    within the comparison that ``ctx`` belongs to (annotation subtyping meets
    ``type[C]``: mypy's ``is_protocol_implementation(..., class_obj=True)``; the
    caller compares the metaclass, as ``visit_type_type`` does)."""
    if ("class", assumption_key(cls, protocol)) in ctx.assuming:
        return True  # in progress further up: assumed to hold
    problems, notes = _class_object_problems(
        cls, parse_target(protocol), ctx.assuming, through_metaclass=False
    )
    for note in notes:
        ctx.note(note)
    return not problems


def _check_type_of(
    obj: object, annotation: object, target: Target, subject_text: str, protocol_text: str
) -> Report:
    """``type[P]``: a concrete class whose instances conform."""
    if not is_a(obj, type):
        return Report(
            subject_text,
            protocol_text,
            (
                Problem(
                    None, "is not a class", protocol_text, subject_text, ProblemCode.NOT_A_CLASS
                ),
            ),
        )
    if is_protocol_class(obj) or abstract_members(obj):
        return Report(
            subject_text,
            protocol_text,
            (
                Problem(
                    None,
                    "is not a concrete class (only concrete classes can be assigned to "
                    f"`{protocol_text}`)",
                    code=ProblemCode.NOT_CONCRETE,
                ),
            ),
        )

    def compute() -> Report:
        problems, notes = _instances_problems(obj, target)
        return Report(subject_text, protocol_text, tuple(problems), notes)

    return _cached_other(obj, annotation, compute)


def _instances_problems(
    cls: type, target: Target, *, args: tuple[object, ...] | None = None, products: bool = True
) -> tuple[list[Problem], tuple[str, ...]]:
    """The problems of any instance of ``cls`` (one it would make) against ``target``,
    and the notes: attributes an instance may hold are taken as its class declares them,
    and being abstract is no problem here (a subclass may be what is made)."""
    self_type: object = cls
    if args is not None:
        generic: Any = cls
        with contextlib.suppress(Exception):
            self_type = generic[args]
    entry = _instance_entry(
        cls, target, "", _protocol_text(target), args=args, self_type=self_type, products=products
    )
    ctx = Context(self_type=self_type)
    ctx.notes.extend(entry.notes)
    problems = [p for p in entry.problems if p.code is not ProblemCode.ABSTRACT_CLASS]
    subject = Subject("instance", cls, args=args, self_type=self_type)
    for item in entry.dynamic:
        found = find_member(subject, item.member.name, ctx)
        problems.extend(member_report(item.member, item.expected, found, ctx, class_obj=False))
    return problems, tuple(ctx.notes)


def _install_relations() -> None:
    """Give annotation subtyping the relations above it that it recurses into."""
    above = RELATIONS_ABOVE
    above.callable_sig = sig_from_callable_annotation
    above.sig_incompatibilities = lambda found, expected, ctx, check_names: sig_incompatibilities(
        found, expected, ctx, check_names=check_names
    )
    above.member_names = iter_member_names
    above.call_sigs = sigs_of_type
    above.instances_conform = instances_conform
    above.class_object_conforms = class_object_conforms


_install_relations()
