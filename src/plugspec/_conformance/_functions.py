"""Signatures of functions, overloads, constructors and callable types."""

from __future__ import annotations

import ast
import collections.abc
import copy
import inspect
import sys
import textwrap
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, get_args, get_origin

import typing_extensions

from ._cache import IdentityCache, lasting
from ._context import Context
from ._dict_lookup import (
    MISSING,
    SELF_FORMS,
    Subject,
    class_dict_of,
    is_a,
    is_any,
    lookup_class,
    method_kind,
    mro_of,
    read_hints,
    underlying_function,
)
from ._raw import CLASS_MODULE, CLASS_QUALNAME
from ._signatures import (
    ANY_ARGS,
    Param,
    ParamKind,
    Sig,
    read_signature,
    sig_from_callable_annotation,
    sig_from_parameters,
    sig_from_signature,
)
from ._source import decorator_named, overload_variants
from ._substitute import substitute
from ._target import type_params
from ._types import format_type, is_subtype
from ._typeshed import builtin_hints

__all__ = [
    "bound_callable_type",
    "collections_abc_callable",
    "constructor_sigs",
    "descriptor_return",
    "function_sigs",
    "has_overloads",
    "is_overload_placeholder",
    "is_trivial",
    "lambda_returns",
    "overload_key",
    "overloads_kind",
    "raw_sig",
    "sigs_of_type",
    "sigs_text",
    "written_function",
]


def _overload_items(func: object, where: tuple[str, str] | None) -> list[object]:
    """The ``@overload`` variants of ``func`` (``where`` = module and qualified name).

    A protocol (or stub-like class) may declare only overloads: the class
    then holds typing's placeholder, and the variants are found in the
    overload registry by module and qualified name.
    """
    if is_overload_placeholder(func):
        return _registered_overloads(where) if where is not None else []
    items: list[object]
    try:
        items = list(typing_extensions.get_overloads(func))  # type: ignore[arg-type]
    except Exception:
        items = []
    if not items and sys.version_info >= (3, 11):  # pragma: no branch
        try:
            items = list(typing.get_overloads(func))  # type: ignore[arg-type]
        except Exception:
            items = []
    return items


def is_overload_placeholder(func: object) -> bool:
    """typing's stand-in for overloads declared without an implementation."""
    return getattr(func, "__qualname__", None) == "_overload_dummy" and getattr(
        func, "__module__", None
    ) in ("typing", "typing_extensions")


def has_overloads(func: object, where: tuple[str, str]) -> bool:
    """Whether ``func`` implements ``@overload`` variants (``where``: see :func:`overload_key`)."""
    if _overload_items(func, where):
        return True
    if sys.version_info >= (3, 11):  # pragma: no cover - Python 3.10 reads the source
        return False
    return bool(_source_overloads(func, where))  # pragma: no cover - Python 3.10 only


def _variants(func: object, where: tuple[str, str] | None) -> list[object]:
    """The ``@overload`` variants of ``func`` as declared (a classmethod or staticmethod
    variant stays wrapped), or an empty list when it has none."""
    items = _overload_items(func, where)
    if sys.version_info < (3, 11) and len(items) <= 1:  # pragma: no cover - Python 3.10 only
        items = _source_overloads(items[0] if items else func, where) or items
    return items


def overloads_kind(func: object, where: tuple[str, str] | None) -> str:
    """What the overloads behind typing's placeholder are declared as: ``"classmethod"``,
    ``"staticmethod"`` or ``""`` (plain methods, or ``func`` is no placeholder).

    A class that declares only overloads (a protocol may) holds the placeholder,
    a plain function, whatever decorates the variants.
    """
    if not is_overload_placeholder(func):
        return ""
    kinds = {method_kind(item) for item in _variants(func, where)}
    return kinds.pop() if len(kinds) == 1 else ""


