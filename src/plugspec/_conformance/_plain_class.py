"""The usual plugin, decided without importing the engine.

Loading a plugin checks its class against ``type[P]`` (before the
constructor runs), then the instance against ``P``. The usual plugin is a
plain class (made by a class statement, no metaclass, no type parameters,
not a subclass of the protocol) that defines every method of a plain
protocol (one class body, only methods, no type parameters) with the very
signature the protocol writes. Both verdicts are then "compatible" whatever
the annotations mean (a type is a subtype of itself, see :mod:`._declared_alike`),
so they are read here from the two class dictionaries, without importing
the engine: ``inspect``, ``typing_extensions`` and the engine's own modules
cost more at start-up than the rest of a warm load.

Anything else returns ``None`` and the engine decides. The engine reaches
the same verdict for these classes through its own shortcut
(``_members.quick_match``), and the test suite holds the two to equal
reports on every labelled case.
"""

from __future__ import annotations

import types
import typing
from typing import TYPE_CHECKING, Any

from ._cache import IdentityCache
from ._declared_alike import same_declaration
from ._raw import (
    NOT_MEMBERS,
    class_dict_of,
    mro_of,
    protocol_bases,
    raw_annotations,
    standard_module,
)
from ._report import Report

if TYPE_CHECKING:
    from collections.abc import Container

__all__ = ["quick_check", "share_instance_report"]

# Py_TPFLAGS_HEAPTYPE: a class made by a class statement (not list, a
# function's type, a module's type...).
_HEAP_TYPE = 1 << 9
_ABSENT: Any = object()

_Members = tuple[tuple[str, types.FunctionType], ...]
# (protocol, report for ``type[protocol]``, report for an instance); ``None``
# where the engine decides (or the engine's own fixed verdict on instances, see
# share_instance_report). Kept per class (weakly), by the protocol's identity.
_Verdict = tuple[object, Report | None, Report | None]
_VERDICTS: IdentityCache[type, dict[int, _Verdict]] = IdentityCache()
# The warm path reads the entries directly: about 60 ns less per check than
# a method call (bench_check.py, repeat check).
_BY_CLASS = _VERDICTS.entries
_PROTOCOLS: IdentityCache[type, _Members | None] = IdentityCache()


def quick_check(obj: object, annotation: object) -> Report | None:
    """The report on ``obj`` against ``annotation`` when the usual plugin's
    shortcut decides it, else ``None``. Never raises."""
    try:
        if type(annotation) is not types.GenericAlias:
            # An instance against ``P``: the warm path, two dictionary lookups.
            cls = type(obj)
            entry = _BY_CLASS.get(id(cls))
            if entry is not None and entry[0]() is cls:
                verdict = entry[1].get(id(annotation))
                if verdict is not None and verdict[0] is annotation:
                    return verdict[2]
            return _remember(cls, annotation)[2]
        alias: Any = annotation
        if alias.__origin__ is not type or len(alias.__args__) != 1 or type(obj) is not type:
            return None
        cls = obj
        protocol: object = alias.__args__[0]
        verdict = _known(cls, protocol)
        if verdict is None:
            verdict = _remember(cls, protocol)
        return verdict[1]
    except Exception:  # anything odd is the engine's to judge
        return None


def share_instance_report(cls: type, annotation: object, report: Report) -> None:
    """Keep the engine's verdict on every instance of ``cls`` (one that does not
    depend on what an instance holds) where :func:`quick_check` looks first."""
    known = _known(cls, annotation)
    _store(cls, (annotation, known[1] if known is not None else None, report))


def _known(cls: type, protocol: object) -> _Verdict | None:
    verdicts = _VERDICTS.get(cls)
    verdict = verdicts.get(id(protocol)) if verdicts is not None else None
    return verdict if verdict is not None and verdict[0] is protocol else None


def _remember(cls: type, protocol: object) -> _Verdict:
    return _store(cls, _decide(cls, protocol))


def _store(cls: type, verdict: _Verdict) -> _Verdict:
    verdicts = _VERDICTS.get(cls)
    if verdicts is None:
        verdicts = _VERDICTS.set(cls, {})
    verdicts[id(verdict[0])] = verdict
    return verdict


def _decide(cls: type, protocol: object) -> _Verdict:
    if not isinstance(protocol, type):
        return (protocol, None, None)
    members = _PROTOCOLS.cached(protocol, _plain_members)
    if members is None or not _provides(cls, protocol, members):
        return (protocol, None, None)
    name = protocol.__qualname__
    subject = f"`{cls.__qualname__}`"
    return (protocol, Report(subject, f"type[{name}]"), Report(f"{subject} instance", name))


def _plain_members(protocol: type) -> _Members | None:
    """The methods of a plain protocol, or ``None`` when it is anything else."""
    mro = mro_of(protocol)
    if (
        len(mro) != 4
        or mro[1] not in protocol_bases()
        or mro[2] is not typing.Generic
        or type(protocol) is not type(mro[1])  # no metaclass of its own
    ):
        return None
    space = class_dict_of(protocol)
    module = space.get("__module__")
    if (
        space.get("_is_protocol") is not True
        or space.get("__parameters__")
        or raw_annotations(protocol)  # attributes, properties: compared in full
        or space.get("__abstractmethods__")
        or not isinstance(module, str)
        or standard_module(module)  # typeshed may describe it otherwise
    ):
        return None
    members: list[tuple[str, types.FunctionType]] = []
    for name, value in space.items():
        if name in NOT_MEMBERS or name.startswith("_abc_"):
            continue
        if type(value) is not types.FunctionType or name == "__hash__":
            return None
        members.append((name, value))
    return tuple(members) if members else None


def _provides(cls: type, protocol: type, members: _Members) -> bool:
    """``cls`` is a plain class defining each member as the protocol writes it."""
    if type(cls) is not type or not cls.__flags__ & _HEAP_TYPE:
        return False
    mro = mro_of(cls)
    spaces = [class_dict_of(klass) for klass in mro]
    own = spaces[0]  # ``cls`` itself
    if protocol in mro or own.get("__parameters__") or "__abstractmethods__" in own:
        return False
    # Names annotated anywhere in the MRO: such a member is compared in full.
    annotated: list[Container[object]] = []
    for klass in mro:
        annotations = raw_annotations(klass)
        if annotations:
            if type(annotations) is not dict:
                return False
            annotated.append(typing.cast("dict[object, object]", annotations))
    for name, expected in members:
        if annotated and any(name in annotations for annotations in annotated):
            return False
        found: object = _ABSENT
        for space in spaces:  # a loop, not next(generator): this runs per plugin class
            if name in space:
                found = space[name]
                break
        if type(found) is not types.FunctionType or not same_declaration(expected, found):
            return False
    return True
