"""extractor: clean article records from scraped news pages.

    >>> from extractor import extract
    >>> article = extract(open("page.html", "rb").read(), url="https://example.org/a")
    >>> article.title, article.to_dict()["body"]
"""

from __future__ import annotations

from .errors import ExtractorError, InputTooLargeError, NotHtmlError
from .model import SCHEMA, Article, Image, Options, Quote, Removal

__all__ = ["extract", "Article", "Options", "Quote", "Image", "Removal", "SCHEMA",
           "ExtractorError", "NotHtmlError", "InputTooLargeError"]
__version__ = "0.1.0"


def extract(data: bytes | str, *, url: str | None = None, input_format: str = "auto",
            options: Options | None = None, source: str = "-") -> Article:
    """Extract one page (HTML or a text dump, as bytes or str) into an `Article`.

    Raises `ExtractorError` (e.g. `NotHtmlError`) when the input is not a page at all.
    """
    # The pipeline (trafilatura, the pattern tables) loads on the first page, not on `import
    # extractor`: `extractor --help` and scripts that only read records do not pay for it.
    from .pipeline import run

    if options is None:
        options = Options(url=url, input_format=input_format)
    article = Article(source=source)
    if isinstance(data, bytes):
        article.raw = data
    else:
        article.text = data
    return run(article, options)
