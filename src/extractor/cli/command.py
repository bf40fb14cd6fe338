"""The command line: options in, library calls, records out, an honest exit code."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import json
import os
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import __version__
from ..emit import record_schema
from ..model import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_DEPTH,
    DEFAULT_MAX_ELEMENTS,
    DEFAULT_MEMORY_LIMIT_MB,
    DEFAULT_TIMEOUT_SECONDS,
    INPUT_FORMATS,
    MAX_DEPTH_CEILING,
    PAGE_TYPES,
    UNKNOWN_PAGE_TYPE,
    Options,
)
from ..patterns import warm_regex_cache
from ..sources.read import count_page_files, is_warc_file
from .help import GroupedCommand, failure_line, failure_reporter, no_pages_hint, report_crash
from .render import FORMATS, VIEW_FORMATS

# Only what --help, --version and --schema need is imported above: the batch runner loads the
# whole pipeline, and rich a terminal library, so both wait until a run needs them.
if TYPE_CHECKING:
    from ..batch.runner import BatchOptions, Summary


class ExitCode(enum.IntEnum):
    OK = 0
    PAGE_FAILED = 1
    USAGE = 2
    HANGUP = 128 + signal.SIGHUP  # 129
    INTERRUPTED = 128 + signal.SIGINT  # 130
    TERMINATED = 128 + signal.SIGTERM  # 143


# Batches are stopped by `timeout`, systemd, container runtimes and job schedulers with SIGTERM,
# and by a closed terminal with SIGHUP: both stop the run the way Ctrl-C does.
STOP_SIGNALS = {signal.SIGTERM: ExitCode.TERMINATED, signal.SIGHUP: ExitCode.HANGUP}


class StopRequested(KeyboardInterrupt):
    """A stop signal, raised where the batch already stops cleanly for Ctrl-C."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


HELP = """Extract clean article records (JSON) from scraped news pages.

\b
Three ways to use it:
  cat page.html | extractor              a pipe: one page on standard input
  extractor page.html                    a file: one JSON object
  extractor scrape/ > pages.jsonl        a directory: JSON Lines, one record per page

\b
To read a page, or to find out why a paragraph went missing:
  extractor page.html --format text                 title, byline, date, then the article
  extractor page.html --format markdown > page.md   headings, quotes, images with credits
  extractor page.html --explain --format text       what was kept, what was removed and why

\b
Batches:
  extractor scrape/ crawl.warc.gz -o pages.jsonl --workers 4 --timeout 30
  extractor scrape/ --output-dir records/ --resume    go on where a stopped run left off
  extractor scrape/ -o pages.jsonl --scheduler tcp://host:8786    on a Dask cluster

INPUT is a file (.html, .htm, .txt, any of them .gz; .warc, .warc.gz), a directory
(walked recursively in sorted order) or - for standard input.
"""


