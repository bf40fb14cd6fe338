"""The filter stage: drop boilerplate blocks from the body, each removal recorded with its kind."""

from __future__ import annotations

import re

from .boilerplate import boilerplate_kind
from .model import Article, Options

# How far into the body the headline may be repeated before the article starts.
HEADLINE_WINDOW = 3
# A leading or trailing block this short, without a sentence's punctuation, is page furniture
# (breadcrumbs, bylines, counters, single links) rather than article text.
EDGE_MAX_WORDS = 4
# A repeated block this long is a pull quote or a duplicated teaser; shorter repeats are
# usually legitimate repeated headings ("Pros & Cons" under each product).
MIN_DUPLICATE_WORDS = 10
SENTENCE_END_RE = re.compile(r"[.!?…:\"”»)]$")


def filter_boilerplate(article: Article, options: Options) -> Article:
    blocks = article.paragraphs
    kept: list[str] = []
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        kind = _block_kind(block, index, article.title, seen)
        if kind:
            article.remove(kind, block, options)
        else:
            kept.append(block)
            seen.add(_fold(block))
    article.body = "\n\n".join(_trim_trailing_widgets(kept, article, options))
    return article


def _block_kind(block: str, index: int, title: str | None, seen: set[str]) -> str | None:
    folded = _fold(block)
    if index < HEADLINE_WINDOW and title and folded == _fold(title):
        return "headline"
    if folded in seen and len(folded.split()) >= MIN_DUPLICATE_WORDS:
        return "duplicate"
    return boilerplate_kind(block)


def _trim_trailing_widgets(blocks: list[str], article: Article, options: Options) -> list[str]:
    """Drop the run of tiny non-sentence blocks that widgets leave at the end of a story."""
    end = len(blocks)
    while end > 1 and _is_widget_like(blocks[end - 1]):
        end -= 1
    for block in blocks[end:]:
        article.remove("widget", block, options)
    return blocks[:end]


def _is_widget_like(block: str) -> bool:
    return len(block.split()) <= EDGE_MAX_WORDS and not SENTENCE_END_RE.search(block) and "\n" not in block


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
