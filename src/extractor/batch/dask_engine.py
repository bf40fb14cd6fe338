"""The same batch on Dask distributed: pages go to a cluster's workers as tasks, records come back
in input order through a bounded window. Needs the optional extra: pip install 'extractor[dask]'."""

from __future__ import annotations

import collections
import contextlib
import logging
import time
from collections.abc import Iterable, Iterator

from ..errors import ExtractorError, PageTimeoutError, WorkerCrashedError
from ..model import Options
from .workers import WINDOW_PER_WORKER, Outcome, Task, error_outcome, extract_task

LOCAL = "local"
# What a local cluster's processes log while it shuts down: a worker's heartbeat to a scheduler
# that has just closed fails with a logged traceback (dask/distributed#7192), on a run that went
# well. Silenced only on a cluster this run started and only for its shutdown.
SHUTDOWN_LOGGERS = ("distributed.worker", "distributed.nanny", "distributed.core", "distributed.comm",
                    "distributed.scheduler", "distributed.batched")


class DaskNotInstalledError(ExtractorError):
    def __init__(self):
        super().__init__("--scheduler needs Dask: pip install 'extractor[dask]'")


def quiet_shutdown_logs() -> None:
    """Run on each worker of a cluster this run started, just before it closes."""
    for name in SHUTDOWN_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)


def run_task(task: Task, options: Options) -> Outcome:
    """What a Dask worker runs for one page."""
    return extract_task(task, options)


class DaskEngine:
    """`scheduler` is "local" (a LocalCluster of `workers` processes on this machine) or the
    address of a running scheduler ("tcp://host:8786")."""

    def __init__(self, scheduler: str, options: Options, workers: int, timeout: float | None = None,
                 memory_limit_mb: int | None = None):
        try:
            import distributed
        except ImportError:
            raise DaskNotInstalledError() from None
        self._distributed = distributed
        self.scheduler = scheduler
        self.options = options
        self.workers = max(1, workers)
        self.timeout = timeout
        self.memory_limit_mb = memory_limit_mb
        self.cluster = None
        self.client = None

    def __enter__(self) -> DaskEngine:
        distributed = self._distributed
        if self.scheduler == LOCAL:
            memory = f"{self.memory_limit_mb}MB" if self.memory_limit_mb else "auto"
            self.cluster = distributed.LocalCluster(n_workers=self.workers, threads_per_worker=1,
                                                    processes=True, memory_limit=memory,
                                                    dashboard_address=None)
            self.client = distributed.Client(self.cluster)
        else:
            self.client = distributed.Client(self.scheduler)
        return self

    def __exit__(self, *exc) -> None:
        if self.cluster is None or self.client is None:  # a remote scheduler's, or a cluster never joined
            for part in (self.client, self.cluster):
                if part is not None:
                    part.close()
            return
        with contextlib.suppress(Exception):  # a worker already gone has nothing left to say
            self.client.run(quiet_shutdown_logs)
        levels = {name: logging.getLogger(name).level for name in SHUTDOWN_LOGGERS}
        quiet_shutdown_logs()  # the local cluster's scheduler runs in this process: quiet while it closes
        try:
            self.client.close()
            self.cluster.close()
        finally:
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)

    def imap(self, items: Iterable[Task | Outcome]) -> Iterator[Outcome]:
        """Outcomes in index order, at most a window of pages in flight on the cluster."""
        window = self.workers * WINDOW_PER_WORKER
        if self.scheduler != LOCAL:
            window = max(window, sum(self.client.nthreads().values()) * WINDOW_PER_WORKER)
        in_flight: collections.deque = collections.deque()
        head_since = time.monotonic()
        for item in items:
            in_flight.append(self._submit(item))
            while len(in_flight) >= window:
                yield self._result(in_flight.popleft(), head_since)
                head_since = time.monotonic()
        while in_flight:
            yield self._result(in_flight.popleft(), head_since)
            head_since = time.monotonic()

    def _submit(self, item: Task | Outcome):
        if isinstance(item, Outcome):
            return item, None
        future = self.client.submit(run_task, item, self.options, pure=False)
        return item, future

    def _result(self, pending, head_since: float) -> Outcome:
        """The page's outcome. Its time limit runs from when it reached the head of the queue, as
        the client cannot see when a worker started it; Dask cannot stop a running task, so a
        page that times out keeps its worker thread busy until it ends."""
        item, future = pending
        if future is None:
            return item
        remaining = None if self.timeout is None else max(0.0, head_since + self.timeout - time.monotonic())
        import asyncio  # loaded with Dask anyway; not at import, where a one-page run would pay for it

        try:
            return future.result(timeout=remaining)
        except (TimeoutError, asyncio.TimeoutError):
            future.cancel()
            return error_outcome(item.index, item.source, PageTimeoutError(self.timeout), item.url)
        except self._distributed.KilledWorker as error:
            return error_outcome(item.index, item.source, WorkerCrashedError(f"Dask: {error}"), item.url)


def is_dask_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None
