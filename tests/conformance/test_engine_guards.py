"""The engine's helpers on hostile and unusual objects: they answer, they never crash.

Bad plugin input must not take a check down: a class whose ``__dict__`` or
``__mro__`` misbehaves, a mapping that raises, an annotation nobody can
format. Each test feeds one such object to the helper that guards against it
and asserts the fallback answer.
"""

from __future__ import annotations

import abc
import functools
import importlib
import sys
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar

import pytest
import typing_extensions

import plugspec
from plugspec._conformance import (
    _declared_alike,
    _dict_lookup,
    _engine,
    _functions,
    _hints,
    _objects,
    _protocol,
    _substitute,
    _target,
)
from plugspec._conformance._context import Context

T = TypeVar("T")
Ts = typing_extensions.TypeVarTuple("Ts")


class _Boom(Exception):
    pass


class _DictlessMeta(type):
    """A metaclass whose classes raise on ``__dict__``."""

    @property
    def __dict__(cls) -> dict[str, object]:  # type: ignore[override]
        raise _Boom("no __dict__")


class Dictless(metaclass=_DictlessMeta):
    pass


class _HostileMeta(_DictlessMeta):
    """A metaclass whose classes raise on ``__dict__`` and ``__mro__``."""

    @property
    def __mro__(cls) -> tuple[type, ...]:  # type: ignore[override]
        raise _Boom("no __mro__")


class Hostile(metaclass=_HostileMeta):
    pass


class _RaisingMapping(dict[object, object]):
    """A mapping that raises on membership tests (``in``)."""

    def __contains__(self, key: object) -> bool:
        raise _Boom("no membership")


# -- _target ---------------------------------------------------------------


def test_a_class_with_a_raising_dict_is_no_protocol_and_has_no_parameters() -> None:
    assert _target.is_protocol_class(Hostile) is False
    assert _target.type_params(Hostile) == ()


def test_class_bindings_skip_a_class_whose_dict_raises() -> None:
    class Mixed(Generic[T]):
        pass

    assert _target.class_bindings(Dictless, (int,)) == {Dictless: {}, object: {}}
    with pytest.raises(_Boom):
        _target.class_bindings(Hostile, (int,))  # the caller guards (Subject.bindings)
    assert _target.class_bindings(Mixed, (int,))[Mixed] == {T: int}


def test_a_type_parameter_whose_default_raises_defaults_to_any() -> None:
    class Param:
        def has_default(self) -> bool:
            raise _Boom("no default")

    assert _target._default_of(Param()) is Any


def test_a_type_var_tuple_takes_the_remaining_arguments_as_any() -> None:
    class Base(Generic[typing_extensions.Unpack[Ts]]):
        pass

    class Shaped(Base[typing_extensions.Unpack[Ts]]):
        pass

    assert _target.class_bindings(Shaped, (int, str))[Shaped] == {Ts: Any}


def test_a_class_that_cannot_be_read_has_no_bindings() -> None:
    subject = _dict_lookup.Subject("instance", Hostile, args=(int,))
    assert subject.bindings(Hostile) == {}


def test_the_first_base_that_binds_a_generic_wins_in_a_diamond() -> None:
    class Base(Generic[T]):
        pass

    class Left(Base[int]):
        pass

    class Right(Base[str]):
        pass

    class Both(Left, Right):
        pass

    assert _target.class_bindings(Both, None)[Base] == {T: int}


def test_unhashable_annotations_have_no_mirror_and_are_no_target() -> None:
    assert _target.mirror_of([int]) is None
    with pytest.raises(TypeError, match="expected a Protocol"):
        _target.parse_target([int])


def test_bare_typing_type_is_no_target() -> None:
    with pytest.raises(TypeError, match=r"got typing\.Type"):
        _target.parse_target(typing.Type)  # noqa: UP006 (the typing alias is the point)


# -- _substitute -----------------------------------------------------------


def test_substitute_returns_the_annotation_when_the_mapping_raises() -> None:
    mapping = _RaisingMapping({T: int})
    assert _substitute.substitute(list[T], mapping) == list[T]


def test_substitute_leaves_literal_values_alone() -> None:
    literal = Literal["T"]
    assert _substitute.substitute(literal, {"T": int}) is literal


# -- _dict_lookup ---------------------------------------------------------------


