"""Attribute and member shapes found by generated programs, labelled by mypy."""

import types
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from abc import abstractmethod
from typing import ClassVar, Final, Literal, Protocol, overload

from ._modules import (
    final_computed,
    final_inferred,
    final_lambda,
    final_references,
    function_declared_narrow,
    lambda_declared_any,
    lambda_declared_exact,
    lambda_declared_int,
    lambda_declared_narrow,
    lambda_unannotated,
)

# --- Frozen dataclasses: a ClassVar is a class variable, only fields are read-only


class WantsSize(Protocol):
    size: int


class WantsClassSize(Protocol):
    size: ClassVar[int]


class WantsReadSize(Protocol):
    @property
    def size(self) -> int: ...


class WantsSettableSize(Protocol):
    @property
    def size(self) -> int: ...

    @size.setter
    def size(self, value: int) -> None: ...


class WantsObjectClassSize(Protocol):
    size: ClassVar[object]


@dataclass(frozen=True)
class FrozenClassVar:
    size: ClassVar[int] = 0
    label: str = ""


@dataclass(frozen=True)
class FrozenClassVarStr:
    size: ClassVar[str] = ""


@dataclass
class MutableClassVar:
    size: ClassVar[int] = 0


@dataclass(frozen=True)
class FrozenField:
    size: int = 0


@dataclass(frozen=True)
class FrozenChild(FrozenClassVar):
    extra: int = 0


class PlainOnFrozen(FrozenClassVar):
    pass


@dataclass(frozen=True)
class FrozenUnannotated:
    size = 0


case_frozen_classvar_for_classvar: WantsClassSize = FrozenClassVar()  # expect: pass
case_frozen_classvar_for_attribute: WantsSize = FrozenClassVar()  # expect: fail
case_frozen_classvar_for_property: WantsReadSize = FrozenClassVar()  # expect: pass
case_frozen_classvar_for_settable_property: WantsSettableSize = FrozenClassVar()  # expect: fail
case_frozen_classvar_for_object_classvar: WantsObjectClassSize = FrozenClassVar()  # expect: fail
case_frozen_classvar_str_for_classvar: WantsClassSize = FrozenClassVarStr()  # expect: fail
case_mutable_classvar_for_classvar: WantsClassSize = MutableClassVar()  # expect: pass
case_frozen_field_for_classvar: WantsClassSize = FrozenField()  # expect: fail
case_frozen_field_for_attribute: WantsSize = FrozenField()  # expect: fail
case_frozen_field_for_property: WantsReadSize = FrozenField()  # expect: pass
case_frozen_child_classvar_for_classvar: WantsClassSize = FrozenChild()  # expect: pass
case_plain_on_frozen_classvar_for_classvar: WantsClassSize = PlainOnFrozen()  # expect: pass
case_frozen_unannotated_for_classvar: WantsClassSize = FrozenUnannotated()  # expect: fail
case_frozen_unannotated_for_attribute: WantsSize = FrozenUnannotated()  # expect: pass
case_frozen_class_classvar_for_attribute: WantsSize = FrozenClassVar  # expect: pass
case_frozen_class_classvar_for_property: WantsReadSize = FrozenClassVar  # expect: pass
case_frozen_class_classvar_for_classvar: WantsClassSize = FrozenClassVar  # expect: fail
case_frozen_class_field_for_attribute: WantsSize = FrozenField  # expect: fail
case_frozen_class_field_for_property: WantsReadSize = FrozenField  # expect: fail
case_frozen_class_unannotated_for_attribute: WantsSize = FrozenUnannotated  # expect: pass
case_type_of_frozen_classvar: type[WantsClassSize] = FrozenClassVar  # expect: pass
case_type_of_frozen_field_for_classvar: type[WantsClassSize] = FrozenField  # expect: fail


# --- Explicit subclasses of a protocol: a member with a trivial body stays abstract


class AsyncProto(Protocol):
    async def fetch(self, key: str) -> bytes: ...

    def close(self) -> None:
        return None


class ForgetsAsync(AsyncProto):
    pass


class ImplementsAsync(AsyncProto):
    async def fetch(self, key: str) -> bytes:
        return b""


class AsyncPassProto(Protocol):
    async def fetch(self, key: str) -> bytes:
        pass


class AsyncDocProto(Protocol):
    async def fetch(self, key: str) -> bytes:
        """Fetch ``key``."""


class AsyncRaisesProto(Protocol):
    async def fetch(self, key: str) -> bytes:
        raise NotImplementedError()


