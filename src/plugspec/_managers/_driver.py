"""The driver pattern: the one plugin of a name, failing fast."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from .. import _controls
from .._discovery import EntryPoint, entry_points, entry_points_named
from .._errors import MultipleMatchesError, NoMatchesError
from .._extension import Extension
from .._namespace import Namespace
from .._record import set_field
from ._calls import PluginCalls
from ._core import Given, origin

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import ManagerOptions

__all__ = ["DriverManager"]

P = TypeVar("P")
Q = TypeVar("Q")


class _Candidate(Extension[P]):
    """One of several entry points of the driver's name, offered to ``conflict_resolver``.

    Its name, group, entry point and distribution are read from metadata;
    reading ``plugin`` or ``obj`` loads and verifies it (raising as the driver
    does), so a resolver that chooses by distribution imports nothing.
    """

    __slots__ = ("_extension", "_load")

    _load: Callable[[EntryPoint], Extension[P]]
    _extension: Extension[P] | None

    def __init__(self, entry_point: EntryPoint, load: Callable[[EntryPoint], Extension[P]]) -> None:
        set_field(self, "name", entry_point.name)
        set_field(self, "group", entry_point.group)
        set_field(self, "entry_point", entry_point)
        set_field(self, "_load", load)
        set_field(self, "_extension", None)

    def loaded(self) -> Extension[P]:
        """The candidate loaded and verified (once), or the error raised."""
        if self._extension is None:
            extension = self._load(self.entry_point)
            set_field(self, "_extension", extension)
            set_field(self, "plugin", extension.plugin)
            set_field(self, "obj", extension.obj)
            return extension
        return self._extension

    def __getattr__(self, name: str) -> Any:
        # Reached only while the ``plugin`` and ``obj`` slots are unset.
        if name in ("plugin", "obj"):
            return getattr(self.loaded(), name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self) -> str:
        return (
            f"Extension({self.name!r}, group={self.group!r}, entry_point='{self.entry_point}', "
            f"dist={self.origin.distribution!r}, not loaded)"
        )


class DriverManager(PluginCalls[P]):
    """Loads the one plugin called ``name``, failing fast.

    Raises :class:`~plugspec.NoMatchesError` when no entry point has that
    name, :class:`~plugspec.MultipleMatchesError` (naming every candidate and
    its distribution, before importing any) when several do and no
    ``conflict_resolver`` is given, :class:`~plugspec.PluginLoadError` when
    importing or invoking it fails, and :class:`~plugspec.ConformanceError`
    when it does not conform. ``on_load_failure_callback``, when given, is
    called before the error is raised.

    With several candidates, ``conflict_resolver`` chooses one before any is
    imported: each candidate is an :class:`~plugspec.Extension` whose name,
    entry point and distribution come from metadata (reading its ``plugin``
    or ``obj`` loads it), and only the one returned is loaded, so a broken
    candidate that is not chosen does not matter.

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
        if len(candidates) == 1:
            self._install(self._load_entry_points(candidates, fail_fast=True))
            return
        if self._conflict_resolver is None:
            raise MultipleMatchesError(group, name, [origin(ep) for ep in candidates])
        # The resolver chooses before anything is imported: a candidate it
        # does not choose (and does not look into) is never loaded.
        offered = [_Candidate(ep, self._load_chosen) for ep in candidates]
        chosen = self._conflict_resolver(list(offered))
        if not any(chosen is candidate for candidate in offered):
            raise TypeError(
                f"conflict_resolver must return one of the candidates it is given, not {chosen!r}"
            )
        self._install((cast(_Candidate[P], chosen).loaded(),))

    def _load_chosen(self, entry_point: EntryPoint) -> Extension[P]:
        [extension] = self._load_entry_points([entry_point], fail_fast=True)
        return extension

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
        manager._install(manager._load_given(given, fail_fast=True))
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
