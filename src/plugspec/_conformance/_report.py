"""The result of a conformance check: every problem found, and notes."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Problem", "Report"]


@dataclass(frozen=True)
class Problem:
    """One way in which an object fails to conform to a protocol.

    ``member`` is the protocol member at fault (``None`` when the object as a
    whole is wrong, e.g. a function checked against a protocol with
    attributes). ``expected`` is the member as the protocol declares it and
    ``found`` what the object has, both as source-like text.
    """

    member: str | None
    message: str
    expected: str | None = None
    found: str | None = None

    def __str__(self) -> str:
        details: list[str] = []
        if self.expected is not None:
            details.append(f"expected `{self.expected}`")
        if self.found is not None:
            details.append(f"found `{self.found}`")
        return f"{self.message} ({', '.join(details)})" if details else self.message


@dataclass(frozen=True)
class Report:
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

    subject: str
    protocol: str
    problems: tuple[Problem, ...] = ()
    notes: tuple[str, ...] = ()

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
