"""A plugin namespace: an entry-point group bound to the protocol its plugins implement."""

from __future__ import annotations

import collections.abc
import typing
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

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


def _factory_text(factory: object) -> str:
    """A callable type as written: ``Callable[[Config], Formatter]``, without module paths."""
    import re  # only for messages and repr: not on every plugin process's import path

    return re.sub(r"(?:\w+\.)+(\w+)", r"\1", repr(factory))


# ``collections.abc.Callable``: what ``get_origin`` gives for every callable type.
_ABC_CALLABLE: object = collections.abc.Callable


def _check_factory(factory: object, protocol: object) -> None:
    """``factory`` is ``True``, ``False`` or a callable type returning ``protocol``."""
    if isinstance(factory, bool):
        return
    if typing.get_origin(factory) is not _ABC_CALLABLE:
        raise TypeError(
            f"factory must be True, False or a callable type such as "
            f"`Callable[[Config], {_protocol_name(protocol)}]`, not {factory!r}"
        )
    returns = typing.get_args(factory)[-1]
    if returns != protocol:
        raise TypeError(
            f"factory `{_factory_text(factory)}` must return the namespace's protocol "
            f"`{_protocol_name(protocol)}`, not `{_factory_text(returns)}`"
        )


def _checked_names(names: Iterable[str] | None) -> tuple[str, ...] | None:
    """The entry-point names a namespace covers, in order, each once (``None``: all)."""
    if names is None:
        return None
    if isinstance(names, str):
        raise TypeError(f"names must be a collection of names, not the string {names!r}")
    covered = tuple(dict.fromkeys(names))
    for name in covered:
        # An entry point's name is any text without "=" that does not start or
        # end with blanks (the entry-point specification).
        if not isinstance(cast(object, name), str) or not name or name != name.strip():
            raise ValueError(f"invalid entry-point name {name!r} in names")
        if "=" in name:
            raise ValueError(f"invalid entry-point name {name!r} in names: it contains '='")
    if not covered:
        raise ValueError("names is empty: a namespace must cover at least one name")
    return covered


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
    """An entry-point group whose plugins must conform to ``protocol``: the whole contract.

    The protocol's type is inferred, so ``Namespace("myapp.formatters",
    Formatter)`` is a ``Namespace[Formatter]`` to mypy and pyright, and every
    manager built on it hands out ``Formatter`` objects. ``protocol`` may also
    be a parameterised generic protocol (``Namespace("myapp.boxes",
    Box[int])``).

    ``factory`` says what an entry point's target is:

    - ``False`` (the default): the target is the plugin itself (an instance,
      a module, a function), checked as ``protocol``;
    - ``True``: the target is called with the manager's ``invoke_args`` and
      ``invoke_kwds`` and returns the plugin (a class, a factory function, a
      ``module:Class.create`` classmethod): checked as ``Callable[...,
      protocol]`` before the call, and what it returns as ``protocol``;
    - a callable type such as ``Callable[[Config], Formatter]``: as ``True``,
      and that call signature is part of the contract, checked against the
      target's signature before it is called.

    ``names``, when given, limits the namespace to these entry-point names of
    the group: namespaces whose names do not overlap may share a group, each
    with its own protocol.

    Namespaces are immutable and hashable; two are equal when they have the
    same group, protocol, factory and names.

    >>> from typing import Protocol
    >>> class Formatter(Protocol):
    ...     def format(self, rows: list[dict[str, object]]) -> str: ...
    >>> Namespace("myapp.formatters", Formatter)
    Namespace('myapp.formatters', Formatter)
    >>> Namespace("myapp.formatters", Formatter, factory=True, names=["csv"])
    Namespace('myapp.formatters', Formatter, factory=True, names=('csv',))
    >>> Namespace("not a group", Formatter)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    ValueError: invalid entry-point group 'not a group': ...
    """

    __slots__ = ("_factory", "_group", "_names", "_protocol")

    _group: str
    _protocol: TypeForm[P]
    _factory: bool | TypeForm[Callable[..., P]]
    _names: tuple[str, ...] | None

    def __init__(
        self,
        group: str,
        protocol: TypeForm[P],
        *,
        factory: bool | TypeForm[Callable[..., P]] = False,
        names: Iterable[str] | None = None,
    ) -> None:
        if not isinstance(cast(object, group), str) or not _valid_group(group):
            raise ValueError(
                f"invalid entry-point group {group!r}: a group is dotted words "
                "such as 'myapp.formatters'"
            )
        _check_protocol(protocol)
        _check_factory(factory, protocol)
        self._group = group
        self._protocol = protocol
        self._factory = factory
        self._names = _checked_names(names)

    @property
    def group(self) -> str:
        """The entry-point group, such as ``"myapp.formatters"``."""
        return self._group

    @property
    def protocol(self) -> TypeForm[P]:
        """The protocol (or parameterised generic protocol) every plugin must conform to."""
        return self._protocol

    @property
    def factory(self) -> bool | TypeForm[Callable[..., P]]:
        """What a target is: the plugin (``False``), or a callable that makes it
        (``True``, or the callable type it must have)."""
        return self._factory

    @property
    def names(self) -> tuple[str, ...] | None:
        """The entry-point names this namespace covers, or ``None`` for every name."""
        return self._names

    def covers(self, name: str) -> bool:
        """Whether the entry-point name ``name`` of the group belongs to this namespace."""
        return self._names is None or name in self._names

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Namespace):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[object, ...]:
        return (self.group, self.protocol, self.factory, self.names)

    def __repr__(self) -> str:
        text = f"Namespace({self.group!r}, {_protocol_name(self.protocol)}"
        if self.factory is not False:
            factory = self.factory if self.factory is True else _factory_text(self.factory)
            text += f", factory={factory}"
        if self.names is not None:
            text += f", names={self.names!r}"
        return text + ")"

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.group, self.protocol, self.factory, self.names))


def _rebuild(group: str, protocol: Any, factory: Any, names: tuple[str, ...] | None) -> Any:
    """Unpickle a :class:`Namespace` (its keyword arguments cannot go through ``__reduce__``)."""
    return Namespace(group, protocol, factory=factory, names=names)
