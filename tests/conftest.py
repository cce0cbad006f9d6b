"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from _envs import PluginEnv


@pytest.fixture(autouse=True, scope="session")
def _private_plugspec_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the persistent discovery index of the whole run (and of every
    subprocess it starts) out of the user's cache directory; tests of the
    cache location itself set or remove the variable as they need."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLUGSPEC_CACHE_DIR", str(tmp_path_factory.mktemp("plugspec-cache")))
        yield


@pytest.fixture
def plugin_env(tmp_path: Path) -> Iterator[PluginEnv]:
    """Temporary distributions on ``sys.path``; see ``tests/_envs.py``."""
    with PluginEnv(tmp_path / "env") as env:
        yield env
