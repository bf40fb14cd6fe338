"""Worker processes run the package's own code only: no environment variable makes them (or the
parent) load and run a file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "extractor"


def test_no_module_of_the_package_names_the_old_injection_variable():
    named = [path.name for path in SRC.rglob("*.py") if "EXTRACTOR_INJECT_STAGE" in path.read_text()]
    assert named == []


@pytest.mark.parametrize("workers", ["0", "1"])
def test_an_environment_variable_naming_a_file_does_not_run_it(tmp_path, news_release, workers):
    marker = tmp_path / "ran"
    hook = tmp_path / "hook.py"
    hook.write_text(f"from pathlib import Path\n\ndef stage(article, options):\n"
                    f"    Path({str(marker)!r}).write_text('ran')\n    return article\n"
                    f"Path({str(marker)!r}).write_text('imported')\n")
    env = {**os.environ, "EXTRACTOR_INJECT_STAGE": f"{hook}:stage"}
    done = subprocess.run([sys.executable, "-m", "extractor", str(news_release), "--workers", workers],
                          env=env, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not marker.exists()
