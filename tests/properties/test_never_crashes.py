"""``plugspec.check`` never raises and never runs the checked object's own code.

Arbitrary objects (builtins, functions, lambdas, modules, classes and
instances with booby-trapped members) are checked against protocols generated
at runtime. Every trap records when it fires; no check may fire one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import types
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from _generate import PROTOCOL_KINDS, execute, members, mutated, render_class
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

import plugspec

#: Every trap appends here when it fires while a check runs: the object's own code ran.
FIRED: list[str] = []
#: Traps fire only while armed, so that Hypothesis can still print and compare examples.
ARMED = False

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Trap(Exception):
    """Raised by a trap, in case a check swallows the recording."""


def fire(what: str, inert: Callable[[], Any]) -> Any:
    if not ARMED:
        return inert()
    FIRED.append(what)
    raise Trap(what)


@contextmanager
def armed() -> Iterator[None]:
    global ARMED
    FIRED.clear()
    ARMED = True
    try:
        yield
    finally:
        ARMED = False


def _missing(name: str) -> Callable[[], Any]:
    def inert() -> Any:
        raise AttributeError(name)

    return inert


class RecordingDescriptor:
    """A non-data descriptor whose ``__get__`` is the object's own code."""

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        return fire("descriptor __get__", lambda: self)


class RecordingDataDescriptor(RecordingDescriptor):
    def __set__(self, obj: object, value: object) -> None:
        fire("descriptor __set__", lambda: None)


class TrapMeta(type):
    def __getattr__(cls, name: str) -> Any:
        return fire(f"metaclass __getattr__({name})", _missing(name))


def _trap_property(name: str) -> property:
    return property(lambda self: fire(f"property {name}", _missing(name)))


TRAPS: dict[str, Callable[[str], Any]] = {
    "property": _trap_property,
    "descriptor": lambda name: RecordingDescriptor(),
    "data_descriptor": lambda name: RecordingDataDescriptor(),
    "none": lambda name: None,
    "int": lambda name: 3,
    "lambda": lambda name: lambda *args, **kwargs: None,
    "staticmethod": lambda name: staticmethod(lambda: None),
    "classmethod": lambda name: classmethod(lambda cls: None),
    "partial": lambda name: functools.partial(print, "x"),
    "class": lambda name: type(name, (), {}),
    "module": lambda name: types.ModuleType(name),
    "builtin": lambda name: len,
}

SPECIAL_TRAPS: dict[str, Any] = {
    "__getattr__": lambda self, name: fire(f"__getattr__({name})", _missing(name)),
    "__getattribute__": lambda self, name: fire(
        f"__getattribute__({name})", lambda: object.__getattribute__(self, name)
    ),
    "__class__": property(lambda self: fire("property __class__", lambda: type(self))),
    "__signature__": _trap_property("__signature__"),
    "__eq__": lambda self, other: fire("__eq__", lambda: self is other),
    "__hash__": lambda self: fire("__hash__", lambda: id(self)),
    "__bool__": lambda self: fire("__bool__", lambda: True),
    "__len__": lambda self: fire("__len__", lambda: 0),
    "__dir__": lambda self: fire("__dir__", list),
    "__call__": lambda self, *args, **kwargs: fire("__call__", lambda: None),
    "__init__": lambda self, *args, **kwargs: None,
}

#: The source each generated protocol was built from, for failure reports.
SOURCES: weakref.WeakKeyDictionary[type, str] = weakref.WeakKeyDictionary()

member_names = st.sampled_from(("m", "n", "run", "name", "__call__", "__len__"))


@st.composite
def trapped_classes(draw: st.DrawFn) -> type:
    """A class with random trap members, some under protocol member names."""
    namespace: dict[str, Any] = {}
    described: list[str] = []
    for name in draw(st.lists(member_names, max_size=4, unique=True)):
        trap = draw(st.sampled_from(sorted(TRAPS)))
        namespace[name] = TRAPS[trap](name)
        described.append(f"{name}={trap}")
    for name in draw(st.lists(st.sampled_from(sorted(SPECIAL_TRAPS)), max_size=4, unique=True)):
        namespace[name] = SPECIAL_TRAPS[name]
        described.append(name)
    if draw(st.booleans()):
        annotation = draw(st.sampled_from((int, str, "Missing", 3)))
        namespace["__annotations__"] = {"name": annotation}
        described.append(f"name: {annotation!r}")
    meta = TrapMeta if draw(st.booleans()) else type
    if meta is TrapMeta:
        described.append("metaclass __getattr__")
    # The class name lists its traps, so a failing example says what fired.
    return meta(f"Trapped[{', '.join(described)}]", (), namespace)