@click.command(cls=GroupedCommand, help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--url", help="The page's address (single input): fills `url`, resolves image links.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="Treat input as HTML or as a text dump instead of sniffing.")
@click.option("--explain", is_flag=True, help="Add `removed`: every block dropped as boilerplate, and why.")
@click.option("--strict", is_flag=True, help="Exit 1 also when a page comes out empty or under --min-words.")
@click.option("--min-words", type=click.IntRange(min=0), default=0,
              help="With --strict, a body shorter than this many words counts as a failure.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse pages (after decompression) larger than this.")
@click.option("--max-depth", type=click.IntRange(min=1, max=MAX_DEPTH_CEILING), default=DEFAULT_MAX_DEPTH,
              show_default=True, help="Refuse HTML pages whose elements nest deeper than this.")
@click.option("--max-elements", type=click.IntRange(min=1), default=DEFAULT_MAX_ELEMENTS, show_default=True,
              help="Refuse HTML pages with more elements than this (extraction time grows with them).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), metavar="FILE.jsonl",
              help="Write the JSON Lines to this file instead of standard output.")
@click.option("--output-dir", type=click.Path(file_okay=False), metavar="DIR",
              help="Write one <relative path>.json per page under DIR, each atomically.")
@click.option("--resume", is_flag=True, help="Skip pages already in --output / --output-dir (append to it).")
@click.option("--workers", type=click.IntRange(min=0), metavar="N",
              help="Worker processes (default: the machine's cores, or for one page 0 unless --timeout or "
                   "--memory-limit is given; 0: in this process, no isolation and no limits).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help=f"Stop a page after this long and write an error record for it; held by worker "
                   f"processes [default: {DEFAULT_TIMEOUT_SECONDS:g} with workers].")
@click.option("--memory-limit", type=click.IntRange(min=64), default=DEFAULT_MEMORY_LIMIT_MB, metavar="MB",
              help=f"Address-space limit of each worker; a page over it becomes a MemoryError record "
                   f"[default: {DEFAULT_MEMORY_LIMIT_MB} with workers].")
@click.option("--page-type", "page_types", multiple=True, metavar="TYPE",
              type=click.Choice((*PAGE_TYPES, UNKNOWN_PAGE_TYPE)),
              help="Write records only for pages of this type (repeatable: article, listing, forum, product, "
                   "documentation, service, collection, unknown); the rest count in the summary, and with -o or "
                   "--output-dir leave a marker record so --resume does not retry them.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run on Dask: 'local' or a scheduler address (tcp://host:8786). Needs extractor[dask].")
@click.option("-q", "--quiet", is_flag=True, help="Nothing on stderr: no progress, summary or error lines.")
@click.option("--schema", "print_schema", is_flag=True, help="Print the record's JSON Schema and exit.")
@click.option("-f", "--format", "view", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: one object, JSON Lines for several pages; jsonl: always one line per page; "
                   "text, markdown: for reading (with --explain, text shows what was removed where).")
@click.option("--traceback", is_flag=True,
              help="On an unexpected error, show where it happened (a page is run again to show it).")
@click.version_option(version=__version__, prog_name="extractor")
def cli(inputs, print_schema, quiet, view, traceback, **given):
    if print_schema:
        click.echo(json.dumps(record_schema(), indent=2))
        return
    inputs = _inputs(inputs)
    _check_view(view, given, quiet, traceback)
    given["explicit"] = _explicit(click.get_current_context(), ("timeout", "memory_limit", "workers"))
    # Before the pipeline loads: its regular expressions (and trafilatura's) come compiled from the
    # machine's cache instead of being compiled again by every run in a shell loop.
    warm_regex_cache()
    options = _batch_options(inputs, given)
    if view != "json":
        options = dataclasses.replace(options, indent=False)
    stream = sys.stdout
    if view in VIEW_FORMATS:
        from .views import RenderedStream

        stream = RenderedStream(sys.stdout, view, options.extract.explain)
    from ..batch.sinks import ResumeFileError

    with stop_signals_as_interrupt() as received:
        try:
            summary = _run(options, quiet, stream, traceback)
        except ResumeFileError as error:
            click.echo(f"extractor: {error}", err=True)
            sys.exit(ExitCode.USAGE)
    if summary.interrupted:
        click.echo(_resume_hint(summary, options, received), err=True)
        sys.exit(STOP_SIGNALS[received[0]] if received else ExitCode.INTERRUPTED)
    if not quiet and summary.pages + summary.skipped > 1:
        click.echo(summary.describe(), err=True)
    if not quiet and summary.pages + summary.skipped == 0:
        click.echo(no_pages_hint(inputs), err=True)
    sys.exit(ExitCode.PAGE_FAILED if summary.is_failure(options.strict) else ExitCode.OK)


def _inputs(inputs: tuple[str, ...]) -> tuple[str, ...]:
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("no INPUT given and nothing piped in; try: extractor page.html")
        inputs = ("-",)
    for given in inputs:
        if given != "-" and not Path(given).exists():
            raise click.BadParameter(f"no such file or directory: {given}", param_hint="INPUT")
    return inputs


def _check_view(view: str, given: dict, quiet: bool, traceback: bool) -> None:
    """Options that would be accepted and then do nothing, refused with what to do instead."""
    if view in VIEW_FORMATS and (given["output"] not in (None, "-") or given["output_dir"]):
        raise click.UsageError(f"--format {view} is for reading on standard output; "
                               "-o and --output-dir write JSON (drop --format, or redirect: > page.txt)")
    if given["explain"] and view == "markdown":
        raise click.UsageError("--explain shows in --format json, jsonl and text; markdown has no place for it")
    if quiet and traceback:
        raise click.UsageError("--traceback prints to standard error, which --quiet keeps empty: give one of them")


def _explicit(ctx: click.Context, names: tuple[str, ...]) -> set[str]:
    """Which of these options the command line gave (not their defaults)."""
    return {name for name in names
            if ctx.get_parameter_source(name) not in (None, click.core.ParameterSource.DEFAULT)}


def _workers(inputs: tuple[str, ...], given: dict) -> int | None:
    """How many workers: as given, else 0 for one page (no start-up cost) unless a limit asks for one.
    A limit given with a mode that cannot hold it is refused, saying which mode does."""
    limits = [f"--{name.replace('_', '-')}" for name in ("timeout", "memory_limit") if name in given["explicit"]]
    workers = given["workers"]
    if given["scheduler"]:
        if workers == 0:
            raise click.UsageError("--workers 0 runs pages in this process; --scheduler runs them on Dask: "
                                   "give one of them")
        if "--memory-limit" in limits and given["scheduler"] != "local":
            raise click.UsageError("--memory-limit is held by local workers (and --scheduler local); on a "
                                   "remote Dask cluster set it on its workers: dask worker --memory-limit")
        return workers
    if workers == 0 and limits:
        raise click.UsageError(f"{' and '.join(limits)} {'are' if len(limits) > 1 else 'is'} held by worker "
                               "processes, and --workers 0 runs pages in this process: use --workers 1 "
                               "or more, or drop the limit")
    if workers is None and len(inputs) == 1 and _is_single_page(inputs[0]):
        return 1 if limits else 0
    return workers


def _batch_options(inputs: tuple[str, ...], given: dict) -> BatchOptions:
    """Every option checked and gathered into the one object the library takes."""
    if given["url"] and (len(inputs) > 1 or not _is_single_page(inputs[0])):
        raise click.UsageError("--url names one page; give it with a single page as INPUT "
                               "(not a directory or a WARC file)")
    if given["output"] and given["output_dir"]:
        raise click.UsageError("give -o/--output or --output-dir, not both")
    if given["resume"] and not (given["output"] and given["output"] != "-") and not given["output_dir"]:
        raise click.UsageError("--resume needs -o FILE.jsonl or --output-dir DIR to know what is done")
    from ..batch.runner import BatchOptions
    from ..batch.sinks import output_clash

    if given["scheduler"]:
        from ..batch.dask_engine import is_dask_installed

        if not is_dask_installed():
            raise click.UsageError("--scheduler needs Dask: pip install 'extractor[dask]'")
    if given["output_dir"] and output_clash(inputs):
        raise click.UsageError(output_clash(inputs))
    single = len(inputs) == 1 and _is_single_page(inputs[0])
    workers = _workers(inputs, given)
    output = given["output"] if given["output"] not in (None, "-") else None
    return BatchOptions(
        inputs=inputs,
        extract=Options(url=given["url"], input_format=given["input_format"], explain=given["explain"],
                        max_bytes=given["max_bytes"], max_depth=given["max_depth"],
                        max_elements=given["max_elements"]),
        workers=workers, timeout=given["timeout"] or DEFAULT_TIMEOUT_SECONDS,
        memory_limit_mb=given["memory_limit"],
        output=Path(output) if output else None,
        output_dir=Path(given["output_dir"]) if given["output_dir"] else None,
        resume=given["resume"], indent=single and not output and sys.stdout.isatty(),
        strict=given["strict"], min_words=given["min_words"], scheduler=given["scheduler"],
        page_types=tuple(given["page_types"]),
    )


def _is_single_page(given: str) -> bool:
    return given == "-" or not (Path(given).is_dir() or is_warc_file(Path(given)))


def _run(options: BatchOptions, quiet: bool, stream=None, traceback: bool = False) -> Summary:
    from ..batch.runner import run_batch

    stream = stream or sys.stdout
    if quiet:
        return run_batch(options, stream)
    if not sys.stderr.isatty() or options.indent or traceback or stream is not sys.stdout:
        report = failure_reporter(options, _report_failure) if traceback else _report_failure
        return run_batch(options, stream, progress=report)
    with ProgressBar(count_page_files(list(options.inputs))) as bar:
        return run_batch(options, stream, progress=bar.update)


def _report_failure(outcome, summary: Summary) -> None:
    if outcome.error_type:
        click.echo(failure_line(outcome), err=True)


class ProgressBar:
    """pages, pages/s, failures and ETA on stderr, for a person watching a terminal."""

    def __init__(self, total: int | None):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.console = Console(stderr=True)
        self.progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} pages/s"), TextColumn("{task.fields[failed]} failed"),
            TimeRemainingColumn(), console=self.console, transient=True,
        )
        self.task = self.progress.add_task("pages", total=total, rate=0.0, failed=0)

    def __enter__(self) -> ProgressBar:
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def update(self, outcome, summary: Summary) -> None:
        if outcome.error_type:
            self.console.print(failure_line(outcome), markup=False, highlight=False)
        self.progress.update(self.task, completed=summary.pages + summary.skipped,
                             rate=summary.pages_per_second, failed=summary.failures)


