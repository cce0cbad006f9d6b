"""Operational controls: keep plugins from loading without touching code.

Two environment variables, read on every manager construction (the parsed
form is cached per value, so an unchanged environment costs two dictionary
lookups):

``PLUGSPEC_BLOCK``
    Plugins that must not load. Items are separated by commas and/or
    whitespace; each is one of

    * ``NAME`` -- every plugin called ``NAME``, in any group;
    * ``GROUP:NAME`` -- the plugin ``NAME`` of group ``GROUP`` (``GROUP:*``:
      every plugin of the group);
    * ``dist:DIST`` -- every plugin of the distribution ``DIST`` (compared
      after PEP 503 normalisation, so ``My_Plugins`` blocks ``my-plugins``).

    Plugin names are compared exactly (entry-point names are case-sensitive).

``PLUGSPEC_DISABLE``
    Groups whose plugins must not load at all: group names separated by
    commas and/or whitespace, or ``*`` for every group.

A blocked plugin is not imported; managers leave it out as if it were not
installed, logging it at ``INFO`` on the ``plugspec`` logger (it is not a
failure, so ``on_load_failure_callback`` is not called), and
:class:`~plugspec.DriverManager` asked for it raises
:class:`~plugspec.NoMatchesError` saying that it is blocked.
``plugspec list`` shows such plugins as ``blocked`` or ``disabled``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ._distname import pep503_name

if TYPE_CHECKING:
    from ._discovery import EntryPoint

__all__ = [
    "BLOCK_VARIABLE",
    "DISABLE_VARIABLE",
    "Controls",
    "blocked_reason",
    "current",
    "refusal",
    "select",
]

BLOCK_VARIABLE = "PLUGSPEC_BLOCK"
DISABLE_VARIABLE = "PLUGSPEC_DISABLE"


def _items(value: str) -> list[str]:
    return value.replace(",", " ").split()


class Controls:
    """The parsed ``PLUGSPEC_BLOCK`` and ``PLUGSPEC_DISABLE`` values."""

    # A plain class, not a dataclass: this module is imported with plugspec,
    # and building a dataclass costs more than everything else here.
    __slots__ = ("dists", "groups", "names", "pairs")

    names: frozenset[str]
    """Plugin names blocked in every group."""

    pairs: frozenset[tuple[str, str]]
    """``(group, name)`` pairs blocked (``name`` may be ``*``)."""

    dists: frozenset[str]
    """Distribution names blocked, normalised."""

    groups: frozenset[str]
    """Groups disabled (``*`` disables all)."""

    def __init__(
        self,
        names: frozenset[str] = frozenset(),
        pairs: frozenset[tuple[str, str]] = frozenset(),
        dists: frozenset[str] = frozenset(),
        groups: frozenset[str] = frozenset(),
    ) -> None:
        self.names = names
        self.pairs = pairs
        self.dists = dists
        self.groups = groups

    @classmethod
    def parse(cls, block: str, disable: str) -> Controls:
        """Parse the two variables' values.

        >>> c = Controls.parse("csv, myapp.formatters:json dist:Fancy_Fmt", "other.group")
        >>> sorted(c.names), sorted(c.pairs), sorted(c.dists), sorted(c.groups)
        (['csv'], [('myapp.formatters', 'json')], ['fancy-fmt'], ['other.group'])
        """
        names: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        dists: set[str] = set()
        for item in _items(block):
            group, sep, name = item.partition(":")
            if not sep:
                names.add(item)
            elif group == "dist":
                if name:
                    dists.add(pep503_name(name))
            elif group and name:
                pairs.add((group, name))
        return cls(frozenset(names), frozenset(pairs), frozenset(dists), frozenset(_items(disable)))

    @property
    def active(self) -> bool:
        """Whether anything is blocked or disabled at all."""
        return bool(self.names or self.pairs or self.dists or self.groups)

    def group_disabled(self, group: str) -> bool:
        """Whether ``PLUGSPEC_DISABLE`` turns off every plugin of ``group``."""
        groups = self.groups
        return group in groups or "*" in groups

    def reason(self, entry_point: EntryPoint) -> str | None:
        """Why ``entry_point`` must not load (the setting that says so), or ``None``."""
        group, name = entry_point.group, entry_point.name
        if self.group_disabled(group):
            which = group if group in self.groups else "*"
            return f"disabled by {DISABLE_VARIABLE} (`{which}`)"
        if name in self.names:
            return f"blocked by {BLOCK_VARIABLE} (`{name}`)"
        for wanted in (name, "*"):
            if (group, wanted) in self.pairs:
                return f"blocked by {BLOCK_VARIABLE} (`{group}:{wanted}`)"
        dist = entry_point.dist_name
        if dist is not None and self.dists and pep503_name(dist) in self.dists:
            return f"blocked by {BLOCK_VARIABLE} (`dist:{dist}`)"
        return None


_NONE = Controls()
# The last values seen and what they parsed to: one entry is enough, since
# the environment rarely changes while a process runs.
_cached: tuple[str, str, Controls] = ("", "", _NONE)


def current() -> Controls:
    """The controls the environment sets now."""
    global _cached
    environ = os.environ
    block = environ.get(BLOCK_VARIABLE, "")
    disable = environ.get(DISABLE_VARIABLE, "")
    cached = _cached
    if cached[0] == block and cached[1] == disable:
        return cached[2]
    controls = Controls.parse(block, disable)
    _cached = (block, disable, controls)
    return controls


def blocked_reason(entry_point: EntryPoint) -> str | None:
    """Why the environment keeps ``entry_point`` from loading, or ``None``
    (what ``plugspec list`` reports)."""
    controls = current()
    return controls.reason(entry_point) if controls.active else None


def select(entry_points: tuple[EntryPoint, ...], *, log: bool = True) -> tuple[EntryPoint, ...]:
    """``entry_points`` without those the environment blocks; each one left
    out is logged at ``INFO`` on the ``plugspec`` logger (unless ``log`` is
    false: the caller has logged them already)."""
    controls = current()
    if not controls.active or not entry_points:
        return entry_points
    kept: list[EntryPoint] = []
    refused: list[tuple[EntryPoint, str]] = []
    for entry_point in entry_points:
        reason = controls.reason(entry_point)
        if reason is None:
            kept.append(entry_point)
        else:
            refused.append((entry_point, reason))
    if refused and log:
        _log(refused)
    return tuple(kept)


def _log(refused: Iterable[tuple[EntryPoint, str]]) -> None:
    import logging  # only when something is blocked: `import plugspec` stays light

    logger = logging.getLogger("plugspec")
    for entry_point, reason in refused:
        logger.info(
            "plugin not loaded: entry point `%s` in group `%s` (%s): %s",
            entry_point,
            entry_point.group,
            _distribution(entry_point),
            reason,
        )


def _distribution(entry_point: EntryPoint) -> str:
    name, version = entry_point.dist_name, entry_point.dist_version
    if name is None:
        return "unknown distribution"
    return name if version is None else f"{name} {version}"


def refusal(entry_points: Iterable[EntryPoint], name: str) -> str | None:
    """Why the installed plugin called ``name`` among ``entry_points`` may
    not load, or ``None`` when none of that name is blocked (for the
    message of a :class:`~plugspec.NoMatchesError`)."""
    controls = current()
    if not controls.active:
        return None
    reasons = (controls.reason(ep) for ep in entry_points if ep.name == name)
    return next((reason for reason in reasons if reason is not None), None)
