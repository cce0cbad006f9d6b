"""The enabled-extensions pattern: every plugin, kept when ``check_func`` accepts it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

from .._extension import Extension
from .._namespace import Namespace
from ._extension_manager import ExtensionManager

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from ._options import ManagerOptions

__all__ = ["EnabledExtensionManager"]

P = TypeVar("P")
Q = TypeVar("Q")


class EnabledExtensionManager(ExtensionManager[P]):
    """Loads every plugin, then keeps those for which ``check_func(extension)`` is true.

    The other arguments and the failure policy are those of
    :class:`ExtensionManager`.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        check_func: Callable[[Extension[P]], bool],
        **options: Unpack[ManagerOptions[EnabledExtensionManager[P], P]],
    ) -> None:
        self._setup(namespace, **options)
        self._install_accepted(self._load_entry_points(self._installed()), check_func)

    # Adds keywords the base cannot take (``ManagerOptions`` lists all it takes);
    # pyright reads an open TypedDict as possibly holding any key.
    @classmethod
    def make_test_instance(  # pyright: ignore[reportIncompatibleMethodOverride]
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        check_func: Callable[[Extension[Q]], bool] | None = None,
        **options: Unpack[ManagerOptions[EnabledExtensionManager[Q], Q]],
    ) -> EnabledExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``check_func``, when given, filters them as the constructor does.
        """
        manager: EnabledExtensionManager[Q] = cls._blank(namespace, options)
        manager._install_accepted(manager._load_given(extensions), check_func)
        return manager