@contextlib.contextmanager
def stop_signals_as_interrupt():
    """SIGTERM and SIGHUP raise `StopRequested` while the batch runs; yields the signals received."""
    received: list[int] = []

    def stop(signum, frame):
        received.append(signum)
        for stop_signal in STOP_SIGNALS:  # a second signal must not cut the clean stop short
            signal.signal(stop_signal, signal.SIG_IGN)
        raise StopRequested(signum)

    if threading.current_thread() is not threading.main_thread():  # only the main thread may set handlers
        yield received
        return
    previous = {stop_signal: signal.signal(stop_signal, stop) for stop_signal in STOP_SIGNALS}
    try:
        yield received
    finally:
        for stop_signal, handler in previous.items():
            signal.signal(stop_signal, handler)


def _resume_hint(summary: Summary, options: BatchOptions, received: list[int] = ()) -> str:
    cause = f"stopped by {signal.Signals(received[0]).name}" if received else "interrupted"
    done = f"{cause} after {summary.pages:,} pages"
    if options.output or options.output_dir:
        return f"{done}; run the same command with --resume to go on from there"
    return f"{done}; write to -o FILE.jsonl or --output-dir DIR to be able to --resume"


def main() -> None:
    try:
        cli(prog_name="extractor")
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, not every record was delivered
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(ExitCode.PAGE_FAILED)
    except OSError as error:  # stdout on a full disk, a closed descriptor: say so, no traceback
        sys.stderr.write(f"extractor: cannot write the records: {error.strerror or error}\n")
        sys.exit(ExitCode.PAGE_FAILED)
    except Exception as error:  # a bug: one line, the traceback only with --traceback
        report_crash(error)
        sys.exit(ExitCode.PAGE_FAILED)
