"""The quality gate: body F1 and metadata on the labelled development set must stay above the floor.

Runs only where EXTRACTOR_BENCH_DIR points at the set (CI sets it); elsewhere it is skipped.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = os.environ.get("EXTRACTOR_BENCH_DIR")


@pytest.mark.skipif(not BENCH_DIR, reason="EXTRACTOR_BENCH_DIR not set: no labelled set to gate on")
def test_quality_stays_above_the_floor(capsys):
    spec = importlib.util.spec_from_file_location("quality", ROOT / "benchmarks" / "quality.py")
    quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(quality)
    status = quality.main(["--no-baseline", "--floor", str(ROOT / "benchmarks" / "floor.json")])
    report = capsys.readouterr()
    assert status == 0, report.err + report.out


@pytest.mark.skipif(not BENCH_DIR, reason="EXTRACTOR_BENCH_DIR not set: no labelled set to gate on")
def test_text_mode_quality_stays_above_the_floor(capsys):
    # The same pages flattened into whole-page text dumps, both styles of the shared flatten.py.
    spec = importlib.util.spec_from_file_location("textmode", ROOT / "benchmarks" / "textmode.py")
    textmode = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(textmode)
    status = textmode.main(["--no-baseline", "--no-speed", "--floor", str(ROOT / "benchmarks" / "floor-text.json")])
    report = capsys.readouterr()
    assert status == 0, report.err + report.out
