"""The result of a conformance check: every problem found, and notes."""

from __future__ import annotations

from .._record import Record, set_field

__all__ = ["Problem", "Report"]


class Problem(Record):
    """One way in which an object fails to conform to a protocol.

    ``member`` is the protocol member at fault (``None`` when the object as a
    whole is wrong, e.g. a function checked against a protocol with
    attributes). ``expected`` is the member as the protocol declares it and
    ``found`` what the object has, both as source-like text.
    """

    __slots__ = ("expected", "found", "member", "message")
    member: str | None
    message: str
    expected: str | None
    found: str | None

    def __init__(
        self,
        member: str | None,
        message: str,
        expected: str | None = None,
        found: str | None = None,
    ) -> None:
        set_field(self, "member", member)
        set_field(self, "message", message)
        set_field(self, "expected", expected)
        set_field(self, "found", found)

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
