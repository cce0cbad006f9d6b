"""Evaluated annotations (``_hints.resolve_hints``) and qualifier stripping."""

from __future__ import annotations

import sys
import typing
from collections.abc import Callable
from typing import Annotated, Any, ClassVar, Final, ForwardRef, Optional

import _hints_module as mod
import pytest
import typing_extensions
from typing_extensions import NotRequired, ReadOnly, Required

from plugspec._conformance._context import Context
from plugspec._conformance._hints import resolve_hints, unwrap_qualifiers


def test_future_annotations_evaluate_in_the_module() -> None:
    ctx = Context()
    hints = resolve_hints(mod.takes_later, ctx)
    assert hints == {
        "x": mod.Later,
        "y": list[mod.Later],
        "z": Optional[mod.Later],  # noqa: UP045
        "return": dict[str, mod.Later],
    }
    assert ctx.notes == []


def test_type_checking_names_of_the_standard_library_resolve() -> None:
    from decimal import Decimal

    ctx = Context()
    hints = resolve_hints(mod.takes_hidden, ctx)
    assert hints == {"x": Decimal, "y": int, "return": None}
    assert ctx.notes == []


def test_unknown_type_checking_names_become_any_with_a_note() -> None:
    ctx = Context()
    hints = resolve_hints(mod.takes_missing, ctx)
    assert hints == {"x": Any, "y": int, "return": None}
    assert len(ctx.notes) == 1
    assert "Missing" in ctx.notes[0]
    assert "takes_missing" in ctx.notes[0]


def test_syntax_errors_become_any_with_a_note() -> None:
    ctx = Context()
    hints = resolve_hints(mod.broken, ctx)
    assert hints["x"] is Any
    assert hints["y"] is int
    assert any("SyntaxError" in note for note in ctx.notes)


def test_notes_are_recorded_again_from_the_cache() -> None:
    resolve_hints(mod.takes_missing, Context())
    ctx = Context()
    assert resolve_hints(mod.takes_missing, ctx)["x"] is Any
    assert ctx.notes


def test_cached_result_is_a_copy() -> None:
    first = resolve_hints(mod.takes_later, Context())
    first["x"] = "changed"
    assert resolve_hints(mod.takes_later, Context())["x"] is mod.Later


def test_class_body_annotations_are_its_own_only() -> None:
    assert resolve_hints(mod.Later, Context()) == {"size": ClassVar[int], "name": str}
    assert resolve_hints(mod.Child, Context()) == {"extra": bytes}


def test_methods_see_the_class_namespace() -> None:
    ctx = Context()
    assert resolve_hints(mod.Later.method, ctx) == {"value": int, "return": mod.Later}
    assert resolve_hints(mod.Later.make, ctx) == {"value": int, "return": mod.Later}
    assert resolve_hints(mod.Later.__dict__["make"], ctx) == {"value": int, "return": mod.Later}
    assert resolve_hints(mod.Later.build, ctx) == {"value": str, "return": mod.Later}
    assert resolve_hints(mod.Later().method, ctx)["value"] is int
    assert resolve_hints(mod.Later.Inner.get, ctx) == {"return": str}
    assert ctx.notes == []


def test_module_annotations() -> None:
    assert resolve_hints(mod, Context()) == {"counter": int, "label": mod.Later}


def test_nested_forward_references_in_evaluated_annotations() -> None:
    class Node:
        pass

    namespace = {"Node": Node}

    def f(
        a: list[Node],
        b: typing.List["Node"],  # noqa: UP006, UP037
        c: Callable[["Node"], "Node"],  # noqa: UP037
        d: typing.Callable[..., "Node"],  # noqa: UP037
        e: Annotated["Node", "meta"],  # noqa: UP037
        f: typing.Union["Node", int],  # noqa: UP007, UP037
        g: typing.Literal["Node"],
    ) -> None:
        pass

    # Evaluate with a function whose globals hold the local class.
    g = type(f)(f.__code__, {**f.__globals__, **namespace}, "f")
    g.__annotations__ = {
        "a": list["Node"],
        "b": typing.List["Node"],  # noqa: UP006
        "c": Callable[["Node"], "Node"],
        "d": typing.Callable[..., "Node"],
        "e": Annotated["Node", "meta"],
        "f": typing.Union["Node", int],
        "g": typing.Literal["Node"],
    }
    ctx = Context()
    hints = resolve_hints(g, ctx)
    assert hints["a"] == list[Node]
    assert hints["b"] == typing.List[Node]  # noqa: UP006
    assert typing.get_args(hints["c"]) == ([Node], Node)
    assert typing.get_args(hints["d"]) == (Ellipsis, Node)
    assert typing.get_args(hints["e"]) == (Node, "meta")
    assert set(typing.get_args(hints["f"])) == {Node, int}
    assert hints["g"] == typing.Literal["Node"]
    assert ctx.notes == []


