"""Randomly generated annotation pairs: the runtime verdict equals mypy's (one mypy run)."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _type_namespace import MYPY_HEADER, evaluate

from plugspec._conformance._context import Context
from plugspec._conformance._types import is_subtype

HERE = Path(__file__).resolve().parent

_ATOMS = [
    "int",
    "bool",
    "float",
    "complex",
    "str",
    "bytes",
    "object",
    "None",
    "Any",
    "Animal",
    "Dog",
    "Cat",
    "Literal[1]",
    "Literal[True]",
    "Literal['a']",
    "UserId",
    "Color",
    "Literal[Color.RED]",
    "Point",
    "Movie",
    "SupportsClose",
    "Resource",
    "Sized",
    "Hashable",
    "Doubler",
    "SupportsIntCall",
    "IntNode",
    "LinkedProto[int]",
    "Callable[..., int]",
    "type[Resource]",
    "Countdown",
    "MyList",
    "IntBox",
    "TuplePair",
    "typing.SupportsAbs[int]",
    "AbsInt",
    "range",
    "MovieWithExtra",
    "LooseMovie",
    "Labelled",
    "Meta",
    "type[WithMeta]",
    "Literal[Color.GREEN]",
]
_UNARY = [
    "list[{}]",
    "Sequence[{}]",
    "Iterable[{}]",
    "set[{}]",
    "frozenset[{}]",
    "AbstractSet[{}]",
    "tuple[{}, ...]",
    "type[{}]",
    "Optional[{}]",
    "Iterator[{}]",
    "Box[{}]",
    "CoBox[{}]",
    "ContraBox[{}]",
    "Callable[[], {}]",
    "Callable[[{}], None]",
    "Awaitable[{}]",
]
_BINARY = [
    "dict[{}, {}]",
    "Mapping[{}, {}]",
    "tuple[{}, {}]",
    "{} | {}",
    "Callable[[{}], {}]",
    "Generator[{}, {}, None]",
]
_CLASS_ITEMS = ["int", "bool", "float", "str", "object", "Animal", "Dog", "Cat", "Any"]


def _annotation(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if depth <= 0 or roll < 0.35:
        return rng.choice(_ATOMS)
    if roll < 0.8:
        form = rng.choice(_UNARY)
        if form == "type[{}]":
            return form.format(rng.choice(_CLASS_ITEMS))
        return form.format(_annotation(rng, depth - 1))
    return rng.choice(_BINARY).format(_annotation(rng, depth - 1), _annotation(rng, depth - 1))


_SWAPS = [
    ("list[", "Sequence["),
    ("Sequence[", "list["),
    ("set[", "AbstractSet["),
    ("AbstractSet[", "frozenset["),
    ("dict[", "Mapping["),
    ("Mapping[", "dict["),
    ("Iterator[", "Iterable["),
    ("Iterable[", "Iterator["),
    ("CoBox[", "ContraBox["),
    ("Box[", "CoBox["),
    ("int", "float"),
    ("float", "int"),
    ("bool", "int"),
    ("int", "bool"),
    ("Dog", "Animal"),
    ("Animal", "Dog"),
    ("Cat", "Dog"),
    ("str", "object"),
    ("object", "str"),
    ("Literal[1]", "int"),
    ("None", "int"),
    ("complex", "float"),
    ("Any", "int"),
]


def _related(rng: random.Random, text: str) -> str:
    """``text`` with one or two parts swapped for related ones (so that verdicts vary)."""
    result = text
    for _ in range(rng.randint(1, 2)):
        spots = [
            (match.start(), old, new)
            for old, new in _SWAPS
            for match in re.finditer(
                rf"(?<![\w.]){re.escape(old)}(?![\w])"
                if old[-1] != "["
                else rf"(?<![\w.]){re.escape(old)}",
                result,
            )
        ]
        if not spots:
            break
        start, old, new = rng.choice(spots)
        result = result[:start] + new + result[start + len(old) :]
    return result


def generated_pairs(count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    pairs: list[tuple[str, str]] = []
    while len(pairs) < count:
        left = _annotation(rng, 3)
        right = _related(rng, left) if rng.random() < 0.8 else _annotation(rng, 3)
        if right == left:
            continue
        try:
            evaluate(left)
            evaluate(right)
        except Exception:
            continue
        pairs.append((left, right))
    return pairs


@pytest.mark.slow
def test_generated_pairs_agree_with_mypy(tmp_path: Path) -> None:
    pairs = generated_pairs(600, seed=20260601)
    shutil.copy(HERE / "_type_defs.py", tmp_path / "_type_defs.py")
    first = MYPY_HEADER.count("\n") + 1
    body = "".join(
        f"def f{index}(x: {left}, _r: {right}) -> None: y: {right} = x\n"
        for index, (left, right) in enumerate(pairs)
    )
    (tmp_path / "generated.py").write_text(MYPY_HEADER + body, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--python-version=3.10",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--no-error-summary",
            "--hide-error-context",
            "generated.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    failing: set[int] = set()
    invalid: set[int] = set()  # annotations mypy rejects (e.g. a type argument out of bounds)
    for line in result.stdout.splitlines():
        match = re.match(r"generated\.py:(\d+): error: .*\[(?P<code>[a-z-]+)\]$", line)
        if match:
            index = int(match.group(1)) - first
            (failing if match.group("code") == "assignment" else invalid).add(index)
    assert len(invalid) < len(pairs) // 5, result.stdout
    wrong = []
    for index, (left, right) in enumerate(pairs):
        if index in invalid:
            continue
        ctx = Context()
        verdict = is_subtype(evaluate(left), evaluate(right), ctx)
        if verdict != (index not in failing):
            wrong.append(f"{left} <= {right}: mypy {index not in failing}, runtime {verdict}")
    assert not wrong, "\n".join(wrong)
    # The batch must exercise both verdicts to mean anything.
    assert len(failing) > len(pairs) // 10
    assert len(pairs) - len(failing) - len(invalid) > len(pairs) // 10
