"""Annotation types: parameters contravariant, returns and attributes covariant, typing forms."""

from collections.abc import Callable, Iterable, Mapping, MutableSequence, Sequence
from typing import Any, Literal, Optional, Protocol, TypeVar, Union

T = TypeVar("T")
N = TypeVar("N", bound=int)
C = TypeVar("C", int, str)


class Animal:
    pass


class Dog(Animal):
    pass


class TakesDog(Protocol):
    def feed(self, pet: Dog) -> None: ...


class GivesAnimal(Protocol):
    def adopt(self) -> Animal: ...


class TakesInt(Protocol):
    def f(self, x: int) -> None: ...


class TakesFloat(Protocol):
    def f(self, x: float) -> None: ...


class TakesOptional(Protocol):
    def f(self, x: Optional[int]) -> None: ...


class TakesUnion(Protocol):
    def f(self, x: Union[int, str]) -> None: ...


class ReturnsOptional(Protocol):
    def g(self) -> Optional[int]: ...


class ReturnsInt(Protocol):
    def g(self) -> int: ...


class ReturnsNone(Protocol):
    def g(self) -> None: ...


class ReturnsObject(Protocol):
    def g(self) -> object: ...


class ReturnsLiteral(Protocol):
    def mode(self) -> Literal["r", "w"]: ...


class TakesLiteral(Protocol):
    def open(self, mode: Literal["r", "w"]) -> None: ...


class TakesList(Protocol):
    def f(self, xs: list[int]) -> None: ...


class TakesSequence(Protocol):
    def f(self, xs: Sequence[int]) -> None: ...


class ReturnsSequence(Protocol):
    def h(self) -> Sequence[int]: ...


class ReturnsList(Protocol):
    def h(self) -> list[int]: ...


class TakesMapping(Protocol):
    def f(self, m: Mapping[str, int]) -> None: ...


class TakesCallback(Protocol):
    def on(self, cb: Callable[[int], str]) -> None: ...


class ReturnsCallback(Protocol):
    def make(self) -> Callable[[int], str]: ...


class AttrSequence(Protocol):
    items: Sequence[int]


class AttrFloat(Protocol):
    value: float


class AttrTuple(Protocol):
    pair: tuple[int, str]


class AttrVarTuple(Protocol):
    values: tuple[int, ...]


class TakesIterableOfAnimals(Protocol):
    def f(self, xs: Iterable[Animal]) -> None: ...


class FeedAnimal:
    def feed(self, pet: Animal) -> None:
        pass


class FeedDog:
    def feed(self, pet: Dog) -> None:
        pass


class FeedObject:
    def feed(self, pet: object) -> None:
        pass


class FeedInt:
    def feed(self, pet: int) -> None:
        pass


class AdoptDog:
    def adopt(self) -> Dog:
        return Dog()


class AdoptAnimal:
    def adopt(self) -> Animal:
        return Animal()


class AdoptObject:
    def adopt(self) -> object:
        return object()


class AdoptOptionalDog:
    def adopt(self) -> Optional[Dog]:
        return None


class FInt:
    def f(self, x: int) -> None:
        pass


class FFloat:
    def f(self, x: float) -> None:
        pass


class FBool:
    def f(self, x: bool) -> None:
        pass


class FOptional:
    def f(self, x: Optional[int]) -> None:
        pass


class FUnion:
    def f(self, x: Union[int, str]) -> None:
        pass


class FObject:
    def f(self, x: object) -> None:
        pass


class FUnionPipe:
    def f(self, x: int | str | None) -> None:
        pass


class FStr:
    def f(self, x: str) -> None:
        pass


class FTypeVar:
    def f(self, x: T) -> None:
        pass


class FBoundTypeVar:
    def f(self, x: N) -> None:
        pass


class FConstrainedTypeVar:
    def f(self, x: C) -> None:
        pass


class GInt:
    def g(self) -> int:
        return 0


class GOptional:
    def g(self) -> Optional[int]:
        return None


class GNone:
    def g(self) -> None:
        pass


class GBool:
    def g(self) -> bool:
        return True


class GFloat:
    def g(self) -> float:
        return 0.0


class GAny:
    def g(self) -> Any:
        return 0


class GLiteral:
    def g(self) -> Literal[1]:
        return 1


class ModeR:
    def mode(self) -> Literal["r"]:
        return "r"


class ModeStr:
    def mode(self) -> str:
        return "r"


class ModeRWA:
    def mode(self) -> Literal["r", "w", "a"]:
        return "r"


class OpenStr:
    def open(self, mode: str) -> None:
        pass


class OpenR:
    def open(self, mode: Literal["r"]) -> None:
        pass


class OpenRWA:
    def open(self, mode: Literal["r", "w", "a"]) -> None:
        pass


class FList:
    def f(self, xs: list[int]) -> None:
        pass


