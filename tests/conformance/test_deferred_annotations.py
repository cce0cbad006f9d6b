"""Annotations read the same way on every Python: evaluated where they are
written (3.10-3.13), deferred (3.14+, PEP 649/749), or strings (PEP 563).

Each case is compiled without inheriting this module's ``__future__`` flags, so
on 3.14 and later its annotations are deferred, and once more under
``from __future__ import annotations``: the verdicts must be equal. A name that
cannot be resolved is written unquoted only where the interpreter defers it.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest

import plugspec
from plugspec._conformance._context import Context
from plugspec._conformance._hints import resolve_hints
from plugspec._conformance._raw import raw_annotations

DEFERRED = sys.version_info >= (3, 14)
FUTURE = "from __future__ import annotations\n"
HEADER = "from typing import Any, ClassVar, Protocol\n"

# An unresolvable name as a 3.10-3.13 module must write it (quoted), and, where
# annotations are deferred, as most code writes it (bare).
MISSING_NAMES = ["'Missing'", *(["Missing"] if DEFERRED else [])]


def _run(source: str, *, future: bool, name: str = "deferred_case") -> dict[str, Any]:
    """``source`` as a module's body, with or without the ``__future__`` import."""
    module = types.ModuleType(name)
    text = (FUTURE if future else "") + HEADER + source
    exec(compile(text, f"<{name}>", "exec", dont_inherit=True), module.__dict__)
    sys.modules[name] = module  # string annotations evaluate in the module's globals
    return dict(vars(module))


@pytest.fixture(autouse=True)
def _forget_case_modules() -> Iterator[None]:
    yield
    for name in [n for n in sys.modules if n.startswith("deferred_case")]:
        del sys.modules[name]


@pytest.mark.parametrize("future", [False, True])
def test_annotated_attributes_are_members(future: bool) -> None:
    space = _run(
        "class HasV(Protocol):\n"
        "    v: int\n"
        "class IntAttr:\n"
        "    v: int\n"
        "    def __init__(self) -> None:\n"
        "        self.v = 1\n"
        "class BoolAttr(Protocol):\n"
        "    v: bool\n",
        future=future,
    )
    assert plugspec.check(space["IntAttr"](), space["HasV"]).ok
    # mypy: attributes are invariant, and an int is no bool.
    report = plugspec.check(space["IntAttr"](), space["BoolAttr"])
    assert not report.ok
    assert "`v`" in str(report)


@pytest.mark.parametrize("missing", MISSING_NAMES)
@pytest.mark.parametrize("future", [False, True])
def test_one_unresolvable_name_keeps_the_rest_of_the_annotation(missing: str, future: bool) -> None:
    space = _run(
        "class Wants(Protocol):\n"
        "    items: ClassVar[list[int]]\n"
        "    size: int\n"
        "class Plugin:\n"
        f"    items: ClassVar[list[{missing}]] = []\n"
        "    size: str = ''\n",
        future=future,
    )
    plugin = space["Plugin"]
    ctx = Context()
    hints = resolve_hints(plugin, ctx)
    # ``ClassVar`` and ``list`` stay; only the unknown name is ``Any``.
    assert hints == {"items": space["ClassVar"][list[Any]], "size": str}
    assert len(ctx.notes) == 1
    assert "Missing" in ctx.notes[0]
    report = plugspec.check(plugin(), space["Wants"])
    assert {problem.member for problem in report.problems} == {"size"}
    assert any("Missing" in note for note in report.notes)


@pytest.mark.parametrize("missing", MISSING_NAMES)
@pytest.mark.parametrize("future", [False, True])
def test_functions_and_modules_keep_what_resolves(missing: str, future: bool) -> None:
    space = _run(
        f"counter: int = 0\n"
        f"unknown: {missing}\n"
        "class Runs(Protocol):\n"
        "    def __call__(self, value: int, extra: int) -> str: ...\n"
        f"def run(value: str, extra: {missing}) -> str:\n"
        "    return value\n",
        future=future,
    )
    module = sys.modules["deferred_case"]
    assert resolve_hints(module, Context()) == {"counter": int, "unknown": Any}
    assert resolve_hints(space["run"], Context()) == {"value": str, "extra": Any, "return": str}
    report = plugspec.check(space["run"], space["Runs"])
    assert not report.ok
    assert "value" in str(report)