def _registered_overloads(where: tuple[str, str]) -> list[object]:
    module_name, qualname = where
    for module in (typing, typing_extensions):
        registry = getattr(module, "_overload_registry", None)
        if not isinstance(registry, Mapping):
            continue
        by_module = typing.cast("Mapping[str, object]", registry).get(module_name)
        if not isinstance(by_module, Mapping):
            continue
        by_name = typing.cast("Mapping[str, object]", by_module).get(qualname)
        if isinstance(by_name, Mapping) and by_name:
            return list(typing.cast("Mapping[object, object]", by_name).values())
    return []


# Kept for a function whose signature names only lasting things (see ``_cache``:
# a method annotated with its own class would keep itself alive).
_SIGNATURES: IdentityCache[object, tuple[Sig, tuple[str, ...]]] = IdentityCache()


def raw_sig(func: object, ctx: Context, name: str | None = None) -> Sig:
    """The signature of a plain function as declared (before binding ``self``)."""
    cached = _SIGNATURES.get(func)
    if cached is not None:
        for text in cached[1]:
            ctx.note(text)
        return cached[0]
    local = Context()
    sig = _read_sig(func, local, name)
    for text in local.notes:
        ctx.note(text)
    if lasting((sig.returns, *(p.annotation for p in sig.params))):
        _SIGNATURES.set(func, (sig, tuple(local.notes)))
    return sig


def _code_parameters(func: types.FunctionType) -> list[tuple[str, ParamKind, object]] | None:
    """A plain function's parameters read from its code object (``inspect.signature`` is slow).

    ``None`` when the function carries ``__wrapped__`` or ``__signature__``,
    which ``inspect.signature`` honours.
    """
    namespace = func.__dict__
    if "__wrapped__" in namespace or "__signature__" in namespace:
        return None
    code = func.__code__
    names = code.co_varnames
    positional = code.co_argcount
    positional_only = code.co_posonlyargcount
    keyword_only = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kw_defaults = func.__kwdefaults__ or {}
    empty = inspect.Parameter.empty
    first_default = positional - len(defaults)
    result: list[tuple[str, ParamKind, object]] = []
    for index in range(positional):
        kind = (
            ParamKind.POSITIONAL_ONLY
            if index < positional_only
            else ParamKind.POSITIONAL_OR_KEYWORD
        )
        default = defaults[index - first_default] if index >= first_default else empty
        result.append((names[index], kind, default))
    index = positional
    star: tuple[str, ParamKind, object] | None = None
    if code.co_flags & inspect.CO_VARARGS:
        star = (names[positional + keyword_only], ParamKind.VAR_POSITIONAL, empty)
        result.append(star)
    for offset in range(keyword_only):
        name = names[index + offset]
        result.append((name, ParamKind.KEYWORD_ONLY, kw_defaults.get(name, empty)))
    if code.co_flags & inspect.CO_VARKEYWORDS:
        slot = positional + keyword_only + (1 if star is not None else 0)
        result.append((names[slot], ParamKind.VAR_KEYWORD, empty))
    return result


def _read_sig(func: object, ctx: Context, name: str | None) -> Sig:
    label = name or getattr(func, "__name__", None) or "?"
    if is_a(func, types.FunctionType):
        parameters = _code_parameters(func)
        if parameters is not None:
            return sig_from_parameters(
                parameters,
                read_hints(func, ctx),
                name=str(label),
                is_async=inspect.iscoroutinefunction(func),
                owner=_owner_name(func),
            )
    try:
        signature = read_signature(func)  # type: ignore[arg-type]
    except Exception:
        ctx.note(f"the signature of `{label}` cannot be read; any call is accepted")
        return Sig(
            params=ANY_ARGS,
            name=str(label),
            implicit=True,
        )
    if not is_a(func, types.FunctionType):
        ctx.note(
            f"`{label}` is implemented in C: its parameter and return types are unknown "
            "and taken as Any"
        )
        sig = sig_from_signature(signature, builtin_hints(func), name=str(label))
        return replace(sig, implicit=False)
    hints = read_hints(func, ctx)
    is_async = inspect.iscoroutinefunction(func)
    return sig_from_signature(
        signature, hints, name=str(label), is_async=is_async, owner=_owner_name(func)
    )


