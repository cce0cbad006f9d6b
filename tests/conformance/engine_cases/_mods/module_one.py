from typing import Final, TypeVar, Generic, ClassVar
T = TypeVar("T")
x: int = 1
y = "a"
z: Final = 3
def foo(a: int) -> str: return ""
def bar(a: int, b: str = "") -> str: return ""
async def aio(a: int) -> int: return a
class C:
    def __init__(self, a: int) -> None: pass
class G(Generic[T]):
    def __init__(self, a: T) -> None: pass
def gen(a: T) -> T: return a
