"""Speed of a typed hook call, side by side with a list comprehension and pluggy.

One hook implemented by ``--plugins`` plugins (10 by default), each a
different class whose method returns its argument. Three ways to call it
all, measured in the same process, interleaved (each repeat measures all
three in turn, so that a load spike hits them alike), CPU time per call
(``time.process_time``), medians reported:

- ``comprehension``: ``[m(value) for m in bound]`` over the plugins' bound
  methods, the floor any dispatcher is measured against;
- ``plugspec``: ``hooks.map_method(Hook.on_event, value)`` on a
  :class:`plugspec.HookManager` (typed: the checker knows the argument and
  the ``list[int]`` result);
- ``pluggy``: ``pm.hook.on_event(value=value)`` with the 10 plugins registered;
- ``plugspec wrapped``: the same call on a manager with one pass-through
  wrapper (``@hooks.wrap(Hook.on_event)``);
- ``pluggy wrapped``: the same call with one more ``wrapper=True``
  implementation, a pass-through;
- ``plugspec monitor cleared``: the plain call on a manager whose monitor was
  set and then cleared (``set_monitor(None)``): monitoring off, against
  ``plugspec``, a manager that never had one.

Targets: plugspec / comprehension <= 1.5, pluggy / plugspec >= 4, pluggy
wrapped / plugspec wrapped >= 3, and monitor cleared / plugspec ~ 1.

Run from the repository root::

    python benchmarks/bench_hooks.py                 # this interpreter
    python benchmarks/bench_hooks.py --all           # every .venv* of the project

pluggy is not a dependency of plugspec, and the one the interpreter may
already have (pytest brings one) is not used: pluggy is pip-installed from
PyPI into the benchmark's own ``benchmarks/.envs/pluggy-<python version>/``
(a ``--target`` directory put first on ``PYTHONPATH``) and the script runs
itself again; ``--no-install`` never installs it, and without it leaves the
pluggy column out. Results go to ``docs/comparison.md`` (between the
``hooks-results`` markers; with ``--all``, one row per interpreter) unless
``--no-docs``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any, Protocol

ROOT = Path(__file__).resolve().parent.parent
ENVS = ROOT / "benchmarks" / ".envs"
DOC = ROOT / "docs" / "comparison.md"
BLOCK = "hooks-results"

sys.path.insert(0, str(ROOT / "benchmarks"))
from _docblock import write_block  # noqa: E402


class Hook(Protocol):
    def on_event(self, value: int) -> int: ...


def plugin_classes(count: int) -> list[type]:
    """``count`` distinct classes implementing ``Hook`` (distinct, as real plugins are)."""

    def on_event(self: object, value: int) -> int:
        return value

    return [type(f"Plugin{i}", (), {"on_event": on_event}) for i in range(count)]


def per_call(call: Callable[[], object], number: int) -> float:
    """CPU seconds per call, over ``number`` calls.

    Process CPU time rather than wall time: on a loaded machine, time spent
    waiting for a core is not the code's, and would swamp sub-microsecond
    differences.
    """
    return timeit.Timer(call, timer=time.process_time).timeit(number) / number


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not on this platform
        return "n/a"


def pluggy_target() -> Path:
    return ENVS / f"pluggy-{sys.version_info[0]}.{sys.version_info[1]}"


def ensure_pluggy(allow_install: bool) -> bool:
    """True when pluggy is importable from the benchmark's own directory; else
    maybe install it there and run again with it first on the path."""
    target = pluggy_target()
    if os.environ.get("PLUGSPEC_BENCH_CHILD"):
        spec = importlib.util.find_spec("pluggy")
        return spec is not None and str(spec.origin).startswith(str(target))
    if not target.exists():
        if not allow_install:
            return False
        print(f"installing pluggy into {target.relative_to(ROOT)} ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target), "pluggy"],
            check=True,
        )
    path = os.pathsep.join(filter(None, [str(target), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PLUGSPEC_BENCH_CHILD": "1", "PYTHONPATH": path}
    done = subprocess.run([sys.executable, __file__, *sys.argv[1:]], env=env, check=False)
    raise SystemExit(done.returncode)


def run_all(argv: list[str], write_docs: bool) -> None:
    """Run this script under every project venv's interpreter, one after another."""
    forwarded = [arg for arg in argv if arg not in ("--all", "--no-docs")]
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        for venv in sorted(ROOT.glob(".venv*")):
            python = venv / "bin" / "python"
            if not python.exists():
                continue
            out = Path(scratch) / f"{venv.name}.json"
            command = [str(python), __file__, *forwarded, "--no-docs", "--json", str(out)]
            subprocess.run(command, check=False)
            if out.exists():
                rows.append(json.loads(out.read_text()))
    if write_docs and rows:
        rows.sort(key=lambda row: row["version"])
        write_block(DOC, BLOCK, report(rows))
        print(f"\nwritten to {DOC.relative_to(ROOT)}")


