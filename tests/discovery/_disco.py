"""Helpers for the discovery tests: real distributions on disk, and a real
Python subprocess that runs plugspec's discovery against them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

GROUP = "ptst.plugins"

# Runs in a fresh interpreter: prints what discovery found, whether the
# persistent index answered, and whether importlib's metadata modules got imported.
_PROBE = """
import json, sys
heavy = ("importlib.metadata", "importlib_metadata", "typing", "dataclasses", "inspect")
before = {name for name in heavy if name in sys.modules}
from plugspec import _discovery
found = {
    group: [[ep.name, ep.value, ep.dist_name, ep.dist_version]
            for ep in _discovery.entry_points(group)]
    for group in sys.argv[1:]
}
print(json.dumps({
    "eps": found,
    "from_index": _discovery._snapshot.index is not None,
    "imported": sorted(name for name in heavy if name in sys.modules and name not in before),
}))
"""


# The same answer from importlib itself (importlib_metadata before 3.12).
_REFERENCE = """
import json, sys
if sys.version_info >= (3, 12):
    from importlib import metadata
else:
    import importlib_metadata as metadata
def describe(ep):
    try:
        return [ep.name, ep.value, ep.dist.name, ep.dist.version]
    except Exception:
        return [ep.name, ep.value, None, None]
found = {g: [describe(ep) for ep in metadata.entry_points(group=g)] for g in sys.argv[1:]}
print(json.dumps(found))
"""


def write_dist(
    site: Path,
    name: str,
    version: str = "1.0",
    *,
    entry_points: str | None = None,
    metadata: str | None = "",
    stem: str | None = None,
) -> Path:
    """A ``.dist-info`` directory; ``metadata=""`` writes the usual headers,
    ``None`` writes no ``METADATA`` at all."""
    info = site / (stem or f"{name}-{version}.dist-info")
    info.mkdir(parents=True)
    if metadata == "":
        metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nA body.\n"
    if metadata is not None:
        (info / "METADATA").write_text(metadata)
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points)
    return info


def outside() -> tuple[tuple[str, ...], ...]:
    """Listings of this interpreter's own ``sys.path`` directories: other
    work on the machine (a ``pip install``, a coverage run's ``.pth`` file)
    can change them, and then every index rightly goes stale."""
    listings: list[tuple[str, ...]] = []
    for entry in sys.path:
        if entry and os.path.isdir(entry) and "tests" not in Path(entry).parts:
            listings.append(tuple(sorted(os.listdir(entry))))
    return tuple(listings)


def run_probe(
    sites: Sequence[Path],
    cache: Path | None,
    *,
    cwd: Path,
    groups: Sequence[str] = (GROUP,),
    env: Mapping[str, str] | None = None,
    user: int | None = None,
    reference: bool = False,
) -> dict[str, Any]:
    """Run discovery in a new interpreter with ``sites`` on ``sys.path``
    (or, with ``reference``, ``importlib.metadata.entry_points``)."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("PLUGSPEC_")}
    full["PYTHONPATH"] = os.pathsep.join(str(site) for site in sites)
    if cache is not None:
        full["PLUGSPEC_CACHE_DIR"] = str(cache)
    full.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-c", _REFERENCE if reference else _PROBE, *groups],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        check=False,
        user=user,
    )
    assert proc.returncode == 0, proc.stderr
    result: dict[str, Any] = json.loads(proc.stdout)
    return result
