"""The plugin managers: one loading core, and a thin policy per pattern.

Every manager loads a plugin the same way (:meth:`_ManagerBase._load_one`):
import the entry point's target, verify it, invoke it when
``invoke_on_load`` is set, verify the result, and wrap it in an
:class:`~plugspec.Extension`. A class that is going to be invoked is checked
as ``type[P]`` first, so a class that cannot conform is refused before its
constructor runs. What differs between managers is only which entry points
are loaded, what happens to a plugin that fails (left out and reported, or
raised), and how the calls are dispatched.

Internal layout, for code built on the managers: ``_install`` sets
``_extensions`` (the loaded extensions, in order), ``_objs`` (their ``obj``,
same order) and ``_by_name``, and empties ``_bound``, the per-manager cache
of each plugin's method bound once per protocol method (see
:meth:`_MappingManager._bind`); reordering or filtering goes through
``_install``. The ``map`` family iterates over these with nothing else in
the loop; after a plugin raises, :meth:`_ManagerBase._continue_after`
finishes the call one plugin at a time and :meth:`_ManagerBase._call_failed`
logs each failure.
"""

from __future__ import annotations

import contextlib
import functools
import re
import types
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, cast

from . import _controls
from ._discovery import EntryPoint, entry_points, entry_points_named
from ._errors import (
    ConformanceError,
    MultipleMatchesError,
    NoMatchesError,
    PluginLoadError,
    PluginOrigin,
    PlugspecError,
)
from ._extension import Extension
from ._namespace import Namespace
from ._outcome import Outcome

if TYPE_CHECKING:
    import logging

    from ._conformance import Report

__all__ = [
    "DispatchExtensionManager",
    "DriverManager",
    "EnabledExtensionManager",
    "ExtensionManager",
    "HookManager",
    "NameDispatchExtensionManager",
    "NamedExtensionManager",
]

P = TypeVar("P")
Q = TypeVar("Q")
R = TypeVar("R")
A = ParamSpec("A")

# What ``make_test_instance`` accepts: name -> object, or ready-made extensions.
_Given = Mapping[str, object] | Iterable[Extension[Q]]
_Resolver = Callable[[list[Extension[Q]]], Extension[Q]]


def _logger() -> logging.Logger:
    # Imported on first use: `import plugspec` stays light, and a run in
    # which every plugin loads never needs logging.
    import logging

    return logging.getLogger("plugspec")


def _method_name(method: object) -> str:
    name = getattr(method, "__name__", None)
    if not isinstance(name, str):
        # A classmethod or staticmethod object taken from a class __dict__.
        name = getattr(getattr(method, "__func__", None), "__name__", None)
    if not isinstance(name, str):
        raise TypeError(
            f"map_method needs a protocol method such as `Formatter.format`, not {method!r}"
        )
    return name


# How many methods a manager keeps bound (see ``map_method``); a protocol
# has few, so this only bounds misuse such as a new function for every call.
_BOUND_CACHE_SIZE = 64


# No argument given (distinct from ``None``, a valid one).
_NO_ARG: Any = object()


def _late_bound(obj: object, name: str) -> Callable[..., Any]:
    def call(*args: object, **kwargs: object) -> Any:
        return getattr(obj, name)(*args, **kwargs)

    return call


def _caller(
    bound: tuple[Callable[..., R], ...], args: tuple[object, ...], kwargs: dict[str, object]
) -> Callable[[int], R]:
    # Built only after a failure, so that the hot loop's variables stay plain locals.
    return lambda index: bound[index](*args, **kwargs)


def _describe(obj: object) -> str:
    """An entry-point-like value for an object given to ``make_test_instance``."""
    if isinstance(obj, types.ModuleType):
        return obj.__name__
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if isinstance(module, str) and isinstance(qualname, str):
        return f"{module}:{qualname}"
    kind = type(obj)
    return f"{kind.__module__}:{kind.__qualname__}()"


def _returning(obj: object) -> Callable[[], object]:
    """A loader for an object given to ``make_test_instance``."""
    return lambda: obj


def _origin(entry_point: EntryPoint) -> PluginOrigin:
    return PluginOrigin(
        entry_point.group, str(entry_point), entry_point.dist_name, entry_point.dist_version
    )


