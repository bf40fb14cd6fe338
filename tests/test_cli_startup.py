"""Start-up: what a command that does not extract must not load (speed is measured in
benchmarks/startup.py, not asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# What a one-line answer must not wait for: the pipeline and everything heavy it or the batch loads.
HEAVY = ("extractor.pipeline", "extractor.batch.runner", "trafilatura", "lxml", "rich", "ftfy", "dask",
         "distributed", "jsonschema", "fastwarc", "charset_normalizer", "htmldate")

PROBE = """
import json, sys
from extractor.cli import main
sys.argv = ["extractor", *{args!r}]
try:
    main()
except SystemExit:
    pass
heavy = {heavy!r}
print(json.dumps(sorted(m for m in sys.modules if m in heavy or m.split(".")[0] in heavy)), file=sys.stderr)
"""


def loaded_after(*args: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", PROBE.format(args=list(args), heavy=HEAVY)],
                          capture_output=True, text=True, timeout=60)
    return json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("--schema",)])
def test_help_version_and_schema_load_nothing_of_the_pipeline(args):
    assert loaded_after(*args) == []


def test_importing_the_package_does_not_load_the_pipeline():
    code = "import sys, extractor; print('extractor.pipeline' in sys.modules, 'trafilatura' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["False", "False"]


def test_extracting_a_page_does_load_it(news_release):
    # The probe above would pass for a CLI that imports nothing at all: a real run must still work.
    done = subprocess.run([sys.executable, "-m", "extractor", str(news_release)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and json.loads(done.stdout)["title"]


def test_version_is_the_installed_packages():
    # --version reads extractor.__version__ (no metadata lookup at start-up); pyproject.toml takes its
    # version from there, so the two cannot drift apart.
    from importlib.metadata import version

    done = subprocess.run([sys.executable, "-m", "extractor", "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"extractor, version {version('extractor')}"
