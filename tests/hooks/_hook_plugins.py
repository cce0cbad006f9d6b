"""The hook protocol and installed hook plugins shared by the hook tests."""

from __future__ import annotations

import sys
import textwrap
from typing import Protocol

import plugspec
from _envs import PluginEnv, Site

GROUP = "plugspec_tests.lifecycle"
HOOK = "lifecycle"


class Lifecycle(Protocol):
    """What every test hook plugin implements."""

    def on_start(self, config: dict[str, str]) -> str | None: ...

    async def on_event(self, name: str) -> str: ...


LIFECYCLE = plugspec.Namespace(GROUP, Lifecycle)
# The same group and protocol, with entry points naming classes that make the plugins.
MADE_LIFECYCLE = plugspec.Namespace(GROUP, Lifecycle, factory=True)

# Plugins record their calls here (a module written into each environment).
LOG_MODULE = "plugspec_test_hook_log"
LOG_SOURCE = """
    import asyncio

    CALLS = []
    EVENTS = {}

    def event(name):
        # Created on first use, inside the running event loop.
        if name not in EVENTS:
            EVENTS[name] = asyncio.Event()
        return EVENTS[name]
    """


def calls() -> list[tuple[str, ...]]:
    """The calls the plugins recorded so far."""
    module = sys.modules.get(LOG_MODULE)
    return [] if module is None else list(module.CALLS)


def plugin_source(label: str, *, start: str = "None", event: str = "") -> str:
    """A module whose ``Impl`` records each call.

    ``on_start`` returns the expression ``start``; ``on_event`` runs the
    statements ``event`` (indented as its body, ``name`` in scope) and then
    returns ``"<label>:<name>"``.
    """
    event_body = textwrap.indent(textwrap.dedent(event), " " * 12) if event else ""
    return f"""
import {LOG_MODULE} as _log

class Impl:
    def on_start(self, config):
        _log.CALLS.append(("start", {label!r}))
        return {start}

    async def on_event(self, name):
        _log.CALLS.append(("begin", {label!r}))
        if True:
{event_body or " " * 12 + "pass"}
        _log.CALLS.append(("end", {label!r}))
        return {label!r} + ":" + name
"""


def add_hook_plugin(
    target: PluginEnv | Site,
    dist: str,
    *,
    start: str = "None",
    event: str = "",
    hook: str = HOOK,
    module: str | None = None,
) -> None:
    """Install distribution ``dist`` with one plugin of ``hook`` (class ``Impl``)."""
    env = target if isinstance(target, PluginEnv) else target.env
    if LOG_MODULE not in env.written_modules:
        env.add_module(LOG_MODULE, LOG_SOURCE)
    module = module or "plugspec_test_hook_" + dist.lower().replace("-", "_").replace(".", "_")
    target.add_dist(
        dist,
        entry_points={GROUP: {hook: f"{module}:Impl"}},
        modules={module: plugin_source(dist, start=start, event=event)},
    )
