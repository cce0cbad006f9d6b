"""The ``list``, ``show`` and ``check`` commands: each builds a JSON-ready result and text."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._conformance import Problem
from .._controls import blocked_reason
from .._discovery import EntryPoint, entry_points
from .._isolation import Request, available, in_children
from .._lookup import covering
from .._namespace import Namespace
from .._static import (
    ProjectError,
    StaticResult,
    StaticRun,
    check_static,
    classify,
    locate,
    project_entry_points,
    project_search_path,
    require_mypy,
)
from ._imports import ImportLedger, Inherited, inherited_text
from ._namespaces import NamespaceRef, UsageError, registered, resolve
from ._output import Styler, align
from ._runtime import RuntimeResult, check_runtime, protocol_members, type_name

__all__ = ["SCHEMA_ID", "Outcome", "check_alone", "run_check", "run_list", "run_show"]

# The function a child interpreter runs to check one namespace (``_isolation``).
CHILD_MAIN = "plugspec._cli:child_main"

SCHEMA_ID = "plugspec.cli/1"
"""The ``schema`` field of every JSON document the command line writes."""

JSON = dict[str, Any]


@dataclass
class Outcome:
    """What a command produced: the JSON document, the text lines, the exit status."""

    document: JSON
    lines: list[str] = field(default_factory=list[str])
    status: int = 0


def _distribution(name: str | None, version: str | None) -> str:
    if name is None:
        return "-"
    return name if version is None else f"{name} {version}"


def _protocols_text(namespaces: tuple[Namespace[Any], ...] | None) -> str | None:
    """The protocol, or each protocol with the names it covers (``Startup [startup], ...``)."""
    if namespaces is None:
        return None
    if len(namespaces) == 1 and namespaces[0].names is None:
        return type_name(namespaces[0].protocol)
    return ", ".join(
        f"{type_name(namespace.protocol)} [{', '.join(namespace.names or ())}]"
        for namespace in namespaces
    )


def _uncovered(entry_point: EntryPoint, namespaces: tuple[Namespace[Any], ...]) -> RuntimeResult:
    covered = ", ".join(f"`{name}`" for namespace in namespaces for name in namespace.names or ())
    return RuntimeResult(
        entry_point,
        None,
        error=(
            f"no protocol for this name: no namespace of `{entry_point.group}` covers "
            f"`{entry_point.name}` (covered: {covered})"
        ),
    )


def _check_one(entry_point: EntryPoint, namespaces: tuple[Namespace[Any], ...]) -> RuntimeResult:
    """The runtime verdict on an entry point, by the namespace that covers its name."""
    namespace = covering(namespaces, entry_point.name)
    if namespace is None:
        return _uncovered(entry_point, namespaces)
    return check_runtime(entry_point, namespace)


def _where_declared(ref: NamespaceRef) -> JSON:
    """A namespace's group, and where it is declared (without importing it)."""
    declared = ref.declared_by
    return {
        "group": ref.group,
        "source": ref.source,
        "distribution": None if declared is None else declared.dist_name,
        "version": None if declared is None else declared.dist_version,
    }


def _namespace_json(ref: NamespaceRef) -> JSON:
    namespaces = ref.load()
    return {**_where_declared(ref), "protocol": _protocols_text(namespaces), "error": ref.error}


def _entry_json(entry_point: EntryPoint) -> JSON:
    return {
        "name": entry_point.name,
        "group": entry_point.group,
        "value": entry_point.value,
        "distribution": entry_point.dist_name,
        "version": entry_point.dist_version,
    }


def _flag_duplicates(plugins: list[JSON]) -> list[JSON]:
    """Set each plugin's ``registered_by``: every distribution registering its name in
    its group, when more than one plugin does (a driver cannot choose); else empty."""
    by_name: dict[tuple[str, str], list[str]] = {}
    for plugin in plugins:
        by_name.setdefault((plugin["group"], plugin["name"]), []).append(
            _distribution(plugin["distribution"], plugin["version"])
        )
    for plugin in plugins:
        same = by_name[(plugin["group"], plugin["name"])]
        plugin["registered_by"] = sorted(same) if len(same) > 1 else []
    return plugins