class FSequence:
    def f(self, xs: Sequence[int]) -> None:
        pass


class FIterable:
    def f(self, xs: Iterable[int]) -> None:
        pass


class FListObject:
    def f(self, xs: list[object]) -> None:
        pass


class FMutableSequence:
    def f(self, xs: MutableSequence[int]) -> None:
        pass


class FSequenceBool:
    def f(self, xs: Sequence[bool]) -> None:
        pass


class FSequenceObject:
    def f(self, xs: Sequence[object]) -> None:
        pass


class HList:
    def h(self) -> list[int]:
        return []


class HSequence:
    def h(self) -> Sequence[int]:
        return []


class HTuple:
    def h(self) -> tuple[int, ...]:
        return ()


class HListBool:
    def h(self) -> list[bool]:
        return []


class HListStr:
    def h(self) -> list[str]:
        return []


class FDict:
    def f(self, m: dict[str, int]) -> None:
        pass


class FMappingObject:
    def f(self, m: Mapping[str, object]) -> None:
        pass


class FMappingAny:
    def f(self, m: Mapping[Any, Any]) -> None:
        pass


class OnObjectToStr:
    def on(self, cb: Callable[[object], str]) -> None:
        pass


class OnIntToObject:
    def on(self, cb: Callable[[int], object]) -> None:
        pass


class OnBoolToStr:
    def on(self, cb: Callable[[bool], str]) -> None:
        pass


class OnEllipsis:
    def on(self, cb: Callable[..., str]) -> None:
        pass


class MakeObjectToStr:
    def make(self) -> Callable[[object], str]:
        return str


class MakeIntToObject:
    def make(self) -> Callable[[int], object]:
        return str


class MakeNoArgs:
    def make(self) -> Callable[[], str]:
        return str


class ItemsList:
    items: list[int] = []


class ItemsTupleVar:
    items: tuple[int, ...] = ()


class ItemsListStr:
    items: list[str] = []


class ValueInt:
    value: int = 0


class ValueFloat:
    value: float = 0.0


class PairExact:
    pair: tuple[int, str] = (0, "")


class PairBoolStr:
    pair: tuple[bool, str] = (True, "")


class PairThree:
    pair: tuple[int, str, int] = (0, "", 0)


class ValuesFixed:
    values: tuple[int, int] = (0, 0)


class ValuesVar:
    values: tuple[int, ...] = ()


class FIterableDogs:
    def f(self, xs: Iterable[Dog]) -> None:
        pass


class FIterableObjects:
    def f(self, xs: Iterable[object]) -> None:
        pass