class _ManagerBase(Generic[P]):
    """The shared core: loading, failure policy, and lookup by name."""

    namespace: Namespace[P]
    """The namespace (group and protocol) this manager loads."""

    propagate_map_exceptions: bool
    """Whether an exception raised by a plugin during ``map`` propagates."""

    _invoke_on_load: bool
    _invoke_args: tuple[object, ...]
    _invoke_kwds: dict[str, object]
    _on_load_failure_callback: Callable[[Any, EntryPoint, PlugspecError], object] | None
    _conflict_resolver: _Resolver[P] | None
    _class_form: Any
    _extensions: tuple[Extension[P], ...]
    _objs: tuple[P, ...]
    _by_name: dict[str, list[Extension[P]]]
    _bound: dict[object, tuple[Callable[..., Any], ...]]

    def _setup(
        self,
        namespace: Namespace[P],
        *,
        invoke_on_load: bool,
        invoke_args: Iterable[object],
        invoke_kwds: Mapping[str, object] | None,
        on_load_failure_callback: Callable[[Any, EntryPoint, PlugspecError], object] | None,
        propagate_map_exceptions: bool,
        conflict_resolver: _Resolver[P] | None,
    ) -> None:
        # Every manager's ``__init__`` and ``make_test_instance`` spell out these
        # keyword arguments and forward them here rather than sharing one
        # signature: ``on_load_failure_callback`` takes the manager's own class
        # (``HookManager[P]``, so that a callback can read ``manager.name``), and
        # ``make_test_instance`` returns the class parameterised by the given
        # namespace's protocol, which ``Self`` cannot express. Spelled out, they
        # also show in the documentation and in editors as they are.
        if not isinstance(cast(object, namespace), Namespace):
            raise TypeError(
                f"a manager needs a plugspec.Namespace, not {namespace!r} "
                "(write plugspec.Namespace('group.name', Protocol))"
            )
        self.namespace = namespace
        self.propagate_map_exceptions = propagate_map_exceptions
        self._invoke_on_load = invoke_on_load
        self._invoke_args = tuple(invoke_args)
        self._invoke_kwds = dict(invoke_kwds or {})
        self._on_load_failure_callback = on_load_failure_callback
        self._conflict_resolver = conflict_resolver
        # The verifier is imported by the first manager built, not with this
        # module, so that reaching a manager class stays light. Declared here
        # rather than on the class: get_type_hints() of a manager class then
        # needs no ``Report``.
        from ._conformance import check

        self._check: Callable[[object, Any], Report] = check
        # ``type[P]``, made once rather than per plugin.
        self._class_form = types.GenericAlias(type, (namespace.protocol,))
        self._install(())

    def _install(self, extensions: Iterable[Extension[P]]) -> None:
        self._extensions = tuple(extensions)
        self._objs = tuple(ext.obj for ext in self._extensions)
        by_name: dict[str, list[Extension[P]]] = {}
        for ext in self._extensions:
            by_name.setdefault(ext.name, []).append(ext)
        self._by_name = by_name
        self._bound = {}

    # -- loading ---------------------------------------------------------------

    def _installed(self) -> tuple[EntryPoint, ...]:
        # The one place installed entry points are selected: PLUGSPEC_BLOCK and
        # PLUGSPEC_DISABLE apply here (plugspec._controls).
        return _controls.select(entry_points(self.namespace.group))

    def _load_one(self, entry_point: EntryPoint, load: Callable[[], object]) -> Extension[P]:
        """Import, verify, invoke, verify again; raise what went wrong."""
        # ``Any``: the target is called when invoked, and ``obj`` is a ``P``
        # once checked (no ``cast``: a function call per plugin).
        target: Any
        try:
            target = load()
        except Exception as exc:
            raise PluginLoadError(_origin(entry_point), "import", exc) from exc
        namespace = self.namespace
        obj: Any = target
        if self._invoke_on_load:
            if isinstance(target, type):
                # Refuse a class that cannot conform before running its code.
                report = self._check(target, self._class_form)
                if not report.ok:
                    raise ConformanceError(report, _origin(entry_point))
            try:
                obj = target(*self._invoke_args, **self._invoke_kwds)
            except Exception as exc:
                raise PluginLoadError(_origin(entry_point), "invoke", exc) from exc
        report = self._check(obj, namespace.protocol)
        if not report.ok:
            raise ConformanceError(report, _origin(entry_point))
        return Extension(entry_point.name, namespace.group, entry_point, target, obj)

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
        """Apply the failure policy: log (unless failing fast), tell the callback, raise (if so)."""
        if not fail_fast:
            _logger().warning(
                "plugin left out: %s",
                error,
                exc_info=error if isinstance(error, PluginLoadError) else None,
            )
        if self._on_load_failure_callback is not None:
            self._on_load_failure_callback(self, entry_point, error)
        if fail_fast:
            raise error

    def _load_entry_points(
        self, entry_points: Iterable[EntryPoint], *, fail_fast: bool = False
    ) -> list[Extension[P]]:
        return self._load_all(((ep, ep.load) for ep in entry_points), fail_fast=fail_fast)

    def _load_given(self, given: _Given[P], *, fail_fast: bool = False) -> list[Extension[P]]:
        """Load what ``make_test_instance`` was given, as if it were installed."""
        group = self.namespace.group
        if isinstance(given, Mapping):
            items = cast(Mapping[str, object], given)
            sources: list[tuple[EntryPoint, Callable[[], object]]] = [
                (EntryPoint(name, _describe(obj), group), _returning(obj))
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

    @classmethod
    def _blank(cls, namespace: Namespace[Any], **settings: Any) -> Any:
        manager = cls.__new__(cls)
        manager._setup(namespace, **settings)
        return manager

    # -- calls -----------------------------------------------------------------

    def _call_failed(self, extension: Extension[P], exc: Exception) -> None:
        """Log an exception raised by a plugin during a ``map`` call."""
        _logger().error(
            "plugin `%s` (%s) raised %s: %s; its result is left out",
            extension.name,
            extension.origin,
            type(exc).__name__,
            exc,
            exc_info=exc,
        )

    def _continue_after(
        self, exc: Exception, results: list[R], call_at: Callable[[int], R]
    ) -> None:
        """Finish a call over every extension after the first one raised ``exc``.

        ``results`` holds one result per extension called before the failure,
        so the failed one is ``self._extensions[len(results)]``. Only called
        when exceptions do not propagate.
        """
        failed = len(results)
        self._call_failed(self._extensions[failed], exc)
        for index in range(failed + 1, len(self._extensions)):
            try:
                results.append(call_at(index))
            except Exception as later:
                self._call_failed(self._extensions[index], later)

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


class _MappingManager(_ManagerBase[P]):
    """Adds the calls over every loaded extension.

    ``map``, ``map_method``, ``first``, ``map_method_outcomes``, and
    ``amap_method`` / ``amap_method_outcomes`` for ``async def`` members.
    The dispatch managers, whose calls take a filter or names first, keep
    their own ``map`` and ``map_method`` only.
    """

    def map(
        self,
        func: Callable[Concatenate[Extension[P], A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call ``func(extension, *args, **kwargs)`` for each extension; return the results.

        An exception raised by a call is logged on the ``plugspec`` logger and
        that extension's result left out, unless the manager was built with
        ``propagate_map_exceptions=True``. A manager without extensions
        returns ``[]`` (stevedore raises ``NoMatches`` there).
        """
        results: list[R] = []
        try:
            for ext in self._extensions:
                results.append(func(ext, *args, **kwargs))
        except Exception as exc:
            if self.propagate_map_exceptions:
                raise
            extensions = self._extensions
            self._continue_after(exc, results, lambda i: func(extensions[i], *args, **kwargs))
        return results

    def map_method(
        self,
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call each plugin's own ``method`` with these arguments; return the results.

        ``method`` is the protocol's method (``Formatter.format``): it names the
        method to call and lets the type checker check the arguments and the
        result type. Exceptions follow the same policy as :meth:`map`; a
        manager without extensions returns ``[]``. Each plugin's method is
        looked up on the first call that names it and kept for later calls
        (a plugin that replaces the attribute afterwards keeps being called
        through the method first found), so a call costs little more than a
        list comprehension over the plugins' bound methods
        (``benchmarks/bench_hooks.py``).

        >>> import plugspec
        >>> from typing import Protocol
        >>> class Greeter(Protocol):
        ...     def greet(self, name: str) -> str: ...
        >>> class Hello:
        ...     def greet(self, name: str) -> str:
        ...         return f"hello {name}"
        >>> class Hi:
        ...     def greet(self, name: str) -> str:
        ...         return f"hi {name}"
        >>> ns = plugspec.Namespace("demo.greeters", Greeter)
        >>> manager = plugspec.ExtensionManager.make_test_instance(
        ...     ns, {"hello": Hello(), "hi": Hi()})
        >>> manager.map_method(Greeter.greet, "you")
        ['hello you', 'hi you']
        """
        # Replaced below the class by ``_map_method_fast`` (same behaviour, a
        # run-time signature that avoids re-packing the arguments).
        fast: Callable[..., list[R]] = self._map_method_fast  # pragma: no cover
        return fast(method, *args, **kwargs)  # pragma: no cover

    def first(
        self,
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> R | None:
        """Call the plugins' own ``method`` in order until one returns something not ``None``.

        Returns that result (the later plugins are not called), or ``None``
        when every plugin returned ``None`` or there are none: pluggy's
        ``firstresult``. An exception raised by a plugin follows the policy of
        :meth:`map` (logged and that plugin skipped, unless
        ``propagate_map_exceptions``).

        >>> import plugspec
        >>> from typing import Protocol
        >>> class Resolver(Protocol):
        ...     def resolve(self, host: str) -> str | None: ...
        >>> class Local:
        ...     def resolve(self, host: str) -> str | None:
        ...         return "127.0.0.1" if host == "localhost" else None
        >>> class Fallback:
        ...     def resolve(self, host: str) -> str | None:
        ...         return "0.0.0.0"
        >>> ns = plugspec.Namespace("demo.resolvers", Resolver)
        >>> manager = plugspec.ExtensionManager.make_test_instance(
        ...     ns, {"local": Local(), "fallback": Fallback()})
        >>> manager.first(Resolver.resolve, "localhost"), manager.first(Resolver.resolve, "x")
        ('127.0.0.1', '0.0.0.0')
        """
        for index, call in enumerate(self._bound_for(method)):
            try:
                result = call(*args, **kwargs)
            except Exception as exc:
                if self.propagate_map_exceptions:
                    raise
                self._call_failed(self._extensions[index], exc)
                continue
            if result is not None:
                return result
        return None

    def map_method_outcomes(
        self,
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[Outcome[P, R]]:
        """Call each plugin's own ``method``; return each plugin's :class:`~plugspec.Outcome`.

        One outcome per plugin, in call order: the plugin's extension with
        either its result or the exception it raised. Every plugin is called
        whatever the others do; exceptions (:class:`Exception` subclasses)
        are neither logged nor propagated, whatever
        ``propagate_map_exceptions`` says: they are in the outcomes, for the
        application to report. See :class:`~plugspec.Outcome` for an example.
        """
        outcomes: list[Outcome[P, R]] = []
        for ext, call in zip(self._extensions, self._bound_for(method), strict=True):
            try:
                outcomes.append(Outcome(ext, call(*args, **kwargs)))
            except Exception as exc:
                outcomes.append(Outcome(ext, None, exc))
        return outcomes

    async def amap_method(
        self,
        method: Callable[Concatenate[P, A], Awaitable[R]],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Await each plugin's own ``async def`` ``method``; return the results in plugin order.

        The plugins run concurrently (:func:`asyncio.gather`), or one after
        another when the manager's :attr:`concurrent` is false. Exceptions
        follow the policy of :meth:`map`: logged and left out, or, with
        ``propagate_map_exceptions``, raised: one by one, the first failure
        stops the call; concurrently, every plugin runs to its end and the
        first failure in plugin order is raised. A method that is not
        ``async`` is a type error.

        >>> import asyncio, plugspec
        >>> from typing import Protocol
        >>> class Probe(Protocol):
        ...     async def ping(self, host: str) -> float: ...
        >>> class Fast:
        ...     async def ping(self, host: str) -> float:
        ...         await asyncio.sleep(0)
        ...         return 0.5
        >>> ns = plugspec.Namespace("demo.probes", Probe)
        >>> manager = plugspec.ExtensionManager.make_test_instance(ns, {"fast": Fast()})
        >>> asyncio.run(manager.amap_method(Probe.ping, "example.org"))
        [0.5]
        """
        propagate = self.propagate_map_exceptions
        if propagate and not self.concurrent:
            return [await call(*args, **kwargs) for call in self._bound_for(method)]
        results: list[R] = []
        for outcome in await self._await_each(method, args, kwargs):
            if outcome.exception is None:
                results.append(cast(R, outcome.value))
            elif propagate:
                raise outcome.exception
            else:
                self._call_failed(outcome.extension, outcome.exception)
        return results

    async def amap_method_outcomes(
        self,
        method: Callable[Concatenate[P, A], Awaitable[R]],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[Outcome[P, R]]:
        """:meth:`map_method_outcomes` for an ``async def`` ``method``.

        The plugins run concurrently, or one after another when
        :attr:`concurrent` is false; the outcomes are in plugin order.
        """
        return await self._await_each(method, args, kwargs)

    concurrent: bool = True
    """Whether :meth:`amap_method` runs the plugins concurrently (the default) or one by one.

    A manager attribute rather than an argument of the call, because the
    call's keyword arguments all belong to the plugins' method (a typed
    ``**kwargs`` leaves no room for another keyword). :class:`HookManager`
    takes it as an argument; on another manager, set it.
    """

    async def _await_each(
        self,
        method: Callable[..., Awaitable[R]],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> list[Outcome[P, R]]:
        bound = self._bound_for(method)
        if self.concurrent and len(bound) > 1:
            import asyncio  # on first use: `import plugspec` stays light

            settled = await asyncio.gather(*(_attempt(call, args, kwargs) for call in bound))
        else:
            settled = [await _attempt(call, args, kwargs) for call in bound]
        return [
            Outcome(ext, None, failure) if failure is not None else Outcome(ext, value)
            for ext, (value, failure) in zip(self._extensions, settled, strict=True)
        ]

    def _map_method_fast(
        self,
        method: Callable[..., R],
        arg: object = _NO_ARG,
        /,
        *args: object,
        **kwargs: object,
    ) -> list[R]:
        # ``_MappingManager.map_method`` at run time: the typed signature's
        # ``*args, **kwargs`` would pack the usual single argument into a tuple
        # and unpack it again for every plugin; taking it as ``arg`` passes it
        # straight through. ``_bound_for`` is inlined: one call less per call.
        try:
            bound = self._bound[method]
        except (KeyError, TypeError):
            bound = self._bind(method)
        results: list[R] = []
        # The hot loop: one call per plugin on methods bound once, and a try block
        # that costs nothing until a plugin raises. ``results.append`` is left
        # unaliased so that the interpreter (3.11+) specialises it; a loop rather
        # than a comprehension keeps the results of the plugins called before one
        # that raises.
        try:
            if args or kwargs:
                given = args if arg is _NO_ARG else (arg, *args)
                for call in bound:
                    results.append(call(*given, **kwargs))
            elif arg is _NO_ARG:
                for call in bound:
                    results.append(call())
            else:
                for call in bound:
                    results.append(call(arg))
        except Exception as exc:
            if self.propagate_map_exceptions:
                raise
            given = args if arg is _NO_ARG else (arg, *args)
            self._continue_after(exc, results, _caller(bound, given, kwargs))
        return results

    def _bound_for(self, method: Callable[..., R]) -> tuple[Callable[..., R], ...]:
        try:
            return self._bound[method]
        except (KeyError, TypeError):
            return self._bind(method)

    def _bind(self, method: Callable[..., R]) -> tuple[Callable[..., R], ...]:
        """Each plugin's own method called like ``method``, looked up once and kept."""
        name = _method_name(method)
        bound: list[Callable[..., R]] = []
        for obj in self._objs:
            try:
                bound.append(getattr(obj, name))
            except Exception:
                # Looked up at each call instead, so that the call's
                # exception policy applies to it.
                bound.append(_late_bound(obj, name))
        result = tuple(bound)
        if len(self._bound) >= _BOUND_CACHE_SIZE:
            self._bound.clear()
        with contextlib.suppress(TypeError):  # an unhashable callable: nothing to keep
            self._bound[method] = result
        return result


async def _attempt(
    call: Callable[..., Awaitable[R]], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[R | None, Exception | None]:
    """Await one plugin's call; return its result or its exception."""
    try:
        return await call(*args, **kwargs), None
    except Exception as exc:
        return None, exc


# The typed ``map_method`` stays the documented one (``__wrapped__``: its
# signature and docstring); the fast one runs.
setattr(  # noqa: B010 - an assignment would be a type error (method-assign)
    _MappingManager,
    "map_method",
    functools.update_wrapper(
        vars(_MappingManager)["_map_method_fast"], vars(_MappingManager)["map_method"]
    ),
)


class ExtensionManager(_MappingManager[P]):
    """Loads every plugin of a namespace.

    Each entry point of ``namespace.group`` is imported, verified against the
    namespace's protocol, invoked when ``invoke_on_load`` is true (with
    ``invoke_args`` and ``invoke_kwds``) and verified again. A plugin that
    fails to import, to be invoked or to conform is left out: it is logged
    once as a warning on the ``plugspec`` logger and passed to
    ``on_load_failure_callback(manager, entry_point, exception)`` (a
    :class:`~plugspec.PluginLoadError` or :class:`~plugspec.ConformanceError`;
    the callback may raise to abort). Plugins that share a name are all kept;
    looking one up by that name needs a ``conflict_resolver``.

    ``KeyboardInterrupt``, ``SystemExit`` and other exceptions that are not
    :class:`Exception` are never caught.

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Formatter(Protocol):
    ...     def format(self, rows: list[dict[str, object]]) -> str: ...
    >>> FORMATTERS = plugspec.Namespace("myapp.formatters", Formatter)
    >>> manager = plugspec.ExtensionManager(FORMATTERS, invoke_on_load=True)
    >>> manager.map_method(Formatter.format, [{"a": 1}])  # nothing installed here
    []
    """

    def __init__(
        self,
        namespace: Namespace[P],
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[ExtensionManager[P], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
    ) -> None:
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        self._install(self._load_entry_points(self._installed()))

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[ExtensionManager[Q], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[Q]]], Extension[Q]] | None = None,
    ) -> ExtensionManager[Q]:
        """Build a manager from given plugins, without reading installed metadata.

        ``extensions`` is a mapping of name -> plugin (loaded as an installed
        target would be: verified, invoked when ``invoke_on_load`` is true,
        verified again) or a sequence of :class:`~plugspec.Extension` objects
        (their ``obj`` is verified). Failures follow the manager's policy.
        """
        manager: ExtensionManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        manager._install(manager._load_given(extensions))
        return manager


def _names_list(names: Iterable[str]) -> list[str]:
    if isinstance(names, str):
        raise TypeError(f"names must be a collection of names, not the string {names!r}")
    return list(names)


def _in_name_order(extensions: Iterable[Extension[Q]], names: Iterable[str]) -> list[Extension[Q]]:
    by_name: dict[str, list[Extension[Q]]] = {}
    for ext in extensions:
        by_name.setdefault(ext.name, []).append(ext)
    return [ext for name in dict.fromkeys(names) for ext in by_name.get(name, ())]


class NamedExtensionManager(ExtensionManager[P]):
    """Loads only the plugins whose names are in ``names``; nothing else is imported.

    With ``name_order=True`` the extensions follow the order of ``names``;
    otherwise they keep discovery order. A name with no entry point is
    logged as a warning unless ``warn_on_missing_entrypoint=False``. The other
    arguments and the failure policy are those of :class:`ExtensionManager`.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        names: Iterable[str],
        *,
        name_order: bool = False,
        warn_on_missing_entrypoint: bool = True,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[
            [NamedExtensionManager[P], EntryPoint, PlugspecError], object
        ]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
    ) -> None:
        wanted = _names_list(names)
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        wanted_set = set(wanted)
        selected = [ep for ep in self._installed() if ep.name in wanted_set]
        missing = wanted_set.difference(ep.name for ep in selected)
        if missing and warn_on_missing_entrypoint:
            _logger().warning(
                "no entry point named %s in group `%s`",
                ", ".join(f"`{name}`" for name in sorted(missing)),
                self.namespace.group,
            )
        loaded = self._load_entry_points(selected)
        self._install(_in_name_order(loaded, wanted) if name_order else loaded)

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        names: Iterable[str] | None = None,
        name_order: bool = False,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[ExtensionManager[Q], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[Q]]], Extension[Q]] | None = None,
    ) -> NamedExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``names``, when given, keeps only the plugins with those names (in
        that order with ``name_order=True``).
        """
        manager: NamedExtensionManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        loaded = manager._load_given(extensions)
        if names is not None:
            wanted = _names_list(names)
            loaded = [ext for ext in loaded if ext.name in set(wanted)]
            if name_order:
                loaded = _in_name_order(loaded, wanted)
        manager._install(loaded)
        return manager


class EnabledExtensionManager(ExtensionManager[P]):
    """Loads every plugin, then keeps those for which ``check_func(extension)`` is true.

    The other arguments and the failure policy are those of
    :class:`ExtensionManager`.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        check_func: Callable[[Extension[P]], bool],
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[
            [EnabledExtensionManager[P], EntryPoint, PlugspecError], object
        ]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
    ) -> None:
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        self._install_accepted(self._load_entry_points(self._installed()), check_func)

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        check_func: Callable[[Extension[Q]], bool] | None = None,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[ExtensionManager[Q], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[Q]]], Extension[Q]] | None = None,
    ) -> EnabledExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``check_func``, when given, filters them as the constructor does.
        """
        manager: EnabledExtensionManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        manager._install_accepted(manager._load_given(extensions), check_func)
        return manager


class _Orderable(Protocol):
    """What ``sorted`` needs of a key: a ``<`` comparison."""

    def __lt__(self, other: Any, /) -> bool: ...


def _by_distribution(extension: Extension[Any]) -> str:
    """The default hook order: the normalized distribution name (``""`` for none)."""
    dist = extension.dist_name
    # The packaging specifications' name normalization (PEP 503).
    return "" if dist is None else re.sub(r"[-_.]+", "-", dist).lower()


class HookManager(ExtensionManager[P]):
    """Loads every plugin registered under one entry-point name: the hook ``name``.

    Many distributions may implement the same hook; all of them are loaded
    (and only they are imported), and the calls (``map_method``, ``first``,
    ``amap_method``, the ``*_outcomes`` variants) call each one. The other
    arguments and the failure policy are those of :class:`ExtensionManager`.

    Order: the plugins are called in the order of ``sorted(plugins,
    key=order)``. The default order is by distribution name (normalized as
    in the packaging specifications, so ``My_Plugin`` sorts as
    ``my-plugin``), plugins with no distribution first; plugins that tie
    keep discovery order. Every plugin of a hook has the same entry-point
    name, so the distribution is what tells them apart, and discovery order
    alone depends on where each distribution is installed and on the file
    system's listing order: sorting makes the order the same on every
    machine with the same distributions. ``order`` is any key over
    :class:`~plugspec.Extension` (``order=lambda ext: PRIORITY.get(ext.dist_name, 0)``).
    ``concurrent`` sets :attr:`concurrent` for ``amap_method``.

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Lifecycle(Protocol):
    ...     def on_start(self, config: dict[str, str]) -> None: ...
    >>> LIFECYCLE = plugspec.Namespace("myapp.hooks", Lifecycle)
    >>> hooks = plugspec.HookManager(LIFECYCLE, "startup", invoke_on_load=True)
    >>> hooks.map_method(Lifecycle.on_start, {"debug": "1"})
    []
    """

    name: str
    """The hook's name: the entry-point name every plugin here is registered under."""

    def __init__(
        self,
        namespace: Namespace[P],
        name: str,
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[HookManager[P], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
        order: Callable[[Extension[P]], _Orderable] | None = None,
        concurrent: bool = True,
    ) -> None:
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        self.name = name
        self.concurrent = concurrent
        loaded = self._load_entry_points(ep for ep in self._installed() if ep.name == name)
        self._install(sorted(loaded, key=order or _by_distribution))

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        name: str | None = None,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[ExtensionManager[Q], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[Q]]], Extension[Q]] | None = None,
        order: Callable[[Extension[Q]], _Orderable] | None = None,
        concurrent: bool = True,
    ) -> HookManager[Q]:
        """Build a hook manager from given plugins, without reading installed metadata.

        ``extensions`` is a sequence of :class:`~plugspec.Extension` objects
        (several may share the hook's name) or a mapping of name -> plugin;
        see :meth:`ExtensionManager.make_test_instance`. With ``name``, only
        the plugins of that name are kept; without it the hook's name is the
        first plugin's (or ``""`` when there are none). ``order`` and
        ``concurrent`` are those of the constructor.
        """
        manager: HookManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        loaded = manager._load_given(extensions)
        if name is not None:
            loaded = [ext for ext in loaded if ext.name == name]
        manager.name = name if name is not None else (loaded[0].name if loaded else "")
        manager.concurrent = concurrent
        manager._install(sorted(loaded, key=order or _by_distribution))
        return manager

    def __repr__(self) -> str:
        return f"HookManager({self.namespace!r}, {self.name!r}, plugins={len(self)})"


class DriverManager(_MappingManager[P]):
    """Loads the one plugin called ``name``, failing fast.

    Raises :class:`~plugspec.NoMatchesError` when no entry point has that
    name, :class:`~plugspec.MultipleMatchesError` (naming every candidate and
    its distribution, before importing any) when several do and no
    ``conflict_resolver`` is given, :class:`~plugspec.PluginLoadError` when
    importing or invoking it fails, and :class:`~plugspec.ConformanceError`
    when it does not conform. ``on_load_failure_callback``, when given, is
    called before the error is raised.

    >>> import plugspec
    >>> from typing import Protocol
    >>> class Formatter(Protocol):
    ...     def format(self, rows: list[dict[str, object]]) -> str: ...
    >>> FORMATTERS = plugspec.Namespace("myapp.formatters", Formatter)
    >>> plugspec.DriverManager(FORMATTERS, "csv")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
      ...
    plugspec.NoMatchesError: no plugin named `csv` in group `myapp.formatters` (available: none)
    """

    name: str
    """The driver's entry-point name."""

    def __init__(
        self,
        namespace: Namespace[P],
        name: str,
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[DriverManager[P], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
    ) -> None:
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        self.name = name
        # Only the entry points with this name (discovery checks the order of
        # the group's distributions only when several have it).
        candidates = _controls.select(entry_points_named(self.namespace.group, name))
        if not candidates:
            everything = entry_points(self.namespace.group)
            available = sorted({ep.name for ep in _controls.select(everything, log=False)})
            reason = _controls.refusal(everything, name)
            raise NoMatchesError(self.namespace.group, name, available, reason)
        if len(candidates) > 1 and conflict_resolver is None:
            raise MultipleMatchesError(
                self.namespace.group, name, [_origin(ep) for ep in candidates]
            )
        self._choose(self._load_entry_points(candidates, fail_fast=True))

    def _choose(self, loaded: list[Extension[P]]) -> None:
        # Loading failed fast, so ``loaded`` holds every candidate.
        chosen = loaded[0] if len(loaded) == 1 else self._resolve(self.name, loaded)
        self._install((chosen,))

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extension: Extension[Q] | object,
        *,
        name: str | None = None,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[[DriverManager[Q], EntryPoint, PlugspecError], object]
        | None = None,
        propagate_map_exceptions: bool = False,
    ) -> DriverManager[Q]:
        """Build a driver manager around one given plugin, without reading installed metadata.

        ``extension`` is an :class:`~plugspec.Extension` or a plain plugin
        (named ``name``, default ``"test"``), loaded and verified as an
        installed one would be; a failure raises as the constructor does.
        """
        manager: DriverManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=None,
        )
        given: _Given[Q]
        if isinstance(extension, Extension):
            given = [cast(Extension[Q], extension)]
            manager.name = name if name is not None else given[0].name
        else:
            manager.name = name if name is not None else "test"
            given = {manager.name: extension}
        manager._choose(manager._load_given(given, fail_fast=True))
        return manager

    @property
    def extension(self) -> Extension[P]:
        """The driver's :class:`~plugspec.Extension`."""
        return self._extensions[0]

    @property
    def driver(self) -> P:
        """The driver itself, verified against the protocol (the extension's ``obj``)."""
        return self._objs[0]

    def __repr__(self) -> str:
        return f"DriverManager({self.namespace!r}, {self.name!r})"


def _own_method(
    method: Callable[..., R], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Callable[[Extension[Any]], R]:
    """A call of each extension's own ``method`` (by name) with these arguments."""
    name = _method_name(method)
    return lambda ext: getattr(ext.obj, name)(*args, **kwargs)


class DispatchExtensionManager(_ManagerBase[P]):
    """Loads the plugins ``check_func`` accepts, and calls those a per-call filter picks.

    ``map(filter_func, func, *args, **kwargs)`` calls ``func(extension, *args,
    **kwargs)`` for each extension where ``filter_func(extension, *args,
    **kwargs)`` is true; ``map_method(filter_func, method, ...)`` calls the
    plugins' own ``method`` the same way. (stevedore passes the method name to
    ``filter_func`` in ``map_method``; plugspec passes the call's arguments,
    so that the filter is typed like the call.) Loading, the failure policy
    and exceptions during calls are those of :class:`ExtensionManager`; with
    no extension selected both return ``[]``.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        check_func: Callable[[Extension[P]], bool],
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[
            [DispatchExtensionManager[P], EntryPoint, PlugspecError], object
        ]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
    ) -> None:
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        self._install_accepted(self._load_entry_points(self._installed()), check_func)

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        check_func: Callable[[Extension[Q]], bool] | None = None,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[
            [DispatchExtensionManager[Q], EntryPoint, PlugspecError], object
        ]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[Q]]], Extension[Q]] | None = None,
    ) -> DispatchExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``check_func``, when given, filters them as the constructor does.
        """
        manager: DispatchExtensionManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        manager._install_accepted(manager._load_given(extensions), check_func)
        return manager

    def map(
        self,
        filter_func: Callable[Concatenate[Extension[P], A], bool],
        func: Callable[Concatenate[Extension[P], A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call ``func(extension, ...)`` on each extension that ``filter_func`` accepts."""
        selected = [ext for ext in self._extensions if filter_func(ext, *args, **kwargs)]
        return self._call_each(selected, lambda ext: func(ext, *args, **kwargs))

    def map_method(
        self,
        filter_func: Callable[Concatenate[Extension[P], A], bool],
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call the plugins' own ``method`` on each extension that ``filter_func`` accepts."""
        call = _own_method(method, args, kwargs)  # a bad ``method`` fails before any filter runs
        selected = [ext for ext in self._extensions if filter_func(ext, *args, **kwargs)]
        return self._call_each(selected, call)


class NameDispatchExtensionManager(_ManagerBase[P]):
    """Loads the plugins ``check_func`` accepts, and calls them by name.

    ``map(names, func, *args, **kwargs)`` calls ``func(extension, *args,
    **kwargs)`` for the extensions with those names, in the order of
    ``names`` (a name that was not loaded is skipped; every extension of a
    duplicated name is called); ``map_method(names, method, ...)`` calls the
    plugins' own ``method``. Loading, the failure policy and exceptions during
    calls are those of :class:`ExtensionManager`.
    """

    def __init__(
        self,
        namespace: Namespace[P],
        check_func: Callable[[Extension[P]], bool],
        *,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[
            [NameDispatchExtensionManager[P], EntryPoint, PlugspecError], object
        ]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[P]]], Extension[P]] | None = None,
    ) -> None:
        self._setup(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        self._install_accepted(self._load_entry_points(self._installed()), check_func)

    @classmethod
    def make_test_instance(
        cls,
        namespace: Namespace[Q],
        extensions: Mapping[str, object] | Iterable[Extension[Q]],
        *,
        check_func: Callable[[Extension[Q]], bool] | None = None,
        invoke_on_load: bool = False,
        invoke_args: Sequence[object] = (),
        invoke_kwds: Mapping[str, object] | None = None,
        on_load_failure_callback: Callable[
            [NameDispatchExtensionManager[Q], EntryPoint, PlugspecError], object
        ]
        | None = None,
        propagate_map_exceptions: bool = False,
        conflict_resolver: Callable[[list[Extension[Q]]], Extension[Q]] | None = None,
    ) -> NameDispatchExtensionManager[Q]:
        """Build a manager from given plugins (see :meth:`ExtensionManager.make_test_instance`).

        ``check_func``, when given, filters them as the constructor does.
        """
        manager: NameDispatchExtensionManager[Q] = cls._blank(
            namespace,
            invoke_on_load=invoke_on_load,
            invoke_args=invoke_args,
            invoke_kwds=invoke_kwds,
            on_load_failure_callback=on_load_failure_callback,
            propagate_map_exceptions=propagate_map_exceptions,
            conflict_resolver=conflict_resolver,
        )
        manager._install_accepted(manager._load_given(extensions), check_func)
        return manager

    def _named(self, names: Iterable[str]) -> list[Extension[P]]:
        by_name = self._by_name
        return [ext for name in _names_list(names) for ext in by_name.get(name, ())]

    def map(
        self,
        names: Iterable[str],
        func: Callable[Concatenate[Extension[P], A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call ``func(extension, *args, **kwargs)`` for the extensions called ``names``."""
        return self._call_each(self._named(names), lambda ext: func(ext, *args, **kwargs))

    def map_method(
        self,
        names: Iterable[str],
        method: Callable[Concatenate[P, A], R],
        /,
        *args: A.args,
        **kwargs: A.kwargs,
    ) -> list[R]:
        """Call the own ``method`` of the plugins called ``names``, in that order."""
        call = _own_method(method, args, kwargs)
        return self._call_each(self._named(names), call)
