"""The index's checks one by one, in this process: scan real directories,
store, change one thing, and see the stored answer refused."""

from __future__ import annotations

import marshal
import os
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from _disco import GROUP, write_dist

from plugspec import _index, _scan, _scanned

KEY = ("test-key",)


def _stored(
    paths: list[Path], cache: Path, *, prefer_valid: bool | None = None
) -> _index.Loaded | None:
    found = _scan.scan([str(path) for path in paths], prefer_valid=prefer_valid)
    _index.store(KEY, str(cache), found)
    return _index.load(KEY, str(cache))


def _make(root: Path) -> tuple[list[Path], Path]:
    site = root / "site"
    write_dist(site, "one", entry_points=f"[{GROUP}]\na = one:A\n")
    write_dist(site, "two", entry_points="[other.group]\nb = two:B\n")
    with zipfile.ZipFile(root / "plugins.zip", "w") as archive:
        archive.writestr("z-1.0.dist-info/METADATA", "Name: z\nVersion: 1.0\n")
        archive.writestr("z-1.0.dist-info/entry_points.txt", f"[{GROUP}]\nz = z:Z\n")
    return [site, root / "missing", root / "plugins.zip"], root / "cache"


@pytest.fixture
def setup(tmp_path: Path) -> tuple[list[Path], Path]:
    return _make(tmp_path)


AGED = [
    "remove_zip",
    "missing_file",
    "missing_dir",
    "site_file",
    "rename",
    "edit",
    "delete_entry_points",
    "per_group",
]


@pytest.fixture(scope="module")
def aged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[Path], Path]]:
    # Environments older than the racy window (one wait for all of them),
    # so that the zip entry is persisted and signatures alone are compared.
    made = {name: _make(tmp_path_factory.mktemp(name)) for name in AGED}
    # And one indexed while still racy (bytes kept), to settle after the wait.
    made["validity"] = _make_validity(tmp_path_factory.mktemp("validity"))
    racy = made["racy"] = _make(tmp_path_factory.mktemp("racy"))
    _stored(racy[0][:1], racy[1])
    time.sleep(_scanned.RACY_WINDOW_NS / 1e9 + 0.1)
    return made


def _make_validity(root: Path) -> tuple[list[Path], Path]:
    # For importlib_metadata's ordering (distributions with metadata first):
    # "Shadow" in first hides "shadow" in site only while it has metadata.
    first, site = root / "first", root / "site"
    write_dist(first, "Shadow", entry_points="[other.group]\ns = shadow1:S\n")
    write_dist(site, "shadow", "2.0", entry_points=f"[{GROUP}]\ns = shadow2:S\n")
    write_dist(site, "one", entry_points=f"[{GROUP}]\na = one:A\n")
    write_dist(site, "two", entry_points="[other.group]\nb = two:B\n")
    write_dist(site, "three")  # no entry points
    return [first, site], root / "cache"


def _names(loaded: _index.Loaded, group: str) -> list[str]:
    found = loaded.group(group)
    assert found is not None
    return [row[0] for row in found[0]]


def _remove_zip(paths: list[Path]) -> None:
    paths[2].unlink()


def _missing_becomes_file(paths: list[Path]) -> None:
    paths[1].write_text("")


def _missing_becomes_directory(paths: list[Path]) -> None:
    paths[1].mkdir()


def _site_becomes_file(paths: list[Path]) -> None:
    for item in sorted(paths[0].rglob("*"), reverse=True):
        item.rmdir() if item.is_dir() else item.unlink()
    paths[0].rmdir()
    paths[0].write_text("")


def _rename_dist(paths: list[Path]) -> None:
    (paths[0] / "one-1.0.dist-info").rename(paths[0] / "one-1.1.dist-info")


def _edit_in_place(paths: list[Path]) -> None:
    target = paths[0] / "one-1.0.dist-info" / "entry_points.txt"
    before = target.stat()
    target.write_text(f"[{GROUP}]\na = one:B\n")  # same size
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))


def _delete_entry_points(paths: list[Path]) -> None:
    (paths[0] / "one-1.0.dist-info" / "entry_points.txt").unlink()


CHANGES: dict[str, Callable[[list[Path]], None]] = {
    "delete_entry_points": _delete_entry_points,
    "remove_zip": _remove_zip,
    "missing_file": _missing_becomes_file,
    "missing_dir": _missing_becomes_directory,
    "site_file": _site_becomes_file,
    "rename": _rename_dist,
    "edit": _edit_in_place,
}


