"""The command line called in process (``plugspec._cli.main``), on temporary environments."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from _cli_env import GOOD_FORMATTER, WRONG_TYPE_FORMATTER, PluginEnv, validate

import plugspec
from plugspec._cli import main


@pytest.fixture
def on_path(app_env: PluginEnv, monkeypatch: pytest.MonkeyPatch) -> Iterator[PluginEnv]:
    """``app_env`` importable and discoverable by this interpreter."""
    app_env.dist(
        "mixed",
        {"tapp.formatters": {"good": "mixed_plugin:Good", "wrong": "mixed_plugin:WrongType"}},
        {"mixed_plugin/__init__.py": GOOD_FORMATTER + WRONG_TYPE_FORMATTER},
    )
    app_env.dist(
        "brokenapp",
        {
            "plugspec.namespaces": {
                "broken.a": "brokenapp:MISSING",
                "broken.b": "brokenapp:WRONG",
                "broken.c": "brokenapp.nothing:X",
            }
        },
        {"brokenapp/__init__.py": "WRONG = 1\n"},
    )
    before = set(sys.modules)
    monkeypatch.syspath_prepend(str(app_env.site))
    monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(app_env.cache_dir))
    plugspec.refresh()
    yield app_env
    for name in set(sys.modules) - before:
        if name.split(".")[0] in {"tapp", "mixed_plugin", "brokenapp"}:
            del sys.modules[name]
    plugspec.refresh()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_and_show_in_process(on_path: PluginEnv, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "check", "tapp.formatters", "tapp.hooks")
    assert status == 1
    assert "mixed_plugin:WrongType" in out
    assert "(no plugins to check)" in out
    status, out, _ = _run(capsys, "check", "tapp.plugins:FORMATTERS", "--json")
    document = json.loads(out)
    validate(document)
    assert {p["name"]: p["ok"] for p in document["namespaces"][0]["plugins"]} == {
        "good": True,
        "wrong": False,
    }
    status, out, _ = _run(capsys, "show", "tapp.formatters", "wrong")
    assert status == 1
    assert "verdict" in out
    assert "FAIL" in out
    status, out, _ = _run(capsys, "show", "tapp.formatters", "good", "--json")
    assert status == 0
    validate(json.loads(out))


def test_broken_namespaces_in_process(
    on_path: PluginEnv, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = _run(capsys, "check", "broken.a", "broken.b", "broken.c")
    assert status == 1
    assert out.count("ERROR") == 3
    assert "3 namespace error(s)" in out
    status, out, _ = _run(capsys, "show", "broken.b", "x")
    assert status == 2
    status, out, _ = _run(capsys, "list", "broken.a", "--json")
    validate(json.loads(out))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "nope.group"], "unknown namespace `nope.group`"),
        (["check", "tapp.plugins:NOT_A_NAMESPACE"], "not a plugspec.Namespace"),
        (["check", "tapp.plugins:MISSING"], "cannot import namespace"),
        (["show", "tapp.formatters", "nothing"], "plugins: `good`, `wrong`"),
        (["show", "tapp.hooks", "nothing"], "none are installed"),
        (["check", "--project", "."], "add --static"),
        (["check", "--static", "--project", "/no/such/dir"], "no pyproject.toml"),
    ],
)
def test_usage_errors_in_process(
    on_path: PluginEnv, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    status, out, err = _run(capsys, *args)
    assert status == 2
    assert out == ""
    assert message in err
    status, out, _ = _run(capsys, *args, "--json")
    assert status == 2
    document = json.loads(out)
    validate(document)
    assert message in document["error"]


def test_static_project_in_process(
    on_path: PluginEnv, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    project = tmp_path / "proj"
    (project / "proj").mkdir(parents=True)
    (project / "pyproject.toml").write_text(
        '[project]\nname = "proj"\nversion = "1"\n'
        '[project.entry-points."tapp.formatters"]\nfmt = "proj:Good"\n'
    )
    (project / "proj" / "__init__.py").write_text(GOOD_FORMATTER)
    status, out, _ = _run(capsys, "check", "--static", "--project", str(project))
    assert status == 0, out
    assert "proj 1" in out
    # A namespace named on the command line is kept even when the project has no plugin for it.
    status, out, _ = _run(
        capsys, "check", "--static", "--project", str(project), "tapp.formatters", "tapp.hooks"
    )
    assert status == 0, out
    assert "proj 1" in out
    assert "(no plugins to check)" in out
