"""reportapp: renders a table of rows through formatter, hook and check plugins.

The plugin namespaces and their protocols live in :mod:`reportapp.plugins`;
the command line is :func:`reportapp.app.main`.
"""

from __future__ import annotations

__all__: list[str] = []
