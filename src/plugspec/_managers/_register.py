"""In-process plugins: ``register``, ``unregister``, and historic calls replayed for them.

A registered object goes through the same check as an installed plugin
(``_load_failed`` applies the failure policy, with ``fail_fast``: the caller
gets the error), and becomes an :class:`~plugspec.Extension` like the others,
with a made-up entry point that has no distribution.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Concatenate, ParamSpec, TypeVar

from .._discovery import EntryPoint
from .._errors import ConformanceError
from .._extension import Extension
from ._calls import PluginCalls, protocol_method
from ._core import describe, origin

__all__ = ["Registration"]

P = TypeVar("P")
R = TypeVar("R")
A = ParamSpec("A")


def _calling(
    call: Callable[..., object], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Callable[[object], object]:
    return lambda _: call(*args, **kwargs)


class Registration(PluginCalls[P]):
    """``register`` / ``unregister`` and ``call_historic`` for a manager of ``P``."""

    # (method, args, kwargs) of each historic call, in call order.
    _historic: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]]

    def _default_name(self) -> str:
        """The name a registered object gets when none is given."""
        raise NotImplementedError

    def _ordered(self, extensions: Iterable[Extension[P]]) -> list[Extension[P]]:
        """The extensions in the manager's call order."""
        raise NotImplementedError

    def register(self, obj: P, name: str | None = None) -> Extension[P]:
        """Add ``obj``, a plugin that is not installed, and return its extension.

        ``obj`` is verified against the namespace's protocol like a loaded
        plugin (it is the plugin itself: it is not invoked, whatever
        ``invoke_on_load`` says); one that does not conform raises
        :class:`~plugspec.ConformanceError`, is recorded in :attr:`failures`
        and passed to ``on_load_failure_callback``, as an installed plugin
        would be. Otherwise it joins :attr:`extensions`, :meth:`names` and
        the calls, in the manager's order, with an entry point
        ``name = module:qualname`` that has no distribution. ``name``
        defaults to the hook's name. A name that is already taken is kept
        twice, as for entry points: looking it up (``manager[name]``,
        :meth:`unregister`) then needs a ``conflict_resolver``. The
        historic calls made so far (:meth:`call_historic`) are replayed for it.
        """
        name = self._default_name() if name is None else name
        group = self.namespace.group
        entry_point = EntryPoint(name, describe(obj), group)
        report = self._check(obj, self.namespace.protocol)
        if not report.ok:
            error = ConformanceError(report, origin(entry_point))
            self._load_failed(entry_point, error, fail_fast=True)
        extension = Extension(name, group, entry_point, obj, obj)
        self._install(self._ordered((*self._extensions, extension)))
        # Through the bound methods, so that a monitor sees the replayed calls.
        index = next(i for i, ext in enumerate(self._extensions) if ext is extension)
        for method, args, kwargs in self._historic:
            call = self._bound_for(method)[index]
            self._call_each((extension,), _calling(call, args, kwargs))
        return extension

    def unregister(self, plugin: str | Extension[P]) -> Extension[P]:
        """Remove a plugin from this manager, and return its extension.

        ``plugin`` is an extension of this manager (what :meth:`register`
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
