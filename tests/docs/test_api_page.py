"""docs/api.md documents every public name."""

from __future__ import annotations

from pathlib import Path

import plugspec
import plugspec.testing

PAGE = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_every_public_name_is_documented() -> None:
    text = PAGE.read_text()
    missing = [
        f"{module.__name__}.{name}"
        for module in (plugspec, plugspec.testing)
        for name in module.__all__
        if f"{module.__name__}.{name}\n" not in text
    ]
    assert missing == []
