"""*args and **kwargs."""

from typing import Any, Protocol


class TakesArgs(Protocol):
    def run(self, *args: int) -> None: ...


class TakesKwargs(Protocol):
    def run(self, **kwargs: int) -> None: ...


class TakesBoth(Protocol):
    def run(self, *args: int, **kwargs: int) -> None: ...


class TakesOne(Protocol):
    def run(self, x: int) -> None: ...


class TakesKw(Protocol):
    def run(self, *, key: int) -> None: ...


class TakesAnything(Protocol):
    def run(self, *args: Any, **kwargs: Any) -> None: ...


class TakesXAndArgs(Protocol):
    def run(self, x: str, *args: int) -> None: ...


class ImplArgs:
    def run(self, *args: int) -> None:
        pass


class ImplArgsObject:
    def run(self, *args: object) -> None:
        pass


class ImplArgsStr:
    def run(self, *args: str) -> None:
        pass


class ImplKwargs:
    def run(self, **kwargs: int) -> None:
        pass


class ImplKwargsStr:
    def run(self, **kwargs: str) -> None:
        pass


class ImplBoth:
    def run(self, *args: int, **kwargs: int) -> None:
        pass


class ImplBothAny:
    def run(self, *args: Any, **kwargs: Any) -> None:
        pass


class ImplBothUnannotated:
    def run(self, *args, **kwargs):
        pass


class ImplOne:
    def run(self, x: int) -> None:
        pass


class ImplOneDefault:
    def run(self, x: int = 0) -> None:
        pass


class ImplKwOnly:
    def run(self, *, key: int) -> None:
        pass


class ImplXAndArgs:
    def run(self, x: str, *args: int) -> None:
        pass


class ImplXOnly:
    def run(self, x: str) -> None:
        pass


class ImplArgsAndRequiredKw:
    def run(self, *args: int, key: int) -> None:
        pass


class ImplNothing:
    def run(self) -> None:
        pass


case_args_for_args: TakesArgs = ImplArgs()  # expect: pass
case_wider_args_for_args: TakesArgs = ImplArgsObject()  # expect: pass
case_narrower_args_for_args: TakesArgs = ImplArgsStr()  # expect: fail
case_one_for_args: TakesArgs = ImplOne()  # expect: fail
case_one_default_for_args: TakesArgs = ImplOneDefault()  # expect: fail
case_nothing_for_args: TakesArgs = ImplNothing()  # expect: fail
case_kwargs_for_kwargs: TakesKwargs = ImplKwargs()  # expect: pass
case_kwargs_wrong_type: TakesKwargs = ImplKwargsStr()  # expect: fail
case_args_for_kwargs: TakesKwargs = ImplArgs()  # expect: fail
case_kw_only_for_kwargs: TakesKwargs = ImplKwOnly()  # expect: fail
case_both_for_both: TakesBoth = ImplBoth()  # expect: pass
case_args_only_for_both: TakesBoth = ImplArgs()  # expect: fail
case_any_both_for_both: TakesBoth = ImplBothAny()  # expect: pass
case_unannotated_both_for_both: TakesBoth = ImplBothUnannotated()  # expect: pass
case_args_for_one: TakesOne = ImplArgs()  # expect: pass
case_args_wrong_type_for_one: TakesOne = ImplArgsStr()  # expect: fail
case_both_for_one: TakesOne = ImplBoth()  # expect: pass
case_kwargs_for_one: TakesOne = ImplKwargs()  # expect: fail
case_kwargs_for_kw_only: TakesKw = ImplKwargs()  # expect: pass
case_args_for_kw_only: TakesKw = ImplArgs()  # expect: fail
case_both_for_kw_only: TakesKw = ImplBoth()  # expect: pass
case_any_both_for_anything: TakesAnything = ImplBothAny()  # expect: pass
case_both_int_for_anything: TakesAnything = ImplBoth()  # expect: pass
case_one_for_anything: TakesAnything = ImplOne()  # expect: pass
case_nothing_for_anything: TakesAnything = ImplNothing()  # expect: pass
case_x_and_args_same: TakesXAndArgs = ImplXAndArgs()  # expect: pass
case_x_only_for_x_and_args: TakesXAndArgs = ImplXOnly()  # expect: fail
case_args_and_required_kw_for_args: TakesArgs = ImplArgsAndRequiredKw()  # expect: fail
