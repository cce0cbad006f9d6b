"""The plugins of one namespace as the Sphinx extension's table lists them.

Each row is an installed entry point of the namespace's group, with the first
line of its target's docstring and its verdict, found by importing and
checking the target as the namespace declares (``_load_and_check``, shared
with ``plugspec check``). :func:`catalogue` does that in an interpreter of its
own (``_isolation``), as ``plugspec check`` does for each namespace, so
that a table's verdicts do not depend on what the documentation build
imported before: Sphinx, its extensions, or another table's plugins.
"""

from __future__ import annotations

import inspect
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ._discovery import EntryPoint, entry_points
from ._isolation import Request, available, in_children, read_request
from ._load_and_check import load_and_check
from ._lookup import covering, namespaces_at
from ._namespace import Namespace

__all__ = ["CatalogueError", "Row", "catalogue", "child_main", "rows"]

# The function a child interpreter runs to list one namespace's plugins.
_CHILD_MAIN = "plugspec._catalogue:child_main"


class CatalogueError(Exception):
    """The plugins of a namespace could not be listed (its interpreter failed)."""


@dataclass(frozen=True)
class Row:
    """One installed plugin: its entry point, its summary, and what is wrong with it."""

    name: str
    value: str
    distribution: str | None
    version: str | None
    summary: str
    problem: str | None  # None when the plugin loaded and conforms


def rows(namespaces: tuple[Namespace[Any], ...]) -> list[Row]:
    """The rows of the plugins installed for ``namespaces`` (one group), imported here."""
    found = sorted(
        entry_points(namespaces[0].group),
        key=lambda ep: (ep.name, ep.dist_name or "", ep.value),
    )
    return [_row(ep, namespaces) for ep in found]


def catalogue(
    namespaces: tuple[Namespace[Any], ...], source: str, *, registered: bool
) -> tuple[list[Row], str]:
    """The rows of ``namespaces`` (found at ``source``), and what their plugins printed.

    The plugins are imported in an interpreter of their own when this one can
    start another (else here). ``registered`` says whether ``source`` is the
    namespace registered for the group under ``plugspec.namespaces``. Raises
    :class:`CatalogueError` when that interpreter fails.
    """
    if not available():
        return rows(namespaces), ""
    group = namespaces[0].group
    request = Request(group, source, registered, list(sys.path), _CHILD_MAIN)
    (result,) = in_children([request])
    if result.document is None:
        raise CatalogueError(result.error or "failed")
    return [Row(**fields) for fields in result.document["rows"]], result.output


def child_main() -> None:
    """The child's side of :func:`catalogue`: the request on standard input, the
    rows (or ``{"failure": why}``) in the file it names."""
    request = read_request(sys.stdin.read())
    sys.path[:] = request.sys_path
    try:
        document: dict[str, Any] = {
            "rows": [asdict(row) for row in rows(namespaces_at(request.source))]
        }
    except BaseException as error:  # a plugin ending the interpreter (SystemExit) included
        document = {"failure": f"the plugins could not be listed: {type(error).__name__}: {error}"}
    Path(request.output).write_text(json.dumps(document), encoding="utf-8")


def _row(entry_point: EntryPoint, namespaces: tuple[Namespace[Any], ...]) -> Row:
    namespace = covering(namespaces, entry_point.name)
    summary, problem = "", None
    if namespace is None:
        problem = "no protocol for this name"
    else:
        loaded = load_and_check(entry_point, namespace)
        if loaded.report is None:  # a broken plugin is a verdict, never a failed build
            problem = loaded.error
        else:
            summary = _summary(loaded.target)
            problem = None if loaded.report.ok else str(loaded.report)
    return Row(
        entry_point.name,
        entry_point.value,
        entry_point.dist_name,
        entry_point.dist_version,
        summary,
        problem,
    )


def _summary(target: object) -> str:
    # A class's own docstring only: one that subclasses its protocol would
    # otherwise show the protocol's docstring (``inspect.getdoc`` inherits).
    try:
        doc: object = (
            vars(target).get("__doc__")
            if isinstance(target, type)
            else getattr(target, "__doc__", None)
        )
    except Exception:  # the plugin's own attribute hooks may raise
        return ""
    if not isinstance(doc, str) or not doc.strip():
        return ""
    return inspect.cleandoc(doc).splitlines()[0].strip()
