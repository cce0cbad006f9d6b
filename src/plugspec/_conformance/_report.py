"""The result of a conformance check: every problem found, and notes."""

from __future__ import annotations

import enum

from .._record import Record, set_field

__all__ = ["Problem", "ProblemCode", "Report"]


class ProblemCode(str, enum.Enum):
    """What kind of problem a :class:`Problem` is (``Problem.code``), for programs.

    Each value is a short string, so the codes read as text in JSON
    (``plugspec check --json``) and compare equal to it.
    """

    #: The protocol's member is absent.
    MISSING_MEMBER = "missing-member"
    #: The member is there, but of another kind, type or signature.
    INCOMPATIBLE_MEMBER = "incompatible-member"
    #: The class has abstract members: it cannot be instantiated.
    ABSTRACT_CLASS = "abstract-class"
    #: ``type[P]`` was asked for and the object is not a class.
    NOT_A_CLASS = "not-a-class"
    #: ``type[P]`` was asked for and the class is a protocol or abstract.
    NOT_CONCRETE = "not-concrete"
    #: The class derives from the protocol with other type arguments.
    TYPE_ARGUMENTS = "type-arguments"
    #: Reading the object ran its own code, which raised.
    INSPECTION_FAILED = "inspection-failed"


class Problem(Record):
    """One way in which an object fails to conform to a protocol.

    ``member`` is the protocol member at fault (``None`` when the object as a
    whole is wrong, e.g. a function checked against a protocol with
    attributes). ``expected`` is the member as the protocol declares it and
    ``found`` what the object has, both as source-like text. ``code`` says
    what kind of problem it is (a ``ProblemCode``; its string value is
    also accepted).

    >>> from typing import Protocol
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> import plugspec
    >>> [problem.code.value for problem in plugspec.check(object(), Greeter).problems]
    ['missing-member']
    """

    __slots__ = ("code", "expected", "found", "member", "message")
    member: str | None
    message: str
    expected: str | None
    found: str | None
    code: ProblemCode

    def __init__(
        self,
        member: str | None,
        message: str,
        expected: str | None = None,
        found: str | None = None,
        code: ProblemCode | str = ProblemCode.INCOMPATIBLE_MEMBER,
    ) -> None:
        set_field(self, "member", member)
        set_field(self, "message", message)
        set_field(self, "expected", expected)
        set_field(self, "found", found)
        set_field(self, "code", code if type(code) is ProblemCode else ProblemCode(code))

    def __str__(self) -> str:
        details: list[str] = []
        if self.expected is not None:
            details.append(f"expected `{self.expected}`")
        if self.found is not None:
            details.append(f"found `{self.found}`")
        return f"{self.message} ({', '.join(details)})" if details else self.message


class Report(Record):
    """The verdict of :func:`plugspec.check`.

    ``ok`` is true when ``problems`` is empty. ``notes`` record what the
    runtime could not see and therefore accepted (for example an annotation
    that could not be resolved).

    >>> from typing import Protocol
    >>> class Greeter(Protocol):
    ...     def greet(self, name: str) -> str: ...
    >>> class Mute:
    ...     pass
    >>> import plugspec
    >>> print(plugspec.check(Mute(), Greeter))
    `Mute` instance is not compatible with protocol `Greeter`: missing method `greet`
    (expected `greet(self, name: str) -> str`)
    """

    __slots__ = ("notes", "problems", "protocol", "subject")
    subject: str
    protocol: str
    problems: tuple[Problem, ...]
    notes: tuple[str, ...]

    def __init__(
        self,
        subject: str,
        protocol: str,
        problems: tuple[Problem, ...] = (),
        notes: tuple[str, ...] = (),
    ) -> None:
        set_field(self, "subject", subject)
        set_field(self, "protocol", protocol)
        set_field(self, "problems", problems)
        set_field(self, "notes", notes)

    @property
    def ok(self) -> bool:
        """Whether the object conforms (no problems)."""
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            text = f"{self.subject} is compatible with protocol `{self.protocol}`"
        else:
            head = f"{self.subject} is not compatible with protocol `{self.protocol}`"
            if len(self.problems) == 1:
                text = f"{head}: {self.problems[0]}"
            else:
                text = f"{head}:" + "".join(f"\n  - {problem}" for problem in self.problems)
        return text + "".join(f"\n  note: {note}" for note in self.notes)
