"""Speed of ``plugspec.check``, side by side with typeguard and ``isinstance``.

Two figures, for a protocol of 10 annotated methods:

1. first check of a fresh class (a class never seen before) against the
   protocol, compared with ``typeguard.check_type`` on the same pair;
2. repeat check of an instance of a class already seen, compared with
   ``isinstance`` against a ``runtime_checkable`` version of the protocol.

Run from the repository root::

    python benchmarks/bench_check.py

typeguard is not a dependency of plugspec: when it is not importable, the
script installs it into its own virtual environment under
``benchmarks/.envs/`` and runs itself there (``--no-install`` skips that and
leaves the typeguard column out instead).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import textwrap
import timeit
import venv
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

ROOT = Path(__file__).resolve().parent.parent
ENV_DIR = ROOT / "benchmarks" / ".envs" / "typeguard"

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


def best_of(repeat: int, measure: Any) -> float:
    return min(measure() for _ in range(repeat))


def ensure_typeguard(allow_install: bool) -> bool:
    """True when typeguard is importable here; else maybe re-run inside its own venv."""
    if importlib.util.find_spec("typeguard") is not None:
        return True
    if not allow_install or os.environ.get("PLUGSPEC_BENCH_CHILD"):
        return False
    python = ENV_DIR / ("Scripts" if os.name == "nt" else "bin") / "python"
    if not python.exists():
        print(f"installing typeguard into {ENV_DIR.relative_to(ROOT)} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(ENV_DIR)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "typeguard", "-e", str(ROOT)],
            check=True,
        )
    env = {**os.environ, "PLUGSPEC_BENCH_CHILD": "1"}
    done = subprocess.run([str(python), __file__, *sys.argv[1:]], env=env, check=False)
    raise SystemExit(done.returncode)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-install", action="store_true", help="never install typeguard")
    parser.add_argument("--fresh", type=int, default=300, help="fresh classes per round")
    parser.add_argument("--repeat", type=int, default=5, help="rounds (the best one counts)")
    args = parser.parse_args()
    have_typeguard = ensure_typeguard(not args.no_install)

    import plugspec

    print(f"Python {sys.version.split()[0]}, protocol of {METHODS} annotated methods")

    # 1. First check of a fresh class.
    def plugspec_fresh() -> float:
        instances = [cls() for cls in fresh_classes(args.fresh)]
        return per_call(lambda obj: plugspec.check(obj, Formatter), instances)

    fresh_plugspec = best_of(args.repeat, plugspec_fresh)
    assert plugspec.check(fresh_classes(1)[0](), Formatter).ok
    print(f"first check, fresh class:  plugspec.check     {fresh_plugspec * 1e6:9.1f} us")
    if have_typeguard:
        import typeguard

        def typeguard_fresh() -> float:
            instances = [cls() for cls in fresh_classes(args.fresh)]
            return per_call(lambda obj: typeguard.check_type(obj, Formatter), instances)

        fresh_typeguard = best_of(args.repeat, typeguard_fresh)
        print(f"                           typeguard.check_type {fresh_typeguard * 1e6:7.1f} us")
        ratio = fresh_typeguard / fresh_plugspec
        print(f"{'':27}-> plugspec is {ratio:.1f}x faster")
    else:
        print("                           typeguard not available (skipped)")

    def plugspec_fresh_other() -> float:
        instances = [cls() for cls in fresh_classes(args.fresh, _OTHER_IMPLEMENTATION)]
        return per_call(lambda obj: plugspec.check(obj, Formatter), instances)

    fresh_other = best_of(args.repeat, plugspec_fresh_other)
    assert plugspec.check(fresh_classes(1, _OTHER_IMPLEMENTATION)[0](), Formatter).ok
    label = "  (written differently:"
    print(f"{label:27}plugspec.check     {fresh_other * 1e6:9.1f} us, full comparison)")

    # 2. Repeat check of an instance of a class already seen.
    obj = fresh_classes(1)[0]()
    assert plugspec.check(obj, Formatter).ok
    assert isinstance(obj, RuntimeFormatter)
    number = 200_000
    warm_plugspec = (
        min(
            timeit.repeat(lambda: plugspec.check(obj, Formatter), number=number, repeat=args.repeat)
        )
        / number
    )
    warm_isinstance = (
        min(
            timeit.repeat(
                lambda: isinstance(obj, RuntimeFormatter), number=number, repeat=args.repeat
            )
        )
        / number
    )
    print(f"repeat check, seen class:  plugspec.check     {warm_plugspec * 1e9:9.0f} ns")
    print(f"                           isinstance         {warm_isinstance * 1e9:9.0f} ns")
    print(
        f"                           -> plugspec is {warm_isinstance / warm_plugspec:.1f}x faster"
    )


if __name__ == "__main__":
    main()
