"""The numbers a page type is decided from, read in one walk of the parsed page and its structured
data. Text is measured in characters, not words, so that every script counts alike."""

from __future__ import annotations

import math
import re
from collections import Counter
from operator import attrgetter
from urllib.parse import urlsplit

from lxml import etree

from ..model import Article
from .blocks import TEXT_NODES, block_features, chars
from .links import headline_features, link_features
from .signals import (
    HOST_WORD_KINDS,
    JSONLD_KINDS,
    JSONLD_TYPE_KINDS,
    MARKUP_KINDS,
    MARKUP_WORD_KINDS,
    OG_KINDS,
    OG_TYPE_KINDS,
    URL_KINDS,
    URL_WORD_KINDS,
)

TAG_OF = attrgetter("tag")
# Each type named in JSON-LD, read from the script text without parsing it (the metadata stage has
# parsed it for the article object; a regular expression finds every "@type" faster than a parse):
# "@type": "Product" and each name of "@type": ["Product", "Offer"].
JSONLD_TYPE_RE = re.compile(r'"@type"\s*:\s*\[?\s*"([^"]{1,80})"(?:\s*,\s*"([^"]{1,80})")?')
URL_SPLIT_RE = re.compile(r"[/\-_.?=&+,;:%]+")
YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
DIGITS_RE = re.compile(r"^\d+$")
# Prices show as currency signs; a count of them is cheaper than a pattern for a whole price.
CURRENCY_SIGNS = ("$", "€", "£", "¥", "₹", "₽", "₩")
# A paragraph this long (characters, spaces out) is running prose rather than a teaser or a label.
LONG_BLOCK_CHARS = 300
# A last path segment of this many words is a headline made into a slug ("council-approves-...").
LONG_SLUG_WORDS = 5
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
        features.update(link_features(article.tree))
    features.update(headline_features(article))
    return features


def _structured_features(article: Article) -> dict[str, float]:
    kinds: Counter = Counter()
    dated = False
    if article.tree is not None:
        for script in article.tree.iter("script"):
            if "ld+json" not in (script.get("type") or "").lower() or not script.text:
                continue
            dated = dated or '"datePublished"' in script.text
            for names in JSONLD_TYPE_RE.findall(script.text):
                for name in filter(None, names):
                    kind = JSONLD_TYPE_KINDS.get(name.rsplit("/", 1)[-1].lower())
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


def _url_features(url: str | None) -> dict[str, float]:
    try:
        parts = urlsplit(url or "")
    except ValueError:  # "http://[..." and other addresses urlsplit refuses: read as no address
        parts, url = urlsplit(""), None
    segments = [s for s in parts.path.split("/") if s]
    words = [w for w in URL_SPLIT_RE.split(parts.path.lower()) if w]
    kinds = Counter(URL_WORD_KINDS[w] for w in words if w in URL_WORD_KINDS)
    features = {f"url_{kind}": float(kinds[kind] > 0) for kind in URL_KINDS}
    labels = (parts.hostname or "").split(".")[:-2]
    hosts = Counter(HOST_WORD_KINDS.get(w) or URL_WORD_KINDS.get(w) for w in labels if len(w) > 1)
    features.update({f"host_{kind}": float(hosts[kind] > 0) for kind in URL_KINDS})

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
        "url_extension": float("." in last),
    })
    return features


# Text under each kind of element, read by libxml2 in one call each.
TEXT_XPATHS = {
    "a": etree.XPath("//a//text()", smart_strings=False),
}
# The body's text, and the part of it inside scripts and styles, which is no text a reader sees
# (two plain walks are cheaper than one that tests every text node's parent).
BODY_TEXT_XPATH = etree.XPath("//body//text()", smart_strings=False)
CODE_TEXT_XPATH = etree.XPath("//body//script/text() | //body//style/text()", smart_strings=False)
MARKUP_XPATH = etree.XPath("//@class", smart_strings=False)
LONG_BLOCKS_XPATH = etree.XPath(
    f"count(//p[string-length(normalize-space(.)) >= {LONG_BLOCK_CHARS}])")


def _tree_features(tree) -> dict[str, float]:
    text = "".join(BODY_TEXT_XPATH(tree))
    total = len("".join(text.split())) - chars(CODE_TEXT_XPATH(tree))
    features = {f"share_{kind}": chars(xpath(tree)) / max(total, 1) for kind, xpath in TEXT_XPATHS.items()}
    features["log_chars"] = math.log1p(total)
    tags = Counter(map(TAG_OF, tree.iter()))
    features.update({f"n_{tag}": math.log1p(tags[tag]) for tag in COUNTED_TAGS})
    features["log_elements"] = math.log1p(sum(tags.values()))
    features["long_blocks"] = math.log1p(LONG_BLOCKS_XPATH(tree))
    densest, count = _densest_paragraphs(tree)
    features["densest_prose_share"] = count / max(tags["p"], 1)
    features["densest_text_share"] = chars(TEXT_NODES(densest)) / max(total, 1) if densest is not None else 0.0
    features["prices"] = math.log1p(sum(map(text.count, CURRENCY_SIGNS)))
    features.update(block_features(tree, text, total))
    words = Counter(" ".join(MARKUP_XPATH(tree)).lower().replace("-", " ").replace("_", " ").split())
    markup: Counter = Counter()
    for word, count in words.items():
        kind = MARKUP_WORD_KINDS.get(word)
        if kind:
            markup[kind] += count
    features.update({f"markup_{kind}": math.log1p(markup[kind]) for kind in MARKUP_KINDS})
    return features


def _densest_paragraphs(tree):
    """The parent holding the most paragraphs, and how many: an article's text stands together in one
    container, a landing page's is spread over many."""
    parents = Counter(paragraph.getparent() for paragraph in tree.iter("p"))
    return max(parents.items(), key=lambda item: item[1], default=(None, 0))

