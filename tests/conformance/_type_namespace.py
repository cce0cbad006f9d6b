"""Evaluate the annotation text of ``_type_pairs`` the way the mypy side reads it."""

from __future__ import annotations

import collections
import collections.abc
import numbers
import typing
from typing import Any

import _type_defs
import typing_extensions

# The header of the file mypy checks; the runtime namespace below matches it.
MYPY_HEADER = """\
from __future__ import annotations
import collections
import numbers
import typing
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque
from collections.abc import (
    AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, Collection, Container, Coroutine,
    Generator, Hashable, ItemsView, Iterable, Iterator, KeysView, Mapping, MutableMapping,
    MutableSequence, MutableSet, Reversible, Sequence, Sized, ValuesView,
)
from typing import (
    AbstractSet, Any, Callable, Dict, List, Literal, NoReturn, Optional, SupportsIndex,
    SupportsInt, Tuple, Type, Union,
)
from typing_extensions import Annotated, LiteralString, Never, TypeGuard, TypeIs
from _type_defs import *
"""


def namespace() -> dict[str, Any]:
    """Names the pair texts may use."""
    space: dict[str, Any] = {}
    exec(MYPY_HEADER.replace("from __future__ import annotations\n", ""), space)
    space.update({k: v for k, v in vars(_type_defs).items() if not k.startswith("__")})
    space.update(typing=typing, collections=collections, numbers=numbers)
    space.setdefault("abc", collections.abc)
    space.setdefault("te", typing_extensions)
    return space


def evaluate(text: str) -> object:
    """The runtime annotation object for ``text``."""
    return eval(text, namespace())
