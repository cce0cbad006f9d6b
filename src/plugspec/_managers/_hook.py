"""The hooks pattern: every plugin registered under one entry-point name."""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._distname import pep503_name
from .._extension import Extension
from .._namespace import Namespace
from ._core import hook_name, logger, stored_attribute, warn_missing
from ._extension_manager import ExtensionManager
from ._register import HistoricCalls
from ._wrappers import Wrapping

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import ManagerOptions

__all__ = ["HookManager"]

P = TypeVar("P")
Q = TypeVar("Q")


class _Orderable(Protocol):
    """What ``sorted`` needs of a key: a ``<`` comparison."""

    def __lt__(self, other: Any, /) -> bool: ...


def _by_distribution(extension: Extension[Any]) -> str:
    """The default hook order: the normalized distribution name (``""`` for none)."""
    dist = extension.dist_name
    return "" if dist is None else pep503_name(dist)


# A plugin's own place in the call order: its ``plugspec_order`` attribute.
_TIERS = {"first": 0, None: 1, "last": 2}


def _tier(extension: Extension[Any]) -> int:
    """0 for a plugin that asks to run first, 2 for last, 1 otherwise."""
    # Read as stored, so that an object whose ``__getattr__`` raises, or
    # answers every name, states no wish.
    wish = stored_attribute(extension.obj, "plugspec_order")
    tier = _TIERS.get(wish) if isinstance(wish, str | None) else None
    if tier is None:
        logger().warning(
            "plugin `%s` (%s): plugspec_order must be 'first' or 'last', not %r; ignored",
            extension.name,
            extension.origin,
            wish,
        )
        return 1
    return tier


