"""The plugin managers, in stevedore's layout.

``_core`` loads plugins, applies the failure policy and looks them up by
name; ``_calls`` adds the call family (``map``, ``map_method``, ``first``,
the ``*_outcomes`` and ``amap_*`` variants), whose usual call ``_unrolled``
writes out once per number of plugins; each remaining module is one
pattern: ``_extension_manager`` (every plugin), ``_named``, ``_enabled``,
``_hook``, ``_driver`` and ``_dispatch``. ``_register`` adds in-process
plugins (to the extension and hook managers) and historic calls (to the hook
manager), ``_wrappers`` wrappers around the hook manager's calls, ``_monitor``
a monitor of every plugin call. ``_options`` declares the
keyword arguments every manager takes; no manager imports it at run time.

The package imports none of them: ``plugspec`` imports each public name from
its own module when first read, so an application that reaches only
``DriverManager`` does not import the hook manager's modules (and ``weakref``
and ``copy`` with them).
"""