def test_class_dict_and_mro_of_a_non_class_fall_back() -> None:
    assert _dict_lookup.class_dict_of(42) == {}
    assert _dict_lookup.mro_of(typing.cast("type", 42)) == (42,)


def test_read_hints_notes_a_resolver_failure() -> None:
    class Annotated:
        x: int

    ctx = Context()
    hints = _dict_lookup.read_hints(Annotated, ctx)
    assert hints == {"x": int}


def test_method_kind_sees_wrapper_subclasses() -> None:
    class MyStatic(staticmethod):  # type: ignore[type-arg]
        pass

    class MyClassMethod(classmethod):  # type: ignore[type-arg]
        pass

    assert _dict_lookup.method_kind(MyStatic(len)) == "staticmethod"
    assert _dict_lookup.method_kind(MyClassMethod(len)) == "classmethod"
    assert _dict_lookup.method_kind(len) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (_dict_lookup.MISSING, Any),
        ((), tuple[Any, ...]),
        (tuple(range(9)), tuple[Any, ...]),
        ((1, "a"), tuple[int, str]),
        ([1, 2], list[int]),
        ([1, "a"], list[Any]),
        ([object()], list[Any]),
        ({"a": 1}, dict[str, int]),
        ({"a": 1, 2: 1}, dict[Any, Any]),
        ({"a": object()}, dict[Any, Any]),
        (types, types.ModuleType),
        (int, type[int]),
        (1.5, float),
    ],
)
def test_value_type_of_infers_like_mypy(value: object, expected: object) -> None:
    assert _dict_lookup.value_type_of(value) == expected


def test_instance_dict_of_an_object_whose_dict_descriptor_raises() -> None:
    class Plain:
        pass

    class Borrowed:
        # Another class's __dict__ descriptor: reading it through this one raises.
        __dict__ = vars(Plain)["__dict__"]

    plain = Plain()
    plain.value = 1  # type: ignore[attr-defined]
    assert _dict_lookup.instance_dict(plain) == {"value": 1}
    assert _dict_lookup.instance_dict(Borrowed()) == {}


def test_static_attributes_keep_the_first_annotation_and_the_first_value() -> None:
    class Twice:
        def __init__(self) -> None:
            self.a: int = 0
            self.a: str = ""  # type: ignore[no-redef]
            self.b = 1
            self.b = "x"  # type: ignore[assignment]
            self.c = 2
            self.c: bytes = b""  # type: ignore[no-redef]

    found = _dict_lookup.static_attributes(Twice)
    assert found == {"a": "int", "b": int, "c": "bytes"}


def test_read_hints_notes_a_wrapper_that_raises() -> None:
    class Exploding(staticmethod):  # type: ignore[type-arg]
        @property
        def __func__(self) -> object:  # type: ignore[override]
            raise _Boom("no __func__")

    ctx = Context()
    assert _dict_lookup.read_hints(Exploding(len), ctx) == {}
    assert any("could not be read" in note and "_Boom" in note for note in ctx.notes)


def test_static_attributes_of_an_unhashable_class_are_read() -> None:
    class UnhashableMeta(type):
        __hash__ = None  # type: ignore[assignment]

        def __eq__(cls, other: object) -> bool:
            return cls is other

    class Unhashable(metaclass=UnhashableMeta):
        def __init__(self) -> None:
            self.value = 1

    # The caches key a class by identity, never by its metaclass's __hash__.
    assert "value" in _dict_lookup._assigned_in(Unhashable)


def test_an_eq_class_without_source_keeps_python_s_implicit_hash_none() -> None:
    namespace: dict[str, object] = {"__eq__": lambda self, other: True}
    made = types.new_class("Made", (), {}, lambda ns: ns.update(namespace))
    assert made.__hash__ is None
    assert _dict_lookup._implicit_hash_none(made, _dict_lookup.class_dict_of(made)) is True
    # ... so the lookup of __hash__ goes on to object's.
    hit = _dict_lookup.lookup_class(made, "__hash__")
    assert hit is not None
    assert hit[0] is object


# -- _functions ------------------------------------------------------------


def test_overloads_of_an_object_that_get_overloads_rejects() -> None:
    assert _functions._overload_items(42, None) == []


def test_a_protocol_overload_placeholder_without_a_place_has_no_variants() -> None:
    @typing.overload
    def placeholder(x: int) -> int: ...

    assert _functions.is_overload_placeholder(placeholder)
    assert _functions._overload_items(placeholder, None) == []
    assert _functions._registered_overloads(("no.such.module", "f")) == []