def _duplicate_lines(plugins: list[JSON], style: Styler) -> list[str]:
    """One warning per name registered by several plugins, naming every distribution."""
    seen: dict[str, list[str]] = {}
    for plugin in plugins:
        if plugin.get("registered_by"):
            seen.setdefault(plugin["name"], plugin["registered_by"])
    return [
        style(
            "warn",
            f"  name `{name}` is registered by {len(dists)} plugins ({', '.join(dists)}): "
            "a DriverManager refuses it (MultipleMatchesError)",
        )
        for name, dists in seen.items()
    ]


def _problem_json(problem: Problem) -> JSON:
    return {
        "member": problem.member,
        "message": problem.message,
        "expected": problem.expected,
        "found": problem.found,
        "code": problem.code.value,
    }


def _namespace_heading(ref: NamespaceRef, style: Styler, protocol: str | None) -> str:
    declared = ref.declared_by
    where = ref.source
    if declared is not None:
        where += f", from {_distribution(declared.dist_name, declared.dist_version)}"
    head = style("bold", ref.group)
    if protocol is not None:
        head += f"  protocol {protocol}"
    return f"{head}  ({where})"


# ---------------------------------------------------------------- list


def _status_cell(style: Styler, status: str) -> str:
    if status == "found":
        return style("ok", status)
    if status == "missing":
        return style("fail", "MISSING")
    return style("warn", status)  # blocked or disabled by the environment


def run_list(arguments: Sequence[str], style: Styler) -> Outcome:
    """``plugspec list``: every plugin of the namespaces, without importing any of them."""
    refs = resolve(arguments)
    documents: list[JSON] = []
    rows: list[tuple[int, list[str], str]] = []
    headings: list[str] = []
    failed = 0
    for number, ref in enumerate(refs):
        headings.append(_namespace_heading(ref, style, None))
        plugins: list[JSON] = []
        for entry_point in entry_points(ref.group):
            location = locate(entry_point.module) if entry_point.module else None
            status = "found" if location is not None else "missing"
            # PLUGSPEC_BLOCK / PLUGSPEC_DISABLE: shown, and never a fault of the plugin.
            blocked = blocked_reason(entry_point)
            if blocked is not None:
                status = "disabled" if blocked.startswith("disabled") else "blocked"
            failed += status == "missing"
            plugins.append(
                {
                    **_entry_json(entry_point),
                    "status": status,
                    "location": None if location is None else str(location.paths[0]),
                    "blocked_by": blocked,
                }
            )
            cells = [
                entry_point.name,
                entry_point.value,
                _distribution(entry_point.dist_name, entry_point.dist_version),
            ]
            rows.append((number, cells, status))
        _flag_duplicates(plugins)
        documents.append(
            {
                "group": ref.group,
                "source": ref.source,
                "distribution": None if ref.declared_by is None else ref.declared_by.dist_name,
                "version": None if ref.declared_by is None else ref.declared_by.dist_version,
                "plugins": plugins,
            }
        )
    aligned = align([[*cells, _status_cell(style, status)] for _, cells, status in rows])
    lines: list[str] = []
    for number, heading in enumerate(headings):
        lines.append(heading)
        entries = [line for line, (n, _, _) in zip(aligned, rows, strict=True) if n == number]
        if not entries:
            lines.append(style("dim", "  (no plugins installed)"))
        lines += entries
        lines += _duplicate_lines(documents[number]["plugins"], style)
    if not refs:
        lines.append("no namespaces are registered under `plugspec.namespaces`")
    total = sum(len(d["plugins"]) for d in documents)
    lines.append(
        f"{len(refs)} namespace{'s' * (len(refs) != 1)}, {total} plugin{'s' * (total != 1)}"
        + (f", {failed} with a missing module" if failed else "")
    )
    document: JSON = {
        "schema": SCHEMA_ID,
        "command": "list",
        "ok": failed == 0,
        "namespaces": documents,
    }
    return Outcome(document, lines, 1 if failed else 0)


# ---------------------------------------------------------------- check


