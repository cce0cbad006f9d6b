"""The static check's pieces, in process: source reading, type writing, message digesting."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, Optional, Protocol, TypeVar, Union

import pytest

from plugspec._discovery import EntryPoint
from plugspec._static import (
    StaticCheckError,
    check_static,
    classify,
    default_cache_dir,
    locate,
)
from plugspec._static._check import _digest, _link_top_level
from plugspec._static._locate import module_source
from plugspec._static._render import TypeWriter, UnrenderableError

T = TypeVar("T")


class Box(Protocol[T]):
    def get(self) -> T: ...


def _write(root: Path, files: dict[str, str]) -> None:
    for relative, source in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))


@pytest.mark.parametrize(
    ("attr", "kind"),
    [
        ("Cls", "class"),
        ("func", "value"),
        ("afunc", "value"),
        ("INSTANCE", "value"),
        ("Alias", "class"),
        ("Typed", "class"),
        ("Annotated", "value"),
        ("Declared", "value"),
        ("Imported", "class"),
        ("FromParent", "class"),
        ("sub", "module"),
        ("json", "module"),
        ("Conditional", "class"),
        ("InTry", "class"),
        ("Cls.Inner", "class"),
        ("Cls.method", "value"),
        ("sub.Thing", "class"),
        ("func.attr", "unknown"),
        ("Unbound", "unknown"),
        ("", "module"),
    ],
)
def test_classify_reads_source(tmp_path: Path, attr: str, kind: str) -> None:
    _write(
        tmp_path,
        {
            "pkg/__init__.py": """
                import json
                from . import sub
                from .sub import Thing as Imported
                from pkg.sub import Thing as FromParent
                class Cls:
                    class Inner: ...
                    def method(self) -> None: ...
                def func() -> None: ...
                async def afunc() -> None: ...
                INSTANCE = Cls()
                Alias = Cls
                Typed: type[Cls] = Cls
                Annotated: Cls = Cls()
                Declared: int
                if True:
                    Conditional = Cls
                else:
                    pass
                try:
                    InTry = Cls
                except ImportError:
                    InTry = Cls
                finally:
                    pass
            """,
            "pkg/sub.py": "class Thing: ...\n",
        },
    )
    assert classify("pkg", attr, [tmp_path]) == kind


def test_classify_prefers_the_stub_and_survives_bad_source(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "stubbed.py": "def Thing(): ...\n",
            "stubbed.pyi": "class Thing: ...\n",
            "broken.py": "def (:\n",
            "deep/__init__.py": "from .a import X\n",
            "deep/a.py": "from .b import X\n",
            "deep/b.py": "class X: ...\n",
        },
    )
    assert classify("stubbed", "Thing", [tmp_path]) == "class"
    assert classify("broken", "X", [tmp_path]) == "unknown"
    assert classify("missing", "X", [tmp_path]) == "unknown"
    assert classify("deep", "X", [tmp_path]) == "class"


def test_locate_finds_without_importing(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    _write(
        first,
        {
            "nspkg/one/__init__.py": "",
            "regular/__init__.py": "raise SystemExit('imported!')\n",
            "regular/mod.py": "",
            "single.py": "",
            "stubonly.pyi": "",
        },
    )
    _write(second, {"nspkg/two.py": "", "regular/__init__.py": ""})
    search = [first, second, tmp_path / "not-there"]
    namespace = locate("nspkg", search)
    assert namespace is not None
    assert namespace.is_package
    assert namespace.paths == (first / "nspkg", second / "nspkg")
    assert namespace.source is None
    two = locate("nspkg.two", search)
    assert two is not None
    assert two.name == "nspkg.two"
    assert two.source == second / "nspkg/two.py"
    regular = locate("regular.mod", search)
    assert regular is not None
    assert regular.paths == (first / "regular/mod.py",)
    assert locate("regular", search).source == first / "regular/__init__.py"  # type: ignore[union-attr]
    assert locate("stubonly", search).source == first / "stubonly.pyi"  # type: ignore[union-attr]
    assert locate("single.sub", search) is None
    assert locate("nothing", search) is None
    assert locate("sys") is None  # built in: nothing to find
    assert "regular" not in sys.modules


def test_link_top_level_merges_namespace_portions(tmp_path: Path) -> None:
    first, second, into = tmp_path / "a", tmp_path / "b", tmp_path / "into"
    _write(first, {"ns/one.py": "", "mod.py": "", "mod.pyi": ""})
    _write(second, {"ns/two.py": "", "ns/one.py": "shadowed"})
    into.mkdir()
    location = locate("ns", [first, second])
    assert location is not None
    _link_top_level(location, into)
    assert sorted(p.name for p in (into / "ns").iterdir()) == ["one.py", "two.py"]
    assert (into / "ns" / "one.py").read_text() == ""
    module = locate("mod", [first])
    assert module is not None
    _link_top_level(module, into)
    assert sorted(p.name for p in into.iterdir()) == ["mod.py", "mod.pyi", "ns"]


class _Plain:
    pass


@pytest.mark.parametrize(
    ("form", "text"),
    [
        (Box, "_t0.Box"),
        (Box[int], "_t0.Box[int]"),
        (Box[Optional[int]], "_t0.Box[int | None]"),  # noqa: UP045 - the old spelling on purpose
        (Box[Union[int, str]], "_t0.Box[int | str]"),  # noqa: UP007
        (Box[int | None], "_t0.Box[int | None]"),
        (Box[list[dict[str, object]]], "_t0.Box[list[dict[str, object]]]"),
        (Box[Callable[[int], str]], "_t0.Box[_t1.Callable[[int], str]]"),
        (Box[Literal["a", 1]], "_t0.Box[_t1.Literal['a', 1]]"),
        (Box[Any], "_t0.Box[_t1.Any]"),
        (Box[tuple[()]], "_t0.Box[tuple[()]]"),
        (Box[Callable[..., None]], "_t0.Box[_t1.Callable[..., None]]"),
    ],
)
def test_type_writer_renders_importable_forms(form: object, text: str) -> None:
    writer = TypeWriter()
    rendered = writer.render(form)
    aliases = {alias: module for module, alias in writer.aliases.items()}
    assert rendered == text
    assert aliases["_t0"] == __name__
    assert all(line.startswith("import ") for line in writer.imports())


def test_type_writer_refuses_what_cannot_be_imported() -> None:
    class Local(Protocol):
        def run(self) -> None: ...

    with pytest.raises(UnrenderableError, match="inside a function"):
        TypeWriter().render(Local)
    with pytest.raises(UnrenderableError, match="cannot write"):
        TypeWriter().render(object())


def test_digest_member_conflicts() -> None:
    error = "Incompatible types in assignment (...)  [assignment]"
    notes = [
        'Following member(s) of "A" have conflicts:',
        '    name: expected "str", got "int"',
        "    Expected:",
        "        def run(self, x: int) -> None",
        "    Got:",
        "        def run(self, x: str) -> None",
        "Protocol member P.size expected settable variable, got read-only attribute",
    ]
    problems = _digest(error, notes)
    assert [(p.member, p.expected, p.found) for p in problems] == [
        ("name", "str", "int"),
        ("run", "def run(self, x: int) -> None", "def run(self, x: str) -> None"),
        ("size", None, None),
    ]


def test_digest_missing_members_and_plain_errors() -> None:
    notes = ['"A" is missing following "P" protocol members:', "    a, b"]
    assert [p.member for p in _digest("Incompatible  [assignment]", notes)] == ["a", "b"]
    (plain,) = _digest('Module has no attribute "X"  [attr-defined]', [])
    assert plain.member is None
    assert plain.message == 'Module has no attribute "X"'


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(tmp_path))
    assert default_cache_dir() == tmp_path
    monkeypatch.delenv("PLUGSPEC_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    expected = tmp_path / "xdg" / "plugspec" / "mypy"
    if sys.platform.startswith("linux"):
        assert default_cache_dir() == expected
    assert default_cache_dir().parts[-2:] == ("plugspec", "mypy")


@pytest.mark.parametrize(
    ("platform", "variable", "parts"),
    [("win32", "LOCALAPPDATA", ("local",)), ("darwin", None, ("Library", "Caches"))],
)
def test_default_cache_dir_per_platform(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    platform: str,
    variable: str | None,
    parts: tuple[str, ...],
) -> None:
    monkeypatch.delenv("PLUGSPEC_CACHE_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setenv("HOME", str(tmp_path))
    if variable is not None:
        monkeypatch.setenv(variable, str(tmp_path / "local"))
    assert default_cache_dir() == tmp_path.joinpath(*parts, "plugspec", "mypy")


def test_links_fall_back_to_copies(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _write(tmp_path / "src", {"pkg/__init__.py": "X = 1\n", "single.py": ""})
    into = tmp_path / "into"
    into.mkdir()

    def no_symlinks(self: Path, target: object, target_is_directory: bool = False) -> None:
        raise OSError("symbolic links are not permitted here")

    monkeypatch.setattr(Path, "symlink_to", no_symlinks)
    for name in ("pkg", "single"):
        location = locate(name, [tmp_path / "src"])
        assert location is not None
        _link_top_level(location, into)
    assert (into / "pkg" / "__init__.py").read_text() == "X = 1\n"
    assert not (into / "pkg").is_symlink()
    assert (into / "single.py").is_file()


class _VirtualFinder:
    """A meta-path finder, like setuptools' editable-install finders."""

    def __init__(self, origin: Path) -> None:
        self.origin = origin

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        import importlib.util

        if name == "virtual_plugin":
            return importlib.util.spec_from_file_location(name, self.origin)
        return None


