"""ClassVar members in protocols and implementations."""

from typing import ClassVar, Protocol


class WantsInstanceVar(Protocol):
    size: int


class WantsClassVar(Protocol):
    size: ClassVar[int]


class WantsReadOnly(Protocol):
    @property
    def size(self) -> int: ...


class InstanceVar:
    size: int = 0


class ClassVarImpl:
    size: ClassVar[int] = 0


class ClassVarStr:
    size: ClassVar[str] = ""


class PlainClassValue:
    size = 0


class InitOnly:
    def __init__(self) -> None:
        self.size = 0


class ClassVarBool:
    size: ClassVar[bool] = True


class PropImpl:
    @property
    def size(self) -> int:
        return 0


class WantsClassVarStrList(Protocol):
    names: ClassVar[list[str]]


class NamesClassVar:
    names: ClassVar[list[str]] = []


class NamesInstance:
    names: list[str] = []


case_instance_var_for_instance_var: WantsInstanceVar = InstanceVar()  # expect: pass
case_class_var_for_instance_var: WantsInstanceVar = ClassVarImpl()  # expect: fail
case_class_var_for_class_var: WantsClassVar = ClassVarImpl()  # expect: pass
case_instance_var_for_class_var: WantsClassVar = InstanceVar()  # expect: fail
case_plain_class_value_for_class_var: WantsClassVar = PlainClassValue()  # expect: fail
case_plain_class_value_for_instance_var: WantsInstanceVar = PlainClassValue()  # expect: pass
case_init_only_for_class_var: WantsClassVar = InitOnly()  # expect: fail
case_class_var_wrong_type: WantsClassVar = ClassVarStr()  # expect: fail
case_class_var_subtype_for_class_var: WantsClassVar = ClassVarBool()  # expect: fail
case_class_var_for_read_only_property: WantsReadOnly = ClassVarImpl()  # expect: pass
case_property_for_class_var: WantsClassVar = PropImpl()  # expect: fail
case_class_var_list_for_class_var: WantsClassVarStrList = NamesClassVar()  # expect: pass
case_instance_list_for_class_var: WantsClassVarStrList = NamesInstance()  # expect: fail
