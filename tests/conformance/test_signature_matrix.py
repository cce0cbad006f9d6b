"""Every pairing of parameter shapes, and of types, agrees with mypy.

The protocol side and the implementation side each take one of the shapes
below (kinds, defaults, names, ``__x`` positional-only naming, ``*args`` /
``**kwargs`` with and without types, unannotated), or one of the types in
every position (parameters, returns, settable and read-only attributes,
constructors, class methods, ClassVars). All pairings are written to one
module, mypy labels it in a single run, and ``plugspec.check`` must give the
same verdict on every line.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

import plugspec

SHAPES = [
    "x: int",
    "x: int = 0",
    "x: object",
    "x: bool",
    "y: int",
    "y: int = 0",
    "__x: int",
    "__x: int = 0",
    "*args: int",
    "*args: object",
    "*args: str",
    "**kw: int",
    "**kw: object",
    "*, x: int",
    "*, x: int = 0",
    "*, y: int",
    "x: int, /",
    "x: int = 0, /",
    "x: int, y: int",
    "x: int, y: int = 0",
    "x: int, *args: int",
    "x: int, **kw: int",
    "*args: int, **kw: int",
    "*args: Any, **kw: Any",
    "x: int, *args: Any, **kw: Any",
    "*args, **kw",
    "x, y=0",
    "x",
    "",
    "x: int, *, y: int",
    "x: int, *, y: int = 0",
    "y: int, x: int",
    "x: int = 0, y: int = 0",
    "x: int, y: int, /",
]


def _params(shape: str, self_first: bool) -> str:
    if not shape:
        return "self" if self_first else ""
    return f"self, {shape}" if self_first else shape


def matrix_source() -> str:
    lines = ["from typing import Any, Protocol", ""]
    for i, shape in enumerate(SHAPES):
        lines.append(f"class M{i}(Protocol):")
        lines.append(f"    def meth({_params(shape, True)}) -> None: ...")
        lines.append(f"class C{i}(Protocol):")
        lines.append(f"    def __call__({_params(shape, True)}) -> None: ...")
        lines.append(f"class I{i}:")
        lines.append(f"    def meth({_params(shape, True)}) -> None: pass")
        lines.append(f"def f{i}({_params(shape, False)}) -> None: pass")
    for i in range(len(SHAPES)):
        for j in range(len(SHAPES)):
            lines.append(f"case_m_{i}_{j}: M{i} = I{j}()")
            lines.append(f"case_c_{i}_{j}: C{i} = f{j}")
    return "\n".join(lines) + "\n"


TYPES = [
    "int",
    "bool",
    "float",
    "object",
    "str",
    "Optional[int]",
    "list[int]",
    "Sequence[int]",
    "Any",
    "Callable[[int], str]",
    "type[int]",
    "None",
    "Union[int, str]",
    "Iterable[int]",
]


def type_matrix_source() -> str:
    """Each pair of types in every position: parameters, returns, attributes, constructors."""
    lines = [
        "from typing import Any, Callable, ClassVar, Iterable, Optional, Protocol, Sequence, Union",
        "",
    ]
    for i, a in enumerate(TYPES):
        for j, b in enumerate(TYPES):
            lines += [
                f"class P_{i}_{j}(Protocol):",
                f"    def m(self, x: {a}) -> {b}: ...",
                f"    v: {a}",
                "    @property",
                f"    def r(self) -> {b}: ...",
                f"class I_{i}_{j}:",
                f"    def m(self, x: {b}) -> {a}: ...",
                f"    v: {b}",
                f"    r: {a}",
                f"class C_{i}_{j}(Protocol):",
                f"    def __call__(self, x: {a}) -> {b}: ...",
                f"def f_{i}_{j}(x: {b}) -> {a}: ...",
                f"class K_{i}_{j}:",
                f"    def __init__(self, x: {b}) -> None: ...",
                f"class Q_{i}_{j}(Protocol):",
                f"    def meth(self, x: {a}) -> {b}: ...",
                f"    attr: ClassVar[{a}]",
                f"class CO_{i}_{j}:",
                "    @classmethod",
                f"    def meth(cls, x: {b}) -> {a}: ...",
                f"    attr: ClassVar[{b}]",
                f"case_i_{i}_{j}: P_{i}_{j} = I_{i}_{j}()",
                f"case_f_{i}_{j}: C_{i}_{j} = f_{i}_{j}",
                f"case_k_{i}_{j}: C_{i}_{j} = K_{i}_{j}",
                f"case_co_{i}_{j}: Q_{i}_{j} = CO_{i}_{j}()",
            ]
    return "\n".join(lines) + "\n"


def disagreements_with_mypy(source: str, tmp_path: Path) -> tuple[int, list[str]]:
    """Write ``source``, label it with one mypy run, check every ``case_*`` line at runtime."""
    path = tmp_path / "matrix_cases.py"
    path.write_text(source, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            "",
            "--python-version",
            "3.10",
            "--disable-error-code",
            "empty-body",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    failing = {int(m.group(1)) for m in re.finditer(r":(\d+): error:", done.stdout)}
    spec = importlib.util.spec_from_file_location(f"matrix_cases_{id(tmp_path)}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = path.read_text(encoding="utf-8").splitlines()
    disagreements: list[str] = []
    checked = 0
    for number, line in enumerate(lines, start=1):
        if not line.startswith("case_"):
            continue
        name = line.split(":", 1)[0]
        report = plugspec.check(getattr(module, name), module.__annotations__[name])
        checked += 1
        if report.ok != (number not in failing):
            verdict = "fail" if number in failing else "pass"
            disagreements.append(f"{line}  mypy={verdict}\n{report}")
    return checked, disagreements


@pytest.mark.slow
def test_every_shape_pairing_agrees_with_mypy(tmp_path: Path) -> None:
    checked, disagreements = disagreements_with_mypy(matrix_source(), tmp_path)
    assert checked == 2 * len(SHAPES) ** 2
    assert not disagreements, "\n".join(disagreements[:20])


@pytest.mark.slow
def test_every_type_pairing_agrees_with_mypy(tmp_path: Path) -> None:
    checked, disagreements = disagreements_with_mypy(type_matrix_source(), tmp_path)
    assert checked == 4 * len(TYPES) ** 2
    assert not disagreements, "\n".join(disagreements[:20])
