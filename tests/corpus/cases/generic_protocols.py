"""Generic protocols with type arguments (`Box[int]`), variance, and generic implementations."""

from collections.abc import Iterator, Sequence
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
S = TypeVar("S")


class Box(Protocol[T]):
    content: T


class Source(Protocol[T_co]):
    def get(self) -> T_co: ...


class Sink(Protocol[T_contra]):
    def put(self, item: T_contra) -> None: ...


class Pair(Protocol[T, S]):
    first: T
    second: S


class Mapper(Protocol[T_contra, T_co]):
    def map(self, item: T_contra) -> T_co: ...


class ReadBox(Protocol[T_co]):
    @property
    def content(self) -> T_co: ...


class Iterates(Protocol[T_co]):
    def __iter__(self) -> Iterator[T_co]: ...


class IntBox:
    content: int = 0


class BoolBox:
    content: bool = True


class StrBox:
    content: str = ""


class AnyBox:
    content: Any = None


class GenericBox(Generic[T]):
    def __init__(self, content: T) -> None:
        self.content = content


class IntSource:
    def get(self) -> int:
        return 0


class BoolSource:
    def get(self) -> bool:
        return True


class ObjectSink:
    def put(self, item: object) -> None:
        pass


class IntSink:
    def put(self, item: int) -> None:
        pass


class BoolSink:
    def put(self, item: bool) -> None:
        pass


class IntStrPair:
    first: int = 0
    second: str = ""


class IntToStr:
    def map(self, item: int) -> str:
        return ""


class ObjectToBool:
    def map(self, item: object) -> bool:
        return True


class GenericSource(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class IdentityMapper:
    def map(self, item: T) -> T:
        return item


class Digits:
    def __iter__(self) -> Iterator[int]:
        return iter(range(10))


class ListSource:
    def get(self) -> list[int]:
        return []


# Explicit type arguments: the runtime sees them (`__orig_class__`), as mypy does.
int_box = GenericBox[int](1)
str_box = GenericBox[str]("a")
int_source = GenericSource[int](1)

case_box_int_with_int: Box[int] = IntBox()  # expect: pass
case_box_int_with_bool: Box[int] = BoolBox()  # expect: fail
case_box_int_with_str: Box[int] = StrBox()  # expect: fail
case_box_object_with_int: Box[object] = IntBox()  # expect: fail
case_box_int_with_any: Box[int] = AnyBox()  # expect: pass
case_box_str_with_any: Box[str] = AnyBox()  # expect: pass
case_box_unparameterised: Box = StrBox()  # expect: pass
case_box_any_with_str: Box[Any] = StrBox()  # expect: pass
case_box_generic_instance_int: Box[int] = int_box  # expect: pass
case_box_generic_instance_str_for_int: Box[int] = str_box  # expect: fail
case_read_box_object_with_int: ReadBox[object] = IntBox()  # expect: pass
case_read_box_int_with_bool: ReadBox[int] = BoolBox()  # expect: pass
case_read_box_str_with_int: ReadBox[str] = IntBox()  # expect: fail
case_source_int_with_int: Source[int] = IntSource()  # expect: pass
case_source_int_with_bool: Source[int] = BoolSource()  # expect: pass
case_source_bool_with_int: Source[bool] = IntSource()  # expect: fail
case_source_float_with_int: Source[float] = IntSource()  # expect: pass
case_source_object_with_list: Source[object] = ListSource()  # expect: pass
case_source_sequence_with_list: Source[Sequence[int]] = ListSource()  # expect: pass
case_source_list_str_with_list_int: Source[list[str]] = ListSource()  # expect: fail
case_source_generic_instance: Source[int] = int_source  # expect: pass
case_source_generic_instance_wrong: Source[str] = int_source  # expect: fail
case_sink_int_with_object: Sink[int] = ObjectSink()  # expect: pass
case_sink_int_with_int: Sink[int] = IntSink()  # expect: pass
case_sink_int_with_bool: Sink[int] = BoolSink()  # expect: fail
case_sink_bool_with_int: Sink[bool] = IntSink()  # expect: pass
case_sink_object_with_int: Sink[object] = IntSink()  # expect: fail
case_pair_matches: Pair[int, str] = IntStrPair()  # expect: pass
case_pair_swapped: Pair[str, int] = IntStrPair()  # expect: fail
case_pair_second_wrong: Pair[int, int] = IntStrPair()  # expect: fail
case_mapper_exact: Mapper[int, str] = IntToStr()  # expect: pass
case_mapper_wider: Mapper[int, object] = ObjectToBool()  # expect: pass
case_mapper_wrong_result: Mapper[int, bytes] = IntToStr()  # expect: fail
case_mapper_wrong_input: Mapper[str, str] = IntToStr()  # expect: fail
case_mapper_generic_method: Mapper[int, int] = IdentityMapper()  # expect: pass
case_mapper_generic_method_mismatch: Mapper[int, str] = IdentityMapper()  # expect: fail
case_iterates_int: Iterates[int] = Digits()  # expect: pass
case_iterates_str: Iterates[str] = Digits()  # expect: fail
case_iterates_list: Iterates[int] = [1, 2]  # expect: pass
case_iterates_str_builtin: Iterates[str] = "abc"  # expect: pass
case_iterates_bytes_as_str: Iterates[str] = b"abc"  # expect: fail
