"""Explicit ``self`` types: overloads filtered by the object's type, self-typed property getters."""

from typing import Generic, List, Protocol, TypeVar, overload

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
S = TypeVar("S")
SelfT = TypeVar("SelfT")


class Box(Generic[T]):
    @overload
    def get(self: "Box[int]", key: int) -> int: ...

    @overload
    def get(self: "Box[str]", key: str) -> str: ...

    def get(self, key: object) -> object:
        return key


class GetInt(Protocol):
    def get(self, key: int) -> int: ...


class GetStr(Protocol):
    def get(self, key: str) -> str: ...


class Getter(Protocol[T_co]):
    def get(self, key: int) -> T_co: ...


class Chain:
    @property
    def me(self: SelfT) -> SelfT:
        return self

    @property
    def all(self: SelfT) -> List[SelfT]:
        return [self]


class SubChain(Chain):
    pass


class HasMe(Protocol[T_co]):
    @property
    def me(self) -> T_co: ...


class HasAll(Protocol[T_co]):
    @property
    def all(self) -> List[T_co]: ...


class SelfMe(Protocol):
    @property
    def me(self: S) -> S: ...


class Fixed:
    @property
    def me(self) -> int:
        return 0


case_overload_self_int_for_int: GetInt = Box[int]()  # expect: pass
case_overload_self_int_for_str: GetStr = Box[int]()  # expect: fail
case_overload_self_str_for_str: GetStr = Box[str]()  # expect: pass
case_overload_self_str_for_int: GetInt = Box[str]()  # expect: fail
case_overload_self_generic_int: Getter[int] = Box[int]()  # expect: pass
case_overload_self_generic_str: Getter[str] = Box[int]()  # expect: fail
case_self_property_same: HasMe[Chain] = Chain()  # expect: pass
case_self_property_subclass: HasMe[SubChain] = SubChain()  # expect: pass
case_self_property_base_for_sub: HasMe[Chain] = SubChain()  # expect: pass
case_self_property_sub_for_base: HasMe[SubChain] = Chain()  # expect: fail
case_self_property_other: HasMe[int] = Chain()  # expect: fail
case_self_property_list: HasAll[Chain] = Chain()  # expect: pass
case_self_property_list_sub: HasAll[SubChain] = Chain()  # expect: fail
case_protocol_self_property_chain: SelfMe = Chain()  # expect: pass
case_protocol_self_property_fixed: SelfMe = Fixed()  # expect: fail
