"""plugspec: typed plugins for Python.

Each plugin namespace (an entry-point group) is bound to a
:class:`typing.Protocol`; plugspec discovers the entry points, loads them,
verifies every loaded object structurally against the protocol, and returns
handles that type checkers see as that protocol.

Public names are imported on first use (PEP 562), so ``import plugspec``
costs almost nothing: a command or a pytest plugin that only needs one part
does not pay for the conformance engine or discovery.
"""

from __future__ import annotations

from ._lazy import lazy_names

# Spelled out rather than imported, so that ``import plugspec`` does not load ``typing``.
TYPE_CHECKING = False

if TYPE_CHECKING:
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

_HOMES = {
    "Problem": "._conformance",
    "Report": "._conformance",
    "check": "._conformance",
    "conforms": "._conformance",
    "verify": "._conformance",
    "EntryPoint": "._discovery",
    "refresh": "._discovery",
    "ConformanceError": "._errors",
    "MultipleMatchesError": "._errors",
    "NoMatchesError": "._errors",
    "PluginLoadError": "._errors",
    "PluginOrigin": "._errors",
    "PlugspecError": "._errors",
    "Extension": "._extension",
    "DispatchExtensionManager": "._managers",
    "DriverManager": "._managers",
    "EnabledExtensionManager": "._managers",
    "ExtensionManager": "._managers",
    "HookManager": "._managers",
    "NamedExtensionManager": "._managers",
    "NameDispatchExtensionManager": "._managers",
    "Namespace": "._namespace",
    "Outcome": "._outcome",
}


# Hidden from type checkers, which would otherwise accept any attribute of
# the package (typed as ``object``) instead of flagging a misspelled name.
if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_names(__name__, _HOMES)
