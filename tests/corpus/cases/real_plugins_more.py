"""More shapes found in the plugins of real distributions: class objects whose metaclass
defines some of the protocol's members (pygments styles), and members made by a
decorator that is not property, classmethod or staticmethod (keyring's backends)."""

from typing import Any, ClassVar, Protocol

# --------------------------------------------------------------------------
# A class object is checked through its own class (its MRO), or else as an
# instance of its metaclass, each as a whole: a metaclass's method does not
# fill in what the class lacks, nor the reverse.
# --------------------------------------------------------------------------


class StyleMeta(type):
    def style_for_token(cls, token: Any) -> dict[str, Any]:
        return {}

    def list_styles(cls) -> list[Any]:
        return []


class Style(metaclass=StyleMeta):
    background_color = "#ffffff"
    styles: ClassVar[dict[Any, str]] = {}

    def __init__(self, **options: Any) -> None:
        pass


class DarkStyle(Style):
    background_color = "#000000"


class StyleWithLookup(Style):
    @classmethod
    def style_for_token(cls, token: Any) -> dict[str, Any]:
        return {}


class ColorsAndLookup(Protocol):
    background_color: str

    def style_for_token(self, token: Any) -> dict[str, Any]: ...


class LookupOnly(Protocol):
    def style_for_token(self, token: Any) -> dict[str, Any]: ...

    def list_styles(self) -> list[Any]: ...


class LookupAndMro(Protocol):
    def style_for_token(self, token: Any) -> dict[str, Any]: ...

    def mro(self) -> list[type]: ...


class ColorsOnly(Protocol):
    background_color: str


class NamedColors(Protocol):
    __name__: str
    background_color: str


class MakesStyleWithLookup(Protocol):
    def __call__(self, **options: Any) -> Style: ...

    def style_for_token(self, token: Any) -> dict[str, Any]: ...


class MakesStyleWithColors(Protocol):
    def __call__(self, **options: Any) -> Style: ...

    background_color: str


class MakesStyleColorsAndLookup(Protocol):
    def __call__(self, **options: Any) -> Style: ...

    background_color: str

    def style_for_token(self, token: Any) -> dict[str, Any]: ...


class MakesIntWithLookup(Protocol):
    def __call__(self, **options: Any) -> int: ...

    def style_for_token(self, token: Any) -> dict[str, Any]: ...


case_metaclass_method_and_class_attribute: ColorsAndLookup = Style  # expect: fail
case_metaclass_method_and_subclass_attribute: ColorsAndLookup = DarkStyle  # expect: fail
case_metaclass_methods_only: LookupOnly = Style  # expect: pass
case_metaclass_methods_of_subclass: LookupOnly = DarkStyle  # expect: pass
case_metaclass_method_and_type_method: LookupAndMro = Style  # expect: pass
case_class_attributes_only: ColorsOnly = DarkStyle  # expect: pass
case_type_attribute_and_class_attribute: NamedColors = Style  # expect: fail
case_classmethod_and_class_attribute: ColorsAndLookup = StyleWithLookup  # expect: pass
case_constructor_and_metaclass_method: MakesStyleWithLookup = Style  # expect: pass
case_constructor_and_class_attribute: MakesStyleWithColors = Style  # expect: pass
case_constructor_metaclass_and_class: MakesStyleColorsAndLookup = Style  # expect: fail
case_wrong_constructor_and_metaclass_method: MakesIntWithLookup = Style  # expect: fail


# The same, through an attribute or a property typed ``type[Style]``.


class UsesStyleWithLookup(Protocol):
    @property
    def style(self) -> MakesStyleWithLookup: ...


class UsesLookup(Protocol):
    @property
    def style(self) -> LookupOnly: ...


class UsesColorsAndLookup(Protocol):
    @property
    def style(self) -> ColorsAndLookup: ...


class StyledFormatter:
    style: type[Style] = Style


class StyleFromProperty:
    @property
    def style(self) -> type[Style]:
        return Style


case_attr_type_of_constructor_and_meta: UsesStyleWithLookup = StyledFormatter()  # expect: pass
case_attr_type_of_meta_only: UsesLookup = StyledFormatter()  # expect: pass
case_attr_type_of_meta_and_class: UsesColorsAndLookup = StyledFormatter()  # expect: fail
case_prop_type_of_constructor_and_meta: UsesStyleWithLookup = StyleFromProperty()  # expect: pass
case_prop_type_of_meta_only: UsesLookup = StyleFromProperty()  # expect: pass
