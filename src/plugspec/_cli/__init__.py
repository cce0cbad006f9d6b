"""The ``plugspec`` command line (also ``python -m plugspec``).

``list``, ``show`` and ``check`` (``--static`` for mypy, ``--project`` for
an uninstalled source tree), each with ``--json``. Exit status: 0 all good,
1 a plugin (or namespace) is at fault, 2 usage error. The JSON documents
follow ``schema.json`` beside this module.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .._isolation import read_request
from .._static import MypyMissingError, StaticCheckError
from ._commands import SCHEMA_ID, Outcome, check_alone, run_check, run_list, run_show
from ._namespaces import UsageError
from ._output import Styler, write

__all__ = ["SCHEMA_PATH", "child_main", "console_main", "main"]

SCHEMA_PATH = Path(__file__).with_name("schema.json")
"""The JSON Schema of every ``--json`` document."""

_EPILOG = """\
A NAMESPACE is a group registered under the `plugspec.namespaces` entry-point
group (see `plugspec list`) or `module:attribute` of a plugspec.Namespace.
Exit status: 0 all good, 1 a plugin is at fault, 2 usage error.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plugspec",
        description="Inspect and verify the plugins installed for plugspec namespaces.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    json_help = f"write one JSON document (schema `{SCHEMA_ID}`) instead of text"
    listing = commands.add_parser(
        "list", help="list the plugins of every namespace, importing none of them"
    )
    listing.add_argument("namespaces", nargs="*", metavar="NAMESPACE")
    listing.add_argument("--json", action="store_true", help=json_help)

    cache_help = "mypy's cache directory (default: $PLUGSPEC_CACHE_DIR or the user cache dir)"
    show = commands.add_parser(
        "show", help="one plugin in detail: the protocol's members and every problem"
    )
    show.add_argument("namespace", metavar="NAMESPACE")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--static", action="store_true", help="check with mypy, importing nothing")
    show.add_argument("--cache-dir", type=Path, help=cache_help)
    show.add_argument("--json", action="store_true", help=json_help)

    check = commands.add_parser(
        "check", help="load and verify every plugin (or, with --static, type-check the bindings)"
    )
    check.add_argument("namespaces", nargs="*", metavar="NAMESPACE")
    check.add_argument(
        "--static",
        action="store_true",
        help="verify every binding with mypy without importing any plugin code",
    )
    check.add_argument(
        "--project",
        type=Path,
        metavar="PATH",
        help="with --static: check the entry points declared in PATH/pyproject.toml "
        "against the installed namespaces, before the project is installed",
    )
    check.add_argument(
        "--same-process",
        action="store_true",
        help="import every namespace's plugins in this one process (faster), instead of "
        "each namespace's in an interpreter of its own; a plugin using a module that "
        "another namespace's plugin imported is told so",
    )
    check.add_argument("--cache-dir", type=Path, help=cache_help)
    check.add_argument("--json", action="store_true", help=json_help)
    return parser


def _run(args: argparse.Namespace, style: Styler) -> Outcome:
    if args.command == "list":
        return run_list(args.namespaces, style)
    if args.command == "show":
        return run_show(
            args.namespace, args.name, style, static=args.static, cache_dir=args.cache_dir
        )
    return run_check(
        args.namespaces,
        style,
        static=args.static,
        project=args.project,
        cache_dir=args.cache_dir,
        same_process=args.same_process,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    style = Styler(sys.stdout)
    try:
        outcome = _run(args, style)
    except (UsageError, MypyMissingError, StaticCheckError) as error:
        if args.json:
            document = {"schema": SCHEMA_ID, "command": args.command, "ok": False}
            print(json.dumps({**document, "error": str(error)}, indent=2))
        print(f"plugspec {args.command}: {error}", file=sys.stderr)
        return 2
    try:
        if args.json:
            print(json.dumps(outcome.document, indent=2))
        else:
            write(outcome.lines)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`plugspec list | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return outcome.status


def console_main() -> int:
    """The ``plugspec`` console script: :func:`main` on ``python -m plugspec``'s ``sys.path``.

    ``python -m plugspec`` puts the current directory first on ``sys.path``
    (unless ``-P`` or ``PYTHONSAFEPATH`` asks for a safe path); a console
    script puts its own directory there instead, so ``module:attribute`` in
    the current directory would be found by one and not the other.
    """
    if not getattr(sys.flags, "safe_path", False):  # the flag exists from Python 3.11
        script_directory = os.path.dirname(os.path.realpath(sys.argv[0]))
        if sys.path and os.path.realpath(sys.path[0] or os.curdir) == script_directory:
            sys.path[0] = os.getcwd()
        else:
            sys.path.insert(0, os.getcwd())
    return main()


def child_main() -> None:
    """One namespace checked in a fresh interpreter, for ``plugspec check`` (see
    :mod:`plugspec._isolation`): the request on standard input, the
    namespace's document (or ``{"failure": why}``) in the file it names."""
    request = read_request(sys.stdin.read())
    sys.path[:] = request.sys_path
    try:
        document = check_alone(request)
    except UsageError as error:
        document = {"failure": str(error)}
    except BaseException as error:  # a plugin ending the interpreter (SystemExit) included
        document = {"failure": f"the check was stopped: {type(error).__name__}: {error}"}
    Path(request.output).write_text(json.dumps(document), encoding="utf-8")
