"""What one plugin's call gave: its result or its exception."""

from __future__ import annotations

from typing import Generic, TypeVar, cast

from ._extension import Extension
from ._record import Frozen, set_field

__all__ = ["Outcome"]

P = TypeVar("P")
R = TypeVar("R")


class Outcome(Frozen, Generic[P, R]):
    """One plugin's part in a call: its extension, and its result or its exception.

    Returned, one per plugin in call order, by
    :meth:`~plugspec.ExtensionManager.map_method_outcomes` and
    :meth:`~plugspec.ExtensionManager.amap_method_outcomes`, so that an
    application can report which plugin failed and still use the others'
    results. ``ok`` is true when the call returned; then ``value`` is what it
    returned and ``exception`` is ``None``. When it raised, ``exception`` is
    the exception and ``value`` is ``None``. :meth:`result` returns the value
    or raises the exception.

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> class Hello:
    ...     def greet(self, name: str) -> str:
    ...         return f"hello {name}"
    >>> class Broken:
    ...     def greet(self, name: str) -> str:
    ...         raise RuntimeError("no greeting today")
    >>> ns = plugspec.Namespace("demo.greeters", Greeter)
    >>> manager = plugspec.ExtensionManager.make_test_instance(
    ...     ns, {"hello": Hello(), "broken": Broken()})
    >>> for outcome in manager.map_method_outcomes(Greeter.greet, "you"):
    ...     print(outcome.extension.name, outcome.ok, outcome.value, repr(outcome.exception))
    hello True hello you None
    broken False None RuntimeError('no greeting today')
    """

    __slots__ = ("exception", "extension", "value")

    extension: Extension[P]
    """The plugin that was called."""

    value: R | None
    """What the call returned (``None`` when it raised)."""

    exception: Exception | None
    """What the call raised, or ``None`` when it returned."""

    def __init__(
        self, extension: Extension[P], value: R | None = None, exception: Exception | None = None
    ) -> None:
        set_field(self, "extension", extension)
        set_field(self, "value", value)
        set_field(self, "exception", exception)

    @property
    def ok(self) -> bool:
        """Whether the call returned (rather than raised)."""
        return self.exception is None

    def result(self) -> R:
        """The call's result; raises the plugin's exception when the call raised it.

        >>> import plugspec
        >>> from typing import Protocol
        >>> class Counter(Protocol):
        ...     def count(self) -> int: ...
        >>> class One:
        ...     def count(self) -> int:
        ...         return 1
        >>> ns = plugspec.Namespace("demo.counters", Counter)
        >>> manager = plugspec.ExtensionManager.make_test_instance(ns, {"one": One()})
        >>> [outcome.result() for outcome in manager.map_method_outcomes(Counter.count)]
        [1]
        """
        if self.exception is not None:
            raise self.exception
        # ``value`` is typed ``R | None`` only because a failed call has none.
        return cast(R, self.value)

    def __repr__(self) -> str:
        status = f"value={self.value!r}" if self.ok else f"exception={self.exception!r}"
        return f"Outcome({self.extension.name!r}, {status})"
