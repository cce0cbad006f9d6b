"""`async def` against `def` and against awaitable-returning methods."""

from collections.abc import Awaitable, Coroutine, AsyncIterator
from typing import Any, Protocol


class AsyncFetch(Protocol):
    async def fetch(self, key: str) -> bytes: ...


class SyncFetch(Protocol):
    def fetch(self, key: str) -> bytes: ...


class AwaitableFetch(Protocol):
    def fetch(self, key: str) -> Awaitable[bytes]: ...


class CoroutineFetch(Protocol):
    def fetch(self, key: str) -> Coroutine[Any, Any, bytes]: ...


class AsyncIterFetch(Protocol):
    def fetch(self, key: str) -> AsyncIterator[bytes]: ...


class AsyncImpl:
    async def fetch(self, key: str) -> bytes:
        return b""


class SyncImpl:
    def fetch(self, key: str) -> bytes:
        return b""


class AsyncWrongReturn:
    async def fetch(self, key: str) -> str:
        return ""


class AsyncWrongParam:
    async def fetch(self, key: int) -> bytes:
        return b""


class ReturnsAwaitable:
    def fetch(self, key: str) -> Awaitable[bytes]:
        return AsyncImpl().fetch(key)


class ReturnsCoroutine:
    def fetch(self, key: str) -> Coroutine[Any, Any, bytes]:
        return AsyncImpl().fetch(key)


class AsyncGen:
    async def fetch(self, key: str) -> AsyncIterator[bytes]:
        yield b""


class AsyncBool:
    async def fetch(self, key: str) -> bool:
        return True


class AsyncUnannotated:
    async def fetch(self, key):
        return b""


class AsyncExtraDefault:
    async def fetch(self, key: str, timeout: float = 1.0) -> bytes:
        return b""


class AsyncAny:
    async def fetch(self, key: str) -> Any:
        return b""


async def fetch_fn(key: str) -> bytes:
    return b""


class AsyncCallable(Protocol):
    async def __call__(self, key: str) -> bytes: ...


class AsyncMemoryview:
    async def fetch(self, key: str) -> memoryview:
        return memoryview(b"")


case_async_for_async: AsyncFetch = AsyncImpl()  # expect: pass
case_sync_for_async: AsyncFetch = SyncImpl()  # expect: fail
case_async_for_sync: SyncFetch = AsyncImpl()  # expect: fail
case_sync_for_sync: SyncFetch = SyncImpl()  # expect: pass
case_async_wrong_return: AsyncFetch = AsyncWrongReturn()  # expect: fail
case_async_wrong_param: AsyncFetch = AsyncWrongParam()  # expect: fail
case_async_for_awaitable: AwaitableFetch = AsyncImpl()  # expect: pass
case_async_for_coroutine: CoroutineFetch = AsyncImpl()  # expect: pass
case_returns_awaitable_for_async: AsyncFetch = ReturnsAwaitable()  # expect: fail
case_returns_coroutine_for_async: AsyncFetch = ReturnsCoroutine()  # expect: pass
case_sync_for_awaitable: AwaitableFetch = SyncImpl()  # expect: fail
case_async_generator_for_async_iterator: AsyncIterFetch = AsyncGen()  # expect: pass
case_async_generator_for_async: AsyncFetch = AsyncGen()  # expect: fail
case_async_subtype_return: AsyncFetch = AsyncBool()  # expect: fail
case_async_unannotated: AsyncFetch = AsyncUnannotated()  # expect: pass
case_async_extra_default: AsyncFetch = AsyncExtraDefault()  # expect: pass
case_async_any_return: AsyncFetch = AsyncAny()  # expect: pass
case_async_function_for_async_call: AsyncCallable = fetch_fn  # expect: pass
case_async_subclass_return: AsyncFetch = AsyncMemoryview()  # expect: fail
