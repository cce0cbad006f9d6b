"""Names an annotation cannot resolve: mypy reports them and reads them as
``Any``; so does the runtime, keeping the rest of the annotation (the
``ClassVar`` around it, the ``list`` or ``tuple`` it sits in)."""

from __future__ import annotations

from typing import ClassVar, Protocol


class PClassVar(Protocol):
    x: ClassVar[Missing]  # type: ignore[name-defined]  # noqa: F821


class InstanceX:
    def __init__(self) -> None:
        self.x = 1


class ClassX:
    x: ClassVar[int] = 1


case_instance_for_unresolved_classvar: PClassVar = InstanceX()  # expect: fail
case_classvar_for_unresolved_classvar: PClassVar = ClassX()  # expect: pass


class PList(Protocol):
    items: list[Missing]  # type: ignore[name-defined]  # noqa: F821


class IntItems:
    items: int = 0


class ListItems:
    def __init__(self) -> None:
        self.items: list[str] = []


case_int_for_unresolved_list: PList = IntItems()  # expect: fail
case_list_for_unresolved_list: PList = ListItems()  # expect: pass


class PMake(Protocol):
    def make(self) -> tuple[Missing, int]: ...  # type: ignore[name-defined]  # noqa: F821


class MakesStr:
    def make(self) -> str:
        return ""


class MakesTuple:
    def make(self) -> tuple[str, int]:
        return ("", 0)


case_str_for_unresolved_tuple: PMake = MakesStr()  # expect: fail
case_tuple_for_unresolved_tuple: PMake = MakesTuple()  # expect: pass
