"""What typeshed declares about standard classes that the runtime does not show.

mypy judges standard classes by their typeshed stubs, not by runtime ABC
registration: ``list`` *is* a ``Sequence`` (typeshed declares the base), while
``int`` is *not* a ``numbers.Number`` (only registered at runtime). The tables
below copy, from typeshed as bundled with mypy 2.x, the type parameters (with
their variance) and the declared generic bases of the standard classes that
annotations commonly name, and which of them are protocols.

For the ``collections.abc`` protocols, whose runtime classes carry no
annotated members, small mirror protocols with typeshed's member signatures
stand in for the structural check.
"""

from __future__ import annotations

import collections
import collections.abc as cabc
import contextlib
import os
import types
import typing
from collections.abc import Generator, Iterator
from types import TracebackType
from typing import Any, Protocol, SupportsIndex, TypeVar

import typing_extensions

__all__ = [
    "BUFFER",
    "BUILTIN_RETURNS",
    "C_ATTRIBUTES",
    "FUNCTION_ATTRIBUTES",
    "MIRRORS",
    "MODULE_VARIABLES",
    "PROMOTIONS",
    "STDLIB",
    "STDLIB_PROTOCOLS",
    "TYPESHED_ONLY",
    "TYPE_ATTRIBUTES",
    "builtin_hints",
    "builtin_stubs",
]

_T = TypeVar("_T")
_S = TypeVar("_S")
_T_co = TypeVar("_T_co", covariant=True)
_KT = TypeVar("_KT")
_VT = TypeVar("_VT")
_KT_co = TypeVar("_KT_co", covariant=True)
_VT_co = TypeVar("_VT_co", covariant=True)
_Y_co = TypeVar("_Y_co", covariant=True)
_S_contra = TypeVar("_S_contra", contravariant=True)
_R_co = TypeVar("_R_co", covariant=True)
_X_co = TypeVar("_X_co", covariant=True)

# class -> (type parameters, declared bases). Bases are runtime annotation
# objects written with the class's own parameters.
# Untyped handles: the bases below are runtime values written with type variables.
_abc: Any = cabc
_tuple: Any = tuple
_dict: Any = dict

STDLIB: dict[type, tuple[tuple[Any, ...], tuple[Any, ...]]] = {
    object: ((), ()),
    cabc.Hashable: ((), ()),
    cabc.Sized: ((), ()),
    cabc.Iterable: ((_T_co,), ()),
    cabc.Iterator: ((_T_co,), (_abc.Iterable[_T_co],)),
    cabc.Reversible: ((_T_co,), (_abc.Iterable[_T_co],)),
    cabc.Generator: ((_Y_co, _S_contra, _R_co), (_abc.Iterator[_Y_co],)),
    cabc.Awaitable: ((_T_co,), ()),
    cabc.Coroutine: ((_Y_co, _S_contra, _R_co), (_abc.Awaitable[_R_co],)),
    cabc.AsyncIterable: ((_T_co,), ()),
    cabc.AsyncIterator: ((_T_co,), (_abc.AsyncIterable[_T_co],)),
    cabc.AsyncGenerator: ((_Y_co, _S_contra), (_abc.AsyncIterator[_Y_co],)),
    cabc.Container: ((_T_co,), ()),
    cabc.Collection: ((_T_co,), (_abc.Iterable[_T_co], _abc.Container[_T_co])),
    cabc.Sequence: ((_T_co,), (_abc.Reversible[_T_co], _abc.Collection[_T_co])),
    cabc.MutableSequence: ((_T,), (_abc.Sequence[_T],)),
    cabc.Set: ((_T_co,), (_abc.Collection[_T_co],)),
    cabc.MutableSet: ((_T,), (_abc.Set[_T],)),
    cabc.MappingView: ((), (_abc.Sized,)),
    cabc.ItemsView: (
        (_KT_co, _VT_co),
        (_abc.MappingView, _abc.Set[_tuple[_KT_co, _VT_co]]),
    ),
    cabc.KeysView: ((_KT_co,), (_abc.MappingView, _abc.Set[_KT_co])),
    cabc.ValuesView: ((_VT_co,), (_abc.MappingView, _abc.Collection[_VT_co])),
    cabc.Mapping: ((_KT, _VT_co), (_abc.Collection[_KT],)),
    cabc.MutableMapping: ((_KT, _VT), (_abc.Mapping[_KT, _VT],)),
    contextlib.AbstractContextManager: ((_T_co, _X_co), ()),
    contextlib.AbstractAsyncContextManager: ((_T_co, _X_co), ()),
    str: ((), (_abc.Sequence[str],)),
    bytes: ((), (_abc.Sequence[int],)),
    bytearray: ((), (_abc.MutableSequence[int],)),
    memoryview: ((), (_abc.Sequence[int],)),
    range: ((), (_abc.Sequence[int],)),
    tuple: ((_T_co,), (_abc.Sequence[_T_co],)),
    list: ((_T,), (_abc.MutableSequence[_T],)),
    dict: ((_KT, _VT), (_abc.MutableMapping[_KT, _VT],)),
    set: ((_T,), (_abc.MutableSet[_T],)),
    frozenset: ((_T_co,), (_abc.Set[_T_co],)),
    enumerate: ((_T,), (_abc.Iterator[_tuple[int, _T]],)),
    reversed: ((_T_co,), (_abc.Iterator[_T_co],)),
    zip: ((_T_co,), (_abc.Iterator[_T_co],)),
    map: ((_S,), (_abc.Iterator[_S],)),
    filter: ((_T,), (_abc.Iterator[_T],)),
    collections.deque: ((_T,), (_abc.MutableSequence[_T],)),
    collections.defaultdict: ((_KT, _VT), (_dict[_KT, _VT],)),
    collections.OrderedDict: ((_KT, _VT), (_dict[_KT, _VT],)),
    collections.Counter: ((_T,), (_dict[_T, int],)),
    collections.ChainMap: ((_KT, _VT), (_abc.MutableMapping[_KT, _VT],)),
}

