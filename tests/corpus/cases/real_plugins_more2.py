"""Shapes found in the plugins of more real distributions (mkdocs themes, setuptools
commands, hatch hooks, fsspec filesystems)."""

from collections.abc import MutableSequence
from typing import Any, Optional, Protocol

from ._modules import good_config, theme_package

# --------------------------------------------------------------------------
# A module's member that types.ModuleType declares has typeshed's type there,
# before the module's own names (mypy's find_member looks in ModuleType first):
# `__file__` is `str | None` even though the import system set a str.
# --------------------------------------------------------------------------


class ThemeFile(Protocol):
    __file__: str


class ThemeFileOptional(Protocol):
    __file__: Optional[str]


class ThemeFileRead(Protocol):
    @property
    def __file__(self) -> Optional[str]: ...


class ThemeFileReadStr(Protocol):
    @property
    def __file__(self) -> str: ...


class ThemeName(Protocol):
    __name__: str


class ThemeNameAndFile(Protocol):
    __name__: str
    __file__: str


class ThemeDoc(Protocol):
    __doc__: str


class ThemeDocOptional(Protocol):
    __doc__: Optional[str]


class ThemePackage(Protocol):
    __package__: str


class ThemePath(Protocol):
    __path__: MutableSequence[str]


class ThemeDict(Protocol):
    __dict__: dict[str, Any]


class ThemeAnnotations(Protocol):
    __annotations__: dict[str, Any]


case_module_file_str: ThemeFile = theme_package  # expect: fail
case_module_file_optional: ThemeFileOptional = theme_package  # expect: pass
case_module_file_read_optional: ThemeFileRead = theme_package  # expect: pass
case_module_file_read_str: ThemeFileReadStr = theme_package  # expect: fail
case_module_name: ThemeName = theme_package  # expect: pass
case_module_name_and_file: ThemeNameAndFile = theme_package  # expect: fail
case_module_doc_not_a_protocol_member: ThemeDoc = theme_package  # expect: pass
case_module_doc_optional: ThemeDocOptional = theme_package  # expect: pass
case_module_package_str: ThemePackage = theme_package  # expect: fail
case_module_path_of_plain_module: ThemePath = theme_package  # expect: pass
case_module_dict_not_a_protocol_member: ThemeDict = theme_package  # expect: pass
case_module_annotations: ThemeAnnotations = good_config  # expect: pass
case_module_file_other: ThemeFile = good_config  # expect: fail
