"""Shapes found in the plugins of real distributions: bare generic bases (traitlets-style
descriptors), and attributes whose first definition in the MRO is not the annotated one."""

from collections.abc import Sequence
from typing import Any, Callable, ClassVar, Generic, Optional, Protocol, TypeVar, overload

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
case_bare_generic_class_instance: GetsStr = Box()  # expect: pass
case_int_generic_class_instance: GetsStr = Box[int]()  # expect: fail
case_bare_base_class_object_method: type[PutsStr] = BareBoxChild  # expect: pass


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

# --------------------------------------------------------------------------
# The first definition in the MRO gives the type
# --------------------------------------------------------------------------


class Options(Protocol):
    opts: ClassVar[list[tuple[str, Optional[str]]]]


class InstanceOptions(Protocol):
    opts: list[tuple[str, Optional[str]]]


class ReadOptions(Protocol):
    @property
    def opts(self) -> Sequence[tuple[str, Optional[str]]]: ...


class BaseCommand:
    opts: ClassVar[list[tuple[str, Optional[str]]]] = []


class OptionsMixin:
    opts = [("a", "b")]


class Command(OptionsMixin, BaseCommand):  # type: ignore[misc]
    pass


class CommandBaseFirst(BaseCommand, OptionsMixin):  # type: ignore[misc]
    pass


class SubCommand(BaseCommand):
    opts = [("a", "b")]


class SubSubCommand(SubCommand):
    pass


class SubCommandNoneOption(BaseCommand):
    opts = [("a", None)]


case_unannotated_mixin_before_classvar: type[Options] = Command  # expect: fail
case_unannotated_mixin_instance: Options = Command()  # expect: fail
case_unannotated_mixin_as_instance_var: type[InstanceOptions] = Command  # expect: fail
case_unannotated_mixin_read_only: type[ReadOptions] = Command  # expect: pass
case_classvar_base_before_mixin: type[Options] = CommandBaseFirst  # expect: pass
case_assigned_in_subclass_of_declaring_base: type[Options] = SubCommand  # expect: pass
case_assigned_in_subclass_inherited: type[Options] = SubSubCommand  # expect: pass
case_assigned_in_subclass_keeps_classvar: type[InstanceOptions] = SubCommand  # expect: fail
case_assigned_in_subclass_none_option: type[Options] = SubCommandNoneOption  # expect: pass


class ReadsExactOptions(Protocol):
    @property
    def opts(self) -> list[tuple[str, Optional[str]]]: ...


case_class_object_mixin_value_first: ReadsExactOptions = Command  # expect: fail
case_class_object_base_first: ReadsExactOptions = CommandBaseFirst  # expect: pass
case_class_object_subclass_of_declaring_base: ReadsExactOptions = SubCommand  # expect: pass


class WantsInt(Protocol):
    x: int


class WantsOptionalInt(Protocol):
    x: Optional[int]


class WantsIntClassVar(Protocol):
    x: ClassVar[int]


class DeclaresInt:
    x: int = 0


class AssignsStr:
    x = "s"


class DeclaresOnly:
    x: int


class StrBeforeInt(AssignsStr, DeclaresInt):  # type: ignore[misc]
    pass


class IntBeforeStr(DeclaresInt, AssignsStr):  # type: ignore[misc]
    pass


class DeclarationBeforeValue(DeclaresOnly, AssignsStr):  # type: ignore[misc]
    pass


class DeclaresOptional:
    x: Optional[int] = None


class DeclaresClassVar:
    x: ClassVar[Optional[int]] = None


class AssignsIntOverOptional(DeclaresOptional):
    x = 1


class AssignsIntOverClassVar(DeclaresClassVar):
    x = 1


class AssignsInt:
    x = 1


class IntBeforeOptional(AssignsInt, DeclaresOptional):  # type: ignore[misc]
    pass


case_value_before_declaration: type[WantsInt] = StrBeforeInt  # expect: fail
case_declaration_before_value: type[WantsInt] = IntBeforeStr  # expect: pass
case_annotation_only_before_value: type[WantsInt] = DeclarationBeforeValue  # expect: pass
case_subclass_value_typed_by_value: type[WantsOptionalInt] = AssignsIntOverOptional  # expect: fail
case_subclass_value_as_int: type[WantsInt] = AssignsIntOverOptional  # expect: pass
case_subclass_value_keeps_classvar: type[WantsIntClassVar] = AssignsIntOverClassVar  # expect: pass
case_subclass_classvar_not_instance_var: type[WantsInt] = AssignsIntOverClassVar  # expect: fail
case_unrelated_value_before_optional: type[WantsOptionalInt] = IntBeforeOptional  # expect: fail
case_unrelated_value_before_optional_as_int: type[WantsInt] = IntBeforeOptional  # expect: pass