def _runtime_json(result: RuntimeResult, inherited: Sequence[Inherited] = ()) -> JSON:
    return {
        **_entry_json(result.entry_point),
        "ok": result.ok,
        "checked_as": result.checked_as,
        "error": result.error,
        "problems": [_problem_json(p) for p in result.problems],
        "notes": list(result.notes),
        "mypy": [],
        "imported_elsewhere": [
            {
                "module": item.module,
                "group": item.group,
                "plugin": item.plugin,
                "replaced": item.replaced,
            }
            for item in inherited
        ],
    }


def _static_json(result: StaticResult) -> JSON:
    return {
        **_entry_json(result.entry_point),
        "ok": result.ok,
        "checked_as": result.annotation,
        "error": None,
        "problems": [_problem_json(p) for p in result.problems],
        "notes": list(result.notes),
        "mypy": list(result.messages),
        "imported_elsewhere": [],
    }


def _details(plugin: JSON, style: Styler, *, static: bool) -> list[str]:
    """The indented lines under a plugin's row: why it failed, and notes."""
    lines: list[str] = []
    if plugin["error"]:
        lines.append(plugin["error"])
    elif static:
        # Each member at fault as the runtime check words it, then mypy's own
        # lines (a problem naming no member is mypy's error, shown there).
        named = [p for p in plugin["problems"] if p["member"] is not None or not plugin["mypy"]]
        lines += [_problem_text(p) for p in named]
        for message in plugin["mypy"]:
            lines.append(style("dim", message) if message.startswith("note:") else message)
    else:
        lines += [_problem_text(p) for p in plugin["problems"]]
    lines += [style("dim", f"note: {note}") for note in plugin["notes"]]
    inherited = [Inherited(**item) for item in plugin.get("imported_elsewhere", ())]
    lines += [style("warn", f"note: {note}") for note in inherited_text(inherited)]
    return lines


def _problem_text(problem: JSON) -> str:
    return str(Problem(**problem))


def _check_text(
    namespaces: list[JSON], refs: list[NamespaceRef], style: Styler, *, static: bool
) -> list[str]:
    rows: list[list[str]] = []
    for namespace in namespaces:
        for plugin in namespace["plugins"]:
            rows.append(
                [
                    plugin["name"],
                    plugin["value"],
                    _distribution(plugin["distribution"], plugin["version"]),
                    plugin["checked_as"] or "",
                    style("ok", "ok") if plugin["ok"] else style("fail", "FAIL"),
                ]
            )
    aligned = iter(align(rows))
    lines: list[str] = []
    for namespace, ref in zip(namespaces, refs, strict=True):
        lines.append(_namespace_heading(ref, style, namespace["protocol"]))
        if namespace["error"]:
            lines.append(f"  {style('fail', 'ERROR')} {namespace['error']}")
        for message in namespace.get("mypy", []):
            lines.append(f"    {message}")
        if not namespace["plugins"] and not namespace["error"]:
            lines.append(style("dim", "  (no plugins to check)"))
        for plugin in namespace["plugins"]:
            lines.append(next(aligned))
            if not plugin["ok"] or plugin["notes"] or plugin.get("imported_elsewhere"):
                lines += [f"      {line}" for line in _details(plugin, style, static=static)]
        lines += _duplicate_lines(namespace["plugins"], style)
    return lines


def _summary(namespaces: list[JSON]) -> JSON:
    plugins = [p for n in namespaces for p in n["plugins"]]
    failed = sum(not p["ok"] for p in plugins)
    return {
        "namespaces": len(namespaces),
        "plugins": len(plugins),
        "ok": len(plugins) - failed,
        "failed": failed,
        "namespace_errors": sum(n["error"] is not None for n in namespaces),
    }


def _summary_line(summary: JSON, style: Styler, seconds: float | None) -> str:
    text = (
        f"{summary['plugins']} plugin{'s' * (summary['plugins'] != 1)} checked: "
        f"{summary['ok']} ok, {summary['failed']} failed"
    )
    if summary["namespace_errors"]:
        text += f", {summary['namespace_errors']} namespace error(s)"
    if seconds is not None:
        text += f" ({seconds:.1f} s)"
    bad = summary["failed"] or summary["namespace_errors"]
    return style("fail", text) if bad else style("ok", text)


