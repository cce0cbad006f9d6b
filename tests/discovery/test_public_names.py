"""The packages' tables of public names agree with what type checkers read
(the imports under ``if TYPE_CHECKING:``), and every name loads from the
module the table gives."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from types import ModuleType

import pytest

import plugspec
import plugspec.testing


def _typing_imports(package: ModuleType) -> dict[str, str]:
    # ``{name: ".module"}`` of the ``from .module import name as name`` lines
    # under ``if TYPE_CHECKING:``.
    assert package.__file__ is not None
    with open(package.__file__, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name):
            if node.test.id != "TYPE_CHECKING":
                continue
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom), ast.dump(statement)
                assert statement.level == 1
                assert statement.module is not None
                for alias in statement.names:
                    assert alias.asname == alias.name, "re-export needs `as` the same name"
                    found[alias.name] = "." + statement.module
    return found


@pytest.mark.parametrize("package", [plugspec, plugspec.testing], ids=lambda m: m.__name__)
def test_the_table_is_what_type_checkers_read(package: ModuleType) -> None:
    homes: dict[str, str] = vars(package)["_HOMES"]
    assert _typing_imports(package) == homes
    assert package.__all__ == sorted(homes)


@pytest.mark.parametrize("package", [plugspec, plugspec.testing], ids=lambda m: m.__name__)
def test_every_name_loads_from_its_module(package: ModuleType) -> None:
    homes: dict[str, str] = vars(package)["_HOMES"]
    for name, home in homes.items():
        module = importlib.import_module(package.__name__ + home)
        assert getattr(package, name) is getattr(module, name)
    assert set(package.__all__) <= set(dir(package))


def test_a_misspelled_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="DriverManagr"):
        _ = plugspec.DriverManagr  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue]


def test_import_plugspec_loads_no_submodule_but_the_lazy_helper() -> None:
    # What the import adds: a coverage run may have imported ``typing`` already.
    code = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import plugspec\n"
        "added = set(sys.modules) - before\n"
        "print(sorted(m for m in added if m.startswith(('plugspec', 'typing'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['plugspec', 'plugspec._lazy']"
