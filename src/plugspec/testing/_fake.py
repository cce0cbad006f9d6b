"""Fake entry points: given objects appear as installed plugins of a group."""

from __future__ import annotations

import itertools
import keyword
import os
import shutil
import sys
import tempfile
import threading
import types
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast

from .. import EntryPoint, Namespace, refresh
from .._discovery import (  # no public form: for this module only
    add_overlay,
    entry_points,
    hide,
    remove_overlay,
    unhide,
)
from .._distname import dist_info_name

__all__ = ["EntryPointFaker", "FakeEntryPoints", "fake_entry_points"]

Mode = Literal["memory", "dist-info"]

# sys.path and sys.modules are process-wide: one fake changes them at a time.
_lock = threading.Lock()
_counter = itertools.count(1)


def _check_name(name: object) -> str:
    # The entry-point specification: no "=", no surrounding whitespace, no "[" first.
    # Printable only: entry_points.txt is split into lines on any line break.
    if (
        not isinstance(name, str)
        or not name.isprintable()
        or not name
        or name != name.strip()
        or "=" in name
        or name.startswith(("[", "#", ";"))
    ):
        raise ValueError(f"invalid entry-point name {name!r}")
    return name


def _usable(name: str) -> bool:
    # Not "_"-prefixed: a module's own attributes (__name__, __dict__...) must stay.
    return name.isidentifier() and not keyword.iskeyword(name) and not name.startswith("_")


def _attribute_names(names: list[str]) -> list[str]:
    """A distinct attribute name per entry point, the name itself where possible."""
    chosen: list[str] = []
    taken = {name for name in names if _usable(name)}
    for index, name in enumerate(names):
        if _usable(name):
            chosen.append(name)
            continue
        candidate = f"plugin_{index}"
        while candidate in taken:
            candidate += "_"
        taken.add(candidate)
        chosen.append(candidate)
    return chosen


def _dist_dir_name(name: str, version: str) -> str:
    # The wheel specification's escaping of names and versions in file names.
    return f"{dist_info_name(name)}-{version.replace('-', '_')}.dist-info"


