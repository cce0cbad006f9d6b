"""``python -m reportapp``: same as the ``reportapp`` command."""

from __future__ import annotations

from reportapp.app import main

raise SystemExit(main())
