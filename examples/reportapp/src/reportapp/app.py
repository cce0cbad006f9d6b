"""The ``reportapp`` command: render the sample table with a formatter plugin."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

import plugspec
from plugspec import PlugspecError
from reportapp.plugins import (
    CHECKS,
    FORMATTERS,
    HOOKS,
    PRECOMMIT,
    STARTUP,
    Check,
    Formatter,
    LifecycleHook,
    PrecommitHook,
    Report,
    StartupHook,
)

__all__ = ["SAMPLE_ROWS", "main", "render"]

SAMPLE_ROWS: list[dict[str, object]] = [
    {"region": "north", "units": 120, "revenue": 1530.5},
    {"region": "south", "units": 85, "revenue": 990.0},
    {"region": "west", "units": 42, "revenue": None},
]


def _refused(manager: object, entry_point: object, error: Exception) -> None:
    # Hooks and checks that fail to load are left out; say why, once.
    print(f"reportapp: plugin refused: {error}", file=sys.stderr)


def render(
    formatter_name: str,
    rows: list[dict[str, object]],
    *,
    title: str = "",
    disabled_checks: Sequence[str] = (),
) -> Report:
    """Render ``rows`` with the named formatter, running hooks and checks around it."""
    driver = plugspec.DriverManager(FORMATTERS, formatter_name)
    formatter: Formatter = driver.driver
    report = Report(title=title, rows=rows, formatter=formatter_name)

    hooks = plugspec.HookManager(HOOKS, "lifecycle", on_load_failure_callback=_refused)
    hooks.map_method(LifecycleHook.on_start, report)

    checks = plugspec.EnabledExtensionManager(
        CHECKS,
        check_func=lambda extension: extension.name not in disabled_checks,
        on_load_failure_callback=_refused,
    )
    for warnings in checks.map_method(Check.__call__, rows):
        report.warnings.extend(warnings)

    # Each event of reportapp.events has its own protocol and manager.
    startup = plugspec.HookManager(STARTUP, on_load_failure_callback=_refused)
    report.notes.extend(startup.map_method(StartupHook.startup, title))
    precommit = plugspec.HookManager(PRECOMMIT, on_load_failure_callback=_refused)
    vetoes = [why for why in precommit.map_method(PrecommitHook.precommit, rows) if why]
    report.warnings.extend(f"precommit: {why}" for why in vetoes)

    report.output = formatter.format(rows, title=title)
    hooks.map_method(LifecycleHook.on_finish, report)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="reportapp", description=__doc__)
    parser.add_argument("--format", default="csv", help="formatter plugin to use")
    parser.add_argument("--title", default="Sales by region")
    parser.add_argument("--disable-check", action="append", default=[], metavar="NAME")
    parser.add_argument("--list", action="store_true", help="list the installed formatters")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(name)s: %(message)s", level=logging.ERROR)

    if args.list:
        formatters = plugspec.ExtensionManager(FORMATTERS, on_load_failure_callback=_refused)
        for name in formatters.names():
            print(name)
        return 0
    try:
        report = render(
            args.format, SAMPLE_ROWS, title=args.title, disabled_checks=args.disable_check
        )
    except PlugspecError as error:
        print(f"reportapp: cannot use formatter `{args.format}`: {error}", file=sys.stderr)
        return 1
    print(report.output)
    for warning in report.warnings:
        print(f"warning: {warning}")
    for note in report.notes:
        print(f"note: {note}")
    return 0
