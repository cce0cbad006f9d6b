"""Fixtures for the command-line tests."""

from __future__ import annotations

from importlib import metadata

import pytest
from _cli_fixtures import app_env, env, mypy_cache

__all__ = ["app_env", "env", "mypy_cache"]


@pytest.fixture(scope="session", autouse=True)
def _examples_installed() -> None:
    # The example distributions are installed by `make venv` and .ci/run.
    try:
        metadata.distribution("reportapp")
    except metadata.PackageNotFoundError:
        pytest.fail(
            "the examples are not installed: pip install examples/reportapp examples/plugins/*"
        )