def _static_context() -> list[str]:
    """What mypy analyses from source, whichever namespaces are checked: the
    modules of every registered namespace and of every plugin installed for one.

    A plugin may import another namespace's plugin (or application): were only
    the checked namespaces' packages given to mypy, that import would be
    analysed in a run over both namespaces and be ``Any`` (an untyped package)
    with its own namespace alone, and the verdict would depend on the selection.
    """
    modules: list[str] = []
    for ref in registered():
        modules.append(ref.source.partition(":")[0])
        modules += [ep.module for ep in entry_points(ref.group)]
    return modules


def _static_namespaces(
    refs: list[NamespaceRef],
    candidates: dict[str, list[EntryPoint]],
    search_path: list[Path] | None,
    cache_dir: Path | None,
) -> tuple[list[JSON], StaticRun]:
    declared: list[Namespace[Any]] = []
    uncovered: list[JSON] = []
    chosen: list[EntryPoint] = []
    for ref in refs:
        namespaces = ref.load()
        if namespaces is None:
            continue
        declared += namespaces
        for ep in candidates[ref.group]:
            if covering(namespaces, ep.name) is None:
                uncovered.append(_runtime_json(_uncovered(ep, namespaces)))
            else:
                chosen.append(ep)
    run = check_static(
        declared, chosen, search_path=search_path, cache_dir=cache_dir, context=_static_context()
    )
    by_group: dict[str, list[JSON]] = {}
    for result in run.results:
        by_group.setdefault(result.entry_point.group, []).append(_static_json(result))
    for document in uncovered:
        by_group.setdefault(document["group"], []).append(document)
    documents: list[JSON] = []
    for ref in refs:
        document = _namespace_json(ref)
        errors = run.namespace_errors.get(ref.group, ())
        if errors and document["error"] is None:
            document["error"] = "the namespace's protocol cannot be type-checked"
        document["mypy"] = list(errors)
        document["plugins"] = _flag_duplicates(by_group.get(ref.group, []))
        documents.append(document)
    return documents, run


def _runtime_namespace(
    ref: NamespaceRef, candidates: Sequence[EntryPoint], ledger: ImportLedger | None = None
) -> JSON:
    """A namespace's document: its plugins imported and checked in this process.

    With a ``ledger``, each plugin is also told the modules it uses that a
    plugin of another namespace imported (or replaced) earlier in the process.
    """
    # What the code imported prints goes to stderr: stdout is the report.
    with redirect_stdout(sys.stderr):
        document = _namespace_json(ref)
        loaded = ref.load()
        plugins: list[JSON] = []
        for entry_point in candidates if loaded is not None else ():
            if ledger is not None:
                ledger.start()
            result = _check_one(entry_point, loaded or ())
            inherited = () if ledger is None else ledger.finish(entry_point, result.target)
            plugins.append(_runtime_json(result, inherited))
    document["mypy"] = []
    document["plugins"] = _flag_duplicates(plugins)
    return document


def _failed_namespace(ref: NamespaceRef, why: str) -> JSON:
    """The document of a namespace whose interpreter of its own failed."""
    return {
        **_where_declared(ref),
        "protocol": None,
        "error": f"cannot be checked in an interpreter of its own: {why}",
        "mypy": [],
        "plugins": [],
    }


def _is_registered(ref: NamespaceRef) -> bool:
    """Whether ``ref`` is its group's registered namespace (not another ``module:attribute``)."""
    declared = ref.declared_by
    return declared is not None and declared.name == ref.group and declared.value == ref.source