class FakeEntryPoints:
    """Objects shown as entry points of one group while the context is active.

    Made by :func:`fake_entry_points`; use it as a context manager. The
    attributes describe what the managers will see.

    >>> with fake_entry_points("demo.names", {"upper": str.upper}, dist_name="demo") as fake:
    ...     entry_point = fake.entry_points[0]
    ...     entry_point.name, entry_point.dist_name, entry_point.load() is str.upper
    ('upper', 'demo', True)
    """

    group: str
    """The entry-point group."""

    mode: Mode
    """``"memory"`` (no files) or ``"dist-info"`` (a real distribution on ``sys.path``)."""

    dist_name: str | None
    """The distribution name the entry points carry (``None`` when unknown)."""

    dist_version: str | None
    """The distribution version the entry points carry (``None`` when unknown)."""

    module: str
    """The name of the module (in ``sys.modules`` while active) holding the objects."""

    entry_points: tuple[EntryPoint, ...]
    """The entry points, in the order given; equal to what discovery reports."""

    replace: bool
    """Whether the group's other entry points are hidden while the fake is active."""

    replaced: tuple[EntryPoint, ...]
    """The entry points hidden while active (``replace``): the group's when it began."""

    def __init__(
        self,
        namespace: Namespace[Any] | str,
        plugins: Mapping[str, object],
        *,
        dist_name: str | None = None,
        dist_version: str | None = None,
        mode: Mode = "memory",
        replace: bool = False,
    ) -> None:
        group = namespace.group if isinstance(namespace, Namespace) else namespace
        if (
            not isinstance(cast(object, group), str)
            or not group.isprintable()
            or not group.strip()
            or any(c in group for c in "[]=")
        ):
            raise ValueError(f"invalid entry-point group {group!r}")
        if mode not in ("memory", "dist-info"):
            raise ValueError(f"mode must be 'memory' or 'dist-info', not {mode!r}")
        names = [_check_name(name) for name in plugins]
        serial = next(_counter)
        if mode == "dist-info":
            dist_name = dist_name or f"plugspec-fake-{serial}"
            dist_version = dist_version or "0"
        self.group = group
        self.mode = mode
        self.dist_name = dist_name
        self.dist_version = dist_version
        self.module = f"_plugspec_fake_{os.getpid()}_{serial}"
        attrs = _attribute_names(names)
        self._objects = types.ModuleType(self.module, f"Objects faked as {group!r} entry points.")
        for attr, obj in zip(attrs, plugins.values(), strict=True):
            setattr(self._objects, attr, obj)
        self.entry_points = tuple(
            EntryPoint(name, f"{self.module}:{attr}", group, dist_name, dist_version)
            for name, attr in zip(names, attrs, strict=True)
        )
        self.replace = replace
        self.replaced = ()
        self._site: str | None = None
        self._state: Literal["new", "active", "closed"] = "new"

    @property
    def path(self) -> Path | None:
        """The directory put on ``sys.path`` (``"dist-info"`` mode, while active)."""
        return None if self._site is None else Path(self._site)

    def __enter__(self) -> FakeEntryPoints:
        with _lock:
            if self._state != "new":
                raise RuntimeError("a FakeEntryPoints context can be entered only once")
            self._state = "active"
            if self.replace:
                # What the group holds now, installed or faked, before this fake joins it.
                refresh()
                self.replaced = entry_points(self.group)
                hide(self.replaced)
            sys.modules[self.module] = self._objects
            if self.mode == "dist-info":
                self._site = self._write_site()
                sys.path.insert(0, self._site)
            else:
                add_overlay(self.entry_points)
        refresh()
        return self

    def _write_site(self) -> str:
        name, version = self.dist_name or "", self.dist_version or ""
        site = tempfile.mkdtemp(prefix="plugspec-fake-")
        info = Path(site, _dist_dir_name(name, version))
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
            encoding="utf-8",
        )
        lines = "".join(f"{ep.name} = {ep.value}\n" for ep in self.entry_points)
        (info / "entry_points.txt").write_text(f"[{self.group}]\n{lines}", encoding="utf-8")
        (info / "RECORD").write_text("", encoding="utf-8")
        return site

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Remove the entry points (what ``with`` does on exit); idempotent."""
        with _lock:
            if self._state != "active":
                self._state = "closed"
                return
            self._state = "closed"
            unhide(self.replaced)
            if sys.modules.get(self.module) is self._objects:
                del sys.modules[self.module]
            site, self._site = self._site, None
            if site is None:
                remove_overlay(self.entry_points)
            else:
                if site in sys.path:
                    sys.path.remove(site)
                sys.path_importer_cache.pop(site, None)
                shutil.rmtree(site, ignore_errors=True)
        refresh()

    def __repr__(self) -> str:
        return (
            f"<FakeEntryPoints {self.group!r} mode={self.mode!r} "
            f"[{', '.join(str(ep) for ep in self.entry_points)}] {self._state}>"
        )


def fake_entry_points(
    namespace: Namespace[Any] | str,
    plugins: Mapping[str, object],
    *,
    dist_name: str | None = None,
    dist_version: str | None = None,
    mode: Mode = "memory",
    replace: bool = False,
) -> FakeEntryPoints:
    """Make ``plugins`` (entry-point name -> object) entry points of a group.

    Use the result as a context manager. While it is active, every manager
    (and :func:`plugspec.entry_points`-based discovery) sees one entry point
    per item, pointing at the given object
    exactly as an installed plugin's entry point points at its target (a
    class is still invoked under ``invoke_on_load``, and still verified).

    ``mode="memory"`` (the default) writes nothing; ``mode="dist-info"``
    writes a real ``*.dist-info`` directory (``METADATA``,
    ``entry_points.txt``) into a temporary directory put first on
    ``sys.path``, so that the discovery scan finds it like any installed
    distribution. In both modes the objects live in a generated module in
    ``sys.modules`` named by each entry point's value. ``dist_name`` and
    ``dist_version`` are what the entry points report (in ``"dist-info"``
    mode a name and version are generated when not given).

    On exit everything is undone: the module, ``sys.path``, the temporary
    directory, and discovery's caches. Contexts nest, for the same group or
    different ones. Fakes come before the installed entry points of their
    group, the latest first; in-memory fakes come before ``"dist-info"`` ones.

    With ``replace=True`` the fakes replace the group: the entry points it
    holds when the context begins (installed, or faked by an enclosing
    context) are hidden until it ends. That is how a plugin's own tests
    load the plugin through a fake while the plugin is also installed, as it
    is in its repository's development environment; without it, a
    :class:`~plugspec.DriverManager` finds two plugins of that name.

    >>> from typing import Protocol
    >>> import plugspec
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> class Hello:
    ...     def greet(self, name: str) -> str:
    ...         return f"hello {name}"
    >>> GREETERS = plugspec.Namespace("demo.greeters", Greeter, factory=True)
    >>> with fake_entry_points(GREETERS, {"hello": Hello}, dist_name="demo-hello"):
    ...     manager = plugspec.ExtensionManager(GREETERS)
    ...     manager.map_method(Greeter.greet, "you"), manager["hello"].dist_name
    (['hello you'], 'demo-hello')
    >>> "hello" in plugspec.ExtensionManager(GREETERS)
    False
    """
    return FakeEntryPoints(
        namespace,
        plugins,
        dist_name=dist_name,
        dist_version=dist_version,
        mode=mode,
        replace=replace,
    )


class EntryPointFaker:
    """Fake entry points that are all removed together by :meth:`close`.

    This is what the ``plugspec_entry_points`` pytest fixture hands to a
    test: call it like :func:`fake_entry_points`; the fake is active at once
    and removed when the test ends.

    >>> faker = EntryPointFaker()
    >>> fake = faker("demo.greeters", {"upper": str.upper})
    >>> fake.entry_points[0].load() is str.upper
    True
    >>> faker.close()
    """

    def __init__(self) -> None:
        self._stack = ExitStack()

    def __call__(
        self,
        namespace: Namespace[Any] | str,
        plugins: Mapping[str, object],
        *,
        dist_name: str | None = None,
        dist_version: str | None = None,
        mode: Mode = "memory",
        replace: bool = False,
    ) -> FakeEntryPoints:
        """Activate :func:`fake_entry_points` until :meth:`close`; return it."""
        fake = fake_entry_points(
            namespace,
            plugins,
            dist_name=dist_name,
            dist_version=dist_version,
            mode=mode,
            replace=replace,
        )
        return self._stack.enter_context(fake)

    def close(self) -> None:
        """Remove every fake made so far, the latest first."""
        self._stack.close()
