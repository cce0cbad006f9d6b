"""The example application and plugins are typed code: mypy --strict finds nothing.

(The two broken plugins are wrong only against reportapp's protocols, which is
what `plugspec check --static` reports; their own code is clean.)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_examples_pass_mypy_strict(tmp_path: Path) -> None:
    packages = [ROOT / "examples/reportapp/src/reportapp"]
    packages += sorted((ROOT / "examples/plugins").glob("*/src/*"))
    assert len(packages) == 9
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\nwarn_unreachable = True\n")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            *map(str, packages),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues found in 13 source files" in done.stdout