def test_raw_sig_of_an_unhashable_callable_is_read_each_time() -> None:
    class Unhashable:
        __hash__ = None  # type: ignore[assignment]

        def __call__(self, x: int) -> int:
            return x

    ctx = Context()
    sig = _functions.raw_sig(Unhashable(), ctx, "call")
    assert [p.name for p in sig.params] == ["x"]


def test_raw_sig_repeats_the_notes_of_a_cached_signature() -> None:
    first, second = Context(), Context()
    _functions.raw_sig(len, first, "len")
    _functions.raw_sig(len, second, "len")
    assert first.notes
    assert first.notes == second.notes


def test_instance_type_falls_back_to_the_class_when_subscription_fails() -> None:
    class Box(Generic[T]):
        pass

    class Refuses(Generic[T]):
        def __class_getitem__(cls, item: object) -> typing.NoReturn:
            raise _Boom("no subscription")

    assert _functions._instance_type(Box, None) == Box[T]  # type: ignore[valid-type]
    assert _functions._instance_type(Refuses, (int,)) is Refuses
    assert _functions._instance_type(Refuses, None) is Refuses


def test_sigs_of_type_for_forms_without_a_call_signature() -> None:
    ctx = Context()
    assert _functions.sigs_of_type(type[typing.cast("type", "Forward")], ctx) is None
    assert _functions.sigs_of_type(int, ctx) is None

    class StaticCall:
        __call__ = staticmethod(len)

    assert _functions.sigs_of_type(StaticCall, ctx) is None


def test_a_value_of_type_type_takes_any_call() -> None:
    """typeshed's ``type.__call__(self, *args: Any, **kwds: Any) -> Any``, also for a
    metaclass that does not define ``__call__``."""
    ctx = Context()
    for annotation in (type, abc.ABCMeta):
        sigs = _functions.sigs_of_type(annotation, ctx)
        assert sigs is not None
        (sig,) = sigs
        assert [(p.kind.name, p.annotation) for p in sig.params] == [
            ("VAR_POSITIONAL", typing.Any),
            ("VAR_KEYWORD", typing.Any),
        ]
        assert sig.returns is typing.Any
    assert not ctx.notes


def test_sigs_of_a_generic_type_are_its_constructor() -> None:
    class Box(Generic[T]):
        def __init__(self, item: T) -> None:
            self.item = item

    (sig,) = typing.cast("tuple[Any, ...]", _functions.sigs_of_type(type[Box[int]], Context()))
    assert [p.annotation for p in sig.params] == [int]
    assert sig.returns == Box[int]


def test_is_trivial_needs_code_and_an_empty_body() -> None:
    def returns_one() -> int:
        return 1

    def empty() -> None: ...

    def documented() -> None:
        """Only a docstring."""

    def gen() -> Iterator[int]:
        yield 1

    assert _functions.is_trivial(len) is False
    assert _functions.is_trivial(returns_one) is False
    assert _functions.is_trivial(gen) is False
    assert _functions.is_trivial(empty) is True
    assert _functions.is_trivial(documented) is True


def test_lambda_returns_without_source_is_any() -> None:
    func = typing.cast("types.FunctionType", eval("lambda: 1"))
    assert _functions.lambda_returns(func) is Any


def test_callable_types_give_their_signature() -> None:
    (sig,) = typing.cast(
        "tuple[Any, ...]", _functions.sigs_of_type(Callable[[int], str], Context())
    )
    assert sig.returns is str


# -- _hints ----------------------------------------------------------------


class _ClassRaisingInstance:
    """``isinstance`` on it consults ``__class__``, which raises."""

    @property
    def __class__(self) -> type:  # type: ignore[override]
        raise _Boom("no __class__")


def test_origin_and_args_of_an_object_that_fails_isinstance() -> None:
    hostile = _ClassRaisingInstance()
    assert _hints._safe_origin(hostile) is None
    assert _hints._safe_args(hostile) == ()


class _RaisingItems(dict[str, object]):
    def items(self) -> typing.NoReturn:  # type: ignore[override]
        raise _Boom("no items")