def _owner_name(func: object) -> str | None:
    """The class a function is defined in, from its qualified name (for ``__x`` mangling)."""
    qualname = getattr(func, "__qualname__", None)
    parts = qualname.split(".") if isinstance(qualname, str) else []
    return parts[-2] if len(parts) >= 2 and parts[-2] != "<locals>" else None


def function_sigs(
    func: object,
    ctx: Context,
    *,
    name: str,
    mapping: Mapping[object, object],
    self_type: object,
    bind: bool,
    explicit_self: bool = False,
    where: tuple[str, str] | None = None,
) -> tuple[Sig, ...]:
    """The signatures of ``func`` (one per overload), bound to ``self_type``.

    ``mapping`` gives the owner class's type parameters; ``Self`` and a
    self-type variable on the first parameter mean ``self_type``. With
    ``bind`` the first parameter goes (access through an instance, or a
    classmethod); ``explicit_self`` types an unannotated first parameter as
    ``self_type`` (an instance method looked up on a class object).
    """
    # An overloaded classmethod or staticmethod registers its wrapped variants.
    items = [underlying_function(item) for item in _variants(func, where) or [func]]
    if is_overload_placeholder(items[0]):
        ctx.note(
            f"the overloads of `{name}` were not recorded (typing.overload before Python 3.11); "
            "any call is accepted"
        )
        return (
            Sig(
                params=ANY_ARGS,
                name=name,
                implicit=True,
            ),
        )
    raw = [raw_sig(item, ctx, name) for item in items]
    if bind and len(raw) > 1:
        # mypy drops the overloads whose explicit ``self`` type the object is not
        # (checkmember.check_self_arg); all of them stay when none fits.
        raw = [sig for sig in raw if _accepts_self(sig, self_type, ctx)] or raw
    return tuple(
        _specialise(sig, mapping, self_type, bind=bind, explicit_self=explicit_self) for sig in raw
    )


def _accepts_self(sig: Sig, self_type: object, ctx: Context) -> bool:
    """Whether an overload's explicitly annotated ``self`` accepts ``self_type``."""
    if self_type is None or self_type is Any or not sig.params:
        return True
    first = sig.params[0]
    if not (first.kind.positional and first.annotated) or get_origin(first.annotation) is type:
        return True
    if sig_variables(sig.evolve(params=(first,), returns=None, variables=None)):
        return True  # a self-type variable: it takes whatever the object is
    return is_subtype(self_type, first.annotation, ctx)


def descriptor_return(
    descriptor_cls: type,
    instance: object,
    owner: object,
    ctx: Context,
    *,
    args: tuple[object, ...] | None = None,
) -> object:
    """What ``descriptor_cls.__get__(instance, owner)`` returns, or ``MISSING`` without one.

    ``instance`` is the instance type (``None`` for access on the class) and
    ``owner`` is ``type[...]`` of the class; like mypy's
    ``analyze_descriptor_access``, the first overload that accepts both wins.
    ``args`` are the descriptor's type arguments (``None``: a bare generic
    class, whose parameters are ``Any``, as are those a bare generic base
    leaves open).
    """
    hit = lookup_class(descriptor_cls, "__get__")
    if hit is None or not is_a(hit[1], types.FunctionType):
        return MISSING
    sigs = function_sigs(
        hit[1],
        ctx,
        name="__get__",
        mapping=Subject("instance", descriptor_cls, args=args).bindings(hit[0]),
        self_type=Any,
        bind=True,
        where=overload_key(hit[0], "__get__"),
    )
    if len(sigs) == 1:
        return sigs[0].returns
    for sig in sigs:
        positional = [p for p in sig.params if p.kind.positional]
        if all(
            is_subtype(arg, p.annotation, ctx)
            for arg, p in zip((instance, owner), positional, strict=False)
        ):
            return sig.returns
    return Any  # no overload fits: mypy reports the access itself


