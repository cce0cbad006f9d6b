"""Overloaded members in protocols and in implementations."""

from typing import Any, Protocol, Union, overload


class Conv(Protocol):
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: str) -> str: ...


class Simple(Protocol):
    def conv(self, x: int) -> int: ...


class CallOverloaded(Protocol):
    @overload
    def __call__(self, x: int) -> int: ...
    @overload
    def __call__(self, x: str) -> str: ...


class UnionImpl:
    def conv(self, x: Union[int, str]) -> Any:
        return x


class UnionReturnImpl:
    def conv(self, x: Union[int, str]) -> Union[int, str]:
        return x


class NoneImpl:
    def conv(self, x: Union[int, str]) -> None:
        pass


class IntOnly:
    def conv(self, x: int) -> int:
        return x


class OverloadedImpl:
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: str) -> str: ...
    def conv(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OverloadedSwapped:
    @overload
    def conv(self, x: str) -> str: ...
    @overload
    def conv(self, x: int) -> int: ...
    def conv(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OverloadedBytes:
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: bytes) -> str: ...
    def conv(self, x: Union[int, bytes]) -> Union[int, str]:
        return 0


class OverloadedExtra:
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: str) -> str: ...
    @overload
    def conv(self, x: bytes) -> bytes: ...
    def conv(self, x: Union[int, str, bytes]) -> Union[int, str, bytes]:
        return x


class OverloadedWrongReturn:
    @overload
    def conv(self, x: int) -> str: ...
    @overload
    def conv(self, x: str) -> int: ...
    def conv(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OverloadedBoolFirst:
    @overload
    def conv(self, x: bool) -> bool: ...
    @overload
    def conv(self, x: int) -> int: ...
    @overload
    def conv(self, x: str) -> str: ...
    def conv(self, x: Union[int, str]) -> Union[int, str]:
        return x


class OverloadedNoInt:
    @overload
    def conv(self, x: str) -> str: ...
    @overload
    def conv(self, x: bytes) -> bytes: ...
    def conv(self, x: Union[str, bytes]) -> Union[str, bytes]:
        return x


class UnannotatedImpl:
    def conv(self, x):
        return x


@overload
def conv_fn(x: int) -> int: ...
@overload
def conv_fn(x: str) -> str: ...
def conv_fn(x: Union[int, str]) -> Union[int, str]:
    return x


def union_fn(x: Union[int, str]) -> Union[int, str]:
    return x


def any_fn(x: Union[int, str]) -> Any:
    return x


case_union_any_impl_for_overloads: Conv = UnionImpl()  # expect: pass
case_union_return_impl_for_overloads: Conv = UnionReturnImpl()  # expect: fail
case_none_return_impl_for_overloads: Conv = NoneImpl()  # expect: fail
case_int_only_impl_for_overloads: Conv = IntOnly()  # expect: fail
case_overloaded_impl_for_overloads: Conv = OverloadedImpl()  # expect: pass
case_overloaded_swapped_for_overloads: Conv = OverloadedSwapped()  # expect: fail
case_overloaded_bytes_for_overloads: Conv = OverloadedBytes()  # expect: fail
case_overloaded_extra_for_overloads: Conv = OverloadedExtra()  # expect: pass
case_overloaded_wrong_return: Conv = OverloadedWrongReturn()  # expect: fail
case_overloaded_bool_first: Conv = OverloadedBoolFirst()  # expect: fail
case_overloaded_for_simple: Simple = OverloadedImpl()  # expect: pass
case_overloaded_no_int_for_simple: Simple = OverloadedNoInt()  # expect: fail
case_overloaded_wrong_for_simple: Simple = OverloadedWrongReturn()  # expect: fail
case_unannotated_for_overloads: Conv = UnannotatedImpl()  # expect: pass
case_overloaded_function_for_call: CallOverloaded = conv_fn  # expect: pass
case_union_function_for_call: CallOverloaded = union_fn  # expect: fail
case_any_function_for_call: CallOverloaded = any_fn  # expect: pass
case_overloaded_instance_method_for_call: CallOverloaded = OverloadedImpl().conv  # expect: pass
