"""Shapes found by a random program generator (second round), labelled by mypy.

One section per shape; each says which of mypy's rules it exercises.
"""

import abc
import types
from typing import Any, Callable, ClassVar, Protocol

# --------------------------------------------------------------------------- attributes typeshed declares on `type` and `function`
# The runtime shows `__name__`, `__qualname__`, `__mro__`... of a class, and of a function,
# only as C descriptors; typeshed declares them. A class object falls back to its metaclass
# (`builtins.type`, subtypes.visit_callable_type), and a function, bound method, lambda or
# builtin is a callable whose fallback is `builtins.function`, not its runtime class: a bound
# method has `__name__` there, but not `__self__`. An instance has no `__name__`, a module no
# `__qualname__`. A protocol member `__qualname__` counts (only `__module__`, `__doc__`,
# `__dict__`... are left out, nodes.EXCLUDED_PROTOCOL_ATTRIBUTES).


class HasName(Protocol):
    __name__: str


class HasQualname(Protocol):
    __qualname__: str


class HasNameInt(Protocol):
    __name__: int


class HasNameProperty(Protocol):
    @property
    def __name__(self) -> str: ...


class HasMro(Protocol):
    __mro__: tuple[type, ...]


class HasMroProperty(Protocol):
    @property
    def __mro__(self) -> tuple[type, ...]: ...


class HasBases(Protocol):
    __bases__: tuple[type, ...]


class HasSelf(Protocol):
    __self__: object


class HasCode(Protocol):
    __code__: Any


class HasGlobals(Protocol):
    __globals__: dict[str, Any]


class HasGlobalsProperty(Protocol):
    @property
    def __globals__(self) -> dict[str, Any]: ...


class AnAbc(abc.ABC):
    pass


class AMeta(type):
    pass


class WithMeta(metaclass=AMeta):
    pass


class Plain:
    def method(self) -> None: ...


def function() -> None: ...


case_name_of_class: HasName = Plain  # expect: pass
case_name_of_abc: HasName = AnAbc  # expect: pass
case_name_of_metaclass_instance: HasName = WithMeta  # expect: pass
case_name_of_builtin_class: HasName = int  # expect: pass
case_name_of_function: HasName = function  # expect: pass
case_name_of_bound_method: HasName = Plain().method  # expect: pass
case_name_of_builtin: HasName = len  # expect: pass
case_name_of_lambda: HasName = lambda: 0  # expect: pass
case_name_of_module: HasName = types  # expect: pass
case_name_of_instance: HasName = Plain()  # expect: fail
case_qualname_of_class: HasQualname = Plain  # expect: pass
case_qualname_of_function: HasQualname = function  # expect: pass
case_qualname_of_bound_method: HasQualname = Plain().method  # expect: pass
case_qualname_of_builtin: HasQualname = len  # expect: pass
case_qualname_of_module: HasQualname = types  # expect: fail
case_qualname_of_instance: HasQualname = Plain()  # expect: fail
case_name_int_of_class: HasNameInt = Plain  # expect: fail
case_name_int_of_function: HasNameInt = function  # expect: fail
case_name_property_of_class: HasNameProperty = Plain  # expect: pass
case_name_property_of_function: HasNameProperty = function  # expect: pass
case_mro_of_class: HasMro = Plain  # expect: fail
case_mro_property_of_class: HasMroProperty = Plain  # expect: pass
case_bases_of_class: HasBases = Plain  # expect: pass
case_self_of_bound_method: HasSelf = Plain().method  # expect: fail
case_self_of_builtin: HasSelf = len  # expect: fail
case_code_of_bound_method: HasCode = Plain().method  # expect: pass
case_code_of_builtin: HasCode = len  # expect: pass
case_globals_of_function: HasGlobals = function  # expect: fail
case_globals_property_of_function: HasGlobalsProperty = function  # expect: pass


# --------------------------------------------------------------------------- the same attributes inside annotations
# A member typed `Callable[...]` compares with a protocol as `builtins.function` does, and one
# typed `type[C]` or `type` as the class object or `builtins.type` (subtypes.visit_callable_type,
# visit_type_type); `type[int]` has no metaclass mypy knows, and an instance no `__name__`.


class NameHolder(Protocol):
    @property
    def x(self) -> HasNameProperty: ...


class QualnameHolder(Protocol):
    @property
    def x(self) -> HasQualname: ...


class SelfHolder(Protocol):
    @property
    def x(self) -> HasSelf: ...


class HoldsAbcClass:
    x: type[AnAbc]


