"""The plugin managers, in stevedore's layout.

``_core`` loads plugins, applies the failure policy and looks them up by
name; ``_calls`` adds the call family (``map``, ``map_method``, ``first``,
the ``*_outcomes`` and ``amap_*`` variants); each remaining module is one
pattern: ``_extension_manager`` (every plugin), ``_named``, ``_enabled``,
``_hook``, ``_driver`` and ``_dispatch``. ``_register`` adds in-process
plugins and historic calls to the hook manager, ``_wrappers`` wrappers
around its calls, ``_monitor`` a monitor of every plugin call. ``_options`` declares the
keyword arguments every manager takes; no manager imports it at run time.
"""

from ._core import ConflictResolver, LoadFailureCallback
from ._dispatch import DispatchExtensionManager, NameDispatchExtensionManager
from ._driver import DriverManager
from ._enabled import EnabledExtensionManager
from ._extension_manager import ExtensionManager
from ._hook import HookManager
from ._monitor import HookCall
from ._named import NamedExtensionManager
from ._wrappers import HookWrapper

__all__ = [
    "ConflictResolver",
    "DispatchExtensionManager",
    "DriverManager",
    "EnabledExtensionManager",
    "ExtensionManager",
    "HookCall",
    "HookManager",
    "HookWrapper",
    "LoadFailureCallback",
    "NameDispatchExtensionManager",
    "NamedExtensionManager",
]
