"""The persistent entry-point index: one small file per interpreter and path.

A warm start reads one file and checks that everything the scan depended on
is unchanged, instead of rescanning every distribution (see
``docs/performance.md`` for the exact comparison). The checks:

* the key: index format, interpreter (``sys.executable``, ``sys.version``,
  ``sys.prefix``, cache tag), ``sys.path`` and, when ``sys.path`` holds a
  relative entry, the working directory;
* each ``sys.path`` entry: a directory's full listing, in order (names
  added, removed or renamed); a non-directory entry's ``stat`` signature;
  an entry that was not listable is still not listable;
* each file the scan read or looked for (every kept distribution's
  ``entry_points.txt``; ``METADATA``/``PKG-INFO`` of distributions with entry
  points; metadata existence where it can change the answer, see
  ``_place_validity`` in :mod:`plugspec._scan`): ``(st_mtime_ns,
  st_ctime_ns, st_size, st_ino, st_dev, st_mode)``, or its absence.
  ``st_ctime`` moves on every write and on every ``utime``, so an edit that
  keeps the size and restores an older modification time is still seen.
  Rows that only say a file is absent, or only that it exists (the metadata
  files whose existence orders distributions), compare just that, with
  ``os.access``. Rows of a group's distributions are checked when the group
  is first asked for, except those the distribution's name and version were
  read from: the caller checks those (:meth:`Loaded.fresh`) only when that
  name or version is first read;
* files whose ``st_ctime`` was within :data:`~plugspec._scanned.RACY_WINDOW_NS`
  of the scan (their timestamps could be unchanged by an edit in the same
  clock tick) also have their bytes compared. Once they are old enough, the
  next process rewrites the index without those bytes.

Format: ``marshal`` (the fastest loader of plain tuples, dicts and strings in
the standard library, about twice as fast as ``json`` on a 2000-distribution
index, and cheap to import). It is interpreter-specific, which the key
already is. A header with a CRC-32 of the payload keeps a corrupt or
truncated file from ever reaching ``marshal.loads``; files are only read
when owned by the current user and not writable by group or others, in a
directory with the same property.
"""

from __future__ import annotations

import marshal
import os
import stat
import sys
import time
import zlib

from ._scanned import RACY_WINDOW_NS, FileDep, PathDep, Scan, stat_signature

# Spelled out rather than imported from ``typing``: discovery alone imports no
# ``typing`` (docs/performance.md; the probe in tests/discovery/_disco.py
# checks it), whose import is 9-17 ms of ``-X importtime`` on the machine of
# docs/performance.md.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any, TypeAlias

    # Index rows are plain tuples, which ``marshal`` stores (it refuses
    # NamedTuples), and every reader unpacks them into named variables:
    # turning the rows into NamedTuples on load cost 3.1 ms per 2000 rows
    # here, against about 12 ms for a whole warm discovery, while unpacking
    # costs what indexing does.
    #
    # (entry: sys.path entry index or -1, child: child of the entry or a full
    #  path, name: file name in the child or "", signature: stat signature
    #  (True: only that it exists; None: that it does not), content: racy
    #  bytes or None, complete: whether content reaches the end of the file)
    _FileRow: TypeAlias = tuple[int, str, str, Any, bytes | None, bool]
    # (entry, kind, listing, signature): see ``PathDep``
    _PathRow: TypeAlias = tuple[str, str, tuple[str, ...], Any]
    # (name, version, order_rows: checked with the group, name_rows: those
    #  the name and version were read from, checked when they are first read)
    _DistRow: TypeAlias = tuple[str | None, str | None, tuple[_FileRow, ...], tuple[_FileRow, ...]]
    # A group's entry points ((name, value, dist): dist indexes the group's
    # own distributions) and those distributions (decoded one at a time where a
    # driver needs only one).
    _Group: TypeAlias = tuple[tuple[tuple[str, str, int], ...], "_Dists | tuple[_DistRow, ...]"]

__all__ = [
    "Loaded",
    "cache_dir",
    "index_key",
    "load",
    "store",
]

_FORMAT = 4
_MAGIC = b"PLGSPIX1"
_HEADER = len(_MAGIC) + 4 + 8
#: At most this many index files are kept; the least recently used go first.
MAX_FILES = 32
_STALE_TEMP_NS = 600 * 1_000_000_000


