"""The pytest plugin of plugspec (registered under the ``pytest11`` entry point).

pytest imports this module in every run of every project that has
``plugspec[testing]`` installed, so it defines fixtures only and imports the
rest of :mod:`plugspec.testing` when a test first asks for a fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from ._fake import EntryPointFaker

__all__ = ["plugspec_entry_points"]


@pytest.fixture
def plugspec_entry_points() -> Iterator[EntryPointFaker]:
    """Fake entry points for one test, removed when it ends.

    Call it like :func:`plugspec.testing.fake_entry_points` (without
    ``with``); it returns the active :class:`~plugspec.testing.FakeEntryPoints`.
    ``replace=True`` hides the group's installed plugins meanwhile, as a
    plugin's own tests need where that plugin is installed::

        def test_loads_csv(plugspec_entry_points):
            plugspec_entry_points(FORMATTERS, {"csv": CsvFormatter}, replace=True)
            assert plugspec.ExtensionManager(FORMATTERS).names() == ["csv"]
    """
    from ._fake import EntryPointFaker

    faker = EntryPointFaker()
    try:
        yield faker
    finally:
        faker.close()
