"""The exceptions plugspec raises, all under :class:`PlugspecError`.

Every error about a plugin carries where it came from (group, entry point,
distribution) both in its message and as attributes, so that an application
can report or filter failures without parsing text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._record import Record, set_field

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ._conformance._report import Report

__all__ = [
    "ConformanceError",
    "MultipleMatchesError",
    "NoMatchesError",
    "PluginLoadError",
    "PluginOrigin",
    "PlugspecError",
]


class PluginOrigin(Record):
    """Where a plugin comes from: its group, entry point and distribution.

    ``entry_point`` is written as in ``entry_points.txt``:
    ``name = module:attr``.
    """

    __slots__ = ("dist_name", "dist_version", "entry_point", "group")
    group: str
    entry_point: str
    dist_name: str | None
    dist_version: str | None

    def __init__(
        self,
        group: str,
        entry_point: str,
        dist_name: str | None = None,
        dist_version: str | None = None,
    ) -> None:
        set_field(self, "group", group)
        set_field(self, "entry_point", entry_point)
        set_field(self, "dist_name", dist_name)
        set_field(self, "dist_version", dist_version)

    @property
    def name(self) -> str:
        """The entry point's name (the part before ``=``)."""
        return self.entry_point.partition("=")[0].strip()

    @property
    def distribution(self) -> str:
        """``name version`` of the distribution, or ``unknown distribution``."""
        if self.dist_name is None:
            return "unknown distribution"
        if self.dist_version is None:
            return self.dist_name
        return f"{self.dist_name} {self.dist_version}"

    def __str__(self) -> str:
        return f"entry point `{self.entry_point}` in group `{self.group}` ({self.distribution})"


class PlugspecError(Exception):
    """Base class of every error raised by plugspec."""


class _PluginError(PlugspecError):
    """An error about one plugin; exposes its origin as attributes."""

    origin: PluginOrigin | None

    def __init__(self, message: str, origin: PluginOrigin | None) -> None:
        super().__init__(message)
        self.origin = origin

    @property
    def group(self) -> str | None:
        """The entry-point group, when known."""
        return None if self.origin is None else self.origin.group

    @property
    def entry_point(self) -> str | None:
        """The entry point as ``name = module:attr``, when known."""
        return None if self.origin is None else self.origin.entry_point

    @property
    def dist_name(self) -> str | None:
        """The distribution that provides the plugin, when known."""
        return None if self.origin is None else self.origin.dist_name

    @property
    def dist_version(self) -> str | None:
        """The version of that distribution, when known."""
        return None if self.origin is None else self.origin.dist_version


class PluginLoadError(_PluginError):
    """A plugin could not be imported, or raised when invoked.

    ``stage`` is ``"import"`` or ``"invoke"``; the original exception is
    ``cause`` (and the ``__cause__`` when raised by plugspec), and its message
    is part of this one.
    """

    stage: str
    cause: BaseException

    def __init__(self, origin: PluginOrigin, stage: str, cause: BaseException) -> None:
        self.stage = stage
        self.cause = cause
        verb = "import" if stage == "import" else "invoke"
        message = f"cannot {verb} {origin}: {type(cause).__name__}: {cause}"
        super().__init__(message, origin)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.origin, self.stage, self.cause))


class ConformanceError(_PluginError):
    """An object does not conform to its protocol; ``report`` lists every problem."""

    report: Report

    def __init__(self, report: Report, origin: PluginOrigin | None = None) -> None:
        self.report = report
        message = str(report) if origin is None else f"{origin}: {report}"
        super().__init__(message, origin)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.report, self.origin))


class NoMatchesError(PlugspecError):
    """No plugin matched: a driver name that is not installed, for example."""

    group: str
    name: str | None
    available: tuple[str, ...]
    reason: str | None
    """Why the plugin cannot load although installed (``PLUGSPEC_BLOCK`` or
    ``PLUGSPEC_DISABLE``), else ``None``."""

    def __init__(
        self,
        group: str,
        name: str | None,
        available: Sequence[str] = (),
        reason: str | None = None,
    ) -> None:
        self.group = group
        self.name = name
        self.available = tuple(available)
        self.reason = reason
        what = f"no plugin named `{name}`" if name is not None else "no plugins"
        if reason is not None:
            what = f"plugin `{name}` is {reason}, so there is {what}"
        known = ", ".join(f"`{n}`" for n in self.available) or "none"
        super().__init__(f"{what} in group `{group}` (available: {known})")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.group, self.name, self.available, self.reason))


class MultipleMatchesError(PlugspecError):
    """More than one plugin matched where exactly one was needed.

    ``candidates`` lists the origin of every match.
    """

    group: str
    name: str
    candidates: tuple[PluginOrigin, ...]

    def __init__(self, group: str, name: str, candidates: Sequence[PluginOrigin]) -> None:
        self.group = group
        self.name = name
        self.candidates = tuple(candidates)
        listed = "; ".join(f"`{c.entry_point}` ({c.distribution})" for c in self.candidates)
        super().__init__(
            f"{len(self.candidates)} plugins named `{name}` in group `{group}`: {listed}. "
            "Choose one with the manager's `conflict_resolver`, or leave a distribution "
            "out with PLUGSPEC_BLOCK=dist:NAME"
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.group, self.name, self.candidates))
