"""The command line on the installed example distributions (examples/)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _cli_env import PluginEnv, Result

GOOD = {
    ("reportapp.formatters", "csv"),
    ("reportapp.formatters", "markdown"),
    ("reportapp.formatters", "json"),
    ("reportapp.hooks", "lifecycle", "reportapp-timing"),
    ("reportapp.checks", "empty-cells"),
    ("reportapp.checks", "same-columns"),
}
BROKEN = {("reportapp.formatters", "html"), ("reportapp.hooks", "lifecycle", "reportapp-audit")}


def _keys(document: dict[str, object]) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    good: set[tuple[str, ...]] = set()
    bad: set[tuple[str, ...]] = set()
    for namespace in document["namespaces"]:  # type: ignore[attr-defined]
        for plugin in namespace["plugins"]:
            key: tuple[str, ...] = (plugin["group"], plugin["name"])
            if plugin["group"] == "reportapp.hooks":
                key += (plugin["distribution"],)
            (good if plugin["ok"] else bad).add(key)
    return good, bad


def test_list_shows_every_example_plugin_with_its_distribution(env: PluginEnv) -> None:
    result = env.run("list", "reportapp.formatters", "reportapp.hooks", "reportapp.checks")
    assert result.status == 0, result.err
    lines = result.out.splitlines()
    rows = [line for line in lines if line.startswith("  ") and "reportapp_" in line]
    assert len(rows) == 8
    # Two hooks share the name `lifecycle`: flagged, naming both distributions.
    assert (
        "  name `lifecycle` is registered by 2 plugins (reportapp-audit 1.0.0, "
        "reportapp-timing 1.0.0): a DriverManager refuses it (MultipleMatchesError)"
    ) in lines
    # Aligned: every row's target column starts at the same offset.
    offsets = {row.index("reportapp_") for row in rows}
    assert len(offsets) == 1
    assert any("html" in r and "reportapp-html 1.0.0" in r and "found" in r for r in rows)
    assert "\x1b[" not in result.out  # not a terminal: no colour


def test_list_json_follows_the_schema(env: PluginEnv) -> None:
    document = env.run("list", "reportapp.formatters", "--json").json()
    (namespace,) = document["namespaces"]
    assert namespace["source"] == "reportapp.plugins:FORMATTERS"
    assert namespace["distribution"] == "reportapp"
    names = {p["name"]: p for p in namespace["plugins"]}
    assert set(names) == {"csv", "markdown", "json", "html"}
    assert names["json"]["value"] == "reportapp_json.formatter:JsonFormatter"
    assert names["json"]["location"].endswith("formatter.py")
    assert all(p["status"] == "found" for p in names.values())


@pytest.mark.parametrize("static", [False, True], ids=["runtime", "static"])
def test_check_refuses_exactly_the_two_broken_examples(env: PluginEnv, static: bool) -> None:
    args = ["check", "reportapp.formatters", "reportapp.hooks", "reportapp.checks", "--json"]
    result = env.run(*args, *(["--static"] if static else []))
    assert result.status == 1, result.err
    document = result.json()
    assert document["mode"] == ("static" if static else "runtime")
    good, bad = _keys(document)
    assert good == GOOD
    assert bad == BROKEN
    plugins = {
        (p["name"], p["distribution"]): p for n in document["namespaces"] for p in n["plugins"]
    }
    html = plugins["html", "reportapp-html"]
    audit = plugins["lifecycle", "reportapp-audit"]
    assert [p["member"] for p in html["problems"]] == ["format"]
    assert "list[list[str]]" in str(html["problems"])
    assert [p["member"] for p in audit["problems"]] == ["on_finish"]
    if not static:
        assert [p["code"] for p in html["problems"]] == ["incompatible-member"]
    assert html["checked_as"] == "type[Formatter]"
    assert plugins["empty-cells", "reportapp-checks"]["checked_as"] == "Check"
    if static:
        assert any("def format(self, rows: list[list[str]]" in m for m in html["mypy"])
        assert document["cache_dir"] == str(env.cache_dir)
    assert document["summary"] == {
        "namespaces": 3,
        "plugins": 8,
        "ok": 6,
        "failed": 2,
        "namespace_errors": 0,
    }


@pytest.mark.parametrize("static", [False, True], ids=["runtime", "static"])
def test_check_text_names_the_plugin_and_the_member(env: PluginEnv, static: bool) -> None:
    result = env.run("check", "reportapp.hooks", *(["--static"] if static else []))
    assert result.status == 1
    fail_rows = [line for line in result.out.splitlines() if line.rstrip().endswith("FAIL")]
    assert len(fail_rows) == 1
    assert "reportapp_audit:AuditHook" in fail_rows[0]
    assert "reportapp-audit 1.0.0" in fail_rows[0]
    assert "on_finish" in result.out
    assert "1 failed" in result.out


def test_check_of_good_namespaces_exits_zero(env: PluginEnv) -> None:
    assert env.run("check", "reportapp.checks").status == 0
    assert env.run("check", "--static", "reportapp.checks").status == 0


def test_show_lists_members_and_every_problem(env: PluginEnv) -> None:
    result = env.run("show", "reportapp.formatters", "html")
    assert result.status == 1
    assert (
        "def format(self, rows: list[dict[str, object]], *, title: str = '') -> str" in result.out
    )
    assert "reportapp-html 1.0.0" in result.out
    assert "list[list[str]]" in result.out
    document = env.run("show", "reportapp.formatters", "html", "--json").json()
    assert document["namespace"]["members"][0]["name"] == "format"
    assert document["namespace"]["members"][0]["kind"] == "method"
    (plugin,) = document["plugins"]
    assert plugin["kind"] == "class"
    assert not plugin["ok"]


def test_show_good_plugin_and_shared_hook_name(env: PluginEnv) -> None:
    assert env.run("show", "reportapp.formatters", "csv").status == 0
    document = env.run("show", "reportapp.hooks", "lifecycle", "--static", "--json").json()
    by_dist = {p["distribution"]: p["ok"] for p in document["plugins"]}
    assert by_dist == {"reportapp-timing": True, "reportapp-audit": False}
    members = [m["name"] for m in document["namespace"]["members"]]
    assert members == ["on_finish", "on_start"]


def test_show_unknown_plugin_is_a_usage_error(env: PluginEnv) -> None:
    result = env.run("show", "reportapp.formatters", "pdf")
    assert result.status == 2
    assert "`csv`" in result.err
    assert "`pdf`" in result.err


def test_namespace_as_module_attribute(env: PluginEnv) -> None:
    document = env.run("check", "reportapp.plugins:CHECKS", "--json").json()
    assert [n["group"] for n in document["namespaces"]] == ["reportapp.checks"]
    assert document["ok"]


def _console_script() -> Path:
    return Path(sys.executable).with_name("plugspec" + (".exe" if os.name == "nt" else ""))


def test_console_script_and_module_agree(env: PluginEnv) -> None:
    via_module = env.run("list", "reportapp.checks")
    done = subprocess.run(
        [str(_console_script()), "list", "reportapp.checks"],
        capture_output=True,
        text=True,
        env=env.environ(),
        check=False,
    )
    assert Result(done.returncode, done.stdout, done.stderr) == via_module
    assert via_module.status == 0


def test_the_application_refuses_both_broken_plugins() -> None:
    app = Path(sys.executable).with_name("reportapp")
    good = subprocess.run([str(app), "--format", "markdown"], capture_output=True, text=True)
    assert good.returncode == 0
    assert "| north | 120 | 1530.5 |" in good.stdout
    assert "timing: 3 rows as markdown" in good.stdout
    assert "`revenue` is empty" in good.stdout
    assert "lifecycle = reportapp_audit:AuditHook" in good.stderr
    assert "on_finish" in good.stderr
    bad = subprocess.run([str(app), "--format", "html"], capture_output=True, text=True)
    assert bad.returncode == 1
    assert "html = reportapp_html:HtmlFormatter" in bad.stderr
    assert "reportapp-html 1.0.0" in bad.stderr
    assert "list[list[str]]" in bad.stderr
