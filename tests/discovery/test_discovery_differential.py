"""The scanner's answer equals importlib's on generated environments.

Each example writes real distributions (``.dist-info`` and ``.egg-info``
directories, ``.egg-info`` files, ``.egg`` path entries; names that collide
after normalization, shadowed duplicates across several ``sys.path`` entries,
distributions without metadata) into temporary directories, puts them in
front of ``sys.path`` and compares ``plugspec._scan.scan`` with
``importlib.metadata.entry_points`` (``importlib_metadata`` before 3.12),
group by group, in order, with the distribution names and versions.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plugspec import _discovery, _scan

if sys.version_info >= (3, 12):
    from importlib import metadata
else:
    import importlib_metadata as metadata

BASE_PATH = list(sys.path)

GROUPS = ["ptst.a", "ptst.b", "ptst.c.d"]
# Spellings that normalize to the same few names, and ones that stop at "-".
NAMES = ["ptst_one", "Ptst.One", "ptst-one", "PTST__ONE", "ptst_two", "ptst-two-x", "ptst"]
VERSIONS = ["1.0", "2.0rc1", "0.1"]

ep_line = st.builds(
    lambda name, value, pad: f"{pad}{name}{pad}={pad}{value}{pad}",
    st.sampled_from(["a", "b", "x.y", "dup"]),
    st.sampled_from(["mod:obj", "pkg.mod:Cls.attr", "mod", "mod:f [extra1, extra2]"]),
    st.sampled_from(["", " ", "  "]),
)
section = st.builds(
    lambda group, lines, extra: "\n".join([f"[{group}]", *lines, *extra]),
    st.sampled_from(GROUPS),
    st.lists(ep_line, min_size=1, max_size=3),
    st.lists(st.sampled_from(["", "# a comment", "   "]), max_size=2),
)
present_entry_points_txt = st.builds(
    lambda preamble, sections, ending: preamble + "\n".join(sections) + ending,
    st.sampled_from(["", "# top comment\n", "\n\n"]),
    st.lists(section, min_size=1, max_size=3),
    st.sampled_from(["", "\n", "\r\n"]),
)
# Usually present: a missing file is one case among several.
entry_points_txt = st.one_of(
    st.none(), present_entry_points_txt, present_entry_points_txt, present_entry_points_txt
)

dist = st.fixed_dictionaries(
    {
        "name": st.sampled_from(NAMES),
        "meta_name": st.sampled_from([None, "same", "Other.Spelling"]),
        "version": st.sampled_from(VERSIONS),
        "layout": st.sampled_from(["dist-info", "egg-info", "egg-info-file", "upper", "bare"]),
        "metadata": st.sampled_from(["full", "full", "none", "empty", "folded"]),
        "entry_points": entry_points_txt,
        "site": st.integers(0, 2),
    }
)
egg = st.fixed_dictionaries(
    {"name": st.sampled_from(NAMES[:4]), "entry_points": entry_points_txt, "at": st.integers(0, 3)}
)


def _metadata_text(spec: dict[str, Any], name: str) -> str | None:
    kind = spec["metadata"]
    shown = name if spec["meta_name"] in (None, "same") else spec["meta_name"]
    if kind == "none":
        return None
    if kind == "empty":
        return ""
    if kind == "folded":
        version = spec["version"]
        return f"Metadata-Version: 2.1\nName: {shown}\nSummary: one\n  two\nVersion:  {version}\n"
    return (
        f"Metadata-Version: 2.1\nName: {shown}\nVersion: {spec['version']}\n\nBody: not a header\n"
    )


def _write(site: Path, spec: dict[str, Any]) -> None:
    name, version, layout = spec["name"], spec["version"], spec["layout"]
    meta = _metadata_text(spec, name)
    if layout in ("upper", "egg-info-file") and not meta:
        # importlib itself raises when such a distribution has no name.
        meta = f"Name: {name}\nVersion: {version}\n"
    stem = {
        "dist-info": f"{name}-{version}.dist-info",
        "egg-info": f"{name}-{version}-py3.egg-info",
        "egg-info-file": f"{name}-{version}.egg-info",
        "upper": f"{name}-{version}.DIST-INFO",
        "bare": f"{name}.dist-info",
    }[layout]
    target = site / stem
    if target.exists():
        return
    if layout == "egg-info-file":
        target.write_text(meta or "")
        return
    target.mkdir()
    if meta is not None:
        (target / ("PKG-INFO" if layout == "egg-info" else "METADATA")).write_text(meta)
    if spec["entry_points"] is not None:
        (target / "entry_points.txt").write_bytes(spec["entry_points"].encode())


def _sites(root: Path, dists: list[dict[str, Any]]) -> list[Path]:
    """Three site directories under ``root`` holding the generated distributions."""
    sites = [root / f"site{number}" for number in range(3)]
    for site in sites:
        site.mkdir()
    for spec in dists:
        _write(sites[spec["site"]], spec)
    return sites


def _describe(ep: Any) -> tuple[str, str, str | None, str | None]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return (ep.name, ep.value, ep.dist.name, ep.dist.version)
    except Exception:
        return (ep.name, ep.value, None, None)


def _reference() -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    # importlib caches directory listings by modification time (whole seconds
    # on some versions): start it afresh for each generated environment.
    importlib.invalidate_caches()
    found = metadata.entry_points()
    return {group: [_describe(ep) for ep in found.select(group=group)] for group in GROUPS}


def _ours() -> dict[str, list[tuple[str, str, str | None, str | None]]]:
    result = _scan.scan(sys.path)
    dists = result.dists
    return {
        group: [
            (name, value, dists[index][0], dists[index][1])
            for name, value, index in result.groups.get(group, [])
        ]
        for group in GROUPS
    }


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(dists=st.lists(dist, min_size=1, max_size=10), eggs=st.lists(egg, max_size=2))
def test_scan_equals_importlib(
    dists: list[dict[str, Any]], eggs: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        entries = [str(site) for site in _sites(root, dists)]
        for number, spec in enumerate(eggs):
            egg_dir = root / f"{spec['name']}-1.{number}-py3.egg"
            info = egg_dir / "EGG-INFO"
            info.mkdir(parents=True)
            (info / "PKG-INFO").write_text(f"Name: {spec['name']}\nVersion: 1.{number}\n")
            if spec["entry_points"] is not None:
                (info / "entry_points.txt").write_text(spec["entry_points"])
            entries.insert(min(spec["at"], len(entries)), str(egg_dir))
        monkeypatch.setattr(sys, "path", [*entries, *BASE_PATH])
        expected = _reference()
        assert _ours() == expected


def test_real_environment_equals_importlib() -> None:
    # The interpreter's own sys.path, whatever is installed in it.
    assert _ours() == _reference()
    result = _scan.scan(sys.path)
    everything = metadata.entry_points()
    for group in everything.groups:
        dists = result.dists
        ours = [(n, v, dists[d][0], dists[d][1]) for n, v, d in result.groups.get(group, [])]
        assert ours == [_describe(ep) for ep in everything.select(group=group)]


def _from_index(
    group: str, name: str | None = None
) -> list[tuple[str, str, str | None, str | None]]:
    found = (
        _discovery.entry_points(group)
        if name is None
        else _discovery.entry_points_named(group, name)
    )
    return [(ep.name, ep.value, ep.dist_name, ep.dist_version) for ep in found]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    dists=st.lists(dist, min_size=1, max_size=8),
    strip=st.lists(st.integers(0, 7), max_size=3),
)
def test_the_index_answers_as_importlib_whole_groups_and_by_name(
    dists: list[dict[str, Any]], strip: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cold (the scan writes the index), warm (read back in a fresh lookup),
    # and warm again after some distributions lost their metadata: whole
    # groups and each name (as a driver asks) equal importlib's answer.
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sites = _sites(root, dists)
        monkeypatch.setattr(sys, "path", [*(str(site) for site in sites), *BASE_PATH])
        monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(root / "cache"))
        for step in ("cold", "warm", "edited"):
            if step == "edited":
                metadata_files = sorted(root.glob("site*/*/METADATA"))
                for number in strip:
                    if number < len(metadata_files) and metadata_files[number].exists():
                        metadata_files[number].unlink()
            _discovery.refresh()
            try:
                expected = _reference()
            except Exception:  # importlib itself fails on some damaged layouts
                assert step == "edited"
                continue
            for group in GROUPS:
                names = {entry[0] for entry in expected[group]} | {"absent"}
                for name in sorted(names):
                    wanted = [entry for entry in expected[group] if entry[0] == name]
                    assert _from_index(group, name) == wanted, (step, group, name)
                assert _from_index(group) == expected[group], (step, group)
    _discovery.refresh()
