"""What a container's content says about it: the features the prune model weighs beside its name.

A class or id naming boilerplate ("share", "related", "ad") is only a hint: the same words name an
article's own sections ("sharing-with-your-team", "postList", "story--Ads"). The content decides:
how much of it is link text, how long and sentence-like its texts are, whether they are table hits,
and how much of the page's prose it holds. One row of numbers per container, the same for
training (train/prune_model.py) and at run time (prune.py).
"""

from __future__ import annotations

import math

from lxml import etree

from ..text import ends_sentence, word_count
from .table import ELEMENT_KINDS, boilerplate_kind

# Elements whose text is one block of the container (a paragraph, an item, a heading, a cell).
BLOCK_XPATH = etree.XPath(".//p | .//li | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6 | .//blockquote"
                          " | .//dd | .//td | .//figcaption")
LINK_TEXT_XPATH = etree.XPath(".//a//text()", smart_strings=False)
# All text, then the text of scripts and styles taken off: one predicate per text node costs more.
ALL_TEXT_XPATH = etree.XPath(".//text()", smart_strings=False)
INVISIBLE_TEXT_XPATH = etree.XPath(".//script//text() | .//style//text() | .//noscript//text()", smart_strings=False)
PARAGRAPH_TEXT_XPATH = etree.XPath(".//p//text()", smart_strings=False)
# Tags with their own feature; every other container tag shares one.
TAG_GROUPS = {"aside": 0, "nav": 1, "footer": 2, "header": 3, "form": 4, "ul": 5, "ol": 5}
TAG_GROUP_COUNT = 7
# Blocks at most this long are asked whether they are table hits (longer ones are prose).
MAX_HIT_WORDS = 14
# The first blocks of a container are enough to judge its shape: a long list costs no more.
MAX_BLOCKS = 40

FEATURE_NAMES = (
    *(f"kind={kind}" for kind in ELEMENT_KINDS), "from_role",
    *(f"tag={tag}" for tag in ("aside", "nav", "footer", "header", "form", "list", "other")),
    "log_words", "page_word_share", "page_paragraph_share", "link_density", "log_blocks",
    "log_words_per_block", "sentence_share", "table_hit_share", "has_h1", "log_paragraphs", "empty",
)


class PageTotals:
    """The page-wide counts each container is compared with, computed once a page."""

    def __init__(self, tree):
        text = visible_text(tree)
        self.chars = len(text)
        self.words = max(1, word_count(text))
        self.paragraph_words = max(1, word_count(" ".join(PARAGRAPH_TEXT_XPATH(tree))))


def container_features(element, kind: str, from_role: bool, page: PageTotals, text: str | None = None) -> list[float]:
    """The numbers the prune model reads for one container named like `kind` (`text`: its
    `visible_text`, where the caller has it already)."""
    kinds = [0.0] * len(ELEMENT_KINDS)
    kinds[ELEMENT_KINDS.index(kind)] = 1.0
    tags = [0.0] * TAG_GROUP_COUNT
    tags[TAG_GROUPS.get(element.tag, TAG_GROUP_COUNT - 1)] = 1.0
    text = visible_text(element) if text is None else text
    words = word_count(text)
    chars = max(1, len(text.replace(" ", "")))
    link_chars = sum(len(part.replace(" ", "")) for part in LINK_TEXT_XPATH(element))
    blocks = _blocks(element, text)
    block_words = [word_count(block) for block in blocks]
    paragraphs = len(element.findall(".//p"))
    return [
        *kinds, float(from_role), *tags,
        math.log1p(words), words / page.words,
        word_count(" ".join(PARAGRAPH_TEXT_XPATH(element))) / page.paragraph_words,
        min(1.0, link_chars / chars), math.log1p(len(blocks)),
        math.log1p(sum(block_words) / len(blocks)) if blocks else 0.0,
        sum(map(ends_sentence, blocks)) / len(blocks) if blocks else 0.0,
        _table_hit_share(blocks, block_words),
        float(element.find(".//h1") is not None), math.log1p(paragraphs), float(words == 0),
    ]


def visible_text(element) -> str:
    """The element's text with scripts and styles left out."""
    invisible = INVISIBLE_TEXT_XPATH(element)
    if not invisible:
        return " ".join(ALL_TEXT_XPATH(element))
    hidden = set(invisible)  # by value: a visible text equal to a script's whole text is vanishingly rare
    return " ".join(part for part in ALL_TEXT_XPATH(element) if part not in hidden)


def _blocks(element, text: str) -> list[str]:
    """The container's texts as blocks: its paragraphs, items, headings, cells (the innermost of
    nested ones count in their parent too, which is fine for shares); its whole text without them."""
    blocks = []
    for block in BLOCK_XPATH(element):
        joined = " ".join(" ".join(block.itertext()).split())
        if joined:
            blocks.append(joined)
            if len(blocks) == MAX_BLOCKS:
                break
    if not blocks and text.strip():
        blocks = [" ".join(text.split())]
    return blocks


def _table_hit_share(blocks: list[str], block_words: list[int]) -> float:
    short = [block for block, words in zip(blocks, block_words, strict=True) if words <= MAX_HIT_WORDS]
    if not short:
        return 0.0
    return sum(1 for block in short if boilerplate_kind(block)) / len(blocks)
