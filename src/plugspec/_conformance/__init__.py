"""The conformance engine: does an object conform to a protocol, as mypy sees it?"""

from ._api import check, check_call, conforms, verify
from ._cache import clear_caches
from ._report import Problem, ProblemCode, Report

__all__ = [
    "Problem",
    "ProblemCode",
    "Report",
    "check",
    "check_call",
    "clear_caches",
    "conforms",
    "verify",
]