# Standard classes typeshed declares as protocols (runtime: plain ABCs).
_PROTOCOLS: set[type] = set(
    {
        cabc.Hashable,
        cabc.Sized,
        cabc.Iterable,
        cabc.Iterator,
        cabc.Reversible,
        cabc.Generator,
        cabc.Awaitable,
        cabc.Coroutine,
        cabc.AsyncIterable,
        cabc.AsyncIterator,
        cabc.AsyncGenerator,
        cabc.Container,
        cabc.Collection,
        contextlib.AbstractContextManager,
        contextlib.AbstractAsyncContextManager,
    }
)

# mypy's hard-wired promotions (bytearray/memoryview -> bytes are off: strict bytes).
PROMOTIONS: dict[type, type] = {int: float, float: complex}


class _Hashable(Protocol):
    def __hash__(self) -> int: ...


class _Sized(Protocol):
    def __len__(self) -> int: ...


class _Iterable(Protocol[_T_co]):
    def __iter__(self) -> Iterator[_T_co]: ...


class _Iterator(Protocol[_T_co]):
    def __next__(self) -> _T_co: ...
    def __iter__(self) -> Iterator[_T_co]: ...


class _Reversible(Protocol[_T_co]):
    def __iter__(self) -> Iterator[_T_co]: ...
    def __reversed__(self) -> Iterator[_T_co]: ...


class _Container(Protocol[_T_co]):
    def __contains__(self, x: object, /) -> bool: ...


class _Collection(Protocol[_T_co]):
    def __iter__(self) -> Iterator[_T_co]: ...
    def __contains__(self, x: object, /) -> bool: ...
    def __len__(self) -> int: ...


class _Awaitable(Protocol[_T_co]):
    def __await__(self) -> Generator[Any, Any, _T_co]: ...


class _AsyncIterable(Protocol[_T_co]):
    def __aiter__(self) -> cabc.AsyncIterator[_T_co]: ...


class _AsyncIterator(Protocol[_T_co]):
    def __aiter__(self) -> cabc.AsyncIterator[_T_co]: ...
    def __anext__(self) -> cabc.Awaitable[_T_co]: ...


class _Generator(Protocol[_Y_co, _S_contra, _R_co]):
    def __iter__(self) -> Generator[_Y_co, _S_contra, _R_co]: ...
    def __next__(self) -> _Y_co: ...
    def send(self, value: _S_contra, /) -> _Y_co: ...
    def throw(
        self,
        typ: Any,
        val: Any = None,
        tb: TracebackType | None = None,
        /,
    ) -> _Y_co: ...
    def close(self) -> Any: ...


