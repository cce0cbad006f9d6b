"""Which plugin put each module in ``sys.modules``, for ``plugspec check --same-process``.

Checked in one process, a plugin sees every module the plugins checked
before it imported, or replaced in ``sys.modules`` (setuptools replaces
``distutils`` there when it is imported): its verdict may then differ from
the verdict of checking its namespace alone. The ledger records, around each
plugin's check, the modules that appeared or changed, and tells, for a
plugin of another namespace, which of the modules it uses came from there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from types import BuiltinFunctionType, FunctionType, ModuleType

from .._conformance._raw import class_dict_of, is_a, mro_of
from .._discovery import EntryPoint

__all__ = ["ImportLedger", "Inherited", "inherited_text"]


@dataclass(frozen=True)
class Inherited:
    """A module a plugin uses that another namespace's plugin imported (or replaced)."""

    module: str
    group: str
    plugin: str
    replaced: bool


class ImportLedger:
    """The modules each checked plugin imported or replaced, in one process."""

    def __init__(self) -> None:
        self._owners: dict[str, Inherited] = {}
        self._before: dict[str, ModuleType] = {}

    def start(self) -> None:
        """Call before a plugin is imported and checked."""
        self._before = dict(sys.modules)

    def finish(self, entry_point: EntryPoint, target: object) -> list[Inherited]:
        """Call after the check: record what the plugin imported, and return the
        modules it uses that a plugin of another namespace imported or replaced."""
        before = self._before
        for name, module in list(sys.modules.items()):
            previous = before.get(name)
            if previous is not module:
                self._owners[name] = Inherited(
                    name, entry_point.group, entry_point.name, previous is not None
                )
        found: list[Inherited] = []
        for name in sorted(_used_modules(entry_point, target)):
            owner = self._owners.get(name)
            if owner is not None and owner.group != entry_point.group:
                found.append(owner)
        return found


def _module_of(value: object) -> str | None:
    """Where a class, a function or an instance (its class) was defined; read from
    the class's own dictionary, never through ``__getattr__`` or a property."""
    if is_a(value, FunctionType) or is_a(value, BuiltinFunctionType):
        name: object = value.__module__
    else:
        cls = value if is_a(value, type) else type(value)
        name = class_dict_of(cls).get("__module__")
    return name if isinstance(name, str) else None


def _used_modules(entry_point: EntryPoint, target: object) -> set[str]:
    """The names in ``sys.modules`` of what a plugin uses: its own module, the
    modules its module's globals are or come from, the modules of the target's bases."""
    keys: dict[int, list[str]] = {}
    for name, module in list(sys.modules.items()):
        keys.setdefault(id(module), []).append(name)
    used = {entry_point.module}
    values: list[object] = [target]
    if is_a(target, type):
        values += mro_of(target)
    own = sys.modules.get(entry_point.module)
    if type(own) is ModuleType:  # a plain module (no __dict__ of its own making): its globals
        values += list(vars(own).values())
    for value in values:
        if is_a(value, ModuleType):
            used.update(keys.get(id(value), ()))
        else:
            module_name = _module_of(value)
            if module_name is not None:
                used.add(module_name)
    return used


def _modules_text(names: list[str], verb: str) -> str:
    shown = ", ".join(f"`{name}`" for name in names[:3])
    if len(names) > 3:
        shown += f" and {len(names) - 3} more"
    return f"modules {shown} were {verb}" if len(names) > 1 else f"module {shown} was {verb}"


def inherited_text(inherited: Iterable[Inherited]) -> list[str]:
    """One note per plugin that imported (or replaced) modules this plugin uses."""
    by_plugin: dict[tuple[str, str], list[Inherited]] = {}
    for item in inherited:
        by_plugin.setdefault((item.group, item.plugin), []).append(item)
    notes: list[str] = []
    for (group, plugin), items in by_plugin.items():
        replaced = [item.module for item in items if item.replaced]
        imported = [item.module for item in items if not item.replaced]
        parts = [_modules_text(replaced, "replaced in sys.modules")] if replaced else []
        parts += [_modules_text(imported, "imported")] if imported else []
        notes.append(
            f"{' and '.join(parts)} by plugin `{plugin}` of `{group}`, checked earlier in "
            "this process (--same-process): checked alone, the verdict may differ"
        )
    return notes
