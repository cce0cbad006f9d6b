"""Attribute and member shapes found by generated programs, labelled by mypy."""

from dataclasses import dataclass
from typing import ClassVar, Protocol

# --- Frozen dataclasses: a ClassVar is a class variable, only fields are read-only


class WantsSize(Protocol):
    size: int


class WantsClassSize(Protocol):
    size: ClassVar[int]


class WantsReadSize(Protocol):
    @property
    def size(self) -> int: ...


class WantsSettableSize(Protocol):
    @property
    def size(self) -> int: ...

    @size.setter
    def size(self, value: int) -> None: ...


class WantsObjectClassSize(Protocol):
    size: ClassVar[object]


@dataclass(frozen=True)
class FrozenClassVar:
    size: ClassVar[int] = 0
    label: str = ""


@dataclass(frozen=True)
class FrozenClassVarStr:
    size: ClassVar[str] = ""


@dataclass
class MutableClassVar:
    size: ClassVar[int] = 0


@dataclass(frozen=True)
class FrozenField:
    size: int = 0


@dataclass(frozen=True)
class FrozenChild(FrozenClassVar):
    extra: int = 0


class PlainOnFrozen(FrozenClassVar):
    pass


@dataclass(frozen=True)
class FrozenUnannotated:
    size = 0


case_frozen_classvar_for_classvar: WantsClassSize = FrozenClassVar()  # expect: pass
case_frozen_classvar_for_attribute: WantsSize = FrozenClassVar()  # expect: fail
case_frozen_classvar_for_property: WantsReadSize = FrozenClassVar()  # expect: pass
case_frozen_classvar_for_settable_property: WantsSettableSize = FrozenClassVar()  # expect: fail
case_frozen_classvar_for_object_classvar: WantsObjectClassSize = FrozenClassVar()  # expect: fail
case_frozen_classvar_str_for_classvar: WantsClassSize = FrozenClassVarStr()  # expect: fail
case_mutable_classvar_for_classvar: WantsClassSize = MutableClassVar()  # expect: pass
case_frozen_field_for_classvar: WantsClassSize = FrozenField()  # expect: fail
case_frozen_field_for_attribute: WantsSize = FrozenField()  # expect: fail
case_frozen_field_for_property: WantsReadSize = FrozenField()  # expect: pass
case_frozen_child_classvar_for_classvar: WantsClassSize = FrozenChild()  # expect: pass
case_plain_on_frozen_classvar_for_classvar: WantsClassSize = PlainOnFrozen()  # expect: pass
case_frozen_unannotated_for_classvar: WantsClassSize = FrozenUnannotated()  # expect: fail
case_frozen_unannotated_for_attribute: WantsSize = FrozenUnannotated()  # expect: pass
case_frozen_class_classvar_for_attribute: WantsSize = FrozenClassVar  # expect: pass
case_frozen_class_classvar_for_property: WantsReadSize = FrozenClassVar  # expect: pass
case_frozen_class_classvar_for_classvar: WantsClassSize = FrozenClassVar  # expect: fail
case_frozen_class_field_for_attribute: WantsSize = FrozenField  # expect: fail
case_frozen_class_field_for_property: WantsReadSize = FrozenField  # expect: fail
case_frozen_class_unannotated_for_attribute: WantsSize = FrozenUnannotated  # expect: pass
case_type_of_frozen_classvar: type[WantsClassSize] = FrozenClassVar  # expect: pass
case_type_of_frozen_field_for_classvar: type[WantsClassSize] = FrozenField  # expect: fail
