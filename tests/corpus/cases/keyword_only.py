"""Keyword-only parameters."""

from typing import Protocol


class KwOnly(Protocol):
    def run(self, *, key: int) -> None: ...


class KwOnlyDefault(Protocol):
    def run(self, *, key: int = 0) -> None: ...


class PosAndKw(Protocol):
    def run(self, x: int, *, key: str = "") -> None: ...


class Positional(Protocol):
    def run(self, key: int) -> None: ...


class ImplKwOnly:
    def run(self, *, key: int) -> None:
        pass


class ImplKwOnlyDefault:
    def run(self, *, key: int = 0) -> None:
        pass


class ImplKwOnlyRenamed:
    def run(self, *, other: int) -> None:
        pass


class ImplPositional:
    def run(self, key: int) -> None:
        pass


class ImplPositionalDefault:
    def run(self, key: int = 0) -> None:
        pass


class ImplPositionalRenamed:
    def run(self, other: int) -> None:
        pass


class ImplKwOnlyWrongType:
    def run(self, *, key: str) -> None:
        pass


class ImplKwOnlyExtraRequired:
    def run(self, *, key: int, more: int) -> None:
        pass


class ImplKwOnlyExtraOptional:
    def run(self, *, key: int, more: int = 0) -> None:
        pass


class ImplNoParams:
    def run(self) -> None:
        pass


class ImplPosAndKwSame:
    def run(self, x: int, *, key: str = "") -> None:
        pass


class ImplPosAndKwRequired:
    def run(self, x: int, *, key: str) -> None:
        pass


class ImplPosAndKwBothPositional:
    def run(self, x: int, key: str = "") -> None:
        pass


class ImplPosAndKwMissingKw:
    def run(self, x: int) -> None:
        pass


class ImplPosOnlyKey:
    def run(self, key: int, /) -> None:
        pass


case_kw_only_for_kw_only: KwOnly = ImplKwOnly()  # expect: pass
case_kw_default_for_kw_only: KwOnly = ImplKwOnlyDefault()  # expect: pass
case_kw_renamed_for_kw_only: KwOnly = ImplKwOnlyRenamed()  # expect: fail
case_positional_for_kw_only: KwOnly = ImplPositional()  # expect: pass
case_positional_renamed_for_kw_only: KwOnly = ImplPositionalRenamed()  # expect: fail
case_kw_wrong_type: KwOnly = ImplKwOnlyWrongType()  # expect: fail
case_kw_extra_required: KwOnly = ImplKwOnlyExtraRequired()  # expect: fail
case_kw_extra_optional: KwOnly = ImplKwOnlyExtraOptional()  # expect: pass
case_no_params_for_kw_only: KwOnly = ImplNoParams()  # expect: fail
case_kw_only_required_for_default: KwOnlyDefault = ImplKwOnly()  # expect: fail
case_kw_default_for_default: KwOnlyDefault = ImplKwOnlyDefault()  # expect: pass
case_positional_default_for_kw_default: KwOnlyDefault = ImplPositionalDefault()  # expect: pass
case_positional_required_for_kw_default: KwOnlyDefault = ImplPositional()  # expect: fail
case_kw_only_for_positional: Positional = ImplKwOnly()  # expect: fail
case_kw_default_for_positional: Positional = ImplKwOnlyDefault()  # expect: fail
case_pos_and_kw_same: PosAndKw = ImplPosAndKwSame()  # expect: pass
case_pos_and_kw_required_kw: PosAndKw = ImplPosAndKwRequired()  # expect: fail
case_pos_and_kw_both_positional: PosAndKw = ImplPosAndKwBothPositional()  # expect: pass
case_pos_and_kw_missing_kw: PosAndKw = ImplPosAndKwMissingKw()  # expect: fail
case_pos_only_for_kw_only: KwOnly = ImplPosOnlyKey()  # expect: fail
