"""A fast scan of installed entry points, with the facts it depended on.

Hand-written instead of calling ``importlib.metadata.entry_points()``: that
function builds a ``Distribution`` object per installed distribution, parses
every ``METADATA`` it touches in full with the ``email`` package, imports
``zipfile``, ``email``, ``csv`` and ``pathlib`` on the way, and rescans on each
call. This scanner reads only what the answer needs (each path entry's
listing, each kept distribution's ``entry_points.txt``, and the ``Name`` and
``Version`` headers of distributions that declare entry points), and records
every file it consulted (:mod:`plugspec._scanned`) so that
:mod:`plugspec._index` can tell later, without
rescanning, whether the answer still holds.

The result equals ``importlib.metadata.entry_points()`` (``importlib_metadata``
before Python 3.12) on the same ``sys.path``: same distributions in the same
order (``FastPath``/``Lookup`` ordering per path entry), the same
de-duplication of distributions shadowed on ``sys.path`` (``_unique`` keyed
on ``_normalized_name``, ``Prepared.normalize``), the same ``entry_points.txt``
parsing (``Sectioned``/``Pair``), and, where the reference does so, the same
preference for distributions that have metadata (``_prefer_valid``,
importlib_metadata >= 10.1). Path entries that are not directories (zip
files) are read through importlib's own machinery, for those entries only.
Where importlib raises on bad input (a line without ``=``, undecodable text),
the scan skips the bad part and keeps the rest.
"""

from __future__ import annotations

import os
import stat
import sys
import time

from ._distname import dist_info_name
from ._scanned import (
    RACY_WINDOW_NS,
    FileDep,
    PathDep,
    Scan,
    Signature,
    file_signature,
    stat_signature,
)

# Spelled out rather than imported from ``typing``: discovery alone imports no
# ``typing`` (docs/performance.md; the probe in tests/discovery/_disco.py
# checks it), whose import is 9-17 ms of ``-X importtime`` on the machine of
# docs/performance.md.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from typing import Any

__all__ = [
    "dist_headers",
    "parse_entry_points",
    "read_headers",
    "scan",
]


_METADATA_CHUNK = 4096
_SEP = os.sep


def _name_from_stem(stem: str) -> str | None:
    # ``PathDistribution._name_from_stem``: case-sensitive suffix check.
    filename, ext = os.path.splitext(stem)
    if ext not in (".dist-info", ".egg-info"):
        return None
    return filename.partition("-")[0]


def parse_entry_points(text: str) -> Iterable[tuple[str, str, str]]:
    """``(group, name, value)`` for each entry in an ``entry_points.txt`` text.

    Follows ``importlib.metadata.Sectioned``: lines stripped, blank and ``#``
    lines skipped, ``[section]`` lines set the group (brackets stripped),
    lines before any section ignored, ``name = value`` split on the first
    ``=``. A line without ``=`` (where importlib raises) is skipped.

    >>> list(parse_entry_points("[g]\\na = m:f\\nbroken\\n[h]\\nb=m"))
    [('g', 'a', 'm:f'), ('h', 'b', 'm')]
    """
    group: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line.strip("[]")
            continue
        if group is None:
            continue
        name, sep, value = line.partition("=")
        if sep:
            yield group, name.strip(), value.strip()


def read_headers(data: bytes) -> dict[str, str]:
    """The ``Name`` and ``Version`` headers of a metadata text, as the email
    parser (policy ``compat32``) reads them; keys lower-cased.

    >>> read_headers(b"Metadata-Version: 2.1\\nName:  demo\\nVersion: 1.0\\n\\nbody")
    {'name': 'demo', 'version': '1.0'}
    """
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.split("\n"):
        if line[:1] in (" ", "\t"):
            if current is not None:
                current.append("\n" + line)
            continue
        current = None
        if len(found) == 2:
            break  # both read, continuation lines included: the rest cannot change them
        key, colon, value = line.partition(":")
        # A header line as the email parser sees one: printable ASCII, no
        # space, up to the first ":" (its r"[\041-\071\073-\176]*:").
        if not (colon and key.isascii() and key.isprintable() and " " not in key):
            break
        key = key.lower()
        if key in ("name", "version") and key not in found:
            current = found[key] = [value.lstrip(" \t")]
    return {key: "".join(parts).rstrip("\r\n") for key, parts in found.items()}


