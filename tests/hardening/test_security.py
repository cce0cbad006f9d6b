"""Security: plugspec imports only what it is asked for, and the persistent
index cannot be used to redirect an import.

Plugin modules leave a line in a marker file when imported, so "not
imported" is observed, not assumed. The index tests plant a well-formed
index (right header, right checksum, right key: what someone who knows the
format would write) whose entry point points at another module, and check
that it is only ever believed when it is the user's own private file.
"""

from __future__ import annotations

import json
import marshal
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _hard import Runner, run_python, traced_module, traces, write_dist

import plugspec
from _envs import PluginEnv
from plugspec._discovery import entry_points

GROUP = "hard.runners"
OTHER = "hard.others"
RUNNERS = plugspec.Namespace(GROUP, Runner, factory=True)
NOBODY = 65534


def imported(marker: Path) -> set[str]:
    return {line.split(" ", 1)[1] for line in traces(marker) if line.startswith("import ")}


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "trace.log"


@pytest.fixture
def many(plugin_env: PluginEnv, marker: Path) -> PluginEnv:
    """Five plugins in two distributions and two groups, ``hook`` twice."""
    tags = ["alpha", "beta", "hook1", "hook2", "other"]
    plugin_env.add_dist(
        "hr-one",
        entry_points={
            GROUP: {"alpha": "hr_alpha:Plugin", "hook": "hr_hook1:Plugin"},
            OTHER: {"alpha": "hr_other:Plugin"},
        },
    )
    plugin_env.add_dist(
        "hr-two",
        entry_points={GROUP: {"beta": "hr_beta:Plugin", "hook": "hr_hook2:Plugin"}},
    )
    for tag in tags:
        plugin_env.add_module(f"hr_{tag}", traced_module(marker, tag))
    return plugin_env


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: plugspec.NamedExtensionManager(RUNNERS, ["beta"]), {"beta"}),
        (lambda: plugspec.NamedExtensionManager(RUNNERS, ["nothing"]), set()),
        (lambda: plugspec.DriverManager(RUNNERS, "alpha"), {"alpha"}),
        (
            lambda: plugspec.HookManager(RUNNERS, "hook"),
            {"hook1", "hook2"},
        ),
        (lambda: plugspec.HookManager(RUNNERS, "nothing"), set()),
        (
            lambda: plugspec.ExtensionManager(RUNNERS),
            {"alpha", "beta", "hook1", "hook2"},
        ),
    ],
    ids=["named", "named-none", "driver", "hook", "hook-none", "all-of-one-group"],
)
def test_managers_import_only_what_they_load(
    many: PluginEnv, marker: Path, build: Callable[[], object], expected: set[str]
) -> None:
    build()
    assert imported(marker) == expected


def test_missing_driver_imports_nothing(many: PluginEnv, marker: Path) -> None:
    with pytest.raises(plugspec.NoMatchesError):
        plugspec.DriverManager(RUNNERS, "nothing")
    assert not marker.exists()


def test_ambiguous_driver_imports_nothing(many: PluginEnv, marker: Path) -> None:
    with pytest.raises(plugspec.MultipleMatchesError):
        plugspec.DriverManager(RUNNERS, "hook")
    assert not marker.exists()


def test_listing_imports_nothing(many: PluginEnv, marker: Path) -> None:
    assert sorted(ep.name for ep in entry_points(GROUP)) == ["alpha", "beta", "hook", "hook"]
    assert sorted(ep.name for ep in entry_points(OTHER)) == ["alpha"]
    assert not marker.exists()


APP = """
from typing import Protocol
import plugspec

class Runner(Protocol):
    def run(self) -> str: ...

RUNNERS = plugspec.Namespace("hard.runners", Runner)
"""

CLI = "import sys; from plugspec._cli import main; sys.exit(main(sys.argv[1:]))"


def test_plugspec_list_imports_no_plugin(tmp_path: Path, marker: Path) -> None:
    site = tmp_path / "site"
    write_dist(site, "hr-app", {"plugspec.namespaces": {GROUP: "hr_app:RUNNERS"}}, {"hr_app": APP})
    write_dist(
        site,
        "hr-one",
        {GROUP: {"alpha": "hr_alpha:Plugin"}, OTHER: {"beta": "hr_beta:Plugin"}},
        {"hr_alpha": traced_module(marker, "alpha"), "hr_beta": traced_module(marker, "beta")},
    )
    # A plugin inside a package: finding its module must not run the
    # package's __init__ either.
    write_dist(site, "hr-pkg", {GROUP: {"packaged": "hr_pkg.sub:Plugin"}})
    (site / "hr_pkg").mkdir()
    (site / "hr_pkg" / "__init__.py").write_text(traced_module(marker, "package"))
    (site / "hr_pkg" / "sub.py").write_text(traced_module(marker, "packaged"))
    done = run_python(CLI, [site], args=["list", "--json"])
    (mine,) = [ns for ns in json.loads(done.stdout)["namespaces"] if ns["group"] == GROUP]
    assert sorted((p["name"], p["status"]) for p in mine["plugins"]) == [
        ("alpha", "found"),
        ("packaged", "found"),
    ]
    assert not marker.exists()


# -- the persistent index --------------------------------------------------------

PROBE = """
import json, sys
from plugspec import _discovery
import plugspec
from typing import Protocol

class Runner(Protocol):
    def run(self) -> str: ...

found = [ep.value for ep in _discovery.entry_points("hard.runners")]
from_index = _discovery._snapshot.index is not None
RUNNERS = plugspec.Namespace("hard.runners", Runner, factory=True)
ran = plugspec.ExtensionManager(RUNNERS).map_method(Runner.run)
print(json.dumps({"values": found, "from_index": from_index, "ran": ran}))
"""


