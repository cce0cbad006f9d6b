"""plugspec: typed plugins for Python.

Each plugin namespace (an entry-point group) is bound to a
:class:`typing.Protocol`; plugspec discovers the entry points, loads them,
verifies every loaded object structurally against the protocol, and returns
handles that type checkers see as that protocol.
"""

from ._conformance import Problem, Report, check, conforms, verify
from ._errors import (
    ConformanceError,
    MultipleMatchesError,
    NoMatchesError,
    PluginLoadError,
    PluginOrigin,
    PlugspecError,
)

__all__ = [
    "ConformanceError",
    "MultipleMatchesError",
    "NoMatchesError",
    "PluginLoadError",
    "PluginOrigin",
    "PlugspecError",
    "Problem",
    "Report",
    "check",
    "conforms",
    "verify",
]