class HookManager(HistoricCalls[P], Wrapping[P], ExtensionManager[P]):
    """Loads every plugin registered under one entry-point name: the hook ``name``.

    Many distributions may implement the same hook; all of them are loaded
    (and only they are imported), and the calls (``map_method``, ``first``,
    ``amap_method``, the ``*_outcomes`` variants) call each one. The other
    arguments and the failure policy are those of :class:`ExtensionManager`.

    Order: a plugin may ask to be called first or last, with an attribute
    ``plugspec_order = "first"`` (or ``"last"``) on its object (a class
    attribute, or a module global for a module plugin); the plugins that ask
    for first come first, then those that state nothing, then those that ask
    for last. Within each of these three, the plugins are called in the
    order of ``sorted(plugins, key=order)``. The default order is by
    distribution name (normalized as in the packaging specifications, so
    ``My_Plugin`` sorts as ``my-plugin``), plugins with no distribution
    first; plugins that tie keep discovery order. Every plugin of a hook has the same entry-point
    name, so the distribution is what tells them apart, and discovery order
    alone depends on where each distribution is installed and on the file
    system's listing order: sorting makes the order the same on every
    machine with the same distributions. ``order`` is any key over
    :class:`~plugspec.Extension` (``order=lambda ext: PRIORITY.get(ext.dist_name, 0)``).
    ``concurrent`` sets :attr:`concurrent` for ``amap_method``.

    Beyond the installed plugins and the calls: :meth:`register` and
    :meth:`unregister` (in-process plugins), :meth:`wrap` and :meth:`unwrap`
    (wrappers around each call of a hook method), :meth:`call_historic`
    (a call replayed for plugins registered later), :meth:`set_monitor`
    (every plugin call, timed) and :meth:`excluding` (every plugin but some).

    A hook name that no entry point of the group has (a misspelt name, or a
    hook no installed plugin implements) is logged as a warning on the
    ``plugspec`` logger, naming the names the group has, unless
    ``warn_on_missing_entrypoint=False``. ``name`` may be omitted when the
    namespace covers exactly one name (``Namespace(group, Startup,
    names=["startup"])``).

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Lifecycle(Protocol):
    ...     def on_start(self, config: dict[str, str]) -> None: ...
    >>> LIFECYCLE = plugspec.Namespace("myapp.hooks", Lifecycle, factory=True)
    >>> hooks = plugspec.HookManager(LIFECYCLE, "startup")
    >>> hooks.map_method(Lifecycle.on_start, {"debug": "1"})
    []
    """

    name: str
    """The hook's name: the entry-point name every plugin here is registered under."""

    _order: Callable[[Extension[P]], _Orderable]

    def __init__(
        self,
        namespace: Namespace[P],
        name: str | None = None,
        *,
        order: Callable[[Extension[P]], _Orderable] | None = None,
        concurrent: bool = True,
        warn_on_missing_entrypoint: bool = True,
        **options: Unpack[ManagerOptions[HookManager[P], P]],
    ) -> None:
        self._setup(namespace, **options)
        name = hook_name(namespace, name)
        self._start(name, order, concurrent)
        selected = [ep for ep in self._installed() if ep.name == name]
        if not selected and warn_on_missing_entrypoint:
            warn_missing(self.namespace.group, [name])
        self._install(self._ordered(self._load_entry_points(selected)))

    # Adds keywords the base cannot take (``ManagerOptions`` lists all it takes);
    # pyright reads an open TypedDict as possibly holding any key.
    @classmethod
    def make_test_instance(  # pyright: ignore[reportIncompatibleMethodOverride]
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        name: str | None = None,
        order: Callable[[Extension[Q]], _Orderable] | None = None,
        concurrent: bool = True,
        **options: Unpack[ManagerOptions[HookManager[Q], Q]],
    ) -> HookManager[Q]:
        """Build a hook manager from given plugins, without reading installed metadata.

        ``extensions`` is a sequence of :class:`~plugspec.Extension` objects
        (several may share the hook's name) or a mapping of name -> plugin;
        see :meth:`ExtensionManager.make_test_instance`. With ``name``, only
        the plugins of that name are kept; without it the hook's name is the
        first plugin's (or ``""`` when there are none). ``order`` and
        ``concurrent`` are those of the constructor.
        """
        manager: HookManager[Q] = cls._blank(namespace, options)
        loaded = manager._load_given(extensions)
        if name is not None:
            loaded = [ext for ext in loaded if ext.name == name]
        manager._start(
            name if name is not None else (loaded[0].name if loaded else ""), order, concurrent
        )
        manager._install(manager._ordered(loaded))
        return manager

    def _start(
        self, name: str, order: Callable[[Extension[P]], _Orderable] | None, concurrent: bool
    ) -> None:
        self.name = name
        self.concurrent = concurrent
        self._order = order or _by_distribution
        self._historic = []
        self._wrappers = {}
        self._monitor = None

    def _ordered(self, extensions: Iterable[Extension[P]]) -> list[Extension[P]]:
        # Two stable sorts: by the key, then by each plugin's own wish, so
        # that the key orders the plugins within each tier.
        return sorted(sorted(extensions, key=self._order), key=_tier)

    def register(self, obj: P, name: str | None = None) -> Extension[P]:
        """Add ``obj``, a plugin that is not installed, and return its extension.

        As :meth:`ExtensionManager.register`, but ``name`` defaults to the
        hook's name, the plugin takes its place in the hook's order (no
        distribution sorts first by default; ``plugspec_order`` applies),
        and the historic calls made so far (:meth:`call_historic`) are
        replayed for it.
        """
        extension = self._register(obj, self.name if name is None else name)
        self._replay(extension)
        return extension

    def excluding(self, *plugins: str | Extension[P]) -> HookManager[P]:
        """A manager of this hook's plugins but ``plugins`` (pluggy's ``subset_hook_caller``).

        Each of ``plugins`` is an extension of this manager, or a name that
        leaves out every plugin whose name (the name it was registered
        under) or distribution's name it is. One that matches no plugin is a
        :class:`KeyError`. The new manager starts with this one's order,
        wrappers, monitor and historic calls, and goes its own way from then
        on (registering a plugin in one does not add it to the other).

        >>> import plugspec
        >>> from typing import Protocol
        >>> class Lifecycle(Protocol):
        ...     def on_start(self) -> str: ...
        >>> class Named:
        ...     def __init__(self, name: str) -> None:
        ...         self.name = name
        ...     def on_start(self) -> str:
        ...         return self.name
        >>> hooks = plugspec.HookManager.make_test_instance(
        ...     plugspec.Namespace("myapp.hooks", Lifecycle), {}, name="startup")
        >>> for name in ("audit", "cache", "log"):
        ...     _ = hooks.register(Named(name), name=name)
        >>> hooks.excluding("cache").map_method(Lifecycle.on_start)
        ['audit', 'log']
        """
        names = {plugin for plugin in plugins if isinstance(plugin, str)}
        given = [plugin for plugin in plugins if not isinstance(plugin, str)]
        matched: set[str] = set()
        kept: list[Extension[P]] = []
        for ext in self._extensions:
            hits = names.intersection((ext.name, ext.dist_name))
            matched |= hits
            if not hits and not any(ext is other for other in given):
                kept.append(ext)
        strangers = [repr(name) for name in sorted(names - matched)]
        strangers += [repr(ext) for ext in given if not any(ext is own for own in self)]
        if strangers:
            raise KeyError(
                f"no plugin of hook `{self.name}` in group `{self.namespace.group}` "
                f"is {', '.join(strangers)}"
            )
        subset = copy.copy(self)
        subset._failures = list(self._failures)
        subset._historic = list(self._historic)
        subset._wrappers = dict(self._wrappers)
        subset._route_calls()  # its ``map_method`` must be its own
        subset._install(kept)
        return subset

    def __repr__(self) -> str:
        return f"HookManager({self.namespace!r}, {self.name!r}, plugins={len(self)})"
