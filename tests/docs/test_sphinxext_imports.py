"""The Sphinx extension shares the CLI's load-and-check without importing the CLI."""

from __future__ import annotations

import subprocess
import sys


def test_the_extension_does_not_import_the_command_line_package() -> None:
    probe = (
        "import sys, plugspec.sphinxext\n"
        "assert 'plugspec._load_and_check' in sys.modules\n"
        "assert not any(name.startswith('plugspec._cli') for name in sys.modules), 'CLI imported'\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)
