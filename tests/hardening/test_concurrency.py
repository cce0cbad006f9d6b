"""Many managers at once: 32 threads in one process, 8 processes on one
empty persistent index. Everyone sees the same plugins, each plugin module
is imported once per process and each plugin invoked once per manager."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from _hard import Runner, traced_module, write_dist

import plugspec
from _envs import PluginEnv

GROUP = "hard.crowd"
CROWD = plugspec.Namespace(GROUP, Runner, factory=True)
TAGS = [f"p{number}" for number in range(8)]
THREADS = 32
PROCESSES = 8


def lines(marker: Path) -> list[tuple[str, str, str]]:
    """``(what, tag, pid)`` for every line in the marker file."""
    return [tuple(line.split(" ")) for line in marker.read_text().splitlines()]  # type: ignore[misc]


@pytest.fixture
def fast_switching() -> Iterator[None]:
    # Switch threads as often as possible, to interleave the first lookups.
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def test_32_threads_build_managers_at_once(
    plugin_env: PluginEnv, tmp_path: Path, fast_switching: None
) -> None:
    marker = tmp_path / "trace.log"
    for half in (0, 1):
        mine = TAGS[half::2]
        plugin_env.add_dist(
            f"crowd-{half}",
            entry_points={GROUP: {tag: f"hc_{tag}:Plugin" for tag in mine}},
            modules={f"hc_{tag}": traced_module(marker, tag) for tag in mine},
        )
    plugspec.refresh()  # the threads race on the first scan too
    start = threading.Barrier(THREADS)

    def build(number: int) -> tuple[list[str], list[str]]:
        start.wait()
        if number % 2:
            manager: plugspec.ExtensionManager[Runner] = plugspec.ExtensionManager(CROWD)
        else:
            manager = plugspec.NamedExtensionManager(CROWD, TAGS)
        return sorted(manager.names()), sorted(manager.map_method(Runner.run))

    with ThreadPoolExecutor(THREADS) as pool:
        results = list(pool.map(build, range(THREADS)))
    assert results == [(TAGS, TAGS)] * THREADS
    counts = Counter((what, tag) for what, tag, _pid in lines(marker))
    assert counts == {
        **{("import", tag): 1 for tag in TAGS},
        **{("invoke", tag): THREADS for tag in TAGS},
    }


WORKER = """
import json, os, sys, time
go = sys.argv[1]
while not os.path.exists(go):
    time.sleep(0.001)
import plugspec
from plugspec import _discovery
from typing import Protocol

class Runner(Protocol):
    def run(self) -> str: ...

manager = plugspec.ExtensionManager(plugspec.Namespace("hard.crowd", Runner, factory=True))
print(json.dumps({
    "names": sorted(manager.names()),
    "ran": sorted(manager.map_method(Runner.run)),
    "dists": sorted({(e.dist_name, e.dist_version) for e in manager}),
    "from_index": _discovery._snapshot.index is not None,
}))
"""


def test_8_processes_start_together_on_an_empty_index(tmp_path: Path) -> None:
    site = tmp_path / "site"
    marker = tmp_path / "trace.log"
    for half in (0, 1):
        mine = TAGS[half::2]
        write_dist(
            site,
            f"crowd-{half}",
            {GROUP: {tag: f"hc_{tag}:Plugin" for tag in mine}},
            {f"hc_{tag}": traced_module(marker, tag) for tag in mine},
        )
    cache = tmp_path / "cache"  # does not exist yet: the processes race to create it
    work = tmp_path / "work"
    work.mkdir()
    go = tmp_path / "go"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLUGSPEC_")}
    # No bytecode: a ``__pycache__`` written into the site by the workers'
    # imports would change its listing and rightly invalidate the index.
    env.update(PYTHONPATH=str(site), PLUGSPEC_CACHE_DIR=str(cache), PYTHONDONTWRITEBYTECODE="1")

    def start() -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-c", WORKER, str(go)],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    workers = [start() for _ in range(PROCESSES)]
    time.sleep(0.5)  # let every interpreter reach the starting line
    go.touch()
    outputs = [worker.communicate(timeout=300) for worker in workers]
    for worker, (_out, err) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, err
        assert err == ""
    results = [json.loads(out) for out, _err in outputs]
    expected_dists = [["crowd-0", "1.0"], ["crowd-1", "1.0"]]
    for result in results:
        assert result["names"] == TAGS
        assert result["ran"] == TAGS
        assert result["dists"] == expected_dists
    per_process = Counter((what, tag, pid) for what, tag, pid in lines(marker))
    assert set(per_process.values()) == {1}
    pids = {pid for _what, _tag, pid in per_process}
    assert len(pids) == PROCESSES
    assert len(per_process) == PROCESSES * len(TAGS) * 2
    # One intact index came out of the race, and the next process uses it.
    assert len(list(cache.glob("*.idx"))) == 1
    assert list(cache.glob("*.tmp")) == []
    go.touch()
    late = start()
    out, err = late.communicate(timeout=300)
    assert late.returncode == 0, err
    assert json.loads(out) == {**results[0], "from_index": True}
