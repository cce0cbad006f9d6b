"""Time of ``plugspec check --static`` on the example application's namespaces.

Cold (mypy's cache emptied before each run) and warm (cache kept), whole
process wall time, median of several interleaved runs. The example
distributions must be installed (``make venv`` does it). Run from the
repository root::

    .venv/bin/python benchmarks/bench_static.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NAMESPACES = ("reportapp.formatters", "reportapp.hooks", "reportapp.checks")


def run_once(cache: Path) -> float:
    """Seconds for one ``check --static`` process (exit 1: the broken examples)."""
    command = [sys.executable, "-m", "plugspec", "check", "--static", "--cache-dir", str(cache)]
    start = time.perf_counter()
    done = subprocess.run([*command, *NAMESPACES], capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"plugspec check --static failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cold: list[float] = []
    warm: list[float] = []
    with tempfile.TemporaryDirectory() as root:
        cache = Path(root, "mypy")
        for _ in range(args.repeat):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(run_once(cache))
            warm.append(run_once(cache))  # the cold run just filled the cache
    print(f"Python {sys.version.split()[0]}: check --static on {', '.join(NAMESPACES)}")
    print(f"  cold (empty mypy cache): median {statistics.median(cold):.2f} s")
    print(f"  warm (mypy cache kept):  median {statistics.median(warm):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
