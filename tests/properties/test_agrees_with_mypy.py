"""On generated protocol/implementation pairs, plugspec's runtime verdict is mypy's.

Hypothesis draws ~150 pairs (a protocol member, and an implementation made
from it by a few random edits), each assigned as an instance, as the class
object or as ``type[P]``; they are written as one module, labelled by a
single mypy run, then executed and checked at runtime.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from _generate import FORMS, HEADER, Member, execute, members, mutated, render_pair
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import plugspec

REPO_ROOT = Path(__file__).resolve().parents[2]
MYPY_INI = REPO_ROOT / "tests" / "corpus" / "mypy.ini"
BATCH = 150

pytestmark = pytest.mark.slow


Pair = tuple[tuple[Member, ...], tuple[Member, ...], str, bool]


@st.composite
def pairs(draw: st.DrawFn) -> Pair:
    """A protocol of one or two members (generic or not), an implementation edited from
    it, and the form in which the case assigns the implementation."""
    names = ("m", "n")[: draw(st.integers(1, 2))]
    expected = tuple(draw(members(name=name)) for name in names)
    found = tuple(draw(mutated(member)) for member in expected)
    return expected, found, draw(st.sampled_from(FORMS)), draw(st.booleans())


def draw_batch() -> list[Pair]:
    batch: list[Pair] = []

    @settings(
        max_examples=2 * BATCH,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(pairs())
    def collect(pair: Pair) -> None:
        if pair not in batch and len(batch) < BATCH:
            batch.append(pair)

    collect()
    return batch


def mypy_errors(path: Path) -> dict[int, list[str]]:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(MYPY_INI),
            "--no-error-summary",
            "--no-pretty",
            "--no-color-output",
            str(path),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    said: dict[int, list[str]] = {}
    for line in done.stdout.splitlines():
        match = re.match(r"^.+?:(\d+): (error|note): (.*)$", line)
        assert match, f"unexpected mypy output: {line!r}"
        said.setdefault(int(match[1]), []).append(f"{match[2]}: {match[3]}")
    return said


def test_runtime_verdict_equals_mypy_on_generated_pairs(tmp_path: Path) -> None:
    batch = draw_batch()
    assert len(batch) >= BATCH // 2

    blocks: list[str] = []
    case_lines: dict[int, int] = {}
    annotations: dict[int, str] = {}
    line = HEADER.count("\n") + 1
    for i, (expected, found, form, generic) in enumerate(batch):
        block, annotations[i], offset = render_pair(
            i, expected, found, form, generic_protocol=generic
        )
        case_lines[line + offset] = i
        line += block.count("\n")
        blocks.append(block)
    source = "".join(blocks)
    path = tmp_path / "generated_pairs.py"
    path.write_text(HEADER + source, encoding="utf-8")

    said = mypy_errors(path)
    stray = {n: m for n, m in said.items() if n not in case_lines and m[0].startswith("error")}
    assert not stray, f"generator produced invalid code: {stray}\n{HEADER + source}"
    mypy_ok = {i: n not in said for n, i in case_lines.items()}
    assert 0 < sum(mypy_ok.values()) < len(batch), "the batch should hold both verdicts"

    namespace = execute(source, "generated_pairs")
    disagreements: list[str] = []
    for n, i in sorted(case_lines.items(), key=lambda item: item[1]):
        protocol, value = eval(annotations[i], namespace), namespace[f"case_{i}"]
        try:
            report = plugspec.check(value, protocol)
            runtime_ok: bool | None = report.ok
            text = str(report)
        except Exception as exc:
            runtime_ok, text = None, f"check() raised {type(exc).__name__}: {exc}"
        if runtime_ok != mypy_ok[i]:
            start = source.index(f"class P{i}(")
            end = source.index(f"case_{i}:")
            mypy_text = "\n      ".join(said.get(n, ["(no error)"]))
            verdict = {True: "pass", False: "fail"}[mypy_ok[i]]
            disagreements.append(
                f"pair {i} (mypy: {verdict}, runtime: {runtime_ok}):\n"
                f"{source[start:end]}"
                f"  mypy: {mypy_text}\n  runtime: {text}"
            )
    total = len(batch)
    assert not disagreements, (
        f"{len(disagreements)}/{total} generated pairs disagree with mypy:\n\n"
        + "\n\n".join(disagreements)
    )