@st.composite
def generated_classes(draw: st.DrawFn) -> type:
    """A plain class rendered from random members (as plugin authors write them)."""
    drawn = draw(st.lists(members(kinds=(*PROTOCOL_KINDS, "staticmethod")), max_size=3))
    named = [
        dataclasses.replace(member, name=name)
        for name, member in zip(("m", "n", "run"), drawn, strict=False)
    ]
    source = render_class("Generated", [draw(mutated(m)) for m in named], protocol=False)
    cls: type = execute(source)["Generated"]
    return cls


@st.composite
def instances(draw: st.DrawFn, classes: st.SearchStrategy[type]) -> object:
    cls = draw(classes)
    obj = object.__new__(cls)
    # Instance attributes that shadow (or trap) class members.
    for name in draw(st.lists(member_names, max_size=2, unique=True)):
        trap = TRAPS[draw(st.sampled_from(sorted(TRAPS)))](name)
        with contextlib.suppress(AttributeError, TypeError):  # slots, data descriptors
            object.__setattr__(obj, name, trap)
    return obj


@st.composite
def modules(draw: st.DrawFn) -> types.ModuleType:
    module = types.ModuleType("generated_module")
    for name in draw(st.lists(member_names, max_size=3, unique=True)):
        setattr(module, name, TRAPS[draw(st.sampled_from(sorted(TRAPS)))](name))
    if draw(st.booleans()):
        module.__getattr__ = lambda name: fire(  # type: ignore[method-assign]
            f"module __getattr__({name})", _missing(name)
        )
    return module


def _function(*args: Any, **kwargs: Any) -> None:
    pass


anything = st.one_of(
    st.integers(),
    st.text(max_size=5),
    st.none(),
    st.floats(allow_nan=True),
    st.binary(max_size=5),
    st.lists(st.integers(), max_size=3),
    st.sampled_from(
        (
            _function,
            lambda: None,
            lambda x, /, *a, k=1, **kw: x,
            len,
            print,
            object,
            type,
            int,
            functools.partial(_function, 1),
            types,
            functools,
            NotImplemented,
            Ellipsis,
        )
    ),
    trapped_classes(),
    instances(trapped_classes()),
    generated_classes(),
    instances(generated_classes()),
    modules(),
)


@st.composite
def protocols(draw: st.DrawFn) -> Any:
    """A Protocol built at runtime: ``P``, ``P[int]`` for a generic one, or ``type[P]``."""
    drawn = draw(st.lists(members(), max_size=4))
    names = draw(st.lists(member_names, min_size=len(drawn), max_size=len(drawn), unique=True))
    protocol_members = [
        dataclasses.replace(member, name=name) for name, member in zip(names, drawn, strict=True)
    ]
    generic = draw(st.booleans())
    source = render_class("P", protocol_members, protocol=True)
    if generic:
        source = source.replace("class P(Protocol):", "T = TypeVar('T')\nclass P(Protocol[T]):", 1)
        source += "    t: T\n"
    protocol = execute(source)["P"]
    SOURCES[protocol] = source
    form = draw(st.sampled_from(("plain", "type") if not generic else ("generic", "type")))
    if form == "generic":
        return protocol[draw(st.sampled_from((int, str, Any, list[int])))]
    if form == "type":
        return type[protocol]
    return protocol


@SETTINGS
@given(obj=anything, annotation=protocols())
def test_check_never_raises_and_never_runs_object_code(obj: object, annotation: Any) -> None:
    origin = getattr(annotation, "__origin__", None)
    protocol = annotation.__args__[0] if origin is type else origin or annotation
    note(f"{annotation!r} built from:\n{SOURCES.get(protocol, '?')}")
    with armed():
        report = plugspec.check(obj, annotation)
        assert isinstance(report.ok, bool)
        assert isinstance(str(report), str)
    assert FIRED == [], f"checking ran the object's own code: {FIRED}"


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


@SETTINGS
@given(obj=anything)
def test_verify_raises_only_conformance_error(obj: object) -> None:
    with armed():
        try:
            returned = plugspec.verify(obj, Greeter)
        except plugspec.ConformanceError as exc:
            failed: plugspec.Report | None = exc.report
        else:
            assert returned is obj
            failed = None
    assert failed is None or not failed.ok
    assert FIRED == [], f"verifying ran the object's own code: {FIRED}"


@SETTINGS
@given(
    obj=anything,
    annotation=st.sampled_from((int, 3, "NoSuchProtocol", list[int], None, int | str, Any, object)),
)
def test_non_protocol_annotation_is_a_type_error(obj: object, annotation: Any) -> None:
    with armed():
        try:
            plugspec.check(obj, annotation)
        except TypeError:
            pass
        else:
            raise AssertionError(f"check() accepted the non-protocol annotation {annotation!r}")
    assert FIRED == [], f"checking ran the object's own code: {FIRED}"
