"""The core every manager shares: loading, the failure policy, and lookup by name.

Every manager loads a plugin the same way (:meth:`ManagerCore._load_one`):
import the entry point's target, verify it, invoke it when
``invoke_on_load`` is set, verify the result, and wrap it in an
:class:`~plugspec.Extension`. A class that is going to be invoked is checked
as ``type[P]`` first, so a class that cannot conform is refused before its
constructor runs. What differs between managers is only which entry points
are loaded, what happens to a plugin that fails (left out and reported, or
raised), and how the calls are dispatched.

``_install`` sets ``_extensions`` (the loaded extensions, in order),
``_objs`` (their ``obj``, same order) and ``_by_name``, and empties
``_bound``, the per-manager cache of each plugin's method bound once per
protocol method (see ``plugspec._managers._calls``); reordering or filtering
goes through ``_install``.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from .. import _controls
from .._conformance._raw import (
    CLASS_MODULE,
    CLASS_QUALNAME,
    RUNTIME_DESCRIPTORS,
    class_lookup,
    instance_dict,
    is_a,
)
from .._discovery import EntryPoint, entry_points
from .._errors import (
    ConformanceError,
    MultipleMatchesError,
    PluginLoadError,
    PluginOrigin,
    PlugspecError,
)
from .._extension import Extension
from .._namespace import Namespace

if TYPE_CHECKING:
    import logging
    from typing import TypeAlias

    from .._conformance import Report

__all__ = [
    "ConflictResolver",
    "LoadFailureCallback",
    "ManagerCore",
    "hook_name",
]

P = TypeVar("P")
M = TypeVar("M")
R = TypeVar("R")

LoadFailureCallback: TypeAlias = Callable[[M, EntryPoint, PlugspecError], object]
"""``on_load_failure_callback(manager, entry_point, exception)``, for a manager of type ``M``.

Called once for each plugin that fails to import, to be invoked, or to
conform (``exception`` is a :class:`~plugspec.PluginLoadError` or a
:class:`~plugspec.ConformanceError`); the manager goes on without it unless
the callback raises.
"""

ConflictResolver: TypeAlias = Callable[[list[Extension[P]]], Extension[P]]
"""``conflict_resolver(candidates)``: picks one of several extensions that share a name.

