"""Members found in unusual places: cached properties, instance dicts, slots, metaclasses."""

import functools
from typing import Any, Callable, ClassVar, Optional, Protocol, Type

from ._mods import module_final


class PValue(Protocol):
    value: int


class PValueRO(Protocol):
    @property
    def value(self) -> int: ...


class Cached:
    @functools.cached_property
    def value(self) -> int:
        return 0


class CachedStr:
    @functools.cached_property
    def value(self) -> str:
        return ""


case_cached_for_settable: PValue = Cached()  # expect: fail
case_cached_for_read_only: PValueRO = Cached()  # expect: pass
case_cached_str_for_read_only: PValueRO = CachedStr()  # expect: fail


class PRun(Protocol):
    def run(self, x: int) -> int: ...


class LambdaInInit:
    def __init__(self) -> None:
        self.run = lambda x: x


class NoneMethod:
    run = None


class NoneAnnotated:
    run: Optional[Callable[[int], int]] = None


class ClassAttr:
    run: ClassVar[Callable[[Any, int], int]]


case_lambda_in_instance_dict: PRun = LambdaInInit()  # expect: pass
case_none_for_method: PRun = NoneMethod()  # expect: fail
case_optional_callable_for_method: PRun = NoneAnnotated()  # expect: fail


class Slots:
    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 1


case_slots_unannotated: PValue = Slots()  # expect: pass


class Meta(type):
    value: int = 0

    def run(cls, x: int) -> int:
        return x


class WithMeta(metaclass=Meta):
    pass


case_metaclass_method_for_class_object: PRun = WithMeta  # expect: pass
case_metaclass_attribute_for_read_only: PValueRO = WithMeta  # expect: pass
case_metaclass_attribute_for_settable: PValue = WithMeta  # expect: pass


class PLimit(Protocol):
    LIMIT: int


class PLimitRO(Protocol):
    @property
    def LIMIT(self) -> int: ...


class PLabel(Protocol):
    label: str
    nothing: None


class PSub(Protocol):
    sub: int


case_module_final_for_settable: PLimit = module_final  # expect: pass
case_module_final_for_read_only: PLimitRO = module_final  # expect: pass
case_module_plain_values: PLabel = module_final  # expect: pass
case_module_submodule_attribute: PSub = module_final  # expect: pass


class PFactory(Protocol):
    maker: Type[Cached]


class HasFactory:
    maker = Cached


class HasOtherFactory:
    maker = CachedStr


case_class_valued_attribute: PFactory = HasFactory()  # expect: pass
case_other_class_valued_attribute: PFactory = HasOtherFactory()  # expect: fail


class PNested(Protocol):
    class Config:
        debug: bool


class WithConfig:
    class Config:
        debug: bool = False


class WithoutConfig:
    pass


case_nested_class_member: PNested = WithConfig()  # expect: fail
case_nested_class_missing: PNested = WithoutConfig()  # expect: fail


class AssignedLater:
    def start(self) -> None:
        self.value = 1


class ComputedLater:
    def start(self) -> None:
        self.value = int("1")


case_assigned_in_a_method_not_yet_run: PValue = AssignedLater()  # expect: pass
case_computed_in_a_method_not_yet_run: PValue = ComputedLater()  # expect: pass


class PGetattr(Protocol):
    def __getattr__(self, name: str) -> int: ...


class NoGetattr:
    value: int = 0


class WithGetattr:
    def __getattr__(self, name: str) -> int:
        return 0


case_getattr_member_missing: PGetattr = NoGetattr()  # expect: fail
case_getattr_member_present: PGetattr = WithGetattr()  # expect: pass
