"""Helpers for the hardening tests: plugins that leave a trace of every
import and every call in a marker file, written as real distributions."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from _envs import write_dist_info

_T = TypeVar("_T")


class Runner(Protocol):
    """The protocol every traced plugin conforms to."""

    def run(self) -> str: ...


def traced_module(marker: Path, tag: str) -> str:
    """Source of a module that appends ``import TAG`` to ``marker`` when
    imported and ``invoke TAG`` when its ``Plugin`` class is instantiated."""
    return f"""
import os

def _mark(what):
    # One write(2) in append mode per line: whole lines even across processes.
    fd = os.open({str(marker)!r}, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, (what + "\\n").encode())
    finally:
        os.close(fd)

_mark("import {tag} " + str(os.getpid()))

class Plugin:
    def __init__(self):
        _mark("invoke {tag} " + str(os.getpid()))

    def run(self) -> str:
        return {tag!r}
"""


def traces(marker: Path) -> Counter[str]:
    """How often each ``import TAG``/``invoke TAG`` line (pid stripped) was written."""
    if not marker.exists():
        return Counter()
    lines = marker.read_text().splitlines()
    return Counter(line.rsplit(" ", 1)[0] for line in lines)


def write_dist(
    site: Path,
    name: str,
    entry_points: Mapping[str, Mapping[str, str]],
    modules: Mapping[str, str] = {},
    *,
    version: str = "1.0",
) -> Path:
    """A ``.dist-info`` directory with these entry points, and its modules."""
    info = write_dist_info(site, name, version, entry_points=entry_points)
    for module, source in modules.items():
        (site / f"{module}.py").write_text(source)
    return info


def run_python(
    code: str,
    sites: Sequence[Path],
    *,
    env: Mapping[str, str] | None = None,
    args: Sequence[str] = (),
    cwd: Path | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run ``python -c code`` with ``sites`` first on the path and no inherited
    ``PLUGSPEC_*`` settings (persistence off unless ``env`` says otherwise)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("PLUGSPEC_")}
    full["PYTHONPATH"] = os.pathsep.join(str(site) for site in sites)
    full["PLUGSPEC_NO_CACHE"] = "1"
    full.update(env or {})
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


#: Examples per long fuzz run (``@pytest.mark.fuzz``); unset or 0 skips them.
FUZZ_EXAMPLES = int(os.environ.get("PLUGSPEC_FUZZ_EXAMPLES") or 0)


def long_fuzz_run(test: _T) -> _T:
    """Mark ``test`` as a long fuzz run: skipped unless ``PLUGSPEC_FUZZ_EXAMPLES``
    is set (``.ci/run`` sets it, with a bounded budget)."""
    import pytest

    skip = pytest.mark.skipif(not FUZZ_EXAMPLES, reason="set PLUGSPEC_FUZZ_EXAMPLES to run")
    marked: _T = pytest.mark.fuzz(skip(test))
    return marked
