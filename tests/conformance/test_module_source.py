"""A plugin module's source: names imported under ``if TYPE_CHECKING:``, and the
lines of one class read without parsing the whole module.

Each test writes a real package under ``tmp_path`` and imports it from there,
as a plugin is imported.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest

import plugspec
from plugspec._conformance._context import Context
from plugspec._conformance._hints import resolve_hints
from plugspec._conformance._source import class_source, module_parses
from plugspec._conformance._typeshed import TYPESHED_ONLY

PLUGIN = """\
from __future__ import annotations

import typing as t
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree
    from argparse import ArgumentParser
    from decimal import Decimal as Dec

    from _typeshed import SupportsRead

    from .heavy import Heavy
    from .shapes import Widget
else:
    RUNTIME_ONLY = True  # the else branch is what runs; it is not read
if t.TYPE_CHECKING:
    import fractions as fr


class Activator:
    def add_parser_arguments(self, parser: ArgumentParser) -> None: ...
    def element(self) -> xml.etree.ElementTree.Element: ...
    def ratio(self) -> fr.Fraction: ...
    def widget(self) -> Widget: ...
    def heavy(self) -> Heavy: ...
    def load(self, stream: SupportsRead[str]) -> None: ...


class WrongParser:
    def add_parser_arguments(self, parser: Dec) -> None: ...
"""


@pytest.fixture
def package(tmp_path: Path) -> Iterator[Callable[[dict[str, str]], str]]:
    """Write a package of modules under ``tmp_path`` and put it on ``sys.path``."""
    names: list[str] = []

    def write(files: dict[str, str]) -> str:
        name = f"source_case_{len(names)}_{abs(hash(str(tmp_path))) % 10**6}"
        root = tmp_path / name
        root.mkdir()
        (root / "__init__.py").write_text("")
        for file, text in files.items():
            (root / file).parent.mkdir(parents=True, exist_ok=True)
            (root / file).write_text(textwrap.dedent(text))
        names.append(name)
        importlib.invalidate_caches()
        return name

    sys.path.insert(0, str(tmp_path))
    yield write
    sys.path.remove(str(tmp_path))
    for name in names:
        for module in [m for m in sys.modules if m == name or m.startswith(name + ".")]:
            del sys.modules[module]


def _modules(package: Callable[[dict[str, str]], str]) -> tuple[str, Any]:
    name = package(
        {
            "plugin.py": PLUGIN,
            "shapes.py": "class Widget:\n    size: int = 0\n",
            "heavy.py": "raise RuntimeError('a third-party module never imported')\n",
        }
    )
    importlib.import_module(f"{name}.shapes")  # already imported, as a plugin's own module is
    return name, importlib.import_module(f"{name}.plugin")


def test_standard_and_imported_names_resolve(package: Callable[[dict[str, str]], str]) -> None:
    import fractions
    import xml.etree.ElementTree as ElementTree

    name, module = _modules(package)
    ctx = Context()
    cls = module.Activator
    assert resolve_hints(cls.add_parser_arguments, ctx)["parser"] is argparse.ArgumentParser
    assert resolve_hints(cls.element, ctx)["return"] is ElementTree.Element
    assert resolve_hints(cls.ratio, ctx)["return"] is fractions.Fraction
    assert resolve_hints(cls.widget, ctx)["return"] is sys.modules[f"{name}.shapes"].Widget
    stream = resolve_hints(cls.load, ctx)["stream"]
    assert stream == TYPESHED_ONLY["_typeshed"]["SupportsRead"][str]  # type: ignore[index]
    assert ctx.notes == []


def test_a_module_not_imported_is_never_imported(
    package: Callable[[dict[str, str]], str],
) -> None:
    name, module = _modules(package)
    ctx = Context()
    assert resolve_hints(module.Activator.heavy, ctx)["return"] is Any
    assert len(ctx.notes) == 1
    assert "Heavy" in ctx.notes[0]
    assert f"{name}.heavy" not in sys.modules


class Wants(Protocol):
    def add_parser_arguments(self, parser: argparse.ArgumentParser) -> None: ...


def test_a_wrong_type_behind_type_checking_is_refused(
    package: Callable[[dict[str, str]], str],
) -> None:
    _, module = _modules(package)
    good = plugspec.check(module.Activator(), Wants)
    assert good.ok
    assert not any("ArgumentParser" in note for note in good.notes)
    wrong = plugspec.check(module.WrongParser(), Wants)
    assert not wrong.ok
    assert "Decimal" in str(wrong)


def test_module_globals_win_over_type_checking_names(
    package: Callable[[dict[str, str]], str],
) -> None:
    name = package(
        {
            "plugin.py": """\
            from __future__ import annotations
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from decimal import Decimal as Number
            Number = int

            def scale(value: Number) -> Number: ...
            """
        }
    )
    module = importlib.import_module(f"{name}.plugin")
    assert resolve_hints(module.scale, Context()) == {"value": int, "return": int}


# ---------------------------------------------------------------------------
# A class's lines, without parsing the whole module


class Named(Protocol):
    name: str

    def run(self) -> int: ...


CLASSES = """\
class Filler{i}:
    def __init__(self) -> None:
        self.value = {i}