@pytest.mark.parametrize("missing", MISSING_NAMES)
def test_a_wrapped_function_s_parameters_are_read(missing: str) -> None:
    # ``inspect.signature`` reads a function behind ``functools.wraps``; on
    # 3.14 it evaluates the annotations unless told not to.
    space = _run(
        "import functools\n"
        "class Runs(Protocol):\n"
        "    def __call__(self, value: int) -> int: ...\n"
        "def logged(function: Any) -> Any:\n"
        "    @functools.wraps(function)\n"
        "    def inner(*args: Any, **kwargs: Any) -> Any:\n"
        "        return function(*args, **kwargs)\n"
        "    return inner\n"
        "@logged\n"
        f"def run(value: int, extra: {missing}) -> int:\n"
        "    return value\n",
        future=False,
    )
    report = plugspec.check(space["run"], space["Runs"])
    assert not report.ok
    assert "extra" in str(report)
    assert "cannot be read" not in str(report)


@pytest.mark.parametrize("missing", MISSING_NAMES)
def test_a_property_setter_s_value_type_is_read(missing: str) -> None:
    space = _run(
        "class Sized(Protocol):\n"
        "    size: int\n"
        "class Plugin:\n"
        "    @property\n"
        "    def size(self) -> int:\n"
        "        return 0\n"
        "    @size.setter\n"
        f"    def size(self, value: str) -> {missing}:\n"
        "        pass\n",
        future=False,
    )
    report = plugspec.check(space["Plugin"](), space["Sized"])
    assert not report.ok
    assert "size" in str(report)


@pytest.mark.parametrize("future", [False, True])
def test_reading_never_runs_a_metaclass_s_hooks(future: bool) -> None:
    space = _run(
        "class Meta(type):\n"
        "    @property\n"
        "    def __annotations__(cls):\n"
        "        raise AssertionError('read through the metaclass')\n"
        "    @property\n"
        "    def __annotate__(cls):\n"
        "        raise AssertionError('read through the metaclass')\n"
        "    def __getattr__(cls, name):\n"
        "        raise AssertionError(f'looked up {name} through the metaclass')\n"
        "class HasV(Protocol):\n"
        "    v: int\n"
        "class Plugin(metaclass=Meta):\n"
        "    v: int\n"
        "    def __init__(self) -> None:\n"
        "        self.v = 0\n",
        future=future,
    )
    plugin = space["Plugin"]
    assert dict(raw_annotations(plugin)) == {"v": "int" if future else int}
    assert plugspec.check(plugin(), space["HasV"]).ok


def test_a_hostile_annotate_function_never_raises() -> None:
    def hostile(format: int) -> Any:
        raise RuntimeError("hostile")

    space = _run("class Plugin:\n    v: int = 0\n", future=False)
    plugin = space["Plugin"]
    plugin.__annotate__ = hostile
    # From 3.14 the runtime reads annotations through it: there are none.
    assert raw_annotations(plugin) == ({} if DEFERRED else {"v": int})
    module = types.ModuleType("deferred_case_hostile")
    module.__annotate__ = hostile  # type: ignore[attr-defined]
    assert raw_annotations(module) == {}
    assert raw_annotations(42) == {}
    assert resolve_hints(plugin, Context()) == ({} if DEFERRED else {"v": int})


def test_classes_without_annotations_are_left_as_they_are() -> None:
    space = _run("class Plain:\n    pass\n", future=False)
    plain = space["Plain"]
    before = dict(vars(plain))
    assert raw_annotations(plain) == {}
    assert raw_annotations(object) == {}
    assert dict(vars(plain)) == before
