"""Fixtures for the static-check tests: the same environments as the command-line tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))

import pytest
from _cli_env import PluginEnv, make_app


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the whole session."""
    return tmp_path_factory.mktemp("mypy-cache")


@pytest.fixture
def env(tmp_path: Path, mypy_cache: Path) -> PluginEnv:
    """An empty temporary environment."""
    site = tmp_path / "site"
    site.mkdir()
    return PluginEnv(site, mypy_cache)


@pytest.fixture
def app_env(env: PluginEnv) -> PluginEnv:
    """A temporary environment holding the test application ``tapp``."""
    make_app(env)
    return env