class Plugin{i}:
    def __init__(self) -> None:
        self.name = "plugin {i}"

    def run(self) -> int:
        return {i}


class Wrong{i}:
    def __init__(self) -> None:
        self.name = {i}

    def run(self) -> int:
        return {i}

"""

NESTED = """\
class Outer:
    class Plugin:
        def __init__(self) -> None:
            self.name = 3

        def run(self) -> int:
            return 0


if True:
    class Twin:
        flag = 1
else:
    class Twin:
        flag = 2


class Plugin:
    def __init__(self) -> None:
        self.name = "top"

    def run(self) -> int:
        return 0
"""


def test_a_module_is_parsed_at_most_once_across_its_classes(
    package: Callable[[dict[str, str]], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "".join(CLASSES.format(i=i) for i in range(30)) + NESTED
    name = package({"plugins.py": text})
    module = importlib.import_module(f"{name}.plugins")
    whole: list[int] = []
    parse = ast.parse

    def counting(source: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(source, str) and len(source) >= len(text) // 2:
            whole.append(len(source))
        return parse(source, *args, **kwargs)

    monkeypatch.setattr(ast, "parse", counting)
    before = module_parses()
    for i in range(30):
        assert plugspec.check(getattr(module, f"Plugin{i}"), type[Named]).ok
        assert not plugspec.check(getattr(module, f"Wrong{i}"), type[Named]).ok
    assert plugspec.check(module.Plugin, type[Named]).ok
    assert not plugspec.check(module.Outer.Plugin, type[Named]).ok
    twin = class_source(module.Twin)  # two classes of one name, no method: one parse
    assert twin is not None
    assert "flag = 1" in twin
    assert class_source(module.Twin) == twin
    assert module_parses() - before <= 1
    assert len(whole) <= 1


def test_a_class_source_is_its_own_statement(
    package: Callable[[dict[str, str]], str],
) -> None:
    name = package({"plugins.py": NESTED})
    module = importlib.import_module(f"{name}.plugins")
    inner = class_source(module.Outer.Plugin)
    assert inner is not None
    assert inner.startswith("class Plugin:")
    assert "self.name = 3" in inner
    assert "top" not in inner
    top = class_source(module.Plugin)
    assert top is not None
    assert 'self.name = "top"' in top


def test_relative_imports_resolve_against_the_package(
    package: Callable[[dict[str, str]], str],
) -> None:
    plugin = """\
    from __future__ import annotations
    from typing import TYPE_CHECKING
    if TYPE_CHECKING:
        from .. import shapes as outer
        from ..shapes import Widget
    def make(kind: outer.Widget) -> Widget: ...
    """
    files = {"shapes.py": "class Widget: ...\n", "sub/__init__.py": "", "sub/plugin.py": plugin}
    name = package(files)
    shapes = importlib.import_module(f"{name}.shapes")
    module = importlib.import_module(f"{name}.sub.plugin")
    ctx = Context()
    assert resolve_hints(module.make, ctx) == {"kind": shapes.Widget, "return": shapes.Widget}
    assert ctx.notes == []


def test_a_changed_file_is_read_again(package: Callable[[dict[str, str]], str]) -> None:
    name = package(
        {"plugins.py": "class Plugin:\n    def __init__(self) -> None:\n        self.a = 1\n"}
    )
    module = importlib.import_module(f"{name}.plugins")
    first = class_source(module.Plugin)
    assert first is not None
    assert "self.a" in first
    path = Path(module.__file__ or "")
    path.write_text("class Plugin:\n    def __init__(self) -> None:\n        self.b = 22\n")
    module = importlib.reload(module)
    second = class_source(module.Plugin)
    assert second is not None
    assert "self.b" in second