def cache_dir() -> str | None:
    """Where index files live, or ``None`` when persistence is turned off.

    ``PLUGSPEC_NO_CACHE=1`` turns it off; ``PLUGSPEC_CACHE_DIR`` names the
    directory; otherwise ``$XDG_CACHE_HOME/plugspec`` (when absolute), else
    ``~/.cache/plugspec``.
    """
    env = os.environ
    if env.get("PLUGSPEC_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = env.get("PLUGSPEC_CACHE_DIR")
    if explicit:
        return explicit
    base = env.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "plugspec")


def index_key(path: Sequence[object]) -> tuple[Any, ...] | None:
    """What an index must have been built for; ``None`` when the path holds
    something other than strings."""
    if not all(isinstance(entry, str) for entry in path):
        return None
    entries = tuple(str(entry) for entry in path)
    relative = any(not os.path.isabs(entry) for entry in entries)
    try:
        cwd = os.getcwd() if relative else None
    except OSError:
        return None
    return (
        _FORMAT,
        sys.implementation.cache_tag,
        sys.version,
        sys.executable,
        sys.prefix,
        entries,
        cwd,
    )


def _file_name(key: tuple[Any, ...]) -> str:
    # From ``repr``, not ``marshal.dumps``: marshal marks an object that has
    # other references for sharing, so equal keys could give other bytes in
    # another process (and did, for every process, on Python 3.14).
    blob = repr(key).encode("utf-8", "backslashreplace")
    return f"{zlib.crc32(blob):08x}{zlib.adler32(blob):08x}.idx"


def _trusted(st: os.stat_result, kind: int) -> bool:
    # Ours alone: owned by this user and writable by nobody else.
    if stat.S_IFMT(st.st_mode) != kind or st.st_mode & 0o022:
        return False
    getuid = getattr(os, "getuid", None)
    return getuid is None or st.st_uid == getuid()


def _signature_ok(path: str, expected: Any) -> bool:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return expected is None
    return expected is not None and stat_signature(st) == tuple(expected)


def _content_ok(path: str, content: bytes, complete: bool) -> bool:
    try:
        with open(path, "rb") as handle:
            data = handle.read(len(content) + 1)
    except OSError:
        return False
    return data == content if complete else data[: len(content)] == content


def _prefixes(paths: Sequence[_PathRow]) -> list[str]:
    # What file rows' entry numbers stand for; -1 (the last) for none.
    return [*(os.path.join(row[0], "") for row in paths), ""]


def _files_ok(
    rows: Sequence[_FileRow], prefixes: Sequence[str], dirs: Sequence[int | None] = ()
) -> bool:
    # ``dirs``: a descriptor of each sys.path entry (see ``_open_dirs``), or none.
    stat_ = os.stat
    access = os.access
    exists = os.F_OK
    sep = os.sep
    for entry, child, name, expected, content, complete in rows:
        relative = child + sep + name if name else child
        fd = dirs[entry] if dirs else None
        path = relative if fd is not None else prefixes[entry] + relative
        if expected is None or expected is True:
            # Existence alone: ``access`` builds no stat result and raises
            # nothing for a missing file, so it costs about half a ``stat``.
            if access(path, exists, dir_fd=fd) is not (expected is True):
                return False
            continue
        # ``stat_signature`` inlined, compared field by field (ctime first: it
        # moves on every change): this loop is the warm path. Unpacking the
        # row costs what indexing it does (0.43 against 0.44 ms per 2000 rows).
        try:
            st = stat_(path, dir_fd=fd)
        except (OSError, ValueError):
            return False
        mtime, ctime, size, ino, dev, mode = expected
        if (
            st.st_ctime_ns != ctime
            or st.st_mtime_ns != mtime
            or st.st_size != size
            or st.st_ino != ino
            or st.st_dev != dev
            or st.st_mode != mode
        ):
            return False
        if content is not None and not _content_ok(prefixes[entry] + relative, content, complete):
            return False
    return True


def _open_dirs(rows: Sequence[_PathRow]) -> list[int | None]:
    """A descriptor of each listed ``sys.path`` directory (``None`` for the
    others, and for the "no entry" slot), where the platform can stat
    relative to one: the kernel then resolves two path components per file
    instead of the whole path, and the listing and the files are read from
    the same directory. Closed by :func:`_close_dirs`."""
    dirs: list[int | None] = [None] * (len(rows) + 1)
    if os.stat not in os.supports_dir_fd or os.listdir not in os.supports_fd:
        return dirs
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    for number, row in enumerate(rows):
        if row[1] == "dir":
            try:  # noqa: SIM105 - contextlib is not worth importing on this path
                dirs[number] = os.open(row[0] or ".", flags)
            except (OSError, ValueError):
                pass
    return dirs


