"""The numbers a page type is decided from, read in one walk of the parsed page and its structured
data. Text is measured in characters, not words, so that every script counts alike."""

from __future__ import annotations

import math
import re
from collections import Counter
from urllib.parse import urlsplit

from lxml import etree

from ..metadata.jsonld import jsonld_objects
from ..model import Article
from .signals import (
    JSONLD_KINDS,
    JSONLD_TYPE_KINDS,
    MARKUP_KINDS,
    MARKUP_WORD_KINDS,
    OG_KINDS,
    OG_TYPE_KINDS,
    URL_KINDS,
    URL_WORD_KINDS,
)

URL_SPLIT_RE = re.compile(r"[/\-_.?=&+,;:%]+")
MARKUP_SPLIT_RE = re.compile(r"[\s\-_]+")
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
DIGITS_RE = re.compile(r"^\d+$")
WHITESPACE_RE = re.compile(r"\s")
# A price: a currency sign beside a number, in any order.
PRICE_RE = re.compile(r"[$€£¥₹₽₩]\s?\d|\d\s?[$€£¥₹₽₩]|\d\s?(?:USD|EUR|GBP|zł|kr|Kč)\b")
# A paragraph this long (characters, spaces out) is running prose rather than a teaser or a label.
LONG_BLOCK_CHARS = 300
# A last path segment of this many words is a headline made into a slug ("council-approves-...").
LONG_SLUG_WORDS = 5
# A parent with at least this many children of one tag and class holds a repeated list of items.
REPEAT_MIN = 4
COUNTED_TAGS = ("p", "li", "h1", "h2", "h3", "pre", "code", "table", "form", "input", "button", "select",
                "article", "time", "img", "figure", "blockquote", "iframe", "video", "nav", "aside", "dl",
                "textarea", "svg")


def page_features(article: Article) -> dict[str, float]:
    """Every feature the classifier knows, by name; absent signals are 0."""
    features: dict[str, float] = {}
    features.update(_structured_features(article))
    features.update(_url_features(article.url))
    if article.tree is not None:
        features.update(_tree_features(article.tree))
    return features


def _structured_features(article: Article) -> dict[str, float]:
    kinds: Counter = Counter()
    dated = False
    if article.tree is not None:
        for obj in jsonld_objects(article.tree):
            dated = dated or "datePublished" in obj
            for name in _types(obj):
                kind = JSONLD_TYPE_KINDS.get(name.lower())
                if kind:
                    kinds[kind] += 1
    features = {f"ld_{kind}": float(kinds[kind] > 0) for kind in JSONLD_KINDS}
    features["ld_items"] = math.log1p(kinds["article"] + kinds["product"] + kinds["listing"])
    features["ld_date_published"] = float(dated)
    og = (article.meta_tags.get("og:type") or "").lower().split(":")[0].strip()
    og_kind = OG_TYPE_KINDS.get(og)
    features.update({f"og_{kind}": float(og_kind == kind) for kind in OG_KINDS})
    features["has_authors"] = float(bool(article.authors))
    features["has_published"] = float(bool(article.published))
    features["has_published_meta"] = float(any(k.endswith("published_time") for k in article.meta_tags))
    return features


def _types(obj: dict) -> list[str]:
    value = obj.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return [v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)]


def _url_features(url: str | None) -> dict[str, float]:
    parts = urlsplit(url or "")
    segments = [s for s in parts.path.split("/") if s]
    words = [w for w in URL_SPLIT_RE.split(parts.path.lower()) if w]
    kinds = Counter(URL_WORD_KINDS[w] for w in words if w in URL_WORD_KINDS)
    features = {f"url_{kind}": float(kinds[kind] > 0) for kind in URL_KINDS}
    last = segments[-1] if segments else ""
    features.update({
        "url_known": float(bool(url)),
        "url_depth": float(min(len(segments), 8)),
        "url_root": float(bool(url) and not segments),
        "url_year": float(any(YEAR_RE.match(s) for s in segments)),
        "url_number": float(any(DIGITS_RE.match(w) and len(w) >= 4 for w in words)),
        "url_slug_words": float(min(len([w for w in re.split(r"[-_]", last) if w]), 15)),
        "url_long_slug": float(len([w for w in re.split(r"[-_]", last) if w]) >= LONG_SLUG_WORDS),
        "url_query": float(bool(parts.query)),
        "url_trailing_slash": float(parts.path.endswith("/") and bool(segments)),
    })
    return features