def test_annotations_that_cannot_be_listed_are_noted_not_raised() -> None:
    space: dict[str, object] = {"__annotations__": _RaisingItems(x=int)}
    made = types.new_class("Made", (), {}, lambda ns: ns.update(space))
    ctx = Context()
    assert _hints.resolve_hints(made, ctx) == {}
    assert any("_Boom: no items" in note for note in ctx.notes)


def test_pep_695_type_parameter_names() -> None:
    assert _hints._type_param_names((T, object())) == {"T": T}
    assert _hints._type_param_names(None) == {}


def literal_and_typing_list(x: Literal["int"], y: typing.List[int]) -> None:  # noqa: UP006
    pass


def test_strings_inside_literal_stay_and_typing_aliases_are_rebuilt() -> None:
    hints = _hints.resolve_hints(literal_and_typing_list, Context())
    assert hints["x"] == Literal["int"]
    assert hints["y"] == typing.List[int]  # noqa: UP006


def test_a_string_nested_too_deep_is_not_looked_for() -> None:
    nested: object = list[typing.cast("type", "Forward")]
    for _ in range(40):
        nested = list[nested]  # type: ignore[valid-type]
    assert _hints._needs_resolution(nested, 0) is False
    assert _hints._needs_resolution(list[typing.cast("type", "Forward")], 0) is True


# -- _declared_alike ---------------------------------------------------------------


def _made(source: str, **globals_: object) -> types.FunctionType:
    """``run`` defined by ``source`` in a fresh module namespace (annotations kept as text)."""
    namespace: dict[str, object] = {"__name__": "made", **globals_}
    exec(compile("from __future__ import annotations\n" + source, "<made>", "exec"), namespace)
    return typing.cast("types.FunctionType", namespace["run"])


_RUN = "def run(x: int, y: list[str] = ...) -> None: ...\n"


def test_same_declaration_of_identically_written_functions() -> None:
    assert _declared_alike.same_declaration(_made(_RUN), _made(_RUN)) is True


def test_a_builtin_name_rebound_on_one_side_is_not_the_same() -> None:
    assert _declared_alike.same_declaration(_made(_RUN), _made(_RUN, int=str)) is False


def test_names_a_class_body_shadows_are_left_to_the_full_check() -> None:
    source = (
        "class Owner:\n    int = str\n    def run(self, x: int) -> None: ...\nrun = Owner.run\n"
    )
    assert _declared_alike.same_declaration(_made(source), _made(source)) is False


def test_a_method_of_a_class_no_longer_in_its_module_is_left_to_the_full_check() -> None:
    left, right = _made(_RUN), _made(_RUN)
    right.__qualname__ = "Gone.run"
    assert _declared_alike.same_declaration(left, right) is False


def test_non_string_annotation_keys_are_left_to_the_full_check() -> None:
    left, right = _made(_RUN), _made(_RUN)
    right.__annotations__ = {1: int}
    assert _declared_alike.same_declaration(left, right) is False


def test_a_function_dict_entry_named_annotations_is_not_its_annotations() -> None:
    # Python (and the one annotation reader) reads the function's own
    # descriptor; an entry of that name in its __dict__ changes nothing.
    left, right = _made(_RUN), _made(_RUN)
    right.__dict__["__annotations__"] = "not a dict"  # noqa: RUF063 (the dict is the point)
    assert _declared_alike.same_declaration(left, right) is True


def test_a_function_whose_overloads_cannot_be_looked_up_is_treated_as_overloaded() -> None:
    left, right = _made(_RUN), _made(_RUN)
    right.__module__ = typing.cast("str", [])  # unhashable: the overload registry raises
    assert _declared_alike.same_declaration(left, right) is False


def test_annotations_nested_past_the_depth_limit_are_left_to_the_full_check() -> None:
    def deep(levels: int) -> object:
        made: object = int
        for _ in range(levels):
            made = list[made]  # type: ignore[valid-type]
        return made  # equal on both sides, never the same object

    left, right = _made(_RUN), _made(_RUN)
    left.__annotations__ = {"x": deep(20)}
    right.__annotations__ = {"x": deep(20)}
    assert _declared_alike.same_declaration(left, right) is False
    left, right = _made(_RUN), _made(_RUN)  # shapes are cached per function
    left.__annotations__ = {"x": deep(3)}
    right.__annotations__ = {"x": deep(3)}
    assert _declared_alike.same_declaration(left, right) is True


