"""Data attribute vs method vs callable attribute."""

from typing import Any, Callable, Protocol


class HasMethod(Protocol):
    def run(self) -> int: ...


class HasAttr(Protocol):
    run: int


class HasCallableAttr(Protocol):
    run: Callable[[], int]


class HasAnyAttr(Protocol):
    run: Any


class MethodImpl:
    def run(self) -> int:
        return 0


class IntAttrImpl:
    run: int = 0


class CallableAttrImpl:
    run: Callable[[], int]

    def __init__(self) -> None:
        self.run = lambda: 0


class CallableInstanceAttrImpl:
    def __init__(self) -> None:
        self.run: Callable[[], int] = lambda: 0


class CallableWrongReturn:
    run: Callable[[], str]


class CallableTakesArg:
    run: Callable[[int], int]


class Runner:
    def __call__(self) -> int:
        return 0


class CallableObjectAttr:
    run: Runner = Runner()


class StrAttrImpl:
    run: str = ""


class StaticRun:
    @staticmethod
    def run() -> int:
        return 0


class ClassRun:
    @classmethod
    def run(cls) -> int:
        return 0


class AnyAttrImpl:
    run: Any = None


class PropertyRun:
    @property
    def run(self) -> int:
        return 0


class PropertyReturningCallable:
    @property
    def run(self) -> Callable[[], int]:
        return lambda: 0


class LambdaClassAttr:
    run = lambda self: 0  # noqa: E731


def make_run() -> int:
    return 0


class FunctionAssignedInBody:
    run = make_run


case_method_for_method: HasMethod = MethodImpl()  # expect: pass
case_int_attr_for_method: HasMethod = IntAttrImpl()  # expect: fail
case_method_for_int_attr: HasAttr = MethodImpl()  # expect: fail
case_int_attr_for_int_attr: HasAttr = IntAttrImpl()  # expect: pass
case_callable_attr_for_method: HasMethod = CallableAttrImpl()  # expect: pass
case_instance_callable_attr_for_method: HasMethod = CallableInstanceAttrImpl()  # expect: pass
case_callable_attr_wrong_return: HasMethod = CallableWrongReturn()  # expect: fail
case_callable_attr_takes_arg: HasMethod = CallableTakesArg()  # expect: fail
case_callable_object_attr_for_method: HasMethod = CallableObjectAttr()  # expect: pass
case_method_for_callable_attr: HasCallableAttr = MethodImpl()  # expect: fail
case_callable_attr_for_callable_attr: HasCallableAttr = CallableAttrImpl()  # expect: pass
case_str_attr_for_method: HasMethod = StrAttrImpl()  # expect: fail
case_staticmethod_for_method: HasMethod = StaticRun()  # expect: pass
case_classmethod_for_method: HasMethod = ClassRun()  # expect: pass
case_any_attr_for_method: HasMethod = AnyAttrImpl()  # expect: pass
case_method_for_any_attr: HasAnyAttr = MethodImpl()  # expect: fail
case_int_attr_for_any_attr: HasAnyAttr = IntAttrImpl()  # expect: pass
case_property_for_method: HasMethod = PropertyRun()  # expect: fail
case_property_returning_callable_for_method: HasMethod = PropertyReturningCallable()  # expect: pass
case_method_for_property_like_attr: HasAttr = PropertyRun()  # expect: fail
case_lambda_class_attr_for_method: HasMethod = LambdaClassAttr()  # expect: pass
case_function_in_body_for_method: HasMethod = FunctionAssignedInBody()  # expect: pass