# Text under each kind of element, read by libxml2 in one call each.
TEXT_XPATHS = {
    "a": etree.XPath("//a//text()", smart_strings=False),
    "p": etree.XPath("//p//text()", smart_strings=False),
    "li": etree.XPath("//li//text() | //dd//text() | //dt//text()", smart_strings=False),
    "td": etree.XPath("//td//text() | //th//text()", smart_strings=False),
    "pre": etree.XPath("//pre//text() | //code[not(ancestor::pre)]//text()", smart_strings=False),
    "h": etree.XPath("//h1//text() | //h2//text() | //h3//text() | //h4//text()", smart_strings=False),
    "quote": etree.XPath("//blockquote//text()", smart_strings=False),
    "p_prose": etree.XPath("//p//text()[not(ancestor::a)]", smart_strings=False),
}
BODY_TEXT_XPATH = etree.XPath("//body//text()[not(ancestor::script or ancestor::style)]", smart_strings=False)
TEXT_NODES_XPATH = etree.XPath("descendant::text()", smart_strings=False)
MARKUP_XPATH = etree.XPath("//@class | //@id", smart_strings=False)
LONG_BLOCKS_XPATH = etree.XPath(
    f"count(//p[string-length(normalize-space(.)) >= {LONG_BLOCK_CHARS}])")


def _tree_features(tree) -> dict[str, float]:
    texts = BODY_TEXT_XPATH(tree)
    total = _chars(texts)
    features = {f"share_{kind}": _chars(xpath(tree)) / max(total, 1) for kind, xpath in TEXT_XPATHS.items()}
    features["log_chars"] = math.log1p(total)
    features["log_p_prose"] = math.log1p(features["share_p_prose"] * total)
    tags = Counter(element.tag for element in tree.iter() if isinstance(element.tag, str))
    features.update({f"n_{tag}": math.log1p(tags[tag]) for tag in COUNTED_TAGS})
    features["log_elements"] = math.log1p(sum(tags.values()))
    features["long_blocks"] = math.log1p(LONG_BLOCKS_XPATH(tree))
    prose = _densest_prose(tree)
    features["densest_prose_share"] = prose / max(total, 1)
    features["log_densest_prose"] = math.log1p(prose)
    features["prices"] = math.log1p(sum(len(PRICE_RE.findall(text)) for text in texts))
    repeats = [_most_repeated(element) for element in tree.iter() if len(element) >= REPEAT_MIN]
    repeats = [n for n in repeats if n >= REPEAT_MIN]
    features["max_repeat"] = math.log1p(max(repeats, default=0))
    features["repeat_parents"] = math.log1p(len(repeats))
    markup = Counter(MARKUP_WORD_KINDS.get(word) for value in MARKUP_XPATH(tree)
                     for word in MARKUP_SPLIT_RE.split(value.lower()))
    features.update({f"markup_{kind}": math.log1p(markup[kind]) for kind in MARKUP_KINDS})
    return features


def _densest_prose(tree) -> int:
    """Characters of the paragraphs that share one parent, for the parent that has the most: an
    article's text stands together in one container, a landing page's is spread over many."""
    by_parent: Counter = Counter()
    for paragraph in tree.iter("p"):
        parent = paragraph.getparent()
        if parent is not None:
            by_parent[parent] += _chars(TEXT_NODES_XPATH(paragraph))
    return max(by_parent.values(), default=0)


def _chars(texts: list[str]) -> int:
    return sum(len(text) for text in texts) - sum(len(WHITESPACE_RE.findall(text)) for text in texts)


def _most_repeated(element) -> int:
    shapes = Counter((child.tag, child.get("class")) for child in element if isinstance(child.tag, str))
    return max(shapes.values(), default=0)
