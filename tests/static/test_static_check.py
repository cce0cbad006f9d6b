"""`plugspec check --static`: mypy on the bindings, no plugin code run (real subprocesses)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from _cli_env import (
    GOOD_FORMATTER,
    SIDE_EFFECT_FORMATTER,
    WRONG_TYPE_FORMATTER,
    PluginEnv,
    add_boxes,
)

pytestmark = pytest.mark.slow

GOOD_STUB = """
class Good:
    def format(self, rows: list[dict[str, object]], *, title: str = ...) -> str: ...
"""


def _verdicts(document: dict[str, object]) -> dict[str, bool]:
    return {
        p["name"]: p["ok"]
        for n in document["namespaces"]  # type: ignore[attr-defined]
        for p in n["plugins"]
    }


def _plugins(document: dict[str, object]) -> dict[str, dict[str, object]]:
    return {
        p["name"]: p
        for n in document["namespaces"]  # type: ignore[attr-defined]
        for p in n["plugins"]
    }


def test_static_check_imports_no_plugin_code(app_env: PluginEnv) -> None:
    marker = app_env.site.parent / "imported"
    app_env.extra_env["PLUGIN_IMPORT_MARKER"] = str(marker)
    app_env.dist(
        "loud",
        {"tapp.formatters": {"loud": "loud_plugin:Loud", "wrong": "loud_plugin.wrong:WrongType"}},
        {
            "loud_plugin/__init__.py": SIDE_EFFECT_FORMATTER,
            "loud_plugin/wrong.py": "import loud_plugin\n" + WRONG_TYPE_FORMATTER,
        },
    )
    for args in (["check", "--static"], ["show", "--static"]):
        extra = ["loud"] if args[0] == "show" else []
        result = app_env.run(*args, "tapp.formatters", *extra, "--json")
        assert result.status in (0, 1), result.err
        assert not marker.exists()
    document = app_env.run("check", "--static", "tapp.formatters", "--json").json()
    assert _verdicts(document) == {"loud": True, "wrong": False}
    assert not marker.exists()
    # The marker works: the runtime check imports the plugin.
    app_env.run("check", "tapp.formatters")
    assert marker.exists()


def test_wrong_parameter_type_keeps_mypys_explanation(app_env: PluginEnv) -> None:
    app_env.dist(
        "wrongdist",
        {"tapp.formatters": {"wrong": "wrong_plugin:WrongType", "good": "wrong_plugin:Good"}},
        {"wrong_plugin/__init__.py": WRONG_TYPE_FORMATTER + GOOD_FORMATTER},
        version="2.5",
    )
    result = app_env.run("check", "--static", "tapp.formatters", "--json")
    assert result.status == 1
    plugins = _plugins(result.json())
    wrong = plugins["wrong"]
    assert (wrong["distribution"], wrong["version"]) == ("wrongdist", "2.5")
    assert wrong["checked_as"] == "type[Formatter]"
    assert wrong["mypy"][0].startswith("error: Incompatible types in assignment")
    assert (
        "note:         def format(self, rows: list[list[str]], *, title: str = ...) -> str"
        in (wrong["mypy"])
    )
    (problem,) = wrong["problems"]
    assert problem["member"] == "format"
    assert "list[list[str]]" in problem["found"]
    assert plugins["good"]["ok"]
    text = app_env.run("check", "--static", "tapp.formatters").out
    assert "wrong_plugin:WrongType" in text
    assert "wrongdist 2.5" in text


def test_missing_member_is_named(app_env: PluginEnv) -> None:
    app_env.dist(
        "halfhook",
        {"tapp.hooks": {"half": "half_hook:Half"}},
        {"half_hook/__init__.py": "class Half:\n    def on_start(self, title: str) -> None: ...\n"},
    )
    plugins = _plugins(app_env.run("check", "--static", "tapp.hooks", "--json").json())
    assert [p["member"] for p in plugins["half"]["problems"]] == ["on_finish"]


_HOOK_EXPECTED = {
    "on_start": "on_start(self, title: str) -> None",
    "on_finish": "on_finish(self, title: str, output: str) -> None",
}


@pytest.mark.parametrize(
    ("source", "missing"),
    [
        pytest.param(
            "class Hook:\n    def on_start(self, title: str) -> None: ...\n",
            ["on_finish"],
            id="one",
        ),
        # mypy's notes name no member when every member is missing.
        pytest.param("class Hook:\n    pass\n", ["on_finish", "on_start"], id="all"),
    ],
)
def test_every_missing_member_is_named_with_its_signature(
    app_env: PluginEnv, source: str, missing: list[str]
) -> None:
    # The class makes the plugin (tapp.hooks: factory=True); the instance is one.
    app_env.dist(
        "misshook",
        {"tapp.hooks": {"cls": "miss_hook:Hook"}, "tapp.hook_objects": {"obj": "miss_hook:HOOK"}},
        {"miss_hook/__init__.py": source + "HOOK = Hook()\n"},
    )
    namespaces = ("tapp.hooks", "tapp.plugins:HOOK_OBJECTS")
    document = app_env.run("check", "--static", *namespaces, "--json").json()
    for name in ("cls", "obj"):
        problems = _plugins(document)[name]["problems"]
        assert [(p["member"], p["expected"]) for p in problems] == [
            (member, _HOOK_EXPECTED[member]) for member in missing
        ]
    lines = app_env.run("check", "--static", *namespaces).out.splitlines()
    for member in missing:
        shown = f"      missing method `{member}` (expected `{_HOOK_EXPECTED[member]}`)"
        assert lines.count(shown) == 2


def test_generic_protocol_conflict_shows_both_signatures(app_env: PluginEnv) -> None:
    # A class checked as type[Box[int]]: mypy explains the conflict only for an
    # instance whose type the annotation does not infer.
    add_boxes(app_env)
    app_env.module("box_values.py", "from boxes_plugin import StrBox\nSTR_BOX = StrBox()\n")
    app_env.dist("boxvalue", {"tapp.box_values": {"value": "box_values:STR_BOX"}})
    namespaces = ("tapp.boxes", "tapp.plugins:BOX_VALUES")
    document = app_env.run("check", "--static", *namespaces, "--json").json()
    for name in ("str", "value"):
        (problem,) = _plugins(document)[name]["problems"]
        assert (problem["member"], problem["expected"], problem["found"]) == (
            "get",
            "def get(self) -> int",
            "def get(self) -> str",
        )
    lines = app_env.run("check", "--static", *namespaces).out.splitlines()
    shown = (
        "      incompatible member `get` "
        "(expected `def get(self) -> int`, found `def get(self) -> str`)"
    )
    assert lines.count(shown) == 2


def test_plugin_without_py_typed_is_checked_from_source(app_env: PluginEnv) -> None:
    app_env.dist(
        "untyped",
        {"tapp.formatters": {"good": "untyped_plugin:Good", "wrong": "untyped_plugin:WrongType"}},
        {"untyped_plugin/__init__.py": GOOD_FORMATTER + WRONG_TYPE_FORMATTER},
        typed=False,
    )
    assert not (app_env.site / "untyped_plugin" / "py.typed").exists()
    result = app_env.run("check", "--static", "tapp.formatters", "--json")
    assert _verdicts(result.json()) == {"good": True, "wrong": False}


def test_stub_only_plugin_is_checked_from_its_stubs(app_env: PluginEnv) -> None:
    app_env.dist(
        "stubonly",
        {"tapp.formatters": {"good": "stub_plugin:Good", "wrong": "stub_plugin.bad:WrongType"}},
        {
            "stub_plugin/__init__.pyi": GOOD_STUB,
            "stub_plugin/bad.pyi": "class WrongType:\n"
            "    def format(self, rows: list[int], *, title: str = ...) -> str: ...\n",
        },
    )
    result = app_env.run("check", "--static", "tapp.formatters", "--json")
    document = result.json()
    assert _verdicts(document) == {"good": True, "wrong": False}
    assert _plugins(document)["good"]["checked_as"] == "type[Formatter]"
    # At run time there is nothing to import.
    runtime = app_env.run("check", "tapp.formatters", "--json").json()
    assert _plugins(runtime)["good"]["error"].startswith("cannot import")


def test_a_stub_beside_the_source_wins(app_env: PluginEnv) -> None:
    # As for mypy itself: the .pyi is what the plugin promises, whatever the .py does.
    app_env.dist(
        "stubbed",
        {"tapp.formatters": {"fmt": "stubbed_plugin:WrongType"}},
        {
            "stubbed_plugin/__init__.py": WRONG_TYPE_FORMATTER,
            "stubbed_plugin/__init__.pyi": GOOD_STUB.replace("Good", "WrongType"),
        },
    )
    assert app_env.run("check", "--static", "tapp.formatters").status == 0
    assert app_env.run("check", "tapp.formatters").status == 1


def test_errors_inside_the_plugin_are_not_its_verdict(app_env: PluginEnv) -> None:
    app_env.dist(
        "sloppy",
        {"tapp.formatters": {"sloppy": "sloppy_plugin:Good"}},
        {"sloppy_plugin/__init__.py": "count: int = 'not a number'\n" + GOOD_FORMATTER},
    )
    result = app_env.run("check", "--static", "tapp.formatters", "--json")
    assert result.status == 0, result.out
    assert _plugins(result.json())["sloppy"]["mypy"] == []


def test_kinds_of_target(app_env: PluginEnv) -> None:
    """Where the namespace wants the plugin itself, functions, instances and modules are
    checked as ``P``; where its targets make the plugin, classes as ``type[P]``."""
    app_env.dist(
        "kinds",
        {
            "tapp.hook_objects": {
                "module": "kinds_plugin.hook_module",
                "instance": "kinds_plugin:INSTANCE",
                "function": "kinds_plugin:on_start",
            },
            "tapp.hooks": {
                "reexported": "kinds_plugin:Reexported",
                "alias": "kinds_plugin:Alias",
            },
        },
        {
            "kinds_plugin/__init__.py": """
                from ._impl import Impl as Reexported

                Alias = Reexported
                INSTANCE = Reexported()

                def on_start(title: str) -> None: ...
            """,
            "kinds_plugin/_impl.py": """
                class Impl:
                    def on_start(self, title: str) -> None: ...
                    def on_finish(self, title: str, output: str) -> None: ...
            """,
            "kinds_plugin/hook_module.py": """
                def on_start(title: str) -> None: ...
                def on_finish(title: str, output: str) -> None: ...
            """,
        },
    )
    namespaces = ("tapp.hooks", "tapp.plugins:HOOK_OBJECTS")
    plugins = _plugins(app_env.run("check", "--static", *namespaces, "--json").json())
    checked = {name: (p["checked_as"], p["ok"]) for name, p in plugins.items()}
    assert checked == {
        "module": ("Hook", True),
        "instance": ("Hook", True),
        "reexported": ("type[Hook]", True),
        "alias": ("type[Hook]", True),
        "function": ("Hook", False),
    }
    runtime = _plugins(app_env.run("check", *namespaces, "--json").json())
    assert {name: p["ok"] for name, p in runtime.items()} == {
        name: ok for name, (_, ok) in checked.items()
    }


def test_missing_module_and_attribute(app_env: PluginEnv) -> None:
    app_env.dist(
        "holes",
        {"tapp.formatters": {"nomodule": "no_such_plugin:X", "noattr": "holes_plugin:Nope"}},
        {"holes_plugin/__init__.py": GOOD_FORMATTER},
    )
    plugins = _plugins(app_env.run("check", "--static", "tapp.formatters", "--json").json())
    assert "Cannot find implementation or library stub" in plugins["nomodule"]["mypy"][0]
    assert 'has no attribute "Nope"' in plugins["noattr"]["mypy"][0]
    assert not plugins["nomodule"]["ok"]
    assert not plugins["noattr"]["ok"]


def test_generic_protocol_namespace(app_env: PluginEnv) -> None:
    add_boxes(app_env)
    document = app_env.run("check", "--static", "tapp.boxes", "--json").json()
    assert _verdicts(document) == {"int": True, "str": False}
    assert _plugins(document)["str"]["checked_as"] == "type[Box[int]]"


def test_protocol_defined_in_a_function_cannot_be_checked_statically(env: PluginEnv) -> None:
    env.dist(
        "localapp",
        {"plugspec.namespaces": {"local.group": "localapp:NS"}, "local.group": {"x": "localapp:X"}},
        {
            "localapp/__init__.py": """
                from typing import Protocol
                import plugspec
                def make():
                    class Local(Protocol):
                        def run(self) -> None: ...
                    return plugspec.Namespace("local.group", Local)
                NS = make()
                X = 1
            """
        },
    )
    result = env.run("check", "--static", "local.group", "--json")
    assert result.status == 1
    (namespace,) = result.json()["namespaces"]
    assert "defined inside a function" in namespace["mypy"][0]
    assert namespace["error"] == "the namespace's protocol cannot be type-checked"
    text = env.run("check", "--static", "local.group").out.splitlines()
    assert text[1] == "  ERROR the namespace's protocol cannot be type-checked"
    assert "defined inside a function" in text[2]
    shown = env.run("show", "--static", "local.group", "x")
    assert shown.status == 1, shown.out + shown.err
    assert shown.out.splitlines()[1].startswith(
        "  ERROR the namespace's protocol cannot be type-checked: `make.<locals>.Local`"
    )
    assert "verdict" not in shown.out  # no plugin result without a checkable protocol


def test_cache_dir_option_is_used(app_env: PluginEnv, tmp_path: Path) -> None:
    app_env.dist(
        "good",
        {"tapp.formatters": {"good": "good_plugin:Good"}},
        {"good_plugin.py": GOOD_FORMATTER},
    )
    cache = tmp_path / "own-cache"
    document = app_env.run(
        "check", "--static", "tapp.formatters", "--cache-dir", str(cache), "--json"
    ).json()
    assert document["cache_dir"] == str(cache)
    # mypy writes its per-Python-version cache there (a database or .json files).
    assert [p for p in cache.glob("3.*/*") if p.is_file()]


def test_missing_mypy_is_a_clear_usage_error(app_env: PluginEnv) -> None:
    # A `mypy` package that cannot be imported, ahead of the real one on the path.
    app_env.module("mypy/__init__.py", "raise ImportError('mypy is broken here')\n")
    app_env.dist(
        "good",
        {"tapp.formatters": {"good": "good_plugin:Good"}},
        {"good_plugin.py": GOOD_FORMATTER},
    )
    for command in (["check", "tapp.formatters"], ["show", "tapp.formatters", "good"]):
        assert app_env.run(*command).status == 0
        result = app_env.run(*command, "--static")
        assert result.status == 2
        assert "mypy is broken here" in result.err
        assert "pip install 'plugspec[static]'" in result.err


def _project(root: Path, pyproject: str, files: dict[str, str]) -> Path:
    root.mkdir()
    (root / "pyproject.toml").write_text(textwrap.dedent(pyproject))
    for relative, source in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source))
    return root


@pytest.mark.parametrize("layout", ["src", "flat"])
def test_project_tree_is_checked_before_installation(
    app_env: PluginEnv, tmp_path: Path, layout: str
) -> None:
    prefix = "src/" if layout == "src" else ""
    project = _project(
        tmp_path / "myplugin",
        """
        [project]
        name = "myplugin"
        version = "0.3.0"

        [project.entry-points."tapp.formatters"]
        good = "myplugin:Good"
        wrong = "myplugin:WrongType"

        [project.entry-points."console_scripts"]
        tool = "myplugin:main"
        """,
        {f"{prefix}myplugin/__init__.py": GOOD_FORMATTER + WRONG_TYPE_FORMATTER},
    )
    result = app_env.run("check", "--static", "--project", str(project), "--json")
    assert result.status == 1
    document = result.json()
    assert [n["group"] for n in document["namespaces"]] == ["tapp.formatters"]
    assert document["skipped_groups"] == ["console_scripts"]
    assert document["project"] == str(project)
    plugins = _plugins(document)
    assert {name: p["ok"] for name, p in plugins.items()} == {"good": True, "wrong": False}
    assert (plugins["wrong"]["distribution"], plugins["wrong"]["version"]) == ("myplugin", "0.3.0")
    text = app_env.run("check", "--static", "--project", str(project)).out
    assert "myplugin 0.3.0" in text
    assert "console_scripts" in text


_SAMENAME_PYPROJECT = """
[project]
name = "samename"
dynamic = ["version"]
[project.entry-points."tapp.formatters"]
fmt = "samename:Impl"
"""
_BAD_IMPL = "class Impl:\n    def format(self) -> str: ...\n"
_GOOD_IMPL = GOOD_FORMATTER.replace("Good", "Impl")


# (the --project argument, the directory it is given from), relative to tmp_path.
_PROJECT_ARGUMENTS = [
    pytest.param(None, ".", id="absolute"),
    pytest.param("samename", ".", id="relative"),
    pytest.param("./samename", ".", id="dot-relative"),
    pytest.param(".", "samename", id="dot-in-project"),
    pytest.param("..", "samename/src", id="parent"),
]


@pytest.mark.parametrize(("argument", "cwd"), _PROJECT_ARGUMENTS)
@pytest.mark.parametrize(
    ("installed", "source"),
    [
        pytest.param(_BAD_IMPL, _GOOD_IMPL, id="good-source"),
        pytest.param(_GOOD_IMPL, _BAD_IMPL, id="bad-source"),
    ],
)
def test_project_checks_its_own_source_not_an_installed_copy(
    app_env: PluginEnv,
    tmp_path: Path,
    argument: str | None,
    cwd: str,
    installed: str,
    source: str,
) -> None:
    # The same distribution installed (with py.typed) and as a src-layout source tree:
    # whatever the form of the path, the tree given is the code checked.
    app_env.dist(
        "samename",
        {"tapp.formatters": {"fmt": "samename:Impl"}},
        {"samename/__init__.py": installed},
    )
    project = _project(
        tmp_path / "samename", _SAMENAME_PYPROJECT, {"src/samename/__init__.py": source}
    )
    given = str(project) if argument is None else argument
    result = app_env.run("check", "--static", "--project", given, "--json", cwd=tmp_path / cwd)
    assert result.err == ""
    document = result.json()
    assert _verdicts(document) == {"fmt": source == _GOOD_IMPL}
    assert result.status == (0 if source == _GOOD_IMPL else 1)
    assert document["project"] == str(Path(given))
    assert _plugins(document)["fmt"]["version"] is None
    installed_status = app_env.run("check", "--static", "tapp.formatters").status
    assert installed_status == (0 if installed == _GOOD_IMPL else 1)


def test_project_module_outside_the_project_is_not_taken_from_the_environment(
    app_env: PluginEnv, tmp_path: Path
) -> None:
    # An entry point naming a module the project does not have must not be
    # checked against an installed module of that name.
    app_env.dist("elsewhere", {}, {"elsewhere/__init__.py": _GOOD_IMPL})
    _project(
        tmp_path / "proj",
        """
        [project]
        name = "proj"
        version = "1"
        [project.entry-points."tapp.formatters"]
        fmt = "elsewhere:Impl"
        """,
        {"src/proj/__init__.py": ""},
    )
    result = app_env.run("check", "--static", "--project", "proj", "--json", cwd=tmp_path)
    assert result.status == 1
    (problem,) = _plugins(result.json())["fmt"]["problems"]
    assert problem["message"] == f"module `elsewhere` is not in {Path('proj', 'src')}"


def test_mypy_refusing_to_run_prints_its_message_after_the_explanation(
    app_env: PluginEnv,
) -> None:
    import site

    app_env.dist("good", {"tapp.formatters": {"good": "good_plugin:Good"}})
    app_env.module("good_plugin.py", GOOD_FORMATTER)
    app_env.extra_env["MYPYPATH"] = site.getsitepackages()[0]
    result = app_env.run("check", "--static", "tapp.formatters")
    assert result.status == 2
    first, *rest = result.err.splitlines()
    assert first == "plugspec check: mypy failed (exit status 1), saying:"
    assert any("is in the MYPYPATH" in line for line in rest)


def test_project_with_no_plugin_entry_points(app_env: PluginEnv, tmp_path: Path) -> None:
    project = _project(tmp_path / "plain", '[project]\nname = "plain"\nversion = "1"\n', {})
    result = app_env.run("check", "--static", "--project", str(project))
    assert result.status == 0
    assert "declares no entry points in a registered namespace" in result.out


@pytest.mark.parametrize(
    ("pyproject", "message"),
    [
        (None, "no pyproject.toml"),
        ("[project\n", "pyproject.toml"),
        ("[tool.x]\na = 1\n", "[project] is missing or not a table"),
        ('[project]\nname = "x"\n[project.entry-points]\ng = 1\n', "is missing or not a table"),
        ('[project]\nname = "x"\n[project.entry-points.g]\nx = 1\n', "is not a string"),
    ],
)
def test_bad_project_is_a_usage_error(
    app_env: PluginEnv, tmp_path: Path, pyproject: str | None, message: str
) -> None:
    project = tmp_path / "bad"
    project.mkdir()
    if pyproject is not None:
        (project / "pyproject.toml").write_text(pyproject)
    result = app_env.run("check", "--static", "--project", str(project))
    assert result.status == 2
    assert message in result.err


def test_stubs_for_a_plugin_without_source_come_from_mypypath(
    app_env: PluginEnv, tmp_path: Path
) -> None:
    # A plugin that ships neither source nor stubs (compiled, say): its stubs
    # can be handed to the static check through mypy's own MYPYPATH.
    app_env.dist("compiled", {"tapp.formatters": {"fast": "compiled_plugin:Good"}})
    before = app_env.run("check", "--static", "tapp.formatters", "--json").json()
    assert "Cannot find implementation" in _plugins(before)["fast"]["mypy"][0]
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / "compiled_plugin.pyi").write_text(GOOD_STUB)
    app_env.extra_env["MYPYPATH"] = str(stubs)
    after = app_env.run("check", "--static", "tapp.formatters", "--json").json()
    assert _verdicts(after) == {"fast": True}
