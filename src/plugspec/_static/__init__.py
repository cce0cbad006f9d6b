"""Static verification: entry-point bindings type-checked by mypy, no plugin code run."""

from ._check import (
    MypyMissingError,
    StaticCheckError,
    StaticResult,
    StaticRun,
    check_static,
    default_cache_dir,
    require_mypy,
)
from ._classify import TargetKind, classify
from ._locate import Location, locate
from ._project import ProjectError, project_entry_points, project_search_path

__all__ = [
    "Location",
    "MypyMissingError",
    "ProjectError",
    "StaticCheckError",
    "StaticResult",
    "StaticRun",
    "TargetKind",
    "check_static",
    "classify",
    "default_cache_dir",
    "locate",
    "project_entry_points",
    "project_search_path",
    "require_mypy",
]