case_param_wider_class: TakesDog = FeedAnimal()  # expect: pass
case_param_same_class: TakesDog = FeedDog()  # expect: pass
case_param_object: TakesDog = FeedObject()  # expect: pass
case_param_unrelated: TakesDog = FeedInt()  # expect: fail
case_return_subclass: GivesAnimal = AdoptDog()  # expect: pass
case_return_same: GivesAnimal = AdoptAnimal()  # expect: pass
case_return_superclass: GivesAnimal = AdoptObject()  # expect: fail
case_return_optional_subclass: GivesAnimal = AdoptOptionalDog()  # expect: fail
case_int_param_for_int: TakesInt = FInt()  # expect: pass
case_float_param_for_int: TakesInt = FFloat()  # expect: pass
case_bool_param_for_int: TakesInt = FBool()  # expect: fail
case_int_param_for_float: TakesFloat = FInt()  # expect: fail
case_float_param_for_float: TakesFloat = FFloat()  # expect: pass
case_optional_param_for_int: TakesInt = FOptional()  # expect: pass
case_int_param_for_optional: TakesOptional = FInt()  # expect: fail
case_optional_param_for_optional: TakesOptional = FOptional()  # expect: pass
case_union_param_for_int: TakesInt = FUnion()  # expect: pass
case_int_param_for_union: TakesUnion = FInt()  # expect: fail
case_str_param_for_union: TakesUnion = FStr()  # expect: fail
case_union_param_for_union: TakesUnion = FUnion()  # expect: pass
case_pipe_union_param_for_union: TakesUnion = FUnionPipe()  # expect: pass
case_pipe_union_param_for_optional: TakesOptional = FUnionPipe()  # expect: pass
case_object_param_for_union: TakesUnion = FObject()  # expect: pass
case_typevar_param_for_int: TakesInt = FTypeVar()  # expect: pass
case_bound_typevar_param_for_int: TakesInt = FBoundTypeVar()  # expect: pass
case_bound_typevar_param_for_float: TakesFloat = FBoundTypeVar()  # expect: fail
case_constrained_typevar_param_for_int: TakesInt = FConstrainedTypeVar()  # expect: pass
case_constrained_typevar_param_for_union: TakesUnion = FConstrainedTypeVar()  # expect: fail
case_int_return_for_optional: ReturnsOptional = GInt()  # expect: pass
case_none_return_for_optional: ReturnsOptional = GNone()  # expect: pass
case_optional_return_for_int: ReturnsInt = GOptional()  # expect: fail
case_bool_return_for_int: ReturnsInt = GBool()  # expect: pass
case_float_return_for_int: ReturnsInt = GFloat()  # expect: fail
case_any_return_for_int: ReturnsInt = GAny()  # expect: pass
case_literal_return_for_int: ReturnsInt = GLiteral()  # expect: pass
case_none_return_for_none: ReturnsNone = GNone()  # expect: pass
case_int_return_for_none: ReturnsNone = GInt()  # expect: fail
case_int_return_for_object: ReturnsObject = GInt()  # expect: pass
case_none_return_for_object: ReturnsObject = GNone()  # expect: pass
case_literal_subset_return: ReturnsLiteral = ModeR()  # expect: pass
case_str_return_for_literal: ReturnsLiteral = ModeStr()  # expect: fail
case_literal_superset_return: ReturnsLiteral = ModeRWA()  # expect: fail
case_str_param_for_literal: TakesLiteral = OpenStr()  # expect: pass
case_literal_subset_param: TakesLiteral = OpenR()  # expect: fail
case_literal_superset_param: TakesLiteral = OpenRWA()  # expect: pass
case_list_param_for_list: TakesList = FList()  # expect: pass
case_sequence_param_for_list: TakesList = FSequence()  # expect: pass
case_iterable_param_for_list: TakesList = FIterable()  # expect: pass
case_list_object_param_for_list_int: TakesList = FListObject()  # expect: fail
case_list_param_for_sequence: TakesSequence = FList()  # expect: fail
case_iterable_param_for_sequence: TakesSequence = FIterable()  # expect: pass
case_mutable_sequence_param_for_sequence: TakesSequence = FMutableSequence()  # expect: fail
case_sequence_bool_param_for_sequence_int: TakesSequence = FSequenceBool()  # expect: fail
case_sequence_object_param_for_sequence_int: TakesSequence = FSequenceObject()  # expect: pass
case_list_return_for_sequence: ReturnsSequence = HList()  # expect: pass
case_tuple_return_for_sequence: ReturnsSequence = HTuple()  # expect: pass
case_list_bool_return_for_sequence_int: ReturnsSequence = HListBool()  # expect: pass
case_list_str_return_for_sequence_int: ReturnsSequence = HListStr()  # expect: fail
case_sequence_return_for_list: ReturnsList = HSequence()  # expect: fail
case_list_bool_return_for_list_int: ReturnsList = HListBool()  # expect: fail
case_dict_param_for_mapping: TakesMapping = FDict()  # expect: fail
case_mapping_object_param_for_mapping: TakesMapping = FMappingObject()  # expect: pass
case_mapping_any_param_for_mapping: TakesMapping = FMappingAny()  # expect: pass
case_callback_param_wider_arg: TakesCallback = OnObjectToStr()  # expect: fail
case_callback_param_wider_return: TakesCallback = OnIntToObject()  # expect: pass
case_callback_param_narrower_arg: TakesCallback = OnBoolToStr()  # expect: pass
case_callback_param_ellipsis: TakesCallback = OnEllipsis()  # expect: pass
case_callback_return_wider_arg: ReturnsCallback = MakeObjectToStr()  # expect: pass
case_callback_return_wider_return: ReturnsCallback = MakeIntToObject()  # expect: fail
case_callback_return_no_args: ReturnsCallback = MakeNoArgs()  # expect: fail
case_attr_list_for_sequence: AttrSequence = ItemsList()  # expect: fail
case_attr_tuple_for_sequence: AttrSequence = ItemsTupleVar()  # expect: fail
case_attr_list_str_for_sequence: AttrSequence = ItemsListStr()  # expect: fail
case_attr_int_for_float: AttrFloat = ValueInt()  # expect: fail
case_attr_float_for_float: AttrFloat = ValueFloat()  # expect: pass
case_attr_tuple_exact: AttrTuple = PairExact()  # expect: pass
case_attr_tuple_bool_for_int: AttrTuple = PairBoolStr()  # expect: fail
case_attr_tuple_too_long: AttrTuple = PairThree()  # expect: fail
case_attr_fixed_tuple_for_var_tuple: AttrVarTuple = ValuesFixed()  # expect: fail
case_attr_var_tuple_for_var_tuple: AttrVarTuple = ValuesVar()  # expect: pass
case_iterable_dogs_param_for_animals: TakesIterableOfAnimals = FIterableDogs()  # expect: fail
case_iterable_objects_param_for_animals: TakesIterableOfAnimals = FIterableObjects()  # expect: pass
