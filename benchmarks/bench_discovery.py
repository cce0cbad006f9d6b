"""Entry-point discovery and plugin loading, side by side with stevedore and
``importlib.metadata``, in fresh processes.

Run from the repository root::

    .venv/bin/python benchmarks/bench_discovery.py            # N = 50, 500, 2000
    .venv/bin/python benchmarks/bench_discovery.py --repeat 5 --sizes 2000

It builds its own virtual environment under ``benchmarks/.envs/discovery``
(plugspec from this checkout, plus stevedore, pluggy and typeguard from PyPI),
synthetic site directories of N distributions (``benchmarks/_synthetic.py``,
the layout of ``../shared/bench/make_env.py``), and times each command as a
whole new interpreter, the commands interleaved round-robin, ``--repeat``
rounds, medians reported. "Above bare" subtracts the median of
``python -c pass`` measured in the same rounds. Results and method go to
``docs/performance.md`` (between the ``results`` markers) unless
``--no-docs``.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import textwrap
import time
import venv
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _synthetic import GROUP, make_env

ROOT = Path(__file__).resolve().parent.parent
ENVS = ROOT / "benchmarks" / ".envs"
VENV = ENVS / "discovery"
WORK = ENVS / "discovery-work"
DOC = ROOT / "docs" / "performance.md"
PEERS = ["stevedore", "pluggy", "typeguard"]
START, END = "<!-- results:start -->", "<!-- results:end -->"

PROTOCOL = """\
from typing import Protocol
import plugspec
class Runner(Protocol):
    def run(self, value: int) -> int: ...
