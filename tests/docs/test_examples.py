"""Every Python example in docs/ runs, and its shown output is what it prints.

The pages are MyST Markdown. Sybil finds the ```python blocks (plain code, or
doctest-style ``>>>`` sessions whose output is compared) and the hidden
``% invisible-code-block: python`` set-up blocks, and runs them in order in
one namespace per page. Set-up blocks get ``plugin_env``, which installs real
distributions (``*.dist-info`` with ``entry_points.txt``) in a temporary
directory on ``sys.path`` (see ``tests/_envs.py``); everything is undone after
the page. Shell and TOML blocks are shown, not run.
"""

from __future__ import annotations

import doctest
import logging
import sys
import types
import unittest
from pathlib import Path

import pytest
from sybil import Sybil
from sybil.parsers.myst import ClearNamespaceParser, PythonCodeBlockParser, SkipParser

from _envs import PluginEnv

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = sorted(DOCS.glob("*.md"))

_SYBIL = Sybil(
    parsers=[
        PythonCodeBlockParser(
            doctest_optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        ),
        SkipParser(),
        ClearNamespaceParser(),
    ],
    path=str(DOCS),
    patterns=["*.md"],
)


def test_pages_are_found() -> None:
    assert len(PAGES) >= 8, PAGES


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_examples_run(
    page: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Caches that examples may write (plugspec's index, stevedore's) go to the test's directory.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    document = _SYBIL.parse(page)
    # The page runs as a real module, so that the classes it defines have a
    # module whose globals resolve their annotations (as in a real program).
    module = types.ModuleType(f"docs_{page.stem.replace('-', '_')}")
    document.namespace = module.__dict__
    sys.modules[module.__name__] = module
    try:
        with PluginEnv(tmp_path / "env") as env, caplog.at_level(logging.WARNING):
            module.plugin_env = env  # type: ignore[attr-defined]
            for example in document:
                try:
                    example.evaluate()
                except unittest.SkipTest:
                    # Only conditional skips exist (test_skips_are_conditional):
                    # a feature that this Python or this environment lacks.
                    continue
    finally:
        del sys.modules[module.__name__]


def test_skips_are_conditional() -> None:
    """No example is skipped everywhere: each skip names the condition that applies."""
    for page in PAGES:
        for line in page.read_text().splitlines():
            if line.lstrip("%<!- ").startswith("skip:"):
                action = line.split("skip:", 1)[1].replace("-->", "").strip()
                assert action == "end" or " if(" in f" {action}", f"{page.name}: {line}"
            assert "doctest: +SKIP" not in line, f"{page.name}: {line}"
