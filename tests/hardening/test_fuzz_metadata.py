"""Hostile entry-point metadata never crashes discovery or the managers.

Each example installs, beside one ordinary plugin, a distribution whose
``entry_points.txt`` (and sometimes ``METADATA``) is generated: names and
values at the edges of the spec, lines without ``=``, unclosed and empty
section headers, duplicate sections and names, comment and blank lines,
non-UTF-8 bytes, NUL bytes, a byte-order mark, ``\\r``-only line ends and very
long lines. Discovery (a cold scan, then a warm read of the index it wrote)
never raises, answers the same both times, agrees with ``importlib.metadata``
whenever that does not raise itself, and the ordinary plugin still loads.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import test_discovery_differential as differential
from _hard import FUZZ_EXAMPLES, Runner, long_fuzz_run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import plugspec
from plugspec import _discovery, _scan

if sys.version_info >= (3, 12):
    from importlib import metadata
else:
    import importlib_metadata as metadata

GROUP = "hard.fuzz"
JUNK = "zz.junk"
FUZZED = plugspec.Namespace(GROUP, Runner)

GOOD_MODULE = """
class _Plugin:
    def run(self) -> str:
        return "good"

plugin = _Plugin()
"""

# Names: ordinary, at the edges of the spec, and beyond it.
names = st.one_of(
    st.sampled_from(
        ["good", "plain", "x.y-z_1", "", " ", "has space", "ünïcode", "a:b", "[a]", "#", ";", "0"]
    ),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="=\n\r"),
        max_size=30,
    ),
)
# Values under the plugin group only ever name modules of this test (or
# missing ones), so that loading them cannot run anything else.
modules = st.sampled_from(["hf_good", "hf_missing", "zz_fuzz_nothing", "", ".", "..x", "hf_good."])
attrs = st.sampled_from(["plugin", "_Plugin", "nope", "", "plugin.run", "a.b.c", "plugin..run"])
values = st.builds(
    lambda module, sep, attr, extras: f"{module}{sep}{attr}{extras}",
    modules,
    st.sampled_from([":", " : ", "::", "", ":  "]),
    attrs,
    st.sampled_from(["", " [x]", " [x, y]", " [", "]", "[]"]),
)
ordinary_lines = st.builds(
    lambda name, pad, value: f"{name}{pad}={pad}{value}",
    names,
    st.sampled_from(["", " ", "\t"]),
    values,
)
junk_lines = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"),
        max_size=60,
    ),
    st.sampled_from(
        [
            "no equals sign",
            "=",
            "==",
            "= value",
            "name =",
            "[",
            "]",
            "[]",
            "[[x]]",
            "[unclosed",
            "# c",
        ]
    ),
)
headers = st.sampled_from(
    [f"[{GROUP}]", f"[ {GROUP} ]", f"[{GROUP}", f"[[{GROUP}]]", "[]", "[ ]", f"[{JUNK}]", "[a b]"]
)


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    """An ``entry_points.txt`` as bytes."""
    lines: list[bytes] = []
    in_group = False
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["header", "entry", "entry", "junk", "blank", "raw", "huge"]))
        if kind == "header":
            header = draw(headers)
            in_group = (
                header.strip("[] ") == GROUP and header.startswith("[") and header.endswith("]")
            )
            lines.append(header.encode())
        elif kind == "entry":
            lines.append(draw(ordinary_lines).encode())
        elif kind == "junk":
            if in_group:  # free text only where nothing is loaded from it
                lines.append(f"[{JUNK}]".encode())
                in_group = False
            lines.append(draw(junk_lines).encode("utf-8", "surrogatepass"))
        elif kind == "blank":
            lines.append(draw(st.sampled_from([b"", b"   ", b"\t", b"# comment", b" # indented"])))
        elif kind == "raw":
            if in_group:
                lines.append(f"[{JUNK}]".encode())
                in_group = False
            lines.append(draw(st.binary(max_size=40)).replace(b"\n", b"").replace(b"\r", b""))
        else:
            size = draw(st.sampled_from([10_000, 100_000]))
            lines.append(b"long = hf_good:" + b"a" * size)
    ends = [draw(st.sampled_from([b"\n", b"\r\n", b"\r", b"\n\n"])) for _ in lines]
    body = b"".join(line + end for line, end in zip(lines, ends, strict=True))
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00"]))
    return prefix + body


hostile_metadata = st.one_of(
    st.none(),
    st.just(b"Metadata-Version: 2.1\nName: hostile\nVersion: 1\n"),
    st.binary(max_size=200),
    st.builds(
        lambda name, version: b"Name: " + name + b"\nVersion: " + version + b"\n",
        st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"")),
        st.binary(max_size=10).map(lambda b: b.replace(b"\n", b"")),
    ),
)


#: importlib raised when asked for the distribution's name or version
#: (undecodable ``METADATA``): plugspec reports what it could read instead.
UNREADABLE = object()


def _describe(ep: Any) -> tuple[object, ...]:
    try:
        return (ep.name, ep.value, ep.dist.name, ep.dist.version)
    except Exception:
        return (ep.name, ep.value, UNREADABLE, UNREADABLE)


def _reference(groups: set[str]) -> dict[str, list[Any]] | None:
    importlib.invalidate_caches()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = metadata.entry_points()
            return {g: [_describe(ep) for ep in found.select(group=g)] for g in groups}
    except Exception:
        return None  # importlib itself gives up on this input; plugspec must not


def _agree(ours: dict[str, list[Any]], reference: dict[str, list[Any]]) -> bool:
    def same(mine: tuple[object, ...], theirs: tuple[object, ...]) -> bool:
        return mine[:2] == theirs[:2] and (theirs[2] is UNREADABLE or mine == theirs)

    return ours.keys() == reference.keys() and all(
        len(ours[g]) == len(reference[g])
        and all(same(m, t) for m, t in zip(ours[g], reference[g], strict=True))
        for g in ours
    )


def _ours(groups: set[str]) -> dict[str, list[Any]]:
    return {
        g: [(ep.name, ep.value, ep.dist_name, ep.dist_version) for ep in _discovery.entry_points(g)]
        for g in groups
    }


@contextmanager
def installed(files: list[tuple[bytes, bytes | None]]) -> Iterator[Path]:
    """The ordinary plugin and the hostile distributions, first on sys.path,
    with a fresh persistent index directory; all undone afterwards."""
    saved_path = list(sys.path)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = root / "site"
        good = site / "hf_good-1.0.dist-info"
        good.mkdir(parents=True)
        (good / "METADATA").write_text("Metadata-Version: 2.1\nName: hf-good\nVersion: 1.0\n")
        (good / "entry_points.txt").write_text(f"[{GROUP}]\ngood = hf_good:plugin\n")
        (site / "hf_good.py").write_text(GOOD_MODULE)
        for number, (entry_points, meta) in enumerate(files):
            info = site / f"hostile{number}-1.dist-info"
            info.mkdir()
            (info / "entry_points.txt").write_bytes(entry_points)
            if meta is not None:
                (info / "METADATA").write_bytes(meta)
        sys.path[:0] = [str(site)]
        importlib.invalidate_caches()
        try:
            yield root
        finally:
            sys.path[:] = saved_path
            for module in ("hf_good", "hf_missing"):
                sys.modules.pop(module, None)
            importlib.invalidate_caches()
            plugspec.refresh()


def check_environment(
    files: list[tuple[bytes, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    with installed(files) as root:
        monkeypatch.setenv("PLUGSPEC_CACHE_DIR", str(root / "cache"))
        monkeypatch.delenv("PLUGSPEC_NO_CACHE", raising=False)
        monkeypatch.delenv("PLUGSPEC_BLOCK", raising=False)
        monkeypatch.delenv("PLUGSPEC_DISABLE", raising=False)
        scanned = _scan.scan(sys.path)
        groups = {GROUP, JUNK, *scanned.groups}
        plugspec.refresh()
        cold = _ours(groups)
        plugspec.refresh()
        warm = _ours(groups)
        assert warm == cold
        assert ("good", "hf_good:plugin", "hf-good", "1.0") in cold[GROUP]
        expected = _reference(groups)
        if expected is not None:
            assert _agree(cold, expected), (cold, expected)
        manager = plugspec.ExtensionManager(FUZZED)
        assert "good" in manager.names()
        assert "good" in manager.map_method(Runner.run)


environments = st.lists(st.tuples(hostile_files(), hostile_metadata), min_size=1, max_size=3)
QUICK = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@QUICK
@given(files=environments)
def test_hostile_metadata_never_crashes_discovery(
    files: list[tuple[bytes, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    check_environment(files, monkeypatch)


@long_fuzz_run
@settings(QUICK, max_examples=max(FUZZ_EXAMPLES, 1))
@given(files=environments)
def test_hostile_metadata_never_crashes_discovery_long(
    files: list[tuple[bytes, bytes | None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    check_environment(files, monkeypatch)


@long_fuzz_run
@settings(QUICK, max_examples=max(FUZZ_EXAMPLES // 2, 1))
@given(
    dists=st.lists(differential.dist, min_size=1, max_size=10),
    eggs=st.lists(differential.egg, max_size=2),
)
def test_generated_environments_agree_with_importlib_long(
    dists: list[dict[str, Any]], eggs: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The discovery suite's own generator, run for longer.
    differential.test_scan_equals_importlib.hypothesis.inner_test(dists, eggs, monkeypatch)


@pytest.mark.parametrize(
    "entry_points",
    [
        b"\xff\xfe[hard.fuzz]\ngood2 = hf_good:plugin\n",
        b"[hard.fuzz]\r\nbroken\r\n\x80\x81 = hf_good:plugin\r\n",
        b"[hard.fuzz]\n[hard.fuzz]\ndup = hf_good:plugin\ndup = hf_good:plugin\n",
        b"[hard.fuzz]\n" + b"x" * 1_000_000 + b" = hf_good:plugin\n",
        b"\x00\x00\x00",
        b"[hard.fuzz\nname = value\n",
    ],
    ids=["bom", "cr-lf-and-bad-bytes", "duplicate-section", "megabyte-line", "nul", "unclosed"],
)
def test_known_hostile_files(entry_points: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    check_environment([(entry_points, None)], monkeypatch)


def test_undecodable_metadata_beside_repeated_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by the fuzzer: importlib raises on this distribution's name; the
    # entry points still agree, and plugspec reports what it could read.
    files = [
        (
            b"[hard.fuzz]\n[hard.fuzz]\n[hard.fuzz]\ngood=hf_good:plugin\n",
            b"Name: \nVersion: \x80\n",
        )
    ]
    check_environment(files, monkeypatch)
