"""The text-dump path: a page flattened to its visible text, one block per line."""

from __future__ import annotations

from .model import Article, Options
from .text import join_paragraphs, normalise_block


def extract_text_dump(article: Article, options: Options) -> Article:
    blocks = (normalise_block(block) for block in (article.text or "").split("\n\n"))
    article.body = join_paragraphs(blocks)
    return article
