"""State threaded through one conformance check."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Context"]


@dataclass
class Context:
    """What one check knows while it compares members and annotations.

    ``bindings`` maps a protocol's type variables to the type arguments of the
    annotation being checked (``Box[int]`` binds ``T`` to ``int``).
    ``self_type`` is what ``Self`` (and a self-type variable) means: the type
    of the object under check. ``assuming`` holds the (subject, protocol) pairs
    taken as compatible while their own check is in progress, which is how
    recursive protocols terminate (as in mypy). ``notes`` collects what the
    runtime could not see and therefore accepted.
    """

    bindings: dict[object, object] = field(default_factory=dict[object, object])
    self_type: object | None = None
    assuming: set[tuple[object, object]] = field(default_factory=set[tuple[object, object]])
    notes: list[str] = field(default_factory=list[str])

    def child(
        self, *, bindings: dict[object, object] | None = None, self_type: object = None
    ) -> Context:
        """A context for a nested check: own bindings and self type, shared assumptions, notes."""
        return Context(
            bindings={} if bindings is None else bindings,
            self_type=self_type,
            assuming=self.assuming,
            notes=self.notes,
        )

    def note(self, text: str) -> None:
        """Record something the runtime could not decide (kept once)."""
        if text not in self.notes:
            self.notes.append(text)