class _Coroutine(Protocol[_Y_co, _S_contra, _R_co]):
    def __await__(self) -> Generator[Any, Any, _R_co]: ...
    def send(self, value: _S_contra, /) -> _Y_co: ...
    def throw(
        self,
        typ: Any,
        val: Any = None,
        tb: TracebackType | None = None,
        /,
    ) -> _Y_co: ...
    def close(self) -> None: ...


class _AsyncGenerator(Protocol[_Y_co, _S_contra]):
    def __aiter__(self) -> cabc.AsyncIterator[_Y_co]: ...
    def __anext__(self) -> cabc.Coroutine[Any, Any, _Y_co]: ...
    def asend(self, value: _S_contra, /) -> cabc.Coroutine[Any, Any, _Y_co]: ...
    def athrow(
        self,
        typ: Any,
        val: Any = None,
        tb: TracebackType | None = None,
        /,
    ) -> cabc.Coroutine[Any, Any, _Y_co]: ...
    def aclose(self) -> cabc.Coroutine[Any, Any, None]: ...


class _AbstractContextManager(Protocol[_T_co, _X_co]):
    def __enter__(self) -> _T_co: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
        /,
    ) -> _X_co: ...


class _AbstractAsyncContextManager(Protocol[_T_co, _X_co]):
    async def __aenter__(self) -> _T_co: ...
    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
        /,
    ) -> _X_co: ...


class _Buffer(Protocol):
    def __buffer__(self, flags: int, /) -> memoryview: ...


# Standard protocol class -> its mirror, for structural checks.
MIRRORS: dict[type, type] = {
    cabc.Hashable: _Hashable,
    cabc.Sized: _Sized,
    cabc.Iterable: _Iterable,
    cabc.Iterator: _Iterator,
    cabc.Reversible: _Reversible,
    cabc.Container: _Container,
    cabc.Collection: _Collection,
    cabc.Awaitable: _Awaitable,
    cabc.AsyncIterable: _AsyncIterable,
    cabc.AsyncIterator: _AsyncIterator,
    cabc.Generator: _Generator,
    cabc.Coroutine: _Coroutine,
    cabc.AsyncGenerator: _AsyncGenerator,
    contextlib.AbstractContextManager: _AbstractContextManager,
    contextlib.AbstractAsyncContextManager: _AbstractAsyncContextManager,
}

for _standard, _mirror in MIRRORS.items():
    # Messages name the standard protocol, not the mirror.
    _mirror.__name__ = _mirror.__qualname__ = _standard.__name__

# typing_extensions.Buffer is collections.abc.Buffer where that exists.
BUFFER: type = typing_extensions.Buffer
STDLIB[BUFFER] = ((), ())
MIRRORS[BUFFER] = _Buffer
_PROTOCOLS.add(BUFFER)
STDLIB_PROTOCOLS: frozenset[type] = frozenset(_PROTOCOLS)
_Buffer.__name__ = _Buffer.__qualname__ = "Buffer"


def _returns(names: str, annotation: object) -> dict[str, object]:
    return dict.fromkeys(names.split(), annotation)


_OBJECT_RETURNS = {
    **_returns("__hash__ __sizeof__", int),
    **_returns("__str__ __repr__ __format__", str),
}
_INT_UNARY = "__abs__ __neg__ __pos__ __invert__ __int__ __index__ __trunc__ __floor__ __ceil__"
_INT_BINARY = (
    "__add__ __sub__ __mul__ __floordiv__ __mod__ __and__ __or__ __xor__ __lshift__ __rshift__"
    " __radd__ __rsub__ __rmul__ __rfloordiv__ __rmod__ __rand__ __ror__ __rxor__"
)
_FLOAT_ARITHMETIC = (
    "__abs__ __neg__ __pos__ __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__"
    " __radd__ __rsub__ __rmul__ __rtruediv__ __rfloordiv__ __rmod__"
)
_SIZED = {"__len__": int, "__contains__": bool}

