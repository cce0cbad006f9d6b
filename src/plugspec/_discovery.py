"""Entry-point discovery: one scan per process, indexed by group.

Interface used by the managers and the command line: :class:`EntryPoint`,
:func:`entry_points` and :func:`refresh`.

The first lookup in a process reads the persistent index
(:mod:`plugspec._index`) when it is still true of the installed
distributions, else scans (:mod:`plugspec._scan`) and writes a new index.
Either way the answer equals ``importlib.metadata.entry_points(group=...)``
on the same ``sys.path``, and ``importlib.metadata`` is not imported. Later
lookups reuse the in-memory result until :func:`refresh` or a change to
``sys.path``.

From the index, an entry point's distribution name and version are checked
against the metadata they were read from only when first read (as
``importlib.metadata.EntryPoint.dist.name`` reads ``METADATA`` on access):
loading one plugin of a large group does not look at the metadata of all the
others. If that metadata changed, the name and version are read again and
the process rescans (writing a fresh index), as when a group's check fails.
"""

from __future__ import annotations

import _thread
import sys

from . import _index

# Spelled out rather than imported from ``typing``: discovery alone imports no
# ``typing`` (docs/performance.md; the probe in tests/discovery/_disco.py
# checks it), whose import is 9-17 ms of ``-X importtime`` on the machine of
# docs/performance.md.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

__all__ = ["EntryPoint", "entry_points", "refresh"]


class EntryPoint:
    """One installed entry point, with the distribution that declares it.

    Mirrors the read-only API of :class:`importlib.metadata.EntryPoint`
    (``name``, ``value``, ``group``, ``module``, ``attr``, ``extras``,
    :meth:`load`) so that code written for stevedore's callbacks keeps working.
    Immutable; equal (and hashed alike) when all five fields are equal.

    >>> ep = EntryPoint("csv", "fmt.csv:Csv", "myapp.formatters", "fmt", "1.0")
    >>> ep.module, ep.attr, str(ep)
    ('fmt.csv', 'Csv', 'csv = fmt.csv:Csv')
    """

    # Hand-written rather than a frozen dataclass: the dataclass machinery
    # imports ``inspect`` and costs more at start-up than the whole warm path.
    # Read-only properties over private slots keep it immutable. ``_pending``
    # holds, until the distribution's name or version is first read, the
    # index's unchecked record of them (see ``_Pending``).
    __slots__ = ("_dist_name", "_dist_version", "_group", "_name", "_pending", "_value")
    __match_args__ = ("name", "value", "group", "dist_name", "dist_version")

    def __init__(
        self,
        name: str,
        value: str,
        group: str,
        dist_name: str | None = None,
        dist_version: str | None = None,
    ) -> None:
        self._name = name
        self._value = value
        self._group = group
        self._dist_name = dist_name
        self._dist_version = dist_version
        self._pending: _Pending | None = None

    @property
    def name(self) -> str:
        """The entry point's name (left of ``=``)."""
        return self._name

    @property
    def value(self) -> str:
        """The object reference, ``module:attr [extras]``."""
        return self._value

    @property
    def group(self) -> str:
        """The entry-point group."""
        return self._group

    @property
    def dist_name(self) -> str | None:
        """The declaring distribution's ``Name``, when its metadata has one."""
        if self._pending is not None:
            self._settle()
        return self._dist_name

    @property
    def dist_version(self) -> str | None:
        """The declaring distribution's ``Version``, when its metadata has one."""
        if self._pending is not None:
            self._settle()
        return self._dist_version

    @classmethod
    def _indexed(
        cls,
        name: str,
        value: str,
        group: str,
        dist_name: str | None,
        dist_version: str | None,
        pending: _Pending | None,
    ) -> EntryPoint:
        # From the index: name and version are checked when first read.
        ep = cls.__new__(cls)
        ep._name = name
        ep._value = value
        ep._group = group
        ep._dist_name = dist_name
        ep._dist_version = dist_version
        ep._pending = pending
        return ep

    def _settle(self) -> None:
        pending = self._pending
        if pending is not None:
            self._dist_name, self._dist_version = pending.resolve()
            # Last, so that a concurrent reader never sees it cleared early.
            self._pending = None

    def _fields(self) -> tuple[str, str, str, str | None, str | None]:
        return (self.name, self.value, self.group, self.dist_name, self.dist_version)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, EntryPoint)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r}, "
            f"dist_name={self.dist_name!r}, dist_version={self.dist_version!r})"
        )

    @property
    def module(self) -> str:
        """The module part of ``value`` (before ``:``)."""
        return self.value.partition(":")[0].strip()

    @property
    def attr(self) -> str:
        """The attribute path after ``:`` (empty for a module)."""
        return self.value.partition(":")[2].partition("[")[0].strip()

    @property
    def extras(self) -> list[str]:
        """Extras named in brackets after the value, if any."""
        inside = self.value.partition("[")[2].partition("]")[0]
        return [extra.strip() for extra in inside.split(",") if extra.strip()]

    def load(self) -> object:
        """Import the module and follow the attribute path."""
        from importlib import import_module  # not needed by discovery itself

        target: object = import_module(self.module)
        for part in filter(None, self.attr.split(".")):
            target = getattr(target, part)
        return target

    def __str__(self) -> str:
        return f"{self.name} = {self.value}"


