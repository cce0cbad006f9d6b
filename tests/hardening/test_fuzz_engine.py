"""The conformance engine on arbitrary objects and arbitrary protocol shapes.

Extends ``tests/properties/test_never_crashes.py`` (whose object generators
and traps are reused) with protocols of odd shapes: annotations that are not
types at all (numbers, unparsable strings, forward references to nothing,
lambdas, modules), special forms (``ClassVar``, ``Literal``, ``Annotated``,
``Callable``, ``TypeVar``, ``ParamSpec``, ``Self``, ``NoReturn``), members
whose ``__signature__`` is nonsense, overloads, inheritance between
generated protocols and references to the protocol itself. ``check`` always
returns a report, ``conforms`` a bool, ``verify`` the object or a
``ConformanceError``, and no check runs the checked object's code.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable
from typing import Any, Protocol

import test_never_crashes as base
import typing_extensions
from _hard import FUZZ_EXAMPLES, long_fuzz_run
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

import plugspec

_T = typing.TypeVar("_T")
_PS = typing_extensions.ParamSpec("_PS")

#: Annotation values a protocol might carry, well-formed or not.
ODD_ANNOTATIONS: tuple[object, ...] = (
    int,
    "int",
    3,
    None,
    Ellipsis,
    "NoSuchName",
    "list[",
    "int | ",
    "P",
    "Self",
    "ClassVar[int]",
    list[int],
    dict[str, Any],
    tuple[int, ...],
    type[int],
    int | None,
    typing.Union[int, str],  # noqa: UP007 - the typing form itself is the point
    typing.Optional[str],  # noqa: UP045
    typing.Literal[1, "a"],
    typing_extensions.Annotated[int, "meta"],
    typing.ClassVar[int],
    typing.Callable[..., int],
    typing.Callable[[int], str],
    typing.NoReturn,
    typing_extensions.Never,
    typing_extensions.Self,
    _T,
    _PS,
    Any,
    object,
    lambda: 0,
    types.ModuleType("annotation_module"),
    typing.Protocol,
    typing_extensions.Unpack,
)

annotation_values = st.sampled_from(ODD_ANNOTATIONS)
member_names = st.sampled_from(("m", "n", "run", "name", "__call__", "__len__", "__eq__"))


def _function(name: str, annotations: dict[str, object], *, is_async: bool) -> Callable[..., Any]:
    source = f"{'async ' if is_async else ''}def {name}(self, a, /, b=1, *args, c, **kw): ..."
    namespace: dict[str, Any] = {}
    exec(source, namespace)
    function: Callable[..., Any] = namespace[name]
    function.__annotations__ = annotations
    return function


@st.composite
def odd_members(draw: st.DrawFn, name: str) -> tuple[object | None, object | None]:
    """``(value, annotation)``: what the protocol's class body holds under ``name``."""
    kind = draw(
        st.sampled_from(
            (
                "method",
                "async",
                "property",
                "attribute",
                "classmethod",
                "staticmethod",
                "bad_signature",
                "overload",
                "value",
            )
        )
    )
    annotations = {
        key: draw(annotation_values)
        for key in draw(
            st.lists(st.sampled_from(("a", "b", "c", "args", "kw", "return")), max_size=4)
        )
    }
    if kind == "attribute":
        return None, draw(annotation_values)
    if kind == "value":
        return draw(st.sampled_from((0, None, "text", len, staticmethod(len)))), draw(
            st.one_of(st.none(), annotation_values)
        )
    function = _function(name, annotations, is_async=kind == "async")
    if kind == "property":
        return property(function), None
    if kind == "classmethod":
        return classmethod(function), None
    if kind == "staticmethod":
        return staticmethod(function), None
    if kind == "bad_signature":
        function.__signature__ = draw(st.sampled_from(("nonsense", 3, None, object())))  # type: ignore[attr-defined]
        return function, None
    overloaded = typing.overload(function)
    return overloaded, None


@st.composite
def odd_protocols(draw: st.DrawFn) -> Any:
    """A runtime Protocol of odd shape, as ``P``, ``P[...]`` or ``type[P]``."""
    bases: list[Any] = [Protocol]
    generic = draw(st.booleans())
    if generic:
        bases = [Protocol[_T]]  # type: ignore[valid-type]
    if draw(st.booleans()):
        bases.insert(0, draw(base.protocols().filter(lambda p: isinstance(p, type))))
    namespace: dict[str, Any] = {}
    annotations: dict[str, Any] = {}
    for name in draw(st.lists(member_names, max_size=4, unique=True)):
        value, annotation = draw(odd_members(name))
        if value is not None:
            namespace[name] = value
        if annotation is not None:
            annotations[name] = annotation
    if generic:
        annotations["t"] = _T
    namespace["__annotations__"] = annotations
    try:
        protocol: Any = types.new_class("P", tuple(bases), {}, lambda ns: ns.update(namespace))
    except TypeError:
        protocol = types.new_class("P", (Protocol,), {}, lambda ns: ns.update(namespace))
        generic = False
    note(f"protocol bases={bases!r} namespace={namespace!r}")
    form = draw(st.sampled_from(("plain", "type", "generic") if generic else ("plain", "type")))
    if form == "generic":
        return protocol[draw(st.sampled_from((int, str, Any, list[int], "int")))]
    if form == "type":
        return type[protocol]
    return protocol


def engine_property(obj: object, annotation: Any) -> None:
    with base.armed():
        report = plugspec.check(obj, annotation)
        assert isinstance(report.ok, bool)
        assert isinstance(str(report), str)
        assert plugspec.conforms(obj, annotation) is report.ok
        try:
            returned = plugspec.verify(obj, annotation)
        except plugspec.ConformanceError:
            assert not report.ok
        else:
            assert report.ok
            assert returned is obj
    assert base.FIRED == [], f"the engine ran the object's own code: {base.FIRED}"


QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@QUICK
@given(obj=base.anything, annotation=odd_protocols())
def test_odd_protocols_never_crash_the_engine(obj: object, annotation: Any) -> None:
    engine_property(obj, annotation)


@long_fuzz_run
@settings(QUICK, max_examples=max(FUZZ_EXAMPLES, 1))
@given(obj=base.anything, annotation=odd_protocols())
def test_odd_protocols_never_crash_the_engine_long(obj: object, annotation: Any) -> None:
    engine_property(obj, annotation)


@long_fuzz_run
@settings(QUICK, max_examples=max(FUZZ_EXAMPLES, 1))
@given(obj=base.anything, annotation=base.protocols())
def test_generated_protocols_never_crash_the_engine_long(obj: object, annotation: Any) -> None:
    # The property suite's own generators, run for longer.
    engine_property(obj, annotation)


# -- findings ----------------------------------------------------------------------


class _Box(Protocol[_T]):
    t: _T


def test_source_lookup_does_not_run_a_metaclass_getattr() -> None:
    # Found by the fuzzer: reading a class's source for ``self.x = ...``
    # assignments asked the class for ``__wrapped__`` (inspect.unwrap), which
    # ran the metaclass's ``__getattr__``.
    trapped = base.TrapMeta("Trapped", (), {})
    with base.armed():
        report = plugspec.check(trapped(), _Box)
    assert base.FIRED == []
    assert not report.ok
