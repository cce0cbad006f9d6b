"""The pytest plugin, as installed: a real pytest subprocess loads it from its entry point."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest_plugins = ["pytester"]

INNER = """
from typing import Protocol

import pytest

import plugspec
from plugspec.testing import FakeEntryPoints, assert_conforms


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


GREETERS = plugspec.Namespace("inner_tests.greeters", Greeter, factory=True)


class Hello:
    def greet(self, name: str) -> str:
        return "hi " + name


@pytest.mark.parametrize("mode", ["memory", "dist-info"])
def test_fixture_fakes_entry_points(plugspec_entry_points, mode):
    fake = plugspec_entry_points(GREETERS, {"hello": Hello}, dist_name="inner-dist", mode=mode)
    assert isinstance(fake, FakeEntryPoints)
    manager = plugspec.ExtensionManager(GREETERS)
    assert manager.names() == ["hello"]
    assert manager["hello"].dist_name == "inner-dist"


def test_fakes_are_gone_after_the_test():
    assert plugspec.ExtensionManager(GREETERS).names() == []


class FakeCsv:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return "fake"


def test_fixture_replaces_the_installed_plugins(plugspec_entry_points):
    # reportapp-csv (examples/) is installed: its `csv` is replaced, not doubled.
    from reportapp.plugins import FORMATTERS

    plugspec_entry_points(FORMATTERS, {"csv": FakeCsv}, mode="dist-info", replace=True)
    driver = plugspec.DriverManager(FORMATTERS, "csv")
    assert driver.driver.format([]) == "fake"


class Mute:
    pass


def test_assert_conforms_reports():
    assert_conforms(Mute(), Greeter)
"""


def test_plugin_is_loaded_from_its_entry_point(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, failed=1)
    # The failure shows the whole report, and not the helper's own frame.
    result.stdout.fnmatch_lines(
        [
            "plugins:*plugspec-*",
            "E * `Mute` instance is not compatible with protocol `Greeter`: missing method `greet`"
            " (expected `greet(self, name: str) -> str`)",
        ]
    )
    assert "_asserts.py" not in result.stdout.str()


def test_disabling_the_plugin_removes_the_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:plugspec")
    result.assert_outcomes(passed=1, failed=1, errors=3)
    result.stdout.fnmatch_lines(["*fixture 'plugspec_entry_points' not found*"])


def test_the_plugin_module_imports_nothing_heavy() -> None:
    probe = (
        "import sys, plugspec.testing._pytest_plugin\n"
        "heavy = ['hypothesis', 'plugspec.testing._strategies', 'plugspec.testing._fake']\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