def _close_dirs(dirs: Sequence[int | None]) -> None:
    for fd in dirs:
        if fd is not None:
            os.close(fd)


def _paths_ok(rows: Sequence[_PathRow], dirs: Sequence[int | None] = ()) -> bool:
    for number, (entry, kind, listing, signature) in enumerate(rows):
        where = entry or "."
        fd = dirs[number] if dirs else None
        try:
            names = os.listdir(where if fd is None else fd)
        except (OSError, ValueError):
            names = None
        if kind == "dir":
            if names is None or tuple(names) != listing:
                return False
        elif names is not None:
            return False
        elif kind == "file":
            if not _signature_ok(where, signature):
                return False
        else:
            try:
                if stat.S_ISREG(os.stat(where).st_mode):
                    return False
            except (OSError, ValueError):
                pass
    return True


class Loaded:
    """A validated index. Each group is kept as its own ``marshal`` blob and
    decoded only when asked for (:meth:`group`), after the rows of its
    distributions that decide the answer's order are checked. The rows a
    distribution's name and version were read from are left to
    :meth:`fresh`, for the caller to check when it first needs them."""

    __slots__ = ("_blobs", "_checked", "_prefixes")

    def __init__(self, blobs: dict[str, bytes], prefixes: list[str], checked: bool) -> None:
        self._blobs = blobs
        self._prefixes = prefixes
        self._checked = checked

    def group(self, group: str, name: str | None = None) -> _Group | None:
        """``group``'s entry points (only those called ``name`` when given)
        and distributions (``(name, version, rows, name_rows)``), or ``None``
        when something that decides which of its distributions are there, or
        their order, changed since the index was written. The order of one
        entry point is no question: it is not checked, and only its own
        distribution is decoded."""
        blob = self._blobs.get(group)
        if blob is None:
            return ((), ())
        try:
            entries, dists = _unpack_group(blob)
            if name is not None:
                entries = tuple(entry for entry in entries if entry[0] == name)
                if len(entries) < 2:
                    for _name, _value, dist in entries:
                        dists[dist]  # decoded now: a damaged one is no answer
                    return entries, dists
            every = tuple(dists)
            prefixes = self._prefixes
            if self._checked or all(
                not order_rows or _files_ok(order_rows, prefixes)
                for _name, _version, order_rows, _name_rows in every
            ):
                return entries, every
        except Exception:
            pass  # a damaged index is no index
        return None

    def fresh(self, rows: tuple[_FileRow, ...]) -> bool:
        """Whether the files a distribution's name and version were read
        from (the last item of its row from :meth:`group`) are unchanged."""
        if self._checked or not rows:
            return True
        try:
            return _files_ok(rows, self._prefixes)
        except Exception:
            return False  # a damaged row: read the metadata again

    def location(self, rows: tuple[_FileRow, ...]) -> str:
        """The metadata directory (or ``.egg-info`` file) that ``rows``, a
        distribution's non-empty name rows from :meth:`group`, belong to."""
        entry, child, *_ = rows[0]
        return self._prefixes[entry] + child


def _read(path: str) -> bytes | None:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not _trusted(st, stat.S_IFREG):
            return None
        chunks: list[bytes] = []
        while chunk := os.read(fd, max(st.st_size, _HEADER) + 1):
            chunks.append(chunk)
        if time.time_ns() - st.st_mtime_ns > 3600 * 1_000_000_000:
            # Mark it as recently used, for pruning (at most once an hour).
            os.utime(fd)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def _decode(blob: bytes) -> Any:
    if len(blob) < _HEADER or not blob.startswith(_MAGIC):
        return None
    checksum = int.from_bytes(blob[8:12], "little")
    size = int.from_bytes(blob[12:20], "little")
    payload = memoryview(blob)[_HEADER:]  # no copy of the payload
    if len(payload) != size or zlib.crc32(payload) != checksum:
        return None
    return marshal.loads(payload)


def _dir_trusted(directory: str) -> bool:
    try:
        return _trusted(os.lstat(directory), stat.S_IFDIR)
    except OSError:
        return False


