"""Fixtures for the command-line tests."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest
from _cli_env import PluginEnv, make_app


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


@pytest.fixture(scope="session", autouse=True)
def _examples_installed() -> None:
    # The example distributions are installed by `make venv` and .ci/run.
    try:
        metadata.distribution("reportapp")
    except metadata.PackageNotFoundError:
        pytest.fail(
            "the examples are not installed: pip install examples/reportapp examples/plugins/*"
        )
