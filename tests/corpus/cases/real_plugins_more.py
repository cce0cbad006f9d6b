"""More shapes found in the plugins of real distributions: class objects whose metaclass
defines some of the protocol's members (pygments styles), and members made by a
decorator that is not property, classmethod or staticmethod (keyring's backends)."""

from collections import namedtuple
from typing import Any, Callable, ClassVar, Literal, Optional, Protocol

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


# --------------------------------------------------------------------------
# A name bound by a decorated ``def`` (the decorator neither property,
# classmethod nor staticmethod) is a method to mypy: not a variable, not
# settable, not a class variable, whatever object the decorator made. The
# same object assigned (``name = deco(func)``) is a variable.
# --------------------------------------------------------------------------


class untyped_classproperty:
    def __init__(self, fget, fset=None):
        self.fget = fget

    def __get__(self, instance, owner=None):
        return self.fget(owner)


class typed_classproperty:
    def __init__(self, fget: Callable[[Any], float]) -> None:
        self.fget = fget

    def __get__(self, instance: object, owner: Optional[type] = None) -> float:
        return self.fget(owner)


def _priority(cls: Any) -> float:
    return 1.0


class DecoratedPriority:
    @untyped_classproperty
    def priority(cls) -> float:
        return 1.0

    def get_password(self, service: str) -> Optional[str]:
        return None


class AssignedPriority:
    priority = untyped_classproperty(_priority)

    def get_password(self, service: str) -> Optional[str]:
        return None


class TypedDecoratedPriority:
    @typed_classproperty
    def priority(cls) -> float:
        return 1.0


class TypedAssignedPriority:
    priority = typed_classproperty(_priority)


class DecoratedThenAssigned:
    @untyped_classproperty
    def priority(cls) -> float:
        return 1.0

    priority = untyped_classproperty(_priority)  # type: ignore[no-redef]


class InheritsDecorated(DecoratedPriority):
    pass


class ReadsPriority(Protocol):
    @property
    def priority(self) -> float: ...


class SetsPriority(Protocol):
    priority: float


class ClassPriority(Protocol):
    priority: ClassVar[float]


class Backend(Protocol):
    def get_password(self, service: str) -> Optional[str]: ...


case_decorated_def_from_class_object: ReadsPriority = DecoratedPriority  # expect: fail
case_decorated_def_inherited_from_class_object: ReadsPriority = InheritsDecorated  # expect: fail
case_assigned_descriptor_from_class_object: ReadsPriority = AssignedPriority  # expect: pass
case_typed_decorated_def_from_class_object: ReadsPriority = TypedDecoratedPriority  # expect: fail
case_typed_assigned_from_class_object: ReadsPriority = TypedAssignedPriority  # expect: pass
case_decorated_then_assigned_class: ReadsPriority = DecoratedThenAssigned  # expect: fail
case_decorated_def_read_only_on_instance: ReadsPriority = DecoratedPriority()  # expect: pass
case_decorated_def_settable_on_instance: SetsPriority = DecoratedPriority()  # expect: fail
case_assigned_descriptor_settable_on_instance: SetsPriority = AssignedPriority()  # expect: pass
case_typed_decorated_settable_on_instance: SetsPriority = TypedDecoratedPriority()  # expect: fail
case_decorated_def_classvar_on_instance: ClassPriority = DecoratedPriority()  # expect: fail
case_assigned_descriptor_classvar_on_instance: ClassPriority = AssignedPriority()  # expect: fail
case_decorated_def_backend_type: type[Backend] = DecoratedPriority  # expect: pass


# --------------------------------------------------------------------------
# A def written without a decorator is a plain method to mypy, even when a
# metaclass or ``__init_subclass__`` has replaced it in the class dictionary
# (pygments' LexerMeta makes ``analyse_text`` a staticmethod).
# --------------------------------------------------------------------------


def _make_analyser(f: Callable[[str], Any]) -> Any:
    def analyse(text: str) -> float:
        return float(f(text) or 0.0)

    return staticmethod(analyse)


class LexerMeta(type):
    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> "LexerMeta":
        if "analyse_text" in namespace:
            namespace["analyse_text"] = _make_analyser(namespace["analyse_text"])
        return type.__new__(mcs, name, bases, namespace)


class Lexer(metaclass=LexerMeta):
    name = "base"

    def analyse_text(text):  # type: ignore[misc]
        return 0.0


class ZigLexer(Lexer):
    name = "zig"


class OwnAnalyserLexer(Lexer):
    def analyse_text(text):  # type: ignore[misc]
        return 1.0


class StaticLexer(metaclass=LexerMeta):
    @staticmethod
    def analyse_text(text: str) -> float:
        return 0.0


