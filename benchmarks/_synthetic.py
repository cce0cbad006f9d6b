"""Synthetic site-packages directories for the discovery benchmarks.

The same layout as ``../shared/bench/make_env.py`` (copied so that the
benchmarks run from a bare clone): for ``i`` in ``range(n)``, a
distribution ``benchpkg_<i>`` with ``METADATA``, ``RECORD`` and an
``entry_points.txt`` registering ``p<i> = benchpkg_<i>:Plugin``, in the group
``bench.plugins`` for even ``i`` and ``bench.other<i % 10>`` for odd ``i``, and
the module ``benchpkg_<i>.py`` with a class ``Plugin`` having one method
``run(self, value: int) -> int``. So ``ceil(n / 2)`` plugins are in
``bench.plugins``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

__all__ = ["GROUP", "make_env"]

GROUP = "bench.plugins"

MODULE_TEMPLATE = '''\
"""Synthetic plugin module number {i}."""


class Plugin:
    """Synthetic plugin {i}."""

    def run(self, value: int) -> int:
        return value + {i}
'''


def _dist_name(i: int) -> str:
    return f"benchpkg_{i:05d}"


def _write_dist(root: Path, i: int, group: str) -> None:
    name = _dist_name(i)
    info = root / f"{name}-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    ep_group = group if i % 2 == 0 else f"bench.other{i % 10}"
    files = {
        "METADATA": (
            f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n"
            f"Summary: synthetic distribution {i}\n"
        ),
        "entry_points.txt": f"[{ep_group}]\np{i:05d} = {name}:Plugin\n",
    }
    for file_name, text in files.items():
        (info / file_name).write_text(text)
    (root / f"{name}.py").write_text(MODULE_TEMPLATE.format(i=i))
    record = [f"{name}.py,,"] + [f"{name}-1.0.dist-info/{f},," for f in (*files, "RECORD")]
    (info / "RECORD").write_text("\n".join(record) + "\n")


def make_env(n: int, directory: Path, group: str = GROUP) -> Path:
    """(Re)create ``directory`` with ``n`` synthetic distributions."""
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    for i in range(n):
        _write_dist(directory, i, group)
    os.sync()
    return directory
