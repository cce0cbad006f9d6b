"""Modules as protocol implementations (helpers under `_modules/`)."""

from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol, TypeVar

from ._modules import (
    annotated_only,
    async_hooks,
    classvar_mod,
    dynamic_getattr,
    final_values,
    future_bad_return,
    future_good,
    future_local_class,
    future_type_checking,
    good_config,
    missing_timeout,
    plain_renderer,
    reexports,
    renderer_no_title,
    renderer_none_name,
    runner_bad,
    runner_good,
    sync_hooks,
    update_default_arg,
    update_takes_arg,
    wrong_flag_type,
)

T_co = TypeVar("T_co", covariant=True)


class Options(Protocol):
    timeout: int
    one_flag: bool
    other_flag: bool

    def update(self) -> bool: ...


class ReadOnlyOptions(Protocol):
    @property
    def timeout(self) -> int: ...

    @property
    def one_flag(self) -> bool: ...


class GenericOptions(Protocol[T_co]):
    @property
    def timeout(self) -> T_co: ...

    def update(self) -> bool: ...


class Result(Protocol):
    value: int


class Runner(Protocol):
    @property
    def run(self) -> Callable[[int], Result]: ...


class Renderer(Protocol):
    name: str

    def render(self, rows: list[dict[str, object]], *, title: str = "") -> str: ...


class ReadOnlyNamedRenderer(Protocol):
    @property
    def name(self) -> str: ...

    def render(self, rows: list[dict[str, object]], *, title: str = "") -> object: ...


class SequenceRenderer(Protocol):
    def render(self, rows: Sequence[dict[str, object]], *, title: str = "") -> str: ...


class AsyncHooks(Protocol):
    async def fetch(self, key: str) -> bytes: ...

    def close(self) -> None: ...


class HasClassVar(Protocol):
    x: ClassVar[int]


class HasX(Protocol):
    x: int


class CallableProto(Protocol):
    def __call__(self) -> None: ...


class WantsAnything(Protocol):
    anything: int


case_module_conforms: Options = good_config  # expect: pass
case_module_missing_member: Options = missing_timeout  # expect: fail
case_module_attribute_wrong_type: Options = wrong_flag_type  # expect: fail
case_module_function_extra_arg: Options = update_takes_arg  # expect: fail
case_module_function_extra_default: Options = update_default_arg  # expect: pass
case_module_annotated_only_attribute: Options = annotated_only  # expect: pass
case_module_final_for_settable: Options = final_values  # expect: pass
case_module_final_for_read_only: ReadOnlyOptions = final_values  # expect: pass
case_module_plain_for_read_only: ReadOnlyOptions = good_config  # expect: pass
case_module_missing_for_read_only: ReadOnlyOptions = missing_timeout  # expect: fail
case_module_generic_int: GenericOptions[int] = good_config  # expect: pass
case_module_generic_object: GenericOptions[object] = good_config  # expect: pass
case_module_generic_str: GenericOptions[str] = good_config  # expect: fail
case_module_class_alias_runner: Runner = runner_good  # expect: pass
case_module_class_alias_bad_runner: Runner = runner_bad  # expect: fail
case_module_plain_renderer: Renderer = plain_renderer  # expect: pass
case_module_renderer_no_title: Renderer = renderer_no_title  # expect: fail
case_module_renderer_optional_name: Renderer = renderer_none_name  # expect: fail
case_module_renderer_optional_name_read_only: ReadOnlyNamedRenderer = renderer_none_name  # expect: fail
case_module_future_annotations_good: Renderer = future_good  # expect: pass
case_module_future_annotations_bad_return: Renderer = future_bad_return  # expect: fail
case_module_future_annotations_local_class: Renderer = future_local_class  # expect: pass
case_module_future_type_checking_import: Renderer = future_type_checking  # expect: fail
case_module_future_sequence_param: SequenceRenderer = future_good  # expect: pass
case_module_list_param_for_sequence: SequenceRenderer = plain_renderer  # expect: fail
case_module_future_for_read_only: ReadOnlyNamedRenderer = future_bad_return  # expect: pass
case_module_reexports: Renderer = reexports  # expect: pass
case_module_async_hooks: AsyncHooks = async_hooks  # expect: pass
case_module_sync_for_async_hooks: AsyncHooks = sync_hooks  # expect: fail
case_module_attribute_for_classvar: HasClassVar = classvar_mod  # expect: fail
case_module_attribute_for_instance_var: HasX = classvar_mod  # expect: pass
case_module_is_not_callable: CallableProto = good_config  # expect: fail
case_module_dunder_getattr: WantsAnything = dynamic_getattr  # expect: fail