It returns one of the candidates. A :class:`~plugspec.DriverManager` calls it
before importing them (see there); ``manager[name]`` calls it with loaded ones.
"""


# What ``make_test_instance`` accepts: name -> object, or ready-made extensions.
Given = Mapping[str, object] | Iterable[Extension[P]]


def logger() -> logging.Logger:
    # Imported on first use (about 18 ms of start-up on CPython 3.11): a run
    # in which every plugin loads never needs logging.
    import logging

    return logging.getLogger("plugspec")


def stored_attribute(obj: object, name: str) -> object:
    """``obj``'s attribute ``name`` as the runtime stores it (``None`` when there is none).

    Found as ``inspect.getattr_static`` finds it: a descriptor of the runtime's
    own on the class (a function's ``__qualname__``), else the instance's
    ``__dict__``, else the class's value; never through the object's own
    ``__getattr__``, ``__getattribute__`` or properties (a property is
    returned as the property object).
    """
    kind = type(obj)
    hit = class_lookup(kind, name)
    found = None if hit is None else hit[1]
    if isinstance(found, RUNTIME_DESCRIPTORS):
        try:
            return found.__get__(obj, kind)
        except Exception:
            return None
    return instance_dict(obj).get(name, found)


def _class_path(cls: type) -> str:
    try:
        return f"{CLASS_MODULE.__get__(cls)}:{CLASS_QUALNAME.__get__(cls)}"
    except Exception:  # a class whose namespace lost its ``__module__``
        return f"?:{cls.__name__}"


def describe(obj: object) -> str:
    """An entry-point-like value for an object given as a plugin (``make_test_instance``...).

    A module's name, a class's or a function's ``module:qualname``, or
    ``module:Class()`` for an instance. Read without running the object's own
    code: a plugin whose ``__getattr__`` raises, or answers any name, is
    described by what it is.
    """
    if is_a(obj, type):
        return _class_path(obj)
    if is_a(obj, types.ModuleType):
        name = instance_dict(obj).get("__name__")
        if isinstance(name, str):
            return name
    elif is_a(obj, types.MethodType):
        return describe(obj.__func__)
    else:
        module = stored_attribute(obj, "__module__")
        qualname = stored_attribute(obj, "__qualname__")
        if isinstance(module, str) and isinstance(qualname, str):
            return f"{module}:{qualname}"
    return f"{_class_path(type(obj))}()"


def _returning(obj: object) -> Callable[[], object]:
    """A loader for an object given to ``make_test_instance``."""
    return lambda: obj


def origin(entry_point: EntryPoint) -> PluginOrigin:
    return PluginOrigin(
        entry_point.group, str(entry_point), entry_point.dist_name, entry_point.dist_version
    )


def warn_missing(group: str, names: Iterable[str]) -> None:
    """Log the asked-for names that no entry point of ``group`` has, naming those it has.

    A name whose entry points are all blocked or disabled is not missing:
    ``PLUGSPEC_BLOCK`` and ``PLUGSPEC_DISABLE`` log their own refusals.
    """
    everything = entry_points(group)
    missing = set(names).difference(ep.name for ep in everything)
    if not missing:
        return
    available = sorted({ep.name for ep in _controls.select(everything, log=False)})
    logger().warning(
        "no entry point named %s in group `%s` (its names: %s)",
        ", ".join(f"`{name}`" for name in sorted(missing)),
        group,
        ", ".join(f"`{name}`" for name in available) or "none",
    )


def _one_line(error: PlugspecError) -> str:
    """The error's message on one line (a conformance error lists its problems on several)."""
    first, *problems = str(error).splitlines()
    listed = "; ".join(line.strip().removeprefix("- ") for line in problems)
    return f"{first} {listed}" if listed else first


def _invokes(namespace: Namespace[Any], invoke_on_load: bool | None) -> bool:
    """Whether targets are called: as the namespace's ``factory`` says.

    stevedore's ``invoke_on_load`` may repeat it; a value that contradicts the
    namespace is refused, so that the namespace stays the whole contract (the
    tools that check plugins without an application read only the namespace).
    """
    declared = namespace.factory is not False
    if invoke_on_load is None or invoke_on_load == declared:
        return declared
    if invoke_on_load:
        raise TypeError(
            f"invoke_on_load=True contradicts {namespace!r}, whose entry points name "
            "the plugins themselves (factory=False): declare factory=True on the "
            "namespace if the targets make the plugins, or drop invoke_on_load"
        )
    raise TypeError(
        f"invoke_on_load=False contradicts {namespace!r}, whose entry points name "
        "factories that make the plugins: drop invoke_on_load, or declare "
        "factory=False on the namespace if the targets are the plugins themselves"
    )


def hook_name(namespace: Namespace[Any], name: str | None) -> str:
    """The hook a ``HookManager`` loads: ``name``, or the namespace's only name."""
    covered = namespace.names
    if name is None:
        if covered is not None and len(covered) == 1:
            return covered[0]
        raise TypeError(
            f"HookManager({namespace!r}) needs the hook's name: it may be left out only "
            "when the namespace covers exactly one name (names=[...])"
        )
    if not namespace.covers(name):
        raise ValueError(f"hook `{name}` is not one of the names {namespace!r} covers")
    return name


def names_list(names: Iterable[str]) -> list[str]:
    if isinstance(names, str):
        raise TypeError(f"names must be a collection of names, not the string {names!r}")
    return list(names)


class ManagerCore(Generic[P]):
    """The shared core: loading, failure policy, and lookup by name."""

    namespace: Namespace[P]
    """The namespace (group and protocol) this manager loads."""

    propagate_map_exceptions: bool
    """Whether an exception raised by a plugin during ``map`` propagates."""

    _invoke_on_load: bool
    _invoke_args: tuple[object, ...]
    _invoke_kwds: dict[str, object]
    _on_load_failure_callback: LoadFailureCallback[Any] | None
    _conflict_resolver: ConflictResolver[P] | None
    _factory_form: object
    _extensions: tuple[Extension[P], ...]
    _objs: tuple[P, ...]
    _by_name: dict[str, list[Extension[P]]]
    _bound: dict[object, tuple[Callable[..., Any], ...]]
    _failures: list[tuple[EntryPoint, PlugspecError]]

    def _setup(
        self,
        namespace: Namespace[P],
        *,
        invoke_on_load: bool | None = None,
        invoke_args: Iterable[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: LoadFailureCallback[Any] | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: ConflictResolver[P] | None = None,
    ) -> None:
        # The one home of the common keyword arguments' defaults: every
        # manager's ``__init__`` and ``make_test_instance`` forward their
        # ``**options`` (typed by ``ManagerOptions``) here.
        if not isinstance(cast(object, namespace), Namespace):
            raise TypeError(
                f"a manager needs a plugspec.Namespace, not {namespace!r} "
                "(write plugspec.Namespace('group.name', Protocol))"
            )
        self.namespace = namespace
        self.propagate_map_exceptions = propagate_map_exceptions
        self._invoke_on_load = _invokes(namespace, invoke_on_load)
        self._invoke_args = tuple(invoke_args)
        self._invoke_kwds = dict(invoke_kwds or {})
        self._on_load_failure_callback = on_load_failure_callback
        self._conflict_resolver = conflict_resolver
        self._failures = []
        # The verifier is imported by the first manager built, not with this
        # module, so that reaching a manager class stays light. Declared here
        # rather than on the class: get_type_hints() of a manager class then
        # needs no ``Report``.
        from .._conformance import check
        from .._contract import class_given_report, factory_form, factory_report

        self._check: Callable[[object, Any], Report] = check
        self._factory_report = factory_report
        self._class_given_report = class_given_report
        # The factory's callable type, made once rather than per plugin.
        self._factory_form = factory_form(namespace) if self._invoke_on_load else None
        self._install(())

    @classmethod
    def _blank(cls, namespace: Namespace[Any], options: Mapping[str, Any]) -> Any:
        """A manager of this class set up with ``options``, with nothing loaded yet."""
        manager = cls.__new__(cls)
        manager._setup(namespace, **options)
        return manager

    def _install(self, extensions: Iterable[Extension[P]]) -> None:
        self._extensions = tuple(extensions)
        self._objs = tuple(ext.obj for ext in self._extensions)
        by_name: dict[str, list[Extension[P]]] = {}
        for ext in self._extensions:
            by_name.setdefault(ext.name, []).append(ext)
        self._by_name = by_name
        self._forget_bound()

    def _forget_bound(self) -> None:
        """Drop what was made from the plugins' bound methods: they are bound again on use."""
        self._bound = {}

    # -- loading ---------------------------------------------------------------

    def _installed(self) -> tuple[EntryPoint, ...]:
        # The one place installed entry points are selected: PLUGSPEC_BLOCK and
        # PLUGSPEC_DISABLE apply here (plugspec._controls).
        # Only the names the namespace covers: another namespace of the
        # group (another protocol) owns the others.
        namespace = self.namespace
        selected = _controls.select(entry_points(namespace.group))
        if namespace.names is None:
            return selected
        return tuple(ep for ep in selected if namespace.covers(ep.name))

    def _load_one(self, entry_point: EntryPoint, load: Callable[[], object]) -> Extension[P]:
        """Import, verify, invoke, verify again; raise what went wrong."""
        # ``Any``: the target is called when invoked, and ``obj`` is a ``P``
        # once checked (no ``cast``: a function call per plugin).
        target: Any
        try:
            target = load()
        except Exception as exc:
            raise PluginLoadError(origin(entry_point), "import", exc) from exc
        namespace = self.namespace
        obj: Any = target
        if self._invoke_on_load:
            # Refuse a factory that cannot make a conforming plugin before running its code.
            self._check_factory(target, entry_point)
            try:
                obj = target(*self._invoke_args, **self._invoke_kwds)
            except Exception as exc:
                raise PluginLoadError(origin(entry_point), "invoke", exc) from exc
        report = self._check(obj, namespace.protocol)
        if not report.ok:
            if obj is target and isinstance(target, type):
                # Say so when the namespace should have declared a factory.
                report = self._class_given_report(target, namespace, report)
            raise ConformanceError(report, origin(entry_point))
        return Extension(entry_point.name, namespace.group, entry_point, target, obj)

    def _check_factory(self, target: object, entry_point: EntryPoint) -> None:
        """Refuse a target that is going to be called, as the namespace's ``factory`` says."""
        report, _ = self._factory_report(target, self.namespace, self._factory_form)
        if not report.ok:
            raise ConformanceError(report, origin(entry_point))

    def _load_all(
        self,
        sources: Iterable[tuple[EntryPoint, Callable[[], object]]],
        *,
        fail_fast: bool = False,
    ) -> list[Extension[P]]:
        """Load every source; failures are raised (``fail_fast``) or left out."""
        loaded: list[Extension[P]] = []
        for entry_point, load in sources:
            try:
                loaded.append(self._load_one(entry_point, load))
            except (PluginLoadError, ConformanceError) as exc:
                self._load_failed(entry_point, exc, fail_fast=fail_fast)
        return loaded

    def _load_failed(
        self,
        entry_point: EntryPoint,
        error: PluginLoadError | ConformanceError,
        *,
        fail_fast: bool,
    ) -> None:
        """Apply the failure policy: record, log (unless failing fast), tell the callback, raise."""
        self._failures.append((entry_point, error))
        if not fail_fast:
            log = logger()
            # One line for whoever runs the application; the traceback is for
            # whoever debugs it.
            log.warning("plugin left out: %s", _one_line(error))
            if log.isEnabledFor(10):  # logging.DEBUG, without importing logging here
                log.debug("plugin left out: %s", error, exc_info=error)
        if self._on_load_failure_callback is not None:
            self._on_load_failure_callback(self, entry_point, error)
        if fail_fast:
            raise error

    def _load_entry_points(
        self, entry_points: Iterable[EntryPoint], *, fail_fast: bool = False
    ) -> list[Extension[P]]:
        return self._load_all(((ep, ep.load) for ep in entry_points), fail_fast=fail_fast)

    def _load_given(self, given: Given[P], *, fail_fast: bool = False) -> list[Extension[P]]:
        """Load what ``make_test_instance`` was given, as if it were installed."""
        group = self.namespace.group
        if isinstance(given, Mapping):
            items = cast(Mapping[str, object], given)
            sources: list[tuple[EntryPoint, Callable[[], object]]] = [
                (EntryPoint(name, describe(obj), group), _returning(obj))
                for name, obj in items.items()
            ]
            return self._load_all(sources, fail_fast=fail_fast)
        loaded: list[Extension[P]] = []
        for ext in given:
            if not isinstance(cast(object, ext), Extension):
                raise TypeError(
                    "make_test_instance takes a mapping of name -> object or "
                    f"plugspec.Extension objects, not {ext!r}"
                )
            report = self._check(ext.obj, self.namespace.protocol)
            if report.ok:
                loaded.append(ext)
            else:
                error = ConformanceError(report, ext.origin)
                self._load_failed(ext.entry_point, error, fail_fast=fail_fast)
        return loaded

    def _install_accepted(
        self, loaded: Iterable[Extension[P]], check_func: Callable[[Extension[P]], bool] | None
    ) -> None:
        """Install the loaded extensions that ``check_func`` accepts (all, without one)."""
        self._install(ext for ext in loaded if check_func is None or check_func(ext))

    # -- calls -----------------------------------------------------------------

    def _call_failed(self, extension: Extension[P], exc: Exception) -> None:
        """Log an exception raised by a plugin during a call."""
        logger().error(
            "plugin `%s` (%s) raised %s: %s; its result is left out",
            extension.name,
            extension.origin,
            type(exc).__name__,
            exc,
            exc_info=exc,
        )

    def _call_each(
        self, extensions: Iterable[Extension[P]], call: Callable[[Extension[P]], R]
    ) -> list[R]:
        """Call ``call`` on each extension, applying the exception policy (dispatch managers)."""
        results: list[R] = []
        for ext in extensions:
            try:
                results.append(call(ext))
            except Exception as exc:
                if self.propagate_map_exceptions:
                    raise
                self._call_failed(ext, exc)
        return results

    # -- lookup ----------------------------------------------------------------

    @property
    def failures(self) -> list[tuple[EntryPoint, PlugspecError]]:
        """The entry points that failed to load, each with its error, in discovery order.

        Each error is a :class:`~plugspec.PluginLoadError` (the import or the
        call made under ``invoke_on_load`` raised; its ``__cause__`` is that
        exception) or a :class:`~plugspec.ConformanceError` (the plugin does
        not conform). A new list: changing it changes nothing.
        """
        return list(self._failures)

    @property
    def extensions(self) -> list[Extension[P]]:
        """The loaded extensions, in order (a new list: changing it changes nothing)."""
        return list(self._extensions)

    def names(self) -> list[str]:
        """The names of the loaded extensions, in order (a duplicated name appears twice)."""
        return [ext.name for ext in self._extensions]

    def __iter__(self) -> Iterator[Extension[P]]:
        """Iterate over the loaded extensions, in order."""
        return iter(self._extensions)

    def __len__(self) -> int:
        """The number of loaded extensions."""
        return len(self._extensions)

    def __contains__(self, name: object) -> bool:
        """Whether an extension with this name was loaded."""
        return name in self._by_name

    def __getitem__(self, name: str) -> Extension[P]:
        """The extension called ``name``.

        Raises :class:`KeyError` (naming the group and the loaded names) when
        there is none, and :class:`~plugspec.MultipleMatchesError` when
        several were loaded under that name, unless the manager has a
        ``conflict_resolver`` to choose one.
        """
        found = self._by_name.get(name)
        if not found:
            known = ", ".join(f"`{n}`" for n in self._by_name) or "none"
            raise KeyError(
                f"no plugin named `{name}` loaded in group `{self.namespace.group}` "
                f"(loaded: {known})"
            )
        if len(found) == 1:
            return found[0]
        return self._resolve(name, found)

    def _resolve(self, name: str, candidates: list[Extension[P]]) -> Extension[P]:
        if self._conflict_resolver is None:
            raise MultipleMatchesError(
                self.namespace.group, name, [ext.origin for ext in candidates]
            )
        return self._conflict_resolver(list(candidates))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.namespace!r}, names={self.names()!r})"
