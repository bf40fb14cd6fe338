"""Stages the batch tests inject into worker processes (EXTRACTOR_INJECT_STAGE=this file:misbehave)
to make a page hang, raise, exhaust memory or crash its worker, the way pathological pages do."""

from __future__ import annotations

import ctypes
import os
import time

DELAY_ENV = "EXTRACTOR_TEST_DELAY"


def misbehave(article, options):
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
    return article
