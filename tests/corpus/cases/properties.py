"""Properties: read-only vs settable, against attributes and properties."""

from typing import Protocol


class ReadOnly(Protocol):
    @property
    def value(self) -> int: ...


class Settable(Protocol):
    value: int


class SettableProperty(Protocol):
    @property
    def value(self) -> int: ...

    @value.setter
    def value(self, new: int) -> None: ...


class Attr:
    value: int = 0


class InitAttr:
    def __init__(self) -> None:
        self.value = 0


class Prop:
    @property
    def value(self) -> int:
        return 0


class PropWithSetter:
    @property
    def value(self) -> int:
        return 0

    @value.setter
    def value(self, new: int) -> None:
        pass


class PropWrongType:
    @property
    def value(self) -> str:
        return ""


class PropSetterWrongType:
    @property
    def value(self) -> int:
        return 0

    @value.setter
    def value(self, new: str) -> None:
        pass


class PropSetterWider:
    @property
    def value(self) -> int:
        return 0

    @value.setter
    def value(self, new: object) -> None:
        pass


class PropBool:
    @property
    def value(self) -> bool:
        return True


class AttrBool:
    value: bool = True


class AttrObject:
    value: object = 0


class AttrStr:
    value: str = ""


class Method:
    def value(self) -> int:
        return 0


class PropUnannotated:
    @property
    def value(self):
        return 0


class Slotted:
    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 0


class PropDeleter:
    @property
    def value(self) -> int:
        return 0

    @value.setter
    def value(self, new: int) -> None:
        pass

    @value.deleter
    def value(self) -> None:
        pass


case_property_for_read_only: ReadOnly = Prop()  # expect: pass
case_attribute_for_read_only: ReadOnly = Attr()  # expect: pass
case_init_attribute_for_read_only: ReadOnly = InitAttr()  # expect: pass
case_settable_property_for_read_only: ReadOnly = PropWithSetter()  # expect: pass
case_read_only_property_for_settable: Settable = Prop()  # expect: fail
case_settable_property_for_settable: Settable = PropWithSetter()  # expect: pass
case_attribute_for_settable: Settable = Attr()  # expect: pass
case_property_wrong_type_for_read_only: ReadOnly = PropWrongType()  # expect: fail
case_property_subtype_for_read_only: ReadOnly = PropBool()  # expect: pass
case_attribute_subtype_for_read_only: ReadOnly = AttrBool()  # expect: pass
case_attribute_subtype_for_settable: Settable = AttrBool()  # expect: fail
case_property_subtype_for_settable: Settable = PropBool()  # expect: fail
case_attribute_supertype_for_settable: Settable = AttrObject()  # expect: fail
case_attribute_supertype_for_read_only: ReadOnly = AttrObject()  # expect: fail
case_attribute_wrong_type_for_settable: Settable = AttrStr()  # expect: fail
case_method_for_read_only: ReadOnly = Method()  # expect: fail
case_setter_wrong_type_for_settable: Settable = PropSetterWrongType()  # expect: fail
case_setter_wider_for_settable: Settable = PropSetterWider()  # expect: pass
case_read_only_for_settable_property: SettableProperty = Prop()  # expect: fail
case_settable_for_settable_property: SettableProperty = PropWithSetter()  # expect: pass
case_attribute_for_settable_property: SettableProperty = Attr()  # expect: pass
case_setter_wrong_for_settable_property: SettableProperty = PropSetterWrongType()  # expect: fail
case_unannotated_property_for_read_only: ReadOnly = PropUnannotated()  # expect: pass
case_slots_attribute_for_settable: Settable = Slotted()  # expect: pass
case_property_with_deleter_for_settable: Settable = PropDeleter()  # expect: pass
