"""Pages extracted in worker processes: one page at a time per worker, each with a time limit and a
memory limit; a page that hangs, raises or kills its worker becomes an error record and a fresh
worker takes over. Results come back in input order through a bounded window."""

from __future__ import annotations

import dataclasses
import signal
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..emit import to_json
from ..errors import ExtractorError, PageTimeoutError, WorkerCrashedError
from ..model import Article, Options
from ..pipeline import run_safely

# A worker is replaced after this many pages, so whatever a library caches or leaks per page
# (lxml, trafilatura, the allocator's fragmentation) cannot grow without bound over a long batch.
PAGES_PER_WORKER = 500

# Pages dispatched but not yet written, per worker: enough to keep every worker busy while one
# slow page holds up the ordered output, small enough that memory stays flat.
WINDOW_PER_WORKER = 32

# forkserver: workers fork from a small clean process that has imported the pipeline once, so a
# replacement worker starts in milliseconds and never inherits the parent's threads (progress bar).
START_METHOD = "forkserver"
PRELOAD = ["extractor.batch.workers"]

MEMORY_MESSAGE = "the page needed more memory than a worker may use; raise it with --memory-limit"


@dataclass(frozen=True)
class Task:
    index: int
    source: str
    data: bytes
    url: str | None = None


@dataclass(frozen=True)
class Outcome:
    """A page's record as one JSON line, and what the summary needs to know about it."""

    index: int
    source: str
    line: str
    error_type: str | None = None
    error_message: str | None = None
    word_count: int = 0
    page_type: str | None = None


def outcome_of(index: int, article: Article, explain: bool) -> Outcome:
    error = article.error or {}
    return Outcome(index, article.source, to_json(article.to_dict(explain=explain)), error.get("type"),
                   error.get("message"), article.word_count, article.page_type)


def error_outcome(index: int, source: str, error: ExtractorError | dict, url: str | None = None) -> Outcome:
    article = Article(source=source, url=url)
    article.error = error if isinstance(error, dict) else error.to_dict()
    return outcome_of(index, article, explain=False)


def extract_task(task: Task, options: Options) -> Outcome:
    """Extract one page in the current process; an unexpected exception becomes an error record."""
    if task.url:
        options = dataclasses.replace(options, url=task.url)
    article = Article(source=task.source, raw=task.data)
    try:
        article = run_safely(article, options)
    except (Exception, MemoryError) as error:  # noqa: BLE001 - a bug on one page must not stop the batch
        message = MEMORY_MESSAGE if isinstance(error, MemoryError) else str(error)
        return error_outcome(task.index, task.source, {"type": type(error).__name__, "message": message},
                             options.url)
    return outcome_of(task.index, article, options.explain)


def _worker_main(conn, options: Options, memory_limit: int | None) -> None:
    # Ctrl-C, and SIGTERM or SIGHUP sent to the whole process group (`timeout`, systemd, a closed
    # terminal), are the parent's to handle: it stops the workers itself once its records are safe.
    for stop_signal in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop_signal, signal.SIG_IGN)
    if memory_limit:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if task is None:
            return
        conn.send(extract_task(task, options))


class _Worker:
    def __init__(self, context, args: tuple):
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, args=(child, *args), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.deadline = 0.0
        self.pages = 0

    def send(self, task: Task, timeout: float | None) -> None:
        self.task = task
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send(task)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


def describe_exit(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"killed by {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exit status {exitcode}"


class WorkerPool:
    """`size` worker processes; `imap` sends them tasks and yields outcomes in input order."""

    def __init__(self, size: int, options: Options, timeout: float | None = None,
                 memory_limit: int | None = None):
        self.size = max(1, size)
        self.timeout = timeout
        self.window = self.size * WINDOW_PER_WORKER
        import multiprocessing  # here, not at import: a one-page run in this process never needs it

        self._context = multiprocessing.get_context(START_METHOD)
        if START_METHOD == "forkserver":
            self._context.set_forkserver_preload(PRELOAD)
        self._args = (options, memory_limit)
        self._workers: list[_Worker] = []
        self._ready: dict[int, Outcome] = {}

    def __enter__(self) -> WorkerPool:
        self._workers = [_Worker(self._context, self._args) for _ in range(self.size)]
        return self

    def __exit__(self, *exc) -> None:
        self.close(kill=exc[0] is not None)

    def close(self, kill: bool = False) -> None:
        for worker in self._workers:
            worker.stop(kill=kill)
        self._workers = []

    def imap(self, items: Iterable[Task | Outcome]) -> Iterator[Outcome]:
        """Outcomes in index order. An `Outcome` among the items (a page that could not be read)
        passes straight through, in its place; indices must count up from 0 without gaps."""
        items = iter(items)
        next_out = 0
        taken = 0
        exhausted = False
        while True:
            while not exhausted and taken - next_out < self.window:
                worker = self._idle_worker()
                if worker is None:
                    break
                item = next(items, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, Outcome):
                    self._ready[item.index] = item
                    taken += 1
                else:
                    worker.send(item, self.timeout)
                    taken += 1
            while next_out in self._ready:
                yield self._ready.pop(next_out)
                next_out += 1
            if exhausted and next_out == taken:
                return
            self._wait()

    def _idle_worker(self) -> _Worker | None:
        for position, worker in enumerate(self._workers):
            if worker.task is None:
                if not worker.process.is_alive() or worker.pages >= PAGES_PER_WORKER:
                    worker = self._replace(position, kill=not worker.process.is_alive())
                return worker
        return None

    def _replace(self, position: int, kill: bool) -> _Worker:
        self._workers[position].stop(kill=kill)
        self._workers[position] = _Worker(self._context, self._args)
        return self._workers[position]

    def _wait(self) -> None:
        from multiprocessing.connection import wait

        busy = [worker for worker in self._workers if worker.task is not None]
        if not busy:
            return
        timeout = max(0.0, min(worker.deadline for worker in busy) - time.monotonic())
        ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                     timeout=None if timeout == float("inf") else timeout)
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                self._collect(worker)
            elif time.monotonic() >= worker.deadline:
                self._fail(worker, PageTimeoutError(self.timeout), kill=True)

    def _collect(self, worker: _Worker) -> None:
        try:
            if not worker.conn.poll():
                raise EOFError
            outcome = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            self._fail(worker, WorkerCrashedError(describe_exit(worker.process.exitcode)), kill=True)
            return
        self._ready[outcome.index] = outcome
        worker.task = None
        worker.pages += 1
        if outcome.error_type == "MemoryError":
            self._replace(self._workers.index(worker), kill=False)  # its heap may be in pieces

    def _fail(self, worker: _Worker, error: ExtractorError, kill: bool) -> None:
        task = worker.task
        self._ready[task.index] = error_outcome(task.index, task.source, error, task.url)
        self._replace(self._workers.index(worker), kill=kill)
