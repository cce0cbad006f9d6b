"""Public names imported on first use (PEP 562), for package ``__init__`` modules."""

from __future__ import annotations

import sys

# Spelled out rather than imported from ``typing``: ``import plugspec`` loads
# this module, and ``typing`` costs 9-17 ms of ``-X importtime`` (see
# ``plugspec/__init__.py``).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["lazy_names"]


def lazy_names(
    package: str, homes: Mapping[str, str]
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.

    ``homes`` maps each public name to the relative module that defines it;
    a name is imported when first read and then kept in the package's
    namespace, so later reads cost a plain attribute lookup.
    """

    def __getattr__(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # ``__import__`` rather than importlib.import_module: importing
        # ``importlib`` is a cost of its own, on every process's first use.
        module = __import__(package + home, fromlist=(name,))
        value: object = getattr(module, name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(homes))

    return __getattr__, __dir__
