#!/usr/bin/env python3
"""Start-up: one page from the shell, extractor beside trafilatura's own CLI, in the same run.

    .venv/bin/python benchmarks/startup.py [--runs 10] [--page tests/fixtures/pages/news-release-quotes/page.html]

In a shell loop over files (`for f in scrape/*.html; do extractor "$f" | jq .title; done`) the
process start is the tool's speed. Each command runs `--runs` times, the commands taking turns
round by round so that a machine getting busier weighs on all of them alike; the table gives the
median wall time and the median CPU time (user + system, this process's children), which a busy
machine inflates less than wall time.

trafilatura's CLI runs twice: as the issue wrote it (`--input-file page.html`, which reads the file
as a list of URLs to fetch, finds none and extracts nothing: it measures start-up alone), and
reading the page from standard input, which extracts it as extractor does. The untimed first round
fills extractor's per-machine pattern cache; the row with the cache turned off shows a run on a
machine that has never run extractor (or with `EXTRACTOR_CACHE_DIR=` set).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# As a user runs them: an installed package has its bytecode compiled, so a session that turned
# bytecode writing off must not make the project's own modules compile from source every run.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def commands(page: Path) -> dict[str, str]:
    extractor, trafilatura = shlex.quote(str(BIN / "extractor")), shlex.quote(str(BIN / "trafilatura"))
    quoted = shlex.quote(str(page))
    return {
        "extractor page.html": f"{extractor} {quoted}",
        "cat page.html | extractor": f"cat {quoted} | {extractor}",
        "EXTRACTOR_CACHE_DIR= extractor page.html (no pattern cache)": f"EXTRACTOR_CACHE_DIR= {extractor} {quoted}",
        "extractor --help": f"{extractor} --help",
        "extractor --version": f"{extractor} --version",
        "trafilatura --json < page.html (extracts the page)": f"{trafilatura} --json < {quoted}",
        "trafilatura --input-file page.html --json (start-up only)": f"{trafilatura} --input-file {quoted} --json",
    }


def timed(command: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{command!r} failed ({done.returncode}): {done.stderr.decode(errors='replace')[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="runs of each command (default 10)")
    parser.add_argument("--page", type=Path, default=ROOT / "tests/fixtures/pages/news-release-quotes/page.html")
    args = parser.parse_args(argv)
    table = commands(args.page.resolve())
    for command in table.values():  # warm the file cache and the bytecode once, untimed
        timed(command)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in table}
    names = list(table)
    for round_number in range(args.runs):
        turn = round_number % len(names)
        for name in names[turn:] + names[:turn]:
            results[name].append(timed(table[name]))
    print(f"page: {os.path.relpath(args.page, ROOT)}; {args.runs} runs each, taking turns; load average "
          f"{os.getloadavg()[0]:.1f}")
    print("| command | median wall s | median CPU s |\n|---|---|---|")
    for name, runs in results.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        print(f"| `{name}` | {wall:.3f} | {cpu:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
