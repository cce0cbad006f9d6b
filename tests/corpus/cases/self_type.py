"""`Self`, self-type variables, and protocols that mention the implementing type."""

from typing import ClassVar, Protocol, TypeVar

from typing_extensions import Self

TShape = TypeVar("TShape", bound="Shape")
T = TypeVar("T")


class Chain(Protocol):
    def then(self) -> Self: ...


class NextProp(Protocol):
    @property
    def next(self) -> Self: ...


class Shape(Protocol):
    def combine(self: TShape, other: TShape) -> TShape: ...


class Copyable(Protocol):
    def copy(self) -> Self: ...


class Merge(Protocol):
    def merge(self, other: Self) -> Self: ...


class HasDefault(Protocol):
    DEFAULT: ClassVar[Self]


class Builder(Protocol):
    @classmethod
    def create(cls) -> Self: ...


class ChainSelf:
    def then(self) -> Self:
        return self


class ChainConcrete:
    def then(self) -> "ChainConcrete":
        return self


class ChainOther:
    def then(self) -> ChainSelf:
        return ChainSelf()


class ChainTypeVar:
    def then(self: T) -> T:
        return self


class ChainInt:
    def then(self) -> int:
        return 0


class NextConcrete:
    next: "NextConcrete"


class NextSelf:
    next: Self


class NextOther:
    next: NextConcrete


class CombineSelfTypeVar:
    def combine(self: T, other: T) -> T:
        return self


class CombineShape:
    def combine(self, other: Shape) -> Shape:
        return other


class CombineBad:
    def combine(self, other: int) -> str:
        return ""


class CombineConcrete:
    def combine(self, other: "CombineConcrete") -> "CombineConcrete":
        return self


class CopyConcrete:
    def copy(self) -> "CopyConcrete":
        return self


class CopyBase:
    def copy(self) -> "CopyBase":
        return self


class CopyChild(CopyBase):
    pass


class CopyBaseSelf:
    def copy(self) -> Self:
        return self


class CopyChildSelf(CopyBaseSelf):
    pass


class MergeConcrete:
    def merge(self, other: "MergeConcrete") -> "MergeConcrete":
        return self


class MergeObject:
    def merge(self, other: object) -> "MergeObject":
        return self


class MergeInt:
    def merge(self, other: int) -> "MergeInt":
        return self


class DefaultConcrete:
    DEFAULT: ClassVar["DefaultConcrete"]


class DefaultInt:
    DEFAULT: ClassVar[int] = 0


class BuilderSelf:
    @classmethod
    def create(cls) -> Self:
        return cls()


class BuilderConcrete:
    @classmethod
    def create(cls) -> "BuilderConcrete":
        return cls()


class BuilderOther:
    @classmethod
    def create(cls) -> BuilderConcrete:
        return BuilderConcrete()


case_self_returns_self: Chain = ChainSelf()  # expect: pass
case_self_returns_concrete: Chain = ChainConcrete()  # expect: pass
case_self_returns_other_class: Chain = ChainOther()  # expect: fail
case_self_returns_typevar: Chain = ChainTypeVar()  # expect: pass
case_self_returns_int: Chain = ChainInt()  # expect: fail
case_self_property_concrete_attr: NextProp = NextConcrete()  # expect: pass
case_self_property_self_attr: NextProp = NextSelf()  # expect: pass
case_self_property_other_attr: NextProp = NextOther()  # expect: fail
case_self_typevar_protocol_generic_impl: Shape = CombineSelfTypeVar()  # expect: pass
case_self_typevar_protocol_shape_impl: Shape = CombineShape()  # expect: fail
case_self_typevar_protocol_bad_impl: Shape = CombineBad()  # expect: fail
case_self_typevar_protocol_concrete_impl: Shape = CombineConcrete()  # expect: pass
case_copy_concrete: Copyable = CopyConcrete()  # expect: pass
case_copy_inherited_concrete_return: Copyable = CopyChild()  # expect: fail
case_copy_inherited_self_return: Copyable = CopyChildSelf()  # expect: pass
case_merge_concrete: Merge = MergeConcrete()  # expect: pass
case_merge_object_param: Merge = MergeObject()  # expect: pass
case_merge_int_param: Merge = MergeInt()  # expect: fail
case_classvar_self_concrete: HasDefault = DefaultConcrete()  # expect: pass
case_classvar_self_int: HasDefault = DefaultInt()  # expect: fail
case_classmethod_self_builder: Builder = BuilderSelf()  # expect: pass
case_classmethod_concrete_builder: Builder = BuilderConcrete()  # expect: pass
case_classmethod_other_builder: Builder = BuilderOther()  # expect: fail
