"""The stages a page goes through, in order. Each is `stage(article, options) -> article`."""

from __future__ import annotations

import time

from .boilerplate import filter_boilerplate, prune_boilerplate_elements
from .errors import ExtractorError, InputTooLargeError, PageTooComplexError
from .html import (
    check_tree_limits,
    choose_body,
    choose_main_region,
    drop_inert_elements,
    extract_main_content,
    parse_html,
)
from .images import extract_images, read_picture_hints
from .metadata import extract_metadata
from .model import SHORT_BODY_WORDS, Article, Options
from .pagetype import classify_page
from .quotes import extract_quotes
from .sources import decode_input, detect_format
from .textdump import extract_text_dump

# The text path classifies its lines against the same boilerplate table itself, so only HTML
# bodies go through the filter stage. The page type and the pictures' structured data are read from
# the whole page, before pruning and before its scripts and <meta> are dropped.
HTML_STAGES = (parse_html, check_tree_limits, extract_metadata, classify_page, read_picture_hints,
               prune_boilerplate_elements, drop_inert_elements, extract_main_content, choose_main_region,
               filter_boilerplate, choose_body)
TEXT_STAGES = (extract_text_dump,)


def extract_content(article: Article, options: Options) -> Article:
    stages = HTML_STAGES if article.input_format == "html" else TEXT_STAGES
    for stage in stages:
        article = _timed(stage, article, options)
    return article


def check_body(article: Article, options: Options) -> Article:
    if not article.body:
        article.warnings.append("no article text found")
    elif article.word_count < SHORT_BODY_WORDS:
        article.warnings.append(f"body shorter than {SHORT_BODY_WORDS} words")
    return article


# Images run before quotes: they take stray captions out of the body, and quotes carry offsets
# into the final body.
STAGES = (decode_input, detect_format, extract_content, extract_images, check_body, extract_quotes)


def run(article: Article, options: Options) -> Article:
    """Send a page through every stage. Raises `ExtractorError` for a page that cannot be read."""
    size = len(article.raw) if article.raw is not None else len(article.text or "")
    if size > options.max_bytes:
        raise InputTooLargeError(size, options.max_bytes)
    for stage in STAGES:
        article = _timed(stage, article, options)
    article.tree = None  # the tree is large; nothing after the pipeline needs it
    article.picture_hints = {}  # it holds elements of the tree
    return article


def run_safely(article: Article, options: Options) -> Article:
    """Like `run`, but a page that cannot be read becomes a record with `error` set."""
    try:
        return run(article, options)
    except ExtractorError as error:
        failed = Article(source=article.source, input_format=article.input_format, url=options.url)
        failed.error = error.to_dict()
        return failed


def _timed(stage, article: Article, options: Options) -> Article:
    started = time.perf_counter()
    try:
        article = stage(article, options)
    except RecursionError:  # libraries that walk the tree recursively, on a page deeper than they bear
        raise PageTooComplexError(stage.__name__) from None
    article.timings[stage.__name__] = time.perf_counter() - started
    return article
