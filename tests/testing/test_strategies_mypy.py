"""The strategies' claims, checked by mypy itself on the generated objects.

Drawn implementations and violations are written out as a stub (their
classes, member by member, as they are at run time), and mypy checks
``x: Proto = Generated()`` for each: implementations must pass, each
violation must fail.
"""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _strategy_protocols import Box, Caller, Container, Everything, Formatter, Node
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from plugspec.testing import Violation, implementations, violations
from plugspec.testing._model import read_protocol

HERE = Path(__file__).parent
#: Drawn objects per protocol (each an implementation and a violation), in one mypy run.
SAMPLES = 10
PROTOCOLS: list[tuple[Any, str]] = [
    (Formatter, "Formatter"),
    (Everything, "Everything"),
    (Node, "Node"),
    (Container, "Container"),
    (Caller, "Caller"),
    (Box[int], "Box[int]"),
]


def fmt(annotation: object) -> str:
    if annotation is None or annotation is type(None):
        return "None"
    if isinstance(annotation, type) and not hasattr(annotation, "__origin__"):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return f"{annotation.__module__}.{annotation.__qualname__}"
    return repr(annotation)


def signature(func: Any) -> str:
    parts: list[str] = []
    star = slash = False
    for param in inspect.signature(func).parameters.values():
        kind = param.kind
        if kind is param.POSITIONAL_ONLY:
            slash = True
        elif slash:
            parts.append("/")
            slash = False
        if kind is param.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = param.name
        if kind is param.VAR_POSITIONAL:
            text, star = f"*{text}", True
        elif kind is param.VAR_KEYWORD:
            text = f"**{text}"
        if param.annotation is not param.empty:
            text += f": {fmt(param.annotation)}"
        if param.default is not param.empty:
            text += " = ..."
        parts.append(text)
    if slash:
        parts.append("/")
    returns = func.__annotations__.get("return", inspect.Parameter.empty)
    arrow = "" if returns is inspect.Parameter.empty else f" -> {fmt(returns)}"
    return f"({', '.join(parts)}){arrow}: ..."


def define(func: Any, name: str) -> str:
    keyword = "async def" if inspect.iscoroutinefunction(func) else "def"
    return f"{keyword} {name}{signature(func)}"


def render(obj: object, protocol: Any, name: str) -> str:
    """A stub of ``type(obj)``, restricted to the protocol's members."""
    cls = type(obj)
    annotations = inspect.get_annotations(cls)
    lines = [f"class {name}:"]
    for member in read_protocol(protocol).members:
        value = cls.__dict__.get(member.name)
        if isinstance(value, property):
            lines += ["    @property", f"    def {member.name}{signature(value.fget)}"]
            if value.fset is not None:
                lines += [
                    f"    @{member.name}.setter",
                    f"    def {member.name}{signature(value.fset)}",
                ]
        elif isinstance(value, (classmethod, staticmethod)):
            lines += [f"    @{type(value).__name__}", f"    {define(value.__func__, member.name)}"]
        elif inspect.isfunction(value):
            lines.append(f"    {define(value, member.name)}")
        elif member.name in annotations:
            lines.append(f"    {member.name}: {fmt(annotations[member.name])}")
        else:
            assert value is None, (member.name, value)  # missing
    return "\n".join([*lines, "    pass", ""])


def draw_samples() -> list[tuple[Any, str, object, Violation | None]]:
    samples: list[tuple[Any, str, object, Violation | None]] = []

    @settings(
        max_examples=SAMPLES,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def collect(data: st.DataObject) -> None:
        for protocol, text in PROTOCOLS:
            samples.append((protocol, text, data.draw(implementations(protocol)), None))
            violation = data.draw(violations(protocol))
            samples.append((protocol, text, violation.obj, violation))

    collect()
    return samples


@pytest.mark.slow
def test_mypy_accepts_every_implementation_and_rejects_every_violation(tmp_path: Path) -> None:
    samples = draw_samples()
    stub = ["import builtins, collections.abc, typing, typing_extensions", ""]
    stub += ["import plugspec.testing._strategies, _strategy_protocols", ""]
    check = ["from generated import *", "import _strategy_protocols as p", ""]
    lines: dict[int, tuple[str, Violation | None]] = {}
    for index, (protocol, text, obj, violation) in enumerate(samples):
        stub.append(render(obj, protocol, f"C{index}"))
        check.append(f"x{index}: p.{text} = C{index}()")
        lines[len(check)] = (f"C{index} {violation or 'implementation'} of {text}", violation)
    (tmp_path / "generated.pyi").write_text("\n".join(stub))
    (tmp_path / "check.py").write_text("\n".join(check) + "\n")
    (tmp_path / "mypy.ini").write_text("[mypy]\n")
    env = {**os.environ, "MYPYPATH": os.pathsep.join([str(HERE), str(HERE.parents[1] / "src")])}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "mypy.ini",
            "--no-incremental",
            "--python-version",
            f"{sys.version_info[0]}.{sys.version_info[1]}",
            "--show-error-codes",
            "--no-error-summary",
            "check.py",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if ": error:" in line]
    assert not [e for e in errors if e.startswith("generated.pyi")], output
    flagged = {int(e.split(":")[1]) for e in errors if e.startswith("check.py")}
    wrong = [
        f"{label}: mypy {'accepts' if violation else 'rejects'} it"
        for line, (label, violation) in lines.items()
        if (line in flagged) != (violation is not None)
    ]
    assert not wrong, "\n".join(wrong) + "\n" + output + "\n".join(stub)
