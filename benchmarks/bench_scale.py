"""Resource bounds at scale: a namespace of 10,000 entry points.

Measures, each in a fresh interpreter (medians of several runs):

* listing the group's entry points with no index (cold scan) and from the
  persistent index (warm), against ``importlib.metadata.entry_points(group=)``;
* loading, verifying and instantiating all 10,000 plugins with
  ``ExtensionManager(...)`` over a ``factory=True`` namespace, and loading one of them
  with ``DriverManager``;
* memory (``tracemalloc``): peak while loading everything, memory kept per
  loaded extension (plugin modules imported beforehand, so that only
  plugspec's own cost counts), memory kept per entry of the in-memory index,
  and bytes per entry of the index file on disk.

The synthetic environment: 100 distributions of 100 entry points each, in
one ``sys.path`` directory; the entry points target a class in 100 small
modules (so the figures are plugspec's work, not the import of 10,000 files).

Run from the repository root::

    python benchmarks/bench_scale.py            # prints the table
    python benchmarks/bench_scale.py --write    # and updates docs/operations.md

``--write`` replaces the text between the ``bench_scale`` markers in
``docs/operations.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "operations.md"
BEGIN = "<!-- bench_scale: begin (written by benchmarks/bench_scale.py --write) -->"
END = "<!-- bench_scale: end -->"

GROUP = "bench.scale"
DISTS = 100
PER_DIST = 100
MODULES = 100

CHILD = r"""
import gc, json, os, sys, time, tracemalloc
what, trace = sys.argv[1], sys.argv[2] == "1"
count = int(sys.argv[3])
from typing import Protocol

class Runner(Protocol):
    def run(self) -> str: ...

if trace:
    tracemalloc.start()
result = {}
if what == "importlib":
    t0 = time.perf_counter()
    if sys.version_info >= (3, 12):
        from importlib import metadata
    else:
        import importlib_metadata as metadata
    eps = metadata.entry_points(group="bench.scale")
    result["seconds"] = time.perf_counter() - t0
    assert len(eps) == count, len(eps)
else:
    t0 = time.perf_counter()
    import plugspec
    from plugspec import _discovery
    imported = time.perf_counter()
    if what == "list":
        before = tracemalloc.get_traced_memory()[0] if trace else 0
        eps = _discovery.entry_points("bench.scale")
        assert len(eps) == count, len(eps)
        result["from_index"] = _discovery._snapshot.index is not None
        if trace:
            gc.collect()
            result["kept"] = tracemalloc.get_traced_memory()[0] - before
    elif what in ("load", "load-preimported"):
        ns = plugspec.Namespace("bench.scale", Runner, factory=True)
        if what == "load-preimported":
            import importlib
            for ep in _discovery.entry_points("bench.scale"):
                importlib.import_module(ep.module)
            gc.collect()
        before = tracemalloc.get_traced_memory()[0] if trace else 0
        if trace:
            tracemalloc.reset_peak()
        t1 = time.perf_counter()
        manager = plugspec.ExtensionManager(ns)
        result["load_seconds"] = time.perf_counter() - t1
        assert len(manager) == count, len(manager)
        if trace:
            gc.collect()
            current, peak = tracemalloc.get_traced_memory()
            result["kept"] = current - before
            result["peak"] = peak - before
    elif what == "driver":
        ns = plugspec.Namespace("bench.scale", Runner, factory=True)
        manager = plugspec.DriverManager(ns, "p50_50")
        assert manager.driver.run() == "p50"
    result["seconds"] = time.perf_counter() - t0
    result["import_seconds"] = imported - t0
