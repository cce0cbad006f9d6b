"""Signature shapes found by a random program generator, labelled by mypy.

One section per shape; each says which of mypy's rules it exercises.
"""

import collections.abc
from typing import (
    Any,
    Callable,
    ClassVar,
    Literal,
    Optional,
    Protocol,
    TypeVar,
    Union,
    overload,
)

# --------------------------------------------------------------------------- Callable attributes
# `Callable[[X], R]` with one parameter of any type (a union, a Literal, a generic) implements
# a method; an instance attribute is not bound.


class RunsItems(Protocol):
    def run(self, items: list[str]) -> int: ...


class RunsUnion(Protocol):
    def run(self, value: int) -> int: ...


class RunsLiteral(Protocol):
    def run(self, mode: Literal["a"]) -> int: ...


class RunsStr(Protocol):
    def run(self, mode: str) -> int: ...


class RunsWithDefault(Protocol):
    def run(self, items: list[str], limit: int = ...) -> int: ...


class RunsTwo(Protocol):
    def run(self, items: list[str], limit: int) -> int: ...


class RunsPositionalOnly(Protocol):
    def run(self, items: list[str], /) -> int: ...


class RunsKeywordOnly(Protocol):
    def run(self, *, items: list[str]) -> int: ...


class RunsAttribute(Protocol):
    run: Callable[[list[str]], int]


class RunsProperty(Protocol):
    @property
    def run(self) -> Callable[[list[str]], int]: ...


class AttrListStr:
    run: Callable[[list[str]], int]


class AttrAbcListStr:
    run: collections.abc.Callable[[list[str]], int]


class AttrListInt:
    run: Callable[[list[int]], int]


class AttrDict:
    run: Callable[[dict[str, list[str]]], int]


class AttrUnion:
    run: Callable[[Union[int, str]], int]


class AttrPipeUnion:
    run: Callable[[int | None], int]


class AttrOptional:
    run: Callable[[Optional[str]], int]


class AttrLiteral:
    run: Callable[[Literal["a", "b"]], int]


class AttrLiteralB:
    run: Callable[[Literal["b"]], int]


class AttrTwo:
    run: Callable[[list[str], int], int]


class AttrNoArgs:
    run: Callable[[], int]


class AttrEllipsis:
    run: Callable[..., int]


class AttrReturnsStr:
    run: Callable[[list[str]], str]


class AttrWithValue:
    run: Callable[[list[str]], int] = len


class MethodRun:
    def run(self, items: list[str]) -> int:
        return len(items)


case_attr_list_for_method: RunsItems = AttrListStr()  # expect: pass
case_attr_abc_callable_for_method: RunsItems = AttrAbcListStr()  # expect: pass
case_attr_list_int_for_method: RunsItems = AttrListInt()  # expect: fail
case_attr_dict_for_method: RunsItems = AttrDict()  # expect: fail
case_attr_returns_str_for_method: RunsItems = AttrReturnsStr()  # expect: fail
case_attr_no_args_for_method: RunsItems = AttrNoArgs()  # expect: fail
case_attr_ellipsis_for_method: RunsItems = AttrEllipsis()  # expect: pass
case_attr_with_value_for_method: RunsItems = AttrWithValue()  # expect: pass
case_attr_union_for_method: RunsUnion = AttrUnion()  # expect: pass
case_attr_pipe_union_for_method: RunsUnion = AttrPipeUnion()  # expect: pass
case_attr_optional_for_int_method: RunsUnion = AttrOptional()  # expect: fail
case_attr_optional_for_str_method: RunsStr = AttrOptional()  # expect: pass
case_attr_literal_for_literal_method: RunsLiteral = AttrLiteral()  # expect: pass
case_attr_literal_b_for_literal_method: RunsLiteral = AttrLiteralB()  # expect: fail
case_attr_literal_for_str_method: RunsStr = AttrLiteral()  # expect: fail
case_attr_two_for_default_method: RunsWithDefault = AttrTwo()  # expect: fail
case_attr_two_for_two_method: RunsTwo = AttrTwo()  # expect: pass
case_attr_one_for_two_method: RunsTwo = AttrListStr()  # expect: fail
case_attr_for_positional_only_method: RunsPositionalOnly = AttrListStr()  # expect: pass
case_attr_for_keyword_only_method: RunsKeywordOnly = AttrListStr()  # expect: fail
case_attr_for_attr: RunsAttribute = AttrListStr()  # expect: pass
case_method_for_attr: RunsAttribute = MethodRun()  # expect: fail
case_attr_for_property: RunsProperty = AttrListStr()  # expect: pass
case_attr_type_of: type[RunsItems] = AttrListStr  # expect: pass
case_attr_type_of_wrong: type[RunsItems] = AttrListInt  # expect: fail
case_attr_class_object: RunsItems = AttrListStr  # expect: pass
case_attr_class_object_wrong: RunsItems = AttrListInt  # expect: fail