class HoldsType:
    x: type


class HoldsCallable:
    x: Callable[[], int]


class HoldsMetaInstance:
    x: AMeta


class HoldsIntClass:
    x: type[int]


class HoldsInstance:
    x: AnAbc


case_abc_class_has_name: NameHolder = HoldsAbcClass()  # expect: pass
case_type_has_name: NameHolder = HoldsType()  # expect: pass
case_callable_has_name: NameHolder = HoldsCallable()  # expect: pass
case_metaclass_instance_has_name: NameHolder = HoldsMetaInstance()  # expect: pass
case_int_class_has_no_name: NameHolder = HoldsIntClass()  # expect: fail
case_instance_has_no_name: NameHolder = HoldsInstance()  # expect: fail
case_abc_class_has_qualname: QualnameHolder = HoldsAbcClass()  # expect: pass
case_callable_has_qualname: QualnameHolder = HoldsCallable()  # expect: pass
case_callable_has_no_self: SelfHolder = HoldsCallable()  # expect: fail
case_abc_class_has_no_self: SelfHolder = HoldsAbcClass()  # expect: fail


# --------------------------------------------------------------------------- a builtin function held by an annotated class variable
# `m: ClassVar[Callable[..., Any]] = print` is a variable of the declared type (checkmember
# reads the declaration), through the class object as through an instance: it provides a
# settable attribute or property, and a method whose call its type fits; an instance still
# sees a ClassVar where the protocol wants an instance variable.


class SettableCallable(Protocol):
    @property
    def m(self) -> Callable[..., Any]: ...
    @m.setter
    def m(self, value: Callable[..., Any]) -> None: ...


class CallableAttribute(Protocol):
    m: Callable[..., Any]


class TakesInt(Protocol):
    def m(self, a: int) -> None: ...


class StrFromInt(Protocol):
    m: Callable[[int], str]


class HoldsPrint:
    m: ClassVar[Callable[..., Any]] = print


class HoldsLen:
    m: ClassVar[Callable[..., int]] = len


case_classvar_builtin_as_settable_property: SettableCallable = HoldsPrint  # expect: pass
case_classvar_builtin_as_attribute: CallableAttribute = HoldsPrint  # expect: pass
case_classvar_builtin_as_method: TakesInt = HoldsPrint  # expect: pass
case_classvar_builtin_wrong_type: StrFromInt = HoldsLen  # expect: fail
case_classvar_builtin_instance_attribute: CallableAttribute = HoldsPrint()  # expect: fail
case_classvar_builtin_instance_method: TakesInt = HoldsPrint()  # expect: pass


# --------------------------------------------------------------------------- the protocol's *args against extra positional parameters
# The protocol's `*args` must fit every further positional parameter of the implementation
# (subtypes.is_callable_compatible, phase 1c), as an argument mypy synthesizes without a
# name or a position (`try_synthesizing_arg_from_vararg(None)`, `allow_imprecise_kinds`):
# a positional-only parameter before them does not shift what they are held to.


class StarFloats(Protocol):
    def m(self, *rest: float) -> None: ...


class OneThenStarFloats(Protocol):
    def m(self, first: complex = 0j, /, *rest: float) -> None: ...


class OneThenStarStr(Protocol):
    def m(self, first: complex = 0j, /, *rest: str) -> None: ...


class PositionalOnlyThenNamed:
    def m(self, a: complex = 0j, /, b: complex = 0j, *more: float) -> None: ...


class TwoPositionalOnlyThenNamed:
    def m(self, a: complex = 0j, b: complex = 0j, /, c: complex = 0j, *more: float) -> None: ...


class PositionalOnlyNamedLikeStar:
    def m(self, a: complex = 0j, rest: complex = 0j, /, c: complex = 0j, *more: float) -> None: ...


class PositionalOnlyThenRequired:
    def m(self, a: complex = 0j, /, b: complex = 0j, c: int = 0, *more: float) -> None: ...


case_star_over_positional_only_then_named: StarFloats = PositionalOnlyThenNamed()  # expect: pass
case_star_after_one_over_two_positional_only: OneThenStarFloats = TwoPositionalOnlyThenNamed()  # expect: pass
case_star_named_like_positional_only: StarFloats = PositionalOnlyNamedLikeStar()  # expect: pass
case_star_wrong_type_still_fails: OneThenStarStr = TwoPositionalOnlyThenNamed()  # expect: fail
case_star_narrower_parameter_fails: StarFloats = PositionalOnlyThenRequired()  # expect: fail
