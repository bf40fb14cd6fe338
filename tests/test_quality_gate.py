"""The quality gate: extractor's check-half figures on every development set, in every mode (HTML and both
text-dump styles; plain text for the quote set), must stay at or above the floors in benchmarks/floors.json.

Runs only where EXTRACTOR_BENCH_ROOT names the shared bench folder (CI sets it; the older
EXTRACTOR_BENCH_DIR, naming one set inside it, still works); elsewhere it is skipped.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH_GIVEN = os.environ.get("EXTRACTOR_BENCH_ROOT") or os.environ.get("EXTRACTOR_BENCH_DIR")


@pytest.mark.skipif(not BENCH_GIVEN, reason="EXTRACTOR_BENCH_ROOT not set: no development sets to gate on")
def test_check_half_figures_stay_at_or_above_their_floors(capsys):
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    # extractor only (trafilatura's figures are not ours to defend), check halves only (tuning pages are what
    # rules are fitted on), two worker processes (the CI machine has two cores).
    status = run.main(["--half", "check", "--tool", "extractor", "--workers", "2",
                       "--floor", str(ROOT / "benchmarks" / "floors.json")])
    report = capsys.readouterr()
    assert status == 0, report.err + report.out
