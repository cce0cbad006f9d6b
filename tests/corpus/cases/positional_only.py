"""Positional-only parameters (`/` and the `__x` convention)."""

from typing import Protocol


class Named(Protocol):
    def run(self, x: int) -> None: ...


class PosOnly(Protocol):
    def run(self, x: int, /) -> None: ...


class PosOnlyDunder(Protocol):
    def run(self, __x: int) -> None: ...


class PosOnlyTwo(Protocol):
    def run(self, a: int, b: str, /) -> None: ...


class MixedProto(Protocol):
    def run(self, a: int, /, b: str) -> None: ...


class ImplNamed:
    def run(self, x: int) -> None:
        pass


class ImplOtherName:
    def run(self, y: int) -> None:
        pass


class ImplPosOnly:
    def run(self, x: int, /) -> None:
        pass


class ImplPosOnlyOtherName:
    def run(self, zzz: int, /) -> None:
        pass


class ImplDunder:
    def run(self, __x: int) -> None:
        pass


class ImplTwoNamed:
    def run(self, a: int, b: str) -> None:
        pass


class ImplTwoSwapped:
    def run(self, b: int, a: str) -> None:
        pass


class ImplTwoPosOnly:
    def run(self, p: int, q: str, /) -> None:
        pass


class ImplMixedSame:
    def run(self, a: int, /, b: str) -> None:
        pass


class ImplMixedRenamedPositional:
    def run(self, other: int, /, b: str) -> None:
        pass


class ImplMixedRenamedKeyword:
    def run(self, a: int, /, other: str) -> None:
        pass


class ImplAllPosOnly:
    def run(self, a: int, b: str, /) -> None:
        pass


class ImplPosOnlyWrongType:
    def run(self, x: str, /) -> None:
        pass


class ImplPosOnlyWithDefault:
    def run(self, x: int = 0, /) -> None:
        pass


case_named_for_named: Named = ImplNamed()  # expect: pass
case_renamed_for_named: Named = ImplOtherName()  # expect: pass
case_pos_only_for_named: Named = ImplPosOnly()  # expect: pass
case_dunder_for_named: Named = ImplDunder()  # expect: pass
case_named_for_pos_only: PosOnly = ImplNamed()  # expect: pass
case_renamed_for_pos_only: PosOnly = ImplOtherName()  # expect: pass
case_pos_only_for_pos_only: PosOnly = ImplPosOnly()  # expect: pass
case_pos_only_other_name_for_pos_only: PosOnly = ImplPosOnlyOtherName()  # expect: pass
case_dunder_for_pos_only: PosOnly = ImplDunder()  # expect: pass
case_named_for_dunder: PosOnlyDunder = ImplOtherName()  # expect: pass
case_pos_only_for_dunder: PosOnlyDunder = ImplPosOnly()  # expect: pass
case_two_named_for_two_pos_only: PosOnlyTwo = ImplTwoNamed()  # expect: pass
case_swapped_names_for_two_pos_only: PosOnlyTwo = ImplTwoSwapped()  # expect: pass
case_two_pos_only_for_two_pos_only: PosOnlyTwo = ImplTwoPosOnly()  # expect: pass
case_mixed_same: MixedProto = ImplMixedSame()  # expect: pass
case_mixed_renamed_positional_part: MixedProto = ImplMixedRenamedPositional()  # expect: pass
case_mixed_renamed_keyword_part: MixedProto = ImplMixedRenamedKeyword()  # expect: pass
case_all_pos_only_for_mixed: MixedProto = ImplAllPosOnly()  # expect: pass
case_two_named_for_mixed: MixedProto = ImplTwoNamed()  # expect: pass
case_pos_only_wrong_type: PosOnly = ImplPosOnlyWrongType()  # expect: fail
case_pos_only_default_for_pos_only: PosOnly = ImplPosOnlyWithDefault()  # expect: pass