ns = plugspec.Namespace("bench.plugins", Runner, factory=True)
"""


def commands(count: int) -> dict[str, str]:
    """The timed snippets; ``count`` plugins are in the benchmark group."""
    return {
        "bare": "pass",
        # What an application pays to get at a manager class, whatever the
        # package imports lazily.
        "plugspec import + manager class": "import plugspec\nplugspec.DriverManager",
        "stevedore import + manager class": "import stevedore\nstevedore.DriverManager",
        "plugspec names, warm": (
            "import plugspec._discovery\n"
            f"names = [ep.name for ep in plugspec._discovery.entry_points({GROUP!r})]"
        ),
        "plugspec names, cold": (
            "import plugspec._discovery\n"
            f"names = [ep.name for ep in plugspec._discovery.entry_points({GROUP!r})]"
        ),
        "importlib.metadata names": (
            "from importlib.metadata import entry_points\n"
            f"names = [ep.name for ep in entry_points(group={GROUP!r})]"
        ),
        "stevedore names, warm": (
            "import stevedore\nfrom stevedore import _cache\n"
            f"names = [ep.name for ep in _cache.get_group_all({GROUP!r})]"
        ),
        "plugspec driver": PROTOCOL
        + "assert plugspec.DriverManager(ns, 'p00000').driver.run(1) == 1",
        "stevedore driver": (
            "from stevedore import DriverManager\n"
            f"assert DriverManager({GROUP!r}, 'p00000', invoke_on_load=True).driver.run(1) == 1"
        ),
        "plugspec all plugins": PROTOCOL + f"assert len(plugspec.ExtensionManager(ns)) == {count}",
        "stevedore all plugins": (
            "from stevedore import ExtensionManager\n"
            f"assert len(ExtensionManager({GROUP!r}, invoke_on_load=True).extensions) == {count}"
        ),
    }


def python() -> Path:
    return VENV / "bin" / "python"


def ensure_venv() -> None:
    """The benchmark's own environment: plugspec (editable) and its peers."""
    if not python().exists():
        print(f"creating {VENV}", flush=True)
        venv.create(VENV, with_pip=True)
    probe = subprocess.run(
        [str(python()), "-c", "import plugspec, stevedore, pluggy, typeguard"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pip = [str(python()), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, *PEERS], check=True)
        subprocess.run([*pip, "-e", str(ROOT)], check=True)


def environment(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLUGSPEC_", "PYTHON"))}
    env["PYTHONPATH"] = str(site)
    # Both plugspec and stevedore keep their caches under XDG_CACHE_HOME.
    env["XDG_CACHE_HOME"] = str(WORK / "xdg")
    return env


def run(code: str, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    # The working directory is on sys.path (``-c``): keep it empty and still.
    return subprocess.run(
        [str(python()), *extra, "-c", code],
        cwd=WORK / "cwd",
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )


def clear_plugspec_cache() -> None:
    shutil.rmtree(WORK / "xdg" / "plugspec", ignore_errors=True)


def measure(
    snippets: dict[str, str],
    env: dict[str, str],
    repeat: int,
    before: dict[str, Callable[[], None]],
) -> dict[str, float]:
    """Median wall time (ms) of each snippet as a fresh process, interleaved,
    after one untimed round (which byte-compiles whatever is not yet)."""
    times: dict[str, list[float]] = {name: [] for name in snippets}
    for name, code in snippets.items():
        if name in before:
            before[name]()
        run(code, env)
    for _ in range(repeat):
        for name, code in snippets.items():
            if name in before:
                before[name]()
            start = time.perf_counter()
            run(code, env)
            times[name].append((time.perf_counter() - start) * 1e3)
    return {name: statistics.median(values) for name, values in times.items()}


# The discovery call alone, timed inside the process (modules imported first).
CALLS = {
    "plugspec cold call": (
        "import time, plugspec._discovery\n"
        "start = time.perf_counter()\n"
        f"plugspec._discovery.entry_points({GROUP!r})\n"
        "print((time.perf_counter() - start) * 1e3)"
    ),
    "importlib.metadata call": (
        "import time\nfrom importlib.metadata import entry_points\n"
        "start = time.perf_counter()\n"
        f"entry_points(group={GROUP!r})\n"
        "print((time.perf_counter() - start) * 1e3)"
    ),
}


def measure_calls(env: dict[str, str], repeat: int) -> dict[str, float]:
    times: dict[str, list[float]] = {name: [] for name in CALLS}
    for _ in range(repeat):
        for name, code in CALLS.items():
            if name.startswith("plugspec"):
                clear_plugspec_cache()
            times[name].append(float(run(code, env).stdout))
    ensure_warm(env)
    return {name: statistics.median(values) for name, values in times.items()}


def import_time(module: str, env: dict[str, str]) -> float:
    """Cumulative ``-X importtime`` of ``module`` (ms)."""
    err = run(f"import {module}", env, "-X", "importtime").stderr
    for line in err.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].rstrip() == f" {module}":
            return int(parts[1]) / 1e3
    raise RuntimeError(f"no import time for {module}")


def startup_modules(env: dict[str, str]) -> tuple[int, list[str]]:
    code = textwrap.dedent(
        """
        import sys
        before = set(sys.modules)
        import plugspec
        print(" ".join(sorted(set(sys.modules) - before)))
        """
    )
    added = run(code, env).stdout.split()
    watch = (
        "importlib.metadata",
        "importlib_metadata",
        "mypy",
        "inspect",
        "ast",
        "dis",
        "email",
        "zipfile",
        "json",
        "dataclasses",
        "typing",
        "typing_extensions",
        "logging",
        "threading",
        "re",
        "enum",
    )
    return len(added), [name for name in watch if name in added]


def ensure_warm(env: dict[str, str]) -> None:
    # plugspec: the index must exist and be trusted as is (no stored bytes
    # to compare) by the time the timed runs start.
    check = (
        "import plugspec._discovery\n"
        f"plugspec._discovery.entry_points({GROUP!r})\n"
        "print(plugspec._discovery._snapshot.index is not None)"
    )
    for _ in range(3):
        run(check, env)
        run(f"from stevedore import _cache\n_cache.get_group_all({GROUP!r})", env)
    if run(check, env).stdout.strip() != "True":
        raise RuntimeError("plugspec's index is not warm")


def bench(sizes: list[int], repeat: int) -> dict[int, dict[str, float]]:
    results: dict[int, dict[str, float]] = {}
    (WORK / "cwd").mkdir(parents=True, exist_ok=True)
    sites = {n: make_env(n, WORK / "sites" / f"n{n}") for n in sizes}
    for site in sites.values():
        # Byte-compile up front: a __pycache__ appearing mid-run would change
        # the directory and (rightly) invalidate both caches once.
        subprocess.run([str(python()), "-m", "compileall", "-q", str(site)], check=True)
    # Files younger than the index's racy window (2 s) are compared byte for
    # byte on every warm start; let them age like an installed environment.
    time.sleep(2.5)
    for n in sizes:
        env = environment(sites[n])
        count = (n + 1) // 2
        print(f"N = {n}: warming caches", flush=True)
        clear_plugspec_cache()
        ensure_warm(env)
        snippets = commands(count)
        # The cold run starts from an empty cache and writes a new index,
        # which (the files being old) the next warm run trusts as is.
        before = {"plugspec names, cold": clear_plugspec_cache}
        print(f"N = {n}: timing {len(snippets)} commands x {repeat}", flush=True)
        results[n] = measure(snippets, env, repeat, before)
        results[n].update(measure_calls(env, repeat))
        imports: dict[str, list[float]] = {"plugspec": [], "stevedore": []}
        for _ in range(repeat):
            for module in imports:
                imports[module].append(import_time(module, env))
        for module, values in imports.items():
            results[n][f"import {module} (-X importtime)"] = statistics.median(values)
    return results


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b > 0 else "n/a"


def report(
    results: dict[int, dict[str, float]], modules: tuple[int, list[str]], repeat: int
) -> str:
    lines: list[str] = []
    out = lines.append
    out(
        f"Measured on {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"median of {repeat} interleaved rounds, wall time of a whole process in ms "
        f"(`{Path(sys.argv[0]).as_posix()}`)."
    )
    out("")
    out("### Discovery only (names of the group's entry points), whole process")
    out("")
    out(
        "| N | bare | plugspec warm | plugspec cold | importlib.metadata | stevedore warm "
        "| importlib / plugspec cold | stevedore / plugspec warm (above bare) |"
    )
    out("|---|---|---|---|---|---|---|---|")
    for n, r in results.items():
        bare = r["bare"]
        warm, cold = r["plugspec names, warm"], r["plugspec names, cold"]
        lib, ste = r["importlib.metadata names"], r["stevedore names, warm"]
        out(
            f"| {n} | {bare:.1f} | {warm:.1f} | {cold:.1f} | {lib:.1f} | {ste:.1f} "
            f"| {_ratio(lib, cold)} | {_ratio(ste - bare, warm - bare)} |"
        )
    out("")
    out("### Cold discovery, the call alone (modules already imported)")
    out("")
    out(
        "| N | plugspec, empty cache (scan + index write) "
        "| importlib.metadata.entry_points(group=...) | importlib / plugspec |"
    )
    out("|---|---|---|---|")
    for n, r in results.items():
        p, lib = r["plugspec cold call"], r["importlib.metadata call"]
        out(f"| {n} | {p:.1f} | {lib:.1f} | {_ratio(lib, p)} |")
    out("")
    out("### One driver (load, verify, instantiate `p00000`), caches warm")
    out("")
    out(
        "| N | plugspec | stevedore | plugspec above bare | stevedore above bare "
        "| stevedore / plugspec (above bare) |"
    )
    out("|---|---|---|---|---|---|")
    for n, r in results.items():
        bare = r["bare"]
        p, s = r["plugspec driver"], r["stevedore driver"]
        ratio = _ratio(s - bare, p - bare)
        out(f"| {n} | {p:.1f} | {s:.1f} | {p - bare:.1f} | {s - bare:.1f} | {ratio} |")
    out("")
    out("### Every plugin of the group (N/2: load, verify, instantiate), caches warm")
    out("")
    out(
        "| N | plugins | plugspec | stevedore | plugspec / stevedore "
        "| plugspec / stevedore (above bare) |"
    )
    out("|---|---|---|---|---|---|")
    for n, r in results.items():
        bare = r["bare"]
        p, s = r["plugspec all plugins"], r["stevedore all plugins"]
        ratios = f"{_ratio(p, s)} | {_ratio(p - bare, s - bare)}"
        out(f"| {n} | {(n + 1) // 2} | {p:.1f} | {s:.1f} | {ratios} |")
    out("")
    out("### Import time (`-X importtime`, cumulative, ms)")
    out("")
    out("| N | import plugspec | import stevedore | stevedore / plugspec |")
    out("|---|---|---|---|")
    for n, r in results.items():
        p, s = r["import plugspec (-X importtime)"], r["import stevedore (-X importtime)"]
        out(f"| {n} | {p:.1f} | {s:.1f} | {_ratio(s, p)} |")
    out("")
    out("### Import and reach a manager class, whole process (ms above bare)")
    out("")
    out("| N | plugspec | stevedore | stevedore / plugspec |")
    out("|---|---|---|---|")
    for n, r in results.items():
        bare = r["bare"]
        p = r["plugspec import + manager class"] - bare
        s = r["stevedore import + manager class"] - bare
        out(f"| {n} | {p:.1f} | {s:.1f} | {_ratio(s, p)} |")
    out("")
    count, heavy = modules
    out(
        f"`import plugspec` loads {count} modules beyond a bare interpreter; of the "
        f"commonly heavy ones: {', '.join(f'`{m}`' for m in heavy) or 'none'}."
    )
    return "\n".join(lines)


def write_doc(text: str) -> None:
    block = f"{START}\n{text}\n{END}"
    current = DOC.read_text() if DOC.exists() else "# Performance\n\n"
    if START in current and END in current:
        head, _, rest = current.partition(START)
        _, _, tail = rest.partition(END)
        DOC.write_text(head + block + tail)
    else:
        DOC.write_text(current.rstrip() + "\n\n## Results\n\n" + block + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="50,500,2000", help="comma-separated N")
    parser.add_argument("--repeat", type=int, default=11, help="rounds (median)")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/performance.md")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in re.split(r"[, ]+", args.sizes.strip()) if size]
    ensure_venv()
    results = bench(sizes, args.repeat)
    modules = startup_modules(environment(WORK / "sites" / f"n{sizes[0]}"))
    text = report(results, modules, args.repeat)
    print(text)
    if not args.no_docs:
        write_doc(text)
        print(f"\nwritten to {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