# Return types typeshed gives to methods of builtin classes that are written in
# C (whose runtime signatures carry no annotations). Only returns that do not
# depend on the class's type parameters are listed.
BUILTIN_RETURNS: dict[type, dict[str, object]] = {
    object: {**_OBJECT_RETURNS, "__eq__": bool, "__ne__": bool},
    # Overloaded in typeshed (bool & bool is bool, bool & int is int): left open.
    bool: _returns("__and__ __or__ __xor__ __rand__ __ror__ __rxor__", Any),
    int: {
        **_returns(_INT_UNARY, int),
        **_returns(_INT_BINARY, int),
        **_returns("__truediv__ __rtruediv__ __float__", float),
        "__bool__": bool,
        "__hash__": int,
        **_returns("__lt__ __le__ __gt__ __ge__", bool),
    },
    float: {
        **_returns(_FLOAT_ARITHMETIC, float),
        **_returns("__int__ __trunc__ __floor__ __ceil__ __hash__", int),
        "__float__": float,
        "__bool__": bool,
        **_returns("__lt__ __le__ __gt__ __ge__", bool),
    },
    complex: {
        "__abs__": float,
        **_returns("__neg__ __pos__ __add__ __sub__ __mul__ __truediv__ __complex__", complex),
        "__bool__": bool,
        "__hash__": int,
    },
    str: {
        **_SIZED,
        "__iter__": Iterator[str],
        **_returns("__getitem__ __add__ __mul__ __rmul__ __mod__", str),
        "__hash__": int,
        **_returns("__lt__ __le__ __gt__ __ge__", bool),
    },
    bytes: {
        **_SIZED,
        "__iter__": Iterator[int],
        **_returns("__add__ __mul__ __rmul__ __mod__ __bytes__", bytes),
        "__buffer__": memoryview,
        "__hash__": int,
    },
    bytearray: {
        **_SIZED,
        "__iter__": Iterator[int],
        "__buffer__": memoryview,
        **_returns("__add__ __mul__ __rmul__ __mod__", bytearray),
    },
    memoryview: {**_SIZED, "__iter__": Iterator[int], "__buffer__": memoryview},
    range: {**_SIZED, "__iter__": Iterator[int], "__reversed__": Iterator[int]},
    list: dict(_SIZED),
    tuple: {**_SIZED, "__hash__": int},
    dict: dict(_SIZED),
    set: dict(_SIZED),
    frozenset: {**_SIZED, "__hash__": int},
}


# typeshed's attributes of ``builtins.type`` (the metaclass a class object falls back
# to) and of ``builtins.function`` (mypy's fallback for every callable: functions,
# bound methods, builtins, lambdas), which the runtime shows only as C descriptors
# or forwards. name -> (annotation, settable); a property in typeshed is read-only.
TYPE_ATTRIBUTES: dict[str, tuple[object, bool]] = {
    "__name__": (str, True),
    "__qualname__": (str, True),
    "__module__": (str, True),
    "__bases__": (tuple[type, ...], True),
    "__dict__": (types.MappingProxyType[str, Any], False),
    "__base__": (typing.Optional[type], False),  # noqa: UP045
    "__mro__": (tuple[type, ...], False),
    "__basicsize__": (int, False),
    "__dictoffset__": (int, False),
    "__flags__": (int, False),
    "__itemsize__": (int, False),
    "__weakrefoffset__": (int, False),
    "__text_signature__": (typing.Optional[str], False),  # noqa: UP045
}

FUNCTION_ATTRIBUTES: dict[str, tuple[object, bool]] = {
    "__name__": (str, True),
    "__qualname__": (str, True),
    "__module__": (str, True),
    "__code__": (types.CodeType, True),
    "__dict__": (dict[str, Any], True),
    "__annotations__": (dict[str, Any], True),
    "__kwdefaults__": (typing.Optional[dict[str, Any]], True),  # noqa: UP045
    "__defaults__": (typing.Optional[tuple[Any, ...]], True),  # noqa: UP045
    "__globals__": (dict[str, Any], False),
    "__builtins__": (dict[str, Any], False),
    "__closure__": (typing.Optional[tuple[types.CellType, ...]], False),  # noqa: UP045
}

# The classes whose C descriptors the tables above describe.
C_ATTRIBUTES: dict[type, dict[str, tuple[object, bool]]] = {
    type: TYPE_ATTRIBUTES,
    types.FunctionType: FUNCTION_ATTRIBUTES,
}

