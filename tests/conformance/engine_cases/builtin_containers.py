"""Builtin containers: element types come from the values (or a NamedTuple's fields)."""

from typing import Hashable, Iterable, Iterator, List, NamedTuple, Protocol, TypeVar

T_co = TypeVar("T_co", covariant=True)
K_contra = TypeVar("K_contra", contravariant=True)


class GetItem(Protocol[T_co]):
    def __getitem__(self, index: int, /) -> T_co: ...


class GetSlice(Protocol[T_co]):
    def __getitem__(self, index: slice, /) -> List[T_co]: ...


class Lookup(Protocol[K_contra, T_co]):
    def __getitem__(self, key: K_contra, /) -> T_co: ...


class Iter(Protocol[T_co]):
    def __iter__(self) -> Iterator[T_co]: ...


class HashableInts(Iterable[int], Hashable, Protocol):
    pass


class Point(NamedTuple):
    x: int
    y: int


class Named(NamedTuple):
    name: str
    size: int


case_list_getitem_int: GetItem[int] = [1, 2]  # expect: pass
case_list_getitem_str: GetItem[str] = [1, 2]  # expect: fail
case_list_getitem_float: GetItem[float] = [1, 2]  # expect: pass
case_list_getitem_empty: GetItem[str] = []  # expect: pass
case_list_slice_int: GetSlice[int] = [1, 2]  # expect: pass
case_list_slice_str: GetSlice[str] = [1, 2]  # expect: fail
case_list_iter_str: Iter[str] = ["a", "b"]  # expect: pass
case_list_iter_int: Iter[int] = ["a", "b"]  # expect: fail
case_tuple_getitem_int: GetItem[int] = (1, 2)  # expect: pass
case_tuple_getitem_str: GetItem[str] = (1, 2)  # expect: fail
case_tuple_mixed_getitem_object: GetItem[object] = (1, "a")  # expect: pass
case_tuple_mixed_getitem_int: GetItem[int] = (1, "a")  # expect: fail
case_tuple_iter_str: Iter[str] = ("a", "b")  # expect: pass
case_tuple_iter_bytes: Iter[bytes] = ("a", "b")  # expect: fail
case_tuple_hashable_ints: HashableInts = (1, 2)  # expect: pass
case_tuple_hashable_strs: HashableInts = ("a", "b")  # expect: fail
case_list_hashable_ints: HashableInts = [1, 2]  # expect: fail
case_dict_lookup_ok: Lookup[str, int] = {"a": 1}  # expect: pass
case_dict_lookup_value: Lookup[str, str] = {"a": 1}  # expect: fail
case_dict_lookup_key: Lookup[int, int] = {"a": 1}  # expect: fail
case_dict_iter_keys: Iter[str] = {"a": 1}  # expect: pass
case_dict_iter_values: Iter[int] = {"a": 1}  # expect: fail
case_set_iter_int: Iter[int] = {1, 2}  # expect: pass
case_set_iter_str: Iter[str] = {1, 2}  # expect: fail
case_set_getitem: GetItem[int] = {1, 2}  # expect: fail
case_frozenset_iter_str: Iter[str] = frozenset({"a"})  # expect: pass
case_frozenset_iter_int: Iter[int] = frozenset({"a"})  # expect: fail
case_namedtuple_iter_int: Iter[int] = Point(1, 2)  # expect: pass
case_namedtuple_iter_str: Iter[str] = Point(1, 2)  # expect: fail
case_namedtuple_getitem_int: GetItem[int] = Point(1, 2)  # expect: pass
case_namedtuple_mixed_iter_object: Iter[object] = Named("a", 1)  # expect: pass
case_namedtuple_mixed_iter_str: Iter[str] = Named("a", 1)  # expect: fail
case_namedtuple_hashable_ints: HashableInts = Point(1, 2)  # expect: pass
case_namedtuple_std_iterable_str: Iterable[str] = Point(1, 2)  # expect: fail
