"""The hardening tests reuse the generators of the discovery and property tests."""

from __future__ import annotations

import sys
from pathlib import Path

_TESTS = Path(__file__).resolve().parent.parent
for _sibling in ("properties", "discovery"):
    if str(_TESTS / _sibling) not in sys.path:
        sys.path.append(str(_TESTS / _sibling))