class AsyncDefaultProto(Protocol):
    async def fetch(self, key: str) -> bytes:
        return key.encode()


class ForgetsAsyncPass(AsyncPassProto):
    pass


class ForgetsAsyncDoc(AsyncDocProto):
    pass


class ForgetsAsyncRaises(AsyncRaisesProto):
    pass


class InheritsAsyncDefault(AsyncDefaultProto):
    pass


class OverProto(Protocol):
    @overload
    def get(self, key: int) -> int: ...

    @overload
    def get(self, key: str) -> str: ...


class OverTrivialImplProto(Protocol):
    @overload
    def get(self, key: int) -> int: ...

    @overload
    def get(self, key: str) -> str: ...

    def get(self, key: int | str) -> int | str: ...


class OverDefaultProto(Protocol):
    @overload
    def get(self, key: int) -> int: ...

    @overload
    def get(self, key: str) -> str: ...

    def get(self, key: int | str) -> int | str:
        return key


class ForgetsOverload(OverProto):
    pass


class ImplementsOverload(OverProto):
    @overload
    def get(self, key: int) -> int: ...

    @overload
    def get(self, key: str) -> str: ...

    def get(self, key: int | str) -> int | str:
        return key


class ForgetsOverloadTrivialImpl(OverTrivialImplProto):
    pass


class InheritsOverloadDefault(OverDefaultProto):
    pass


class PropProto(Protocol):
    @property
    def size(self) -> int: ...


class SettablePropProto(Protocol):
    @property
    def size(self) -> int: ...

    @size.setter
    def size(self, value: int) -> None:
        return None


class PropDefaultProto(Protocol):
    @property
    def size(self) -> int:
        return 0


class ForgetsProp(PropProto):
    pass


class ForgetsSettableProp(SettablePropProto):
    pass


class InheritsPropDefault(PropDefaultProto):
    pass


class ClassMethodProto(Protocol):
    @classmethod
    def make(cls) -> int: ...


class StaticMethodProto(Protocol):
    @staticmethod
    def make() -> int:
        raise NotImplementedError


class AsyncClassMethodProto(Protocol):
    @classmethod
    async def make(cls) -> int: ...


class StaticDefaultProto(Protocol):
    @staticmethod
    def make() -> int:
        return 0


class ForgetsClassMethod(ClassMethodProto):
    pass


class ForgetsStaticMethod(StaticMethodProto):
    pass


class ForgetsAsyncClassMethod(AsyncClassMethodProto):
    pass


class InheritsStaticDefault(StaticDefaultProto):
    pass


class ReturnsNoneProto(Protocol):
    def close(self) -> None:
        return None


class BareReturnProto(Protocol):
    def close(self) -> None:
        return


class ForgetsReturnsNone(ReturnsNoneProto):
    pass


class ForgetsBareReturn(BareReturnProto):
    pass


class StaticOverProto(Protocol):
    @overload
    @staticmethod
    def make(key: int) -> int: ...

    @overload
    @staticmethod
    def make(key: str) -> str: ...


class ForgetsStaticOverload(StaticOverProto):
    pass


class AbstractDefaultProto(Protocol):
    @abstractmethod
    async def fetch(self, key: str) -> bytes:
        return b""


class ForgetsAbstractDefault(AbstractDefaultProto):
    pass


class MiddleProto(AsyncProto, Protocol):
    async def fetch(self, key: str) -> bytes:
        return b""


class InheritsMiddle(MiddleProto):
    pass


class MiddleTrivialProto(AsyncDefaultProto, Protocol):
    async def fetch(self, key: str) -> bytes: ...


class InheritsMiddleTrivial(MiddleTrivialProto):
    pass