_C_METHOD_TYPES = frozenset(
    {
        types.WrapperDescriptorType,
        types.MethodDescriptorType,
        types.MethodWrapperType,
        types.BuiltinMethodType,
        types.ClassMethodDescriptorType,
    }
)


def builtin_hints(func: object) -> dict[str, object]:
    """Typeshed's return annotation for a builtin class's C method, as ``{"return": ...}``.

    ``func`` is a slot wrapper, method descriptor or bound builtin method
    (``bytes.__iter__``, ``(1).__abs__``); anything else gives ``{}``.
    """
    if type(func) not in _C_METHOD_TYPES:
        return {}  # only builtin method objects: nothing else is asked for attributes
    owner: object = getattr(func, "__objclass__", None)
    if owner is None:
        receiver: object = getattr(func, "__self__", None)
        owner = None if receiver is None else type(receiver)
    name = getattr(func, "__name__", None)
    if not isinstance(owner, type) or not isinstance(name, str):
        return {}
    for klass in owner.__mro__:
        known = BUILTIN_RETURNS.get(klass)
        if known is not None and name in known:
            return {"return": known[name]}
    return {}


# typeshed's signatures for the C methods of the builtin containers whose types
# depend on the container's type parameters (the runtime shows no annotations).
# The parameters are the ones in STDLIB above, bound per container like any
# class's. Overloaded methods list one stand-in per overload, in typeshed's order.
class _ListStubs(Protocol[_T]):
    def __iter__(self) -> Iterator[_T]: ...
    def __getitem__(self, key: SupportsIndex, /) -> _T: ...
    def getitem_slice(self, key: slice, /) -> list[_T]: ...


class _TupleStubs(Protocol[_T_co]):
    def __iter__(self) -> Iterator[_T_co]: ...
    def __getitem__(self, key: SupportsIndex, /) -> _T_co: ...
    def getitem_slice(self, key: slice, /) -> tuple[_T_co, ...]: ...


# typeshed's dict parameters are invariant; these stand-ins only carry its signatures.
class _DictStubs(Protocol[_KT, _VT]):  # type: ignore[misc]  # pyright: ignore[reportInvalidTypeVarUse]
    def __iter__(self) -> Iterator[_KT]: ...
    def __getitem__(self, key: _KT, /) -> _VT: ...


def _stubs(stubs: type, *names: str) -> tuple[Any, ...]:
    return tuple(stubs.__dict__[name] for name in names)


_STUBS: dict[tuple[type, str], tuple[Any, ...]] = {
    (list, "__iter__"): _stubs(_ListStubs, "__iter__"),
    (list, "__reversed__"): _stubs(_ListStubs, "__iter__"),
    (list, "__getitem__"): _stubs(_ListStubs, "__getitem__", "getitem_slice"),
    (tuple, "__iter__"): _stubs(_TupleStubs, "__iter__"),
    (tuple, "__getitem__"): _stubs(_TupleStubs, "__getitem__", "getitem_slice"),
    (set, "__iter__"): _stubs(_ListStubs, "__iter__"),
    (frozenset, "__iter__"): _stubs(_TupleStubs, "__iter__"),
    (dict, "__iter__"): _stubs(_DictStubs, "__iter__"),
    (dict, "__reversed__"): _stubs(_DictStubs, "__iter__"),
    (dict, "__getitem__"): _stubs(_DictStubs, "__getitem__"),
}


def builtin_stubs(func: object) -> tuple[Any, ...]:
    """typeshed's signatures (as annotated stand-in functions) for a builtin container's
    C method such as ``list.__getitem__``; ``()`` for anything else."""
    if type(func) not in _C_METHOD_TYPES:
        return ()
    owner: object = getattr(func, "__objclass__", None)
    name = getattr(func, "__name__", None)
    if not isinstance(owner, type) or not isinstance(name, str):
        return ()
    return _STUBS.get((owner, name), ())


# typeshed-only modules: what a plugin imports under ``if TYPE_CHECKING:`` from a
# module that exists only in the stubs. Copied from typeshed's
# ``_typeshed/__init__.pyi`` (protocols and the stable aliases); a name not
# here stays unknown.
_KT_contra = TypeVar("_KT_contra", contravariant=True)
_T_contra = TypeVar("_T_contra", contravariant=True)


