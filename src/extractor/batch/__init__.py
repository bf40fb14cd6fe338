"""Batches: pages in input order through worker processes or Dask, limits, resume, one sink."""

from .runner import BatchOptions, Summary, run_batch

__all__ = ["BatchOptions", "Summary", "run_batch"]
