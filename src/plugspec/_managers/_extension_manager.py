"""The extensions pattern: every plugin of a namespace (stevedore's ``ExtensionManager``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

from .._extension import Extension
from .._namespace import Namespace
from ._calls import PluginCalls
from ._monitor import Monitoring
from ._register import Registration

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import ManagerOptions

__all__ = ["ExtensionManager"]

P = TypeVar("P")
Q = TypeVar("Q")


class ExtensionManager(Registration[P], Monitoring[P], PluginCalls[P]):
    """Loads every plugin of a namespace.

    Each entry point of ``namespace.group`` is imported, verified against the
    namespace's protocol, invoked when ``invoke_on_load`` is true (with
    ``invoke_args`` and ``invoke_kwds``) and verified again. A plugin that
    fails to import, to be invoked or to conform is left out: it is logged
    once as a warning on the ``plugspec`` logger and passed to
    ``on_load_failure_callback(manager, entry_point, exception)`` (a
    :class:`~plugspec.PluginLoadError` or :class:`~plugspec.ConformanceError`;
    the callback may raise to abort). Plugins that share a name are all kept;
    looking one up by that name needs a ``conflict_resolver``. The keyword
    arguments are those of ``ManagerOptions``.

    ``KeyboardInterrupt``, ``SystemExit`` and other exceptions that are not
    :class:`Exception` are never caught.

    Beyond the installed plugins: :meth:`register` and :meth:`unregister`
    (in-process plugins) and :meth:`set_monitor` (every plugin call, timed).

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Formatter(Protocol):
    ...     def format(self, rows: list[dict[str, object]]) -> str: ...
    >>> FORMATTERS = plugspec.Namespace("myapp.formatters", Formatter, factory=True)
    >>> manager = plugspec.ExtensionManager(FORMATTERS)
    >>> manager.map_method(Formatter.format, [{"a": 1}])  # nothing installed here
    []
    """

    def __init__(
        self,
        namespace: Namespace[P],
        **options: Unpack[ManagerOptions[ExtensionManager[P], P]],
    ) -> None:
        self._setup(namespace, **options)
        self._install(self._load_entry_points(self._installed()))

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        **options: Unpack[ManagerOptions[ExtensionManager[Q], Q]],
    ) -> ExtensionManager[Q]:
        """Build a manager from given plugins, without reading installed metadata.

        ``extensions`` is a mapping of name -> plugin (loaded as an installed
        target would be: verified, invoked when ``invoke_on_load`` is true,
        verified again) or a sequence of :class:`~plugspec.Extension` objects
        (their ``obj`` is verified). Failures follow the manager's policy.
        """
        manager: ExtensionManager[Q] = cls._blank(namespace, options)
        manager._install(manager._load_given(extensions))
        return manager

    def register(self, obj: P, name: str) -> Extension[P]:
        """Add ``obj``, a plugin that is not installed, under ``name``; return its extension.

        ``obj`` is verified against the namespace's protocol like a loaded
        plugin (it is the plugin itself: it is not invoked, whatever
        ``invoke_on_load`` says); one that does not conform raises
        :class:`~plugspec.ConformanceError`, is recorded in :attr:`failures`
        and passed to ``on_load_failure_callback``, as an installed plugin
        would be. Otherwise it joins :attr:`extensions`, :meth:`names` and
        the calls, after the plugins already there, with an entry point
        ``name = module:qualname`` that has no distribution. A name that is
        already taken is kept twice, as for entry points: looking it up
        (``manager[name]``, :meth:`unregister`) then needs a
        ``conflict_resolver``. The selection of the subclasses (the
        ``names`` of a :class:`NamedExtensionManager`, the ``check_func`` of
        an :class:`EnabledExtensionManager`) chooses among the installed
        plugins and does not apply to a registered one.

        >>> import plugspec
        >>> from typing import Protocol
        >>> class Formatter(Protocol):
        ...     def format(self, rows: list[str]) -> str: ...
        >>> class Joined:
        ...     def format(self, rows: list[str]) -> str:
        ...         return ",".join(rows)
        >>> manager = plugspec.ExtensionManager.make_test_instance(
        ...     plugspec.Namespace("myapp.formatters", Formatter), {})
        >>> manager.register(Joined(), "joined").name
        'joined'
        >>> manager.map_method(Formatter.format, ["a", "b"])
        ['a,b']
        """
        return self._register(obj, name)