class SupportsRead(Protocol[_T_co]):
    def read(self, length: int = ..., /) -> _T_co: ...


class SupportsReadline(Protocol[_T_co]):
    def readline(self, length: int = ..., /) -> _T_co: ...


class SupportsNoArgReadline(Protocol[_T_co]):
    def readline(self) -> _T_co: ...


class SupportsWrite(Protocol[_T_contra]):
    def write(self, s: _T_contra, /) -> object: ...


class SupportsFlush(Protocol):
    def flush(self) -> object: ...


class SupportsNext(Protocol[_T_co]):
    def __next__(self) -> _T_co: ...


class SupportsIter(Protocol[_T_co]):
    def __iter__(self) -> _T_co: ...


class SupportsLen(Protocol):
    def __len__(self) -> int: ...


class SupportsLenAndGetItem(Protocol[_T_co]):
    def __len__(self) -> int: ...
    def __getitem__(self, k: int, /) -> _T_co: ...


class SupportsGetItem(Protocol[_KT_contra, _VT_co]):
    def __getitem__(self, key: _KT_contra, /) -> _VT_co: ...


class SupportsKeysAndGetItem(Protocol[_KT, _VT_co]):
    def keys(self) -> cabc.Iterable[_KT]: ...
    def __getitem__(self, key: _KT, /) -> _VT_co: ...


class SupportsItems(Protocol[_KT_co, _VT_co]):
    def items(self) -> cabc.Set[tuple[_KT_co, _VT_co]]: ...


class SupportsBool(Protocol):
    def __bool__(self) -> bool: ...


class HasFileno(Protocol):
    def fileno(self) -> int: ...


TYPESHED_ONLY: dict[str, dict[str, object]] = {
    "_typeshed": {
        "Incomplete": Any,
        "Unused": object,
        "MaybeNone": Any,
        "StrPath": str | os.PathLike[str],
        "BytesPath": bytes | os.PathLike[bytes],
        "StrOrBytesPath": str | bytes | os.PathLike[str] | os.PathLike[bytes],
        "FileDescriptor": int,
        "FileDescriptorLike": int | HasFileno,
        "FileDescriptorOrPath": int | str | bytes | os.PathLike[str] | os.PathLike[bytes],
        "ReadableBuffer": BUFFER,
        "WriteableBuffer": BUFFER,
        "ReadOnlyBuffer": BUFFER,
        "SupportsRead": SupportsRead,
        "SupportsReadline": SupportsReadline,
        "SupportsNoArgReadline": SupportsNoArgReadline,
        "SupportsWrite": SupportsWrite,
        "SupportsFlush": SupportsFlush,
        "SupportsNext": SupportsNext,
        "SupportsIter": SupportsIter,
        "SupportsLen": SupportsLen,
        "SupportsLenAndGetItem": SupportsLenAndGetItem,
        "SupportsGetItem": SupportsGetItem,
        "SupportsKeysAndGetItem": SupportsKeysAndGetItem,
        "SupportsItems": SupportsItems,
        "SupportsBool": SupportsBool,
        "HasFileno": HasFileno,
    }
}


# importlib.machinery.ModuleSpec, read off a loaded module rather than importing
# importlib.machinery, which a process has not loaded at start-up.
_ModuleSpec: type[object] = os.__spec__.__class__

# typeshed's declarations of ``types.ModuleType``'s variables (the ``__loader__``
# protocol aside), with whether each is settable (``__dict__`` is a property).
# mypy looks a module's member up in ModuleType first and in the module's own
# names only after (subtypes.find_member), so these types win over the values
# the import system sets (``__file__`` is ``str | None`` even where it is a str).
MODULE_VARIABLES: dict[str, tuple[object, bool]] = {
    "__name__": (str, True),
    "__file__": (str | None, True),
    "__dict__": (dict[str, Any], False),
    "__package__": (str | None, True),
    "__path__": (cabc.MutableSequence[str], True),
    "__spec__": (_ModuleSpec | None, True),
    "__doc__": (str | None, True),
    "__annotations__": (dict[str, Any], True),
}
