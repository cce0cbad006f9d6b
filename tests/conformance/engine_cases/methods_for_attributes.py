"""Methods offered where the protocol declares a read-only attribute; overload shapes."""

from typing import Any, Callable, Protocol, overload


class PHasCode(Protocol):
    @property
    def __code__(self) -> Any: ...


class PHasFlag(Protocol):
    @property
    def flag(self) -> bool: ...


class PHandlerCode(Protocol):
    @property
    def handler(self) -> PHasCode: ...


class PHandlerFlag(Protocol):
    @property
    def handler(self) -> PHasFlag: ...


class PHandlerInt(Protocol):
    @property
    def handler(self) -> int: ...


class MethodHandler:
    def handler(self, x: int) -> int:
        return x


case_method_for_protocol_a_function_meets: PHandlerCode = MethodHandler()  # expect: pass
case_method_for_protocol_a_function_misses: PHandlerFlag = MethodHandler()  # expect: fail
case_method_for_int_attribute: PHandlerInt = MethodHandler()  # expect: fail


class PConvert(Protocol):
    def convert(self, x: int, y: str) -> object: ...


class OverloadsOfOtherShapes:
    @overload
    def convert(self, x: int) -> int: ...
    @overload
    def convert(self, x: int, y: str, z: bytes = ...) -> str: ...
    def convert(self, x: int, y: str = "", z: bytes = b"") -> object:
        return x


class OverloadsOfOneShape:
    @overload
    def convert(self, x: int, y: int) -> int: ...
    @overload
    def convert(self, x: str, y: str) -> str: ...
    def convert(self, x: object, y: object) -> object:
        return x


case_overload_of_another_shape_matches: PConvert = OverloadsOfOtherShapes()  # expect: pass
case_overloads_combined_match: PConvert = OverloadsOfOneShape()  # expect: pass


class OverloadsWithoutStr:
    @overload
    def convert(self, x: int, y: int) -> int: ...
    @overload
    def convert(self, x: str, y: int) -> str: ...
    def convert(self, x: object, y: object) -> object:
        return x


class OverloadsOfOneArgument:
    @overload
    def convert(self, x: int) -> int: ...
    @overload
    def convert(self, x: str) -> str: ...
    def convert(self, x: object) -> object:
        return x


case_overloads_combined_still_miss: PConvert = OverloadsWithoutStr()  # expect: fail
case_overloads_of_another_shape_miss: PConvert = OverloadsOfOneArgument()  # expect: fail


class OverloadsOfTwoShapes:
    @overload
    def convert(self, x: int) -> int: ...
    @overload
    def convert(self, x: int, y: int) -> int: ...
    def convert(self, x: int, y: int = 0) -> int:
        return x


case_overloads_of_two_shapes_miss: PConvert = OverloadsOfTwoShapes()  # expect: fail


class PDescriptor(Protocol):
    def __get__(self, instance: Any, owner: Any, /) -> Any: ...


def plain_function(x: int) -> int:
    return x


case_function_as_descriptor: PDescriptor = plain_function  # expect: pass


class PNamed(Protocol):
    name: str


class PNamedAged(Protocol):
    name: str
    age: int


class PHoldsNamed(Protocol):
    @property
    def item(self) -> PNamed: ...


class PHoldsNamedAged(Protocol):
    @property
    def item(self) -> PNamedAged: ...


class Person:
    name: str = "a"
    age: int = 1


class HoldsNamed:
    def __init__(self, item: PNamed) -> None:
        self.item: PNamed = item


class HoldsNamedAged:
    def __init__(self, item: PNamedAged) -> None:
        self.item: PNamedAged = item


case_protocol_typed_attribute_wider: PHoldsNamed = HoldsNamedAged(Person())  # expect: pass
case_protocol_typed_attribute_narrower: PHoldsNamedAged = HoldsNamed(Person())  # expect: fail


class PCallAttribute(Protocol):
    __call__: Callable[[int], int]


class PHandlerCallAttribute(Protocol):
    @property
    def handler(self) -> PCallAttribute: ...


case_method_for_call_attribute_protocol: PHandlerCallAttribute = MethodHandler()  # expect: fail
