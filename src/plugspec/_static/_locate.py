"""Find a module's files on a search path without importing anything.

``importlib.util.find_spec("a.b")`` imports ``a`` to find ``b``; the static
check must not run plugin code, so it looks at the file system itself, in the
order the path-based finder uses (a regular package, then a module file, then
namespace-package portions), and also sees stub-only modules (``.pyi``) that
no import machinery knows about.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Location", "locate", "module_source"]

_INIT_FILES = ("__init__.pyi", "__init__.py")
# .pyi first: type checkers prefer a stub beside its module.
_MODULE_SUFFIXES = (".pyi", ".py", *importlib.machinery.EXTENSION_SUFFIXES, ".pyc")


@dataclass(frozen=True)
class Location:
    """Where a module lives: its files, found without importing it.

    ``paths`` is one directory for a regular package, one file for a plain
    module, or several directories for a namespace package.
    """

    name: str
    paths: tuple[Path, ...]
    is_package: bool

    @property
    def source(self) -> Path | None:
        """The file a type checker reads: stub first, then source (None if neither)."""
        if not self.is_package:
            path = self.paths[0]
            if path.suffix in (".py", ".pyi"):
                return _prefer_stub(path)
            return None
        for directory in self.paths:
            for init in _INIT_FILES:
                if (directory / init).is_file():
                    return directory / init
        return None


def _prefer_stub(path: Path) -> Path:
    stub = path.with_suffix(".pyi")
    return stub if stub.is_file() else path


def _find_in(name: str, directories: Sequence[str | Path]) -> Location | None:
    portions: list[Path] = []
    for entry in directories:
        base = Path(entry or ".")
        if not base.is_dir():
            continue
        candidate = base / name
        if candidate.is_dir() and any((candidate / init).is_file() for init in _INIT_FILES):
            return Location(name, (candidate,), is_package=True)
        for suffix in _MODULE_SUFFIXES:
            file = base / f"{name}{suffix}"
            if file.is_file():
                return Location(name, (file,), is_package=False)
        if candidate.is_dir():
            portions.append(candidate)
    if portions:
        return Location(name, tuple(portions), is_package=True)
    return None


def _find_by_meta_path(name: str) -> Location | None:
    # Import hooks (setuptools' editable finders, for instance) are only known
    # to the meta path; asking it about a top-level name imports nothing.
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    if spec.submodule_search_locations:
        return Location(name, tuple(Path(p) for p in spec.submodule_search_locations), True)
    if spec.origin and Path(spec.origin).is_file():
        return Location(name, (Path(spec.origin),), is_package=False)
    return None


def locate(module: str, search_path: Sequence[str | Path] | None = None) -> Location | None:
    """Find ``module`` (dotted) on ``search_path`` (default ``sys.path``), importing nothing.

    Returns None when no file for it exists. Stdlib and built-in modules are
    not looked for.
    """
    parts = module.split(".")
    top = parts[0]
    if top in sys.builtin_module_names:
        return None
    location = _find_in(top, sys.path if search_path is None else search_path)
    if location is None and search_path is None:
        location = _find_by_meta_path(top)
    for index, part in enumerate(parts[1:], start=2):
        if location is None or not location.is_package:
            return None
        found = _find_in(part, location.paths)
        location = (
            None
            if found is None
            else Location(".".join(parts[:index]), found.paths, found.is_package)
        )
    return location


def module_source(module: str, search_path: Sequence[str | Path] | None = None) -> Path | None:
    """The ``.pyi`` or ``.py`` file a type checker would read for ``module``, if any."""
    location = locate(module, search_path)
    return None if location is None else location.source
