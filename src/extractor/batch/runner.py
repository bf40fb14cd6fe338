"""A batch of pages: read them in order, extract them in worker processes (or on Dask), write the
records in input order to one sink, skip what a previous run finished, and count what happened."""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..emit import to_json
from ..model import DEFAULT_MEMORY_LIMIT_MB, DEFAULT_TIMEOUT_SECONDS, SCHEMA, UNKNOWN_PAGE_TYPE, Options
from ..sources.read import Page, iter_pages
from .sinks import DirectorySink, JsonLinesSink, StreamSink, output_clash
from .workers import Outcome, Task, WorkerPool, error_outcome, extract_task


@dataclass(frozen=True)
class BatchOptions:
    """Everything a batch run needs, gathered once by the caller (the CLI or a script)."""

    inputs: tuple[str, ...]
    extract: Options = field(default_factory=Options)
    # None: the machine's cores; 0: in this process, with no isolation, so neither `timeout` nor
    # `memory_limit_mb` is held (the CLI refuses them with --workers 0)
    workers: int | None = None
    timeout: float | None = DEFAULT_TIMEOUT_SECONDS  # per page; None: no limit
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB
    output: Path | None = None  # JSON Lines file; None with no output_dir: the stream given
    output_dir: Path | None = None
    resume: bool = False
    indent: bool = False  # indent records on the stream (one page, read by a person)
    strict: bool = False  # empty pages, and bodies under min_words, count as failures
    min_words: int = 0
    scheduler: str | None = None  # Dask: "local" or a scheduler address
    # Write records only for pages of these types ("unknown": no type decided); empty: every page.
    page_types: tuple[str, ...] = ()

    @property
    def worker_count(self) -> int:
        return (os.cpu_count() or 1) if self.workers is None else self.workers


@dataclass
class Summary:
    pages: int = 0
    extracted: int = 0
    empty: int = 0
    short: int = 0  # has a body, but fewer words than min_words
    failed: Counter = field(default_factory=Counter)  # error type -> pages
    skipped: int = 0  # already done by an earlier run (--resume)
    left_out: Counter = field(default_factory=Counter)  # page type -> pages not written (--page-type)
    elapsed: float = 0.0
    interrupted: bool = False

    @property
    def failures(self) -> int:
        return sum(self.failed.values())

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.elapsed if self.elapsed > 0 else 0.0

    def count(self, outcome: Outcome, min_words: int) -> None:
        self.pages += 1
        if outcome.error_type:
            self.failed[outcome.error_type] += 1
        elif outcome.word_count == 0:
            self.empty += 1
        else:
            self.extracted += 1
            if outcome.word_count < min_words:
                self.short += 1

    def describe(self) -> str:
        """The end-of-batch summary, a few lines for a person."""
        lines = [f"{self.pages:,} pages in {_duration(self.elapsed)} ({self.pages_per_second:.1f} pages/s): "
                 f"{self.extracted:,} extracted, {self.empty:,} empty, {self.failures:,} failed"]
        if self.short:
            lines.append(f"  {self.short:,} shorter than --min-words")
        for error_type, pages in self.failed.most_common():
            lines.append(f"  {error_type}: {pages:,}")
        if self.skipped:
            lines.append(f"  {self.skipped:,} skipped, already done by an earlier run")
        if self.left_out:
            types = ", ".join(f"{name} {pages:,}" for name, pages in self.left_out.most_common())
            lines.append(f"  {sum(self.left_out.values()):,} not written, page type not selected: {types}")
        return "\n".join(lines)

    def is_failure(self, strict: bool) -> bool:
        """True when the exit code should say so: any failed page, and with `strict` any page
        that came out empty or shorter than --min-words."""
        return self.failures > 0 or (strict and (self.empty + self.short) > 0)


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    return f"{minutes}m {seconds:04.1f}s" if minutes else f"{seconds:.1f}s"


def run_batch(options: BatchOptions, stream: IO[str] | None = None,
              progress: Callable[[Outcome, Summary], None] | None = None) -> Summary:
    """Extract every page of `options.inputs` and write the records; returns what happened.
    Ctrl-C stops it cleanly: what was written stays written, and `summary.interrupted` is set."""
    summary = Summary()
    started = time.monotonic()
    sink = open_sink(options, stream or sys.stdout)
    try:
        with open_engine(options) as engine:
            for outcome in engine.imap(_items(options, sink, summary)):
                if is_selected(outcome, options.page_types):
                    sink.write(outcome.source, outcome.line)
                else:
                    sink.skip(outcome.source, left_out_marker(outcome))
                    summary.left_out[outcome.page_type or UNKNOWN_PAGE_TYPE] += 1
                summary.count(outcome, options.min_words)
                summary.elapsed = time.monotonic() - started
                if progress is not None:
                    progress(outcome, summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        sink.close()
        summary.elapsed = time.monotonic() - started
    return summary


def is_selected(outcome: Outcome, page_types: tuple[str, ...]) -> bool:
    """Whether --page-type lets the page's record through; a failed page always goes through, since
    its type is unknown and the failure must be seen."""
    if not page_types or outcome.error_type:
        return True
    return (outcome.page_type or UNKNOWN_PAGE_TYPE) in page_types


def left_out_marker(outcome: Outcome) -> str:
    """The line written for a page that --page-type left out: enough for --resume to know it is
    done, and for a reader to tell it from a record (`skipped` set, no `body`)."""
    return to_json({"schema": SCHEMA, "source": outcome.source, "page_type": outcome.page_type,
                    "skipped": "page_type"})


def open_sink(options: BatchOptions, stream: IO[str]):
    """The sink the options name. Raises `ResumeFileError` for a JSON Lines file to resume that
    holds a broken line before its last, and ValueError for inputs whose records would share a file
    in the output directory."""
    if options.output_dir is not None:
        clash = output_clash(options.inputs)
        if clash:
            raise ValueError(clash)
        return DirectorySink(options.output_dir, resume=options.resume)
    if options.output is not None:
        return JsonLinesSink(options.output, resume=options.resume)
    return StreamSink(stream, indent=options.indent)


def open_engine(options: BatchOptions):
    if options.scheduler:
        from .dask_engine import DaskEngine

        return DaskEngine(options.scheduler, options.extract, options.worker_count, options.timeout,
                          options.memory_limit_mb)
    if options.worker_count == 0:
        return InProcessEngine(options.extract)
    memory_limit = options.memory_limit_mb * 1024 * 1024 if options.memory_limit_mb else None
    return WorkerPool(options.worker_count, options.extract, options.timeout, memory_limit)


def _items(options: BatchOptions, sink, summary: Summary) -> Iterator[Task | Outcome]:
    def skip(source: str) -> bool:
        if sink.is_done(source):
            summary.skipped += 1
            return True
        return False

    pages = iter_pages(list(options.inputs), options.extract.max_bytes, skip=skip)
    for index, page in enumerate(pages):
        yield _item(index, page, options.extract)


def _item(index: int, page: Page, options: Options) -> Task | Outcome:
    if page.error is not None:
        return error_outcome(index, page.source, page.error, page.url or options.url)
    return Task(index, page.source, page.data, page.url)


class InProcessEngine:
    """Pages extracted one after another in this process: no start-up cost, no isolation."""

    def __init__(self, options: Options):
        self.options = options

    def __enter__(self) -> InProcessEngine:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def imap(self, items) -> Iterator[Outcome]:
        for item in items:
            yield item if isinstance(item, Outcome) else extract_task(item, self.options)
