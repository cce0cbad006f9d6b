"""Explicit subclasses of variant generic protocols, aliases in protocol bodies, generic setters."""

from typing import Protocol, TypeVar

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)


class PSource(Protocol[T_co]):
    def get(self) -> T_co: ...


class PSink(Protocol[T_contra]):
    def put(self, x: T_contra) -> None: ...


class IntSource(PSource[int]):
    def get(self) -> int:
        return 0


class IntSink(PSink[int]):
    def put(self, x: int) -> None: ...


case_nominal_covariant_wider: PSource[object] = IntSource()  # expect: pass
case_nominal_covariant_narrower: PSource[bool] = IntSource()  # expect: fail
case_nominal_contravariant_narrower: PSink[bool] = IntSink()  # expect: pass
case_nominal_contravariant_wider: PSink[object] = IntSink()  # expect: fail


class PAliased(Protocol):
    Alias = list[int]

    def run(self) -> int: ...


class Runs:
    def run(self) -> int:
        return 0


case_alias_in_protocol_is_no_member: PAliased = Runs()  # expect: pass


class PBoxProp(Protocol[T]):
    @property
    def value(self) -> T: ...
    @value.setter
    def value(self, v: T) -> None: ...


class IntBoxProp:
    @property
    def value(self) -> int:
        return 0

    @value.setter
    def value(self, v: int) -> None: ...


case_generic_setter_same: PBoxProp[int] = IntBoxProp()  # expect: pass
case_generic_setter_other: PBoxProp[str] = IntBoxProp()  # expect: fail


class PLooseSetter(Protocol):
    @property
    def value(self) -> int: ...
    @value.setter
    def value(self, v) -> None: ...


case_unannotated_protocol_setter: PLooseSetter = IntBoxProp()  # expect: pass