class Planted:
    """A site with one honest plugin and one module nobody declares, and a
    helper to run discovery against a given cache directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.site = root / "site"
        self.marker = root / "trace.log"
        write_dist(
            self.site,
            "honest",
            {GROUP: {"alpha": "hr_alpha:Plugin"}},
            {
                "hr_alpha": traced_module(self.marker, "alpha"),
                "hr_evil": traced_module(self.marker, "evil"),
            },
        )
        self.cache = root / "cache"
        # ``python -c`` puts the working directory on sys.path: keep it apart
        # from the cache directory, whose creation would change its listing.
        self.cwd = root / "work"
        self.cwd.mkdir()

    def run(self) -> dict[str, object]:
        done = run_python(
            PROBE,
            [self.site],
            # No bytecode: a ``__pycache__`` written beside the plugin would
            # change the site's listing and rightly invalidate the index.
            env={
                "PLUGSPEC_NO_CACHE": "",
                "PLUGSPEC_CACHE_DIR": str(self.cache),
                "PYTHONDONTWRITEBYTECODE": "1",
            },
            cwd=self.cwd,
        )
        result: dict[str, object] = json.loads(done.stdout)
        return result

    def index(self) -> Path:
        (found,) = self.cache.glob("*.idx")
        return found

    def redirect(self) -> Path:
        """Rewrite the index so that ``alpha`` points at ``hr_evil``, keeping
        it well-formed: header, length and CRC-32 recomputed."""
        path = self.index()
        blob = path.read_bytes()
        header = 8 + 4 + 8
        data = _replaced(marshal.loads(blob[header:]), "hr_alpha:Plugin", "hr_evil:Plugin")
        body = marshal.dumps(data)
        tampered = b"".join(
            (
                blob[:8],
                zlib.crc32(body).to_bytes(4, "little"),
                len(body).to_bytes(8, "little"),
                body,
            )
        )
        # Same inode, same owner and mode: only the bytes change.
        with open(path, "r+b") as handle:
            handle.write(tampered)
            handle.truncate()
        return path


def _replaced(data: Any, old: str, new: str) -> Any:
    """``data`` (marshalled builtins, whatever the index layout) with the
    string ``old`` replaced by ``new`` wherever it occurs."""
    if data == old:
        return new
    if isinstance(data, tuple | list):
        return type(data)(_replaced(item, old, new) for item in data)
    if isinstance(data, dict):
        return {_replaced(k, old, new): _replaced(v, old, new) for k, v in data.items()}
    if isinstance(data, bytes) and old.encode() in data and data[0] & 0x7F in b"()":
        # A nested marshal blob of a tuple (the index keeps each group as one),
        # not the bytes of a file.
        return marshal.dumps(_replaced(marshal.loads(data), old, new))
    return data


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    world = Planted(tmp_path)
    first = world.run()
    assert first == {"values": ["hr_alpha:Plugin"], "from_index": False, "ran": ["alpha"]}
    assert world.run()["from_index"] is True
    world.marker.unlink()
    return world


def test_a_redirected_index_is_believed_only_when_it_is_the_users_own(planted: Planted) -> None:
    # The boundary, shown so that the refusals below mean something: a
    # well-formed index in the user's own private directory is trusted; writing
    # it takes the user's own rights, which already allow running any code.
    planted.redirect()
    assert planted.run()["ran"] == ["evil"]


needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="chown needs root"
)


@pytest.mark.parametrize(
    "plant",
    [
        pytest.param(
            lambda w: os.chown(w.redirect(), NOBODY, NOBODY), marks=needs_root, id="foreign-owner"
        ),
        pytest.param(
            lambda w: os.chown(w.redirect(), os.getuid(), NOBODY) or os.chmod(w.index(), 0o620),
            marks=needs_root,
            id="group-writable",
        ),
        pytest.param(lambda w: os.chmod(w.redirect(), 0o602), id="world-writable"),
        pytest.param(lambda w: (w.redirect(), os.chmod(w.cache, 0o777)), id="world-writable-dir"),
        pytest.param(lambda w: (w.redirect(), os.chmod(w.cache, 0o770)), id="group-writable-dir"),
        pytest.param(
            lambda w: (w.redirect(), os.chown(w.cache, NOBODY, NOBODY)),
            marks=needs_root,
            id="foreign-dir",
        ),
        pytest.param(lambda w: _symlinked(w), id="symlink"),
        pytest.param(lambda w: _flipped(w.index()), id="flipped-byte"),
        pytest.param(lambda w: _truncated(w.index()), id="truncated"),
    ],
)
def test_a_planted_index_is_not_trusted(
    planted: Planted, plant: Callable[[Planted], object]
) -> None:
    plant(planted)
    result = planted.run()
    assert result["values"] == ["hr_alpha:Plugin"]
    assert result["ran"] == ["alpha"]
    assert result["from_index"] is False
    assert imported(planted.marker) == {"alpha"}


def _symlinked(world: Planted) -> None:
    # The index name is a symlink to a well-formed redirecting file elsewhere.
    path = world.redirect()
    elsewhere = world.root / "elsewhere.idx"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)


def _flipped(path: Path) -> None:
    blob = bytearray(path.read_bytes())
    blob[-3] ^= 0x01
    path.write_bytes(bytes(blob))


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:-7])


def test_the_cache_directory_is_created_private(planted: Planted) -> None:
    assert planted.cache.stat().st_mode & 0o777 == 0o700
    assert planted.index().stat().st_mode & 0o777 == 0o600