def overload_key(owner: type, name: str) -> tuple[str, str]:
    return (str(getattr(owner, "__module__", "")), f"{getattr(owner, '__qualname__', '')}.{name}")


def _source_overloads(
    func: object, where: tuple[str, str] | None
) -> list[object]:  # pragma: no cover - Python 3.10 only
    """The ``@overload`` variants written next to ``func`` (or to ``where``), from the source.

    Python 3.10's ``typing.overload`` records nothing: the variants are read
    back from the source, as mypy reads them (``_source``, which parses a
    module at most once). Each variant becomes a stand-in function with the
    same parameters, ``...`` defaults and the annotations as written (strings
    evaluated later like any others); none of the plugin's code runs.
    """
    if where is None:
        return []
    module = sys.modules.get(where[0])
    if module is None:
        return []
    variants = [
        node
        for node in overload_variants(module, where[1])
        if any(decorator_named(d, "overload") for d in node.decorator_list)
    ]
    return [_stand_in(node, module, where[1]) for node in variants]


def _stand_in(
    node: ast.FunctionDef | ast.AsyncFunctionDef, module: types.ModuleType, qualname: str
) -> object:
    """A function with ``node``'s parameters and written annotations, and no body
    (wrapped in ``classmethod`` or ``staticmethod`` when the variant is one): an
    ``@overload`` variant on Python 3.10, or a ``def`` as written that the class
    dictionary no longer holds (:func:`written_function`)."""
    node = copy.deepcopy(node)  # the parsed module is cached: leave it as it is
    wrapper: Callable[[Any], object] | None = None
    if any(decorator_named(d, "classmethod") for d in node.decorator_list):
        wrapper = classmethod
    elif any(decorator_named(d, "staticmethod") for d in node.decorator_list):
        wrapper = staticmethod
    arguments = node.args
    for arg in (
        *arguments.posonlyargs,
        *arguments.args,
        *arguments.kwonlyargs,
        *(a for a in (arguments.vararg, arguments.kwarg) if a is not None),
    ):
        if arg.annotation is not None:
            arg.annotation = ast.Constant(ast.unparse(arg.annotation))
    arguments.defaults = [ast.Constant(...) for _ in arguments.defaults]
    arguments.kw_defaults = [
        None if d is None else ast.Constant(...) for d in arguments.kw_defaults
    ]
    if node.returns is not None:
        node.returns = ast.Constant(ast.unparse(node.returns))
    node.decorator_list = []
    node.body = [ast.Pass()]
    namespace: dict[str, object] = {}
    code = compile(ast.fix_missing_locations(ast.Module([node], [])), "<overload>", "exec")
    exec(code, namespace)  # defines a function with an empty body: no plugin code runs
    made = typing.cast("types.FunctionType", namespace[node.name])
    stand_in = types.FunctionType(made.__code__, module.__dict__, node.name, made.__defaults__)
    stand_in.__kwdefaults__ = made.__kwdefaults__
    stand_in.__annotations__ = made.__annotations__
    stand_in.__qualname__ = qualname
    stand_in.__module__ = module.__name__
    return stand_in if wrapper is None else wrapper(stand_in)


def written_function(
    node: ast.FunctionDef | ast.AsyncFunctionDef, owner: type, name: str
) -> types.FunctionType | None:
    """A stand-in for the ``def`` ``node`` written in ``owner``'s body (its parameters
    and annotations as written, evaluated in ``owner``'s module), or ``None`` when
    the module is unknown."""
    module = sys.modules.get(str(CLASS_MODULE.__get__(owner)))
    qualname = CLASS_QUALNAME.__get__(owner)
    if module is None or not isinstance(qualname, str):
        return None
    made = _stand_in(node, module, f"{qualname}.{name}")
    return made if isinstance(made, types.FunctionType) else None


