"""Parameter names: where mypy checks them (keyword-only, `__call__`) and where it does not."""

from typing import Protocol


class Method(Protocol):
    def run(self, count: int, label: str) -> None: ...


class CallNamed(Protocol):
    def __call__(self, count: int) -> None: ...


class CallPosOnly(Protocol):
    def __call__(self, count: int, /) -> None: ...


class CallDunder(Protocol):
    def __call__(self, __count: int) -> None: ...


class CallKwOnly(Protocol):
    def __call__(self, *, count: int) -> None: ...


class MethodKwOnly(Protocol):
    def run(self, *, count: int) -> None: ...


class MethodRenamed:
    def run(self, n: int, text: str) -> None:
        pass


class MethodSame:
    def run(self, count: int, label: str) -> None:
        pass


class CallerSame:
    def __call__(self, count: int) -> None:
        pass


class CallerRenamed:
    def __call__(self, n: int) -> None:
        pass


class CallerPosOnly:
    def __call__(self, n: int, /) -> None:
        pass


def fn_count(count: int) -> None:
    pass


def fn_n(n: int) -> None:
    pass


def fn_pos_only(count: int, /) -> None:
    pass


def fn_kw_count(*, count: int) -> None:
    pass


def fn_kw_n(*, n: int) -> None:
    pass


def fn_count_default(count: int = 0) -> None:
    pass


class KwRenamed:
    def run(self, *, total: int) -> None:
        pass


case_method_params_renamed: Method = MethodRenamed()  # expect: pass
case_method_params_same: Method = MethodSame()  # expect: pass
case_call_same_name_instance: CallNamed = CallerSame()  # expect: pass
case_call_renamed_instance: CallNamed = CallerRenamed()  # expect: fail
case_call_pos_only_instance_for_named: CallNamed = CallerPosOnly()  # expect: fail
case_call_renamed_instance_for_pos_only: CallPosOnly = CallerRenamed()  # expect: pass
case_function_same_name: CallNamed = fn_count  # expect: pass
case_function_renamed: CallNamed = fn_n  # expect: fail
case_function_pos_only_for_named: CallNamed = fn_pos_only  # expect: fail
case_function_renamed_for_pos_only: CallPosOnly = fn_n  # expect: pass
case_function_renamed_for_dunder: CallDunder = fn_n  # expect: pass
case_function_pos_only_for_pos_only: CallPosOnly = fn_pos_only  # expect: pass
case_function_kw_for_kw: CallKwOnly = fn_kw_count  # expect: pass
case_function_kw_renamed_for_kw: CallKwOnly = fn_kw_n  # expect: fail
case_function_positional_for_kw: CallKwOnly = fn_count  # expect: pass
case_function_positional_renamed_for_kw: CallKwOnly = fn_n  # expect: fail
case_function_kw_for_positional: CallNamed = fn_kw_count  # expect: fail
case_function_default_for_named: CallNamed = fn_count_default  # expect: pass
case_method_kw_only_renamed: MethodKwOnly = KwRenamed()  # expect: fail