_lock = _thread.RLock()


class _Pending:
    # A distribution's name and version as the index recorded them, with the
    # rows of the metadata files they were read from, not yet checked. Shared
    # by the distribution's entry points in one group; resolved once.
    __slots__ = ("name", "rows", "snapshot", "version")

    def __init__(
        self, name: str | None, version: str | None, rows: Any, snapshot: _Snapshot
    ) -> None:
        self.name = name
        self.version = version
        self.rows = rows
        self.snapshot: _Snapshot | None = snapshot

    def resolve(self) -> tuple[str | None, str | None]:
        with _lock:
            snapshot = self.snapshot
            if snapshot is not None:
                self.snapshot = None
                index = snapshot.index
                if index is not None and not index.fresh(self.rows):
                    self.name, self.version = _reread(snapshot, index.location(self.rows))
            return self.name, self.version


def _reread(snapshot: _Snapshot, location: str) -> tuple[str | None, str | None]:
    # The metadata changed since the index was written: read this
    # distribution's again, and rescan (writing a fresh index) so that the
    # process and the next ones answer from what is installed now.
    global _snapshot
    from ._scan import dist_headers  # see ``_load``

    headers = dist_headers(location)
    if _snapshot is snapshot:
        _snapshot = _load(snapshot.path, trust_index=False)
    return headers.get("name"), headers.get("version")


class _Snapshot:
    # One process-wide answer: raw rows per group (from a scan, or from the
    # index one group at a time), EntryPoint tuples built on first use of
    # each group.
    __slots__ = ("built", "dists", "groups", "index", "path")

    def __init__(
        self,
        path: tuple[Any, ...],
        groups: Any,
        dists: Any,
        index: _index.Loaded | None,
    ) -> None:
        self.path = path
        self.groups: dict[str, Any] = groups
        self.dists: Any = dists
        self.index = index
        self.built: dict[str, tuple[EntryPoint, ...]] = {}


_snapshot: _Snapshot | None = None


def _standard_finders() -> bool:
    # Distributions come only from the path-based finders whose rules the
    # scanner follows (the standard library's, or importlib_metadata's
    # replacement for it); any other finder means asking importlib itself.
    for finder in sys.meta_path:
        if getattr(finder, "find_distributions", None) is None:
            continue
        if getattr(finder, "__module__", None) not in (
            "_frozen_importlib_external",
            "importlib_metadata",
        ):
            return False
    return True


def _from_importlib(path: tuple[Any, ...]) -> _Snapshot:
    from ._scan import importlib_metadata  # see ``_load``

    metadata = importlib_metadata()
    groups: dict[str, list[tuple[str, str, int]]] = {}
    dists: list[tuple[str | None, str | None, tuple[()]]] = []
    known: dict[int, int] = {}
    # importlib_metadata leaves entry_points() unannotated; its items are EntryPoints.
    found: list[Any] = list(getattr(metadata, "entry_points")())  # noqa: B009
    for ep in found:
        dist = ep.dist
        slot = known.get(id(dist))
        if slot is None:
            slot = known[id(dist)] = len(dists)
            meta: Any = None if dist is None else dist.metadata
            dists.append(
                (
                    None if meta is None else meta.get("Name"),
                    None if meta is None else meta.get("Version"),
                    (),
                )
            )
        groups.setdefault(ep.group, []).append((ep.name, ep.value, slot))
    return _Snapshot(path, groups, dists, None)


def _load(path: tuple[Any, ...], *, trust_index: bool = True) -> _Snapshot:
    if not _standard_finders():
        return _from_importlib(path)
    directory = _index.cache_dir()
    key = _index.index_key(path) if directory is not None else None
    if trust_index and directory is not None and key is not None:
        loaded = _index.load(key, directory)
        if loaded is not None:
            return _Snapshot(path, {}, (), loaded)
    # Imported here: a warm start does not load the scanner (about 0.6 ms of
    # ``-X importtime``, against about 12 ms for the whole warm discovery).
    from ._scan import scan

    found = scan(path)
    if directory is not None and key is not None:
        _index.store(key, directory, found)
    return _Snapshot(path, found.groups, found.dists, None)


def _build(snapshot: _Snapshot, group: str, rows: Any, dists: Any) -> tuple[EntryPoint, ...]:
    result = tuple(
        EntryPoint(name, value, group, dists[dist][0], dists[dist][1]) for name, value, dist in rows
    )
    snapshot.built[group] = result
    return result