case_type_forgets_static_overload: type[StaticOverProto] = ForgetsStaticOverload  # expect: fail
case_type_forgets_abstract_default: type[AbstractDefaultProto] = ForgetsAbstractDefault  # expect: fail
case_type_inherits_middle: type[AsyncProto] = InheritsMiddle  # expect: pass
case_type_inherits_middle_trivial: type[AsyncDefaultProto] = InheritsMiddleTrivial  # expect: fail
case_type_forgets_async: type[AsyncProto] = ForgetsAsync  # expect: fail
case_instance_forgets_async: AsyncProto = ForgetsAsync()  # expect: fail
case_type_implements_async: type[AsyncProto] = ImplementsAsync  # expect: pass
case_type_forgets_async_pass: type[AsyncPassProto] = ForgetsAsyncPass  # expect: fail
case_type_forgets_async_doc: type[AsyncDocProto] = ForgetsAsyncDoc  # expect: fail
case_type_forgets_async_raises: type[AsyncRaisesProto] = ForgetsAsyncRaises  # expect: fail
case_type_inherits_async_default: type[AsyncDefaultProto] = InheritsAsyncDefault  # expect: pass
case_type_forgets_overload: type[OverProto] = ForgetsOverload  # expect: fail
case_instance_forgets_overload: OverProto = ForgetsOverload()  # expect: fail
case_type_implements_overload: type[OverProto] = ImplementsOverload  # expect: pass
case_type_forgets_overload_trivial_impl: type[OverTrivialImplProto] = ForgetsOverloadTrivialImpl  # expect: pass
case_type_inherits_overload_default: type[OverDefaultProto] = InheritsOverloadDefault  # expect: pass
case_type_forgets_property: type[PropProto] = ForgetsProp  # expect: fail
case_type_forgets_settable_property: type[SettablePropProto] = ForgetsSettableProp  # expect: fail
case_type_inherits_property_default: type[PropDefaultProto] = InheritsPropDefault  # expect: pass
case_type_forgets_classmethod: type[ClassMethodProto] = ForgetsClassMethod  # expect: fail
case_type_forgets_staticmethod: type[StaticMethodProto] = ForgetsStaticMethod  # expect: fail
case_type_forgets_async_classmethod: type[AsyncClassMethodProto] = ForgetsAsyncClassMethod  # expect: fail
case_type_inherits_static_default: type[StaticDefaultProto] = InheritsStaticDefault  # expect: pass
case_type_forgets_returns_none: type[ReturnsNoneProto] = ForgetsReturnsNone  # expect: pass
case_type_forgets_bare_return: type[BareReturnProto] = ForgetsBareReturn  # expect: pass


# --- functools.cached_property read through a class object


class CachedSize:
    @cached_property
    def size(self) -> int:
        return 0


class PropertySize:
    @property
    def size(self) -> int:
        return 0


class WantsSizeStr(Protocol):
    @property
    def size(self) -> str: ...


class DynamicSize:
    @types.DynamicClassAttribute
    def size(self) -> int:
        return 0


case_class_cached_property_for_property: WantsReadSize = CachedSize  # expect: fail
case_class_cached_property_for_attribute: WantsSize = CachedSize  # expect: fail
case_class_cached_property_for_classvar: WantsClassSize = CachedSize  # expect: fail
case_class_property_for_property: WantsReadSize = PropertySize  # expect: fail
case_instance_cached_property_for_property: WantsReadSize = CachedSize()  # expect: pass
case_instance_cached_property_for_attribute: WantsSize = CachedSize()  # expect: fail
case_instance_cached_property_for_classvar: WantsClassSize = CachedSize()  # expect: fail
case_type_of_cached_property: type[WantsReadSize] = CachedSize  # expect: pass
case_instance_cached_property_for_str: WantsSizeStr = CachedSize()  # expect: fail
case_class_dynamic_attribute_for_property: WantsReadSize = DynamicSize  # expect: fail
case_instance_dynamic_attribute_for_property: WantsReadSize = DynamicSize()  # expect: pass
case_instance_dynamic_attribute_for_attribute: WantsSize = DynamicSize()  # expect: fail
case_instance_dynamic_attribute_for_str: WantsSizeStr = DynamicSize()  # expect: fail


# --- `name: Final = value`: the type is inferred from the value


class FinalValues:
    timeout: Final = 100
    name: Final = "csv"
    ratio: Final = 0.5
    enabled: Final = True
    sizes: Final = [1, 2, 3]
    nothing: Final = None


class WantsTimeoutInt(Protocol):
    @property
    def timeout(self) -> int: ...


class WantsTimeoutStr(Protocol):
    @property
    def timeout(self) -> str: ...


class WantsTimeoutLiteral(Protocol):
    @property
    def timeout(self) -> Literal[100]: ...


class WantsTimeoutOtherLiteral(Protocol):
    @property
    def timeout(self) -> Literal[5]: ...


class WantsTimeoutAttribute(Protocol):
    timeout: int


class WantsTimeoutClassVar(Protocol):
    timeout: ClassVar[int]


class WantsNameStr(Protocol):
    @property
    def name(self) -> str: ...


class WantsNameBytes(Protocol):
    @property
    def name(self) -> bytes: ...


class WantsNameLiteral(Protocol):
    @property
    def name(self) -> Literal["csv"]: ...


class WantsRatioFloat(Protocol):
    @property
    def ratio(self) -> float: ...


