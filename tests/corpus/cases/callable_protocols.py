"""Callable protocols (`__call__`) against functions, lambdas, classes and instances."""

from functools import partial
from typing import Protocol, TypeVar

T = TypeVar("T")


class IntToStr(Protocol):
    def __call__(self, x: int) -> str: ...


class NoArgs(Protocol):
    def __call__(self) -> int: ...


class VarArgsCall(Protocol):
    def __call__(self, *args: int) -> None: ...


class KwCall(Protocol):
    def __call__(self, x: str, *, flag: bool = False) -> None: ...


class FactoryCall(Protocol):
    def __call__(self, name: str) -> object: ...


class CallWithAttr(Protocol):
    calls: int

    def __call__(self) -> None: ...


class CallWithName(Protocol):
    __name__: str

    def __call__(self) -> str: ...


class GenericIdentity(Protocol):
    def __call__(self, x: T) -> T: ...


def int_to_str(x: int) -> str:
    return str(x)


def object_to_str(x: object) -> str:
    return str(x)


def int_to_int(x: int) -> int:
    return x


def str_to_str(x: str) -> str:
    return x


def int_to_str_extra_default(x: int, base: int = 10) -> str:
    return str(x)


def int_to_str_extra_required(x: int, base: int) -> str:
    return str(x)


def int_to_bool_str_sub(x: int) -> str:
    return ""


def zero() -> int:
    return 0


def zero_bool() -> bool:
    return False


def varargs(*args: int) -> None:
    pass


def kw_call(x: str, *, flag: bool = False) -> None:
    pass


def kw_call_no_flag(x: str) -> None:
    pass


def kw_call_kwargs(x: str, **kwargs: bool) -> None:
    pass


def identity(x: T) -> T:
    return x


def unannotated(x):
    return x


class Caller:
    def __call__(self, x: int) -> str:
        return ""


class WrongCaller:
    def __call__(self, x: str) -> str:
        return ""


class NotCallable:
    pass


class Counter:
    calls: int = 0

    def __call__(self) -> None:
        self.calls += 1


class Named:
    def __init__(self, name: str) -> None:
        self.name = name


class NeedsTwo:
    def __init__(self, name: str, other: int) -> None:
        pass


class StaticCall:
    @staticmethod
    def __call__(x: int) -> str:
        return ""


def returns_str() -> str:
    return ""


def partial_target(base: int, x: int) -> str:
    return ""



case_function_exact: IntToStr = int_to_str  # expect: pass
case_function_wider_param: IntToStr = object_to_str  # expect: pass
case_function_wrong_return: IntToStr = int_to_int  # expect: fail
case_function_wrong_param: IntToStr = str_to_str  # expect: fail
case_function_extra_default: IntToStr = int_to_str_extra_default  # expect: pass
case_function_extra_required: IntToStr = int_to_str_extra_required  # expect: fail
case_function_no_args: NoArgs = zero  # expect: pass
case_function_bool_for_int: NoArgs = zero_bool  # expect: pass
case_function_one_arg_for_no_args: NoArgs = int_to_int  # expect: fail
case_lambda_for_no_args: NoArgs = lambda: 0  # expect: pass
case_lambda_wrong_return: NoArgs = lambda: "x"  # expect: fail
case_lambda_for_int_to_str: IntToStr = lambda x: str(x)  # expect: pass
case_varargs_function: VarArgsCall = varargs  # expect: pass
case_kw_function: KwCall = kw_call  # expect: pass
case_kw_function_missing_flag: KwCall = kw_call_no_flag  # expect: fail
case_kw_function_kwargs: KwCall = kw_call_kwargs  # expect: pass
case_instance_with_call: IntToStr = Caller()  # expect: pass
case_instance_wrong_call: IntToStr = WrongCaller()  # expect: fail
case_instance_not_callable: IntToStr = NotCallable()  # expect: fail
case_class_as_factory: FactoryCall = Named  # expect: pass
case_class_needs_two: FactoryCall = NeedsTwo  # expect: fail
case_class_no_init_arg: FactoryCall = NotCallable  # expect: fail
case_class_for_int_to_str: IntToStr = Caller  # expect: fail
case_int_builtin_not_callable: NoArgs = 3  # expect: fail
case_builtin_str_type_for_int_to_str: IntToStr = str  # expect: fail  # runtime-blind: builtin class without an introspectable signature (mypy reads typeshed: `str(object=...)`)
case_builtin_len_for_int_to_str: IntToStr = len  # expect: fail
case_instance_with_attr: CallWithAttr = Counter()  # expect: pass
case_function_lacks_attr: CallWithAttr = zero  # expect: fail
case_function_has_dunder_name: CallWithName = returns_str  # expect: pass
case_generic_function_for_generic: GenericIdentity = identity  # expect: pass
case_int_function_for_generic: GenericIdentity = int_to_int  # expect: fail
case_generic_function_for_concrete: IntToStr = identity  # expect: fail
case_unannotated_function: IntToStr = unannotated  # expect: pass
case_static_call_instance: IntToStr = StaticCall()  # expect: pass
case_partial: IntToStr = partial(partial_target, 10)  # expect: pass
case_bound_method: IntToStr = Caller().__call__  # expect: pass
case_builtin_function_repr: IntToStr = repr  # expect: fail
