"""A reportapp lifecycle hook that notes how long rendering took."""

from __future__ import annotations

import time

from reportapp.plugins import Report

__all__ = ["TimingHook"]


class TimingHook:
    """Measures the time between ``on_start`` and ``on_finish``."""

    def __init__(self) -> None:
        self._started = 0.0

    def on_start(self, report: Report) -> None:
        """Start the clock."""
        self._started = time.perf_counter()

    def on_finish(self, report: Report) -> None:
        """Add the elapsed time to the report's notes."""
        elapsed = (time.perf_counter() - self._started) * 1000
        report.notes.append(
            f"timing: {len(report.rows)} rows as {report.formatter} in {elapsed:.2f} ms"
        )
