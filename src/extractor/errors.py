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


class NestingTooDeepError(ExtractorError):
    """A page whose elements nest deeper than the limit (the parser would drop the rest)."""

    def __init__(self, depth: int, limit: int):
        super().__init__(
            f"page nests elements {depth:,} levels deep, over the limit of {limit:,}; "
            "raise it with --max-depth"
        )


class TooManyElementsError(ExtractorError):
    """A page with more elements than the limit (extraction time grows faster than their number)."""

    def __init__(self, elements: int, limit: int):
        super().__init__(
            f"page has {elements:,} elements, over the limit of {limit:,}; raise it with --max-elements"
        )


class PageTooComplexError(ExtractorError):
    """A page that exhausted Python's recursion limit in some stage (a last line of defence)."""

    def __init__(self, stage: str):
        super().__init__(
            f"page is nested too deeply to extract (out of recursion depth in {stage}); "
            "lower --max-depth so that such pages are refused before extraction"
        )


class PageTimeoutError(ExtractorError):
    """A page that took longer than the batch's per-page time limit; its worker was replaced."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction took longer than {seconds:g} s and was stopped; raise --timeout")


class WorkerCrashedError(ExtractorError):
    """The worker process died while extracting this page (a segfault, the kernel's OOM killer)."""

    def __init__(self, how: str):
        super().__init__(f"the worker died while extracting this page ({how}); a fresh one took over")
