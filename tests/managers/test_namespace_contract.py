"""The namespace is the whole contract: ``factory`` and ``names`` decide what managers load."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pytest

import plugspec
from plugspec.testing import fake_entry_points

GROUP = "plugspec_tests.contract"


class Formatter(Protocol):
    def format(self, rows: list[dict[str, object]]) -> str: ...


class Other(Protocol):
    def other(self) -> int: ...


@dataclass
class Config:
    title: str


CONSTRUCTED: list[str] = []


class Csv:
    def __init__(self, config: Config) -> None:
        CONSTRUCTED.append(f"Csv({config.title})")
        self.title = config.title

    def format(self, rows: list[dict[str, object]]) -> str:
        return f"{self.title}:{len(rows)}"

    @classmethod
    def create(cls, config: Config) -> Csv:
        return cls(config)


class NeedsPath:
    def __init__(self, path: str) -> None:
        CONSTRUCTED.append("NeedsPath")

    def format(self, rows: list[dict[str, object]]) -> str:
        return ""


class Mute:
    def __init__(self, config: Config) -> None:
        CONSTRUCTED.append("Mute")


def make_csv(config: Config) -> Formatter:
    return Csv(config)


@pytest.fixture(autouse=True)
def _forget_constructions() -> None:
    CONSTRUCTED.clear()


# -- the declaration ----------------------------------------------------------------


def test_defaults_and_attributes() -> None:
    plain = plugspec.Namespace(GROUP, Formatter)
    assert plain.factory is False
    assert plain.names is None
    assert plain.covers("anything")
    typed = plugspec.Namespace(
        GROUP, Formatter, factory=Callable[[Config], Formatter], names=["csv", "tsv", "csv"]
    )
    assert typed.factory == Callable[[Config], Formatter]
    assert typed.names == ("csv", "tsv")
    assert typed.covers("csv")
    assert not typed.covers("json")


def test_repr_equality_and_pickling_keep_factory_and_names() -> None:
    made = plugspec.Namespace(GROUP, Formatter, factory=True, names=["csv"])
    assert repr(made) == f"Namespace('{GROUP}', Formatter, factory=True, names=('csv',))"
    assert made != plugspec.Namespace(GROUP, Formatter)
    assert made != plugspec.Namespace(GROUP, Formatter, factory=True)
    assert made == plugspec.Namespace(GROUP, Formatter, factory=True, names=("csv",))
    assert pickle.loads(pickle.dumps(made)) == made
    typed = plugspec.Namespace(GROUP, Formatter, factory=Callable[[Config], Formatter])
    assert "factory=Callable[[" in repr(typed)


@pytest.mark.parametrize("factory", [1, "yes", None, Formatter, Callable])
def test_a_factory_that_is_no_bool_nor_callable_type_is_a_type_error(factory: object) -> None:
    with pytest.raises(TypeError, match="factory must be True, False or a callable type"):
        plugspec.Namespace(GROUP, Formatter, factory=factory)  # type: ignore[arg-type]


def test_a_factory_returning_another_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="must return the namespace's protocol `Formatter`"):
        plugspec.Namespace(GROUP, Formatter, factory=Callable[[Config], Other])  # type: ignore[arg-type]


def test_names_must_be_a_collection_of_valid_names() -> None:
    with pytest.raises(TypeError, match="not the string 'csv'"):
        plugspec.Namespace(GROUP, Formatter, names="csv")
    with pytest.raises(ValueError, match="names is empty"):
        plugspec.Namespace(GROUP, Formatter, names=[])
    with pytest.raises(ValueError, match="contains '='"):
        plugspec.Namespace(GROUP, Formatter, names=["a=b"])
    with pytest.raises(ValueError, match="invalid entry-point name"):
        plugspec.Namespace(GROUP, Formatter, names=[" padded"])


# -- factory=True: the target is called ----------------------------------------------


@pytest.mark.parametrize(
    "target", [Csv, make_csv, Csv.create], ids=["class", "function", "classmethod"]
)
def test_factory_true_calls_the_target_without_invoke_on_load(target: object) -> None:
    namespace = plugspec.Namespace(GROUP, Formatter, factory=True)
    manager = plugspec.DriverManager.make_test_instance(
        namespace, target, name="csv", invoke_args=(Config("t"),)
    )
    assert manager.driver.format([{}]) == "t:1"
    assert manager.extension.plugin is target


def test_factory_false_loads_the_target_itself() -> None:
    namespace = plugspec.Namespace(GROUP, Formatter)
    instance = Csv(Config("x"))
    manager = plugspec.DriverManager.make_test_instance(namespace, instance, name="csv")
    assert manager.driver is instance


def test_invoke_on_load_false_contradicting_a_factory_namespace_is_a_type_error() -> None:
    namespace = plugspec.Namespace(GROUP, Formatter, factory=True)
    with pytest.raises(TypeError, match=r"invoke_on_load=False contradicts .*drop invoke_on_load"):
        plugspec.ExtensionManager.make_test_instance(namespace, {}, invoke_on_load=False)
    # Repeating the namespace is fine.
    plugspec.ExtensionManager.make_test_instance(namespace, {}, invoke_on_load=True)


def test_invoke_on_load_true_contradicting_a_plain_namespace_is_a_type_error() -> None:
    namespace = plugspec.Namespace(GROUP, Formatter)
    with pytest.raises(
        TypeError,
        match=r"invoke_on_load=True contradicts .*\(factory=False\): declare factory=True on "
        r"the namespace .* or drop invoke_on_load",
    ):
        plugspec.ExtensionManager.make_test_instance(namespace, {}, invoke_on_load=True)
    with pytest.raises(TypeError, match="invoke_on_load=True contradicts"):
        plugspec.DriverManager(namespace, "csv", invoke_on_load=True)
    # Repeating the namespace is fine.
    instance = Csv(Config("x"))
    manager = plugspec.DriverManager.make_test_instance(
        namespace, instance, name="csv", invoke_on_load=False
    )
    assert manager.driver is instance


@pytest.mark.parametrize("factory", [True, Callable[[Config], Formatter]])
def test_invoke_on_load_true_agrees_with_a_factory_namespace(factory: object) -> None:
    namespace = plugspec.Namespace(GROUP, Formatter, factory=factory)
    manager = plugspec.ExtensionManager.make_test_instance(
        namespace, {"csv": Csv}, invoke_on_load=True, invoke_args=(Config("x"),)
    )
    assert isinstance(manager["csv"].obj, Csv)


def test_a_factory_whose_product_cannot_conform_names_the_member_before_calling() -> None:
    namespace = plugspec.Namespace(GROUP, Formatter, factory=True)
    with pytest.raises(plugspec.ConformanceError, match="missing method `format`"):
        plugspec.DriverManager.make_test_instance(
            namespace, Mute, name="mute", invoke_args=(Config("t"),)
        )
    assert CONSTRUCTED == []


# -- factory=Callable[[Config], Formatter]: the call signature is the contract ---------

TYPED = plugspec.Namespace(GROUP, Formatter, factory=Callable[[Config], Formatter])


@pytest.mark.parametrize(
    "target", [Csv, make_csv, Csv.create], ids=["class", "function", "classmethod"]
)
def test_a_typed_factory_accepts_targets_with_that_signature(target: object) -> None:
    manager = plugspec.DriverManager.make_test_instance(
        TYPED, target, name="csv", invoke_args=(Config("t"),)
    )
    assert manager.driver.format([]) == "t:0"


def test_a_typed_factory_refuses_another_signature_before_calling() -> None:
    with pytest.raises(plugspec.ConformanceError) as info:
        plugspec.DriverManager.make_test_instance(
            TYPED, NeedsPath, name="path", invoke_args=(Config("t"),)
        )
    message = str(info.value)
    assert "Callable[[Config], Formatter]" in message
    assert "`__call__`" in message
    assert "Config" in message
    assert CONSTRUCTED == []


def test_a_typed_factory_refuses_a_function_returning_another_type() -> None:
    def make_other(config: Config) -> Other: ...

    with pytest.raises(
        plugspec.ConformanceError, match=r"returns `.*Other`, expected `.*Formatter`"
    ):
        plugspec.DriverManager.make_test_instance(
            TYPED, make_other, name="other", invoke_args=(Config("t"),)
        )


# -- names: one group, one protocol per name --------------------------------------------


class Startup(Protocol):
    def startup(self) -> str: ...


class Precommit(Protocol):
    def precommit(self, paths: list[str]) -> bool: ...


class OnStartup:
    def startup(self) -> str:
        return "started"


class OnPrecommit:
    def precommit(self, paths: list[str]) -> bool:
        return bool(paths)


EVENTS = "plugspec_tests.events"
STARTUP = plugspec.Namespace(EVENTS, Startup, names=["startup"])
PRECOMMIT = plugspec.Namespace(EVENTS, Precommit, names=["precommit"])


def test_namespaces_of_one_group_see_only_their_names() -> None:
    with (
        fake_entry_points(STARTUP, {"startup": OnStartup()}),
        fake_entry_points(PRECOMMIT, {"precommit": OnPrecommit()}),
    ):
        startup = plugspec.ExtensionManager(STARTUP)
        precommit = plugspec.ExtensionManager(PRECOMMIT)
        assert startup.names() == ["startup"]
        assert not startup.failures
        assert precommit.names() == ["precommit"]
        assert not precommit.failures
        assert startup.map_method(Startup.startup) == ["started"]
        assert precommit.map_method(Precommit.precommit, ["a"]) == [True]
        # Without names, the other event's plugin is a conformance failure.
        everything = plugspec.ExtensionManager(plugspec.Namespace(EVENTS, Startup))
        assert everything.names() == ["startup"]
        assert [ep.name for ep, _ in everything.failures] == ["precommit"]


def test_a_hook_manager_over_one_name_may_omit_it() -> None:
    with fake_entry_points(STARTUP, {"startup": OnStartup()}):
        hooks = plugspec.HookManager(STARTUP)
        assert hooks.name == "startup"
        assert hooks.map_method(Startup.startup) == ["started"]


def test_a_hook_manager_needs_a_covered_name() -> None:
    with pytest.raises(TypeError, match="needs the hook's name"):
        plugspec.HookManager(plugspec.Namespace(EVENTS, Startup))
    with pytest.raises(ValueError, match="hook `precommit` is not one of the names"):
        plugspec.HookManager(STARTUP, "precommit")


class Wrong:
    def format(self, rows: list[int]) -> str:
        return ""


def make_wrong() -> Wrong:
    return Wrong()


def test_a_factory_function_whose_declared_product_does_not_conform_names_the_member() -> None:
    namespace = plugspec.Namespace(GROUP, Formatter, factory=True)
    failures: list[plugspec.PlugspecError] = []
    plugspec.ExtensionManager.make_test_instance(
        namespace,
        {"wrong": make_wrong},
        on_load_failure_callback=lambda _m, _ep, error: failures.append(error),
    )
    (error,) = failures
    assert isinstance(error, plugspec.ConformanceError)
    assert "returns `Wrong`, expected `Formatter`" in str(error)
    assert "method `format` parameter `rows` accepts `list[int]`" in str(error)
