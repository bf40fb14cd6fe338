"""The `extractor` command as a process: `main`, then an exit that skips the interpreter's teardown.

A one-page run (`for f in scrape/*.html; do extractor "$f" | jq .title; done`) spends about a sixth
of its CPU time after its work is done, while the interpreter frees the pipeline's objects one by
one: tens of milliseconds a page in a shell loop. By the time `main` returns, everything that matters
has happened: records are written and their files closed, worker processes joined. What is left is
done here, in the order the interpreter would: exit handlers run (the pattern cache, logging's
flush, multiprocessing's), standard output and error flushed, and only then the process ends.
Where another thread still runs, the ordinary exit waits for it as it always does.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading

from .command import ExitCode, main


def run() -> None:
    """Entry point of the `extractor` script and of `python -m extractor`."""
    try:
        main()
        code = ExitCode.OK
    except SystemExit as stop:
        code = _exit_status(stop.code)
    if not _can_skip_teardown():
        sys.exit(code)
    atexit._run_exitfuncs()  # what the interpreter would run first at exit
    try:
        sys.stdout.flush()
    except (BrokenPipeError, OSError):  # the reader went away or the disk is full: as `main` reports it
        code = code or ExitCode.PAGE_FAILED
    try:
        sys.stderr.flush()
    except OSError:
        pass
    os._exit(int(code))


def _exit_status(given) -> int:
    """`SystemExit.code` as the interpreter turns it into a status: None is 0, a message is 1."""
    if given is None:
        return ExitCode.OK
    if isinstance(given, int):
        return given
    sys.stderr.write(f"{given}\n")
    return ExitCode.PAGE_FAILED


def _can_skip_teardown() -> bool:
    others = [thread for thread in threading.enumerate()
              if thread is not threading.main_thread() and not thread.daemon and thread.is_alive()]
    return not others and hasattr(atexit, "_run_exitfuncs")