print(json.dumps(result))
"""


def make_environment(root: Path) -> Path:
    site = root / "site"
    site.mkdir()
    for module in range(MODULES):
        (site / f"bs_mod{module}.py").write_text(
            f"class Plugin:\n    def run(self) -> str:\n        return 'p{module}'\n"
        )
    for dist in range(DISTS):
        info = site / f"bench_scale_{dist}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: bench-scale-{dist}\nVersion: 1.0\n"
        )
        lines = [f"[{GROUP}]"] + [
            f"p{dist}_{number} = bs_mod{dist % MODULES}:Plugin" for number in range(PER_DIST)
        ]
        (info / "entry_points.txt").write_text("\n".join(lines) + "\n")
    return site


def run_child(what: str, site: Path, cache: Path | None, *, trace: bool) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLUGSPEC_")}
    env["PYTHONPATH"] = str(site)
    if cache is None:
        env["PLUGSPEC_NO_CACHE"] = "1"
    else:
        env["PLUGSPEC_CACHE_DIR"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, what, "1" if trace else "0", str(DISTS * PER_DIST)],
        env=env,
        cwd=site.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def median(what: str, key: str, site: Path, cache: Path | None, runs: int) -> float:
    return statistics.median(run_child(what, site, cache, trace=False)[key] for _ in range(runs))


def measure(runs: int) -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        site = make_environment(root)
        cache = root / "cache"
        n = DISTS * PER_DIST
        reference = median("importlib", "seconds", site, None, runs)
        cold = median("list", "seconds", site, None, runs)
        run_child("list", site, cache, trace=False)  # writes the index
        warm = median("list", "seconds", site, cache, runs)
        load = median("load", "seconds", site, cache, runs)
        load_only = median("load", "load_seconds", site, cache, runs)
        driver = median("driver", "seconds", site, cache, runs)
        listed = run_child("list", site, cache, trace=True)
        loaded = run_child("load", site, cache, trace=True)
        own = run_child("load-preimported", site, cache, trace=True)
        (index_file,) = cache.glob("*.idx")
        index_bytes = index_file.stat().st_size

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.0f} ms"

    def kib(size: float) -> str:
        return f"{size / 1024:.0f} KiB" if size >= 10_240 else f"{size:.0f} B"

    return [
        ("entry points in the group", f"{n:,} ({DISTS} distributions)"),
        ("`importlib.metadata.entry_points(group=)` (with its import)", ms(reference)),
        ("`import plugspec` + list the group, no index (cold scan)", ms(cold)),
        ("`import plugspec` + list the group from the index (warm)", ms(warm)),
        ("`import plugspec` + load, verify, instantiate all (warm)", ms(load)),
        ("... of which `ExtensionManager(...)` itself", ms(load_only)),
        ("`import plugspec` + `DriverManager` for one name (warm)", ms(driver)),
        ("memory peak while loading all (tracemalloc)", kib(loaded["peak"])),
        ("memory kept per loaded extension (modules already imported)", kib(own["kept"] / n)),
        ("memory kept per entry point listed (warm, in memory)", kib(listed["kept"] / n)),
        ("index file on disk, per entry point", kib(index_bytes / n)),
    ]


def table(rows: list[tuple[str, str]]) -> str:
    width = max(len(label) for label, _ in rows)
    lines = [f"| {'what':<{width}} | measured |", f"|{'-' * (width + 2)}|----------|"]
    lines += [f"| {label:<{width}} | {value} |" for label, value in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median)")
    parser.add_argument("--write", action="store_true", help="update docs/operations.md")
    args = parser.parse_args()
    rows = measure(args.runs)
    machine = (
        f"Python {platform.python_version()} on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs; each timing a fresh process (interpreter start-up "
        f"excluded), median of {args.runs}; "
        "`python benchmarks/bench_scale.py --write`."
    )
    text = table(rows)
    print(text)
    print(machine)
    if args.write:
        section = f"{BEGIN}\n{text}\n\n{machine}\n{END}"
        doc = DOC.read_text()
        if BEGIN in doc and END in doc:
            head, _, rest = doc.partition(BEGIN)
            _, _, tail = rest.partition(END)
            doc = head + section + tail
        else:
            doc = doc.rstrip("\n") + "\n\n" + section + "\n"
        DOC.write_text(doc)
        print(f"updated {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
