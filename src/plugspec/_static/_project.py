"""Read a plugin project's entry points from its ``pyproject.toml``, before installation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from .._discovery import EntryPoint

if sys.version_info >= (3, 11):
    import tomllib
else:
    # Only installed below 3.11 (the `static` extra); stubs/tomli types it everywhere.
    import tomli as tomllib  # pyright: ignore[reportMissingModuleSource]

__all__ = ["ProjectError", "project_entry_points", "project_search_path"]


class ProjectError(Exception):
    """The project directory or its ``pyproject.toml`` cannot be used."""


def project_search_path(project: Path) -> list[Path]:
    """Where the project's modules live: ``src/`` when it has one, else the project root."""
    source = project / "src"
    return [source] if source.is_dir() else [project]


def _table(value: object, what: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise ProjectError(f"{what} is missing or not a table")
    return cast("dict[str, object]", value)


def project_entry_points(project: Path) -> tuple[EntryPoint, ...]:
    """The entry points ``project/pyproject.toml`` declares, as installed ones would look.

    Reads ``[project.entry-points."group"]`` tables (and ``[project.scripts]``
    is ignored: console scripts are not plugins). The distribution is the
    project's ``name`` and ``version`` (``None`` when dynamic).
    """
    path = project / "pyproject.toml"
    try:
        with path.open("rb") as file:
            data = tomllib.load(file)
    except FileNotFoundError as error:
        raise ProjectError(f"{project}: no pyproject.toml") from error
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ProjectError(f"{path}: {error}") from error
    table = _table(data.get("project"), f"{path}: [project]")
    name = table.get("name")
    version = table.get("version")
    groups = _table(table.get("entry-points", {}), f"{path}: [project.entry-points]")
    found: list[EntryPoint] = []
    for group, entries in groups.items():
        table_name = f'{path}: [project.entry-points."{group}"]'
        for entry_name, value in _table(entries, table_name).items():
            if not isinstance(value, str):
                raise ProjectError(f"{table_name}: entry point `{entry_name}` is not a string")
            found.append(
                EntryPoint(
                    entry_name,
                    value,
                    group,
                    name if isinstance(name, str) else None,
                    version if isinstance(version, str) else None,
                )
            )
    return tuple(found)