def _specialise(
    sig: Sig,
    mapping: Mapping[object, object],
    self_type: object,
    *,
    bind: bool,
    explicit_self: bool,
) -> Sig:
    variables = sig_variables(sig)
    params = sig.params
    if variables:
        full: dict[object, object] = {k: v for k, v in mapping.items() if k in variables}
        for form in SELF_FORMS:
            if form in variables:
                full[form] = self_type
        if params and params[0].kind.positional and bind:
            first = params[0].annotation
            if type(first).__name__ == "TypeVar":
                full[first] = self_type
            elif get_origin(first) is type:
                inner = get_args(first)
                if inner and type(inner[0]).__name__ == "TypeVar":
                    full[inner[0]] = self_type
        if full or any(_is_param_spec(v) for v in variables):
            params = _expand_param_specs(tuple(_substituted(p, full) for p in params), full)
            sig = sig.evolve(params=params, returns=substitute(sig.returns, full), variables=None)
    if explicit_self and params and params[0].kind.positional and not params[0].annotated:
        params = (replace(params[0], annotation=self_type), *params[1:])
        sig = sig.evolve(params=params, variables=None)
    return sig.bind() if bind else sig


def _is_param_spec(value: object) -> bool:
    return type(value).__name__ == "ParamSpec"


def sig_variables(sig: Sig) -> frozenset[object]:
    """The type variables, ParamSpecs and ``Self`` forms a signature mentions (cached)."""
    found = sig.variables
    if found is None:
        atoms: set[object] = set()
        for param in sig.params:
            _collect_variables(param.annotation, atoms, 0)
        _collect_variables(sig.returns, atoms, 0)
        found = frozenset(atoms)
        sig.variables = found
    return found


_VARIABLE_KINDS = frozenset({"TypeVar", "ParamSpec", "TypeVarTuple"})


def _collect_variables(annotation: object, atoms: set[object], depth: int) -> None:
    if annotation is Any or depth > 24:
        return
    kind = type(annotation).__name__
    if kind in _VARIABLE_KINDS:
        atoms.add(annotation)
        return
    if kind in ("ParamSpecArgs", "ParamSpecKwargs"):
        atoms.add(getattr(annotation, "__origin__", None))
        return
    if any(annotation is form for form in SELF_FORMS):
        atoms.add(annotation)
        return
    if isinstance(annotation, (list, tuple)):
        for item in typing.cast("Sequence[object]", annotation):
            _collect_variables(item, atoms, depth + 1)
        return
    if type(annotation) is type or (isinstance(annotation, type) and not get_args(annotation)):
        return  # a plain class (on 3.10 list[int] passes isinstance(.., type) too)
    try:
        args = get_args(annotation)
    except Exception:
        return
    for arg in args:
        _collect_variables(arg, atoms, depth + 1)


def _substituted(param: Param, mapping: Mapping[object, object]) -> Param:
    if param.annotation is Any:
        return param
    annotation = substitute(param.annotation, mapping)
    return param if annotation is param.annotation else replace(param, annotation=annotation)


def _param_spec_of(annotation: object) -> object:
    """The ParamSpec behind ``P.args`` / ``P.kwargs`` (``None`` for other annotations)."""
    if type(annotation).__name__ in ("ParamSpecArgs", "ParamSpecKwargs"):
        return getattr(annotation, "__origin__", None)
    return None


