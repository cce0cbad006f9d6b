"""The named-extensions pattern: only the plugins asked for by name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

from .._extension import Extension
from .._namespace import Namespace
from ._core import names_list, warn_missing
from ._extension_manager import ExtensionManager

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import ManagerOptions

__all__ = ["NamedExtensionManager"]

P = TypeVar("P")
Q = TypeVar("Q")


def _in_name_order(extensions: Iterable[Extension[Q]], names: Iterable[str]) -> list[Extension[Q]]:
    by_name: dict[str, list[Extension[Q]]] = {}
    for ext in extensions:
        by_name.setdefault(ext.name, []).append(ext)
    return [ext for name in dict.fromkeys(names) for ext in by_name.get(name, ())]


class NamedExtensionManager(ExtensionManager[P]):
    """Loads only the plugins whose names are in ``names``; nothing else is imported.

    With ``name_order=True`` the extensions follow the order of ``names``;
    otherwise they keep discovery order. A name with no entry point is
    logged as a warning unless ``warn_on_missing_entrypoint=False``. The other
    arguments and the failure policy are those of :class:`ExtensionManager`.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        names: Iterable[str],
        *,
        name_order: bool = False,
        warn_on_missing_entrypoint: bool = True,
        **options: Unpack[ManagerOptions[NamedExtensionManager[P], P]],
    ) -> None:
        wanted = names_list(names)
        self._setup(namespace, **options)
        wanted_set = set(wanted)
        selected = [ep for ep in self._installed() if ep.name in wanted_set]
        missing = wanted_set.difference(ep.name for ep in selected)
        if missing and warn_on_missing_entrypoint:
            warn_missing(self.namespace.group, missing)
        loaded = self._load_entry_points(selected)
        self._install(_in_name_order(loaded, wanted) if name_order else loaded)

    # Adds keywords the base cannot take (``ManagerOptions`` lists all it takes);
    # pyright reads an open TypedDict as possibly holding any key.
    @classmethod
    def make_test_instance(  # pyright: ignore[reportIncompatibleMethodOverride]
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        names: Iterable[str] | None = None,
        name_order: bool = False,
        **options: Unpack[ManagerOptions[NamedExtensionManager[Q], Q]],
    ) -> NamedExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``names``, when given, keeps only the plugins with those names (in
        that order with ``name_order=True``).
        """
        manager: NamedExtensionManager[Q] = cls._blank(namespace, options)
        loaded = manager._load_given(extensions)
        if names is not None:
            wanted = names_list(names)
            loaded = [ext for ext in loaded if ext.name in set(wanted)]
            if name_order:
                loaded = _in_name_order(loaded, wanted)
        manager._install(loaded)
        return manager
