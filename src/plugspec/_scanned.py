"""What a scan found, and the facts it depended on.

The records the scanner (:mod:`plugspec._scan`) writes and the persistent
index (:mod:`plugspec._index`) stores, with the ``stat`` signature both
compare. Both modules import this one and not each other.
"""

from __future__ import annotations

import os

# Spelled out rather than imported from ``typing``: discovery alone imports no
# ``typing`` (docs/performance.md; the probe in tests/discovery/_disco.py
# checks it), whose import is 9-17 ms of ``-X importtime`` on the machine of
# docs/performance.md.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Literal

__all__ = [
    "RACY_WINDOW_NS",
    "FileDep",
    "PathDep",
    "Scan",
    "Signature",
    "file_signature",
    "stat_signature",
]

#: A file changed less than this long before a scan started may change again
#: without its timestamps moving (timestamps are coarse: one clock tick on
#: Linux, one or two seconds on some filesystems), so its bytes are kept and
#: compared instead of trusting its ``stat`` signature alone.
RACY_WINDOW_NS = 2_000_000_000

#: ``(st_mtime_ns, st_ctime_ns, st_size, st_ino, st_dev, st_mode)``, or
#: ``None`` when the path does not exist (or cannot be looked at).
Stat = tuple[int, int, int, int, int, int]
Signature = Stat | None


def file_signature(path: str) -> Signature:
    """The ``stat`` facts the index compares for ``path``."""
    try:
        return stat_signature(os.stat(path))
    except (OSError, ValueError):
        return None


def stat_signature(st: os.stat_result) -> tuple[int, int, int, int, int, int]:
    """What the index compares of a file: ``(st_mtime_ns, st_ctime_ns, st_size,
    st_ino, st_dev, st_mode)``."""
    return (st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino, st.st_dev, st.st_mode)


class FileDep:
    """A file the scan read, or whose existence it checked.

    ``content`` holds the bytes read when the file changed too recently for
    its signature to be trusted (see :data:`RACY_WINDOW_NS`); ``complete`` says
    whether those bytes reached the end of the file. ``where`` is the same
    path as ``(index of the sys.path entry, child of that entry, file name in
    the child or "")``, a form the index stores compactly. ``existence``
    says that only whether the path exists mattered (a metadata file looked
    for to order distributions), not what it holds; ``signature`` is then
    ``True`` (there) or ``None`` (absent) for a file checked by ``access``.
    """

    # Plain slotted classes here, not dataclasses: creating a dataclass costs
    # more at import than this whole module's other work on a small scan.
    __slots__ = ("complete", "content", "existence", "path", "signature", "where")

    def __init__(
        self,
        path: str,
        signature: Signature | Literal[True],
        content: bytes | None = None,
        complete: bool = True,
        where: tuple[int, str, str] | None = None,
        existence: bool = False,
    ) -> None:
        self.path = path
        self.signature = signature
        self.content = content
        self.complete = complete
        self.where = where
        self.existence = existence


class PathDep:
    """One ``sys.path`` entry: ``kind`` is ``dir`` (with its listing, in
    order), ``file`` (read through importlib; ``signature`` of the file) or
    ``none`` (nothing listable there)."""

    __slots__ = ("entry", "kind", "listing", "signature")

    def __init__(
        self, entry: str, kind: str, listing: tuple[str, ...] = (), signature: Signature = None
    ) -> None:
        self.entry = entry
        self.kind = kind
        self.listing = listing
        self.signature = signature


class Scan:
    """What a scan found, and what it depended on.

    ``groups`` maps a group to ``(name, value, dist)`` tuples in discovery
    order, ``dist`` indexing ``dists``: ``(name, version, files)`` where
    ``files`` are the metadata files that name and version came from, and
    (marked ``existence``) those that decided the distribution's place in
    the order when only its own groups depend on it. ``files`` are the files
    every answer depends on. ``persistable`` is false when the answer
    depends on something the index cannot check cheaply.
    """

    __slots__ = ("dists", "files", "groups", "paths", "persistable", "started_ns")

    def __init__(self, started_ns: int) -> None:
        self.groups: dict[str, list[tuple[str, str, int]]] = {}
        self.dists: list[tuple[str | None, str | None, list[FileDep]]] = []
        self.paths: list[PathDep] = []
        self.files: list[FileDep] = []
        self.persistable = True
        self.started_ns = started_ns
