"""The driver pattern: the one plugin of a name, failing fast."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar, cast

from .. import _controls
from .._discovery import entry_points, entry_points_named
from .._errors import MultipleMatchesError, NoMatchesError
from .._extension import Extension
from .._namespace import Namespace
from ._calls import PluginCalls
from ._core import Given, origin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._core import ManagerOptions

__all__ = ["DriverManager"]

P = TypeVar("P")
Q = TypeVar("Q")


class DriverManager(PluginCalls[P]):
    """Loads the one plugin called ``name``, failing fast.

    Raises :class:`~plugspec.NoMatchesError` when no entry point has that
    name, :class:`~plugspec.MultipleMatchesError` (naming every candidate and
    its distribution, before importing any) when several do and no
    ``conflict_resolver`` is given, :class:`~plugspec.PluginLoadError` when
    importing or invoking it fails, and :class:`~plugspec.ConformanceError`
    when it does not conform. ``on_load_failure_callback``, when given, is
    called before the error is raised.

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Formatter(Protocol):
    ...     def format(self, rows: list[dict[str, object]]) -> str: ...
    >>> FORMATTERS = plugspec.Namespace("myapp.formatters", Formatter)
    >>> plugspec.DriverManager(FORMATTERS, "csv")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
      ...
    plugspec.NoMatchesError: no plugin named `csv` in group `myapp.formatters` (available: none)
    """

    name: str
    """The driver's entry-point name."""

    def __init__(
        self,
        namespace: Namespace[P],
        name: str,
        **options: Unpack[ManagerOptions[DriverManager[P], P]],
    ) -> None:
        self._setup(namespace, **options)
        self.name = name
        group = self.namespace.group
        # Only the entry points with this name (discovery checks the order of
        # the group's distributions only when several have it).
        candidates = _controls.select(entry_points_named(group, name))
        if not candidates:
            everything = entry_points(group)
            available = sorted({ep.name for ep in _controls.select(everything, log=False)})
            reason = _controls.refusal(everything, name)
            raise NoMatchesError(group, name, available, reason)
        if len(candidates) > 1 and self._conflict_resolver is None:
            raise MultipleMatchesError(group, name, [origin(ep) for ep in candidates])
        self._choose(self._load_entry_points(candidates, fail_fast=True))

    def _choose(self, loaded: list[Extension[P]]) -> None:
        # Loading failed fast, so ``loaded`` holds every candidate.
        chosen = loaded[0] if len(loaded) == 1 else self._resolve(self.name, loaded)
        self._install((chosen,))

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extension: Extension[Q] | object,
        *,
        name: str | None = None,
        **options: Unpack[ManagerOptions[DriverManager[Q], Q]],
    ) -> DriverManager[Q]:
        """Build a driver manager around one given plugin, without reading installed metadata.

        ``extension`` is an :class:`~plugspec.Extension` or a plain plugin
        (named ``name``, default ``"test"``), loaded and verified as an
        installed one would be; a failure raises as the constructor does.
        """
        manager: DriverManager[Q] = cls._blank(namespace, options)
        given: Given[Q]
        if isinstance(extension, Extension):
            given = [cast(Extension[Q], extension)]
            manager.name = name if name is not None else given[0].name
        else:
            manager.name = name if name is not None else "test"
            given = {manager.name: extension}
        manager._choose(manager._load_given(given, fail_fast=True))
        return manager

    @property
    def extension(self) -> Extension[P]:
        """The driver's :class:`~plugspec.Extension`."""
        return self._extensions[0]

    @property
    def driver(self) -> P:
        """The driver itself, verified against the protocol (the extension's ``obj``)."""
        return self._objs[0]

    def __repr__(self) -> str:
        return f"DriverManager({self.namespace!r}, {self.name!r})"
