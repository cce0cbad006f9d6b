"""plugspec's small immutable records (reports, origins, extensions, outcomes)
keep what frozen dataclasses gave: fields in declaration order, immutability,
value equality where promised, copying and pickling."""

from __future__ import annotations

import copy
import pickle

import pytest

from plugspec import EntryPoint, Extension, Outcome, PluginOrigin, Problem, Report

PROBLEM = Problem("run", "missing method `run`", "run(self) -> int")
REPORT = Report("`Thing` instance", "Runner", (PROBLEM,), ("a note",))
ORIGIN = PluginOrigin("app.runners", "fast = fastmod:Fast", "fastdist", "1.0")
ENTRY_POINT = EntryPoint("fast", "fastmod:Fast", "app.runners", "fastdist", "1.0")


@pytest.mark.parametrize("record", [PROBLEM, REPORT, ORIGIN])
def test_value_records_compare_hash_copy_and_pickle_by_their_fields(record: object) -> None:
    twin = pickle.loads(pickle.dumps(record))
    assert twin == record
    assert twin is not record
    assert hash(twin) == hash(record)
    assert copy.copy(record) == record == copy.deepcopy(record)
    assert record != object()


def test_repr_lists_the_fields_in_declaration_order() -> None:
    assert repr(ORIGIN) == (
        "PluginOrigin(group='app.runners', entry_point='fast = fastmod:Fast', "
        "dist_name='fastdist', dist_version='1.0')"
    )
    assert repr(PROBLEM).startswith("Problem(member='run', message='missing method `run`'")
    assert Report("s", "P") == Report("s", "P", (), ())


def test_defaults_fill_the_trailing_fields() -> None:
    assert PluginOrigin("g", "n = m:a").distribution == "unknown distribution"
    assert Problem(None, "broken").expected is None


@pytest.mark.parametrize(
    "record",
    [
        PROBLEM,
        REPORT,
        ORIGIN,
        Extension("fast", "app.runners", ENTRY_POINT, object, object()),
    ],
)
def test_records_cannot_be_changed(record: object) -> None:
    name = type(record)._fields[0]  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="cannot assign"):
        setattr(record, name, "other")
    with pytest.raises(AttributeError, match="cannot delete"):
        delattr(record, name)
    with pytest.raises(AttributeError):
        record.unknown = 1  # type: ignore[attr-defined]


def test_extensions_and_outcomes_compare_by_identity() -> None:
    one = Extension("fast", "app.runners", ENTRY_POINT, object, 1)
    same_fields = Extension("fast", "app.runners", ENTRY_POINT, object, 1)
    assert one == one
    assert one != same_fields
    outcome: Outcome[int, int] = Outcome(one, 2)
    assert outcome.ok
    assert outcome.result() == 2
    assert outcome != Outcome(one, 2)
    failed: Outcome[int, int] = Outcome(one, exception=ValueError("no"))
    with pytest.raises(ValueError, match="no"):
        failed.result()