class WantsRatioInt(Protocol):
    @property
    def ratio(self) -> int: ...


class WantsEnabledInt(Protocol):
    @property
    def enabled(self) -> int: ...


class WantsEnabledLiteral(Protocol):
    @property
    def enabled(self) -> Literal[True]: ...


class WantsEnabledFalse(Protocol):
    @property
    def enabled(self) -> Literal[False]: ...


class WantsSizesInts(Protocol):
    @property
    def sizes(self) -> list[int]: ...


class WantsSizesStrs(Protocol):
    @property
    def sizes(self) -> list[str]: ...


class WantsNothingNone(Protocol):
    @property
    def nothing(self) -> None: ...


class WantsNothingInt(Protocol):
    @property
    def nothing(self) -> int: ...


class FinalDeclared:
    timeout: Final[int] = 100


class BareClassVar:
    timeout: ClassVar = 100


class FinalComputed:
    timeout: Final = 50 * 2


class WantsByFinalLiteral(Protocol):
    @property
    def by_final(self) -> Literal[100]: ...


class WantsByPlainLiteral(Protocol):
    @property
    def by_plain(self) -> Literal[100]: ...


class WantsByPlainInt(Protocol):
    @property
    def by_plain(self) -> int: ...


class WantsByDeclaredLiteral(Protocol):
    @property
    def by_declared(self) -> Literal[100]: ...


class WantsNegativeLiteral(Protocol):
    @property
    def negative(self) -> Literal[-5]: ...


class WantsRawBytes(Protocol):
    @property
    def raw(self) -> bytes: ...


class WantsRawStr(Protocol):
    @property
    def raw(self) -> str: ...


class WantsDeclaredLiteral(Protocol):
    @property
    def DECLARED(self) -> Literal[100]: ...


class WantsDeclaredInt(Protocol):
    @property
    def DECLARED(self) -> int: ...


@dataclass(frozen=True)
class FrozenFinal:
    timeout: Final = 100