def _runtime_namespaces(
    refs: list[NamespaceRef],
    candidates: dict[str, list[EntryPoint]],
    sys_path: list[str],
    *,
    same_process: bool,
) -> tuple[list[JSON], str]:
    """Every namespace's document, each namespace's plugins imported in a fresh
    interpreter unless only one namespace has plugins (or ``same_process``);
    and which way they were imported (``per-namespace`` or ``same-process``)."""
    with_plugins = [n for n, ref in enumerate(refs) if candidates[ref.group]]
    if same_process or (len(with_plugins) > 1 and not available()):
        ledger = ImportLedger() if len(with_plugins) > 1 else None
        return [
            _runtime_namespace(ref, candidates[ref.group], ledger) for ref in refs
        ], "same-process"
    if len(with_plugins) < 2:
        # The namespace with plugins first, as if alone: the others import no plugin.
        order = with_plugins + [n for n in range(len(refs)) if n not in with_plugins]
        checked = {n: _runtime_namespace(refs[n], candidates[refs[n].group]) for n in order}
        return [checked[n] for n in range(len(refs))], "per-namespace"
    requests = [
        Request(refs[n].group, refs[n].source, _is_registered(refs[n]), sys_path, CHILD_MAIN)
        for n in with_plugins
    ]
    results = dict(zip(with_plugins, in_children(requests), strict=True))
    documents: list[JSON] = []
    for number, ref in enumerate(refs):
        result = results.get(number)
        if result is None:  # no plugins: only the namespace itself is imported, here
            documents.append(_runtime_namespace(ref, []))
            continue
        if result.output:  # what the plugins printed, kept off the report
            sys.stderr.write(result.output)
        if result.document is None:
            documents.append(_failed_namespace(ref, result.error or "failed"))
        else:
            documents.append(result.document)
    return documents, "per-namespace"


def check_alone(request: Request) -> JSON:
    """The document of one namespace, checked in this (fresh) interpreter: what
    :func:`run_check` asks of each child. Raises UsageError if it cannot be found."""
    if request.registered:
        found = [
            ref
            for ref in registered()
            if ref.group == request.group and ref.source == request.source
        ]
        if not found:
            raise UsageError(f"`{request.source}` is no longer registered for `{request.group}`")
        ref = found[0]
    else:
        (ref,) = resolve([request.source])
    return _runtime_namespace(ref, list(entry_points(ref.group)))


def run_check(
    arguments: Sequence[str],
    style: Styler,
    *,
    static: bool,
    project: Path | None,
    cache_dir: Path | None,
    same_process: bool = False,
) -> Outcome:
    """``plugspec check``: verify every plugin, at run time or (``static``) with mypy.

    At run time, when more than one namespace has plugins, each namespace's
    plugins are imported and checked in an interpreter of their own, so that
    a verdict is the one checking that namespace alone gives; ``same_process``
    checks them all here, telling each plugin which modules it uses came
    from another namespace's plugin.
    """
    if project is not None and not static:
        raise UsageError("--project checks a source tree statically: add --static")
    if same_process and static:
        raise UsageError("--same-process is about importing plugins: --static imports none")
    # sys.path as the command line set it up, before any namespace is imported.
    sys_path = list(sys.path)
    started = time.perf_counter()
    if static:
        require_mypy()
    refs = resolve(arguments)
    search_path: list[Path] | None = None
    skipped: list[str] = []
    if project is not None:
        try:
            declared = project_entry_points(project)
        except ProjectError as error:
            raise UsageError(str(error)) from error
        known = {ref.group for ref in refs}
        skipped = sorted({ep.group for ep in declared if ep.group not in known})
        candidates = {ref.group: [ep for ep in declared if ep.group == ref.group] for ref in refs}
        # Only the namespaces the project plugs into, unless named explicitly.
        if not arguments:
            refs = [ref for ref in refs if candidates[ref.group]]
        search_path = project_search_path(project)
    else:
        candidates = {ref.group: list(entry_points(ref.group)) for ref in refs}

    run: StaticRun | None = None
    namespaces: list[JSON]
    isolation: str | None = None
    if static:
        namespaces, run = _static_namespaces(refs, candidates, search_path, cache_dir)
    else:
        namespaces, isolation = _runtime_namespaces(
            refs, candidates, sys_path, same_process=same_process
        )
    seconds = time.perf_counter() - started
    summary = _summary(namespaces)
    bad = bool(summary["failed"] or summary["namespace_errors"])
    result: JSON = {
        "schema": SCHEMA_ID,
        "command": "check",
        "mode": "static" if static else "runtime",
        "ok": not bad,
        "isolation": isolation,
        "project": None if project is None else str(project),
        "cache_dir": None if run is None or run.cache_dir is None else str(run.cache_dir),
        "skipped_groups": skipped,
        "namespaces": namespaces,
        "summary": summary,
    }
    lines = _check_text(namespaces, refs, style, static=static)
    if project is not None and not refs:
        lines.append(f"{project}: declares no entry points in a registered namespace")
    if skipped:
        lines.append(style("dim", f"not plugin namespaces, skipped: {', '.join(skipped)}"))
    lines.append(_summary_line(summary, style, seconds if static else None))
    return Outcome(result, lines, 1 if bad else 0)


