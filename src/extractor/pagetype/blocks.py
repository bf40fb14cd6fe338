"""The page's repeated sibling blocks and its text by kind of element: a listing is a run of alike
teasers, a forum thread a run of alike posts, a product page a few prices and a form, documentation
headings and code. Text is measured in characters without whitespace, so every script counts alike."""

from __future__ import annotations

import math

from lxml import etree

from .signals import CURRENCY_SIGNS

# Elements that can be one item of a repeated run: a card, a post, a row, a list entry.
ITEM_TAGS = ("div", "li", "article", "section", "tr", "dd", "dt", "blockquote")
# A run shorter than this is no run: two alike boxes are a layout, three or more a list.
MIN_RUN = 3
TEXT_NODES = etree.XPath("descendant::text()", smart_strings=False)
LINK_TEXT_NODES = etree.XPath("descendant::a//text()", smart_strings=False)
TEXT_OF = {
    "p": etree.XPath("//body//p//text()", smart_strings=False),
    "li": etree.XPath("//body//li//text()", smart_strings=False),
    "heading": etree.XPath("//body//h1//text() | //body//h2//text() | //body//h3//text() | //body//h4//text()",
                           smart_strings=False),
    "code": etree.XPath("//body//pre//text() | //body//code//text()", smart_strings=False),
    "table": etree.XPath("//body//td//text()", smart_strings=False),
}
LINKED_HEADINGS = etree.XPath("count(//h2[.//a] | //h3[.//a] | //h4[.//a])")
HEADINGS = etree.XPath("count(//h2 | //h3 | //h4)")


def block_features(tree, text: str, total: int) -> dict[str, float]:
    """Features of the longest run of alike siblings, of text shares by element kind, of headings
    that are links, and of price-shaped numbers."""
    features = _run_features(tree, total)
    for kind, xpath in TEXT_OF.items():
        features[f"share_{kind}"] = chars(xpath(tree)) / max(total, 1)
    headings = HEADINGS(tree)
    features["linked_headings"] = LINKED_HEADINGS(tree) / headings if headings else 0.0
    features["n_headings"] = math.log1p(headings)
    features["price_numbers"] = math.log1p(_prices(text))
    return features


def alike_runs(tree):
    """Each run of MIN_RUN or more siblings with one tag and one class, as the list of its items,
    gathered in one walk."""
    runs: dict = {}
    for element in tree.iter(ITEM_TAGS):
        parent = element.getparent()
        if parent is not None:
            runs.setdefault((parent, element.tag, element.get("class", "")), []).append(element)
    return [items for items in runs.values() if len(items) >= MIN_RUN]


def _run_features(tree, total: int) -> dict[str, float]:
    """The run of alike siblings that holds the most text: its length, its share of the page's text,
    how long an item is, and how much of it is link text."""
    best = (0, 0, 0, 0)  # chars, items, link chars, items with a link
    for items in alike_runs(tree):
        run_chars = sum(chars(TEXT_NODES(item)) for item in items)
        if run_chars > best[0]:
            links = [chars(LINK_TEXT_NODES(item)) for item in items]
            best = (run_chars, len(items), sum(links), sum(1 for n in links if n))
    run_chars, items, link_chars, linked = best
    return {
        "run_items": math.log1p(items),
        "run_share": run_chars / max(total, 1),
        "run_item_chars": math.log1p(run_chars / items) if items else 0.0,
        "run_link_share": link_chars / run_chars if run_chars else 0.0,
        "run_linked_items": linked / items if items else 0.0,
    }


def _prices(text: str) -> int:
    """Currency signs with a digit just before or after them (one space allowed)."""
    count = 0
    for sign in CURRENCY_SIGNS:
        start = text.find(sign)
        while start != -1:
            near = text[max(start - 2, 0):start] + text[start + 1:start + 3]
            count += any(c.isdigit() for c in near)
            start = text.find(sign, start + 1)
    return count


def chars(texts: list[str]) -> int:
    """Characters without whitespace: every script counts alike, spaced or not."""
    return len("".join("".join(texts).split()))
