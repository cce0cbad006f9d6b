"""docs/cli.md: each ``$ plugspec ...`` example prints what the page shows.

The commands run, in subprocesses, against the example application and its
plugins (installed into the development environment by ``make`` and
``.ci/run``). Plugins are listed in discovery order, which follows the file
system, so lines are compared as a multiset; timings and install locations
are masked.
"""

from __future__ import annotations

import collections
import importlib.util
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("reportapp") is None,
        reason="the example application (examples/) is not installed",
    ),
]

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "cli.md"
_CONSOLE = re.compile(r"^```console\n(.*?)^```", re.M | re.S)
_TIMING = re.compile(r"\(\d+(\.\d+)? s\)")
_LOCATION = re.compile(r"(location\s+)\S*site-packages/")


def _examples() -> list[tuple[str, str]]:
    found = []
    for block in _CONSOLE.findall(PAGE.read_text()):
        command, _, output = block.partition("\n")
        if command.startswith("$ plugspec "):
            found.append((command[2:], output))
    return found


def _normalise(text: str) -> collections.Counter[str]:
    text = _TIMING.sub("(T s)", text)
    text = _LOCATION.sub(r"\1.../site-packages/", text)
    return collections.Counter(line.rstrip() for line in text.splitlines() if line.strip())


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("plugspec-cache")


def test_the_page_has_examples() -> None:
    assert len(_examples()) >= 5


# The page says both run the same way: each example runs both ways.
_WAYS = {
    "console-script": [str(Path(sys.executable).with_name("plugspec"))],
    "python-m": [sys.executable, "-m", "plugspec"],
}


@pytest.mark.parametrize("way", sorted(_WAYS))
@pytest.mark.parametrize(("command", "shown"), _examples(), ids=lambda value: value[:60])
def test_command_prints_what_the_page_shows(
    command: str, shown: str, way: str, cache_dir: Path
) -> None:
    env = {**os.environ, "NO_COLOR": "1", "PLUGSPEC_CACHE_DIR": str(cache_dir)}
    args = shlex.split(command)[1:]
    result = subprocess.run(
        [*_WAYS[way], *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == (1 if "FAIL" in shown else 0), result.stderr
    assert _normalise(result.stdout) == _normalise(shown)
