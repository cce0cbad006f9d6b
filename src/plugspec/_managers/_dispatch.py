"""The dispatch patterns: calls that go to the plugins a filter, or a list of names, picks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from .._extension import Extension
from .._namespace import Namespace
from ._calls import own_method
from ._core import ManagerCore, names_list

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import ManagerOptions

__all__ = ["DispatchExtensionManager", "NameDispatchExtensionManager"]

P = TypeVar("P")
Q = TypeVar("Q")
R = TypeVar("R")
A = ParamSpec("A")


class DispatchExtensionManager(ManagerCore[P]):
    """Loads the plugins ``check_func`` accepts, and calls those a per-call filter picks.

    ``map(filter_func, func, *args, **kwargs)`` calls ``func(extension, *args,
    **kwargs)`` for each extension where ``filter_func(extension, *args,
    **kwargs)`` is true; ``map_method(filter_func, method, ...)`` calls the
    plugins' own ``method`` the same way. (stevedore passes the method name to
    ``filter_func`` in ``map_method``; plugspec passes the call's arguments,
    so that the filter is typed like the call.) Loading, the failure policy
    and exceptions during calls are those of :class:`ExtensionManager`; with
    no extension selected both return ``[]``.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        check_func: Callable[[Extension[P]], bool],
        **options: Unpack[ManagerOptions[DispatchExtensionManager[P], P]],
    ) -> None:
        self._setup(namespace, **options)
        self._install_accepted(self._load_entry_points(self._installed()), check_func)

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        check_func: Callable[[Extension[Q]], bool] | None = None,
        **options: Unpack[ManagerOptions[DispatchExtensionManager[Q], Q]],
    ) -> DispatchExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``check_func``, when given, filters them as the constructor does.
        """
        manager: DispatchExtensionManager[Q] = cls._blank(namespace, options)
        manager._install_accepted(manager._load_given(extensions), check_func)
        return manager

    def map(
        self,
        filter_func: Callable[Concatenate[Extension[P], A], bool],
        func: Callable[Concatenate[Extension[P], A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call ``func(extension, ...)`` on each extension that ``filter_func`` accepts."""
        selected = [ext for ext in self._extensions if filter_func(ext, *args, **kwargs)]
        return self._call_each(selected, lambda ext: func(ext, *args, **kwargs))

    def map_method(
        self,
        filter_func: Callable[Concatenate[Extension[P], A], bool],
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call the plugins' own ``method`` on each extension that ``filter_func`` accepts."""
        # A bad ``method`` fails before any filter runs.
        call = own_method(self.namespace.protocol, method, args, kwargs)
        selected = [ext for ext in self._extensions if filter_func(ext, *args, **kwargs)]
        return self._call_each(selected, call)


class NameDispatchExtensionManager(ManagerCore[P]):
    """Loads the plugins ``check_func`` accepts, and calls them by name.

    ``map(names, func, *args, **kwargs)`` calls ``func(extension, *args,
    **kwargs)`` for the extensions with those names, in the order of
    ``names`` (a name that was not loaded is skipped; every extension of a
    duplicated name is called); ``map_method(names, method, ...)`` calls the
    plugins' own ``method``. Loading, the failure policy and exceptions during
    calls are those of :class:`ExtensionManager`.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        check_func: Callable[[Extension[P]], bool],
        **options: Unpack[ManagerOptions[NameDispatchExtensionManager[P], P]],
    ) -> None:
        self._setup(namespace, **options)
        self._install_accepted(self._load_entry_points(self._installed()), check_func)

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        check_func: Callable[[Extension[Q]], bool] | None = None,
        **options: Unpack[ManagerOptions[NameDispatchExtensionManager[Q], Q]],
    ) -> NameDispatchExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``check_func``, when given, filters them as the constructor does.
        """
        manager: NameDispatchExtensionManager[Q] = cls._blank(namespace, options)
        manager._install_accepted(manager._load_given(extensions), check_func)
        return manager

    def _named(self, names: Iterable[str]) -> list[Extension[P]]:
        by_name = self._by_name
        return [ext for name in names_list(names) for ext in by_name.get(name, ())]

    def map(
        self,
        names: Iterable[str],
        func: Callable[Concatenate[Extension[P], A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call ``func(extension, *args, **kwargs)`` for the extensions called ``names``."""
        return self._call_each(self._named(names), lambda ext: func(ext, *args, **kwargs))

    def map_method(
        self,
        names: Iterable[str],
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call the own ``method`` of the plugins called ``names``, in that order."""
        call = own_method(self.namespace.protocol, method, args, kwargs)
        return self._call_each(self._named(names), call)