def _is_regular(signature: Signature) -> bool:
    if signature is None:
        return False
    *_rest, mode = signature
    return stat.S_ISREG(mode)


class _Scanner:
    def __init__(self, result: Scan) -> None:
        self.result = result
        self.racy_after = result.started_ns - RACY_WINDOW_NS
        self.record = result.files

    def read(
        self, path: str, where: tuple[int, str, str], *, headers_only: bool = False
    ) -> bytes | None:
        """The file's bytes (or, for metadata, enough of them to hold the
        headers), recording it as a dependency; ``None`` when unreadable."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except (OSError, ValueError):
            self.record.append(FileDep(path, file_signature(path), where=where))
            return None
        try:
            signature = stat_signature(os.fstat(fd))
            _mtime, ctime, size, _ino, _dev, mode = signature
            if not stat.S_ISREG(mode):
                self.record.append(FileDep(path, signature, where=where))
                return None
            # One read normally suffices: a short read means end of file.
            want = _METADATA_CHUNK if headers_only else size + 1
            chunks: list[bytes] = []
            complete = False
            while True:
                chunk = os.read(fd, want)
                chunks.append(chunk)
                if len(chunk) < want:
                    complete = True
                    break
                if headers_only and (b"\n\n" in chunk or b"\r\n\r\n" in chunk):
                    break
            data = b"".join(chunks)
        except OSError:
            self.record.append(FileDep(path, file_signature(path), where=where))
            return None
        finally:
            os.close(fd)
        racy = ctime >= self.racy_after
        self.record.append(
            FileDep(path, signature, data if racy else None, complete if racy else True, where)
        )
        return data

    def exists(self, path: str, where: tuple[int, str, str]) -> bool:
        """Whether a metadata file is there, recorded as an existence check
        (the index stores only that: ``os.access`` costs about half a
        ``stat`` and builds no result)."""
        found = os.access(path, os.F_OK)
        self.record.append(FileDep(path, True if found else None, where=where, existence=True))
        return found

    def is_file(self, path: str, where: tuple[int, str, str]) -> bool:
        """Whether ``path`` (an ``.egg-info`` that is a file) is a regular
        file; its whole signature is recorded (a directory becoming a file
        counts)."""
        signature = file_signature(path)
        self.record.append(FileDep(path, signature, where=where, existence=True))
        return _is_regular(signature)


class _Candidate:
    # One distribution found on sys.path, before de-duplication.
    __slots__ = ("entry", "foreign", "path", "stem")

    def __init__(self, path: str, stem: str, entry: int = -1, foreign: Any = None) -> None:
        self.path = path
        self.stem = stem
        self.entry = entry  # index of the sys.path entry
        self.foreign = foreign  # an importlib Distribution, for non-directory entries

    def where(self, name: str) -> tuple[int, str, str]:
        return (self.entry, self.stem, name)

    def key(self, scanner: _Scanner) -> str:
        if self.foreign is not None:
            try:
                return str(self.foreign._normalized_name)
            except Exception:
                return "\0" + self.path
        stem_name = _name_from_stem(self.stem)
        normalized = dist_info_name(stem_name) if stem_name is not None else ""
        if normalized:
            return normalized
        name = self.headers(scanner).get("name")
        # importlib raises for a distribution without a name; keep it apart.
        return dist_info_name(name) if name else "\0" + self.path

    def valid(self, scanner: _Scanner) -> bool:
        # ``PathDistribution._has_metadata``.
        if self.foreign is not None:
            return any(self.foreign.read_text(name) for name in ("METADATA", "PKG-INFO"))
        return (
            scanner.exists(self.path + _SEP + "METADATA", self.where("METADATA"))
            or scanner.exists(self.path + _SEP + "PKG-INFO", self.where("PKG-INFO"))
            or scanner.is_file(self.path, self.where(""))
        )

    def headers(self, scanner: _Scanner) -> dict[str, str]:
        # ``Distribution.metadata``: METADATA, else PKG-INFO, else the path
        # itself (an egg-info file); the first that reads as non-empty text.
        if self.foreign is not None:
            for name in ("METADATA", "PKG-INFO", ""):
                text = self.foreign.read_text(name)
                if text:
                    return read_headers(str(text).encode())
            return {}
        for name in ("METADATA", "PKG-INFO", ""):
            path = self.path + _SEP + name if name else self.path
            data = scanner.read(path, self.where(name), headers_only=True)
            if data:
                return read_headers(data)
        return {}

    def entry_points_text(self, scanner: _Scanner) -> str | None:
        if self.foreign is not None:
            text = self.foreign.read_text("entry_points.txt")
            return None if text is None else str(text)
        data = scanner.read(self.path + _SEP + "entry_points.txt", self.where("entry_points.txt"))
        return None if data is None else data.decode("utf-8", "replace")


def dist_headers(path: str) -> dict[str, str]:
    """The ``Name`` and ``Version`` headers of the distribution whose
    metadata directory (or ``.egg-info`` file) is ``path``, read the way the
    scan reads them (:func:`read_headers`); keys lower-cased."""
    scanner = _Scanner(Scan(started_ns=time.time_ns()))
    return _Candidate(path, os.path.basename(path)).headers(scanner)


def _lookup(root: str, names: Sequence[str], entry: int) -> list[_Candidate]:
    # ``importlib.metadata.Lookup``: dist-info/egg-info children bucketed by
    # normalized name in listing order, then the EGG-INFO of an ``.egg`` entry.
    base = os.path.basename(root).lower()
    infos: dict[str, list[str]] = {}
    eggs: list[str] = []
    for child in names:
        low = child.lower()
        if low.endswith((".dist-info", ".egg-info")):
            name = low.rpartition(".")[0].partition("-")[0]
            infos.setdefault(dist_info_name(name), []).append(child)
        elif low == "egg-info" and base.endswith(".egg"):
            eggs.append(child)
    ordered = [child for bucket in infos.values() for child in bucket] + eggs
    prefix = os.path.join(root, "")  # ``root/``, or nothing for the current directory
    return [_Candidate(prefix + child, child, entry) for child in ordered]


def importlib_metadata() -> Any:
    """The importlib metadata implementation whose answers the scan matches."""
    if sys.version_info >= (3, 12):  # pragma: no cover - one branch per Python
        from importlib import metadata
    else:  # pragma: no cover
        import importlib_metadata as metadata
    return metadata


def _foreign(entry: str) -> list[_Candidate]:
    # Non-directory entries (zip files): importlib's own finder reads them.
    metadata = importlib_metadata()
    try:
        # importlib_metadata leaves ``distributions`` partly unannotated.
        finder: Any = getattr(metadata, "distributions")  # noqa: B009
        dists: list[Any] = list(finder(path=[entry]))
    except Exception:
        return []
    return [_Candidate(str(getattr(d, "_path", entry)), "", -1, d) for d in dists]


def _as_str(raw: object) -> str | None:
    # importlib accepts path-like sys.path entries too.
    fspath: Any = os.fspath
    value: object = fspath(raw) if isinstance(raw, os.PathLike) else raw
    return value if isinstance(value, str) else None


def scan(path: Sequence[object], *, prefer_valid: bool | None = None) -> Scan:
    """Scan ``path`` (normally ``sys.path``) the way ``importlib.metadata``
    does, recording every listing and file consulted.

    ``prefer_valid`` forces the ``_prefer_valid`` ordering on or off; by
    default it follows the importlib implementation in use.
    """
    result = Scan(started_ns=time.time_ns())
    scanner = _Scanner(result)
    candidates: list[_Candidate] = []
    for raw in path:
        entry = _as_str(raw)
        if entry is None:
            result.persistable = False
            continue
        try:
            names = os.listdir(entry or ".")
        except (OSError, ValueError):
            signature = file_signature(entry or ".")
            if signature is not None and _is_regular(signature):
                result.paths.append(PathDep(entry, "file", signature=signature))
                _mtime, ctime, *_rest = signature
                if ctime >= scanner.racy_after:
                    result.persistable = False
                candidates.extend(_foreign(entry))
            else:
                result.paths.append(PathDep(entry, "none"))
            continue
        result.paths.append(PathDep(entry, "dir", tuple(names)))
        candidates.extend(_lookup(entry, names, len(result.paths) - 1))

    if prefer_valid is None:
        prefer_valid = _prefers_valid(result.paths)
    # Per candidate, the files its validity (``_prefer_valid``) was read from.
    validity: list[list[FileDep]] = [[] for _ in candidates]
    if prefer_valid:
        # ``Distribution._prefer_valid``: a stable partition, valid first.
        flags: list[bool] = []
        for candidate, rows in zip(candidates, validity, strict=True):
            scanner.record = rows
            flags.append(candidate.valid(scanner))
        scanner.record = result.files
        order = [i for i, ok in enumerate(flags) if ok] + [
            i for i, ok in enumerate(flags) if not ok
        ]
        candidates = [candidates[i] for i in order]
        validity = [validity[i] for i in order]

    seen: set[str] = set()
    keys: list[str] = []
    kept: list[int | None] = []  # per candidate, its index in ``dists``
    groups = result.groups
    for candidate in candidates:
        key = candidate.key(scanner)
        keys.append(key)
        kept.append(None)
        if key in seen:
            continue
        seen.add(key)
        text = candidate.entry_points_text(scanner)
        if not text:
            continue
        found = list(parse_entry_points(text))
        if not found:
            continue
        dist_files: list[FileDep] = []
        scanner.record = dist_files
        headers = candidate.headers(scanner)
        scanner.record = result.files
        dist = kept[-1] = len(result.dists)
        result.dists.append((headers.get("name"), headers.get("version"), dist_files))
        for group, name, value in found:
            groups.setdefault(group, []).append((name, value, dist))
    _place_validity(result, keys, kept, validity)
    return result


def _place_validity(
    result: Scan, keys: Sequence[str], kept: Sequence[int | None], validity: Sequence[list[FileDep]]
) -> None:
    # Whether a distribution has metadata moves it within the candidates'
    # order, which matters to the answer only through (a) which of several
    # candidates with one normalized name wins, and (b) the order of its own
    # entry points within their groups. So the files that decided it are
    # checked with every answer for a name held by several candidates, with
    # the distribution's groups for a lone one that declares entry points
    # (eagerly, unlike its name and version: they decide the order), and not
    # at all for a lone one that declares none (an entry_points.txt
    # appearing there is seen anyway). Only existence counts (``existence``).
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    for key, dist, rows in zip(keys, kept, validity, strict=True):
        if not rows:
            continue
        if counts[key] > 1:
            result.files.extend(rows)
        elif dist is not None:
            result.dists[dist][2].extend(rows)


def _prefers_valid(paths: Sequence[PathDep]) -> bool:
    # Whether the reference ``entry_points()`` moves distributions with
    # metadata to the front: importlib_metadata 10.1 and later do (read from
    # the first importlib_metadata dist-info on the path, which is the one
    # ``import importlib_metadata`` finds); the standard library up to 3.13
    # does not.
    if sys.version_info >= (3, 12):
        return False
    for dep in paths:  # pragma: no cover - exercised on the 3.10 and 3.11 runs
        for child in dep.listing:
            low = child.lower()
            if low.startswith("importlib_metadata-") and low.endswith(".dist-info"):
                version = low[len("importlib_metadata-") : -len(".dist-info")]
                return _version_tuple(version) >= (10, 1)
    return False  # pragma: no cover


def _version_tuple(version: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in version.split("."):
        digits = len(piece) - len(piece.lstrip("0123456789"))
        if not digits:
            break
        parts.append(int(piece[:digits]))
    return tuple(parts)
