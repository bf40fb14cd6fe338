"""Where the page's links lead, and how long its headline is: a listing pages through its items
("?page=2", "/page/3", <link rel="next">), a forum thread links to its posters and to replies, an
article to its author, documentation to the source of the page; an article's title is a sentence,
other pages' titles a name or two."""

from __future__ import annotations

import math
import re

from lxml import etree

from ..model import Article
from ..text import word_count
from .signals import HREF_KINDS, HREF_WORD_KINDS

HREFS = etree.XPath("//a/@href", smart_strings=False)
PAGING_LINKS = etree.XPath("count(//link[@rel='next' or @rel='prev'])")
# Each word of HREF_WORD_KINDS standing whole between the punctuation of an address.
HREF_WORD_RE = re.compile(r"(?<![^/\-_.?=&+,;:%#])(?:" + "|".join(sorted(HREF_WORD_KINDS, key=len, reverse=True))
                          + r")(?![^/\-_.?=&+,;:%#])")
# A link to another page of the same list: "?page=2", "&p=3", "?start=40", "/page/3".
PAGING_RE = re.compile(r"[?&](?:page|p|start|offset)=\d|/page/\d")
# Titles longer than this many words are all alike for the model: a long headline.
MAX_TITLE_WORDS = 40


def link_features(tree) -> dict[str, float]:
    """Counts of the links that lead to each kind of page in HREF_WORD_KINDS, of links to another
    page of the same list, and whether the head names a next or previous page."""
    counts = dict.fromkeys(HREF_KINDS, 0)
    paging = 0
    for href in HREFS(tree):
        href = href.strip().lower()
        if href.startswith(("#", "tel:", "mailto:", "javascript:")):
            continue
        words = HREF_WORD_RE.findall(href)
        if words:  # a link counts once for each kind it names
            for kind in {HREF_WORD_KINDS[word] for word in words}:
                counts[kind] += 1
        paging += PAGING_RE.search(href) is not None
    features = {f"href_{kind}": math.log1p(count) for kind, count in counts.items()}
    features["href_paging"] = math.log1p(paging)
    features["rel_next"] = float(PAGING_LINKS(tree) > 0)
    return features


def headline_features(article: Article) -> dict[str, float]:
    """Words in the page's title and in its first h1, in any script."""
    h1 = next(article.tree.iter("h1"), None) if article.tree is not None else None
    h1_text = "".join(h1.itertext()) if h1 is not None else ""
    return {
        "title_words": math.log1p(min(word_count(article.title or ""), MAX_TITLE_WORDS)),
        "h1_words": math.log1p(min(word_count(h1_text), MAX_TITLE_WORDS)),
    }
