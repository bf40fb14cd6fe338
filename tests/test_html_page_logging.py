"""The library leaves the host program's logging alone: trafilatura's logger is quiet only during
our own calls into it."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import logging
logging.getLogger("trafilatura").setLevel(logging.INFO)
import extractor
after_import = logging.getLogger("trafilatura").level
seen = []
class Keep(logging.Handler):
    def emit(self, record):
        seen.append(record.getMessage())
logging.getLogger("trafilatura").addHandler(Keep())
extractor.extract(b"<html><body><p>x</p></body></html>")
print(after_import, logging.getLogger("trafilatura").level, len(seen))
"""


def test_importing_and_extracting_leave_the_trafilatura_logger_level_as_the_host_set_it():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    after_import, after_extract, records = done.stdout.split()
    assert int(after_import) == 20 and int(after_extract) == 20  # logging.INFO, as the host set it
    assert int(records) == 0  # our own calls stayed quiet