def _expand_param_specs(
    params: tuple[Param, ...], mapping: Mapping[object, object]
) -> tuple[Param, ...]:
    """``*args: P.args, **kwargs: P.kwargs`` with ``P`` bound: the parameters it stands for.

    ``P`` bound to ``[int, str]`` gives two positional-only parameters;
    ``...``, ``Any`` or an unbound ``P`` give ``*args: Any, **kwargs: Any``
    (anything goes, as for mypy); ``Concatenate[int, Q]`` gives ``int``
    then anything.
    """
    if not any(_param_spec_of(p.annotation) is not None for p in params):
        return params
    result: list[Param] = []
    for param in params:
        spec = _param_spec_of(param.annotation)
        if spec is None:
            result.append(param)
            continue
        if param.kind is not ParamKind.VAR_POSITIONAL:
            continue  # **kwargs: P.kwargs goes with *args: P.args
        value = mapping.get(spec, Any)
        head: list[object] = []
        rest_any = True
        if is_any(value, (list, tuple)):
            head = list(typing.cast("Sequence[object]", value))
            rest_any = False
        elif get_origin(value) is not None:
            # Concatenate[int, ...] or Concatenate[int, Q]
            head = [a for a in get_args(value) if a is not Ellipsis and _is_type_arg(a)]
        result.extend(Param(None, ParamKind.POSITIONAL_ONLY, arg, annotated=True) for arg in head)
        if rest_any:
            result.extend(ANY_ARGS)
    return tuple(result)


def _is_type_arg(arg: object) -> bool:
    return type(arg).__name__ != "ParamSpec"


def sigs_text(sigs: tuple[Sig, ...]) -> str:
    texts = [sig.text(format_type) for sig in sigs]
    return texts[0] if len(texts) == 1 else " | ".join(f"@overload {t}" for t in texts)


_LITERAL_TYPES = (bool, int, float, complex, str, bytes)


def lambda_returns(func: types.FunctionType) -> object:
    """What mypy infers a lambda returns, for bodies that are a literal (else ``Any``).

    The lambda is found in its source line by its parameter names; when
    several lambdas there could match and disagree, the answer is ``Any``.
    """
    import textwrap  # 1.3 ms to import (-X importtime), and rarely needed

    try:
        lines, _ = inspect.findsource(func)
        first = func.__code__.co_firstlineno - 1
        text = textwrap.dedent("".join(lines[first : first + 1]))
    except Exception:
        return Any
    code = func.__code__
    names = list(code.co_varnames[: code.co_argcount + code.co_kwonlyargcount])
    found: set[object] = set()
    for snippet in (text, text.strip().rstrip(",:")):
        try:
            tree = ast.parse(snippet.strip())
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Lambda):
                continue
            arguments = [
                a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)
            ]
            if arguments != names:
                continue
            body = node.body
            if isinstance(body, ast.Constant) and (
                body.value is None or type(body.value) in _LITERAL_TYPES
            ):
                found.add(None if body.value is None else type(body.value))
            else:
                found.add(Any)
        break
    return found.pop() if len(found) == 1 else Any


def constructor_sigs(
    cls: type, ctx: Context, *, args: tuple[object, ...] | None = None
) -> tuple[Sig, ...]:
    """Signatures of calling the class object (``__init__`` or ``__new__``): an instance."""
    init_hit = lookup_class(cls, "__init__")
    new_hit = lookup_class(cls, "__new__")
    mro = mro_of(cls)
    # Without type arguments the constructor is generic in the class's own parameters.
    subject = Subject("instance", cls, args=args if args is not None else type_params(cls) or None)
    instance_type = _instance_type(cls, args)
    subject.self_type = instance_type
    init_index = mro.index(init_hit[0]) if init_hit else len(mro)
    new_index = mro.index(new_hit[0]) if new_hit else len(mro)
    chosen: tuple[type, object] | None
    if init_hit is not None and init_hit[0] is not object and init_index <= new_index:
        chosen = init_hit
    elif new_hit is not None and new_hit[0] is not object:
        chosen = new_hit
    else:
        chosen = None
    if chosen is None:
        return (Sig(params=(), returns=instance_type, returns_annotated=True, name=cls.__name__),)
    owner, value = chosen
    func = underlying_function(value)
    if not is_a(func, types.FunctionType):
        ctx.note(
            f"the constructor of `{cls.__qualname__}` is implemented in C: "
            "its parameters are unknown, any call is accepted"
        )
        return (
            Sig(
                params=ANY_ARGS,
                returns=instance_type,
                returns_annotated=True,
                name=cls.__name__,
            ),
        )
    sigs = function_sigs(
        func,
        ctx,
        name=cls.__name__,
        mapping=subject.bindings(owner),
        self_type=instance_type,
        bind=True,
        where=overload_key(owner, getattr(func, "__name__", "")),
    )
    result: list[Sig] = []
    for sig in sigs:
        returns = instance_type
        if chosen is new_hit and sig.returns_annotated and sig.returns is not Any:
            returns = sig.returns
        result.append(replace(sig, returns=returns, returns_annotated=True, name=cls.__name__))
    return tuple(result)


