"""More signature shapes found by a random program generator, labelled by mypy.

One section per shape; each says which of mypy's rules it exercises.
"""

from typing import Protocol

# --------------------------------------------------------------------------- **kwargs and the names of the protocol's parameters
# A protocol's `**kwargs` must be accepted by the plugin's named parameters that the protocol
# does not name (subtypes.is_callable_compatible, phase 1d). mypy collects the names it does
# name from all of its parameters, the names of `*args` and `**kwargs` included; only
# positional-only parameters are anonymous. A plugin's parameter named like the protocol's
# `**kwargs` is therefore not compared with it, nor required to be optional.


class TakesKwargsKey(Protocol):
    def m(self, **key: bool) -> None: ...


class TakesArgsKey(Protocol):
    def m(self, *key: bool, **kw: bool) -> None: ...


class TakesPositionalKey(Protocol):
    def m(self, key: int, /, **kw: bool) -> None: ...


class TakesKwargsKeyInt(Protocol):
    def m(self, **key: int) -> None: ...


class TakesKwargsInt(Protocol):
    def m(self, **kw: int) -> None: ...


class TakesKwargsKeyStatic(Protocol):
    @staticmethod
    def m(**key: int) -> None: ...


class CallsWithKwargsKey(Protocol):
    def __call__(self, **key: int) -> None: ...


class KeyListAndKwargs:
    def m(self, key: list[int] = [], **kw: bool) -> None: ...


class KeyStrAndKwargs:
    def m(self, key: str = "", **kw: bool) -> None: ...


class ArgsThenKeyList:
    def m(self, *a: bool, key: list[int] = [], **kw: bool) -> None: ...


class PositionalThenKeyList:
    def m(self, a: int, /, key: list[int] = [], **kw: bool) -> None: ...


class RequiredKeywordKey:
    def m(self, *, key: str, **kw: int) -> None: ...


class StaticKeyStr:
    @staticmethod
    def m(key: str = "", **kw: int) -> None: ...


class SelfNamedKeyword:
    def m(me, self: str = "", **kw: int) -> None: ...


class TakesKwargsSelf(Protocol):
    def m(self, **self2: int) -> None: ...


def key_str_and_kwargs(key: str = "", **kw: int) -> None: ...


def key_str_only(key: str = "") -> None: ...


case_kwname_kwargs_named_like_param: TakesKwargsKey = KeyListAndKwargs()  # expect: pass
case_kwname_kwargs_named_like_param_str: TakesKwargsKey = KeyStrAndKwargs()  # expect: pass
case_kwname_kwargs_other_name: TakesKwargsInt = KeyStrAndKwargs()  # expect: fail
case_kwname_args_named_like_param: TakesArgsKey = ArgsThenKeyList()  # expect: pass
case_kwname_positional_only_is_anonymous: TakesPositionalKey = PositionalThenKeyList()  # expect: fail
case_kwname_required_keyword_named_like_kwargs: TakesKwargsKeyInt = RequiredKeywordKey()  # expect: pass
case_kwname_required_keyword_other_name: TakesKwargsInt = RequiredKeywordKey()  # expect: fail
case_kwname_static_method: TakesKwargsKeyStatic = StaticKeyStr()  # expect: pass
case_kwname_bound_self_is_not_a_name: TakesKwargsSelf = SelfNamedKeyword()  # expect: fail
case_kwname_function: CallsWithKwargsKey = key_str_and_kwargs  # expect: pass
case_kwname_function_without_kwargs: CallsWithKwargsKey = key_str_only  # expect: fail