# -- unhashable annotations: no caching, the same verdicts -----------------------


def test_an_unhashable_annotation_gets_the_verdict_of_its_hashable_twin() -> None:
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    cases: Any = importlib.import_module("engine_cases.nominal_and_setters")
    IntBoxProp, PBoxProp = cases.IntBoxProp, cases.PBoxProp

    for wanted in (int, str):
        twin = plugspec.check(IntBoxProp(), PBoxProp[wanted])  # type: ignore[valid-type]
        unhashable = typing_extensions.Annotated[wanted, []]
        with pytest.raises(TypeError):
            hash(PBoxProp[unhashable])  # type: ignore[valid-type]
        for _ in range(2):  # the second time would come from a cache
            report = plugspec.check(IntBoxProp(), PBoxProp[unhashable])  # type: ignore[valid-type]
            assert report.ok == twin.ok
            assert [p.member for p in report.problems] == [p.member for p in twin.problems]
        as_class = plugspec.check(IntBoxProp, type[PBoxProp[unhashable]])  # type: ignore[valid-type]
        assert as_class.ok == twin.ok


# -- _protocol -----------------------------------------------------------------


class _PReadable(typing.Protocol):
    @property
    def value(self) -> int: ...

    @property
    def computed(self) -> int:
        return 1


class _Readable(_PReadable):
    pass


def test_a_protocol_property_with_a_trivial_getter_stays_abstract() -> None:
    assert _protocol.abstract_members(_Readable) == ["value"]


def test_a_setter_whose_signature_cannot_be_read_declares_no_type() -> None:
    assert _protocol.setter_type(42, Context()) is _dict_lookup.MISSING


def test_contains_gives_up_on_deep_or_hostile_annotations() -> None:
    needle = object()
    deep: object = [needle]
    for _ in range(20):
        deep = [deep]
    assert _protocol._contains([[needle]], needle, 0) is True
    assert _protocol._contains(deep, needle, 0) is False


# -- _objects ------------------------------------------------------------------


def test_the_type_of_an_attribute_assigned_in_a_method() -> None:
    class Owner:
        pass

    ctx = Context()
    plain: frozenset[str] = frozenset()
    assert _objects._assigned_type(Owner, None, ctx) == (Any, plain)
    assert _objects._assigned_type(Owner, int, ctx) == (int, plain)
    assert _objects._assigned_type(Owner, "list[int]", ctx) == (list[int], plain)
    assert _objects._assigned_type(Owner, "typing.Final[int]", ctx) == (int, frozenset({"Final"}))
    assert not ctx.notes
    assert _objects._assigned_type(Owner, "Undefined[", ctx) == (Any, plain)
    assert ctx.notes == ["annotation `Undefined[` of an attribute of `Owner` is unresolvable"]


# -- _signatures ---------------------------------------------------------------


def test_type_vars_in_lists_and_tuples_in_order_once() -> None:
    s = TypeVar("s")
    assert _substitute.type_vars_in([T, (s, T), dict[str, s]]) == [T, s]


# -- _engine --------------------------------------------------------------------


class _RefusingMeta(type):
    """A metaclass whose classes raise on every attribute access."""

    def __getattribute__(cls, name: str) -> Any:
        raise _Boom(f"no {name} for you")


def _refusing() -> type:
    """A class of that metaclass (made on demand: pytest's collection would trip on it)."""
    return _RefusingMeta("Refusing", (), {})


class _Greeter(typing.Protocol):
    def greet(self, name: str) -> str: ...


@pytest.mark.parametrize("instance", [False, True], ids=["class", "instance"])
@pytest.mark.parametrize("annotation", [_Greeter, type[_Greeter]], ids=["protocol", "type"])
def test_an_object_whose_own_code_breaks_the_inspection_is_refused(
    instance: bool, annotation: object
) -> None:
    refusing = _refusing()
    obj: object = refusing() if instance else refusing
    report = plugspec.check(obj, annotation)
    assert not report.ok
    assert report.subject == ("`Refusing` instance" if instance else "`Refusing`")
    if not (instance and annotation == type[_Greeter]):  # otherwise: refused as no class
        assert str(report.problems[0]) == "inspecting it raised _Boom: no __class__ for you"
    assert not plugspec.conforms(obj, annotation)  # type: ignore[arg-type]
    with pytest.raises(plugspec.ConformanceError):
        plugspec.verify(obj, annotation)  # type: ignore[arg-type]


