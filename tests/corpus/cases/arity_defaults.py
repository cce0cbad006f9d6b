"""Arity and default values."""

from typing import Protocol


class OneArg(Protocol):
    def run(self, x: int) -> None: ...


class TwoArgs(Protocol):
    def run(self, x: int, y: int) -> None: ...


class NoArgs(Protocol):
    def run(self) -> None: ...


class OptionalArg(Protocol):
    def run(self, x: int = 0) -> None: ...


class OneRequiredOneOptional(Protocol):
    def run(self, x: int, y: int = 0) -> None: ...


class Zero:
    def run(self) -> None:
        pass


class One:
    def run(self, x: int) -> None:
        pass


class Two:
    def run(self, x: int, y: int) -> None:
        pass


class OneDefault:
    def run(self, x: int = 0) -> None:
        pass


class OneAndDefault:
    def run(self, x: int, y: int = 0) -> None:
        pass


class TwoDefaults:
    def run(self, x: int = 0, y: int = 0) -> None:
        pass


class Three:
    def run(self, x: int, y: int, z: int) -> None:
        pass


class TwoAndDefault:
    def run(self, x: int, y: int, z: int = 0) -> None:
        pass


class DefaultNone:
    def run(self, x: int | None = None) -> None:
        pass


class NoSelf:
    def run() -> None:  # type: ignore[misc]
        pass


case_exact_one_arg: OneArg = One()  # expect: pass
case_too_few_args: OneArg = Zero()  # expect: fail
case_too_many_args: OneArg = Two()  # expect: fail
case_extra_arg_with_default: OneArg = OneAndDefault()  # expect: pass
case_arg_with_default_for_required: OneArg = OneDefault()  # expect: pass
case_all_defaults_for_one: OneArg = TwoDefaults()  # expect: pass
case_all_defaults_for_none: NoArgs = TwoDefaults()  # expect: pass
case_required_for_none: NoArgs = One()  # expect: fail
case_zero_for_zero: NoArgs = Zero()  # expect: pass
case_two_for_two: TwoArgs = Two()  # expect: pass
case_one_for_two: TwoArgs = One()  # expect: fail
case_three_for_two: TwoArgs = Three()  # expect: fail
case_default_third_for_two: TwoArgs = TwoAndDefault()  # expect: pass
case_required_for_optional: OptionalArg = One()  # expect: fail
case_default_for_optional: OptionalArg = OneDefault()  # expect: pass
case_zero_for_optional: OptionalArg = Zero()  # expect: fail
case_two_defaults_for_optional: OptionalArg = TwoDefaults()  # expect: pass
case_two_required_for_required_and_optional: OneRequiredOneOptional = Two()  # expect: fail
case_same_shape_required_and_optional: OneRequiredOneOptional = OneAndDefault()  # expect: pass
case_defaults_for_required_and_optional: OneRequiredOneOptional = TwoDefaults()  # expect: pass
case_one_for_required_and_optional: OneRequiredOneOptional = One()  # expect: fail
case_optional_none_default_for_optional: OptionalArg = DefaultNone()  # expect: pass
case_method_without_self: NoArgs = NoSelf()  # expect: pass
