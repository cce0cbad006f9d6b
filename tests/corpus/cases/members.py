"""Member presence: missing and extra members."""

from typing import Protocol


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class Named(Protocol):
    name: str


class Empty(Protocol):
    pass


class Three(Protocol):
    a: int

    def b(self) -> int: ...

    @property
    def c(self) -> int: ...


class Mute:
    pass


class Polite:
    def greet(self, name: str) -> str:
        return f"hello {name}"


class PoliteAndMore:
    def greet(self, name: str) -> str:
        return name

    def wave(self) -> None:
        pass

    extra: int = 1


class GreetsTypo:
    def greeet(self, name: str) -> str:
        return name


class NameByAnnotation:
    name: str


class NameByValue:
    name = "x"


class NameInInit:
    def __init__(self) -> None:
        self.name = "x"


class NameAnnotatedInInit:
    def __init__(self) -> None:
        self.name: str = "x"


class AllThree:
    a: int = 0

    def b(self) -> int:
        return 0

    @property
    def c(self) -> int:
        return 0


class TwoOfThree:
    a: int = 0

    def b(self) -> int:
        return 0


class OnlyC:
    @property
    def c(self) -> int:
        return 0


class GreetBase:
    def greet(self, name: str) -> str:
        return name


class GreetChild(GreetBase):
    pass


class NameInBase:
    name: str = ""


class NameInheritedChild(NameInBase):
    pass


class GreetNone:
    greet = None


def greet(name: str) -> str:
    return name


case_missing_method: Greeter = Mute()  # expect: fail
case_present_method: Greeter = Polite()  # expect: pass
case_extra_members_ok: Greeter = PoliteAndMore()  # expect: pass
case_misspelled_method: Greeter = GreetsTypo()  # expect: fail
case_missing_attribute: Named = Mute()  # expect: fail
case_attribute_by_annotation: Named = NameByAnnotation()  # expect: pass
case_attribute_by_value: Named = NameByValue()  # expect: pass
case_attribute_in_init: Named = NameInInit()  # expect: pass
case_attribute_annotated_in_init: Named = NameAnnotatedInInit()  # expect: pass
case_empty_protocol_any_instance: Empty = Mute()  # expect: pass
case_empty_protocol_int: Empty = 3  # expect: pass
case_empty_protocol_none: Empty = None  # expect: pass
case_empty_protocol_function: Empty = greet  # expect: pass
case_empty_protocol_class: Empty = Mute  # expect: pass
case_all_three_members: Three = AllThree()  # expect: pass
case_one_of_three_missing: Three = TwoOfThree()  # expect: fail
case_two_of_three_missing: Three = OnlyC()  # expect: fail
case_method_from_base_class: Greeter = GreetChild()  # expect: pass
case_attribute_from_base_class: Named = NameInheritedChild()  # expect: pass
case_method_set_to_none: Greeter = GreetNone()  # expect: fail
case_builtin_int_lacks_greet: Greeter = 5  # expect: fail
case_builtin_str_lacks_name: Named = "name"  # expect: fail
case_none_lacks_greet: Greeter = None  # expect: fail
case_object_lacks_name: Named = object()  # expect: fail
