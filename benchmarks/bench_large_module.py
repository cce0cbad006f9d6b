"""The first check of a plugin class in a large module, against one in a small module.

A class whose protocol member is an instance attribute assigned in a method
(``self.name = ...``) is checked by reading the class's source. Reading it
must cost in proportion to the class, not to its module: the first check of
such a class in a generated module of ``--lines`` lines (24,000 by default,
the plugin class last) is measured against the same class alone in a small
module, interleaved, each round with freshly written and imported modules
(so nothing is cached from the round before), CPU time
(``time.process_time``), medians reported.

Target: large / small <= 2.

Run from the repository root::

    python benchmarks/bench_large_module.py
    python benchmarks/bench_large_module.py --lines 24000 --repeat 15
"""

from __future__ import annotations

import argparse
import gc
import importlib
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Protocol

import plugspec


class Named(Protocol):
    name: str

    def run(self) -> int: ...


PLUGIN = """
class Plugin:
    def __init__(self) -> None:
        self.name = "plugin"
        self.count: int = 0

    def run(self) -> int:
        return self.count
"""

FILLER = '''
class Filler{i}:
    """Filler class {i}."""

    def __init__(self, value: int) -> None:
        self.value = value
        self.label: str = "filler"
        self.items: list[int] = []

    def first(self) -> int:
        total = 0
        for item in self.items:
            total += item
        return total + self.value

    def second(self, other: int) -> str:
        if other > self.value:
            return self.label
        return self.label * 2

    def third(self) -> None:
        self.items.append(self.value)
        self.items.sort()
'''


def module_text(lines: int) -> str:
    """A module of about ``lines`` lines: filler classes, then the plugin class."""
    per_class = FILLER.count("\n")
    parts = [FILLER.format(i=i) for i in range(max(0, lines // per_class))]
    parts.append(PLUGIN)
    return "".join(parts)


def first_check(directory: Path, name: str, text: str) -> float:
    """Seconds for the first check of ``Plugin`` in a new module ``name`` holding ``text``."""
    (directory / f"{name}.py").write_text(text, encoding="utf-8")
    importlib.invalidate_caches()
    module = importlib.import_module(name)
    plugin = module.Plugin
    gc.collect()  # the garbage of writing and importing the module is not the check's
    start = time.process_time()
    report = plugspec.check(plugin, type[Named])
    elapsed = time.process_time() - start
    if not report.ok:
        raise SystemExit(f"unexpected verdict for {name}: {report}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lines", type=int, default=24_000, help="lines of the large module")
    parser.add_argument("--repeat", type=int, default=11, help="interleaved rounds")
    args = parser.parse_args()
    large_text = module_text(args.lines)
    small_text = module_text(0)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        sys.path.insert(0, tmp)
        first_check(directory, "bench_warm_up", small_text)  # the engine imported
        large: list[float] = []
        small: list[float] = []
        for round_ in range(args.repeat):
            large.append(first_check(directory, f"bench_large_{round_}", large_text))
            small.append(first_check(directory, f"bench_small_{round_}", small_text))
        sys.path.remove(tmp)
    large_ms = statistics.median(large) * 1000
    small_ms = statistics.median(small) * 1000
    print(
        f"Python {platform.python_version()}, {large_text.count(chr(10))}-line module vs "
        f"{small_text.count(chr(10))} lines, median of {args.repeat} rounds"
    )
    print(f"first check, large module: {large_ms:8.2f} ms")
    print(f"first check, small module: {small_ms:8.2f} ms")
    print(f"large / small:             {large_ms / small_ms:8.2f}  (target <= 2)")


if __name__ == "__main__":
    main()