def _instance_type(cls: type, args: tuple[object, ...] | None) -> object:
    params = class_dict_of(cls).get("__parameters__", ())
    if args is not None and params:
        try:
            return cls[args]  # type: ignore[index]
        except Exception:
            return cls
    if isinstance(params, tuple) and params:
        try:
            return cls[params]  # type: ignore[index]
        except Exception:
            return cls
    return cls


def sigs_of_type(ann: object, ctx: Context) -> tuple[Sig, ...] | None:
    """Call signatures of values of type ``ann`` (``Callable``, callable classes, ``type[C]``)."""
    origin = get_origin(ann)
    if origin is collections_abc_callable():
        return (sig_from_callable_annotation(ann),)
    if origin is type:
        inner = get_args(ann)
        if inner and isinstance(inner[0], type):
            return constructor_sigs(inner[0], ctx)
        inner_origin = get_origin(inner[0]) if inner else None
        if isinstance(inner_origin, type):
            return constructor_sigs(inner_origin, ctx, args=tuple(get_args(inner[0])))
        return None
    cls: object = ann
    args: tuple[object, ...] | None = None
    if isinstance(origin, type):
        cls, args = origin, tuple(get_args(ann))
    if not isinstance(cls, type) or cls is object:
        return None
    hit = lookup_class(cls, "__call__")
    if hit is None or hit[0] is object:
        return None
    owner, value = hit
    if owner is type:
        # A class as a value of type `type` or of a metaclass: typeshed's
        # `type.__call__(self, *args: Any, **kwds: Any) -> Any` takes any call.
        return (Sig(params=ANY_ARGS, returns=Any, returns_annotated=True, name="__call__"),)
    subject = Subject("instance", cls, args=args, self_type=_instance_type(cls, args))
    if is_a(value, types.FunctionType):
        return function_sigs(
            value,
            ctx,
            name="__call__",
            mapping=subject.bindings(owner),
            self_type=subject.self_type,
            bind=True,
            where=overload_key(owner, "__call__"),
        )
    return None


def collections_abc_callable() -> object:
    return typing.cast("object", collections.abc.Callable)


def bound_callable_type(annotation: object) -> object:
    """A class variable's callable type read through an instance: bound like a method.

    mypy binds ``self`` for a variable initialised in the class body that is
    not an instance variable (a ``ClassVar``; checkmember.analyze_var and
    ``bind_self``): ``Callable[[A, B], R]`` becomes ``Callable[[B], R]`` and
    ``Callable[Concatenate[A, P], R]`` becomes ``Callable[P, R]``. A callable
    without a first positional parameter (``Callable[[], R]``,
    ``Callable[..., R]``, ``Callable[P, R]``) stays as it is, and a union is
    bound item by item. Anything else is returned unchanged.
    """
    origin = get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        items = get_args(annotation)
        bound = tuple(bound_callable_type(item) for item in items)
        if all(a is b for a, b in zip(bound, items, strict=True)):
            return annotation
        return typing.Union[bound]  # noqa: UP007 (rebuilding from a tuple)
    if origin is not collections_abc_callable():
        return annotation
    args = get_args(annotation)
    if len(args) != 2:
        return annotation  # a bare ``Callable``: ``Callable[..., Any]``
    head, returns = args
    rest: object
    if isinstance(head, list) and head:
        rest = list(typing.cast("list[object]", head)[1:])
    elif get_origin(head) is typing.Concatenate:
        leading = get_args(head)
        rest = leading[1] if len(leading) == 2 else typing.Concatenate[leading[1:]]
    else:
        return annotation
    callable_form: Any = (
        collections_abc_callable()
        if isinstance(annotation, types.GenericAlias)
        else typing.cast("object", typing.Callable)
    )
    return callable_form[rest, returns]


