"""classmethod and staticmethod members, on instances."""

from typing import Protocol


class WantsMethod(Protocol):
    def make(self, x: int) -> str: ...


class WantsClassMethod(Protocol):
    @classmethod
    def make(cls, x: int) -> str: ...


class WantsStaticMethod(Protocol):
    @staticmethod
    def make(x: int) -> str: ...


class Plain:
    def make(self, x: int) -> str:
        return ""


class Klass:
    @classmethod
    def make(cls, x: int) -> str:
        return ""


class Static:
    @staticmethod
    def make(x: int) -> str:
        return ""


class KlassWrongArg:
    @classmethod
    def make(cls, x: str) -> str:
        return ""


class StaticWrongReturn:
    @staticmethod
    def make(x: int) -> int:
        return 0


class StaticNoArgs:
    @staticmethod
    def make() -> str:
        return ""


class KlassExtraDefault:
    @classmethod
    def make(cls, x: int, y: int = 0) -> str:
        return ""


class StaticExtraRequired:
    @staticmethod
    def make(x: int, y: int) -> str:
        return ""


class StaticObjectParam:
    @staticmethod
    def make(x: object) -> str:
        return ""


case_plain_for_method: WantsMethod = Plain()  # expect: pass
case_classmethod_for_method: WantsMethod = Klass()  # expect: pass
case_staticmethod_for_method: WantsMethod = Static()  # expect: pass
case_plain_for_classmethod: WantsClassMethod = Plain()  # expect: fail
case_classmethod_for_classmethod: WantsClassMethod = Klass()  # expect: pass
case_staticmethod_for_classmethod: WantsClassMethod = Static()  # expect: pass
case_plain_for_staticmethod: WantsStaticMethod = Plain()  # expect: fail
case_classmethod_for_staticmethod: WantsStaticMethod = Klass()  # expect: pass
case_staticmethod_for_staticmethod: WantsStaticMethod = Static()  # expect: pass
case_classmethod_wrong_arg: WantsClassMethod = KlassWrongArg()  # expect: fail
case_staticmethod_wrong_return: WantsMethod = StaticWrongReturn()  # expect: fail
case_staticmethod_no_args_for_method: WantsMethod = StaticNoArgs()  # expect: fail
case_classmethod_extra_default: WantsMethod = KlassExtraDefault()  # expect: pass
case_staticmethod_extra_required: WantsStaticMethod = StaticExtraRequired()  # expect: fail
case_staticmethod_wider_param: WantsStaticMethod = StaticObjectParam()  # expect: pass
case_classmethod_wrong_arg_for_method: WantsMethod = KlassWrongArg()  # expect: fail
