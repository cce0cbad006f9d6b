"""``check_call``: a target against a callable type, as mypy checks ``x: Callable[...] = t``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from _call_cases import CASES

from plugspec._conformance import check_call

HERE = Path(__file__).resolve().parent


@pytest.mark.parametrize(("label", "target", "form", "accepted"), CASES, ids=[c[0] for c in CASES])
def test_verdict_is_the_label(label: str, target: object, form: object, accepted: bool) -> None:
    report = check_call(target, form)
    assert report.ok == accepted, str(report)
    if not accepted:
        assert report.problems
        assert str(report)


def test_a_refused_signature_names_both_sides() -> None:
    from _call_cases import TYPED, NeedsPath

    text = str(check_call(NeedsPath, TYPED))
    assert "`NeedsPath` is not compatible with protocol `Callable[[Config], Formatter]`" in text
    assert "path: str" in text


@pytest.mark.slow
def test_labels_are_mypys(tmp_path: Path) -> None:
    source = (HERE / "_call_cases.py").read_text(encoding="utf-8")
    lines = [source, "\n\ndef _assignments() -> None:\n"]
    targets = {
        "class taking Config": "Csv",
        "classmethod factory": "Csv.create",
        "factory function": "make_csv",
        "extra keyword with default": "make_csv_with_options",
        "callable instance": "Maker()",
        "unannotated factory": "make_any",
        "class taking no argument": "NoArgs",
        "class taking str": "NeedsPath",
        "class whose instances do not conform": "Mute",
        "factory needing two arguments": "make_two",
        "factory returning a non-conforming class": "make_mute",
        "not callable": "Csv(Config())",
        "any arguments: class": "NeedsPath",
        "any arguments: class taking none": "NoArgs",
        "any arguments: function": "make_two",
        "any arguments: non-conforming class": "Mute",
        "any arguments: non-conforming result": "make_mute",
    }
    first = "".join(lines).count("\n") + 1  # the line of the first assignment
    for label, _, form, _ in CASES:
        annotation = (
            "Callable[[Config], Formatter]"
            if "any arguments" not in label
            else ("Callable[..., Formatter]")
        )
        assert form is not None
        lines.append(f"    _x{len(lines)}: {annotation} = {targets[label]}\n")
    (tmp_path / "cases.py").write_text("".join(lines), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--no-error-summary",
            "--hide-error-context",
            "cases.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    failing = {
        int(m.group(1)) - first for m in re.finditer(r"cases\.py:(\d+): error", result.stdout)
    }
    wrong = [
        f"{label}: labelled {accepted}, mypy says {index not in failing}"
        for index, (label, _, _, accepted) in enumerate(CASES)
        if accepted != (index not in failing)
    ]
    assert not wrong, "\n".join(wrong) + "\n" + result.stdout