def test_locate_asks_meta_path_finders_for_top_level_names(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _write(tmp_path, {"elsewhere/virtual_plugin.py": "class Thing: ...\n"})
    monkeypatch.setattr(
        sys, "meta_path", [*sys.meta_path, _VirtualFinder(tmp_path / "elsewhere/virtual_plugin.py")]
    )
    location = locate("virtual_plugin")
    assert location is not None
    assert location.paths == (tmp_path / "elsewhere/virtual_plugin.py",)
    assert module_source("virtual_plugin") == tmp_path / "elsewhere/virtual_plugin.py"
    assert classify("virtual_plugin", "Thing") == "class"
    assert locate("virtual_plugin", [tmp_path]) is None  # an explicit path is all that is searched


class _OriginlessFinder:
    """A meta-path finder for modules that exist in no file (generated ones), and for
    a package kept elsewhere (as setuptools' editable finders do)."""

    def __init__(self, package_directory: Path) -> None:
        self.package_directory = package_directory

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        import importlib.machinery
        import importlib.util

        if name == "generated_plugin":
            return importlib.machinery.ModuleSpec(name, None, origin="<generated>")
        if name == "virtual_package":
            init = self.package_directory / "__init__.py"
            locations = [str(self.package_directory)]
            return importlib.util.spec_from_file_location(
                name, init, submodule_search_locations=locations
            )
        return None


def test_locate_skips_what_has_no_source_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import importlib.machinery
    import types

    # A compiled extension is found, but there is no source for a type checker.
    extension = tmp_path / f"compiled{importlib.machinery.EXTENSION_SUFFIXES[0]}"
    extension.write_bytes(b"")
    compiled = locate("compiled", [tmp_path])
    assert compiled is not None
    assert compiled.paths == (extension,)
    assert compiled.source is None
    # A meta-path finder's module without a file is not located; its package is.
    _write(tmp_path, {"elsewhere/vpkg/__init__.py": "", "elsewhere/vpkg/mod.py": ""})
    finder = _OriginlessFinder(tmp_path / "elsewhere/vpkg")
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, finder])
    assert locate("generated_plugin") is None
    module = locate("virtual_package.mod")
    assert module is not None
    assert module.paths == (tmp_path / "elsewhere/vpkg/mod.py",)
    assert "virtual_package" not in sys.modules
    # A module object without a spec makes find_spec raise ValueError: not located.
    monkeypatch.setitem(sys.modules, "specless_plugin", types.ModuleType("specless_plugin"))
    assert locate("specless_plugin") is None


