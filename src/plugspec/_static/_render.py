"""Write a runtime type form (a Protocol, ``Box[int]``, ...) back as source text."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass, field
from typing import cast

import typing_extensions

__all__ = ["TypeWriter", "UnrenderableError"]


class UnrenderableError(ValueError):
    """The type form cannot be written as an importable expression."""


_SPECIAL_FORMS: dict[object, str] = {
    typing.Any: "typing.Any",
    typing.Union: "typing.Union",
    typing.Optional: "typing.Optional",
    typing.Literal: "typing.Literal",
    typing_extensions.Literal: "typing.Literal",
}


@dataclass
class TypeWriter:
    """Renders type forms, collecting the ``import`` lines they need.

    Every module is imported under an alias (``_t0``, ``_t1``, ...) so that
    names in the generated code cannot clash with each other.
    """

    aliases: dict[str, str] = field(default_factory=dict[str, str])

    def imports(self) -> list[str]:
        """``import module as alias`` lines for every module used so far."""
        return [f"import {module} as {alias}" for module, alias in self.aliases.items()]

    def modules_of(self, form: object) -> list[str]:
        """The modules ``form``'s rendering imports."""
        self.render(form)
        return list(self.aliases)

    def _module(self, name: str) -> str:
        if name not in self.aliases:
            self.aliases[name] = f"_t{len(self.aliases)}"
        return self.aliases[name]

    def render(self, form: object) -> str:
        """Source text for ``form``; raises :class:`UnrenderableError` when impossible."""
        if form is None or form is type(None):
            return "None"
        if form is Ellipsis:
            return "..."
        if isinstance(form, str | int | bool | bytes):
            return repr(form)
        try:
            special = _SPECIAL_FORMS.get(form)
        except TypeError:  # unhashable
            special = None
        if special is not None:
            return f"{self._module('typing')}.{special.partition('.')[2]}"
        origin = typing_extensions.get_origin(form)
        if origin is not None:
            args = typing_extensions.get_args(form)
            if origin is typing.Union or origin is types.UnionType:
                return " | ".join(self.render(arg) for arg in args)
            head = self.render(typing.Literal if origin is typing.Literal else origin)
            rendered = ", ".join(self.render(arg) for arg in args)
            return f"{head}[{rendered or '()'}]"
        if isinstance(form, list):  # the parameter list of a Callable
            params = cast("list[object]", form)
            return "[" + ", ".join(self.render(arg) for arg in params) + "]"
        if isinstance(form, type):
            module = form.__module__
            qualname = form.__qualname__
            if "<locals>" in qualname:
                raise UnrenderableError(
                    f"`{qualname}` is defined inside a function; the static check needs a "
                    "protocol importable at module level"
                )
            if module == "builtins":
                return qualname
            return f"{self._module(module)}.{qualname}"
        raise UnrenderableError(f"cannot write the type form `{form!r}` as an annotation")
