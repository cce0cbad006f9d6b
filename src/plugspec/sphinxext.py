"""A Sphinx extension that publishes the plugins installed for a namespace.

Add ``"plugspec.sphinxext"`` to ``extensions`` in ``conf.py``, then write, in
reStructuredText::

    .. plugspec-plugins:: myapp.formatters

or in MyST Markdown::

    ```{plugspec-plugins} myapp.formatters
    ```

The argument is a group registered under the ``plugspec.namespaces``
entry-point group, or ``module:attribute`` of a :class:`plugspec.Namespace`.
The directive renders a table of the installed plugins: name and target,
distribution, version, the first line of the target's docstring, and
whether the plugin conforms. Reading the docstring and checking conformance
mean **importing each plugin's module** while the documentation is built.
A plugin that cannot be imported, or does not conform, is marked with the
full report; with the ``:warn:`` flag each such plugin is also a Sphinx
warning, which fails a build run with ``-W``.

As ``plugspec check`` does, each plugin is checked as the namespace that
covers its name declares: the target itself as the protocol
(``factory=False``), or as a factory that makes it (``factory=True``: a class
as ``type[Protocol]``, anything else as ``Callable[..., Protocol]``; or the
declared callable type). A registered target may be a sequence of namespaces
of the group, one protocol per entry-point name.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.typing import ExtensionMetadata

from ._discovery import EntryPoint, entry_points
from ._load_and_check import load_and_check
from ._lookup import NAMESPACES_GROUP, NamespaceLookupError, covering, namespaces_at
from ._namespace import Namespace

__all__ = ["PluginsDirective", "setup"]

_logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Row:
    entry_point: EntryPoint
    summary: str
    problem: str | None  # None when the plugin loaded and conforms


def _namespaces(argument: str) -> tuple[Namespace[Any], ...]:
    """The namespaces named by a registered group or by ``module:attribute``."""
    if ":" in argument:
        return namespaces_at(argument)
    registered = {ep.name: ep.value for ep in entry_points(NAMESPACES_GROUP)}
    if argument not in registered:
        known = ", ".join(f"`{group}`" for group in sorted(registered)) or "none"
        raise NamespaceLookupError(
            f"unknown namespace `{argument}`: not registered under "
            f"`{NAMESPACES_GROUP}` (registered: {known}); give a registered group "
            "or `module:attribute` of a plugspec.Namespace"
        )
    return namespaces_at(registered[argument])


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


def _row(entry_point: EntryPoint, namespaces: tuple[Namespace[Any], ...]) -> _Row:
    namespace = covering(namespaces, entry_point.name)
    if namespace is None:
        return _Row(entry_point, "", "no protocol for this name")
    loaded = load_and_check(entry_point, namespace)
    if loaded.report is None:  # a broken plugin is a verdict, never a failed build
        return _Row(entry_point, "", loaded.error)
    report = loaded.report
    return _Row(entry_point, _summary(loaded.target), None if report.ok else str(report))


def _rows(namespaces: tuple[Namespace[Any], ...]) -> list[_Row]:
    found = sorted(
        entry_points(namespaces[0].group),
        key=lambda ep: (ep.name, ep.dist_name or "", ep.value),
    )
    return [_row(ep, namespaces) for ep in found]


def _text_cell(text: str, *, literal: bool = False) -> nodes.entry:
    content: nodes.Node = nodes.literal(text, text) if literal else nodes.Text(text)
    return nodes.entry("", nodes.paragraph("", "", content))


def _name_cell(entry_point: EntryPoint) -> nodes.entry:
    return nodes.entry(
        "",
        nodes.paragraph("", "", nodes.strong(entry_point.name, entry_point.name)),
        nodes.paragraph("", "", nodes.literal(entry_point.value, entry_point.value)),
    )


def _status_cell(problem: str | None) -> nodes.entry:
    if problem is None:
        return nodes.entry("", nodes.paragraph("", "conforms"), classes=["plugspec-ok"])
    return nodes.entry(
        "",
        nodes.paragraph("", "", nodes.strong("refused", "refused")),
        nodes.literal_block(problem, problem, language="text"),
        classes=["plugspec-refused"],
    )


def _table(rows: Sequence[_Row]) -> nodes.table:
    headings = ("Plugin", "Distribution", "Version", "Summary", "Status")
    group = nodes.tgroup(cols=len(headings))
    for width in (20, 15, 10, 30, 25):
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += nodes.row("", *(_text_cell(text) for text in headings))
    group += head
    body = nodes.tbody()
    for row in rows:
        body += nodes.row(
            "",
            _name_cell(row.entry_point),
            _text_cell(row.entry_point.dist_name or "unknown"),
            _text_cell(row.entry_point.dist_version or "unknown"),
            _text_cell(row.summary),
            _status_cell(row.problem),
        )
    group += body
    return nodes.table("", group, classes=["plugspec-plugins"])


class PluginsDirective(SphinxDirective):
    """``plugspec-plugins``: a table of the plugins installed for one namespace.

    The single argument is a registered group or ``module:attribute`` of a
    :class:`plugspec.Namespace`. Options: ``:warn:`` makes each plugin that
    cannot be imported or does not conform a Sphinx warning.
    """

    required_arguments: ClassVar[int] = 1
    optional_arguments: ClassVar[int] = 0
    has_content: ClassVar[bool] = False
    option_spec: ClassVar[dict[str, Any]] = {"warn": directives.flag}  # pyright: ignore[reportIncompatibleVariableOverride]  # docutils declares it as a plain attribute

    def run(self) -> list[nodes.Node]:
        """Import and check every plugin of the namespace; return the table."""
        argument = self.arguments[0].strip()
        # The table describes the environment, not the source file: rebuild it every time.
        self.env.note_reread()
        try:
            namespaces = _namespaces(argument)
        except NamespaceLookupError as error:
            _logger.warning("%s", error, location=self.get_location(), type="plugspec")
            return []
        rows = _rows(namespaces)
        group = namespaces[0].group
        if "warn" in self.options:
            for row in rows:
                if row.problem is not None:
                    _logger.warning(
                        "plugin `%s` in group `%s` (%s) is refused: %s",
                        row.entry_point,
                        group,
                        row.entry_point.dist_name or "unknown distribution",
                        row.problem,
                        location=self.get_location(),
                        type="plugspec",
                        subtype="refused",
                    )
        if not rows:
            text = f"No plugins are installed for namespace {group}."
            return [nodes.paragraph(text, text, classes=["plugspec-plugins-empty"])]
        return [_table(rows)]


def setup(app: Sphinx) -> ExtensionMetadata:
    """Register the ``plugspec-plugins`` directive with Sphinx."""
    app.add_directive("plugspec-plugins", PluginsDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