class _Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class _Check(Protocol):
    def __call__(self, rows: list[int]) -> list[str]: ...


def test_callable_protocol_failures_name_call_with_both_sides(tmp_path: Path) -> None:
    _write(
        tmp_path / "site",
        {
            "checks_x/__init__.py": "def wrong(rows: list[str]) -> list[str]: ...\n"
            "class NotCallable:\n    pass\n"
        },
    )
    run = check_static(
        {"t.checks": _Check},
        [
            EntryPoint("wrong", "checks_x:wrong", "t.checks"),
            EntryPoint("class", "checks_x:NotCallable", "t.checks"),
        ],
        search_path=[tmp_path / "site"],
        cache_dir=tmp_path / "cache",
    )
    problems = {r.entry_point.name: r.problems for r in run.results}
    (wrong,) = problems["wrong"]
    assert (wrong.member, wrong.expected, wrong.found) == (
        "__call__",
        "def __call__(self, rows: list[int]) -> list[str]",
        "Callable[[list[str]], list[str]]",
    )
    (missing,) = problems["class"]
    assert (missing.member, missing.message, missing.expected) == (
        "__call__",
        "missing method `__call__`",
        "__call__(self, rows: list[int]) -> list[str]",
    )


def test_check_static_in_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _write(
        tmp_path / "site",
        {"greeters_x/__init__.py": "class Hi:\n    def greet(self, name: str) -> str: ...\n"},
    )
    entry_points = [
        EntryPoint("hi", "greeters_x:Hi", "t.greeters", "greeters-x", "1"),
        EntryPoint("bad", "not valid!:x", "t.greeters", "greeters-x", "1"),
        EntryPoint("other", "greeters_x:Hi", "t.unrelated"),
    ]
    # A cache directory that cannot be created falls back to a temporary one.
    blocker = tmp_path / "file"
    blocker.write_text("")
    run = check_static(
        {"t.greeters": _Greeter, "t.empty": _Greeter},
        entry_points,
        search_path=[tmp_path / "site"],
        cache_dir=blocker / "cache",
    )
    verdicts = {r.entry_point.name: (r.ok, r.annotation) for r in run.results}
    assert verdicts == {"hi": (True, "type[_Greeter]"), "bad": (False, "_Greeter")}
    (bad,) = [r for r in run.results if not r.ok]
    assert bad.problems[0].message == "invalid entry point value `not valid!:x`"
    assert run.cache_dir is not None
    assert blocker not in run.cache_dir.parents


def test_mypy_refusing_to_run_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # mypy refuses a site-packages directory on its search path (exit status 2).
    import site

    monkeypatch.setenv("MYPYPATH", site.getsitepackages()[0])
    with pytest.raises(StaticCheckError, match="mypy failed"):
        check_static(
            {"t.greeters": _Greeter},
            [EntryPoint("hi", "json:loads", "t.greeters")],
            cache_dir=tmp_path,
        )
