"""Shapes found in the plugins of real distributions: bare generic bases (traitlets-style
descriptors)."""

from typing import Any, Generic, Protocol, TypeVar, overload

G = TypeVar("G")
T = TypeVar("T")
S = TypeVar("S")

# --------------------------------------------------------------------------
# A bare generic base: the missing type arguments are Any
# --------------------------------------------------------------------------


class Trait(Generic[G]):
    @overload
    def __get__(self, obj: None, cls: Any) -> "Trait[G]": ...
    @overload
    def __get__(self, obj: object, cls: Any) -> G: ...
    def __get__(self, obj: object, cls: Any) -> Any: ...
    def __set__(self, obj: object, value: Any) -> None: ...


class Text(Trait):  # type: ignore[type-arg]
    pass


class TextOfStr(Trait[str]):
    pass


class IntTrait(Trait[int]):
    pass


class TextChild(Text):
    pass


class Exporter:
    ext = Text()


class ExporterOfStr:
    ext = TextOfStr()


class ExporterOfInt:
    ext = IntTrait()


class ExporterChild:
    ext = TextChild()


class ExporterBareTrait:
    ext = Trait()  # type: ignore[var-annotated]


class ExporterIntInstance:
    ext = Trait[int]()


class HasExt(Protocol):
    @property
    def ext(self) -> str: ...


class HasSettableExt(Protocol):
    ext: str


class HasIntExt(Protocol):
    @property
    def ext(self) -> int: ...


case_bare_descriptor_base_as_str: type[HasExt] = Exporter  # expect: pass
case_bare_descriptor_base_as_int: type[HasIntExt] = Exporter  # expect: pass
case_bare_descriptor_base_settable: type[HasSettableExt] = Exporter  # expect: pass
case_bare_descriptor_base_instance: HasExt = Exporter()  # expect: pass
case_bare_descriptor_grandchild: type[HasExt] = ExporterChild  # expect: pass
case_bare_descriptor_itself: type[HasExt] = ExporterBareTrait  # expect: pass
case_str_descriptor_base_as_str: type[HasExt] = ExporterOfStr  # expect: pass
case_str_descriptor_base_as_int: type[HasIntExt] = ExporterOfStr  # expect: fail
case_int_descriptor_base_as_str: type[HasExt] = ExporterOfInt  # expect: fail
case_int_descriptor_instance_as_str: type[HasExt] = ExporterIntInstance  # expect: fail
case_int_descriptor_instance_as_int: type[HasIntExt] = ExporterIntInstance  # expect: pass


class Box(Generic[T]):
    item: T

    def get(self) -> T: ...
    def put(self, item: T) -> None: ...


class BareBox(Box):  # type: ignore[type-arg]
    pass


class BareBoxChild(BareBox):
    pass


class IntBox(Box[int]):
    pass


class IntBoxChild(IntBox):
    pass


class GetsStr(Protocol):
    def get(self) -> str: ...


class PutsStr(Protocol):
    def put(self, item: str) -> None: ...


class ItemStr(Protocol):
    item: str


class ReadsItemStr(Protocol):
    @property
    def item(self) -> str: ...


case_bare_base_method_return: GetsStr = BareBox()  # expect: pass
case_bare_base_method_param: PutsStr = BareBox()  # expect: pass
case_bare_base_attribute: ItemStr = BareBox()  # expect: pass
case_bare_base_read_only_attribute: ReadsItemStr = BareBox()  # expect: pass
case_bare_base_class_object: type[GetsStr] = BareBox  # expect: pass
case_bare_base_nested_method: GetsStr = BareBoxChild()  # expect: pass
case_bare_base_nested_attribute: type[ItemStr] = BareBoxChild  # expect: pass
case_int_base_method_return: GetsStr = IntBox()  # expect: fail
case_int_base_method_param: PutsStr = IntBox()  # expect: fail
case_int_base_attribute: ItemStr = IntBox()  # expect: fail
case_int_base_nested_method: type[GetsStr] = IntBoxChild  # expect: fail


class Pair(Generic[T, S]):
    def first(self) -> T: ...
    def second(self) -> S: ...


