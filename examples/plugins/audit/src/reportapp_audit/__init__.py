"""A reportapp lifecycle hook that forgot half of the protocol, kept as an example.

``AuditHook`` has ``on_start`` but no ``on_finish``: plugspec leaves it out
of the hooks at load time, and ``plugspec check`` (runtime or static) names
the missing member.
"""

from __future__ import annotations

from reportapp.plugins import Report

__all__ = ["AuditHook"]


class AuditHook:
    """Notes who asked for a report (and never hears that it finished)."""

    def on_start(self, report: Report) -> None:
        """Record the start of the report."""
        report.notes.append(f"audit: report {report.title!r} started")