def _build_pending(
    snapshot: _Snapshot,
    group: str,
    rows: tuple[tuple[str, str, int], ...],
    dists: Any,
    *,
    keep: bool = True,
) -> tuple[EntryPoint, ...]:
    # From the index: each distribution's name and version are checked when
    # first read (``_Pending``, one per distribution), not now.
    pending: dict[int, _Pending | None] = {}
    make = EntryPoint._indexed  # pyright: ignore[reportPrivateUsage]
    result: list[EntryPoint] = []
    for name, value, dist in rows:
        dist_name, version, _order_rows, own = dists[dist]
        if dist not in pending:
            pending[dist] = _Pending(dist_name, version, own, snapshot) if own else None
        result.append(make(name, value, group, dist_name, version, pending[dist]))
    built = tuple(result)
    if keep:  # the whole group, not a driver's part of it
        snapshot.built[group] = built
    return built


def entry_points(group: str) -> tuple[EntryPoint, ...]:
    """The entry points installed in ``group``, in discovery order.

    Equal to ``importlib.metadata.entry_points(group=group)`` on the current
    ``sys.path``, with each entry point's distribution name and version.
    Entry points added in memory by :func:`plugspec.testing.fake_entry_points`
    come first.
    """
    if _overlay or _hidden:
        return _shown(group, _overlay.get(group, ()) + _installed(group))
    return _installed(group)


def entry_points_named(group: str, name: str) -> tuple[EntryPoint, ...]:
    """The entry points of ``group`` called ``name``, in discovery order:
    :func:`entry_points` filtered, for a driver.

    From the index, only the matching entry points are built, and the files
    that decide the order of the group's distributions are checked only
    when several match (the order of one is no question).
    """
    if _overlay or _hidden:
        return _shown(group, _named(_overlay.get(group, ()), name) + _installed(group, name))
    return _installed(group, name)


def _installed(group: str, name: str | None = None) -> tuple[EntryPoint, ...]:
    global _snapshot
    path = tuple(sys.path)
    snapshot = _snapshot
    if snapshot is not None and snapshot.path == path:
        found = snapshot.built.get(group)
        if found is not None:
            return _named(found, name)
    with _lock:
        snapshot = _snapshot
        if snapshot is None or snapshot.path != path:
            snapshot = _snapshot = _load(path)
        found = snapshot.built.get(group)
        if found is not None:
            return _named(found, name)
        index = snapshot.index
        if index is not None:
            found_rows = index.group(group, name)
            if found_rows is not None:
                return _build_pending(snapshot, group, *found_rows, keep=name is None)
            # A distribution's metadata changed since the index was written.
            snapshot = _snapshot = _load(path, trust_index=False)
        return _named(_build(snapshot, group, snapshot.groups.get(group, ()), snapshot.dists), name)


def _named(found: tuple[EntryPoint, ...], name: str | None) -> tuple[EntryPoint, ...]:
    # All of ``found`` (a whole group), or those called ``name``.
    return found if name is None else tuple(ep for ep in found if ep.name == name)


def refresh() -> None:
    """Forget what was found, so the next lookup sees what is installed now."""
    global _snapshot
    with _lock:
        _snapshot = None


# -- in-memory entry points (plugspec.testing.fake_entry_points) --------------
# Per group, entry points that no distribution declares; empty outside tests.
_overlay: dict[str, tuple[EntryPoint, ...]] = {}


def add_overlay(added: tuple[EntryPoint, ...]) -> None:
    """List ``added`` first in their groups (before earlier additions)."""
    with _lock:
        for group in dict.fromkeys(ep.group for ep in added):
            mine = tuple(ep for ep in added if ep.group == group)
            _overlay[group] = mine + _overlay.get(group, ())


def remove_overlay(added: tuple[EntryPoint, ...]) -> None:
    """Undo :func:`add_overlay` for exactly these records (by identity)."""
    with _lock:
        for group in dict.fromkeys(ep.group for ep in added):
            kept = tuple(
                ep for ep in _overlay.get(group, ()) if not any(ep is gone for gone in added)
            )
            if kept:
                _overlay[group] = kept
            else:
                _overlay.pop(group, None)


# Per group, entry points left out while a fake that replaces the group is
# active (compared by equality; one occurrence per active fake).
_hidden: dict[str, list[EntryPoint]] = {}


def hide(entry_points: tuple[EntryPoint, ...]) -> None:
    """Leave ``entry_points`` out of their groups until :func:`unhide`."""
    with _lock:
        for ep in entry_points:
            _hidden.setdefault(ep.group, []).append(ep)


def unhide(entry_points: tuple[EntryPoint, ...]) -> None:
    """Undo :func:`hide` for these entry points."""
    with _lock:
        for ep in entry_points:
            hidden = _hidden.get(ep.group, [])
            if ep in hidden:
                hidden.remove(ep)
            if not hidden:
                _hidden.pop(ep.group, None)


def _shown(group: str, found: tuple[EntryPoint, ...]) -> tuple[EntryPoint, ...]:
    hidden = _hidden.get(group)
    return tuple(ep for ep in found if ep not in hidden) if hidden else found