@pytest.mark.parametrize("name", sorted(CHANGES))
def test_each_kind_of_change_refuses_the_index(
    name: str, aged: dict[str, tuple[list[Path], Path]]
) -> None:
    paths, cache = aged[name]
    change = CHANGES[name]
    loaded = _stored(paths, cache)
    assert loaded is not None
    assert _names(loaded, GROUP) == ["a", "z"]
    change(paths)
    assert _index.load(KEY, str(cache)) is None


def test_racy_zip_is_not_persisted(setup: tuple[list[Path], Path]) -> None:
    paths, cache = setup
    found = _scan.scan([str(path) for path in paths])
    assert not found.persistable
    _index.store(KEY, str(cache), found)
    assert _index.load(KEY, str(cache)) is None


def test_another_key_is_not_this_index(setup: tuple[list[Path], Path]) -> None:
    paths, cache = setup
    assert _stored(paths[:2], cache) is not None
    assert _index.load(("other-key",), str(cache)) is None  # another file name
    (index,) = cache.glob("*.idx")
    index.rename(cache / _index._file_name(("other-key",)))
    assert _index.load(("other-key",), str(cache)) is None  # right name, wrong key inside
    assert _index.load(KEY, str(cache / "nowhere")) is None


def test_metadata_checked_per_distribution_when_its_name_is_read(
    aged: dict[str, tuple[list[Path], Path]],
) -> None:
    paths, cache = aged["per_group"]
    loaded = _stored(paths[:1], cache, prefer_valid=False)
    assert loaded is not None
    metadata = paths[0] / "two-1.0.dist-info" / "METADATA"
    metadata.write_text(metadata.read_text().replace("1.0", "2.0"))
    # The groups still hold (a name changes no order) ...
    mine, other = loaded.group(GROUP), loaded.group("other.group")
    assert mine is not None
    assert other is not None
    ((one_name, _, one_checked, one_rows),) = mine[1]
    ((two_name, two_version, two_checked, two_rows),) = other[1]
    assert (one_name, two_name, two_version) == ("one", "two", "1.0")
    assert one_checked == two_checked == ()
    # ... but the name and version of "two" were read from what changed.
    assert loaded.fresh(one_rows)
    assert not loaded.fresh(two_rows)
    assert loaded.location(two_rows) == str(paths[0] / "two-1.0.dist-info")
    assert _scan.dist_headers(loaded.location(two_rows)) == {"name": "two", "version": "2.0"}
    # A row that is not a signature (a damaged index) never passes.
    ((entry, child, name, _, _, _),) = two_rows
    assert not loaded.fresh(((entry, child, name, (1,), None, True),))


def _payload(cache: Path) -> tuple[object, ...]:
    (index,) = cache.glob("*.idx")
    payload = _index._decode(index.read_bytes())
    assert isinstance(payload, tuple)
    return payload


def test_racy_bytes_compared_then_dropped(aged: dict[str, tuple[list[Path], Path]]) -> None:
    _paths, cache = aged["racy"]
    assert _payload(cache)[4] is True  # written while the files were fresh
    loaded = _index.load(KEY, str(cache))  # now old enough: rewritten without bytes
    assert loaded is not None
    assert loaded.group(GROUP) is not None
    assert _payload(cache)[4] is False
    assert _index.load(KEY, str(cache)) is not None


def test_racy_edit_is_caught_by_the_bytes(setup: tuple[list[Path], Path]) -> None:
    paths, cache = setup
    assert _stored(paths[:1], cache) is not None
    _edit_in_place(paths)  # same size, same mtime, and maybe the same ctime tick
    assert _index.load(KEY, str(cache)) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],
        lambda blob: b"",
        lambda blob: b"PLGSPIX1" + b"\0" * 12,
        lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]),
        lambda blob: os.urandom(64),
    ],
)
def test_damaged_index_is_no_index(
    damage: Callable[[bytes], bytes], setup: tuple[list[Path], Path]
) -> None:
    paths, cache = setup
    assert _stored(paths[:1], cache) is not None
    (index,) = cache.glob("*.idx")
    index.write_bytes(damage(index.read_bytes()))
    assert _index.load(KEY, str(cache)) is None


def test_using_an_old_index_marks_it_recently_used(setup: tuple[list[Path], Path]) -> None:
    paths, cache = setup
    assert _stored(paths[:1], cache) is not None
    (index,) = cache.glob("*.idx")
    old = time.time_ns() - 7200 * 10**9
    os.utime(index, ns=(old, old))
    assert _index.load(KEY, str(cache)) is not None
    assert index.stat().st_mtime_ns > old