def _for_key(data: Any, key: tuple[Any, ...]) -> bool:
    return bool(type(data) is tuple and len(data) == 5 and data[0] == key)  # pyright: ignore[reportUnknownArgumentType]


def load(key: tuple[Any, ...], directory: str) -> Loaded | None:
    """The index for ``key`` in ``directory`` if it is there, trusted, intact
    and still true of the installed distributions; else ``None``."""
    try:
        if not _dir_trusted(directory):
            return None
        path = os.path.join(directory, _file_name(key))
        blob = _read(path)
        if blob is None:
            return None
        data: Any = _decode(blob)
        if not _for_key(data, key):
            return None
        paths: Any = data[1]
        files: Any = data[2]
        blobs: Any = data[3]
        racy = data[4] is True
        prefixes = _prefixes(paths)
        dirs = _open_dirs(paths)
        try:
            if not _paths_ok(paths, dirs) or not _files_ok(files, prefixes, dirs):
                return None
        finally:
            _close_dirs(dirs)
        if racy:
            # Check everything now and, once the racy files are old enough
            # for their timestamps to be trusted, rewrite without their bytes.
            groups: dict[str, _Group] = {
                name: (entries, tuple(dists))
                for name, (entries, dists) in map(_unpack, blobs.items())
            }
            for _entries, dists in groups.values():
                for _name, _version, order_rows, name_rows in dists:
                    if not (_files_ok(order_rows, prefixes) and _files_ok(name_rows, prefixes)):
                        return None
            _settle(key, directory, paths, files, groups)
        return Loaded(blobs, prefixes, checked=racy)
    except Exception:
        # A damaged index is no index: the caller rescans.
        return None


def _settle(
    key: tuple[Any, ...],
    directory: str,
    paths: tuple[_PathRow, ...],
    files: tuple[_FileRow, ...],
    groups: dict[str, _Group],
) -> None:
    limit = time.time_ns() - RACY_WINDOW_NS
    rows = [
        *files,
        *(
            row
            for _entries, dists in groups.values()
            for dist in dists
            for row in _dist_file_rows(dist)
        ),
    ]
    for _entry, _child, _name, signature, content, _complete in rows:
        if content is not None:
            _mtime, ctime, *_rest = signature
            if ctime >= limit:
                return  # still too recent for its signature to be trusted

    def plain(block: tuple[_FileRow, ...]) -> tuple[_FileRow, ...]:
        # Without the racy bytes.
        return tuple(
            (entry, child, name, signature, None, True)
            for entry, child, name, signature, _content, _complete in block
        )

    blobs = {
        name: _pack_group(
            (entries, tuple((n, v, plain(rows), plain(own)) for n, v, rows, own in dists))
        )
        for name, (entries, dists) in groups.items()
    }
    _write(key, directory, (key, paths, plain(files), blobs, False))


def _dist_file_rows(dist: _DistRow) -> tuple[_FileRow, ...]:
    _name, _version, order_rows, name_rows = dist
    return (*order_rows, *name_rows)


def _file_row(dep: FileDep) -> _FileRow:
    entry, child, name = dep.where or (-1, dep.path, "")
    signature: Any = dep.signature
    if signature is not None and dep.existence and name:
        # Only that the file is there counts. (Whether the metadata
        # directory itself is a file, name "", keeps its whole signature.)
        signature = True
    return (entry, child, name, signature, dep.content, dep.complete)


def _pack_group(group: _Group) -> bytes:
    # Each distribution is a blob of its own inside the group's: a driver
    # decodes the one it loads, not the thousand others.
    entries, dists = group
    return marshal.dumps((entries, tuple(marshal.dumps(dist) for dist in dists)))


def _unpack_group(blob: bytes) -> _Group:
    entries, packed = marshal.loads(blob)
    return entries, _Dists(packed)


def _unpack(item: tuple[str, bytes]) -> tuple[str, _Group]:
    return item[0], _unpack_group(item[1])


class _Dists:
    """A group's distributions, each decoded when first asked for."""

    __slots__ = ("_decoded", "_packed")

    def __init__(self, packed: tuple[bytes, ...]) -> None:
        self._packed = packed
        self._decoded: dict[int, _DistRow] = {}

    def __len__(self) -> int:
        return len(self._packed)

    def __getitem__(self, index: int) -> _DistRow:
        found = self._decoded.get(index)
        if found is None:
            found = self._decoded[index] = marshal.loads(self._packed[index])
        return found

    def __iter__(self) -> Iterator[_DistRow]:
        return (self[index] for index in range(len(self._packed)))


