"""Class objects used as values, and `type[P]`."""

from abc import ABC, abstractmethod
from typing import Any, ClassVar, Protocol


class Shape(Protocol):
    def area(self) -> float: ...


class Sized(Protocol):
    size: int


class SizedClassVar(Protocol):
    size: ClassVar[int]


class SizedReadOnly(Protocol):
    @property
    def size(self) -> int: ...


class Maker(Protocol):
    def make(self) -> int: ...


class MakerWithArg(Protocol):
    def make(self, obj: Any) -> int: ...


class Factory(Protocol):
    def __call__(self, side: float) -> Shape: ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side**2


class Circle:
    def __init__(self, radius: str) -> None:
        self.radius = radius

    def area(self) -> float:
        return 0.0


class Blob:
    pass


class IntArea:
    def area(self) -> int:
        return 0


class StrArea:
    def area(self) -> str:
        return ""


class AbstractShape(ABC):
    @abstractmethod
    def area(self) -> float: ...


class ConcreteShape(AbstractShape):
    def area(self) -> float:
        return 1.0


class ExplicitShape(Shape):
    def area(self) -> float:
        return 1.0


class SizeClassValue:
    size = 3


class SizeClassVar:
    size: ClassVar[int] = 3


class SizeClassVarStr:
    size: ClassVar[str] = ""


class SizeInstance:
    size: int


class SizeProperty:
    @property
    def size(self) -> int:
        return 0


class MakeInstanceMethod:
    def make(self) -> int:
        return 0


class MakeClassMethod:
    @classmethod
    def make(cls) -> int:
        return 0


class MakeStaticMethod:
    @staticmethod
    def make() -> int:
        return 0


class MakeClassMethodStr:
    @classmethod
    def make(cls) -> str:
        return ""


class MakeStaticTakesArg:
    @staticmethod
    def make(x: int) -> int:
        return 0


case_type_of_conforming_class: type[Shape] = Square  # expect: pass
case_type_of_class_with_int_area: type[Shape] = IntArea  # expect: pass
case_type_of_class_with_str_area: type[Shape] = StrArea  # expect: fail
case_type_of_class_without_area: type[Shape] = Blob  # expect: fail
case_type_of_protocol_itself: type[Shape] = Shape  # expect: fail
case_type_of_abstract_class: type[Shape] = AbstractShape  # expect: fail
case_type_of_concrete_subclass: type[Shape] = ConcreteShape  # expect: pass
case_type_of_explicit_subclass: type[Shape] = ExplicitShape  # expect: pass
case_type_of_attribute_protocol: type[Sized] = SizeInstance  # expect: pass
case_type_of_property_for_attribute: type[Sized] = SizeProperty  # expect: fail
case_instance_given_for_type: type[Shape] = Square(1.0)  # expect: fail
case_class_with_instance_method_for_protocol: Shape = Square  # expect: fail
case_class_object_class_value_attribute: Sized = SizeClassValue  # expect: pass
case_class_object_classvar_attribute: Sized = SizeClassVar  # expect: pass
case_class_object_classvar_wrong_type: Sized = SizeClassVarStr  # expect: fail
case_class_object_instance_attribute: Sized = SizeInstance  # expect: fail
case_class_object_for_classvar_member: SizedClassVar = SizeClassVar  # expect: fail
case_class_object_property_for_read_only: SizedReadOnly = SizeProperty  # expect: fail
case_class_object_classvar_for_read_only: SizedReadOnly = SizeClassVar  # expect: pass
case_class_object_instance_attr_for_read_only: SizedReadOnly = SizeInstance  # expect: fail
case_class_object_instance_method_unbound: Maker = MakeInstanceMethod  # expect: fail
case_class_object_instance_method_takes_obj: MakerWithArg = MakeInstanceMethod  # expect: pass
case_class_object_classmethod: Maker = MakeClassMethod  # expect: pass
case_class_object_staticmethod: Maker = MakeStaticMethod  # expect: pass
case_class_object_classmethod_wrong_return: Maker = MakeClassMethodStr  # expect: fail
case_class_object_staticmethod_takes_arg: Maker = MakeStaticTakesArg  # expect: fail
case_class_object_as_factory: Factory = Square  # expect: pass
case_class_object_factory_wrong_init: Factory = Circle  # expect: fail
case_class_object_factory_no_init_arg: Factory = Blob  # expect: fail
case_class_object_factory_product_wrong: Factory = SizeClassVar  # expect: fail
case_instance_for_factory: Factory = Square(2.0)  # expect: fail