class DeclaresContainers:
    names: Sequence[str] = ()
    slots: list[Optional[str]] = []
    pair: tuple[str, Optional[str]] = ("a", None)
    table: dict[str, object] = {}


class AssignsContainers(DeclaresContainers):
    names = ["a"]
    slots = ["a"]
    pair = ("a", "b")
    table = {"a": 1}


class WantsNamesList(Protocol):
    names: list[str]


class WantsSlots(Protocol):
    slots: list[Optional[str]]


class WantsStrSlots(Protocol):
    slots: list[str]


class WantsPairOfStr(Protocol):
    pair: tuple[str, str]


class WantsTable(Protocol):
    table: dict[str, object]


case_subclass_list_over_sequence: type[WantsNamesList] = AssignsContainers  # expect: pass
case_subclass_list_takes_declared_type: type[WantsSlots] = AssignsContainers  # expect: pass
case_subclass_list_not_its_own_type: type[WantsStrSlots] = AssignsContainers  # expect: fail
case_subclass_tuple_by_items: type[WantsPairOfStr] = AssignsContainers  # expect: pass
case_subclass_dict_takes_declared_type: type[WantsTable] = AssignsContainers  # expect: pass


class Runs(Protocol):
    def run(self, x: int) -> int: ...


class DeclaresRun:
    run: Callable[[int], int]


class DefinesRun:
    def run(self, x: str) -> str:
        return x


class DeclaredRunFirst(DeclaresRun, DefinesRun):  # type: ignore[misc]
    pass


class MethodRunFirst(DefinesRun, DeclaresRun):  # type: ignore[misc]
    pass


case_declared_callable_before_method: type[Runs] = DeclaredRunFirst  # expect: pass
case_method_before_declared_callable: type[Runs] = MethodRunFirst  # expect: fail


class Named(Protocol):
    @property
    def name(self) -> str: ...


class NamedSettable(Protocol):
    name: str


class NameProperty:
    @property
    def name(self) -> str:
        return ""


class NameValue:
    name = 1


class NameDeclared:
    name: int


class NameStr:
    name = "s"


class ValueBeforeProperty(NameValue, NameProperty):  # type: ignore[misc]
    pass


class DeclarationBeforeProperty(NameDeclared, NameProperty):  # type: ignore[misc]
    pass


class PropertyBeforeValue(NameProperty, NameValue):  # type: ignore[misc]
    pass


class StrValueBeforeProperty(NameStr, NameProperty):
    pass


case_value_before_property: type[Named] = ValueBeforeProperty  # expect: fail
case_declaration_before_property: type[Named] = DeclarationBeforeProperty  # expect: fail
case_property_before_value: type[Named] = PropertyBeforeValue  # expect: pass
case_str_value_before_property: type[Named] = StrValueBeforeProperty  # expect: pass
case_str_value_before_property_set: type[NamedSettable] = StrValueBeforeProperty  # expect: pass
case_property_before_value_settable: type[NamedSettable] = PropertyBeforeValue  # expect: fail
case_class_object_declared_callable_first: Runs = DeclaredRunFirst  # expect: pass
case_class_object_method_first: Runs = MethodRunFirst  # expect: fail
case_class_object_value_before_property: Named = ValueBeforeProperty  # expect: fail
case_class_object_str_value_before_property: Named = StrValueBeforeProperty  # expect: pass


class WantsStr(Protocol):
    x: str


class AssignsInInit:
    def __init__(self) -> None:
        self.opts = [("a", "b")]
        self.x = "s"


class InitMixinBeforeBase(AssignsInInit, BaseCommand, DeclaresInt):  # type: ignore[misc]
    pass


class BaseBeforeInitMixin(BaseCommand, DeclaresInt, AssignsInInit):  # type: ignore[misc]
    pass


class AssignsUnderDeclaration(DeclaresInt):
    def __init__(self) -> None:
        self.x = 3


case_init_assignment_before_classvar: type[Options] = InitMixinBeforeBase  # expect: fail
case_init_assignment_before_int: type[WantsInt] = InitMixinBeforeBase  # expect: fail
case_init_assignment_before_int_as_str: type[WantsStr] = InitMixinBeforeBase  # expect: pass
case_init_assignment_instance_as_str: WantsStr = InitMixinBeforeBase()  # expect: pass
case_classvar_before_init_assignment: type[Options] = BaseBeforeInitMixin  # expect: pass
case_int_before_init_assignment: type[WantsInt] = BaseBeforeInitMixin  # expect: pass
case_init_assignment_under_declaration: type[WantsInt] = AssignsUnderDeclaration  # expect: pass
