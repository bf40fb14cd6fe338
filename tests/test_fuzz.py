"""A short, bounded bout of the atheris fuzz target (fuzz/fuzz_extract.py), when atheris is installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris", reason="atheris not installed: pip install -e '.[fuzz]'")

ROOT = Path(__file__).parents[1]
TARGET = ROOT / "fuzz" / "fuzz_extract.py"
# A few hundred inputs within 60 s: enough to catch a target that no longer runs or a crash on
# the hostile seeds, short enough for CI. Long runs: see README, Reliability.
SHORT_RUN = ["-runs=300", "-max_total_time=60", "-max_len=2048", "-timeout=30", "-rss_limit_mb=2048"]


def test_short_fuzz_run_finds_no_crash(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = subprocess.run(
        [sys.executable, str(TARGET), *SHORT_RUN, f"-dict={ROOT / 'fuzz' / 'html.dict'}",
         f"-artifact_prefix={tmp_path}/", str(corpus), str(ROOT / "tests" / "fixtures" / "hostile")],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr
    assert not list(tmp_path.glob("crash-*"))