# ---------------------------------------------------------------- show


def run_show(
    namespace_argument: str,
    name: str,
    style: Styler,
    *,
    static: bool,
    cache_dir: Path | None,
) -> Outcome:
    """``plugspec show``: one plugin in detail, the protocol's members, every problem."""
    if static:
        require_mypy()
    (ref,) = resolve([namespace_argument])
    installed = entry_points(ref.group)
    matches = [ep for ep in installed if ep.name == name]
    if not matches:
        names = ", ".join(sorted({f"`{ep.name}`" for ep in installed})) or "none are installed"
        raise UsageError(f"no plugin named `{name}` in `{ref.group}` (plugins: {names})")
    namespaces = ref.load()
    document = _namespace_json(ref)
    document["error"] = ref.error
    namespace = None if namespaces is None else covering(namespaces, name)
    members = [] if namespace is None else protocol_members(namespace.protocol)
    document["members"] = [
        {"name": m.name, "kind": m.kind, "signature": m.signature, "doc": m.doc} for m in members
    ]
    plugins: list[JSON] = []
    if namespaces is not None and namespace is None:
        plugins = [
            {**_runtime_json(_uncovered(ep, namespaces)), "kind": None, "location": None}
            for ep in matches
        ]
    if namespace is not None:
        if static:
            run = check_static([namespace], matches, cache_dir=cache_dir, context=_static_context())
            results = [_static_json(result) for result in run.results]
            errors = run.namespace_errors.get(ref.group, ())
            if errors:
                document["error"] = "the namespace's protocol cannot be type-checked: " + " ".join(
                    errors
                )
        else:
            with redirect_stdout(sys.stderr):  # what plugins print is not the report
                results = [_runtime_json(check_runtime(ep, namespace)) for ep in matches]
        # No results at all when the protocol itself cannot be type-checked.
        checked = matches if results else []
        for entry_point, result in zip(checked, results, strict=True):
            location = locate(entry_point.module)
            plugins.append(
                {
                    **result,
                    "kind": classify(entry_point.module, entry_point.attr),
                    "location": None if location is None else str(location.paths[0]),
                }
            )
    _flag_duplicates(plugins)
    ok = document["error"] is None and all(p["ok"] for p in plugins)
    out: JSON = {
        "schema": SCHEMA_ID,
        "command": "show",
        "mode": "static" if static else "runtime",
        "ok": ok,
        "namespace": document,
        "plugins": plugins,
    }
    lines = [_namespace_heading(ref, style, document["protocol"])]
    if document["error"]:
        lines.append(f"  {style('fail', 'ERROR')} {document['error']}")
    lines += _duplicate_lines(plugins, style)
    if members:
        lines.append("  members:")
        lines += [f"    {m.signature}" for m in members]
    for plugin in plugins:
        verdict = style("ok", "ok") if plugin["ok"] else style("fail", "FAIL")
        lines.append("")
        lines += align(
            [
                ["plugin", f"{plugin['name']} = {plugin['value']}"],
                ["distribution", _distribution(plugin["distribution"], plugin["version"])],
                ["location", plugin["location"] or "-"],
                ["checked as", plugin["checked_as"] or "-"],
                ["verdict", verdict],
            ]
        )
        lines += [f"    {line}" for line in _details(plugin, style, static=static)]
    return Outcome(out, lines, 0 if ok else 1)
