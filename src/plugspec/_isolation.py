"""Import and check one namespace's plugins in an interpreter of its own.

Importing a plugin can change what later plugins import: a module put in
``sys.modules`` first, or replaced there (setuptools replaces ``distutils``
when it is imported). So that a plugin's verdict does not depend on which
other namespaces were imported in the same process, ``plugspec check`` over
several namespaces and each ``plugspec-plugins`` table of the Sphinx
extension import a namespace's plugins in a fresh interpreter: the same
Python (``sys.executable``, with the flags that decide what is imported),
the same working directory and environment (``PLUGSPEC_*`` included), and
exactly this process's ``sys.path``. The child runs the function a
:class:`Request` names (``plugspec._cli:child_main`` for ``check``,
``plugspec._catalogue:child_main`` for Sphinx), which reads the request as
JSON from its standard input and writes its result as JSON to the file the
request names; what the plugins print is kept for the parent, and a child
that fails is an error of its namespace.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, cast

__all__ = ["ChildResult", "Request", "available", "in_children", "read_request"]


@dataclass(frozen=True)
class Request:
    """What a child checks: one namespace, as the parent resolved it.

    ``registered`` says whether ``source`` is the namespace registered for
    ``group`` under ``plugspec.namespaces`` (else it was named as
    ``module:attribute``); ``sys_path`` is the parent's; ``main`` the child's
    function (``module:function``); ``output`` the file the child writes its
    document to.
    """

    group: str
    source: str
    registered: bool
    sys_path: list[str]
    main: str
    output: str = ""


@dataclass(frozen=True)
class ChildResult:
    """A child's namespace document, or why there is none; and what it printed."""

    document: dict[str, Any] | None
    error: str | None
    output: str


def available() -> bool:
    """Whether this interpreter can start another of itself."""
    return bool(sys.executable)


def _interpreter_flags() -> list[str]:
    """The command-line flags of this interpreter that decide what is imported and how."""
    flags = sys.flags
    arguments: list[str] = []
    if flags.isolated:
        arguments.append("-I")
    else:
        if flags.ignore_environment:
            arguments.append("-E")
        if flags.no_user_site:
            arguments.append("-s")
        if getattr(flags, "safe_path", False):  # the flag exists from Python 3.11
            arguments.append("-P")
    if flags.optimize:
        arguments.append("-" + "O" * flags.optimize)
    if flags.dont_write_bytecode:
        arguments.append("-B")
    for option in sys.warnoptions:
        arguments += ["-W", option]
    return arguments


def _command(request: Request) -> list[str]:
    module, _, function = request.main.partition(":")
    code = f"from {module} import {function}; {function}()"
    return [sys.executable, *_interpreter_flags(), "-c", code]


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _result(request: Request, status: int, output: str) -> ChildResult:
    """What a finished child found, from its exit status and the file it wrote."""
    try:
        document: object = json.loads(Path(request.output).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        document = None
    if status == 0 and isinstance(document, dict):
        written = cast("dict[str, Any]", document)
        if "failure" in written:
            return ChildResult(None, str(written["failure"]), output)
        return ChildResult(written, None, output)
    if status < 0:
        how = f"its interpreter was killed by signal {-status}"
    elif status == 0:
        how = "its interpreter ended without a result"
    else:
        how = f"its interpreter exited with status {status}"
    last = _last_line(output)
    return ChildResult(None, how + (f": {last}" if last else ""), output)


def in_children(requests: Sequence[Request]) -> list[ChildResult]:
    """Run each request in a child interpreter; the results in order.

    Children run side by side, as many as there are processors, since each
    only imports and checks its own namespace. Their requests and output go
    through files, so no thread is needed to read pipes.
    """
    limit = max(1, os.cpu_count() or 1)
    results: list[ChildResult | None] = [None] * len(requests)
    running: list[tuple[int, subprocess.Popen[bytes]]] = []
    with tempfile.TemporaryDirectory(prefix="plugspec-check-") as scratch:
        files = [Path(scratch) / str(number) for number in range(len(requests))]
        numbered = [
            replace(request, output=str(base.with_suffix(".json")))
            for request, base in zip(requests, files, strict=True)
        ]

        def collect() -> None:
            number, process = running.pop(0)
            status = process.wait()
            output = files[number].with_suffix(".out").read_bytes().decode(errors="replace")
            results[number] = _result(numbered[number], status, output)

        try:
            for number, (request, base) in enumerate(zip(numbered, files, strict=True)):
                if len(running) >= limit:
                    collect()
                base.with_suffix(".in").write_text(json.dumps(asdict(request)), encoding="utf-8")
                with (
                    base.with_suffix(".in").open("rb") as stdin,
                    base.with_suffix(".out").open("wb") as stdout,
                ):
                    try:
                        process = subprocess.Popen(
                            _command(request), stdin=stdin, stdout=stdout, stderr=subprocess.STDOUT
                        )
                    except OSError as error:
                        why = f"cannot start `{sys.executable}`: {error}"
                        results[number] = ChildResult(None, why, "")
                        continue
                running.append((number, process))
            while running:
                collect()
        finally:
            for _, process in running:  # interrupted: leave no child behind
                process.kill()
                process.wait()
    return [result or ChildResult(None, "not run", "") for result in results]


def read_request(text: str) -> Request:
    """The request a child received (the inverse of what :func:`in_children` sends)."""
    fields = json.loads(text)
    return Request(
        str(fields["group"]),
        str(fields["source"]),
        bool(fields["registered"]),
        [str(entry) for entry in fields["sys_path"]],
        str(fields["main"]),
        str(fields["output"]),
    )
