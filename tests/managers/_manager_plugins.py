"""Protocols, plugin sources and builders shared by the manager tests."""

from __future__ import annotations

import sys
from typing import Protocol

import plugspec
from _envs import PluginEnv

GROUP = "plugspec_tests.formatters"


class Formatter(Protocol):
    """The protocol the test plugins implement."""

    def format(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...


FORMATTERS = plugspec.Namespace(GROUP, Formatter)
# The same group and protocol, with entry points naming classes that make the plugins.
MADE_FORMATTERS = plugspec.Namespace(GROUP, Formatter, factory=True)

# Plugins record what happens to them here, so that tests can count imports
# and constructions; the module is written into every environment.
EVENTS_MODULE = "plugspec_test_events"
EVENTS_SOURCE = "EVENTS = []\n"


def formatter_source(label: str) -> str:
    """A module whose ``Impl`` class conforms, recording import and construction."""
    return f"""
        import {EVENTS_MODULE} as _events
        _events.EVENTS.append(("import", __name__))

        class Impl:
            def __init__(self, *args, **kwargs):
                _events.EVENTS.append(("init", {label!r}, args, kwargs))
                self.args = args
                self.kwargs = kwargs

            def format(self, rows, *, title=""):
                return "{label}:" + title + ":" + str(len(rows))

        # An instance made without running __init__, for entry points that
        # name an object rather than a class.
        INSTANCE = Impl.__new__(Impl)
        """


def events() -> list[tuple[object, ...]]:
    """What the plugins recorded so far."""
    module = sys.modules.get(EVENTS_MODULE)
    return [] if module is None else list(module.EVENTS)


def add_formatter(
    env: PluginEnv,
    name: str,
    *,
    dist: str | None = None,
    version: str = "1.0",
    module: str | None = None,
    attr: str = "Impl",
    source: str | None = None,
    group: str = GROUP,
) -> str:
    """Install a distribution with one entry point ``name``; return its module name."""
    module = module or f"plugspec_test_{name}"
    if EVENTS_MODULE not in env.written_modules:
        env.add_module(EVENTS_MODULE, EVENTS_SOURCE)
    env.add_dist(
        dist or f"plugin-{name}",
        version,
        entry_points={group: {name: f"{module}:{attr}" if attr else module}},
        modules={module: formatter_source(name) if source is None else source},
    )
    return module
