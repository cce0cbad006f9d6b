"""plugspec.testing.fake_entry_points: fakes seen by the real managers, in both modes."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Protocol

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import plugspec
from plugspec import _discovery
from plugspec.testing import EntryPointFaker, FakeEntryPoints, fake_entry_points

if sys.version_info >= (3, 12):
    from importlib import metadata
else:
    import importlib_metadata as metadata

GROUP = "plugspec_tests.testing.greeters"
MODES = ["memory", "dist-info"]


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


GREETERS = plugspec.Namespace(GROUP, Greeter)
# The same group, whose entry points name classes that make the greeters.
MADE_GREETERS = plugspec.Namespace(GROUP, Greeter, factory=True)


class Hello:
    def greet(self, name: str) -> str:
        return f"hello {name}"


class Shout:
    def greet(self, name: str) -> str:
        return name.upper()


class Mute:
    def greet(self) -> str:
        return ""


def names_in(group: str = GROUP) -> list[str]:
    return [ep.name for ep in _discovery.entry_points(group)]


@pytest.fixture(autouse=True)
def untouched_process_state():
    """Every test leaves sys.path, sys.modules and discovery as it found them."""
    path, modules = list(sys.path), set(sys.modules)
    before = names_in()
    yield
    assert sys.path == path
    assert not {m for m in set(sys.modules) - modules if m.startswith("_plugspec_fake_")}
    assert names_in() == before
    assert not _discovery._overlay


@pytest.mark.parametrize("mode", MODES)
def test_managers_see_the_fakes_and_forget_them_on_exit(mode) -> None:
    with fake_entry_points(
        MADE_GREETERS,
        {"hello": Hello, "shout": Shout},
        dist_name="greet-pack",
        dist_version="2.1",
        mode=mode,
    ) as fake:
        manager = plugspec.ExtensionManager(MADE_GREETERS)
        assert manager.names() == ["hello", "shout"]
        assert manager["hello"].plugin is Hello
        assert manager["shout"].obj.greet("you") == "YOU"
        assert isinstance(manager["shout"].obj, Shout)
        assert (manager["hello"].dist_name, manager["hello"].dist_version) == ("greet-pack", "2.1")
        assert manager["shout"].entry_point == fake.entry_points[1]
        assert str(manager["shout"].entry_point) == f"shout = {fake.module}:shout"
        driver = plugspec.DriverManager(MADE_GREETERS, "hello")
        assert driver.driver.greet("you") == "hello you"
        assert isinstance(driver.driver, Hello)
    assert "hello" not in plugspec.ExtensionManager(MADE_GREETERS)
    with pytest.raises(plugspec.NoMatchesError):
        plugspec.DriverManager(MADE_GREETERS, "hello")


def test_dist_info_mode_writes_real_metadata_on_sys_path() -> None:
    with fake_entry_points(
        GROUP, {"hello": Hello}, dist_name="Greet_Pack", mode="dist-info"
    ) as fake:
        site = fake.path
        assert site is not None
        assert sys.path[0] == str(site)
        (info,) = site.glob("*.dist-info")
        assert info.name == "greet_pack-0.dist-info"
        assert "Name: Greet_Pack" in (info / "METADATA").read_text()
        # The standard library's own scan finds it too: it is a real distribution.
        found = [ep for ep in metadata.entry_points(group=GROUP) if ep.name == "hello"]
        assert [(ep.value, ep.dist.name) for ep in found] == [
            (f"{fake.module}:hello", "Greet_Pack")
        ]
        assert fake.dist_version == "0"
    assert not site.exists()
    assert fake.path is None


def test_memory_mode_writes_nothing_and_keeps_unknown_distribution() -> None:
    with fake_entry_points(GREETERS, {"hello": Hello()}) as fake:
        assert fake.path is None
        assert not list(metadata.entry_points(group=GROUP))
        ext = plugspec.ExtensionManager(GREETERS)["hello"]
        assert (ext.dist_name, ext.dist_version) == (None, None)
        assert ext.origin.distribution is None or "greet" not in str(ext.origin.distribution)


def test_dist_info_mode_generates_a_distribution_name() -> None:
    with fake_entry_points(GREETERS, {"hello": Hello()}, mode="dist-info") as fake:
        ext = plugspec.ExtensionManager(GREETERS)["hello"]
        assert ext.dist_name == fake.dist_name
        assert ext.dist_name is not None
        assert ext.dist_name.startswith("plugspec-fake-")


@pytest.mark.parametrize("mode", MODES)
def test_a_non_conforming_fake_is_reported_with_its_origin(mode) -> None:
    failures: list[tuple[str, BaseException]] = []
    with fake_entry_points(
        GREETERS,
        {"mute": Mute(), "hello": Hello()},
        dist_name="bad-pack",
        dist_version="0.3",
        mode=mode,
    ) as fake:
        manager = plugspec.ExtensionManager(
            GREETERS, on_load_failure_callback=lambda _m, ep, exc: failures.append((str(ep), exc))
        )
        assert manager.names() == ["hello"]
    ((entry_point, error),) = failures
    assert entry_point == f"mute = {fake.module}:mute"
    assert isinstance(error, plugspec.ConformanceError)
    message = str(error)
    for part in (GROUP, entry_point, "bad-pack", "0.3", "greet"):
        assert part in message


@pytest.mark.parametrize("mode", MODES)
def test_names_that_are_not_identifiers_still_load(mode) -> None:
    plugins = {
        "my-greeter": Hello(),
        "a.b": Shout(),
        "class": Hello(),
        "plugin_0": Shout(),
        "__name__": Hello(),
        "__dict__": Shout(),
    }
    with fake_entry_points(GREETERS, plugins, mode=mode) as fake:
        manager = plugspec.ExtensionManager(GREETERS)
        assert sorted(manager.names()) == sorted(plugins)
        for ep in fake.entry_points:
            assert ep.load() is plugins[ep.name]
        assert len({ep.attr for ep in fake.entry_points}) == len(plugins)


@pytest.mark.parametrize(("outer", "inner"), [(a, b) for a in MODES for b in MODES])
def test_fakes_nest(outer, inner) -> None:
    # The latest first within a mode; in-memory ones before anything installed.
    order = ["hello", "shout"] if (outer, inner) == ("memory", "dist-info") else ["shout", "hello"]
    with fake_entry_points(GREETERS, {"hello": Hello()}, mode=outer):
        with fake_entry_points(GREETERS, {"shout": Shout()}, mode=inner):
            assert names_in()[:2] == order
            same_name = fake_entry_points(GREETERS, {"hello": Shout()}, mode=inner)
            with same_name, pytest.raises(plugspec.MultipleMatchesError):
                plugspec.DriverManager(GREETERS, "hello")
        assert names_in()[:1] == ["hello"]
        assert "shout" not in names_in()


def test_other_groups_are_untouched() -> None:
    with fake_entry_points(GREETERS, {"hello": Hello()}):
        assert names_in("plugspec_tests.testing.other") == []


@pytest.mark.parametrize(
    ("group", "plugins", "mode"),
    [
        ("", {"a": 1}, "memory"),
        ("a[b]", {"a": 1}, "memory"),
        (GROUP, {"a=b": 1}, "memory"),
        (GROUP, {" a": 1}, "dist-info"),
        (GROUP, {"": 1}, "memory"),
        (GROUP, {"[a": 1}, "memory"),
        (GROUP, {"a\nb": 1}, "memory"),
        (GROUP, {"a\x1eb": 1}, "dist-info"),
        (GROUP, {"#a": 1}, "dist-info"),
        (GROUP, {"a": 1}, "zip"),
    ],
)
def test_invalid_input_is_refused_before_anything_changes(group, plugins, mode) -> None:
    with pytest.raises(ValueError, match=r"invalid|mode"):
        fake_entry_points(group, plugins, mode=mode)


def test_a_context_is_entered_once_and_closes_idempotently() -> None:
    fake = fake_entry_points(GREETERS, {"hello": Hello()})
    assert "new" in repr(fake)
    with fake:
        assert "active" in repr(fake)
        assert "hello = _plugspec_fake_" in repr(fake)
        with pytest.raises(RuntimeError, match="only once"):
            fake.__enter__()
    fake.close()
    assert "closed" in repr(fake)
    with pytest.raises(RuntimeError, match="only once"):
        fake.__enter__()
    unused = fake_entry_points(GREETERS, {"hello": Hello()})
    unused.close()
    with pytest.raises(RuntimeError):
        unused.__enter__()


def test_exit_restores_even_after_an_error_and_others_changes_to_sys_path(tmp_path: Path) -> None:
    fake = fake_entry_points(GREETERS, {"hello": Hello()}, mode="dist-info")

    def fail_inside() -> None:
        with fake:
            sys.path.insert(0, str(tmp_path))  # someone else's entry, kept
            raise KeyError

    with pytest.raises(KeyError):
        fail_inside()
    assert fake.path is None
    assert sys.path[0] == str(tmp_path)
    sys.path.remove(str(tmp_path))


def test_faker_removes_every_fake_at_close() -> None:
    faker = EntryPointFaker()
    first = faker(GREETERS, {"hello": Hello()}, mode="dist-info")
    second = faker(GROUP, {"shout": Shout()}, dist_name="x", dist_version="1")
    assert isinstance(first, FakeEntryPoints)
    assert isinstance(second, FakeEntryPoints)
    assert names_in()[:2] == ["shout", "hello"]
    faker.close()
    assert "hello" not in names_in()
    assert "shout" not in names_in()


def test_threads_faking_at_once_leave_nothing_behind() -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def worker(index: int) -> None:
        group = f"plugspec_tests.testing.thread{index}"
        try:
            barrier.wait()
            for round_ in range(5):
                mode = MODES[(index + round_) % 2]
                with fake_entry_points(group, {f"p{round_}": Hello()}, mode=mode):
                    assert names_in(group) == [f"p{round_}"]
                assert names_in(group) == []
        except BaseException as error:  # reported below, in the main thread
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@settings(max_examples=25, deadline=None)
@given(
    names=st.lists(
        st.text(
            st.characters(
                exclude_categories=("C", "Z"), include_characters=" ", exclude_characters="=[]#;"
            ),
            min_size=1,
            max_size=12,
        )
        .map(str.strip)
        .filter(bool),
        min_size=1,
        max_size=4,
        unique=True,
    ),
    mode=st.sampled_from(MODES),
)
def test_any_valid_names_round_trip_through_discovery(names: list[str], mode: str) -> None:
    plugins = {name: object() for name in names}
    with fake_entry_points(GREETERS, plugins, mode=mode):  # type: ignore[arg-type]
        found = [ep for ep in _discovery.entry_points(GROUP) if ep.name in plugins]
        assert [ep.name for ep in found] == names
        assert all(ep.load() is plugins[ep.name] for ep in found)
    assert not set(names) & set(names_in())


# The example distributions are installed in the development environment:
# reportapp-csv provides the formatter `csv`, as a plugin's own repository
# has its plugin installed while its tests run.
reportapp_plugins = pytest.importorskip("reportapp.plugins")
FORMATTERS = reportapp_plugins.FORMATTERS


class FakeCsv:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return "fake"


def _installed_formatters() -> list[str]:
    return sorted(ep.value for ep in _discovery.entry_points("reportapp.formatters"))


def _loaded_formatters() -> list[str]:
    return sorted(plugspec.ExtensionManager(FORMATTERS).names())


def test_an_added_fake_sits_beside_the_installed_plugin_of_that_name() -> None:
    with (
        fake_entry_points(FORMATTERS, {"csv": FakeCsv}),
        pytest.raises(plugspec.MultipleMatchesError),
    ):
        plugspec.DriverManager(FORMATTERS, "csv")


@pytest.mark.parametrize("mode", MODES)
def test_a_replacing_fake_hides_the_installed_plugins_of_its_group(mode) -> None:
    before = _installed_formatters()
    assert "reportapp_csv:CsvFormatter" in before
    with fake_entry_points(FORMATTERS, {"csv": FakeCsv}, mode=mode, replace=True) as fake:
        assert sorted(ep.value for ep in fake.replaced) == before
        driver = plugspec.DriverManager(FORMATTERS, "csv")
        assert driver.driver.format([]) == "fake"
        assert _loaded_formatters() == ["csv"]
        # Other groups keep their installed plugins.
        assert _discovery.entry_points("reportapp.checks")
    assert _installed_formatters() == before


def test_replacing_fakes_nest() -> None:
    with fake_entry_points(FORMATTERS, {"csv": FakeCsv}, replace=True):
        with fake_entry_points(FORMATTERS, {"other": FakeCsv}, mode="dist-info", replace=True):
            assert _loaded_formatters() == ["other"]
        assert _loaded_formatters() == ["csv"]
        with fake_entry_points(FORMATTERS, {"added": FakeCsv}):
            assert _loaded_formatters() == ["added", "csv"]
    assert "csv" in _loaded_formatters()
    assert not _discovery._hidden


def test_faker_replaces_on_request() -> None:
    faker = EntryPointFaker()
    try:
        fake = faker(FORMATTERS, {"csv": FakeCsv}, replace=True)
        assert fake.replace
        assert _loaded_formatters() == ["csv"]
    finally:
        faker.close()
    assert len(_installed_formatters()) > 1
