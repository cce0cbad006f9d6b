"""Shapes found in the plugins of more real distributions (mkdocs themes, setuptools
commands, hatch hooks, fsspec filesystems)."""

from collections import namedtuple
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


# --------------------------------------------------------------------------
# A base written as a module-level variable (setuptools' `_Command =
# get_unpatched(Command)`, SQLAlchemy's `Base = declarative_base()`) is an
# "Invalid base class" to mypy: the class falls back to `Any` and conforms to
# every protocol, what it defines included. A name is a variable when its first
# binding is an annotated assignment or the value of a call that makes no type;
# `_Alias = Command` is a type alias, a class.
# --------------------------------------------------------------------------


class Command:
    user_options: list[tuple[str, str, str]] = []

    def run(self) -> None:
        pass


def get_unpatched(cls):  # type: ignore[no-untyped-def]
    return cls


def typed_unpatched(cls: type[Command]) -> type[Command]:
    return cls


_Command = get_unpatched(Command)
_TypedCommand = typed_unpatched(Command)
_DeclaredCommand: type[Command] = Command
_AliasCommand = Command
_Point = namedtuple("_Point", "x y")
_Reassigned = Command
_Reassigned = get_unpatched(Command)  # type: ignore[misc]


class SetuptoolsCommand(_Command):  # type: ignore[valid-type, misc]
    def finalize_options(self) -> None:
        pass


class SdistCommand(SetuptoolsCommand):
    user_options = [("formats=", "", "formats")]


class WrongRunCommand(_Command):  # type: ignore[valid-type, misc]
    def run(self) -> int:
        return 1


class TypedBaseCommand(_TypedCommand):  # type: ignore[valid-type, misc]
    pass


class DeclaredBaseCommand(_DeclaredCommand):  # type: ignore[valid-type, misc]
    pass


class AliasBaseCommand(_AliasCommand):
    pass


class PointCommand(_Point):
    pass


class ReassignedBaseCommand(_Reassigned):
    pass


class CommandProtocol(Protocol):
    def initialize_options(self) -> None: ...
    def finalize_options(self) -> None: ...
    def run(self) -> None: ...


class ClassVarOptions(Protocol):
    boolean_options: list[str]

    def run(self) -> None: ...


case_variable_base_instance: CommandProtocol = SetuptoolsCommand()  # expect: pass
case_variable_base_class: type[CommandProtocol] = SetuptoolsCommand  # expect: pass
case_variable_base_subclass: type[ClassVarOptions] = SdistCommand  # expect: pass
case_variable_base_own_member_wrong: CommandProtocol = WrongRunCommand()  # expect: pass
case_variable_base_typed_call: CommandProtocol = TypedBaseCommand()  # expect: pass
case_variable_base_annotated: type[CommandProtocol] = DeclaredBaseCommand  # expect: pass
case_alias_base_is_a_class: CommandProtocol = AliasBaseCommand()  # expect: fail
case_namedtuple_call_base_is_a_class: CommandProtocol = PointCommand(1, 2)  # expect: fail
case_first_binding_alias_decides: CommandProtocol = ReassignedBaseCommand()  # expect: fail
case_plain_class_unchanged: CommandProtocol = Command()  # expect: fail


# --------------------------------------------------------------------------
# A `def` written in a class body and removed from the class after it ran
# (mkdocs' `BasePlugin` deletes its `on_*` event methods once it has listed
# them) is still a method to mypy, which reads the class body as written.
# --------------------------------------------------------------------------


class BasePlugin:
    def on_files(self, files: list[str], /, *, config: dict[str, Any]) -> Optional[list[str]]:
        return files

    def on_post_build(self, *, config: dict[str, Any]) -> None:
        pass

    @staticmethod
    def on_startup(command: str) -> None:
        pass


EVENTS = tuple(k[3:] for k in BasePlugin.__dict__ if k.startswith("on_"))
for _event in EVENTS:
    delattr(BasePlugin, "on_" + _event)


class SearchPlugin(BasePlugin):
    def on_post_build(self, *, config: dict[str, Any], **kwargs: Any) -> None:
        pass


class FilesEvent(Protocol):
    def on_files(self, files: list[str], /, *, config: dict[str, Any]) -> Optional[list[str]]: ...


class FilesEventNarrow(Protocol):
    def on_files(self, files: list[str], /, *, config: dict[str, Any]) -> list[str]: ...


class FilesEventByName(Protocol):
    def on_files(self, files: list[str], *, config: dict[str, Any]) -> Optional[list[str]]: ...


class PostBuildAndFiles(Protocol):
    def on_post_build(self, *, config: dict[str, Any]) -> None: ...
    def on_files(self, files: list[str], /, *, config: dict[str, Any]) -> Optional[list[str]]: ...


class PageEvent(Protocol):
    def on_page(self, page: str) -> None: ...


case_removed_def_instance: FilesEvent = SearchPlugin()  # expect: pass
case_removed_def_class: type[FilesEvent] = SearchPlugin  # expect: pass
case_removed_def_on_base: FilesEvent = BasePlugin()  # expect: pass
case_removed_def_checked_narrow: FilesEventNarrow = SearchPlugin()  # expect: fail
case_removed_def_names_ignored: FilesEventByName = SearchPlugin()  # expect: pass
case_removed_def_with_own: PostBuildAndFiles = SearchPlugin()  # expect: pass
case_removed_def_never_written: PageEvent = SearchPlugin()  # expect: fail
