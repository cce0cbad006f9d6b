"""The command line on temporary environments: statuses, usage errors, colour."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest
from _cli_env import (
    GOOD_FORMATTER,
    SCHEMA_PATH,
    SIDE_EFFECT_FORMATTER,
    PluginEnv,
    add_boxes,
    validate,
)

from plugspec import ProblemCode


def test_list_imports_neither_plugins_nor_the_application(app_env: PluginEnv) -> None:
    plugin_marker = app_env.site.parent / "plugin-imported"
    app_marker = app_env.site.parent / "app-imported"
    app_env.extra_env.update(
        PLUGIN_IMPORT_MARKER=str(plugin_marker), TAPP_IMPORT_MARKER=str(app_marker)
    )
    app_env.dist(
        "loud",
        {"tapp.formatters": {"loud": "loud_plugin:Loud"}},
        {"loud_plugin/__init__.py": SIDE_EFFECT_FORMATTER},
    )
    result = app_env.run("list", "tapp.formatters")
    assert result.status == 0, result.err
    assert "loud_plugin:Loud" in result.out
    assert not plugin_marker.exists()
    assert not app_marker.exists()
    # The marker works: a runtime check does import the plugin.
    assert app_env.run("check", "tapp.formatters").status == 0
    assert plugin_marker.exists()


def test_list_reports_a_missing_module(app_env: PluginEnv) -> None:
    app_env.dist("ghost", {"tapp.formatters": {"ghost": "ghost_plugin.sub:Ghost"}})
    app_env.dist(
        "good",
        {"tapp.formatters": {"good": "good_plugin:Good"}},
        {"good_plugin.py": GOOD_FORMATTER},
    )
    result = app_env.run("list", "tapp.formatters")
    assert result.status == 1
    assert "MISSING" in result.out
    document = app_env.run("list", "tapp.formatters", "--json").json()
    statuses = {p["name"]: p["status"] for p in document["namespaces"][0]["plugins"]}
    assert statuses == {"ghost": "missing", "good": "found"}
    assert not document["ok"]


def test_empty_namespace(app_env: PluginEnv) -> None:
    result = app_env.run("list", "tapp.hooks")
    assert result.status == 0
    assert "(no plugins installed)" in result.out
    assert app_env.run("check", "tapp.hooks").status == 0


@pytest.mark.parametrize("command", [["list"], ["check"], ["check", "--static"]])
def test_unknown_namespace_is_a_usage_error_naming_the_known_ones(
    app_env: PluginEnv, command: list[str]
) -> None:
    result = app_env.run(*command, "tapp.nope")
    assert result.status == 2
    assert result.out == ""
    assert "unknown namespace `tapp.nope`" in result.err
    for group in ("tapp.formatters", "tapp.hooks", "reportapp.formatters"):
        assert f"`{group}`" in result.err
    document = app_env.run(*command, "tapp.nope", "--json")
    assert document.status == 2
    parsed = document.json()
    assert parsed["ok"] is False
    assert "tapp.nope" in parsed["error"]


@pytest.mark.parametrize(
    ("argument", "message"),
    [
        ("tapp.plugins:NOT_A_NAMESPACE", "int, not a plugspec.Namespace"),
        ("tapp.plugins:MISSING", "AttributeError"),
        ("no_such_module:X", "ModuleNotFoundError"),
    ],
)
def test_bad_module_attribute_is_a_usage_error(
    app_env: PluginEnv, argument: str, message: str
) -> None:
    result = app_env.run("check", argument)
    assert result.status == 2
    assert message in result.err


def test_broken_namespace_registration_is_reported_not_raised(env: PluginEnv) -> None:
    env.dist(
        "brokenapp",
        {"plugspec.namespaces": {"broken.a": "brokenapp:MISSING", "broken.b": "brokenapp:WRONG"}},
        {"brokenapp/__init__.py": "WRONG = 1\n"},
    )
    env.dist("p", {"broken.a": {"x": "p:X"}})
    for static in ([], ["--static"]):
        result = env.run("check", "broken.a", "broken.b", "--json", *static)
        assert result.status == 1
        document = result.json()
        errors = {n["group"]: n["error"] for n in document["namespaces"]}
        assert "AttributeError" in errors["broken.a"]
        assert "not a plugspec.Namespace" in errors["broken.b"]
        assert document["summary"]["namespace_errors"] == 2


def test_namespace_registered_under_another_group(env: PluginEnv) -> None:
    env.dist(
        "misnamed",
        {"plugspec.namespaces": {"misnamed.group": "tapp_misnamed:NS"}},
        {
            "tapp_misnamed/__init__.py": """
                from typing import Protocol
                import plugspec
                class P(Protocol):
                    def run(self) -> None: ...
                NS = plugspec.Namespace("other.group", P)
            """
        },
    )
    result = env.run("check", "misnamed.group")
    assert result.status == 1
    assert "registered as `misnamed.group`" in result.out


def test_plugin_that_fails_to_import_does_not_stop_the_others(app_env: PluginEnv) -> None:
    app_env.dist(
        "crash",
        {"tapp.formatters": {"crash": "crash_plugin:X", "good": "good_plugin:Good"}},
        {
            "crash_plugin.py": "raise RuntimeError('boom at import')\n",
            "good_plugin.py": GOOD_FORMATTER,
        },
    )
    result = app_env.run("check", "tapp.formatters", "--json")
    assert result.status == 1
    plugins = {p["name"]: p for p in result.json()["namespaces"][0]["plugins"]}
    assert plugins["crash"]["error"] == "cannot import: RuntimeError: boom at import"
    assert plugins["crash"]["checked_as"] is None
    assert plugins["good"]["ok"]
    text = app_env.run("check", "tapp.formatters").out
    assert "boom at import" in text


def test_generic_protocol_namespace_at_runtime(app_env: PluginEnv) -> None:
    add_boxes(app_env)
    document = app_env.run("check", "tapp.boxes", "--json").json()
    assert document["namespaces"][0]["protocol"] == "Box[int]"
    verdicts = {p["name"]: p["ok"] for p in document["namespaces"][0]["plugins"]}
    assert verdicts == {"int": True, "str": False}


def test_project_needs_static(app_env: PluginEnv) -> None:
    result = app_env.run("check", "--project", str(app_env.site))
    assert result.status == 2
    assert "--static" in result.err


def test_no_command_is_a_usage_error(env: PluginEnv) -> None:
    result = env.run()
    assert result.status == 2
    assert "COMMAND" in result.err


def test_help_names_every_command(env: PluginEnv) -> None:
    result = env.run("--help")
    assert result.status == 0
    for command in ("list", "show", "check"):
        assert command in result.out


def _run_on_terminal(env: PluginEnv, *args: str, no_color: str | None) -> str:
    pty = pytest.importorskip("pty")
    try:
        primary, secondary = pty.openpty()
    except OSError as error:  # a minimal system or container has no pty devices
        pytest.skip(f"no pseudo-terminal: {error}")
    environ = env.environ()
    if no_color is not None:
        environ["NO_COLOR"] = no_color
    process = subprocess.Popen(
        [sys.executable, "-m", "plugspec", *args],
        stdout=secondary,
        stderr=subprocess.DEVNULL,
        env=environ,
    )
    os.close(secondary)
    chunks: list[bytes] = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(primary)
    return b"".join(chunks).decode()


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_colour_only_on_a_terminal_and_never_with_no_color(app_env: PluginEnv) -> None:
    app_env.dist(
        "good",
        {"tapp.formatters": {"good": "good_plugin:Good"}},
        {"good_plugin.py": GOOD_FORMATTER},
    )
    coloured = _run_on_terminal(app_env, "check", "tapp.formatters", no_color=None)
    assert "\x1b[32mok\x1b[0m" in coloured
    plain = _run_on_terminal(app_env, "check", "tapp.formatters", no_color="1")
    assert "ok" in plain
    assert "\x1b[" not in plain
    piped = app_env.run("check", "tapp.formatters")
    assert "\x1b[" not in piped.out


def test_json_schema_rejects_what_it_should() -> None:
    incomplete = {"schema": "plugspec.cli/1", "command": "list", "ok": True}
    with pytest.raises(jsonschema.ValidationError):
        validate(incomplete)
    with pytest.raises(jsonschema.ValidationError):
        validate({**incomplete, "namespaces": [], "extra": 1})
    validate({**incomplete, "namespaces": []})


def test_json_schema_lists_every_problem_code() -> None:
    schema = json.loads(SCHEMA_PATH.read_text())
    codes = schema["$defs"]["problem"]["properties"]["code"]["enum"]
    assert codes == [code.value for code in ProblemCode]