def test_a_subject_whose_name_cannot_be_read_is_named_by_its_class() -> None:
    class Unnamed(functools.partial[int]):
        def __getattr__(self, name: str) -> object:
            raise _Boom(f"no {name}")

    refusing = _refusing()
    assert _engine._subject_text(refusing) == "`Refusing`"
    assert _engine._subject_text(refusing()) == "`Refusing` instance"
    assert _engine._subject_text(Unnamed(int)).endswith(".Unnamed` instance")


def test_only_errors_from_the_object_s_own_code_count_as_its_fault() -> None:
    assert not _engine._raised_by_plugin(_Boom("never raised"))  # no traceback
    generated: dict[str, Any] = {}
    exec(compile("def fail():\n    raise ValueError('x')\n", "<generated>", "exec"), generated)
    errors: list[BaseException] = []
    for raiser in (generated["fail"], lambda: _target.parse_target(3), _boom):
        try:
            raiser()
        except Exception as error:
            errors.append(error)
    assert [_engine._raised_by_plugin(error) for error in errors] == [False, False, True]
    stdlib = Path(importlib.import_module("os").__file__ or "").parent
    placed: list[bool] = []
    for where in (stdlib / "fake_module.py", stdlib / "site-packages" / "fake_plugin.py"):
        space: dict[str, Any] = {}
        exec(compile("def fail():\n    raise ValueError('x')\n", str(where), "exec"), space)
        try:
            space["fail"]()
        except ValueError as error:
            placed.append(_engine._raised_by_plugin(error))
    assert placed == [False, True]  # the standard library's code vs a plugin installed there


def _boom() -> None:
    raise _Boom("from the plugin's code")


# -- descriptors, self types, containers ----------------------------------------


class _PickyDescriptor:
    @typing.overload
    def __get__(self, instance: None, owner: Any) -> str: ...

    @typing.overload
    def __get__(self, instance: int, owner: Any) -> int: ...

    def __get__(self, instance: object, owner: Any) -> object:
        return 0


def test_a_descriptor_access_no_overload_fits_is_any() -> None:
    ctx = Context()
    assert _functions.descriptor_return(_PickyDescriptor, None, type[int], ctx) is str
    assert _functions.descriptor_return(_PickyDescriptor, int, type[int], ctx) is int
    assert _functions.descriptor_return(_PickyDescriptor, str, type[str], ctx) is Any
    assert _functions.descriptor_return(int, int, type[int], ctx) is _dict_lookup.MISSING


def test_an_overload_with_a_self_type_variable_accepts_every_object() -> None:
    self_t = TypeVar("self_t")

    def method(self: self_t) -> self_t:  # pragma: no cover - only read
        return self

    sig = _functions.raw_sig(method, Context())
    assert _functions._accepts_self(sig, int, Context())
    assert _functions._accepts_self(sig, Any, Context())


def test_namedtuple_element_types_need_readable_fields() -> None:
    import collections

    class FieldsNotTuple(tuple[int, ...]):
        _fields: typing.ClassVar[list[str]] = ["x"]

    untyped = collections.namedtuple("untyped", ["x"])
    assert _target._namedtuple_element(FieldsNotTuple) is Any
    assert _target._namedtuple_element(untyped) is Any


def test_builtin_stubs_only_for_container_c_methods() -> None:
    from plugspec._conformance import _typeshed

    assert _typeshed.builtin_stubs(len) == ()
    assert _typeshed.builtin_stubs(_boom) == ()
    assert _typeshed.builtin_stubs([].append) == ()
    assert _typeshed.builtin_stubs(list.append) == ()
    assert len(_typeshed.builtin_stubs(list.__getitem__)) == 2


def test_a_property_whose_getter_is_no_function_is_read_by_its_annotations() -> None:
    import operator

    class Proto(typing.Protocol):
        x = property(operator.attrgetter("_x"))

    class Holder:
        x = property(operator.attrgetter("_x"))

    report = plugspec.check(Holder(), Proto)
    assert report.ok


def test_a_class_whose_dict_raises_is_no_namedtuple() -> None:
    assert not _target._is_namedtuple(Dictless)
    assert not _target._is_namedtuple(_refusing())
    assert _target._is_namedtuple(typing.NamedTuple("Pair", [("a", int)]))
