"""The headline, chosen among the page's candidate titles by agreement rather than a fixed order.

Each source (h1, og:title, JSON-LD headline, <title>, ...) proposes its text and the pieces of it
between separators ("Headline | Site", "Site - Headline", "Headline – Section – Site"). A piece that
several sources propose is the headline; site names and section labels only ever win alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from urllib.parse import urlsplit

from .text import normalise_line

# Separators pages put between a headline and site or section names. A colon is not among
# them: headlines use it themselves ("Mosul vs. Aleppo: ...").
TITLE_SEPARATOR_RE = re.compile(r"\s+[|\-–—·•»/:]{1,2}\s+|\s*[|·•»]\s*|\s+::\s+")

META_TITLE_KEYS = ("og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "dc.title")

# How much a source's word counts: the visible headline and the structured headline are
# written for the article; <title> is often stuffed with site and section names.
SOURCE_WEIGHTS = {"h1": 3, "headline": 3, "ld": 3, "og:title": 2, "twitter:title": 2, "title": 1,
                  "parsely-title": 1, "sailthru.title": 1, "dc.title": 1, "<title>": 1}
# A piece cut out of a longer title is worth a little less than a whole one, so that
# "Headline - Part Two" is kept whole when every source says it whole.
PIECE_PENALTY = 0.5
MAX_H1 = 3
MIN_TITLE_CHARS = 3
MAX_TITLE_CHARS = 300
# Real titles have a handful of pieces ("Headline - Section - Site"). Every run of pieces is a
# candidate, so the work grows with the cube of their number: a <title> of 400 keywords between
# pipes took seconds, 2,000 would take minutes. Pieces past this many are not split further.
MAX_TITLE_PIECES = 12
# A "title" this long is keyword stuffing or a page pasted into a meta tag, not a headline;
# it is not considered (and not split, which would copy it a dozen times).
MAX_SOURCE_CHARS = 3000


def choose_title(tree, meta: dict, ld: dict, site_name: str | None, url: str | None) -> str | None:
    sources = title_sources(tree, meta, ld)
    if not sources:
        return None
    site_keys = {_key(name) for name in (site_name, _host_name(url)) if name}
    scores: dict[str, float] = defaultdict(float)
    original: dict[str, str] = {}
    for source, text in sources:
        weight = SOURCE_WEIGHTS.get(source, 1)
        for candidate, is_piece in title_variants(text):
            key = _key(candidate)
            if not key or key in site_keys or _is_site_like(key, site_keys):
                continue
            original.setdefault(key, candidate)
            scores[key] = max(scores[key], 0) + weight - (PIECE_PENALTY if is_piece else 0)
    if not scores:
        return normalise_line(sources[0][1]) or None
    best = max(scores, key=lambda key: (scores[key], len(key)))
    return original[best]


def title_sources(tree, meta: dict, ld: dict) -> list[tuple[str, str]]:
    sources = []
    for h1 in tree.iter("h1"):
        text = normalise_line(" ".join(h1.itertext()))
        if MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS:
            sources.append(("h1", text))
        if len(sources) >= MAX_H1:
            break
    for element in tree.xpath('//*[@itemprop="headline"]')[:1]:
        text = element.get("content") or " ".join(element.itertext())
        sources.append(("headline", text))
    for key in ("headline", "name", "alternativeHeadline"):
        if isinstance(ld.get(key), str):
            sources.append(("ld", ld[key]))
            break
    sources += [(key, meta[key]) for key in META_TITLE_KEYS if meta.get(key)]
    title = tree.find(".//title")
    if title is not None and title.text:
        sources.append(("<title>", title.text))
    cleaned = ((source, normalise_line(text)) for source, text in sources if text)
    return [(source, text) for source, text in cleaned if text and len(text) <= MAX_SOURCE_CHARS]


def title_variants(text: str) -> list[tuple[str, bool]]:
    """The whole text, then each piece between separators (with the pieces next to it)."""
    variants = [(text, False)]
    pieces = [p.strip() for p in TITLE_SEPARATOR_RE.split(text, maxsplit=MAX_TITLE_PIECES) if p.strip()]
    if len(pieces) > 1:
        # "A - B - Site": also propose "A - B", since headlines contain separators too.
        separators = TITLE_SEPARATOR_RE.findall(text)[:MAX_TITLE_PIECES]
        for start in range(len(pieces)):
            for end in range(start + 1, len(pieces) + 1):
                if (start, end) == (0, len(pieces)):
                    continue
                joined = pieces[start]
                for i in range(start + 1, end):
                    joined += separators[i - 1] + pieces[i]
                variants.append((joined, True))
    return variants


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _is_site_like(key: str, site_keys: set[str]) -> bool:
    squashed = re.sub(r"\W", "", key)
    return any(squashed == re.sub(r"\W", "", site) for site in site_keys)


def _host_name(url: str | None) -> str | None:
    """'https://www.the-example.co.uk/x' → 'the-example', to recognise the site in a title."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # pages ship broken addresses ("http://[2001:db8"), urlsplit refuses them
        return None
    labels = [label for label in host.split(".") if label not in {"www", "m", "amp"}]
    return labels[0] if labels else None
