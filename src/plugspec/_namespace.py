"""A plugin namespace: an entry-point group bound to the protocol its plugins implement."""

from __future__ import annotations

import typing
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from ._conformance._raw import protocol_bases

if TYPE_CHECKING:
    from typing_extensions import TypeForm

__all__ = ["Namespace"]

P = TypeVar("P")


def _valid_group(group: str) -> bool:
    # The entry-point specification's rule for group names, ``\w+(\.\w+)*``
    # (``\w``: what str.isalnum() accepts, and "_"), without compiling a pattern.
    return all(part.replace("_", "a").isalnum() for part in group.split("."))


def _protocol_name(protocol: object) -> str:
    if isinstance(protocol, type):
        return protocol.__qualname__
    # A parameterised generic protocol: ``Box[int]``.
    return repr(protocol).replace(f"{getattr(protocol, '__module__', '')}.", "")


def _is_protocol(cls: object) -> bool:
    # typing_extensions.is_protocol, without importing typing_extensions (and
    # through it ``inspect``) in every process that loads a plugin.
    return (
        isinstance(cls, type)
        and bool(getattr(cls, "_is_protocol", False))
        and cls not in protocol_bases()
    )


def _check_protocol(protocol: object) -> None:
    origin = typing.get_origin(protocol)
    if _is_protocol(protocol):
        return
    if _is_protocol(origin):
        return
    raise TypeError(
        f"a Namespace needs a typing.Protocol (or a parameterised generic Protocol such as "
        f"`Box[int]`), not {protocol!r}"
    )


class Namespace(Generic[P]):
    """An entry-point group whose plugins must conform to ``protocol``.

    The protocol's type is inferred, so ``Namespace("myapp.formatters",
    Formatter)`` is a ``Namespace[Formatter]`` to mypy and pyright, and every
    manager built on it hands out ``Formatter`` objects. ``protocol`` may also
    be a parameterised generic protocol (``Namespace("myapp.boxes",
    Box[int])``).

    Namespaces are immutable and hashable; two are equal when they have the
    same group and protocol.

    >>> from typing import Protocol
    >>> class Formatter(Protocol):
    ...     def format(self, rows: list[dict[str, object]]) -> str: ...
    >>> Namespace("myapp.formatters", Formatter)
    Namespace('myapp.formatters', Formatter)
    >>> Namespace("not a group", Formatter)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    ValueError: invalid entry-point group 'not a group': ...
    """

    __slots__ = ("_group", "_protocol")

    _group: str
    _protocol: TypeForm[P]

    def __init__(self, group: str, protocol: TypeForm[P]) -> None:
        if not isinstance(cast(object, group), str) or not _valid_group(group):
            raise ValueError(
                f"invalid entry-point group {group!r}: a group is dotted words "
                "such as 'myapp.formatters'"
            )
        _check_protocol(protocol)
        self._group = group
        self._protocol = protocol

    @property
    def group(self) -> str:
        """The entry-point group, such as ``"myapp.formatters"``."""
        return self._group

    @property
    def protocol(self) -> TypeForm[P]:
        """The protocol (or parameterised generic protocol) every plugin must conform to."""
        return self._protocol

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Namespace):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[str, object]:
        return (self.group, self.protocol)

    def __repr__(self) -> str:
        return f"Namespace({self.group!r}, {_protocol_name(self.protocol)})"

    def __reduce__(self) -> tuple[object, ...]:
        return (Namespace, (self.group, self.protocol))