def report(rows: list[dict[str, Any]]) -> str:
    """One row per interpreter, method first."""
    first = rows[0]
    pluggy = sorted({row["pluggy"] for row in rows if row["pluggy"]})
    peer = f", pluggy {', '.join(pluggy)} from PyPI" if pluggy else " (pluggy not measured)"
    lines = [
        f"Measured by `python {Path(__file__).resolve().relative_to(ROOT).as_posix()}"
        f"{' --all' if len(rows) > 1 else ''}` on {platform.system()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs{peer}: one hook, {first['plugins']} plugins (each a "
        "different class), CPU time per call (`time.process_time`), median of "
        f"{first['repeat']} interleaved rounds of {first['number']} calls each.",
        "",
        "| Python | list comprehension | plugspec `map_method` | pluggy `pm.hook` "
        "| plugspec / comprehension | pluggy / plugspec | load average |",
        "|---|---|---|---|---|---|---|",
    ]
    wrapped_lines = [
        "",
        "The same call with one pass-through wrapper (plugspec `@hooks.wrap`, pluggy "
        "`wrapper=True`), and on a manager whose monitor was set and cleared "
        "(`set_monitor(None)`) against one that never had a monitor:",
        "",
        "| Python | plugspec wrapped | pluggy wrapped | pluggy / plugspec, wrapped "
        "| monitor cleared | monitor cleared / never set |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        median = row["median"]
        comprehension, typed = median["comprehension"], median["plugspec"]
        if "pluggy" in median:
            untyped = f"{median['pluggy'] * 1e9:.0f} ns"
            speedup = f"{median['pluggy'] / typed:.1f}x"
        else:
            untyped = speedup = "not measured"
        lines.append(
            f"| {row['python']} | {comprehension * 1e9:.0f} ns | {typed * 1e9:.0f} ns "
            f"| {untyped} | {typed / comprehension:.2f}x | {speedup} | {row['load']} |"
        )
        wrapped, cleared = median["plugspec wrapped"], median["plugspec monitor cleared"]
        if "pluggy wrapped" in median:
            pluggy_wrapped = f"{median['pluggy wrapped'] * 1e9:.0f} ns"
            wrapped_speedup = f"{median['pluggy wrapped'] / wrapped:.1f}x"
        else:
            pluggy_wrapped = wrapped_speedup = "not measured"
        wrapped_lines.append(
            f"| {row['python']} | {wrapped * 1e9:.0f} ns | {pluggy_wrapped} "
            f"| {wrapped_speedup} | {cleared * 1e9:.0f} ns | {cleared / typed:.2f}x |"
        )
    return "\n".join(lines + wrapped_lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--plugins", type=int, default=10, help="implementations of the hook")
    parser.add_argument("--number", type=int, default=20_000, help="calls per measurement")
    parser.add_argument("--repeat", type=int, default=15, help="interleaved repeats (median)")
    parser.add_argument("--no-install", action="store_true", help="never install pluggy")
    parser.add_argument("--all", action="store_true", help="run under every .venv* here")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/comparison.md")
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.all:
        run_all(sys.argv[1:], not args.no_docs)
        return
    have_pluggy = ensure_pluggy(not args.no_install)

    import plugspec

    objs = [cls() for cls in plugin_classes(args.plugins)]
    namespace = plugspec.Namespace("bench.hooks", Hook)
    extensions = [
        plugspec.Extension(
            "on_event",
            namespace.group,
            plugspec.EntryPoint("on_event", f"bench_{i}:Plugin{i}", namespace.group, f"bench-{i}"),
            obj,
            obj,
        )
        for i, obj in enumerate(objs)
    ]
    hooks = plugspec.HookManager.make_test_instance(namespace, extensions)
    wrapped = plugspec.HookManager.make_test_instance(namespace, extensions)

    @wrapped.wrap(Hook.on_event)
    def pass_through(value: int) -> Generator[None, list[int], list[int]]:
        return (yield)

    unmonitored = plugspec.HookManager.make_test_instance(namespace, extensions)
    unmonitored.set_monitor(print)
    unmonitored.set_monitor(None)
    bound = [obj.on_event for obj in objs]
    value = 7
    expected = [value] * args.plugins

    def comprehension() -> list[int]:
        return [m(value) for m in bound]

    def typed() -> list[int]:
        return hooks.map_method(Hook.on_event, value)

    def typed_wrapped() -> list[int]:
        return wrapped.map_method(Hook.on_event, value)

    def monitor_cleared() -> list[int]:
        return unmonitored.map_method(Hook.on_event, value)

    contenders: dict[str, Callable[[], object]] = {
        "comprehension": comprehension,
        "plugspec": typed,
        "plugspec wrapped": typed_wrapped,
        "plugspec monitor cleared": monitor_cleared,
    }
    pluggy_version = ""
    if have_pluggy:
        import pluggy

        spec = pluggy.HookspecMarker("bench")
        impl = pluggy.HookimplMarker("bench")

        class Spec:
            @spec
            def on_event(self, value: int) -> int:  # type: ignore[empty-body]
                ...

        pm = pluggy.PluginManager("bench")
        pm.add_hookspecs(Spec)
        for cls in plugin_classes(args.plugins):
            cls.on_event = impl(cls.on_event)  # type: ignore[attr-defined]
            pm.register(cls())
        pluggy_hook: Any = pm.hook.on_event

        def untyped() -> object:
            return pluggy_hook(value=value)

        class PassThrough:
            @impl(wrapper=True)
            def on_event(self, value: int) -> Generator[None, list[int], list[int]]:
                return (yield)

        pm_wrapped = pluggy.PluginManager("bench")
        pm_wrapped.add_hookspecs(Spec)
        for cls in plugin_classes(args.plugins):
            cls.on_event = impl(cls.on_event)  # type: ignore[attr-defined]
            pm_wrapped.register(cls())
        pm_wrapped.register(PassThrough())
        pluggy_wrapped_hook: Any = pm_wrapped.hook.on_event

        def untyped_wrapped() -> object:
            return pluggy_wrapped_hook(value=value)

        contenders["pluggy"] = untyped
        contenders["pluggy wrapped"] = untyped_wrapped
        pluggy_version = pluggy.__version__
        assert untyped() == expected
        assert untyped_wrapped() == expected
    assert comprehension() == expected
    assert typed() == expected
    assert typed_wrapped() == expected
    assert monitor_cleared() == expected

    times: dict[str, list[float]] = {name: [] for name in contenders}
    for call in contenders.values():  # warm up (and let 3.11+ specialise)
        per_call(call, args.number // 4)
    for _ in range(args.repeat):
        for name, call in contenders.items():
            times[name].append(per_call(call, args.number))
    median = {name: statistics.median(found) for name, found in times.items()}

    print(
        f"Python {sys.version.split()[0]}: one hook, {args.plugins} plugins, "
        f"median of {args.repeat} x {args.number} calls; load average {load_average()}"
    )
    versions = {"pluggy": f" (pluggy {pluggy_version})"} if have_pluggy else {}
    for name, seconds in median.items():
        print(f"  {name:<26}{seconds * 1e9:9.0f} ns/call{versions.get(name, '')}")
    ratio = median["plugspec"] / median["comprehension"]
    print(f"  plugspec / comprehension = {ratio:.2f}  (target <= 1.5)")
    if "pluggy" in median:
        speedup = median["pluggy"] / median["plugspec"]
        print(f"  pluggy / plugspec        = {speedup:.2f}  (target >= 4)")
        speedup = median["pluggy wrapped"] / median["plugspec wrapped"]
        print(f"  pluggy wrapped / plugspec wrapped = {speedup:.2f}  (target >= 3)")
    cleared = median["plugspec monitor cleared"] / median["plugspec"]
    print(f"  monitor cleared / plugspec = {cleared:.2f}  (target ~ 1)")
    row = {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "version": list(sys.version_info[:3]),
        "plugins": args.plugins,
        "number": args.number,
        "repeat": args.repeat,
        "pluggy": pluggy_version,
        "load": load_average(),
        "median": median,
    }
    if args.json:
        args.json.write_text(json.dumps(row))
    if not args.no_docs:
        write_block(DOC, BLOCK, report([row]))
        print(f"\nwritten to {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
