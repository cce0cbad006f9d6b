"""Speed of ``plugspec.check``, side by side with typeguard and ``isinstance``.

Two figures, for a protocol of 10 annotated methods:

1. first check of a fresh class (a class never seen before) against the
   protocol, compared with ``typeguard.check_type`` on the same pair;
2. repeat check of an instance of a class already seen, compared with
   ``isinstance`` against a ``runtime_checkable`` version of the protocol.

Run from the repository root::

    python benchmarks/bench_check.py
    python benchmarks/bench_check.py --repeat 3 --no-docs

The measurements run in the benchmark's own virtual environment,
``benchmarks/.envs/typeguard`` (plugspec from this checkout, typeguard from
PyPI, never the project's test dependencies): the script creates it on first
use and runs itself there. ``--no-install`` never creates it: without it the
typeguard column is left out. The contenders are measured in turn within each
round, ``--repeat`` rounds, medians reported (wall time per check). Results
go to ``docs/comparison.md`` (between the ``check-results`` markers) unless
``--no-docs``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import statistics
import subprocess
import sys
import textwrap
import timeit
import venv
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

ROOT = Path(__file__).resolve().parent.parent
ENV_DIR = ROOT / "benchmarks" / ".envs" / "typeguard"
DOC = ROOT / "docs" / "comparison.md"
BLOCK = "check-results"

sys.path.insert(0, str(ROOT / "benchmarks"))
from _docblock import write_block  # noqa: E402

METHODS = 10


def _method_source(index: int, indent: str = "    ") -> str:
    return (
        f"{indent}def method{index}(self, rows: list[dict[str, object]], *, "
        f"title: str = '') -> str: ..."
    )


def _protocol_source(name: str, decorator: str = "") -> str:
    body = "\n".join(_method_source(i) for i in range(METHODS))
    return f"{decorator}class {name}(Protocol):\n{body}\n"


_namespace: dict[str, Any] = {"Protocol": Protocol, "runtime_checkable": runtime_checkable}
exec(_protocol_source("Formatter"), _namespace)
exec(_protocol_source("RuntimeFormatter", "@runtime_checkable\n"), _namespace)
Formatter: Any = _namespace["Formatter"]
RuntimeFormatter: Any = _namespace["RuntimeFormatter"]

_IMPLEMENTATION = textwrap.dedent(
    """
    class Implementation:
    {methods}
    """
).format(
    methods="\n".join(
        f"    def method{i}(self, rows: list[dict[str, object]], *, title: str = '') -> str:\n"
        f"        return ''"
        for i in range(METHODS)
    )
)


# The same methods written differently (an extra ``**options``): no shortcut applies,
# every annotation is evaluated and compared.
_OTHER_IMPLEMENTATION = _IMPLEMENTATION.replace(
    "title: str = '')", "title: str = '', **options: object)"
)


def fresh_classes(count: int, source: str = _IMPLEMENTATION) -> list[type]:
    """``count`` distinct classes (and functions) that implement the protocol."""
    classes: list[type] = []
    for _ in range(count):
        namespace: dict[str, Any] = {}
        exec(source, namespace)
        classes.append(namespace["Implementation"])
    return classes


def per_call(function: Any, items: list[Any]) -> float:
    """Seconds per call of ``function`` over ``items`` (each item used once)."""
    start = timeit.default_timer()
    for item in items:
        function(item)
    return (timeit.default_timer() - start) / len(items)


def env_python() -> Path:
    return ENV_DIR / ("Scripts" if os.name == "nt" else "bin") / "python"


def ensure_typeguard(allow_install: bool) -> bool:
    """True when running in the benchmark's environment with typeguard; else run there.

    Outside that environment (and with ``--no-install`` and no environment
    yet) the typeguard column is left out, whatever this interpreter has.
    """
    if Path(sys.prefix).resolve() == ENV_DIR.resolve():
        return importlib.util.find_spec("typeguard") is not None
    if os.environ.get("PLUGSPEC_BENCH_CHILD"):
        return False
    if not env_python().exists():
        if not allow_install:
            return False
        print(f"installing typeguard into {ENV_DIR.relative_to(ROOT)} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(ENV_DIR)
        subprocess.run(
            [str(env_python()), "-m", "pip", "install", "--quiet", "typeguard", "-e", str(ROOT)],
            check=True,
        )
    env = {**os.environ, "PLUGSPEC_BENCH_CHILD": "1"}
    done = subprocess.run([str(env_python()), __file__, *sys.argv[1:]], env=env, check=False)
    raise SystemExit(done.returncode)


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on this platform
        return "n/a"


def report(median: dict[str, float], args: argparse.Namespace, typeguard_version: str) -> str:
    """The figures as Markdown, method first."""
    peer = f", typeguard {typeguard_version} from PyPI" if typeguard_version else ""
    lines = [
        f"Measured by `python {Path(__file__).resolve().relative_to(ROOT).as_posix()}` on "
        f"{platform.python_implementation()} {platform.python_version()}{peer}, "
        f"{os.cpu_count()} CPUs (load average {load_average()}): a protocol of {METHODS} "
        f"annotated methods; median of {args.repeat} interleaved rounds, each timing "
        f"{args.fresh} first checks (a new class each) and {args.number} repeat checks "
        "per contender; wall time per check.",
        "",
        "| check | plugspec | other | other / plugspec |",
        "|---|---|---|---|",
    ]
    first = median["plugspec first"]
    if "typeguard first" in median:
        other = median["typeguard first"]
        cells = f"`typeguard.check_type`: {other * 1e6:.1f} µs | {other / first:.1f}x"
    else:
        cells = "typeguard not measured | "
    lines.append(f"| first check of a new class | {first * 1e6:.1f} µs | {cells} |")
    differently = median["plugspec first, written differently"]
    lines.append(
        "| first check, methods written differently (`**options` added: "
        f"every annotation compared) | {differently * 1e6:.1f} µs | | |"
    )
    warm, isinst = median["plugspec repeat"], median["isinstance repeat"]
    lines.append(
        f"| repeat check of an instance of a class already checked | {warm * 1e9:.0f} ns "
        f"| `isinstance` (`runtime_checkable`): {isinst * 1e9:.0f} ns | {isinst / warm:.1f}x |"
    )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--no-install", action="store_true", help="never install typeguard")
    parser.add_argument("--fresh", type=int, default=300, help="fresh classes per round")
    parser.add_argument("--repeat", type=int, default=7, help="interleaved rounds (median)")
    parser.add_argument("--number", type=int, default=200_000, help="repeat checks per round")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/comparison.md")
    args = parser.parse_args()
    have_typeguard = ensure_typeguard(not args.no_install)

    import plugspec

    contenders: dict[str, Callable[[], float]] = {}

    # 1. First check of a fresh class: new classes every round, made before timing.
    def first_check(source: str, check: Callable[[object], object]) -> Callable[[], float]:
        def measure() -> float:
            instances = [cls() for cls in fresh_classes(args.fresh, source)]
            return per_call(check, instances)

        return measure

    assert plugspec.check(fresh_classes(1)[0](), Formatter).ok
    assert plugspec.check(fresh_classes(1, _OTHER_IMPLEMENTATION)[0](), Formatter).ok
    contenders["plugspec first"] = first_check(
        _IMPLEMENTATION, lambda obj: plugspec.check(obj, Formatter)
    )
    typeguard_version = ""
    if have_typeguard:
        from importlib.metadata import version

        import typeguard

        typeguard.check_type(fresh_classes(1)[0](), Formatter)
        contenders["typeguard first"] = first_check(
            _IMPLEMENTATION, lambda obj: typeguard.check_type(obj, Formatter)
        )
        typeguard_version = version("typeguard")
    contenders["plugspec first, written differently"] = first_check(
        _OTHER_IMPLEMENTATION, lambda obj: plugspec.check(obj, Formatter)
    )

    # 2. Repeat check of an instance of a class already seen.
    obj = fresh_classes(1)[0]()
    assert plugspec.check(obj, Formatter).ok
    assert isinstance(obj, RuntimeFormatter)
    contenders["plugspec repeat"] = lambda: (
        timeit.timeit(lambda: plugspec.check(obj, Formatter), number=args.number) / args.number
    )
    contenders["isinstance repeat"] = lambda: (
        timeit.timeit(lambda: isinstance(obj, RuntimeFormatter), number=args.number) / args.number
    )

    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.repeat):
        for name, measure in contenders.items():
            times[name].append(measure())
    median = {name: statistics.median(found) for name, found in times.items()}

    print(f"Python {sys.version.split()[0]}, protocol of {METHODS} annotated methods")
    print(f"first check, fresh class:  plugspec.check     {median['plugspec first'] * 1e6:9.1f} us")
    if "typeguard first" in median:
        fresh_typeguard = median["typeguard first"]
        print(f"                           typeguard.check_type {fresh_typeguard * 1e6:7.1f} us")
        ratio = fresh_typeguard / median["plugspec first"]
        print(f"{'':27}-> typeguard / plugspec = {ratio:.2f}")
    else:
        print("                           typeguard not available (skipped)")
    fresh_other = median["plugspec first, written differently"]
    label = "  (written differently:"
    print(f"{label:27}plugspec.check     {fresh_other * 1e6:9.1f} us, full comparison)")
    warm_plugspec, warm_isinstance = median["plugspec repeat"], median["isinstance repeat"]
    print(f"repeat check, seen class:  plugspec.check     {warm_plugspec * 1e9:9.0f} ns")
    print(f"                           isinstance         {warm_isinstance * 1e9:9.0f} ns")
    ratio = warm_isinstance / warm_plugspec
    print(f"{'':27}-> isinstance / plugspec = {ratio:.2f}")
    if not args.no_docs:
        text = report(median, args, typeguard_version)
        write_block(DOC, BLOCK, text)
        print(f"\nwritten to {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