class HalfPair(Pair[int, S]):
    pass


class BareHalfPair(HalfPair):  # type: ignore[type-arg]
    pass


class Relay(Generic[T], Box[T]):
    pass


class BareRelay(Relay):  # type: ignore[type-arg]
    pass


class RelayOfInt(Relay[int]):
    pass


class FirstStr(Protocol):
    def first(self) -> str: ...


class SecondStr(Protocol):
    def second(self) -> str: ...


case_partial_chain_bare_parameter: SecondStr = BareHalfPair()  # expect: pass
case_partial_chain_fixed_parameter: FirstStr = BareHalfPair()  # expect: fail
case_generic_relay_bare: GetsStr = BareRelay()  # expect: pass
case_generic_relay_int: GetsStr = RelayOfInt()  # expect: fail
case_generic_relay_bare_attribute: type[ItemStr] = BareRelay  # expect: pass


class HoldsBareBox:
    box: Box  # type: ignore[type-arg]

    def __init__(self) -> None:
        self.box = Box()


class HoldsIntBox:
    box: Box[int]

    def __init__(self) -> None:
        self.box = Box()


class HoldsBareTrait:
    ext: Trait  # type: ignore[type-arg]


class HasBoxOfStr(Protocol):
    @property
    def box(self) -> GetsStr: ...


class HoldsStrTrait:
    ext: Trait[str]


class HoldsStrTraitValue:
    ext: Trait[str] = Trait()


class HoldsBareBoxValue:
    box = Box()  # type: ignore[var-annotated]


class HoldsIntBoxValue:
    box = Box[int]()


case_bare_annotation_generic_instance: HasBoxOfStr = HoldsBareBox()  # expect: pass
case_int_annotation_generic_instance: HasBoxOfStr = HoldsIntBox()  # expect: fail
case_bare_annotation_descriptor: type[HasExt] = HoldsBareTrait  # expect: pass
case_str_annotation_descriptor: type[HasExt] = HoldsStrTrait  # expect: pass
case_str_annotation_descriptor_as_int: type[HasIntExt] = HoldsStrTrait  # expect: fail
case_str_annotation_descriptor_value: HasExt = HoldsStrTraitValue()  # expect: pass
case_str_annotation_descriptor_value_as_int: HasIntExt = HoldsStrTraitValue()  # expect: fail
case_bare_generic_instance_value: type[HasBoxOfStr] = HoldsBareBoxValue  # expect: pass
case_int_generic_instance_value: type[HasBoxOfStr] = HoldsIntBoxValue  # expect: fail


class Cell(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item: T = item


class BareCell(Cell):  # type: ignore[type-arg]
    pass


class IntCell(Cell[int]):
    pass


class MakesIntBox(Protocol):
    def make(self) -> Box[int]: ...


class TakesBareBox(Protocol):
    def take(self, box: BareBox) -> None: ...


class MakesBareBox:
    def make(self) -> BareBox: ...


class MakesBoxOfAny:
    def make(self) -> Box:  # type: ignore[type-arg]
        ...


class MakesStrBox:
    def make(self) -> Box[str]: ...


class TakesIntBox:
    def take(self, box: Box[int]) -> None: ...


class TakesStrBox:
    def take(self, box: IntBox) -> None: ...


case_bare_base_attribute_set_in_init: type[ItemStr] = BareCell  # expect: pass
case_int_base_attribute_set_in_init: type[ItemStr] = IntCell  # expect: fail
case_bare_subclass_returned_for_box: MakesIntBox = MakesBareBox()  # expect: pass
case_bare_box_returned_for_box: MakesIntBox = MakesBoxOfAny()  # expect: pass
case_str_box_returned_for_int_box: MakesIntBox = MakesStrBox()  # expect: fail
case_bare_subclass_passed_as_box: TakesBareBox = TakesIntBox()  # expect: pass
case_bare_subclass_passed_as_int_box: TakesBareBox = TakesStrBox()  # expect: fail


class BareList(list):  # type: ignore[type-arg]
    pass


class AppendsStr(Protocol):
    def append(self, item: str) -> None: ...


case_bare_builtin_base: AppendsStr = BareList()  # expect: pass
