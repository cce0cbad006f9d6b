"""The persistent index is never stale, never trusted blindly, never fatal.

Every scenario runs discovery in real subprocesses against real temporary
distributions, the way a user's successive program runs would.
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import stat
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _disco import _PROBE, GROUP, outside, run_probe, write_dist

from plugspec import _index

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NOBODY = 65534


class World:
    """One site directory, a stable working directory and a cache directory."""

    def __init__(self, root: Path) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root
        self.site = root / "site"
        # sys.path: first, early, site (so that the order across
        # distributions is fixed: within one directory it is the listing's).
        self.first = root / "first"
        self.early = root / "early"
        self.cwd = root / "cwd"
        self.cache = root / "cache"
        for path in (self.first, self.early, self.site, self.cwd):
            path.mkdir()
        write_dist(self.early, "alpha", entry_points=f"[{GROUP}]\na = alpha:A\n")
        write_dist(
            self.site,
            "beta",
            entry_points=f"[{GROUP}]\nb = beta:B\n[other.group]\nx = beta:X\n",
        )
        write_dist(self.site, "gamma")  # no entry points

    def probe(self, **kwargs: Any) -> dict[str, Any]:
        kwargs.setdefault("groups", (GROUP, "other.group"))
        self.outside = outside()
        return run_probe([self.first, self.early, self.site], self.cache, cwd=self.cwd, **kwargs)

    def warm_probe(self, **kwargs: Any) -> dict[str, Any]:
        """A probe expected to be answered from the index."""
        before = getattr(self, "outside", None)
        result = self.probe(**kwargs)
        if not result["from_index"] and self.outside != before:
            result = self.probe(**kwargs)  # the interpreter's site changed meanwhile: again
        return result

    def reference(self, groups: tuple[str, ...] = (GROUP, "other.group")) -> dict[str, Any]:
        return run_probe(
            [self.first, self.early, self.site], None, cwd=self.cwd, groups=groups, reference=True
        )

    def index_files(self) -> list[Path]:
        return sorted(self.cache.glob("*.idx")) if self.cache.exists() else []

    def payload(self) -> Any:
        (only,) = self.index_files()
        return _index._decode(only.read_bytes())


def _settle(*roots: Path) -> None:
    # Wait until every file under ``roots`` is older than the racy window.
    newest = max(
        os.stat(os.path.join(top, name)).st_ctime_ns
        for root in roots
        for top, dirs, files in os.walk(root)
        for name in dirs + files
    )
    delay = (newest + _index.RACY_WINDOW_NS - time.time_ns()) / 1e9 + 0.05
    if delay > 0:
        time.sleep(delay)


def _has_content(payload: Any) -> bool:
    dists = [marshal.loads(dist) for blob in payload[3].values() for dist in marshal.loads(blob)[1]]
    rows = [*payload[2], *(row for dist in dists for row in (*dist[2], *dist[3]))]
    return any(row[4] is not None for row in rows)


EXPECTED = {
    GROUP: [["a", "alpha:A", "alpha", "1.0"], ["b", "beta:B", "beta", "1.0"]],
    "other.group": [["x", "beta:X", "beta", "1.0"]],
}


def _edit_in_place(path: Path, text: str, *, mtime_ns: int | None = None) -> None:
    before = path.stat()
    with open(path, "r+") as handle:  # same inode, as an editor's in-place save
        handle.truncate(0)
        handle.write(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns if mtime_ns is None else mtime_ns))


def _add(world: World) -> dict[str, Any]:
    write_dist(world.first, "delta", entry_points=f"[{GROUP}]\nd = delta:D\n")
    expected = {k: list(v) for k, v in EXPECTED.items()}
    expected[GROUP] = [*expected[GROUP], ["d", "delta:D", "delta", "1.0"]]
    return expected


def _remove(world: World) -> dict[str, Any]:
    shutil.rmtree(world.early / "alpha-1.0.dist-info")
    return {GROUP: EXPECTED[GROUP][1:], "other.group": EXPECTED["other.group"]}


def _edit_same_second(world: World) -> dict[str, Any]:
    # Same size, same modification time: only ctime (or the bytes) tell.
    _edit_in_place(
        world.early / "alpha-1.0.dist-info" / "entry_points.txt", f"[{GROUP}]\na = alpha:Z\n"
    )
    return {
        GROUP: [["a", "alpha:Z", "alpha", "1.0"], EXPECTED[GROUP][1]],
        "other.group": EXPECTED["other.group"],
    }


def _edit_older_mtime(world: World) -> dict[str, Any]:
    target = world.site / "beta-1.0.dist-info" / "entry_points.txt"
    old = target.stat().st_mtime_ns - 86400 * 10**9
    _edit_in_place(target, f"[{GROUP}]\nb = beta:B\nc = beta:C\n", mtime_ns=old)
    return {
        GROUP: [*EXPECTED[GROUP], ["c", "beta:C", "beta", "1.0"]],
        "other.group": [],
    }


def _edit_metadata(world: World) -> dict[str, Any]:
    target = world.site / "beta-1.0.dist-info" / "METADATA"
    _edit_in_place(target, target.read_text().replace("Version: 1.0", "Version: 7.0"))
    return {
        GROUP: [EXPECTED[GROUP][0], ["b", "beta:B", "beta", "7.0"]],
        "other.group": [["x", "beta:X", "beta", "7.0"]],
    }


def _remove_metadata(world: World) -> dict[str, Any]:
    # Without metadata a distribution has no name or version, and
    # importlib_metadata >= 10.1 lists it after those that have one.
    (world.early / "alpha-1.0.dist-info" / "METADATA").unlink()
    return {
        GROUP: [["a", "alpha:A", None, None], EXPECTED[GROUP][1]],
        "other.group": EXPECTED["other.group"],
    }


def _add_entry_points_file(world: World) -> dict[str, Any]:
    (world.site / "gamma-1.0.dist-info" / "entry_points.txt").write_text(
        f"[{GROUP}]\ng = gamma:G\n"
    )
    return {
        GROUP: [*EXPECTED[GROUP], ["g", "gamma:G", "gamma", "1.0"]],
        "other.group": EXPECTED["other.group"],
    }


def _shadow(world: World) -> dict[str, Any]:
    # An earlier sys.path entry now holds a distribution with the same
    # normalized name: it hides the later one entirely.
    write_dist(world.first, "Alpha", "2.0", entry_points=f"[{GROUP}]\nnew = alpha2:A\n")
    return {
        GROUP: [["new", "alpha2:A", "Alpha", "2.0"], EXPECTED[GROUP][1]],
        "other.group": EXPECTED["other.group"],
    }


CHANGES: dict[str, Callable[[World], dict[str, Any]]] = {
    "add": _add,
    "remove": _remove,
    "edit_same_second": _edit_same_second,
    "edit_older_mtime": _edit_older_mtime,
    "edit_metadata": _edit_metadata,
    "remove_metadata": _remove_metadata,
    "add_entry_points_file": _add_entry_points_file,
    "shadow": _shadow,
}


@pytest.fixture(scope="module")
def settled_worlds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, World]:
    # One world per change, indexed and then left alone past the racy window,
    # so that only stat signatures (no stored bytes) can detect the change.
    worlds = {name: World(tmp_path_factory.mktemp(f"settled-{name}")) for name in CHANGES}
    for world in worlds.values():
        world.probe()
    _settle(*(world.root for world in worlds.values()))
    for world in worlds.values():
        assert world.warm_probe()["from_index"]
    return worlds


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_change_seen_with_settled_index(change: str, settled_worlds: dict[str, World]) -> None:
    world = settled_worlds[change]
    assert not _has_content(world.payload())  # the stat signatures alone must tell
    _check_change(world, change)
    again = world.warm_probe()
    assert again["from_index"]
    assert again["eps"] == world.reference()


def _check_change(world: World, change: str) -> None:
    expected = CHANGES[change](world)
    after = world.probe()
    assert not after["from_index"]
    assert after["imported"] == []
    # Same as importlib, in importlib's order; and the change is really there.
    assert after["eps"] == world.reference()
    assert {group: sorted(eps) for group, eps in after["eps"].items()} == {
        group: sorted(eps) for group, eps in expected.items()
    }


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_change_seen_right_after_install(change: str, tmp_path: Path) -> None:
    # Files written within the racy window: their bytes are compared too.
    world = World(tmp_path)
    first = world.probe()
    assert first == {"eps": EXPECTED, "from_index": False, "imported": []}
    assert world.warm_probe() == {"eps": EXPECTED, "from_index": True, "imported": []}
    _check_change(world, change)


def test_racy_bytes_are_dropped_once_old_enough(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.probe()
    assert _has_content(world.payload())
    _settle(world.root)
    assert world.warm_probe()["from_index"]
    assert not _has_content(world.payload())
    assert world.warm_probe() == {"eps": EXPECTED, "from_index": True, "imported": []}


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(200))


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _wrong_payload(path: Path) -> None:
    # Intact header and checksum around a payload of the wrong shape.
    body = marshal.dumps(("not", "an", "index"))
    header = (
        _index._MAGIC + zlib.crc32(body).to_bytes(4, "little") + len(body).to_bytes(8, "little")
    )
    path.write_bytes(header + body)


@pytest.mark.parametrize("damage", [_flip_byte, _truncate, _garbage, _empty, _wrong_payload])
def test_damaged_index_is_ignored_and_rebuilt(
    damage: Callable[[Path], None], tmp_path: Path
) -> None:
    world = World(tmp_path)
    world.probe()
    (index,) = world.index_files()
    damage(index)
    assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}
    assert world.warm_probe() == {"eps": EXPECTED, "from_index": True, "imported": []}


def test_unreadable_index_is_ignored(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.probe()
    (index,) = world.index_files()
    index.unlink()
    index.mkdir()  # something that cannot be read as a file, nor replaced
    assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}
    assert world.probe()["from_index"] is False


@pytest.fixture
def read_only_cache(tmp_path: Path) -> Iterator[World]:
    world = World(tmp_path)
    world.cache.mkdir(mode=0o700)
    if not ROOT:
        world.cache.chmod(0o500)
        yield world
        world.cache.chmod(0o700)
        return
    # Root writes through permissions; an immutable directory it cannot.
    if shutil.which("chattr") is None:
        pytest.skip("root writes through permissions, and chattr is not installed")
    immutable = subprocess.run(["chattr", "+i", str(world.cache)], capture_output=True, check=False)
    if immutable.returncode != 0:
        pytest.skip("cannot make a directory read-only for root here")
    try:
        yield world
    finally:
        subprocess.run(["chattr", "-i", str(world.cache)], check=True)


def test_read_only_cache_directory_means_no_persistence(read_only_cache: World) -> None:
    world = read_only_cache
    for _ in range(2):
        assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}
    assert world.index_files() == []


def test_uncreatable_cache_directory_means_no_persistence(tmp_path: Path) -> None:
    world = World(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("")
    world.cache = blocker / "cache"
    for _ in range(2):
        assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}


@pytest.mark.skipif(not ROOT, reason="needs root to give a file to another user")
def test_index_owned_by_another_user_is_not_trusted(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.probe()
    (index,) = world.index_files()
    os.chown(index, NOBODY, NOBODY)
    assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}
    assert index.stat().st_uid == os.getuid()  # replaced by our own rebuild
    assert world.warm_probe()["from_index"]


@pytest.mark.skipif(not ROOT, reason="needs root to give a directory to another user")
def test_cache_directory_owned_by_another_user_is_not_used(tmp_path: Path) -> None:
    world = World(tmp_path)
    world.probe()
    os.chown(world.cache, NOBODY, NOBODY)
    for _ in range(2):
        assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}


@pytest.mark.parametrize("target", ["file", "directory"])
def test_index_writable_by_others_is_not_trusted(target: str, tmp_path: Path) -> None:
    world = World(tmp_path)
    world.probe()
    (index,) = world.index_files()
    if target == "file":
        index.chmod(0o666)
    else:
        world.cache.chmod(0o777)
    assert world.probe() == {"eps": EXPECTED, "from_index": False, "imported": []}


def test_files_are_private_and_xdg_cache_home_is_honoured(tmp_path: Path) -> None:
    world = World(tmp_path)
    xdg = tmp_path / "xdg"
    result = run_probe(
        [world.first, world.early, world.site],
        None,
        cwd=world.cwd,
        env={"XDG_CACHE_HOME": str(xdg)},
    )
    assert result["eps"] == {GROUP: EXPECTED[GROUP]}
    (index,) = (xdg / "plugspec").glob("*.idx")
    assert stat.S_IMODE(index.stat().st_mode) == 0o600
    assert stat.S_IMODE((xdg / "plugspec").stat().st_mode) == 0o700


def test_relative_xdg_cache_home_falls_back_to_home(tmp_path: Path) -> None:
    world = World(tmp_path)
    home = tmp_path / "home"
    env = {"XDG_CACHE_HOME": "relative/cache", "HOME": str(home)}
    run_probe([world.early, world.site], None, cwd=world.cwd, env=env)
    assert len(list((home / ".cache" / "plugspec").glob("*.idx"))) == 1
    assert not (world.cwd / "relative").exists()


def test_no_cache_turns_persistence_off(tmp_path: Path) -> None:
    world = World(tmp_path)
    for _ in range(2):
        result = world.probe(env={"PLUGSPEC_NO_CACHE": "1"})
        assert result == {"eps": EXPECTED, "from_index": False, "imported": []}
    assert not world.cache.exists()


def test_processes_racing_on_an_empty_cache(tmp_path: Path) -> None:
    world = World(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLUGSPEC_")}
    sites = (world.first, world.early, world.site)
    env.update(PYTHONPATH=os.pathsep.join(map(str, sites)), PLUGSPEC_CACHE_DIR=str(world.cache))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _PROBE, GROUP, "other.group"],
            cwd=world.cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert json.loads(out)["eps"] == EXPECTED
    assert len(world.index_files()) == 1
    assert list(world.cache.glob("*.tmp")) == []
    assert world.warm_probe() == {"eps": EXPECTED, "from_index": True, "imported": []}


def _warm_run(sites: list[Path], world: World) -> dict[str, Any]:
    before = outside()
    result = run_probe(sites, world.cache, cwd=world.cwd)
    if not result["from_index"] and outside() != before:
        result = run_probe(sites, world.cache, cwd=world.cwd)
    return result


def test_zip_path_entry_is_read_and_checked(tmp_path: Path) -> None:
    world = World(tmp_path)
    archive = tmp_path / "plugins.zip"

    def build(value: str) -> None:
        with zipfile.ZipFile(archive, "w") as zf:
            zf.writestr("zipped-1.0.dist-info/METADATA", "Name: zipped\nVersion: 1.0\n")
            zf.writestr("zipped-1.0.dist-info/entry_points.txt", f"[{GROUP}]\nz = {value}\n")

    build("zipped:A")
    sites = [archive, world.early, world.site]
    first = run_probe(sites, world.cache, cwd=world.cwd)
    assert first["eps"][GROUP][0] == ["z", "zipped:A", "zipped", "1.0"]
    assert not world.index_files()  # a just-written archive is not trusted to stay put
    _settle(tmp_path)
    run_probe(sites, world.cache, cwd=world.cwd)
    assert _warm_run(sites, world)["from_index"]
    build("zipped:B")
    after = run_probe(sites, world.cache, cwd=world.cwd)
    assert after["eps"][GROUP][0] == ["z", "zipped:B", "zipped", "1.0"]
    assert not after["from_index"]


def test_missing_path_entry_appearing_is_seen(tmp_path: Path) -> None:
    world = World(tmp_path)
    later = tmp_path / "later"
    sites = [later, world.early, world.site]
    assert run_probe(sites, world.cache, cwd=world.cwd)["eps"][GROUP] == EXPECTED[GROUP]
    assert _warm_run(sites, world)["from_index"]
    write_dist(later, "late", entry_points=f"[{GROUP}]\nl = late:L\n")
    after = run_probe(sites, world.cache, cwd=world.cwd)
    assert after["eps"][GROUP] == [["l", "late:L", "late", "1.0"], *EXPECTED[GROUP]]


def test_old_index_files_are_pruned(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir(mode=0o700)
    now = time.time_ns()
    for number in range(_index.MAX_FILES + 5):
        path = cache / f"{number:016x}.idx"
        path.write_bytes(b"")
        os.utime(path, ns=(now, now - (number + 1) * 10**9))
    stale = cache / ".1-1.tmp"
    stale.write_bytes(b"")
    os.utime(stale, ns=(now, now - 3600 * 10**9))
    fresh = cache / ".2-2.tmp"
    fresh.write_bytes(b"")
    _index._prune(str(cache))
    kept = sorted(path.name for path in cache.glob("*.idx"))
    assert kept == [f"{number:016x}.idx" for number in range(_index.MAX_FILES)]
    assert not stale.exists()
    assert fresh.exists()
