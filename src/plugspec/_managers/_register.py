"""In-process plugins: ``register``, ``unregister``, and historic calls replayed for them.

A registered object goes through the same check as an installed plugin
(``_load_failed`` applies the failure policy, with ``fail_fast``: the caller
gets the error), and becomes an :class:`~plugspec.Extension` like the others,
with a made-up entry point that has no distribution. ``Registration`` serves
every manager that calls all its plugins (``ExtensionManager`` and its
subclasses); each declares its own ``register``, since the name is optional
only for a hook. ``HistoricCalls`` is the hook manager's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Concatenate, ParamSpec, TypeVar

from .._discovery import EntryPoint
from .._errors import ConformanceError
from .._extension import Extension
from ._calls import PluginCalls, protocol_method
from ._core import describe, origin

__all__ = ["HistoricCalls", "Registration"]

P = TypeVar("P")
R = TypeVar("R")
A = ParamSpec("A")


def _calling(
    call: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Callable[[object], object]:
    return lambda _: call(*args, **kwargs)


class Registration(PluginCalls[P]):
    """``unregister``, and the registration that each manager's ``register`` makes."""

    def _ordered(self, extensions: Iterable[Extension[P]]) -> list[Extension[P]]:
        """The extensions in the manager's call order (by default, as given)."""
        return list(extensions)

    def _register(self, obj: P, name: str) -> Extension[P]:
        """Verify ``obj``, the plugin itself, and add it in the manager's order.

        One that does not conform raises :class:`~plugspec.ConformanceError`,
        after the failure policy an installed plugin's failure goes through
        (``failures``, ``on_load_failure_callback``).
        """
        group = self.namespace.group
        entry_point = EntryPoint(name, describe(obj), group)
        report = self._check(obj, self.namespace.protocol)
        if not report.ok:
            error = ConformanceError(report, origin(entry_point))
            self._load_failed(entry_point, error, fail_fast=True)
        extension = Extension(name, group, entry_point, obj, obj)
        self._install(self._ordered((*self._extensions, extension)))
        return extension

    def unregister(self, plugin: str | Extension[P]) -> Extension[P]:
        """Remove a plugin from this manager, and return its extension.

        ``plugin`` is an extension of this manager (what ``register``
        returned, or one from :attr:`extensions`, installed or not) or a name,
        looked up as ``manager[name]`` is (:class:`KeyError` when there is no
        such plugin, :class:`~plugspec.MultipleMatchesError` when several
        share it and there is no ``conflict_resolver``). Removing an
        installed plugin affects this manager only.
        """
        extension = self[plugin] if isinstance(plugin, str) else plugin
        if not any(ext is extension for ext in self._extensions):
            raise KeyError(f"{extension!r} is not a plugin of this manager")
        self._install(ext for ext in self._extensions if ext is not extension)
        return extension


class HistoricCalls(Registration[P]):
    """``call_historic``: calls replayed for the plugins registered later."""

    # (method, args, kwargs) of each historic call, in call order.
    _historic: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]]

    def _replay(self, extension: Extension[P]) -> None:
        """Call a newly registered plugin with every historic call so far."""
        # Through the bound methods, so that a monitor sees the replayed calls.
        index = next(i for i, ext in enumerate(self._extensions) if ext is extension)
        for method, args, kwargs in self._historic:
            call = self._bound_for(method)[index]
            self._call_each((extension,), _calling(call, args, kwargs))

    def call_historic(
        self,
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """:meth:`map_method`, remembered: plugins registered later are called with it too.

        For calls such as "the configuration is ready", that a plugin
        registered afterwards (:meth:`register`) must still receive. Each
        later plugin is called with every historic call's arguments, in the
        order they were made, as it is registered; what it returns is
        dropped, and an exception it raises follows the manager's policy
        (logged, or raised from :meth:`register` with
        ``propagate_map_exceptions``). pluggy's ``call_historic``.
        """
        protocol_method(self.namespace.protocol, method)  # refused before it is remembered
        self._historic.append((method, args, kwargs))
        return self.map_method(method, *args, **kwargs)
