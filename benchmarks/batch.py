#!/usr/bin/env python3
"""Batch speed and memory: extractor with 1 and 2 workers and trafilatura's own CLI, same pages.

    EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles python benchmarks/batch.py

The development pages are repeated (as symlinks) up to --pages pages in one directory. Each tool
runs as its own command, its whole process tree sampled every --interval seconds: peak RSS summed
over every process (the target), and peak PSS (shared pages counted once, the truer figure).
For extractor the peak is also taken at the moment 1,000 records were written, to see that memory
stays flat as pages go through.

Read the speed-up beside the CPU seconds and the load average. Under Linux autogroup scheduling
(/proc/sys/kernel/sched_autogroup_enabled = 1) a busy machine shares its cores per session, not
per process: with other sessions busy, a second worker cannot raise this session's share and
the wall-clock speed-up stays near 1 even though the work divides; CPU seconds per page then
tell whether the batch machinery costs anything.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

EARLY_PAGES = 1000
TARGET_SPEEDUP = 1.8
TARGET_PEAK_MB = 400
# "flat": the peak over the whole batch at most this much above the peak after EARLY_PAGES.
FLAT_TOLERANCE = 1.15


@dataclass
class Run:
    name: str
    pages: int
    seconds: float
    peak_rss_mb: float
    peak_pss_mb: float
    cpu_seconds: float
    early_rss_mb: float | None = None

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000, help="pages in the batch (default 10,000)")
    parser.add_argument("--workers", default="1,2", help="worker counts to run, comma-separated")
    parser.add_argument("--no-baseline", action="store_true", help="skip trafilatura's CLI")
    parser.add_argument("--interval", type=float, default=0.2, help="memory sampling interval, seconds")
    args = parser.parse_args(argv)

    started_load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="extractor-batch-") as scratch:
        work = Path(scratch)
        pages = build_pages(bench_dir(), work, args.pages)
        runs = [run_extractor(pages, work, int(n), args.interval) for n in args.workers.split(",")]
        if not args.no_baseline:
            runs.append(run_trafilatura(pages, work, 2, args.interval))
            # Our records always carry metadata; trafilatura's CLI writes none unless asked.
            runs.append(run_trafilatura(pages, work, 2, args.interval, with_metadata=True))
    print_table(runs)
    print(f"machine: {os.cpu_count()} cores, load average {started_load:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end (other work on the machine slows every row)"
          f"{'; autogroup scheduling on' if autogroup_enabled() else ''}")
    for run in runs:
        print(f"  {run.name}: {run.cpu_seconds / run.pages * 1000:.1f} ms CPU per page")
    return check_targets(runs)


def autogroup_enabled() -> bool:
    try:
        return Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        return False


def bench_dir() -> Path:
    value = os.environ.get("EXTRACTOR_BENCH_DIR")
    if not value:
        sys.exit("Set EXTRACTOR_BENCH_DIR to the development pages (a directory with html/*.html.gz).")
    return Path(value)


def build_pages(dataset: Path, work: Path, count: int) -> Path:
    """`count` pages in one directory: the development pages, decompressed once, linked in turn."""
    originals = work / "originals"
    originals.mkdir()
    sources = sorted((dataset / "html").glob("*.html.gz"))
    for source in sources:
        (originals / source.name.removesuffix(".gz")).write_bytes(gzip.decompress(source.read_bytes()))
    plain = sorted(originals.iterdir())
    pages = work / "pages"
    pages.mkdir()
    for number in range(count):
        (pages / f"{number:05d}.html").symlink_to(plain[number % len(plain)])
    return pages


def run_extractor(pages: Path, work: Path, workers: int, interval: float) -> Run:
    out = work / f"extractor-{workers}.jsonl"
    command = [sys.executable, "-m", "extractor", str(pages), "-o", str(out), "--workers", str(workers), "-q"]
    seconds, peak_rss, peak_pss, cpu, early = measure(command, interval, lambda: count_lines(out))
    records = count_lines(out)
    return Run(f"extractor --workers {workers}", records, seconds, peak_rss, peak_pss, cpu, early)


def run_trafilatura(pages: Path, work: Path, parallel: int, interval: float, with_metadata: bool = False) -> Run:
    out = work / f"trafilatura-out{'-metadata' if with_metadata else ''}"
    command = [trafilatura_command(), "--input-dir", str(pages), "--output-dir", str(out),
               "--parallel", str(parallel), *(["--with-metadata"] if with_metadata else [])]
    seconds, peak_rss, peak_pss, cpu, _ = measure(command, interval, None, quiet=True)
    written = sum(len(files) for _, _, files in os.walk(out))
    pages_in = sum(1 for _ in pages.iterdir())
    print(f"trafilatura CLI wrote {written:,} files for {pages_in:,} pages (it writes none for a "
          f"page it discards); its pages/s counts the pages read")
    name = f"trafilatura CLI --parallel {parallel}{' --with-metadata' if with_metadata else ''}"
    return Run(name, pages_in, seconds, peak_rss, peak_pss, cpu)


def trafilatura_command() -> str:
    beside = Path(sys.executable).parent / "trafilatura"  # the same virtual environment
    return str(beside) if beside.exists() else shutil.which("trafilatura") or "trafilatura"


def measure(command: list[str], interval: float, progress,
            quiet: bool = False) -> tuple[float, float, float, float, float | None]:
    """Wall time, peak RSS and PSS (MB) of the command's process tree, its CPU seconds (as last
    sampled, per process), and the RSS peak by the time `progress()` first reports EARLY_PAGES."""
    started = time.perf_counter()
    # trafilatura logs a WARNING line for every page it discards
    stderr = subprocess.DEVNULL if quiet else None
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr)
    peak_rss = peak_pss = 0.0
    early = None
    cpu_ticks: dict[int, int] = {}
    while process.poll() is None:
        rss, pss = tree_memory(process.pid, cpu_ticks)
        peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
        if early is None and progress is not None and progress() >= EARLY_PAGES:
            early = peak_rss
        time.sleep(interval)
    seconds = time.perf_counter() - started
    if process.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed with exit code {process.returncode}")
    cpu = sum(cpu_ticks.values()) / os.sysconf("SC_CLK_TCK")
    return seconds, peak_rss / 1024, peak_pss / 1024, cpu, None if early is None else early / 1024


def tree_memory(root: int, cpu_ticks: dict[int, int]) -> tuple[int, int]:
    """Summed RSS and PSS in kB of `root` and all its descendants, from /proc; notes each one's
    CPU time (user + system ticks) in `cpu_ticks`."""
    children: dict[int, list[int]] = {}
    ticks: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry.name))
            ticks[int(entry.name)] = int(fields[11]) + int(fields[12])
    rss = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        cpu_ticks[pid] = ticks.get(pid, 0)
        rss_kb, pss_kb = process_memory(pid)
        rss, pss = rss + rss_kb, pss + pss_kb
    return rss, pss


def process_memory(pid: int) -> tuple[int, int]:
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0, 0
    fields = {line.split(":")[0]: int(line.split()[1]) for line in rollup.splitlines()[1:] if "kB" in line}
    return fields.get("Rss", 0), fields.get("Pss", 0)


def count_lines(path: Path) -> int:
    try:
        with open(path, "rb") as handle:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def print_table(runs: list[Run]) -> None:
    print(f"{'tool':<50} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'CPU s':>7} {'peak RSS MB':>12} "
          f"{'peak PSS MB':>12} {'RSS MB @1k':>11}")
    for run in runs:
        early = f"{run.early_rss_mb:11.0f}" if run.early_rss_mb is not None else f"{'-':>11}"
        print(f"{run.name:<50} {run.pages:6d} {run.seconds:8.1f} {run.pages_per_second:8.1f} "
              f"{run.cpu_seconds:7.1f} "
              f"{run.peak_rss_mb:12.0f} {run.peak_pss_mb:12.0f} {early}")


def check_targets(runs: list[Run]) -> int:
    """Print each target with its verdict; exit status 1 when one is missed."""
    ours = {run.name: run for run in runs if run.name.startswith("extractor")}
    one, two = ours.get("extractor --workers 1"), ours.get("extractor --workers 2")
    # The target is trafilatura's CLI as users run it (no metadata); the --with-metadata row is context.
    baseline = next((run for run in runs if run.name.startswith("trafilatura") and "metadata" not in run.name), None)
    checks = []
    if one and two:
        speedup = two.pages_per_second / one.pages_per_second
        checks.append((f"2 workers / 1 worker = {speedup:.2f}x (target >= {TARGET_SPEEDUP})",
                       speedup >= TARGET_SPEEDUP))
    if two and baseline:
        checks.append((f"2 workers {two.pages_per_second:.1f} pages/s vs trafilatura CLI "
                       f"{baseline.pages_per_second:.1f}", two.pages_per_second > baseline.pages_per_second))
    for run in ours.values():
        checks.append((f"{run.name}: peak RSS {run.peak_rss_mb:.0f} MB (target < {TARGET_PEAK_MB})",
                       run.peak_rss_mb < TARGET_PEAK_MB))
        if run.early_rss_mb:
            flat = run.peak_rss_mb <= run.early_rss_mb * FLAT_TOLERANCE
            checks.append((f"{run.name}: flat, {run.early_rss_mb:.0f} MB at {EARLY_PAGES:,} pages, "
                           f"{run.peak_rss_mb:.0f} MB at the end", flat))
    for text, met in checks:
        print(f"{'ok  ' if met else 'MISS'} {text}")
    return 0 if all(met for _, met in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
