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
mean **importing each plugin's module** while the documentation is built:
each table's plugins are imported in an interpreter of their own (the same
Python, ``sys.path``, working directory and environment), as ``plugspec
check`` imports each namespace's, so that a verdict is the one the namespace
gets when checked alone, whatever the build imported before. A plugin that
cannot be imported, or does not conform, is marked with the full report;
with the ``:warn:`` flag each such plugin is also a Sphinx warning, which
fails a build run with ``-W``.

As ``plugspec check`` does, each plugin is checked as the namespace that
covers its name declares: the target itself as the protocol
(``factory=False``), or as a factory that makes it (``factory=True``: a class
as ``type[Protocol]``, anything else as ``Callable[..., Protocol]``; or the
declared callable type). A registered target may be a sequence of namespaces
of the group, one protocol per entry-point name.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.typing import ExtensionMetadata

from ._catalogue import CatalogueError, Row, catalogue
from ._discovery import entry_points
from ._lookup import NAMESPACES_GROUP, NamespaceLookupError, namespaces_at
from ._namespace import Namespace

__all__ = ["PluginsDirective", "setup"]

_logger = logging.getLogger(__name__)


def _namespaces(argument: str) -> tuple[tuple[Namespace[Any], ...], str, bool]:
    """The namespaces named by a registered group or by ``module:attribute``, where
    they are found, and whether that is the group's registered namespace."""
    if ":" in argument:
        return namespaces_at(argument), argument, False
    registered = {ep.name: ep.value for ep in entry_points(NAMESPACES_GROUP)}
    if argument not in registered:
        known = ", ".join(f"`{group}`" for group in sorted(registered)) or "none"
        raise NamespaceLookupError(
            f"unknown namespace `{argument}`: not registered under "
            f"`{NAMESPACES_GROUP}` (registered: {known}); give a registered group "
            "or `module:attribute` of a plugspec.Namespace"
        )
    return namespaces_at(registered[argument]), registered[argument], True


def _text_cell(text: str, *, literal: bool = False) -> nodes.entry:
    content: nodes.Node = nodes.literal(text, text) if literal else nodes.Text(text)
    return nodes.entry("", nodes.paragraph("", "", content))


def _name_cell(row: Row) -> nodes.entry:
    return nodes.entry(
        "",
        nodes.paragraph("", "", nodes.strong(row.name, row.name)),
        nodes.paragraph("", "", nodes.literal(row.value, row.value)),
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


def _table(rows: Sequence[Row]) -> nodes.table:
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
            _name_cell(row),
            _text_cell(row.distribution or "unknown"),
            _text_cell(row.version or "unknown"),
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
            namespaces, source, registered = _namespaces(argument)
        except NamespaceLookupError as error:
            _logger.warning("%s", error, location=self.get_location(), type="plugspec")
            return []
        group = namespaces[0].group
        try:
            rows, printed = catalogue(namespaces, source, registered=registered)
        except CatalogueError as error:
            _logger.warning(
                "the plugins of namespace `%s` could not be listed: %s",
                group,
                error,
                location=self.get_location(),
                type="plugspec",
            )
            return []
        sys.stderr.write(printed)  # what the plugins printed, kept off the page
        if "warn" in self.options:
            for row in rows:
                if row.problem is not None:
                    _logger.warning(
                        "plugin `%s = %s` in group `%s` (%s) is refused: %s",
                        row.name,
                        row.value,
                        group,
                        row.distribution or "unknown distribution",
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