def _trivial_codes() -> frozenset[tuple[bytes, tuple[str, ...]]]:
    def empty() -> None: ...

    def raises() -> None:
        raise NotImplementedError

    def raises_call() -> None:
        raise NotImplementedError()

    def documented() -> None:
        """Documented."""

    def documented_raises() -> None:
        """Documented."""
        raise NotImplementedError

    def documented_raises_call() -> None:
        """Documented."""
        raise NotImplementedError()

    async def async_empty() -> None: ...

    async def async_raises() -> None:
        raise NotImplementedError

    async def async_raises_call() -> None:
        raise NotImplementedError()

    async def async_documented() -> None:
        """Documented."""

    async def async_documented_raises() -> None:
        """Documented."""
        raise NotImplementedError

    async def async_documented_raises_call() -> None:
        """Documented."""
        raise NotImplementedError()

    functions: tuple[Any, ...] = (
        empty,
        raises,
        raises_call,
        documented,
        documented_raises,
        documented_raises_call,
        async_empty,
        async_raises,
        async_raises_call,
        async_documented,
        async_documented_raises,
        async_documented_raises_call,
    )
    return frozenset((f.__code__.co_code, f.__code__.co_names) for f in functions)


_TRIVIAL_CODES = _trivial_codes()
_TRIVIAL: IdentityCache[object, bool] = IdentityCache()


def is_trivial(func: object) -> bool:
    """mypy's ``is_trivial_body``: a body of ``...``, ``pass``, a docstring or
    ``raise NotImplementedError`` (a protocol member with one is abstract).

    The bytecode tells most bodies apart; ``return`` and ``return None``
    compile like ``pass`` but are not trivial to mypy, so a body that looks
    trivial is read back from the source when there is one.
    """
    code = getattr(func, "__code__", None)
    if not isinstance(code, types.CodeType):
        return False
    if (code.co_code, code.co_names) not in _TRIVIAL_CODES:
        return False
    # The same instructions also return a constant: only None (or a docstring) is trivial.
    constants = list(code.co_consts)
    doc = getattr(func, "__doc__", None)
    if constants and isinstance(constants[0], str) and constants[0] == doc:
        constants = constants[1:]
    if not all(constant is None for constant in constants):
        return False
    return _TRIVIAL.cached(func, _trivial_source)


def _trivial_source(func: object) -> bool:
    """The source of a function whose bytecode looks trivial: no ``return`` statement."""
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(func)))  # type: ignore[arg-type]
    except Exception:
        return True  # no source: the bytecode's verdict
    node = tree.body[0] if tree.body else None
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return True
    return _trivial_body(node.body)


def _trivial_body(body: list[ast.stmt]) -> bool:
    """mypy's ``is_trivial_body`` (mypy/semanal.py) on a parsed body."""
    first = body[0] if body else None
    if isinstance(first, ast.Expr) and isinstance(getattr(first.value, "value", None), str):
        body = body[1:]  # a docstring
    if not body:
        return True
    if len(body) > 1:
        return False
    statement = body[0]
    if isinstance(statement, ast.Raise):
        raised = statement.exc
        if isinstance(raised, ast.Call):
            raised = raised.func
        return isinstance(raised, ast.Name) and raised.id == "NotImplementedError"
    return isinstance(statement, ast.Pass) or (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and statement.value.value is Ellipsis
    )
