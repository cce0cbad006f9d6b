"""Descriptors read through ``__get__`` (overloads picked per access) and ``Final`` set in ``__init__``."""

from typing import Any, ClassVar, Optional, Protocol, Type, Union, overload

from typing_extensions import Final


class ODesc:
    @overload
    def __get__(self, instance: None, owner: Any) -> "ODesc": ...

    @overload
    def __get__(self, instance: object, owner: Any) -> int: ...

    def __get__(self, instance: Optional[object], owner: Any) -> Union["ODesc", int]:
        return self if instance is None else 0


class StrGet:
    def __get__(self, instance: Any, owner: Any) -> str:
        return ""


class SetStr:
    def __get__(self, instance: Any, owner: Any) -> int:
        return 0

    def __set__(self, instance: Any, value: str) -> None:
        pass


class PInt(Protocol):
    x: int


class PStr(Protocol):
    x: str


class PIntRO(Protocol):
    @property
    def x(self) -> int: ...


class PDesc(Protocol):
    x: ODesc


class PClassDesc(Protocol):
    x: ClassVar[ODesc]


class PBodyDesc(Protocol):
    x = ODesc()


class HasODesc:
    x = ODesc()


class DeclaredODesc:
    x: ODesc = ODesc()


class ClassVarODesc:
    x: ClassVar[ODesc] = ODesc()


class HasStrGet:
    x = StrGet()


class HasSetStr:
    x = SetStr()


class PlainInt:
    x: int = 0


class PlainClassInt:
    x: ClassVar[int] = 0


case_overloaded_get_instance_int: PInt = HasODesc()  # expect: pass
case_overloaded_get_instance_str: PStr = HasODesc()  # expect: fail
case_overloaded_get_instance_read_only: PIntRO = HasODesc()  # expect: pass
case_overloaded_get_instance_desc: PDesc = HasODesc()  # expect: fail
case_overloaded_get_class_int: PInt = HasODesc  # expect: fail
case_overloaded_get_class_desc: PDesc = HasODesc  # expect: pass
case_overloaded_get_type_int: Type[PInt] = HasODesc  # expect: pass
case_declared_descriptor_instance_int: PInt = DeclaredODesc()  # expect: pass
case_declared_descriptor_instance_desc: PDesc = DeclaredODesc()  # expect: fail
case_declared_descriptor_class_int: PInt = DeclaredODesc  # expect: fail
case_declared_descriptor_class_desc: PDesc = DeclaredODesc  # expect: fail
case_classvar_descriptor_instance_int: PInt = ClassVarODesc()  # expect: pass
case_classvar_descriptor_class_desc: PDesc = ClassVarODesc  # expect: fail
case_non_data_str_for_settable_int: PInt = HasStrGet()  # expect: fail
case_non_data_str_for_settable_str: PStr = HasStrGet()  # expect: pass
case_setter_of_other_type_for_settable: PInt = HasSetStr()  # expect: pass
case_protocol_classvar_desc_body_assignment: PClassDesc = HasODesc()  # expect: pass
case_protocol_classvar_desc_declared: PClassDesc = DeclaredODesc()  # expect: pass
case_protocol_classvar_desc_classvar: PClassDesc = ClassVarODesc()  # expect: pass
case_protocol_classvar_desc_plain_int: PClassDesc = PlainInt()  # expect: pass
case_protocol_classvar_desc_class_int: PClassDesc = PlainClassInt()  # expect: fail
case_protocol_classvar_desc_str: PClassDesc = HasStrGet()  # expect: fail
case_protocol_classvar_desc_class_object: PClassDesc = HasODesc  # expect: fail
case_protocol_classvar_desc_type: Type[PClassDesc] = HasODesc  # expect: pass
case_protocol_body_desc_instance: PBodyDesc = HasODesc()  # expect: pass
case_protocol_body_desc_plain_int: PBodyDesc = PlainInt()  # expect: pass
case_protocol_body_desc_str: PBodyDesc = HasStrGet()  # expect: fail


def make_value() -> int:
    return 0


class FinalLiteral:
    def __init__(self) -> None:
        self.x: Final = 1


class FinalDeclared:
    def __init__(self) -> None:
        self.x: Final[int] = make_value()


class FinalStr:
    def __init__(self) -> None:
        self.x: Final = "text"


class FinalCall:
    def __init__(self) -> None:
        self.x: Final = make_value()


class NotFinal:
    def __init__(self) -> None:
        self.x: int = 1


case_final_in_init_for_settable: PInt = FinalLiteral()  # expect: fail
case_final_in_init_for_read_only: PIntRO = FinalLiteral()  # expect: pass
case_final_declared_in_init_for_settable: PInt = FinalDeclared()  # expect: fail
case_final_declared_in_init_for_read_only: PIntRO = FinalDeclared()  # expect: pass
case_final_str_in_init_for_read_only: PIntRO = FinalStr()  # expect: fail
case_final_call_in_init_for_settable: PInt = FinalCall()  # expect: fail
case_final_call_in_init_for_read_only: PIntRO = FinalCall()  # expect: pass
case_not_final_in_init_for_settable: PInt = NotFinal()  # expect: pass
