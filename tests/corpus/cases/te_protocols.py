"""Protocols (and helpers) from typing_extensions, which must work like typing's."""

from typing import ClassVar

from typing_extensions import Literal, Protocol, Self, TypeVar, overload, runtime_checkable

T_co = TypeVar("T_co", covariant=True)


class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class RuntimeCloser(Protocol):
    def close(self) -> None: ...


class Source(Protocol[T_co]):
    def get(self) -> T_co: ...


class Named(Protocol):
    name: str


class WithClassVar(Protocol):
    kind: ClassVar[str]


class Clone(Protocol):
    def clone(self) -> Self: ...


class Mode(Protocol):
    def mode(self) -> Literal["r", "w"]: ...


class Conv(Protocol):
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: str) -> str: ...


class ReadOnlyName(Protocol):
    @property
    def name(self) -> str: ...


class File:
    def close(self) -> None:
        pass


class NoClose:
    pass


class CloseTakesArg:
    def close(self, force: bool) -> None:
        pass


class IntSource:
    def get(self) -> int:
        return 0


class Person:
    name: str = ""


class PersonProp:
    @property
    def name(self) -> str:
        return ""


class Kind:
    kind: ClassVar[str] = "k"


class KindInstance:
    kind: str = "k"


class Cloner:
    def clone(self) -> Self:
        return self


class CloneOther:
    def clone(self) -> File:
        return File()


class ModeR:
    def mode(self) -> Literal["r"]:
        return "r"


class ModeStr:
    def mode(self) -> str:
        return "r"


class ConvImpl:
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: str) -> str: ...
    def conv(self, x: "int | str") -> "int | str":
        return x


case_te_method_present: Closer = File()  # expect: pass
case_te_method_missing: Closer = NoClose()  # expect: fail
case_te_method_wrong_arity: Closer = CloseTakesArg()  # expect: fail
case_te_runtime_checkable_present: RuntimeCloser = File()  # expect: pass
case_te_runtime_checkable_wrong_arity: RuntimeCloser = CloseTakesArg()  # expect: fail
case_te_generic_int: Source[int] = IntSource()  # expect: pass
case_te_generic_float: Source[float] = IntSource()  # expect: pass
case_te_generic_str: Source[str] = IntSource()  # expect: fail
case_te_attribute: Named = Person()  # expect: pass
case_te_attribute_property: Named = PersonProp()  # expect: fail
case_te_read_only_property: ReadOnlyName = Person()  # expect: pass
case_te_classvar: WithClassVar = Kind()  # expect: pass
case_te_classvar_instance: WithClassVar = KindInstance()  # expect: fail
case_te_self: Clone = Cloner()  # expect: pass
case_te_self_other: Clone = CloneOther()  # expect: fail
case_te_literal_subset: Mode = ModeR()  # expect: pass
case_te_literal_str: Mode = ModeStr()  # expect: fail
case_te_overloads: Conv = ConvImpl()  # expect: pass
case_te_overloads_missing: Conv = File()  # expect: fail
case_te_type_of_class: type[Closer] = File  # expect: pass
case_te_type_of_bad_class: type[Closer] = NoClose  # expect: fail
