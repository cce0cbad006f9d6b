"""Real temporary plugin environments for tests.

A :class:`PluginEnv` writes distributions (a ``*.dist-info`` directory with
``METADATA`` and ``entry_points.txt``, plus the modules they name) into
temporary ``site`` directories, puts those directories on ``sys.path`` and
rescans with :func:`plugspec.refresh`. :meth:`PluginEnv.close` undoes all of
it: ``sys.path``, imported modules, import caches and the scan.

Use it through the ``plugin_env`` fixture (``tests/conftest.py``)::

    def test_driver(plugin_env):
        plugin_env.add_dist(
            "fmt-csv",
            entry_points={"myapp.formatters": {"csv": "fmt_csv:CsvFormatter"}},
            modules={"fmt_csv": "class CsvFormatter: ..."},
        )
        ...

or as a context manager: ``with PluginEnv(tmp_path) as env: ...``.
"""

from __future__ import annotations

import importlib
import re
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType

import plugspec

__all__ = ["PluginEnv", "Site", "write_dist_info"]


def _normalise(name: str) -> str:
    # The wheel spec's file-name escaping of a distribution name.
    return re.sub(r"[-_.]+", "_", name).lower()


def write_dist_info(
    directory: Path,
    name: str,
    version: str = "1.0",
    *,
    entry_points: Mapping[str, Mapping[str, str]] | None = None,
    entry_points_txt: str | None = None,
    metadata: str | None = None,
) -> Path:
    """Write the ``.dist-info`` of a distribution into ``directory``; return it.

    The arguments are those of :meth:`Site.add_dist`; nothing is put on
    ``sys.path`` (for environments of subprocesses).
    """
    dist_info = directory / f"{_normalise(name)}-{version}.dist-info"
    dist_info.mkdir(parents=True)
    if metadata is None:
        metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    (dist_info / "METADATA").write_text(metadata)
    if entry_points_txt is None and entry_points:
        sections: list[str] = []
        for group, members in entry_points.items():
            lines = "".join(f"{ep_name} = {value}\n" for ep_name, value in members.items())
            sections.append(f"[{group}]\n{lines}")
        entry_points_txt = "\n".join(sections)
    if entry_points_txt is not None:
        (dist_info / "entry_points.txt").write_text(entry_points_txt)
    (dist_info / "RECORD").write_text("")
    return dist_info


class Site:
    """One directory on ``sys.path`` holding distributions and modules."""

    def __init__(self, env: PluginEnv, path: Path) -> None:
        self.env = env
        self.path = path

    def add_module(self, module: str, source: str) -> Path:
        """Write ``module`` (dotted; packages get an ``__init__.py``) with ``source``."""
        parts = module.split(".")
        directory = self.path
        for package in parts[:-1]:
            directory = directory / package
            directory.mkdir(exist_ok=True)
            init = directory / "__init__.py"
            if not init.exists():
                init.write_text("")
        target = directory / f"{parts[-1]}.py"
        target.write_text(textwrap.dedent(source))
        self.env.written_modules.add(module)
        self.env.invalidate()
        return target

    def add_dist(
        self,
        name: str,
        version: str = "1.0",
        *,
        entry_points: Mapping[str, Mapping[str, str]] | None = None,
        modules: Mapping[str, str] | None = None,
        entry_points_txt: str | None = None,
        metadata: str | None = None,
    ) -> Path:
        """Write a distribution; return its ``.dist-info`` directory.

        ``entry_points`` maps group -> {name: value}; ``entry_points_txt``
        replaces the generated ``entry_points.txt`` verbatim (for malformed
        files); ``metadata`` likewise replaces ``METADATA``; ``modules`` maps
        dotted module names to source (dedented).
        """
        dist_info = write_dist_info(
            self.path,
            name,
            version,
            entry_points=entry_points,
            entry_points_txt=entry_points_txt,
            metadata=metadata,
        )
        for module, source in (modules or {}).items():
            self.add_module(module, source)
        self.env.invalidate()
        return dist_info


class PluginEnv:
    """Temporary distributions on ``sys.path``, undone by :meth:`close`."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.sites: list[Site] = []
        self.written_modules: set[str] = set()
        self._saved_path = list(sys.path)
        self._saved_modules = set(sys.modules)
        self._closed = False

    def new_site(self, *, first: bool = True) -> Site:
        """Add a new directory to ``sys.path`` (at the front unless ``first=False``)."""
        path = self.root / f"site{len(self.sites)}"
        path.mkdir(parents=True)
        if first:
            sys.path.insert(0, str(path))
        else:
            sys.path.append(str(path))
        site = Site(self, path)
        self.sites.append(site)
        self.invalidate()
        return site

    @property
    def site(self) -> Site:
        """The first site, created on first use."""
        return self.sites[0] if self.sites else self.new_site()

    def add_dist(
        self,
        name: str,
        version: str = "1.0",
        *,
        entry_points: Mapping[str, Mapping[str, str]] | None = None,
        modules: Mapping[str, str] | None = None,
        entry_points_txt: str | None = None,
        metadata: str | None = None,
    ) -> Path:
        """:meth:`Site.add_dist` on the first site."""
        return self.site.add_dist(
            name,
            version,
            entry_points=entry_points,
            modules=modules,
            entry_points_txt=entry_points_txt,
            metadata=metadata,
        )

    def add_module(self, module: str, source: str) -> Path:
        """:meth:`Site.add_module` on the first site."""
        return self.site.add_module(module, source)

    def invalidate(self) -> None:
        """Make the import system and plugspec see the files as they are now."""
        importlib.invalidate_caches()
        plugspec.refresh()

    def close(self) -> None:
        """Restore ``sys.path`` and ``sys.modules``, and rescan."""
        if self._closed:
            return
        self._closed = True
        roots = [str(site.path) for site in self.sites]
        sys.path[:] = self._saved_path
        for path in roots:
            sys.path_importer_cache.pop(path, None)
        for module in list(sys.modules):
            if module in self._saved_modules:
                continue
            top = module.partition(".")[0]
            loaded = sys.modules.get(module)
            origin = str(getattr(loaded, "__file__", None) or "")
            if top in {m.partition(".")[0] for m in self.written_modules} or any(
                origin.startswith(root) for root in roots
            ):
                del sys.modules[module]
        self.invalidate()

    def __enter__(self) -> PluginEnv:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
