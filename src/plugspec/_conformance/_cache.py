"""The engine's one cache rule: no cache keeps a plugin's class or function alive.

Every cache of the engine is made here, as one of two kinds, and
:func:`clear_caches` empties them all:

* :class:`IdentityCache`, keyed by one object (a class, a function, a
  protocol) by identity, never by its own ``__hash__`` (a metaclass may define
  one), and holding it through a weak reference: the entry goes when the
  object is collected. A value must not hold its own key, or the key lives as
  long as the cache.
* :class:`BoundedCache`, keyed by value (annotation text, annotations made
  only of the standard library's classes), at most :data:`MAX_ENTRIES`
  entries, emptied when full. Keys and values hold nothing a plugin defines:
  what mentions a plugin's class is kept under that class, or not at all.

Light on purpose: the quick path (:mod:`._plain_class`) uses it before the engine
is imported. ``_weakref`` is built into the interpreter and loaded at
start-up, where ``weakref`` costs about 1 ms to import
(``python -X importtime``), more than a one-plugin load spends here.
"""

from __future__ import annotations

import functools
import typing
from _weakref import ref
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

from ._raw import CLASS_MODULE, standard_module

__all__ = [
    "MAX_ENTRIES",
    "BoundedCache",
    "IdentityCache",
    "bounded_function",
    "clear_caches",
    "lasting",
]

_K = TypeVar("_K")
_V = TypeVar("_V")
_H = TypeVar("_H", bound=Hashable)
_R = TypeVar("_R")

#: The most entries a bounded cache holds before it is emptied.
MAX_ENTRIES = 4096

# Every cache's ``clear``, for clear_caches().
_CLEARERS: list[Callable[[], None]] = []


class IdentityCache(Generic[_K, _V]):
    """Values computed from one object, kept while that object lives."""

    __slots__ = ("entries",)

    def __init__(self) -> None:
        # id(key) -> (weak reference to key, value). Read directly only on the
        # warm path of ``check`` (see ``_plain_class``), where a method call shows.
        self.entries: dict[int, tuple[ref[_K], _V]] = {}
        _CLEARERS.append(self.clear)

    def get(self, key: _K, default: _V | None = None) -> _V | None:
        """The value kept for ``key``, or ``default``."""
        entry = self.entries.get(id(key))
        if entry is not None and entry[0]() is key:
            return entry[1]
        return default

    def set(self, key: _K, value: _V) -> _V:
        """Keep ``value`` for ``key`` (nothing is kept for an object that has
        no weak reference); return ``value``."""
        ident = id(key)
        entries = self.entries

        def forget(gone: ref[_K]) -> None:
            current = entries.get(ident)
            if current is not None and current[0] is gone:
                del entries[ident]

        # try, not contextlib.suppress: a third of the cost of a fresh plugin's first check here
        try:  # noqa: SIM105
            entries[ident] = (ref(key, forget), value)
        except TypeError:  # no weak reference to it: not cached
            pass
        return value

    def cached(self, key: _K, read: Callable[[_K], _V]) -> _V:
        """``read(key)``, computed once while ``key`` lives."""
        entry = self.entries.get(id(key))
        if entry is not None and entry[0]() is key:
            return entry[1]
        return self.set(key, read(key))

    def clear(self) -> None:
        self.entries.clear()

    def __len__(self) -> int:
        return len(self.entries)


class BoundedCache(Generic[_H, _V]):
    """Values computed from a hashable key that holds nothing a plugin defines."""

    __slots__ = ("entries", "limit")

    def __init__(self, limit: int = MAX_ENTRIES) -> None:
        self.entries: dict[_H, _V] = {}
        self.limit = limit
        _CLEARERS.append(self.clear)

    def get(self, key: _H, default: _V | None = None) -> _V | None:
        """The value kept for ``key``, or ``default``."""
        return self.entries.get(key, default)

    def set(self, key: _H, value: _V) -> _V:
        """Keep ``value`` for ``key`` (emptied first when full); return ``value``."""
        if len(self.entries) >= self.limit:
            self.entries.clear()
        self.entries[key] = value
        return value

    def cached(self, key: _H, read: Callable[[_H], _V]) -> _V:
        """``read(key)``, computed once until the cache is emptied."""
        try:
            return self.entries[key]
        except KeyError:
            return self.set(key, read(key))

    def clear(self) -> None:
        self.entries.clear()

    def __len__(self) -> int:
        return len(self.entries)


def bounded_function(func: Callable[[str], _R]) -> Callable[[str], _R]:
    """``func`` of a string, kept for the last :data:`MAX_ENTRIES` strings.

    A :class:`BoundedCache` in C (``functools.lru_cache``): for the few
    string functions called for every annotation of every fresh plugin,
    where a Python-level lookup costs about 3 us a plugin (``bench_check.py``).
    """
    cached = functools.lru_cache(maxsize=MAX_ENTRIES)(func)
    _CLEARERS.append(cached.cache_clear)
    return cached


def clear_caches() -> None:
    """Empty every cache of the engine (verdicts are computed afresh)."""
    for clear in _CLEARERS:
        clear()


_PLAIN_VALUES = frozenset({str, bytes, int, float, complex, bool, type(None), type(Ellipsis)})
# Module name -> whether it is the standard library's (names hold nothing).
_STANDARD: dict[str, bool] = {"builtins": True}


def _standard(module: object) -> bool:
    if type(module) is not str:
        return False
    known = _STANDARD.get(module)
    if known is None:
        known = _STANDARD[module] = standard_module(module)
    return known


def lasting(value: object, depth: int = 0) -> bool:
    """Whether ``value`` (an annotation, or a tuple of them) holds only what lives as
    long as the process: the standard library's classes and typing forms, strings,
    numbers. Only such a value may be kept by value, or kept for a plugin's function
    (whose class it could otherwise name, and so keep alive)."""
    kind = type(value)
    if kind is str:  # an annotation under ``from __future__ import annotations``
        return True
    if kind is type:  # the usual annotation: a plain class
        return _standard(CLASS_MODULE.__get__(value))
    if kind in _PLAIN_VALUES:
        return True
    if depth > 12:
        return False
    if kind is tuple or kind is list:
        items: Any = value
        return all(lasting(item, depth + 1) for item in items)
    if issubclass(kind, type):
        return _standard(CLASS_MODULE.__get__(value))
    if not _standard(CLASS_MODULE.__get__(kind)):
        return False  # an object of the plugin's own making
    if isinstance(value, typing.TypeVar):
        return lasting((value.__bound__, *value.__constraints__), depth + 1)
    origin = getattr(value, "__origin__", None)
    args = getattr(value, "__args__", None)
    if origin is None and args is None:
        return CLASS_MODULE.__get__(kind) in ("typing", "typing_extensions")  # Any, ForwardRef
    return lasting(origin, depth + 1) and lasting(args or (), depth + 1)
