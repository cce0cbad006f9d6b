"""plugspec: typed plugins for Python.

Each plugin namespace (an entry-point group) is bound to a
:class:`typing.Protocol`; plugspec discovers the entry points, loads them,
verifies every loaded object structurally against the protocol, and returns
handles that type checkers see as that protocol.

Public names are imported on first use (PEP 562), so ``import plugspec``
costs almost nothing: a command or a pytest plugin that only needs one part
does not pay for the conformance engine or discovery.
"""

from . import _lazy

# Spelled out rather than imported from ``typing``: ``import plugspec`` then
# loads no ``typing``, whose import is 9-17 ms of ``-X importtime`` on the
# machine of docs/performance.md (``import plugspec`` itself: under 1 ms).
TYPE_CHECKING = False

# The public names, each with the module that defines it: ``__all__`` and the
# imports on first use are made from this table. Type checkers read the
# imports below instead; tests/discovery/test_public_names.py holds the two
# equal.
_HOMES = {
    "Problem": "._conformance",
    "ProblemCode": "._conformance",
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
    "ConflictResolver": "._managers._core",
    "DispatchExtensionManager": "._managers._dispatch",
    "DriverManager": "._managers._driver",
    "EnabledExtensionManager": "._managers._enabled",
    "ExtensionManager": "._managers._extension_manager",
    "HookCall": "._managers._monitor",
    "HookManager": "._managers._hook",
    "HookWrapper": "._managers._wrappers",
    "LoadFailureCallback": "._managers._core",
    "ManagerOptions": "._managers._options",
    "NamedExtensionManager": "._managers._named",
    "NameDispatchExtensionManager": "._managers._dispatch",
    "Namespace": "._namespace",
    "Outcome": "._outcome",
}

# Re-exported with ``as``, the form type checkers take for a public name
# when they cannot read ``__all__``.
if TYPE_CHECKING:
    from ._conformance import Problem as Problem
    from ._conformance import ProblemCode as ProblemCode
    from ._conformance import Report as Report
    from ._conformance import check as check
    from ._conformance import conforms as conforms
    from ._conformance import verify as verify
    from ._discovery import EntryPoint as EntryPoint
    from ._discovery import refresh as refresh
    from ._errors import ConformanceError as ConformanceError
    from ._errors import MultipleMatchesError as MultipleMatchesError
    from ._errors import NoMatchesError as NoMatchesError
    from ._errors import PluginLoadError as PluginLoadError
    from ._errors import PluginOrigin as PluginOrigin
    from ._errors import PlugspecError as PlugspecError
    from ._extension import Extension as Extension
    from ._managers._core import ConflictResolver as ConflictResolver
    from ._managers._core import LoadFailureCallback as LoadFailureCallback
    from ._managers._dispatch import DispatchExtensionManager as DispatchExtensionManager
    from ._managers._dispatch import NameDispatchExtensionManager as NameDispatchExtensionManager
    from ._managers._driver import DriverManager as DriverManager
    from ._managers._enabled import EnabledExtensionManager as EnabledExtensionManager
    from ._managers._extension_manager import ExtensionManager as ExtensionManager
    from ._managers._hook import HookManager as HookManager
    from ._managers._monitor import HookCall as HookCall
    from ._managers._named import NamedExtensionManager as NamedExtensionManager
    from ._managers._options import ManagerOptions as ManagerOptions
    from ._managers._wrappers import HookWrapper as HookWrapper
    from ._namespace import Namespace as Namespace
    from ._outcome import Outcome as Outcome

__all__ = sorted(_HOMES)  # pyright: ignore[reportUnsupportedDunderAll]

# Hidden from type checkers, which would otherwise accept any attribute of
# the package (typed as ``object``) instead of flagging a misspelled name.
if not TYPE_CHECKING:
    __getattr__, __dir__ = _lazy.lazy_names(__name__, _HOMES)