case_final_int_for_int: WantsTimeoutInt = FinalValues()  # expect: pass
case_final_int_for_str: WantsTimeoutStr = FinalValues()  # expect: fail
case_final_int_for_literal: WantsTimeoutLiteral = FinalValues()  # expect: pass
case_final_int_for_other_literal: WantsTimeoutOtherLiteral = FinalValues()  # expect: fail
case_final_int_for_attribute: WantsTimeoutAttribute = FinalValues()  # expect: fail
case_final_int_for_classvar: WantsTimeoutClassVar = FinalValues()  # expect: fail
case_final_str_for_str: WantsNameStr = FinalValues()  # expect: pass
case_final_str_for_bytes: WantsNameBytes = FinalValues()  # expect: fail
case_final_str_for_literal: WantsNameLiteral = FinalValues()  # expect: pass
case_final_float_for_float: WantsRatioFloat = FinalValues()  # expect: pass
case_final_float_for_int: WantsRatioInt = FinalValues()  # expect: fail
case_final_bool_for_int: WantsEnabledInt = FinalValues()  # expect: pass
case_final_bool_for_literal: WantsEnabledLiteral = FinalValues()  # expect: pass
case_final_bool_for_other_literal: WantsEnabledFalse = FinalValues()  # expect: fail
case_final_list_for_ints: WantsSizesInts = FinalValues()  # expect: pass
case_final_list_for_strs: WantsSizesStrs = FinalValues()  # expect: fail
case_final_none_for_none: WantsNothingNone = FinalValues()  # expect: pass
case_final_none_for_int: WantsNothingInt = FinalValues()  # expect: fail
case_class_final_int_for_int: WantsTimeoutInt = FinalValues  # expect: pass
case_class_final_int_for_str: WantsTimeoutStr = FinalValues  # expect: fail
case_class_final_int_for_literal: WantsTimeoutLiteral = FinalValues  # expect: pass
case_class_final_int_for_attribute: WantsTimeoutAttribute = FinalValues  # expect: fail
case_class_final_declared_for_int: WantsTimeoutInt = FinalDeclared  # expect: fail
case_final_declared_for_literal: WantsTimeoutLiteral = FinalDeclared()  # expect: fail
case_final_declared_for_int: WantsTimeoutInt = FinalDeclared()  # expect: pass
case_bare_classvar_for_classvar: WantsTimeoutClassVar = BareClassVar()  # expect: pass
case_bare_classvar_for_str: WantsTimeoutStr = BareClassVar()  # expect: fail
case_bare_classvar_for_literal: WantsTimeoutLiteral = BareClassVar()  # expect: fail
case_class_bare_classvar_for_attribute: WantsTimeoutAttribute = BareClassVar  # expect: pass
case_final_computed_for_literal: WantsTimeoutLiteral = FinalComputed()  # expect: pass
case_final_computed_for_other_literal: WantsTimeoutOtherLiteral = FinalComputed()  # expect: fail
case_module_final_computed_for_literal: WantsTimeoutLiteral = final_computed  # expect: pass
case_module_final_computed_bool_for_literal: WantsEnabledLiteral = final_computed  # expect: fail
case_module_final_by_final_name: WantsByFinalLiteral = final_references  # expect: pass
case_module_final_by_plain_name: WantsByPlainLiteral = final_references  # expect: fail
case_module_final_by_plain_name_for_int: WantsByPlainInt = final_references  # expect: pass
case_module_final_by_declared_name: WantsByDeclaredLiteral = final_references  # expect: pass
case_module_final_negative: WantsNegativeLiteral = final_references  # expect: pass
case_module_final_bytes: WantsRawBytes = final_references  # expect: pass
case_module_final_bytes_for_str: WantsRawStr = final_references  # expect: fail
case_module_final_declared_for_literal: WantsDeclaredLiteral = final_references  # expect: fail
case_module_final_declared_for_int: WantsDeclaredInt = final_references  # expect: pass
case_class_final_by_final_name: WantsByFinalLiteral = final_references.Settings()  # expect: pass
case_class_final_by_plain_name: WantsByPlainLiteral = final_references.Settings()  # expect: fail
case_frozen_dataclass_final_for_literal: WantsTimeoutLiteral = FrozenFinal()  # expect: pass
case_frozen_dataclass_final_for_str: WantsTimeoutStr = FrozenFinal()  # expect: fail
case_module_final_int_for_int: WantsTimeoutInt = final_inferred  # expect: pass
case_module_final_int_for_str: WantsTimeoutStr = final_inferred  # expect: fail
case_module_final_int_for_literal: WantsTimeoutLiteral = final_inferred  # expect: pass
case_module_final_int_for_other_literal: WantsTimeoutOtherLiteral = final_inferred  # expect: fail
case_module_final_int_for_attribute: WantsTimeoutAttribute = final_inferred  # expect: pass
case_module_final_str_for_bytes: WantsNameBytes = final_inferred  # expect: fail
case_module_final_float_for_int: WantsRatioInt = final_inferred  # expect: fail
case_module_final_bool_for_literal: WantsEnabledLiteral = final_inferred  # expect: pass
case_module_final_list_for_strs: WantsSizesStrs = final_inferred  # expect: fail
case_module_final_none_for_int: WantsNothingInt = final_inferred  # expect: fail


# --- A module global annotated as a Callable: the declaration, not the lambda


class Updates(Protocol):
    def update(self) -> bool: ...


class UpdatesStr(Protocol):
    def update(self) -> str: ...


class UpdateAttribute(Protocol):
    update: Callable[[], bool]


class UpdateReadOnly(Protocol):
    @property
    def update(self) -> Callable[[], bool]: ...


case_module_lambda_declared_narrow: Updates = lambda_declared_narrow  # expect: fail
case_module_lambda_declared_any: Updates = lambda_declared_any  # expect: pass
case_module_lambda_declared_int: Updates = lambda_declared_int  # expect: fail
case_module_lambda_declared_exact: Updates = lambda_declared_exact  # expect: pass
case_module_function_declared_narrow: Updates = function_declared_narrow  # expect: fail
case_module_lambda_exact_for_attribute: UpdateAttribute = lambda_declared_exact  # expect: pass
case_module_lambda_any_for_attribute: UpdateAttribute = lambda_declared_any  # expect: pass
case_module_lambda_narrow_for_attribute: UpdateAttribute = lambda_declared_narrow  # expect: fail
case_module_lambda_narrow_for_read_only: UpdateReadOnly = lambda_declared_narrow  # expect: fail
case_module_lambda_any_for_read_only: UpdateReadOnly = lambda_declared_any  # expect: pass
case_module_unannotated_lambda: Updates = lambda_unannotated  # expect: pass
case_module_unannotated_lambda_for_str: UpdatesStr = lambda_unannotated  # expect: fail
case_module_final_lambda: Updates = final_lambda  # expect: pass
case_module_final_lambda_for_str: UpdatesStr = final_lambda  # expect: fail
case_module_final_lambda_for_attribute: UpdateAttribute = final_lambda  # expect: pass
