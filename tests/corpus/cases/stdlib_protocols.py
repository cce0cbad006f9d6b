"""Protocols from the standard library: typing.Supports*, and collections.abc ones typeshed declares as protocols."""

from collections.abc import Awaitable, Container, Generator, Hashable, Iterable, Iterator, Sized
from contextlib import AbstractContextManager
from types import TracebackType
from typing import Any, Optional, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt, SupportsRound


class IntLike:
    def __int__(self) -> int:
        return 0


class IntLikeUnannotated:
    def __int__(self):
        return 1


class IntLikeWrong:
    def __int__(self) -> str:
        return ""


class Length:
    def __len__(self) -> int:
        return 0


class LengthStr:
    def __len__(self) -> str:
        return ""


class Digits:
    def __iter__(self) -> Iterator[int]:
        return iter(range(3))


class Words:
    def __iter__(self) -> Iterator[str]:
        return iter("abc")


class Unhashable:
    __hash__ = None  # type: ignore[assignment]


class Holder:
    def __contains__(self, item: object) -> bool:
        return False


class Manager:
    def __enter__(self) -> "Manager":
        return self

    def __exit__(
        self,
        exc_type: Optional[type[BaseException]],
        exc: Optional[BaseException],
        tb: Optional[TracebackType],
    ) -> None:
        pass


class EnterOnly:
    def __enter__(self) -> "EnterOnly":
        return self


class Absolute:
    def __abs__(self) -> float:
        return 0.0


class Index:
    def __index__(self) -> int:
        return 0


class Rounds:
    def __round__(self, ndigits: Optional[int] = None) -> int:
        return 0


class Waiter:
    def __await__(self) -> Generator[Any, None, int]:
        yield
        return 0


class WaiterStr:
    def __await__(self) -> Generator[Any, None, str]:
        yield
        return ""


async def coro() -> int:
    return 0


_coroutine = coro()
_coroutine.close()  # never run, and never warned about


case_supports_int_class: SupportsInt = IntLike()  # expect: pass
case_supports_int_unannotated: SupportsInt = IntLikeUnannotated()  # expect: pass
case_supports_int_wrong_return: SupportsInt = IntLikeWrong()  # expect: fail
case_supports_int_float: SupportsInt = 1.5  # expect: pass
case_supports_int_str: SupportsInt = "no way"  # expect: fail
case_supports_int_missing: SupportsInt = Length()  # expect: fail
case_supports_float_int: SupportsFloat = 3  # expect: pass
case_supports_abs_float: SupportsAbs[float] = Absolute()  # expect: pass
case_supports_abs_int_for_float: SupportsAbs[int] = Absolute()  # expect: fail
case_supports_index_class: SupportsIndex = Index()  # expect: pass
case_supports_index_float: SupportsIndex = 1.0  # expect: fail
case_supports_round_int: SupportsRound[int] = Rounds()  # expect: pass
case_sized_class: Sized = Length()  # expect: pass
case_sized_tuple: Sized = (1, 2)  # expect: pass
case_sized_int: Sized = 1  # expect: fail
case_sized_wrong_return: Sized = LengthStr()  # expect: fail
case_iterable_int_class: Iterable[int] = Digits()  # expect: pass
case_iterable_int_words: Iterable[int] = Words()  # expect: fail
case_iterable_object_words: Iterable[object] = Words()  # expect: pass
case_iterable_int_list: Iterable[int] = [1, 2]  # expect: pass
case_hashable_class: Hashable = Length()  # expect: pass
case_hashable_unhashable: Hashable = Unhashable()  # expect: fail
case_hashable_list: Hashable = [1]  # expect: fail
case_container_class: Container[int] = Holder()  # expect: pass
case_container_missing: Container[int] = Length()  # expect: fail
case_context_manager_class: AbstractContextManager[Manager] = Manager()  # expect: pass
case_context_manager_enter_only: AbstractContextManager[EnterOnly] = EnterOnly()  # expect: fail
case_awaitable_coroutine: Awaitable[int] = _coroutine  # expect: pass
case_awaitable_class: Awaitable[int] = Waiter()  # expect: pass
case_awaitable_str_for_coroutine: Awaitable[str] = _coroutine  # expect: fail  # runtime-blind: a coroutine object does not expose its result type
case_awaitable_str_class: Awaitable[int] = WaiterStr()  # expect: fail
