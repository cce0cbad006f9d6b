"""Check entry-point bindings with mypy, importing no plugin code.

For every namespace a small module is generated with one binding per entry
point, written as the application would use the plugin::

    import reportapp_csv as _m0; _ep0: type[_t0.Formatter] = _m0.CsvFormatter

(as the namespace's ``factory`` declares; with no namespace at hand,
``type[P]`` for a class and ``P`` for anything else, decided by reading the
plugin's source). mypy then type-checks those modules, once per run, with a
search path made of links to the plugins' top-level packages: packages that
ship no ``py.typed`` are analysed from their source, stub-only packages from
their ``.pyi`` files. ``follow_imports = silent`` keeps errors inside the
plugins' own code out of the verdict. Each error line is mapped back to its
entry point, with mypy's explanation notes.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import typing_extensions

from .._conformance import Problem, ProblemCode, check
from .._contract import class_given_problem
from .._discovery import EntryPoint
from .._namespace import Namespace
from ._classify import TargetKind, classify
from ._locate import Location, locate
from ._render import TypeWriter, UnrenderableError

__all__ = [
    "MypyMissingError",
    "StaticCheckError",
    "StaticResult",
    "StaticRun",
    "check_static",
    "default_cache_dir",
    "require_mypy",
]

_IDENTIFIER_PATH = re.compile(r"[^\W\d]\w*(\.[^\W\d]\w*)*")
_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<severity>error|note|warning): (?P<text>.*)$")
_CODE = re.compile(r"\s+\[[a-z0-9-]+\]$")


class StaticCheckError(Exception):
    """mypy itself failed (a crash or a usage error), so there is no verdict."""


class MypyMissingError(StaticCheckError):
    """mypy is not installed: the static check needs the ``static`` extra."""


@dataclass(frozen=True)
class StaticResult:
    """The static verdict on one entry point.

    ``annotation`` is the type the target was checked against, as written in
    the generated binding; ``messages`` are mypy's own lines (``error: ...``
    and ``note: ...``) for it, and ``problems`` the same digested per member.
    """

    entry_point: EntryPoint
    annotation: str
    kind: TargetKind
    problems: tuple[Problem, ...] = ()
    messages: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether mypy accepted the binding."""
        return not self.problems


@dataclass(frozen=True)
class StaticRun:
    """Everything one static check found.

    ``namespace_errors`` maps a group to why none of its plugins could be
    checked (for example a protocol that cannot be imported by name).
    """

    results: tuple[StaticResult, ...]
    namespace_errors: Mapping[str, tuple[str, ...]] = field(
        default_factory=dict[str, tuple[str, ...]]
    )
    cache_dir: Path | None = None


