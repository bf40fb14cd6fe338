"""Batches: pages in input order through worker processes or Dask, limits, resume, one sink."""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["BatchOptions", "Summary", "run_batch"]

if TYPE_CHECKING:
    from .runner import BatchOptions, Summary, run_batch


def __getattr__(name: str):
    # Loaded on first use (PEP 562): the runner imports the whole pipeline, which a command that
    # only prints help or the schema must not wait for.
    if name in __all__:
        from . import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
