"""A distribution's name and version from the index are checked against its
metadata when first read, one distribution at a time, and are never stale.

Real distributions, real subprocesses: each probe is a new program run after
the index was written, reading one entry point's distribution the way a
driver manager does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from _disco import GROUP, write_dist

from plugspec import _scanned

# Counts the ``stat`` calls on ``METADATA`` files made while listing a group,
# and while reading one entry point's distribution name and version.
_DRIVER_PROBE = """
import json, os, sys
stats = []
real_stat = os.stat
def counting_stat(path, *args, **kwargs):
    if isinstance(path, str) and path.endswith("METADATA"):
        stats.append(path)
    return real_stat(path, *args, **kwargs)
os.stat = counting_stat
from plugspec import _discovery
group, wanted, every = sys.argv[1], sys.argv[2], sys.argv[3] == "every"
eps = _discovery.entry_points(group)
listed = {"from_index": _discovery._snapshot.index is not None, "stats": list(stats)}
del stats[:]
ep = next(ep for ep in eps if ep.name == wanted)
dist = [ep.dist_name, ep.dist_version]
read_stats = list(stats)
same = _discovery.EntryPoint(ep.name, ep.value, ep.group, *dist)
print(json.dumps({
    "listed": listed,
    "dist": dist,
    "read_stats": read_stats,
    "from_index_after": _discovery._snapshot.index is not None,
    # Only on request: reading every name checks every distribution.
    "again": [
        [e.name, e.dist_name, e.dist_version] for e in _discovery.entry_points(group)
    ] if every else None,
    "equal": ep == same and hash(ep) == hash(same),
}))
"""

NAMES = ("alpha", "beta", "delta")


class Site:
    """Three distributions in one group (beta also in another), and a cache."""

    def __init__(self, root: Path) -> None:
        self.site = root / "site"
        self.cache = root / "cache"
        self.cwd = root / "cwd"
        self.cwd.mkdir(parents=True)
        for name in NAMES:
            extra = "[other.group]\nx = beta:X\n" if name == "beta" else ""
            write_dist(self.site, name, entry_points=f"[{GROUP}]\n{name[0]} = {name}:P\n{extra}")

    def metadata(self, name: str) -> Path:
        return self.site / f"{name}-1.0.dist-info" / "METADATA"

    def drive(self, wanted: str, group: str = GROUP, *, every: bool = False) -> dict[str, Any]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PLUGSPEC_")}
        env["PYTHONPATH"] = str(self.site)
        env["PLUGSPEC_CACHE_DIR"] = str(self.cache)
        proc = subprocess.run(
            [sys.executable, "-c", _DRIVER_PROBE, group, wanted, "every" if every else "one"],
            cwd=self.cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        result: dict[str, Any] = json.loads(proc.stdout)
        assert result["equal"]
        return result


def _settle(*sites: Site) -> None:
    # Past the racy window: only stat signatures (no stored bytes) can tell.
    newest = max(
        os.stat(os.path.join(top, name)).st_ctime_ns
        for site in sites
        for top, dirs, files in os.walk(site.site)
        for name in dirs + files
    )
    delay = (newest + _scanned.RACY_WINDOW_NS - time.time_ns()) / 1e9 + 0.05
    if delay > 0:
        time.sleep(delay)


def _edit_in_place(path: Path, old: str, new: str) -> None:
    # Same size, same inode, and an older modification time set back
    # afterwards: only st_ctime tells.
    assert len(old) == len(new)
    before = path.stat()
    text = path.read_text()
    assert old in text
    with open(path, "r+") as handle:
        handle.truncate(0)
        handle.write(text.replace(old, new))
    older = before.st_mtime_ns - 86400 * 10**9
    os.utime(path, ns=(before.st_atime_ns, older))
    assert path.stat().st_size == before.st_size


EDITS = {
    "version": ("Version: 1.0", "Version: 9.0", ["beta", "9.0"]),
    "name": ("Name: beta", "Name: BETA", ["BETA", "1.0"]),
}


@pytest.fixture(scope="module")
def settled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Site]:
    sites = {name: Site(tmp_path_factory.mktemp(name)) for name in ("plain", *EDITS, "other")}
    for site in sites.values():
        site.drive("a")  # writes the index
    _settle(*sites.values())
    for site in sites.values():
        site.drive("a")  # checks every row once more, then drops the stored bytes
    return sites


def test_loading_one_plugin_checks_only_its_own_metadata(settled: dict[str, Site]) -> None:
    site = settled["plain"]
    result = site.drive("b")
    assert result["listed"] == {"from_index": True, "stats": []}
    assert result["dist"] == ["beta", "1.0"]
    assert result["read_stats"] == [str(site.metadata("beta"))]
    assert result["from_index_after"]


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_metadata_edited_in_place_is_seen_by_the_next_process(
    edit: str, settled: dict[str, Site]
) -> None:
    site = settled[edit]
    old, new, expected = EDITS[edit]
    _edit_in_place(site.metadata("beta"), old, new)

    # Another plugin of the group: served from the index, untouched metadata.
    result = site.drive("a")
    assert result["listed"] == {"from_index": True, "stats": []}
    assert result["dist"] == ["alpha", "1.0"]
    assert result["read_stats"] == [str(site.metadata("alpha"))]

    # The edited distribution: its name and version are read again.
    result = site.drive("b", every=True)
    assert result["listed"]["from_index"]
    assert result["dist"] == expected
    assert not result["from_index_after"]  # rescanned, and a fresh index written
    assert sorted(row[1:] for row in result["again"]) == sorted(
        [["alpha", "1.0"], expected, ["delta", "1.0"]]
    )

    # The next process answers from the fresh index, with the new facts.
    result = site.drive("b")
    assert result["dist"] == expected
    assert result["from_index_after"]

    # Through its other group too.
    assert site.drive("x", "other.group")["dist"] == expected


def test_metadata_edited_right_after_install_is_seen(tmp_path: Path) -> None:
    # Within the racy window: the stored bytes are compared as well.
    site = Site(tmp_path)
    assert site.drive("a")["dist"] == ["alpha", "1.0"]
    _edit_in_place(site.metadata("delta"), "Version: 1.0", "Version: 3.0")
    assert site.drive("d")["dist"] == ["delta", "3.0"]
    assert site.drive("d")["dist"] == ["delta", "3.0"]


def test_metadata_removed_is_seen(settled: dict[str, Site]) -> None:
    # Without metadata a distribution has no name or version (and, under
    # importlib_metadata >= 10.1, is listed after those that have one).
    site = settled["other"]
    site.metadata("alpha").unlink()
    result = site.drive("a", every=True)
    assert result["dist"] == [None, None]
    names = [row[0] for row in result["again"]]
    assert sorted(names) == ["a", "b", "d"]
