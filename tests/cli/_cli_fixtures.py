"""The environment fixtures of the command-line and static-check tests.

Both ``conftest.py`` files import them: pytest finds a fixture by its name
in the conftest module.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _cli_env import PluginEnv, make_app

__all__ = ["app_env", "env", "mypy_cache"]


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the whole session (the static check's default lives in the user's)."""
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
