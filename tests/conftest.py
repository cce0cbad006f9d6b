"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from _envs import PluginEnv


@pytest.fixture
def plugin_env(tmp_path: Path) -> Iterator[PluginEnv]:
    """Temporary distributions on ``sys.path``; see ``tests/_envs.py``."""
    with PluginEnv(tmp_path / "env") as env:
        yield env
