"""Sphinx configuration for the plugspec documentation (``make docs``)."""

from __future__ import annotations

project = "plugspec"
author = "plugspec developers"
copyright = "plugspec developers"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "plugspec.sphinxext",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]

myst_enable_extensions = ["colon_fence"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = "plugspec"

# API reference: signatures as written, documented in source order.
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_preserve_defaults = True
autodoc_type_aliases: dict[str, str] = {}

# The build runs nitpicky (-n) and offline: objects of the standard library and
# of typing_extensions cannot be resolved without intersphinx, which needs the
# network, so their references are accepted as they are.
nitpicky = True
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(typing|typing_extensions|collections\.abc|types|logging|pathlib|asyncio|importlib[\w.]*)\..*",
    ),
    (r"py:.*", r"(Callable|Concatenate|Iterable|Iterator|Mapping|Sequence|TypeForm|TypeIs|Any)"),
    # Type variables of generic signatures (``Namespace[P]``, ``map() -> list[R]``).
    (r"py:(class|obj)", r"(plugspec\.[\w.]+\.)?(P|Q|R|A|T|M|T1|T2)(\.args|\.kwargs)?"),
    # The sort key of HookManager's ``order`` (anything with ``<``).
    (r"py:class", r"_Orderable"),
    (r"py:class", r"(str|int|bool|object|type|list|dict|tuple|None|BaseException|Exception)"),
    (r"py:exc", r"(KeyError|TypeError|ValueError|ImportError|Exception)"),
    (r"py:.*", r"(docutils|sphinx|hypothesis)\..*"),
    # Private helper types that appear in public signatures (``_Orderable``).
    (r"py:class", r"plugspec\.(_\w+\.)+_\w+"),
    # Discovery's function, named in plugspec.testing's docstrings; not public API.
    (r"py:func", r"plugspec\.entry_points"),
]