class SubclassHooked:
    def __init_subclass__(cls) -> None:
        cls.analyse_text = staticmethod(cls.__dict__["analyse_text"])  # type: ignore[attr-defined]


class HookedLexer(SubclassHooked):
    def analyse_text(text):  # type: ignore[misc]
        return 0.0


class Analyses(Protocol):
    def analyse_text(self, text: str) -> float: ...


class AnalysesStatic(Protocol):
    @staticmethod
    def analyse_text(text: str) -> float: ...


class TakesNothing(Protocol):
    def analyse_text(self) -> Any: ...


case_rewritten_def_inherited: type[Analyses] = ZigLexer  # expect: fail
case_rewritten_def_own: type[Analyses] = OwnAnalyserLexer  # expect: fail
case_rewritten_def_instance: Analyses = OwnAnalyserLexer()  # expect: fail
case_rewritten_def_as_static: AnalysesStatic = OwnAnalyserLexer()  # expect: fail
case_rewritten_def_bound_as_written: TakesNothing = OwnAnalyserLexer()  # expect: pass
case_rewritten_def_class_object: Analyses = OwnAnalyserLexer  # expect: fail
case_written_staticmethod: type[Analyses] = StaticLexer  # expect: pass
case_rewritten_by_init_subclass: type[Analyses] = HookedLexer  # expect: fail


# --------------------------------------------------------------------------
# A base written as a call mypy cannot analyse ("Unsupported dynamic base
# class", pygments' ``class ObjectiveCLexer(objective(CLexer))``) makes the
# class fall back to Any: its instances conform to any protocol, and so does
# the class as ``type[P]``. A named tuple made inline is understood.
# --------------------------------------------------------------------------


def objective(base: type) -> type:
    class GeneratedVariant(base):  # type: ignore[valid-type,misc]
        def get_tokens_unprocessed(self, text: str) -> int:
            return 0

    return GeneratedVariant


class CLexer:
    def get_tokens_unprocessed(self, text: str) -> int:
        return 0


class ObjectiveCLexer(objective(CLexer)):  # type: ignore[misc]
    def analyse_text(self) -> int:
        return 0


class LogosLexer(ObjectiveCLexer):
    pass


class PairBase(namedtuple("PairBase", "first second")):  # noqa: PYI024
    pass


class AliasedBase(CLexer):
    pass


class Tokens(Protocol):
    def get_tokens_unprocessed(self, text: str) -> str: ...


case_dynamic_base_type_of: type[Analyses] = ObjectiveCLexer  # expect: pass
case_dynamic_base_instance: Analyses = ObjectiveCLexer()  # expect: pass
case_dynamic_base_inherited: type[Tokens] = LogosLexer  # expect: pass
case_dynamic_base_instance_inherited: Tokens = LogosLexer()  # expect: pass
case_named_tuple_base_understood: Tokens = PairBase(1, 2)  # expect: fail
case_named_base_no_fallback: type[Tokens] = AliasedBase  # expect: fail


# Wherever an instance of such a class is compared, not only as the subject:
# what a constructor or a method returns, an attribute's type. It fits every
# type but None; a settable attribute is still compared both ways, and the
# class object itself has only the members it defines.


class MakesInt(Protocol):
    def __call__(self) -> int: ...


class MakesLiteral(Protocol):
    def __call__(self) -> Literal[3]: ...


class MakesNothing(Protocol):
    def __call__(self) -> None: ...


class Producer:
    def produce(self) -> ObjectiveCLexer:
        return ObjectiveCLexer()


class MaybeProducer:
    def produce(self) -> Optional[ObjectiveCLexer]:
        return None


class Produces(Protocol):
    def produce(self) -> str: ...


class Holder:
    def __init__(self) -> None:
        self.held = ObjectiveCLexer()


class ReadsStr(Protocol):
    @property
    def held(self) -> str: ...


class HoldsStr(Protocol):
    held: str


class NeedsName(Protocol):
    name: str


case_dynamic_base_made_as_int: MakesInt = ObjectiveCLexer  # expect: pass
case_dynamic_base_made_as_literal: MakesLiteral = ObjectiveCLexer  # expect: pass
case_dynamic_base_made_as_none: MakesNothing = ObjectiveCLexer  # expect: fail
case_dynamic_base_returned: Produces = Producer()  # expect: pass
case_dynamic_base_or_none_returned: Produces = MaybeProducer()  # expect: fail
case_dynamic_base_read_only_attribute: ReadsStr = Holder()  # expect: pass
case_dynamic_base_settable_attribute: HoldsStr = Holder()  # expect: fail
case_dynamic_base_class_object_missing: NeedsName = ObjectiveCLexer  # expect: fail