def default_cache_dir() -> Path:
    """Where mypy's cache for the static check lives unless told otherwise.

    ``$PLUGSPEC_CACHE_DIR`` if set, else ``plugspec/mypy`` under the user's
    cache directory (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux,
    ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows).
    """
    override = os.environ.get("PLUGSPEC_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "plugspec" / "mypy"


def _link(source: Path, destination: Path) -> None:
    # The link lives in a temporary directory: a relative target would dangle there.
    source = source.absolute()
    try:
        destination.symlink_to(source, target_is_directory=source.is_dir())
    except OSError:  # no symlinks (some Windows setups): copy instead
        if source.is_dir():
            shutil.copytree(source, destination)
        else:
            shutil.copy2(source, destination)


def _link_top_level(location: Location, into: Path) -> None:
    """Make ``location``'s top-level module visible under ``into``."""
    name = location.name
    if not location.is_package:
        file = location.paths[0]
        for sibling in {file, file.with_suffix(".py"), file.with_suffix(".pyi")}:
            if sibling.is_file() and not (into / sibling.name).exists():
                _link(sibling, into / sibling.name)
        return
    if len(location.paths) == 1:
        if not (into / name).exists():
            _link(location.paths[0], into / name)
        return
    # A namespace package split over several directories: merge its portions.
    merged = into / name
    merged.mkdir(exist_ok=True)
    for portion in location.paths:
        for child in sorted(portion.iterdir()):
            if not (merged / child.name).exists():
                _link(child, merged / child.name)


def _digest(error: str, notes: Sequence[str]) -> list[Problem]:
    """Turn one mypy error and its notes into problems, one per member named."""
    message = _CODE.sub("", error)
    problems: list[Problem] = []
    index = 0
    while index < len(notes):
        note = notes[index]
        missing = re.match(r'"(.+)" is missing following "(.+)" protocol members?:$', note)
        if missing and index + 1 < len(notes):
            for member in notes[index + 1].split(","):
                problems.append(
                    Problem(
                        member.strip(),
                        f"missing member `{member.strip()}`",
                        code=ProblemCode.MISSING_MEMBER,
                    )
                )
            index += 2
            continue
        conflict = re.match(r'\s{4}(\w+): expected "(.*)", got "(.*)"$', note)
        if conflict:
            member, expected, found = conflict.groups()
            problems.append(Problem(member, f"incompatible member `{member}`", expected, found))
        elif note.strip() == "Expected:":
            expected_lines: list[str] = []
            found_lines: list[str] = []
            bucket = expected_lines
            index += 1
            while index < len(notes) and notes[index].startswith("        "):
                expected_lines.append(notes[index].strip())
                index += 1
            if index < len(notes) and notes[index].strip() == "Got:":
                index += 1
                bucket = found_lines
                while index < len(notes) and notes[index].startswith("        "):
                    bucket.append(notes[index].strip())
                    index += 1
            signature = next((line for line in expected_lines if line.startswith("def ")), "")
            named = re.match(r"def (\w+)", signature)
            method = named.group(1) if named else None
            problems.append(
                Problem(
                    method,
                    f"incompatible member `{method}`" if method else "incompatible member",
                    "; ".join(expected_lines) or None,
                    "; ".join(found_lines) or None,
                )
            )
            continue
        elif call := re.match(r'"\w+\.__call__" has type "(.*)"$', note):
            # A callable against a callable protocol: the found type is in the error.
            found = re.search(r'expression has type "(.*?)", variable has type', message)
            problems.append(
                Problem(
                    "__call__",
                    "incompatible member `__call__`",
                    call.group(1),
                    found.group(1) if found else None,
                )
            )
        else:
            settable = re.match(r"Protocol member (\w+)\.(\w+) (.*)$", note)
            if settable:
                problems.append(Problem(settable.group(2), f"member `{settable.group(2)}`: {note}"))
        index += 1
    return problems or [Problem(None, message)]


def _member_names(protocol: object) -> list[str]:
    """The members of ``protocol`` (a Protocol, or a parameterised generic one), sorted."""
    origin = typing_extensions.get_origin(protocol) or protocol
    if not isinstance(origin, type) or not typing_extensions.is_protocol(origin):
        return []  # not a protocol class: mypy's verdict stands alone
    return sorted(typing_extensions.get_protocol_members(origin))


class _Nothing:
    """An object with no member of its own."""


def _missing_expectations(protocol: object) -> dict[str, Problem]:
    """What every member of ``protocol`` should be, in the engine's words.

    The engine's report on an object without members names each missing
    member with its expected signature, as the runtime check reports it;
    no plugin code is involved.
    """
    try:
        report = check(_Nothing(), cast("Any", protocol))
    except (TypeError, ValueError):  # a form the engine refuses: mypy's words alone
        return {}
    return {problem.member: problem for problem in report.problems if problem.member}


def _with_missing(
    problems: Sequence[Problem], missing: Sequence[str], expectations: Mapping[str, Problem]
) -> list[Problem]:
    """``problems`` with one problem per missing member, each with its expected signature.

    ``missing`` are the members mypy found absent; mypy's notes may name
    some of them, or (a callable protocol's ``__call__``) others.
    """
    absent = set(missing)
    kept: list[Problem] = []
    for problem in problems:
        if problem.member in absent or (absent and problem.member is None and not problem.found):
            continue  # named again below; or mypy's bare error, now explained
        if problem.member and problem.code is ProblemCode.MISSING_MEMBER:
            problem = expectations.get(problem.member, problem)
        kept.append(problem)
    added = [
        expectations.get(
            member,
            Problem(member, f"missing member `{member}`", code=ProblemCode.MISSING_MEMBER),
        )
        for member in missing
    ]
    return [*added, *kept]


@dataclass
class _Binding:
    index: int
    entry_point: EntryPoint
    annotation: str
    kind: TargetKind
    notes: list[str] = field(default_factory=list[str])
    problems: list[Problem] = field(default_factory=list[Problem])
    messages: list[str] = field(default_factory=list[str])
    explanation: list[str] = field(default_factory=list[str])
    missing: list[str] = field(default_factory=list[str])
    class_given: bool = False  # a class bound where the plugin itself is wanted


def _module_name(group: str, index: int) -> str:
    return f"_plugspec_check_{index}_" + re.sub(r"\W", "_", group)


def _write_check_module(
    path: Path,
    group: str,
    protocol: object,
    entry_points: Sequence[tuple[int, EntryPoint]],
    search_path: Sequence[str | Path] | None,
    factory: object = None,
) -> tuple[list[_Binding], dict[int, tuple[_Binding, str]]]:
    """Write the binding module; return the bindings and what each line checks.

    ``factory`` is the namespace's: ``False`` binds every target as the
    protocol (a class is also bound as ``type[P]``, to name the fix when its
    instances would conform), ``True`` a class as ``type[P]`` and anything else as
    ``Callable[..., P]``, a callable type binds every target as that type;
    ``None`` (no namespace at hand) guesses from the source: a class as
    ``type[P]``, anything else as ``P``.
    """
    writer = TypeWriter()
    expected = writer.render(protocol)  # may raise UnrenderableError
    readable = _readable(protocol)
    typed = factory is not None and not isinstance(factory, bool)
    declared = writer.render(factory) if typed else ""  # may raise UnrenderableError
    members = _member_names(protocol)
    header = [
        f"# `plugspec check --static` for group `{group}`: one binding per entry point.",
        *writer.imports(),
        "import typing as _typing",
        '_T = _typing.TypeVar("_T")',
        "def _instance_of(cls: type[_T], /) -> _T:",
        "    raise NotImplementedError",
        "def _result_of(factory: _typing.Callable[..., _T], /) -> _T:",
        "    raise NotImplementedError",
    ]
    lines = list(header)
    bindings: list[_Binding] = []
    line_roles: dict[int, tuple[_Binding, str]] = {}
    for index, entry_point in entry_points:
        module, attr = entry_point.module, entry_point.attr
        if _IDENTIFIER_PATH.fullmatch(module) is None or (
            attr and _IDENTIFIER_PATH.fullmatch(attr) is None
        ):
            binding = _Binding(index, entry_point, readable, "unknown")
            binding.problems.append(
                Problem(None, f"invalid entry point value `{entry_point.value}`")
            )
            bindings.append(binding)
            continue
        # Stubs handed to mypy through MYPYPATH come first, as they do for mypy.
        stub_dirs = list(filter(None, os.environ.get("MYPYPATH", "").split(os.pathsep)))
        if search_path is not None and not any(
            locate(module, directories) for directories in (stub_dirs, search_path)
        ):
            # mypy would look further (site-packages) and check another copy of the module.
            binding = _Binding(index, entry_point, readable, "unknown")
            where = ", ".join(str(directory) for directory in search_path)
            binding.problems.append(Problem(None, f"module `{module}` is not in {where}"))
            bindings.append(binding)
            continue
        kind = classify(module, attr, stub_dirs) if stub_dirs else "unknown"
        if kind == "unknown":
            kind = classify(module, attr, search_path)
        target = f"_m{index}.{attr}" if attr else f"_m{index}"
        is_class = kind == "class" and factory is not False and not typed
        made: str | None
        if typed:
            annotation, shown, made = declared, _readable(factory), "_result_of"
        elif factory is True and not is_class:
            annotation = f"_typing.Callable[..., {expected}]"
            shown, made = f"Callable[..., {readable}]", "_result_of"
        else:
            annotation = f"type[{expected}]" if is_class else expected
            shown = f"type[{readable}]" if is_class else readable
            made = "_instance_of" if is_class else None
        binding = _Binding(index, entry_point, shown, kind)
        if factory is None and kind == "unknown" and locate(module, search_path) is not None:
            binding.notes.append(
                f"could not tell from the source whether `{entry_point.value}` is a class; "
                f"checked it as a value of type `{readable}`"
            )
        bindings.append(binding)
        lines.append(f"import {module} as _m{index}; _ep{index}: {annotation} = {target}")
        line_roles[len(lines)] = (binding, "verdict")
        if factory is False and kind == "class":
            # A class where the plugin itself is wanted: would its instances do?
            binding.class_given = True
            lines.append(f"_ep{index}_class: type[{expected}] = {target}")
            line_roles[len(lines)] = (binding, "class")
        holder = target
        if made is not None:
            # The same check on what the target makes: mypy explains member conflicts
            # only there. It is made first, so that the annotation cannot steer inference.
            holder = f"_ep{index}_made"
            lines.append(f"{holder} = {made}({target})")
            lines.append(f"_ep{index}_instance: {expected} = {holder}")
            line_roles[len(lines)] = (binding, "explain")
        # One line per protocol member: mypy names every member that is missing
        # (its notes on the binding list two at most, and none when all are missing).
        # (Not `__call__`: mypy gives callables no such attribute, yet calls them.)
        for member in members:
            if member == "__call__":
                continue
            lines.append(f"{holder}.{member}")
            line_roles[len(lines)] = (binding, f"member {member}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return bindings, line_roles


def _readable(form: object) -> str:
    """A form as the reports show it: ``Formatter``, ``Callable[[Config], Formatter]``."""
    return re.sub(r"\b_t\d+\.|\b_typing\.|\bcollections\.abc\.", "", TypeWriter().render(form))


def _attribute(
    stdout: str,
    roles_by_file: Mapping[str, Mapping[int, tuple[_Binding, str]]],
    group_by_file: Mapping[str, str],
    namespace_errors: dict[str, tuple[str, ...]],
    expectations: Mapping[int, Mapping[str, Problem]],
) -> int:
    """Hand each of mypy's errors (with the notes after it) to its entry point.

    ``expectations`` holds, per binding index, its protocol's report on an object
    that has no member at all: what each missing member should have been.
    Returns how many errors mypy reported.
    """
    entries: list[tuple[str, int, str, str, list[str]]] = []
    for raw in stdout.splitlines():
        match = _LINE.match(raw)
        if match is None:
            continue
        file, line = Path(match.group("path")).name, int(match.group("line"))
        severity, text = match.group("severity"), match.group("text")
        last = entries[-1] if entries else None
        if severity == "note" and last is not None and last[:2] == (file, line):
            last[4].append(text)
        else:
            entries.append((file, line, severity, text, []))
    for file, line, severity, text, notes in entries:
        role = roles_by_file.get(file, {}).get(line)
        lines = [f"{severity}: {text}", *(f"note: {note}" for note in notes)]
        if role is None:
            # Not a binding line: the namespace's own imports, or another file.
            group = group_by_file.get(file, "")
            namespace_errors[group] = (*namespace_errors.get(group, ()), *lines)
            continue
        binding, kind = role
        if kind == "class":
            binding.class_given = False  # its instances do not conform either
            continue
        if kind == "explain":
            binding.explanation += notes
            continue
        if kind.startswith("member "):
            binding.missing.append(kind.partition(" ")[2])
            continue
        binding.messages += lines
        if severity == "error":
            binding.problems += _digest(text, notes)
    for binding in _roles_bindings(roles_by_file):
        assignment = any(m.endswith("[assignment]") for m in binding.messages)
        if assignment and binding.explanation:
            error = next(m for m in binding.messages if m.endswith("[assignment]"))
            binding.messages += [f"note: {note}" for note in binding.explanation]
            binding.problems = [
                *(p for p in binding.problems if p.message != _CODE.sub("", error[7:])),
                *_digest(error[7:], binding.explanation),
            ]
        if binding.problems and binding.class_given:
            binding.problems = [class_given_problem(binding.entry_point.group)]
        elif binding.problems:
            expected = expectations.get(binding.index, {})
            binding.problems = _with_missing(binding.problems, binding.missing, expected)
    return sum(severity == "error" for _, _, severity, _, _ in entries)


def _roles_bindings(
    roles_by_file: Mapping[str, Mapping[int, tuple[_Binding, str]]],
) -> list[_Binding]:
    """Every binding mentioned in ``roles_by_file``, once, in line order."""
    seen: dict[int, _Binding] = {}
    for roles in roles_by_file.values():
        for binding, _ in roles.values():
            seen.setdefault(id(binding), binding)
    return list(seen.values())


def require_mypy() -> None:
    """Raise :class:`MypyMissingError` unless mypy can be imported."""
    try:
        importlib.import_module("mypy.api")
    except ImportError as error:
        raise MypyMissingError(
            f"the static check needs mypy ({error}): pip install 'plugspec[static]'"
        ) from error


def _run_mypy(arguments: list[str]) -> tuple[str, str, int]:
    require_mypy()
    from mypy import api

    # Some of mypy's refusals are printed to sys.stderr itself, not to the
    # stream api.run hands it: keep them with the rest of its message.
    direct = io.StringIO()
    with contextlib.redirect_stderr(direct):
        stdout, stderr, status = api.run(arguments)
    return stdout, direct.getvalue() + stderr, status


@dataclass(frozen=True)
class _Plan:
    """One generated module: the entry points of one namespace and how to bind them."""

    group: str
    protocol: object
    factory: object  # the namespace's, or None: guessed from the source
    members: list[tuple[int, EntryPoint]]


def _plans(
    namespaces: Mapping[str, object] | Sequence[Namespace[Any]],
    indexed: list[tuple[int, EntryPoint]],
) -> list[_Plan]:
    if isinstance(namespaces, Mapping):
        return [
            _Plan(group, protocol, None, [(i, ep) for i, ep in indexed if ep.group == group])
            for group, protocol in namespaces.items()
        ]
    return [
        _Plan(
            namespace.group,
            namespace.protocol,
            namespace.factory,
            [
                (i, ep)
                for i, ep in indexed
                if ep.group == namespace.group and namespace.covers(ep.name)
            ],
        )
        for namespace in namespaces
    ]


def check_static(
    namespaces: Mapping[str, object] | Sequence[Namespace[Any]],
    entry_points: Sequence[EntryPoint],
    *,
    search_path: Sequence[str | Path] | None = None,
    cache_dir: Path | None = None,
    context: Sequence[str] = (),
) -> StaticRun:
    """Type-check every entry point against its namespace's protocol with mypy.

    ``namespaces`` are :class:`~plugspec.Namespace` objects: each entry point
    is bound as the namespace that covers its name declares (its ``factory``);
    an entry point no namespace covers is not checked. A mapping of group to
    protocol binds a class as ``type[P]`` and anything else as ``P``.
    ``search_path`` is where plugin modules are looked for (default
    ``sys.path``); nothing is imported from it. One mypy run covers all.
    ``context`` names further modules (found on ``sys.path``) whose packages
    mypy analyses from source when a plugin imports them, as it does the
    checked plugins': give the same ``context`` whichever entry points are
    checked, and mypy sees the same code for each of them.
    """
    indexed = list(enumerate(entry_points))
    plans = _plans(namespaces, indexed)
    cache = cache_dir if cache_dir is not None else default_cache_dir()
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        cache = Path(tempfile.gettempdir()) / "plugspec-mypy-cache"
    namespace_errors: dict[str, tuple[str, ...]] = {}
    all_bindings: list[_Binding] = []
    with tempfile.TemporaryDirectory(prefix="plugspec-static-") as scratch:
        root = Path(scratch)
        links = root / "path"
        checks = root / "check"
        links.mkdir()
        checks.mkdir()
        tops: set[str] = set()
        for entry_point in entry_points:
            top = entry_point.module.partition(".")[0]
            if top in tops or top in sys.stdlib_module_names or not top.isidentifier():
                continue
            tops.add(top)
            location = locate(top, search_path)
            if location is not None:
                _link_top_level(location, links)
        # The protocols' own packages too: mypy's view of the interpreter's
        # path may differ from ours (it skips sys.path[0], for one).
        for form in [*(plan.protocol for plan in plans), *(plan.factory for plan in plans)]:
            if form is None or isinstance(form, bool):
                continue
            try:
                modules = TypeWriter().modules_of(form)
            except UnrenderableError:
                continue
            for module in modules:
                top = module.partition(".")[0]
                if top in tops or top in sys.stdlib_module_names or top == "__main__":
                    continue
                tops.add(top)
                location = locate(top)
                if location is not None:
                    _link_top_level(location, links)
        for module in context:
            top = module.partition(".")[0]
            if top in tops or top in sys.stdlib_module_names or not top.isidentifier():
                continue
            tops.add(top)
            location = locate(top)
            if location is not None:
                _link_top_level(location, links)

        files: list[str] = []
        roles_by_file: dict[str, dict[int, tuple[_Binding, str]]] = {}
        group_by_file: dict[str, str] = {}
        expectations: dict[int, Mapping[str, Problem]] = {}
        for number, plan in enumerate(plans):
            group, members = plan.group, plan.members
            if not members:
                continue
            name = _module_name(group, number)
            path = checks / f"{name}.py"
            try:
                bindings, roles = _write_check_module(
                    path, group, plan.protocol, members, search_path, plan.factory
                )
            except UnrenderableError as error:
                namespace_errors[group] = (str(error),)
                continue
            expected = _missing_expectations(plan.protocol)
            expectations.update((binding.index, expected) for binding in bindings)
            all_bindings += bindings
            files.append(str(path))
            roles_by_file[path.name] = roles
            group_by_file[path.name] = group

        if files:
            config = root / "mypy.ini"
            config.write_text(
                "[mypy]\n"
                f"mypy_path = {links}\n"
                "follow_imports = silent\n"
                f"cache_dir = {cache}\n"
                "incremental = True\n",
                encoding="utf-8",
            )
            stdout, stderr, status = _run_mypy(
                [
                    "--config-file",
                    str(config),
                    "--no-error-summary",
                    "--show-error-codes",
                    "--no-color-output",
                    "--no-pretty",
                    "--hide-error-context",
                    "--show-absolute-path",
                    *files,
                ]
            )
            errors = _attribute(
                stdout, roles_by_file, group_by_file, namespace_errors, expectations
            )
            # Status 1 with no error reported means mypy refused to run (it says why on stderr).
            if status not in (0, 1) or (status == 1 and not errors):
                raise StaticCheckError(
                    f"mypy failed (exit status {status}), saying:\n{stderr}{stdout}".rstrip()
                )

    results = tuple(
        StaticResult(
            binding.entry_point,
            binding.annotation,
            binding.kind,
            tuple(binding.problems),
            tuple(binding.messages),
            tuple(binding.notes),
        )
        for binding in sorted(all_bindings, key=lambda b: b.index)
    )
    return StaticRun(results, namespace_errors, cache)