def _own_group(rows: Sequence[tuple[str, str, int]], dists: Sequence[_DistRow]) -> _Group:
    # The group's entry points, numbering its own distributions from 0.
    local: dict[int, int] = {}
    entries = tuple((name, value, local.setdefault(dist, len(local))) for name, value, dist in rows)
    return entries, tuple(dists[dist] for dist in local)


def _dist_rows(
    deps: Sequence[FileDep], common: set[Any]
) -> tuple[tuple[_FileRow, ...], tuple[_FileRow, ...]]:
    """A distribution's rows checked with its groups (existence, for the
    order) and those its name and version were read from, in that order of
    preference, without the rows already checked with every answer
    (``common``) or kept earlier."""
    seen: set[Any] = set()
    order: list[_FileRow] = []
    names: list[_FileRow] = []
    for existence, kept in ((True, order), (False, names)):
        for dep in deps:
            if dep.existence != existence:
                continue
            row = _file_row(dep)
            entry, child, name, signature, content, _complete = row
            where = (entry, child, name, signature)
            if content is None and (where in common or where in seen):
                continue
            seen.add(where)
            kept.append(row)
    return tuple(order), tuple(names)


def _path_row(dep: PathDep) -> _PathRow:
    return (dep.entry, dep.kind, dep.listing, dep.signature)


def store(key: tuple[Any, ...], directory: str, scan: Scan) -> None:
    """Write ``scan`` as the index for ``key``; silently does nothing when
    the directory cannot be made private or written."""
    if not scan.persistable:
        return
    files = tuple(_file_row(dep) for dep in scan.files)
    # A file already checked with every answer, or earlier in the same
    # distribution's rows, needs no second look.
    common = {
        (entry, child, name, signature)
        for entry, child, name, signature, content, _complete in files
        if content is None
    }
    dists: list[_DistRow] = []
    for name, version, deps in scan.dists:
        dists.append((name, version, *_dist_rows(deps, common)))
    # Whether any file's bytes were kept (see RACY_WINDOW_NS), so that a warm
    # start need not look through every row to find out.
    racy = any(
        content is not None
        for _entry, _child, _name, _signature, content, _complete in (
            *files,
            *(row for dist in dists for row in _dist_file_rows(dist)),
        )
    )
    paths = tuple(_path_row(dep) for dep in scan.paths)
    # One blob per group: a warm start decodes only the groups it is asked for.
    blobs = {group: _pack_group(_own_group(rows, dists)) for group, rows in scan.groups.items()}
    payload = (key, paths, files, blobs, racy)
    try:
        os.makedirs(directory, mode=0o700, exist_ok=True)
        if not _dir_trusted(directory):
            return
        _write(key, directory, payload)
        _prune(directory)
    except Exception:
        # No persistence (read-only or full disk, odd data): the scan stands.
        return


def _write(key: tuple[Any, ...], directory: str, payload: Any) -> None:
    body = marshal.dumps(payload)
    blob = b"".join(
        (_MAGIC, zlib.crc32(body).to_bytes(4, "little"), len(body).to_bytes(8, "little"), body)
    )
    final = os.path.join(directory, _file_name(key))
    temp = os.path.join(directory, f".{os.getpid()}-{time.time_ns()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(temp, flags | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        return
    try:
        try:
            view = memoryview(blob)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        # Atomic: readers see the old file or the new one, never a mixture.
        os.replace(temp, final)
    except OSError:
        _unlink(temp)


def _prune(directory: str) -> None:
    now = time.time_ns()
    indexes: list[tuple[int, str]] = []
    with os.scandir(directory) as entries:
        for entry in entries:
            try:
                mtime = entry.stat(follow_symlinks=False).st_mtime_ns
            except OSError:
                continue
            if entry.name.endswith(".idx"):
                indexes.append((mtime, entry.path))
            elif entry.name.endswith(".tmp") and now - mtime > _STALE_TEMP_NS:
                # Left behind by a process that died mid-write.
                _unlink(entry.path)
    indexes.sort(reverse=True)
    for _mtime, path in indexes[MAX_FILES:]:
        _unlink(path)


def _unlink(path: str) -> None:
    try:  # noqa: SIM105 - contextlib is not worth importing on this path
        os.unlink(path)
    except OSError:
        pass
