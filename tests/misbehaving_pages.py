"""Test-only: pages that hang, raise, exhaust memory or crash their worker, the way pathological pages
do. Nothing in the package can load this; the tests install it themselves:

- in the pytest process, `conftest.py` imports it, which wraps `extractor.pipeline.run` and adds this
  module to the worker forkserver's preload list (before any forkserver starts), so that in-process
  runs and every worker of the session misbehave on the marked pages;
- in a child process, `tests/misbehaving_cli.py` does the same, then runs the command line.

A page misbehaves only when it holds one of the marks below (`<!-- hang -->` ...); real pages run
as usual. `EXTRACTOR_TEST_DELAY` (seconds, read when a worker starts) slows every page down, for
the tests that stop a batch midway.
"""

from __future__ import annotations

import ctypes
import functools
import os
import time
from pathlib import Path

from extractor import pipeline
from extractor.batch import workers

DELAY_ENV = "EXTRACTOR_TEST_DELAY"


def misbehave(article) -> None:
    raw = article.raw or b""
    if b"<!-- hang -->" in raw:
        time.sleep(3600)
    if b"<!-- segfault -->" in raw:
        ctypes.string_at(0)  # reads address 0: SIGSEGV in this worker
    if b"<!-- raise -->" in raw:
        raise RuntimeError("a stage failed on this page")
    if b"<!-- hog -->" in raw:
        hoard = bytearray(8 * 1024**3)  # over the worker's memory limit: MemoryError
        del hoard
    delay = float(os.environ.get(DELAY_ENV, "0"))
    if delay:
        time.sleep(delay)


def install() -> None:
    """Wrap the pipeline's `run` once, and have the worker forkserver import this module too."""
    if getattr(pipeline.run, "misbehaving", False):
        return
    original = pipeline.run

    @functools.wraps(original)
    def run(article, options):
        misbehave(article)
        return original(article, options)

    run.misbehaving = True
    pipeline.run = run
    if __name__ not in workers.PRELOAD:
        workers.PRELOAD.append(__name__)
        # The forkserver is a fresh interpreter that (before Python 3.13) does not get our sys.path:
        # the environment it inherits must say where this module is.
        here = str(Path(__file__).parent)
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [here, os.environ.get("PYTHONPATH")]))


install()
