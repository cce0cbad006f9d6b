"""One loaded, verified plugin and where it came from."""

from __future__ import annotations

from typing import Generic, TypeVar

from ._discovery import EntryPoint
from ._errors import PluginOrigin
from ._record import Frozen, set_field

__all__ = ["Extension"]

P = TypeVar("P")


class Extension(Frozen, Generic[P]):
    """A plugin that was loaded and verified against its namespace's protocol.

    ``plugin`` is what the entry point names (a class, function, module or
    object); ``obj`` is the verified object the application uses: ``plugin``
    itself, or what calling it returned when the namespace declares a
    ``factory``. ``obj`` is typed as the namespace's protocol.

    Extensions are immutable and compare by identity.

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> class Hello:
    ...     def greet(self, name: str) -> str:
    ...         return f"hello {name}"
    >>> ns = plugspec.Namespace("demo.greeters", Greeter)
    >>> manager = plugspec.ExtensionManager.make_test_instance(ns, {"hello": Hello()})
    >>> manager["hello"].obj.greet("you")
    'hello you'
    """

    __slots__ = ("entry_point", "group", "name", "obj", "plugin")

    name: str
    """The entry point's name."""

    group: str
    """The entry-point group (the namespace's group)."""

    entry_point: EntryPoint
    """The entry point the plugin was loaded from."""

    plugin: object
    """The loaded target of the entry point, before any invocation."""

    obj: P
    """The verified object: ``plugin``, or what invoking it returned."""

    def __init__(
        self, name: str, group: str, entry_point: EntryPoint, plugin: object, obj: P
    ) -> None:
        set_field(self, "name", name)
        set_field(self, "group", group)
        set_field(self, "entry_point", entry_point)
        set_field(self, "plugin", plugin)
        set_field(self, "obj", obj)

    @property
    def dist_name(self) -> str | None:
        """The name of the distribution declaring the entry point, or ``None``."""
        return self.entry_point.dist_name

    @property
    def dist_version(self) -> str | None:
        """That distribution's version, or ``None``."""
        return self.entry_point.dist_version

    @property
    def entry_point_target(self) -> str:
        """The entry point's value, ``module:attr`` (stevedore's name)."""
        return self.entry_point.value

    @property
    def origin(self) -> PluginOrigin:
        """Group, entry point and distribution, as carried by plugspec's errors."""
        return PluginOrigin(self.group, str(self.entry_point), self.dist_name, self.dist_version)

    def __repr__(self) -> str:
        dist = self.origin.distribution
        return (
            f"Extension({self.name!r}, group={self.group!r}, "
            f"entry_point='{self.entry_point}', dist={dist!r}, obj={self.obj!r})"
        )