def test_long_metadata_headers_are_read_in_chunks(tmp_path: Path) -> None:
    site = tmp_path / "site"
    long_summary = "x" * 10000
    metadata = f"Name: longhead\nSummary: {long_summary}\nVersion: 4.2\n\nbody"
    write_dist(site, "longhead", entry_points=f"[{GROUP}]\nl = l:L\n", metadata=metadata)
    found = _scan.scan([str(site)])
    assert found.dists == [("longhead", "4.2", found.dists[0][2])]


def _groups(paths: list[Path]) -> dict[str, list[tuple[str, str, int]]]:
    return _scan.scan([str(path) for path in paths], prefer_valid=True).groups


def test_metadata_existence_checked_where_it_can_change_the_answer(
    aged: dict[str, tuple[list[Path], Path]],
) -> None:
    paths, cache = aged["validity"]
    first, site = paths
    before = _groups(paths)
    loaded = _stored(paths, cache, prefer_valid=True)
    assert loaded is not None
    for group, rows in before.items():
        assert _names(loaded, group) == [row[0] for row in rows]

    # A lone distribution without entry points: its metadata changes nothing.
    (site / "three-1.0.dist-info" / "METADATA").unlink()
    assert _groups(paths) == before
    loaded = _index.load(KEY, str(cache))
    assert loaded is not None
    assert loaded.group(GROUP) is not None
    assert loaded.group("other.group") is not None

    # A lone distribution with entry points: checked with its own groups
    # (without metadata it moves behind the others, and loses its name).
    (site / "two-1.0.dist-info" / "METADATA").unlink()
    loaded = _index.load(KEY, str(cache))
    assert loaded is not None
    assert loaded.group(GROUP) is not None
    assert loaded.group("other.group") is None
    assert _groups(paths)["other.group"] != before["other.group"]

    # Several distributions with one name: checked with every answer, since
    # which one wins decides what every group holds.
    (first / "Shadow-1.0.dist-info" / "METADATA").unlink()
    assert _index.load(KEY, str(cache)) is None
    assert sorted(row[1] for row in _groups(paths)[GROUP]) == ["one:A", "shadow2:S"]


def test_a_damaged_group_inside_an_intact_index_is_no_answer(
    setup: tuple[list[Path], Path],
) -> None:
    paths, cache = setup
    assert _stored(paths[:1], cache) is not None
    payload = _payload(cache)
    blobs = payload[3]
    assert isinstance(blobs, dict)
    # Well-formed around it (header, checksum), but the group's own blob is not marshal.
    _index._write(KEY, str(cache), (*payload[:3], {**blobs, GROUP: b"\xff not marshal"}, False))
    loaded = _index.load(KEY, str(cache))
    assert loaded is not None
    assert loaded.group(GROUP) is None
    assert loaded.group("other.group") is not None
    assert loaded.group("no.such.group") == ((), ())


def test_a_damaged_distribution_inside_a_group_is_no_answer(
    setup: tuple[list[Path], Path],
) -> None:
    paths, cache = setup
    loaded = _stored(paths[:1], cache)
    assert loaded is not None
    good = loaded.group(GROUP)
    assert good is not None
    names = [entry[0] for entry in good[0]]
    assert names
    payload = _payload(cache)
    blobs = payload[3]
    assert isinstance(blobs, dict)
    entries, dists = marshal.loads(blobs[GROUP])
    damaged = marshal.dumps((entries, tuple(b"\xff not marshal" for _ in dists)))
    _index._write(KEY, str(cache), (*payload[:3], {**blobs, GROUP: damaged}, False))
    loaded = _index.load(KEY, str(cache))
    assert loaded is not None
    # Whole, or one name as a driver asks: the damaged distribution is no answer.
    assert loaded.group(GROUP) is None
    assert all(loaded.group(GROUP, name) is None for name in names)
    absent = loaded.group(GROUP, "absent")  # nothing of it is decoded
    assert absent is not None
    assert absent[0] == ()


def test_an_index_file_name_depends_on_the_key_alone() -> None:
    # ``marshal`` writes a string that something else also holds differently
    # from one that only the key holds; the name must not change with that.
    def fresh() -> str:
        return "".join(["/usr/", "lib"])

    alone = ("key", (fresh(),))
    shared_entry = fresh()
    shared = ("key", (shared_entry,))
    assert alone == shared
    assert _index._file_name(alone) == _index._file_name(shared)
