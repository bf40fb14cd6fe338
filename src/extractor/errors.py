"""Typed errors: each carries a reason a person can act on; the CLI maps them to exit codes."""

from __future__ import annotations


class ExtractorError(Exception):
    """A page that could not be processed. The record is still written, with `error` set."""

    def to_dict(self) -> dict:
        return {"type": type(self).__name__, "message": str(self)}


class NotHtmlError(ExtractorError):
    """The input is neither HTML nor a text dump (an image, an archive, random bytes)."""

    def __init__(self, what: str):
        super().__init__(f"not HTML or text ({what}); extractor reads HTML, text dumps, gzip and WARC")
        self.what = what


class InputTooLargeError(ExtractorError):
    def __init__(self, size: int, limit: int, what: str = "input"):
        super().__init__(
            f"{what} is {size:,} bytes, over the limit of {limit:,}; raise it with --max-bytes"
        )


class CompressedInputError(ExtractorError):
    """A gzip file that is truncated or corrupt."""


class InputReadError(ExtractorError):
    """A file that exists but cannot be read."""


class PageTimeoutError(ExtractorError):
    """A page that took longer than the batch's per-page time limit; its worker was replaced."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction took longer than {seconds:g} s and was stopped; raise --timeout")


class WorkerCrashedError(ExtractorError):
    """The worker process died while extracting this page (a segfault, the kernel's OOM killer)."""

    def __init__(self, how: str):
        super().__init__(f"the worker died while extracting this page ({how}); a fresh one took over")
