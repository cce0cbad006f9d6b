"""Fixtures for the static-check tests: the same environments as the command-line tests."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "cli"))

from _cli_fixtures import app_env, env, mypy_cache

__all__ = ["app_env", "env", "mypy_cache"]