def test_objects_without_annotations() -> None:
    assert resolve_hints(len, Context()) == {}
    assert resolve_hints(42, Context()) == {}
    assert resolve_hints(object(), Context()) == {}


def test_class_annotations_are_read_without_running_the_metaclass() -> None:
    class Meta(type):
        def __getattribute__(cls, name: str) -> Any:
            raise AssertionError(f"looked up {name} through the metaclass")

    class Plugin(metaclass=Meta):
        x: int

    assert resolve_hints(Plugin, Context()) == {"x": int}


def test_unhashable_forward_ref_text_is_noted() -> None:
    def f(x: ForwardRef("does not parse(")) -> None:  # type: ignore[valid-type]
        pass

    ctx = Context()
    assert resolve_hints(f, ctx) == {"x": Any, "return": None}
    assert ctx.notes


@pytest.mark.parametrize(
    ("annotation", "inner", "names"),
    [
        (int, int, set()),
        (ClassVar[int], int, {"ClassVar"}),
        (Final[int], int, {"Final"}),
        (Final, Any, {"Final"}),
        (ClassVar, Any, {"ClassVar"}),
        (Annotated[int, "meta"], int, {"Annotated"}),
        (ClassVar[Annotated[list[int], "m"]], list[int], {"ClassVar", "Annotated"}),
        (Annotated[Final[int], "m"], int, {"Final", "Annotated"}),
        (Required[str], str, {"Required"}),
        (NotRequired[str], str, {"NotRequired"}),
        (ReadOnly[str], str, {"ReadOnly"}),
        (NotRequired[ReadOnly[bytes]], bytes, {"NotRequired", "ReadOnly"}),
        (typing_extensions.Annotated[int, 1], int, {"Annotated"}),
        (list[int], list[int], set()),
        ([1, 2], [1, 2], set()),
    ],
)
def test_unwrap_qualifiers(annotation: object, inner: object, names: set[str]) -> None:
    assert unwrap_qualifiers(annotation) == (inner, frozenset(names))


@pytest.mark.skipif(sys.version_info < (3, 11), reason="typing.Required is new in 3.11")
def test_unwrap_typing_required() -> None:
    assert unwrap_qualifiers(typing.Required[int]) == (int, frozenset({"Required"}))  # type: ignore[attr-defined,unused-ignore]


def test_string_chains_that_never_end_become_any() -> None:
    import types

    def f(x: int) -> None:
        pass

    # Each name evaluates to the text of the next one, 40 deep.
    chain = {f"name{i}": f"name{i + 1}" for i in range(40)}
    g = types.FunctionType(f.__code__, {**f.__globals__, **chain}, "g")
    g.__annotations__ = {"x": "name0"}
    ctx = Context()
    assert resolve_hints(g, ctx)["x"] is Any
    assert any("RecursionError" in note for note in ctx.notes)


def test_unreadable_annotations_give_a_note(tmp_path: object) -> None:
    import types

    module = types.ModuleType("odd_module")
    module.__annotations__ = 5  # type: ignore[assignment]
    assert resolve_hints(module, Context()) == {}
    module2 = types.ModuleType("odd_module2")
    module2.__annotations__ = {1: int, "ok": "int"}
    assert resolve_hints(module2, Context()) == {"ok": int}


def test_hostile_annotation_objects_are_left_alone() -> None:
    class Hostile:
        def __hash__(self) -> int:
            raise RuntimeError("no")

    hostile = Hostile()
    assert unwrap_qualifiers(hostile) == (hostile, frozenset())


def test_cache_entries_go_with_their_objects() -> None:
    import gc

    from plugspec._conformance import _hints

    def make() -> Callable[[int], None]:
        def local(x: int) -> None:
            pass

        return local

    function = make()
    resolve_hints(function, Context())
    key = id(function)
    assert key in _hints._CACHE
    del function
    gc.collect()
    assert key not in _hints._CACHE


@pytest.mark.skipif(sys.version_info < (3, 12), reason="PEP 695 syntax")
def test_pep_695_type_parameters_resolve_in_string_annotations() -> None:
    namespace: dict[str, object] = {}
    source = (
        "from __future__ import annotations\n"
        "class Box[T]:\n"
        "    item: T\n"
        "    def put(self, value: T) -> None: ...\n"
        "    def map[S](self, value: S) -> Box[S]: ...\n"
        "def first[U](items: list[U]) -> U: ...\n"
    )
    exec(compile(source, "<pep695>", "exec", dont_inherit=True), namespace)
    box: Any = namespace["Box"]
    (t,) = box.__type_params__
    ctx = Context()
    assert resolve_hints(box, ctx) == {"item": t}
    assert resolve_hints(box.put, ctx)["value"] is t
    map_hints = resolve_hints(box.map, ctx)
    (s,) = box.map.__type_params__
    assert map_hints["value"] is s
    assert typing.get_args(map_hints["return"]) == (s,)
    first: Any = namespace["first"]
    assert resolve_hints(first, ctx)["return"] is first.__type_params__[0]
    assert ctx.notes == []
