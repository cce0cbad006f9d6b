"""``plugspec._discovery``: the interface the managers use, bad input, and
the fallbacks, on real distributions in this process."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from _disco import GROUP, write_dist

import plugspec
from plugspec import _discovery, _index, _scan


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    directory = tmp_path / "site"
    directory.mkdir()
    monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "path", [str(directory), *sys.path])
    plugspec.refresh()
    yield directory
    plugspec.refresh()


def _described(group: str = GROUP) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (ep.name, ep.value, ep.dist_name, ep.dist_version) for ep in _discovery.entry_points(group)
    ]


def test_entry_points_carry_distribution_and_parse_their_value(site: Path) -> None:
    write_dist(site, "Demo.Pkg", "3.1", entry_points=f"[{GROUP}]\nfmt = demo.mod:Obj.attr [x, y]\n")
    plugspec.refresh()
    (ep,) = _discovery.entry_points(GROUP)
    assert (ep.name, ep.group, ep.dist_name, ep.dist_version) == ("fmt", GROUP, "Demo.Pkg", "3.1")
    assert (ep.module, ep.attr, ep.extras) == ("demo.mod", "Obj.attr", ["x", "y"])
    assert str(ep) == "fmt = demo.mod:Obj.attr [x, y]"
    assert _discovery.entry_points("no.such.group") == ()


def test_one_scan_per_process_until_refresh(site: Path) -> None:
    write_dist(site, "first", entry_points=f"[{GROUP}]\none = m:f\n")
    plugspec.refresh()
    found = _discovery.entry_points(GROUP)
    write_dist(site, "second", entry_points=f"[{GROUP}]\ntwo = m:g\n")
    assert _discovery.entry_points(GROUP) is found  # the same answer, not a rescan
    plugspec.refresh()
    assert sorted(ep.name for ep in _discovery.entry_points(GROUP)) == ["one", "two"]


def test_a_change_of_sys_path_is_a_new_scan(site: Path, tmp_path: Path) -> None:
    assert _discovery.entry_points(GROUP) == ()
    other = tmp_path / "other"
    write_dist(other, "extra", entry_points=f"[{GROUP}]\nx = m:x\n")
    sys.path.insert(0, str(other))
    assert [ep.name for ep in _discovery.entry_points(GROUP)] == ["x"]


GARBAGE = (
    b"not in a section\n"
    b"[" + GROUP.encode() + b"]\n"
    b"good = pkg.mod:obj\n"
    b"no equals sign here\n"
    b"\xff\xfe undecodable = \xc3\x28:bad\n"
    b"= empty name\n"
    b"[unclosed\n"
    b"also_good=pkg:other\n"
    b"\x00\x01\x02\n"
)


def test_garbage_entry_points_file_keeps_the_valid_entries(site: Path) -> None:
    write_dist(site, "messy")
    (site / "messy-1.0.dist-info" / "entry_points.txt").write_bytes(GARBAGE)
    write_dist(site, "clean", entry_points=f"[{GROUP}]\nclean = c:C\n")
    plugspec.refresh()
    found = {ep.name: ep.value for ep in _discovery.entry_points(GROUP)}
    assert found["good"] == "pkg.mod:obj"
    assert found["clean"] == "c:C"
    assert found["also_good"] == "pkg:other"


def test_garbage_metadata_never_crashes(site: Path) -> None:
    info = write_dist(site, "binary", entry_points=f"[{GROUP}]\nb = b:B\n", metadata=None)
    (info / "METADATA").write_bytes(b"\xff\x00" * 5000 + b"\n\nName: nope\n")
    (site / "weird.dist-info").write_text("a file, not a directory")
    plugspec.refresh()
    assert _described() == [("b", "b:B", None, None)]


def test_unreadable_entry_points_file_is_skipped(site: Path) -> None:
    info = write_dist(site, "dirty")
    (info / "entry_points.txt").mkdir()  # a directory where a file should be
    write_dist(site, "fine", entry_points=f"[{GROUP}]\nf = f:F\n")
    plugspec.refresh()
    assert _described() == [("f", "f:F", "fine", "1.0")]


def test_headers_are_read_like_the_email_parser() -> None:
    text = (
        b"Metadata-Version: 2.1\r\nNAME:\t spaced  \r\nVersion: 1.0\r\n folded\r\n\r\nName: body\n"
    )
    assert _scan.read_headers(text) == {"name": "spaced  ", "version": "1.0\n folded"}
    assert _scan.read_headers(b"no header line\nName: x\n") == {}
    assert _scan.read_headers(b"") == {}


def test_entry_point_load_follows_the_attribute_path(site: Path) -> None:
    (site / "ptst_loadme.py").write_text("class Outer:\n    class Inner:\n        pass\n")
    write_dist(
        site, "loadme", entry_points=f"[{GROUP}]\nm = ptst_loadme\nc = ptst_loadme:Outer.Inner\n"
    )
    plugspec.refresh()
    module_ep, class_ep = sorted(
        _discovery.entry_points(GROUP), key=lambda ep: ep.name, reverse=True
    )
    loaded = module_ep.load()
    assert getattr(loaded, "__name__", None) == "ptst_loadme"
    assert class_ep.load() is loaded.Outer.Inner  # type: ignore[attr-defined]
    sys.modules.pop("ptst_loadme", None)


def test_another_distribution_finder_hands_over_to_importlib(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    custom = tmp_path / "custom-1.0.dist-info"
    write_dist(tmp_path, "custom", entry_points=f"[{GROUP}]\nfrom_finder = cf:F\n")

    class Finder:
        @staticmethod
        def find_spec(*_args: object) -> None:
            return None

        @staticmethod
        def find_distributions(*_args: object, **_kwargs: object) -> list[Any]:
            if sys.version_info >= (3, 12):
                from importlib import metadata
            else:
                import importlib_metadata as metadata
            return [metadata.PathDistribution(custom)]

    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, Finder()])
    assert not _discovery._standard_finders()
    write_dist(site, "plain", entry_points=f"[{GROUP}]\nplain = p:P\n")
    plugspec.refresh()
    assert ("from_finder", "cf:F", "custom", "1.0") in _described()
    assert ("plain", "p:P", "plain", "1.0") in _described()
    assert _discovery._snapshot is not None
    assert _discovery._snapshot.index is None


def test_metadata_changed_after_index_was_written_is_seen_in_process(site: Path) -> None:
    info = write_dist(site, "versioned", "1.0", entry_points=f"[{GROUP}]\nv = v:V\n")
    plugspec.refresh()
    assert _described() == [("v", "v:V", "versioned", "1.0")]
    plugspec.refresh()
    assert _described() == [("v", "v:V", "versioned", "1.0")]
    snapshot = _discovery._snapshot
    assert snapshot is not None
    assert snapshot.index is not None
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: versioned\nVersion: 9.0\n")
    plugspec.refresh()
    assert _described() == [("v", "v:V", "versioned", "9.0")]


def test_cache_dir_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PLUGSPEC_CACHE_DIR", raising=False)
    monkeypatch.setenv("PLUGSPEC_NO_CACHE", "0")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert _index.cache_dir() == str(tmp_path / "plugspec")
    monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(tmp_path / "x"))
    assert _index.cache_dir() == str(tmp_path / "x")
    monkeypatch.setenv("PLUGSPEC_NO_CACHE", "1")
    assert _index.cache_dir() is None


def test_non_string_path_entries_are_scanned_but_not_persisted(site: Path, tmp_path: Path) -> None:
    other = tmp_path / "pathlike"
    write_dist(other, "viapath", entry_points=f"[{GROUP}]\nvp = vp:P\n")
    sys.path.insert(0, other)  # type: ignore[arg-type]  # importlib accepts path-like entries
    sys.path.insert(0, 42)  # type: ignore[arg-type]
    assert _described() == [("vp", "vp:P", "viapath", "1.0")]
    assert _index.index_key(sys.path) is None
