"""Temporary plugin environments for the command-line and static-check tests.

An environment is a directory of real packages and ``.dist-info`` metadata
put on ``PYTHONPATH`` of a real ``python -m plugspec`` subprocess, next to
what the test interpreter has installed (plugspec and the example
distributions from ``examples/``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from _envs import write_dist_info

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "src" / "plugspec" / "_cli" / "schema.json"


@cache
def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate(document: object) -> None:
    """Fail unless ``document`` follows the command line's JSON Schema."""
    _validator().validate(document)


@dataclass
class Result:
    """A finished ``plugspec`` run."""

    status: int
    out: str
    err: str

    def json(self) -> Any:
        """stdout as JSON, checked against the schema."""
        document = json.loads(self.out)
        validate(document)
        return document


@dataclass
class PluginEnv:
    """A directory of packages and distributions on the subprocess's ``PYTHONPATH``."""

    site: Path
    cache_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)

    def module(self, relative: str, source: str) -> Path:
        """Write ``source`` (dedented) to ``site/relative``, creating packages on the way."""
        path = self.site / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source).lstrip())
        return path

    def dist(
        self,
        name: str,
        entry_points: Mapping[str, Mapping[str, str]],
        files: Mapping[str, str] = {},
        *,
        version: str = "1.0",
        typed: bool = True,
    ) -> None:
        """A distribution: its ``.dist-info`` with entry points, and its files.

        With ``typed``, every top-level package among ``files`` gets a ``py.typed``.
        """
        write_dist_info(self.site, name, version, entry_points=entry_points)
        for relative, source in files.items():
            self.module(relative, source)
            top = relative.split("/")[0]
            if typed and "/" in relative:
                (self.site / top / "py.typed").write_text("")

    def environ(self) -> dict[str, str]:
        """The subprocess environment: this site first on the path, no colour, own cache."""
        env = dict(os.environ)
        env.pop("NO_COLOR", None)
        env["PYTHONPATH"] = os.pathsep.join(
            [str(self.site), *filter(None, [os.environ.get("PYTHONPATH")])]
        )
        env["PLUGSPEC_CACHE_DIR"] = str(self.cache_dir)
        env.update(self.extra_env)
        return env

    def run(self, *args: str, cwd: Path | None = None) -> Result:
        """``python -m plugspec ARGS`` in this environment."""
        done = subprocess.run(
            [sys.executable, "-m", "plugspec", *args],
            capture_output=True,
            text=True,
            env=self.environ(),
            cwd=cwd or self.site.parent,
            timeout=300,
        )
        return Result(done.returncode, done.stdout, done.stderr)


APP_GROUPS = ("tapp.formatters", "tapp.hooks", "tapp.boxes")

APP_SOURCE = """
from __future__ import annotations

import os
from typing import Generic, Protocol, TypeVar

import plugspec

if os.environ.get("TAPP_IMPORT_MARKER"):
    open(os.environ["TAPP_IMPORT_MARKER"], "w").close()

T = TypeVar("T", covariant=True)


class Formatter(Protocol):
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...


class Hook(Protocol):
    def on_start(self, title: str) -> None: ...
    def on_finish(self, title: str, output: str) -> None: ...


class Box(Protocol[T]):
    def get(self) -> T: ...


FORMATTERS = plugspec.Namespace("tapp.formatters", Formatter, factory=True)
HOOKS = plugspec.Namespace("tapp.hooks", Hook, factory=True)
BOXES = plugspec.Namespace("tapp.boxes", Box[int], factory=True)
# The same protocols for entry points that name the plugin itself (an
# instance, a module, a function); not registered, named as module:attribute.
HOOK_OBJECTS = plugspec.Namespace("tapp.hook_objects", Hook)
BOX_VALUES = plugspec.Namespace("tapp.box_values", Box[int])
NOT_A_NAMESPACE = 42
"""

GOOD_FORMATTER = """
class Good:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return title
"""

WRONG_TYPE_FORMATTER = """
class WrongType:
    def format(self, rows: list[list[str]], *, title: str = "") -> str:
        return title
"""

# Importing this module leaves a file behind: the static check must never do it.
SIDE_EFFECT_FORMATTER = """
import os
open(os.environ["PLUGIN_IMPORT_MARKER"], "w").close()

class Loud:
    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str:
        return title
"""


def make_app(env: PluginEnv) -> None:
    """The test application ``tapp``: three namespaces registered under plugspec.namespaces."""
    env.dist(
        "tapp",
        {
            "plugspec.namespaces": {
                "tapp.formatters": "tapp.plugins:FORMATTERS",
                "tapp.hooks": "tapp.plugins:HOOKS",
                "tapp.boxes": "tapp.plugins:BOXES",
            }
        },
        {"tapp/__init__.py": "", "tapp/plugins.py": APP_SOURCE},
    )


BOXES_SOURCE = """
class IntBox:
    def get(self) -> int:
        return 1

class StrBox:
    def get(self) -> str:
        return ""
"""


def add_boxes(env: PluginEnv) -> None:
    """Two plugins for ``tapp.boxes`` (protocol ``Box[int]``): ``int`` conforms, ``str`` not."""
    env.dist(
        "boxes",
        {"tapp.boxes": {"int": "boxes_plugin:IntBox", "str": "boxes_plugin:StrBox"}},
        {"boxes_plugin/__init__.py": BOXES_SOURCE},
    )
