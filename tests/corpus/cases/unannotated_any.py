"""Unannotated parameters, returns and attributes are `Any` (on either side)."""

from typing import Any, Protocol


class Typed(Protocol):
    def run(self, x: int, y: str) -> bytes: ...


class TypedAttr(Protocol):
    value: int


class UntypedProto(Protocol):
    def run(self, x, y): ...


class UntypedAttrProto(Protocol):
    value: Any


class AllUnannotated:
    def run(self, x, y):
        return b""


class PartlyAnnotated:
    def run(self, x: int, y):
        return b""


class ReturnOnly:
    def run(self, x, y) -> bytes:
        return b""


class WrongReturnAnnotated:
    def run(self, x, y) -> str:
        return ""


class WrongParamAnnotated:
    def run(self, x: str, y) -> bytes:
        return b""


class UnannotatedTooFew:
    def run(self, x):
        return b""


class UnannotatedTooMany:
    def run(self, x, y, z):
        return b""


class UnannotatedWithDefault:
    def run(self, x, y, z=None):
        return b""


class UnannotatedVarargs:
    def run(self, *args):
        return b""


class ValueUnannotatedInt:
    value = 0


class ValueUnannotatedStr:
    value = ""


class ValueUnannotatedNone:
    value = None


class ValueInInitFromParam:
    def __init__(self, v) -> None:
        self.value = v


class ValueInInitStr:
    def __init__(self) -> None:
        self.value = "x"


class ValueAnnotatedAny:
    value: Any = "x"


class Typed2:
    def run(self, x: int, y: str) -> bytes:
        return b""


class TypedWrong:
    def run(self, x: str, y: str) -> int:
        return 0


class ValueSetInMethod:
    def setup(self) -> None:
        self.value = 0


class ValueSetInMethodStr:
    def setup(self) -> None:
        self.value = "x"


class ValueSetInUntypedInit:
    def __init__(self):
        self.value = 0


case_all_unannotated: Typed = AllUnannotated()  # expect: pass
case_partly_annotated: Typed = PartlyAnnotated()  # expect: pass
case_return_only_annotated: Typed = ReturnOnly()  # expect: pass
case_wrong_return_annotated: Typed = WrongReturnAnnotated()  # expect: fail
case_wrong_param_annotated: Typed = WrongParamAnnotated()  # expect: fail
case_unannotated_too_few: Typed = UnannotatedTooFew()  # expect: fail
case_unannotated_too_many: Typed = UnannotatedTooMany()  # expect: fail
case_unannotated_with_default: Typed = UnannotatedWithDefault()  # expect: pass
case_unannotated_varargs: Typed = UnannotatedVarargs()  # expect: pass
case_typed_for_untyped_protocol: UntypedProto = Typed2()  # expect: pass
case_wrong_typed_for_untyped_protocol: UntypedProto = TypedWrong()  # expect: pass
case_too_few_for_untyped_protocol: UntypedProto = UnannotatedTooFew()  # expect: fail
case_inferred_int_value: TypedAttr = ValueUnannotatedInt()  # expect: pass
case_inferred_str_value: TypedAttr = ValueUnannotatedStr()  # expect: fail
case_inferred_none_value: TypedAttr = ValueUnannotatedNone()  # expect: fail
case_init_from_unannotated_param: TypedAttr = ValueInInitFromParam(1)  # expect: pass
case_init_str_value: TypedAttr = ValueInInitStr()  # expect: fail
case_annotated_any_value: TypedAttr = ValueAnnotatedAny()  # expect: pass
case_any_attr_protocol_str: UntypedAttrProto = ValueUnannotatedStr()  # expect: pass
case_value_set_in_uncalled_method: TypedAttr = ValueSetInMethod()  # expect: pass  # runtime-blind: `value` is only assigned inside a method that has not run, so the instance has no such attribute and no annotation
case_value_set_in_uncalled_method_str: TypedAttr = ValueSetInMethodStr()  # expect: fail
case_value_set_in_untyped_init: TypedAttr = ValueSetInUntypedInit()  # expect: pass
case_any_typed_value_for_typed: Typed = AllUnannotated()  # expect: pass
