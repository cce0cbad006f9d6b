"""A factory namespace refuses a target whose product does not conform, naming the member."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from _manager_plugins import GROUP, MADE_FORMATTERS, Formatter

import plugspec
from _envs import PluginEnv

MODULE = "plugspec_test_products"
SOURCE = """
    class Wrong:
        def __init__(self, width: int = 0) -> None:
            self.width = width

        def format(self, rows: list[int], *, title: str = "") -> str:
            return ""


    class Blank:
        def render(self) -> str:
            return ""


    def make() -> Wrong:
        return Wrong()


    def make_blank() -> Blank:
        return Blank()


    class Maker:
        def __call__(self) -> Wrong:
            return Wrong()


    MAKER = Maker()
    """
TYPED = plugspec.Namespace(GROUP, Formatter, factory=Callable[[], Formatter])


@pytest.fixture
def products(plugin_env: PluginEnv) -> PluginEnv:
    plugin_env.add_dist(
        "plugin-products",
        entry_points={
            GROUP: {
                "function": f"{MODULE}:make",
                "instance": f"{MODULE}:MAKER",
                "class": f"{MODULE}:Wrong",
                "blank": f"{MODULE}:make_blank",
            }
        },
        modules={MODULE: SOURCE},
    )
    return plugin_env


@pytest.mark.parametrize("namespace", [MADE_FORMATTERS, TYPED], ids=["factory", "typed"])
@pytest.mark.parametrize("name", ["function", "instance", "class"])
def test_the_member_at_fault_of_the_product_is_named(
    products: PluginEnv, namespace: plugspec.Namespace[Formatter], name: str
) -> None:
    with pytest.raises(plugspec.ConformanceError) as info:
        plugspec.DriverManager(namespace, name)
    error = info.value
    assert error.dist_name == "plugin-products"
    assert str(error.entry_point).startswith(f"{name} = {MODULE}:")
    members = [problem.member for problem in error.report.problems]
    assert "format" in members
    message = str(error)
    assert "method `format` parameter `rows` accepts `list[int]`" in message
    if name != "class":  # a class is checked as type[Formatter], which names it directly
        assert "`Wrong`, which `__call__` returns: method `format`" in message


def test_a_missing_member_of_the_product_is_named_with_its_code(products: PluginEnv) -> None:
    manager = plugspec.ExtensionManager(MADE_FORMATTERS)
    failures = {entry_point.name: error for entry_point, error in manager.failures}
    error = failures["blank"]
    assert isinstance(error, plugspec.ConformanceError)
    codes = [(p.member, p.code.value) for p in error.report.problems]
    assert codes == [("__call__", "incompatible-member"), ("format", "missing-member")]
    assert "`Blank`, which `__call__` returns: missing method `format`" in str(error)
