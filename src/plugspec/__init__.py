"""plugspec: typed plugins for Python.

Each plugin namespace (an entry-point group) is bound to a
:class:`typing.Protocol`; plugspec discovers the entry points, loads them,
verifies every loaded object structurally against the protocol, and returns
handles that type checkers see as that protocol.
"""

from ._conformance import Problem, Report, check, conforms, verify
from ._discovery import EntryPoint, refresh
from ._errors import (
    ConformanceError,
    MultipleMatchesError,
    NoMatchesError,
    PluginLoadError,
    PluginOrigin,
    PlugspecError,
)
from ._extension import Extension
from ._managers import (
    DispatchExtensionManager,
    DriverManager,
    EnabledExtensionManager,
    ExtensionManager,
    HookManager,
    NamedExtensionManager,
    NameDispatchExtensionManager,
)
from ._namespace import Namespace
from ._outcome import Outcome

__all__ = [
    "ConformanceError",
    "DispatchExtensionManager",
    "DriverManager",
    "EnabledExtensionManager",
    "EntryPoint",
    "Extension",
    "ExtensionManager",
    "HookManager",
    "MultipleMatchesError",
    "NameDispatchExtensionManager",
    "NamedExtensionManager",
    "Namespace",
    "NoMatchesError",
    "Outcome",
    "PluginLoadError",
    "PluginOrigin",
    "PlugspecError",
    "Problem",
    "Report",
    "check",
    "conforms",
    "refresh",
    "verify",
]
