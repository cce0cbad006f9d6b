"""Distribution names have one normalisation, in both of its forms."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from plugspec._distname import dist_info_name, pep503_name

_NAMES = st.text(alphabet="aZz09-_.", max_size=12)


@given(_NAMES)
def test_pep503_form_is_the_regular_expression_s(name: str) -> None:
    assert pep503_name(name) == re.sub(r"[-_.]+", "-", name).lower()


@given(_NAMES)
def test_dist_info_form_is_the_regular_expression_s(name: str) -> None:
    assert dist_info_name(name) == re.sub(r"[-_.]+", "_", name).lower()
