"""A candidate body for pages whose main content is a list of items: the page's main region.

On a listing (a section front, a search result, a category) or a collection (a shop's product grid),
the main content is every item: its headline, which is a link, and its teaser or price. trafilatura
looks for an article and keeps prose, so it keeps a few teasers and drops the linked headlines. The
main region is what the page marks as its main content (`<main>`, `role="main"`), or else its body
without navigation, header, footer, sidebars and forms (the containers named like boilerplate
already pruned). Where that region holds most of what trafilatura kept, is several times as long
and is mostly link text, trafilatura has missed the list, and the region is the body.

On wcxb-dev-other's and wcxb-dev-articles' tuning pages typed listing or collection (83 pages):
body F1 0.549 -> 0.607, precision 0.694 -> 0.695. Taking the region more often raised F1 further
(0.662 wherever it is twice as long) but cost precision (0.638), on the check halves as well: the
thresholds are the best F1 that keeps precision.
"""

from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from ..model import Article, Options
from ..text import normalise_block

# The kinds of page whose main content is their list of items.
LIST_PAGE_TYPES = ("listing", "collection")
# Where pages mark their main content: the first <main> or role="main" element in the document.
MAIN_REGION_XPATH = etree.XPath("(//main | //*[@role='main'])[1]")
# Furniture around the items, left out of a region found without a mark (and inside a marked one:
# a page's own header and footer can sit inside <main>).
LEFT_OUT_TAGS = frozenset(("nav", "header", "footer", "aside", "form", "script", "style", "noscript",
                           "template", "svg", "button", "select", "textarea", "iframe"))
# Tags whose start and end part the text into blocks; every other tag runs on in its block.
BLOCK_TAGS = frozenset(("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
                        "table", "tr", "td", "th", "section", "article", "figure", "figcaption", "blockquote",
                        "pre", "br", "hr", "main", "body", "address", "details", "summary"))
# Words as \w runs: the two texts split alike in every script, which is all a comparison needs.
WORD_RE = re.compile(r"\w+")
# The region replaces trafilatura's body where it holds at least this share of its words (the same
# part of the page, taken whole), has this many times as many words (trafilatura kept a few teasers
# of the list) and this share of its text is link text (a list of items is a list of links). Chosen
# on the tuning pages as the best body F1 that does not lower precision (see the module docstring).
MIN_SHARED_SHARE = 0.5
MIN_LENGTH_RATIO = 4.0
MIN_LINK_SHARE = 0.4


def choose_main_region(article: Article, options: Options) -> Article:
    """On a listing or a collection, the main region in place of trafilatura's body where they agree."""
    if article.page_type not in LIST_PAGE_TYPES or article.tree is None:
        return article
    region = main_region(article.tree)
    if region is None:
        return article
    text, link_share = read_region(region)
    body = article.body or ""
    if link_share >= MIN_LINK_SHARE and _agrees(body, text):
        if body:
            article.remove("replaced_by_main_region", body, options)
        article.body = text
    return article


def main_region(tree):
    """The element the page marks as its main content, or its <body>."""
    marked = MAIN_REGION_XPATH(tree)
    if marked:
        return marked[0]
    return tree.find(".//body")


def region_text(element) -> str:
    """The region's text as paragraphs (one per block), its furniture left out."""
    return read_region(element)[0]


def read_region(element) -> tuple[str, float]:
    """The region's text as paragraphs, and the share of its characters that are link text."""
    blocks: list[str] = []
    parts: list[str] = []
    skipped = set()  # left-out elements: their text is not the region's, their tail is
    link_depth, link_chars, chars = 0, 0, 0
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if not isinstance(node.tag, str):
            continue
        if event == "start":
            if node is not element and node.tag in LEFT_OUT_TAGS:
                walker.skip_subtree()
                skipped.add(node)
                continue
            if node.tag in BLOCK_TAGS:
                _flush(parts, blocks)
            link_depth += node.tag == "a"
            text = node.text
        else:
            if node not in skipped:
                link_depth -= node.tag == "a"
                if node.tag in BLOCK_TAGS:
                    _flush(parts, blocks)
            text = node.tail if node is not element else None
        if text:
            parts.append(text)
            chars += len(text)
            link_chars += len(text) if link_depth else 0
    _flush(parts, blocks)
    return "\n\n".join(blocks), link_chars / max(1, chars)


def _flush(parts: list[str], blocks: list[str]) -> None:
    block = normalise_block(" ".join("".join(parts).split()))
    if block:
        blocks.append(block)
    parts.clear()


def _agrees(body: str, region: str) -> bool:
    body_words, region_words = _bag(body), _bag(region)
    body_total, region_total = sum(body_words.values()), sum(region_words.values())
    if not region_total or region_total < MIN_LENGTH_RATIO * body_total:
        return False
    shared = sum((body_words & region_words).values())
    return not body_total or shared >= MIN_SHARED_SHARE * body_total


def _bag(text: str) -> Counter:
    return Counter(WORD_RE.findall(text.lower()))
