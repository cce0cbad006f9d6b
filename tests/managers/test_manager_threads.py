"""Many threads building managers over one namespace at once."""

from __future__ import annotations

import threading
from collections import Counter

from _manager_plugins import MADE_FORMATTERS, Formatter, add_formatter, events

import plugspec
from _envs import PluginEnv

PLUGINS = ["p0", "p1", "p2", "p3", "p4", "p5"]
THREADS = 8


def test_concurrent_managers_import_each_plugin_once_and_invoke_it_once_per_manager(
    plugin_env: PluginEnv,
) -> None:
    for name in PLUGINS:
        add_formatter(plugin_env, name)
    plugspec.refresh()
    start = threading.Barrier(THREADS)
    managers: list[plugspec.ExtensionManager[Formatter]] = []
    errors: list[BaseException] = []

    def build(kind: int) -> None:
        try:
            start.wait()
            manager: plugspec.ExtensionManager[Formatter]
            if kind % 2:
                manager = plugspec.NamedExtensionManager(MADE_FORMATTERS, PLUGINS)
            else:
                manager = plugspec.ExtensionManager(MADE_FORMATTERS)
            managers.append(manager)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=build, args=(i,)) for i in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(managers) == THREADS
    for manager in managers:
        assert sorted(manager.names()) == PLUGINS
        assert sorted(manager.map_method(Formatter.format, [])) == [f"{n}::0" for n in PLUGINS]
    recorded = Counter((kind, what) for kind, what, *_ in events())
    assert recorded == Counter(
        {
            **{("import", f"plugspec_test_{n}"): 1 for n in PLUGINS},
            **{("init", n): THREADS for n in PLUGINS},
        }
    )
    # Each manager has its own instances.
    assert len({id(m["p0"].obj) for m in managers}) == THREADS
