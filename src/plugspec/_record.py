"""Small immutable records, written without :mod:`dataclasses`.

Every process that loads a plugin builds these; ``dataclasses`` imports
``inspect`` and generates code per class, which costs more at start-up than
the rest of a warm load. A record's fields are its ``__slots__``, in the
order their annotations are written (bases first); its ``__init__`` takes
them in that order and sets each with :func:`set_field`; it cannot be
changed after ``__init__``, pickles and copies by its fields, and (for
:class:`Record`) compares, hashes and prints by them.
"""

from __future__ import annotations

from typing import ClassVar

__all__ = ["Frozen", "Record", "set_field"]

#: How a record's ``__init__`` sets a field past its own ``__setattr__``
#: (which refuses).
set_field = object.__setattr__


class Frozen:
    """Immutable after ``__init__`` (which sets fields with :func:`set_field`);
    compares by identity."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        own = cls.__dict__.get("__slots__", ())
        slots = (own,) if isinstance(own, str) else tuple(own)
        # Fields in the order their annotations are written (``__slots__`` may be sorted).
        ordered = [name for name in cls.__annotations__ if name in slots]
        cls._fields = (*cls._fields, *ordered, *(name for name in slots if name not in ordered))

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of {type(self).__name__}")

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt through ``__init__``, whose parameters are the fields in order.
        return (type(self), self._values())


class Record(Frozen):
    """A :class:`Frozen` record that compares, hashes and prints by its fields."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({fields})"
