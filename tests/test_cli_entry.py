"""The command as a process: the quick exit after `main` keeps every promise of an ordinary exit."""

from __future__ import annotations

import json
import subprocess
import sys

# The entry point with an exit handler and, optionally, a thread still running when `main` returns.
PROGRAM = """
import atexit, sys, threading, time
from pathlib import Path
marker = Path(sys.argv[1])
atexit.register(lambda: marker.with_suffix(".atexit").write_text("ran"))
if sys.argv[2] == "thread":
    threading.Thread(target=lambda: (time.sleep(0.3), marker.with_suffix(".thread").write_text("done"))).start()
sys.argv = ["extractor", *sys.argv[3:]]
from extractor.cli import run
run()
"""


def run_entry(tmp_path, *args, thread=False):
    marker = tmp_path / "marker"
    return marker, subprocess.run([sys.executable, "-c", PROGRAM, str(marker), "thread" if thread else "-", *args],
                                  capture_output=True, text=True, timeout=120)


def test_a_page_comes_out_whole_and_exit_handlers_run(tmp_path, news_release):
    marker, done = run_entry(tmp_path, str(news_release))
    assert done.returncode == 0
    assert json.loads(done.stdout)["title"]  # the whole record, flushed before the process ended
    assert marker.with_suffix(".atexit").read_text() == "ran"


def test_the_exit_status_is_the_commands(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body></body></html>")
    _, failed = run_entry(tmp_path, "--strict", str(empty))
    _, usage = run_entry(tmp_path, str(tmp_path / "no-such-page.html"))
    assert failed.returncode == 1 and json.loads(failed.stdout)["body"] == ""
    assert usage.returncode == 2 and "no-such-page.html" in usage.stderr


def test_a_thread_still_running_is_waited_for(tmp_path, news_release):
    marker, done = run_entry(tmp_path, str(news_release), thread=True)
    assert done.returncode == 0
    assert marker.with_suffix(".thread").read_text() == "done"
    assert marker.with_suffix(".atexit").read_text() == "ran"


def test_output_into_a_closed_pipe_is_a_failure_without_a_traceback(news_release):
    # `extractor page | head -c 10`: the reader leaves before the record is all written.
    done = subprocess.run(f"{sys.executable} -m extractor {news_release} | head -c 10; exit ${{PIPESTATUS[0]}}",
                          shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=120)
    assert len(done.stdout) == 10
    assert "Traceback" not in done.stderr
