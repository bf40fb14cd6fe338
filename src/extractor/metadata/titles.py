"""The headline: the page's visible h1 where it is one, chosen and trimmed by agreement with the
other title sources (og:title, JSON-LD headline, <title>, ...); those sources alone otherwise.

Each source proposes its text and the pieces of it between separators ("Headline | Site",
"Site - Headline", "Headline – Section – Site"). A piece that several sources propose is the
headline; a piece that names the site, or that only ever trails other titles, is not. A page's one
visible headline that no meta title echoes at all is the headline as it stands: the meta titles
are then the ones rewritten for search engines and social cards. h1s that head the body's sections
(several side by side, or carrying a permalink to themselves) count only where a meta title echoes
them.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from urllib.parse import urlsplit

from lxml import etree

from ..text import normalise_line
from .headlines import body_section_headings, visible_headlines

# Separators pages put between a headline and site or section names, and the line break between
# the lines of a headline set on several (a kicker above it). A bare colon is not among them:
# headlines use it themselves ("Mosul vs. Aleppo: ...").
TITLE_SEPARATOR_RE = re.compile(r"\s*\n\s*|\s+[|\-–—·•»/:]{1,2}\s+|\s*[|·•»]\s*|\s+::\s+")
# "Blog: Headline", "Garnix Blog: Headline": the blog the post is in, named before the headline with a
# colon. Headlines use colons themselves ("My Blog: Ten Years On"), so the label is cut only when it
# is a bare "Blog" or names this site.
BLOG_LABEL_RE = re.compile(r"^(?P<name>(?:\S+\s+){0,3}?)blog:\s+(?=\S)", re.IGNORECASE)
# A site name this short ("ft", "abc") begins too many words to be recognised inside one.
MIN_SITE_STEM = 4
# Subdomains that name a section of a site, not the site ("blog.example.com").
SECTION_SUBDOMAINS = {"www", "m", "amp", "blog", "blogs", "news"}
# A site's address at either end of a title ("example.com Headline"), its name part captured.
LEADING_ADDRESS_RE = re.compile(r"^(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,})+\s+(?=\S)", re.IGNORECASE)
TRAILING_ADDRESS_RE = re.compile(r"(?<=\S)\s+(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,})+$", re.IGNORECASE)
# For the key that matches proposals: quote marks folded, and the separators that need no
# spaces around them (TITLE_SEPARATOR_RE) made spaces; the others stand alone between spaces.
KEY_FOLDING = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'",
                             "|": " ", "·": " ", "•": " ", "»": " "})
SEPARATOR_CHARS = "|-–—·•»/:"

# A CMS that cannot store a character ("’", ":") writes a question mark in its place; each stands
# for one or two characters the meta titles, stored elsewhere, may still have.
LOST_CHARACTER_MARK = "?"
LOST_CHARACTERS = ".{1,2}"

# From the attribute axis, which visits only elements that have an itemprop (see bylines.py).
HEADLINE_MICRODATA_XPATH = etree.XPath('//@itemprop[.="headline"]/..')
META_TITLE_KEYS = ("og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "dc.title")
SOURCE_GROUPS = {"h1": "h1", "headline": "ld", "ld": "ld", "og:title": "og", "twitter:title": "og",
                 "<title>": "title"}

# What a source's proposal is worth, by source group and by where the text sits in it: the
# whole title, its first piece, another piece, or a piece that names the site. Fitted by
# coordinate ascent on the WCXB development pages (title exact 0.74 -> 0.82); the shape is the
# general one: the visible h1 weighs most, first pieces of meta titles beat later ones, and
# site names never win.
PROPOSAL_WEIGHTS = {
    "h1": {"whole": 6.0, "first": 3.0, "piece": 3.5, "site": -10.0},
    "ld": {"whole": 4.5, "first": 4.0, "piece": 0.5, "site": -5.0},
    "og": {"whole": 2.0, "first": 2.5, "piece": 3.0, "site": -5.0},
    "title": {"whole": 2.0, "first": 2.5, "piece": 1.0, "site": -5.0},
    "meta": {"whole": 0.0, "first": -2.5, "piece": 0.5, "site": -5.0},
}
# A tie-breaker, far below any weight: each later visible headline counts this much less.
LATER_HEADLINE_PENALTY = 0.01
# Whose spelling of the winning text to print (quote marks and case differ between sources).
FORM_PREFERENCE = ("h1", "ld", "og", "title", "meta")
# A visible heading this short ("Web Designs", "Index funds") is as often a section label above
# the story as its headline, so it does not overrule the meta titles on its own.
MIN_OWN_HEADLINE_WORDS = 4
# Real titles have a handful of pieces ("Headline - Section - Site"). Every run of pieces is a
# candidate, so the work grows with the cube of their number: a <title> of 400 keywords between
# pipes took seconds, 2,000 would take minutes. Pieces past this many are not split further.
MAX_TITLE_PIECES = 12
# A "title" this long is keyword stuffing or a page pasted into a meta tag, not a headline;
# it is not considered (and not split, which would copy it a dozen times).
MAX_SOURCE_CHARS = 3000


def choose_title(tree, meta: dict, ld: dict, site_name: str | None, url: str | None) -> str | None:
    site_keys = {_key(name) for name in (site_name, _host_name(url)) if name}
    meta_sources = [(source, _without_blog_label(text, site_keys)) for source, text in _meta_sources(tree, meta, ld)]
    meta_keys = {_key(variant) for _, text in meta_sources for variant, _ in title_variants(text)}
    headlines = [_with_lost_characters_restored(_without_blog_label(text, site_keys), meta_sources)
                 for text in _headline_candidates(tree, meta_keys)]
    if len(headlines) == 1 and _is_own_headline(headlines[0], meta_keys, site_keys):
        return title_spelling(headlines[0])
    return _best_supported([("h1", text) for text in headlines] + meta_sources, site_keys)


def _headline_candidates(tree, meta_keys: set[str]) -> list[str]:
    """The visible headlines, less the body's section headings that no meta title echoes: a post
    that heads its sections with h1s has its headline in the meta titles."""
    headlines = visible_headlines(tree)
    unechoed = [text for text in headlines if not _is_echoed(text, meta_keys)]
    if not unechoed or not meta_keys:
        return headlines
    sections = body_section_headings(tree)
    return [text for text in headlines if text not in sections or text not in unechoed]


def _with_lost_characters_restored(headline: str, meta_sources: list[tuple[str, str]]) -> str:
    """The headline as a meta title spells it where the page lost characters to question marks
    ("Event Planning? Beginner? Guide" for "Event Planning: Beginner's Guide"): the meta title
    must read the same everywhere else."""
    pieces = headline.split(LOST_CHARACTER_MARK)
    if len(pieces) < 2 or not any(piece.strip() for piece in pieces[1:]):
        return headline
    spelled = re.compile(LOST_CHARACTERS.join(map(re.escape, pieces)), re.IGNORECASE)
    restored = (variant for _, text in meta_sources for variant, _ in title_variants(text)
                if LOST_CHARACTER_MARK not in variant and spelled.fullmatch(variant))
    return next(restored, headline)


def _best_supported(sources: list[tuple[str, str]], site_keys: set[str]) -> str | None:
    """The text the sources' proposals support most, in the spelling of the most trusted source."""
    scores: dict[str, float] = defaultdict(float)
    forms: dict[str, dict[str, str]] = defaultdict(dict)
    for rank, (source, text) in enumerate(sources):
        group = SOURCE_GROUPS.get(source, "meta")
        # Of two headlines with the same support the first on the page wins: later h1s are
        # section headings or teasers more often than the story's headline.
        later_headline = LATER_HEADLINE_PENALTY * rank if group == "h1" else 0.0
        for position, candidate in _proposals(text, site_keys):
            key = _key(candidate)
            scores[key] += PROPOSAL_WEIGHTS[group][position] - later_headline
            forms[key].setdefault(group, candidate)
    if not scores:
        return None
    best = max(scores, key=lambda key: (scores[key], len(key)))
    return title_spelling(_preferred_form(forms[best]))


def _preferred_form(forms: dict[str, str]) -> str:
    """The most trusted source's spelling; but where the page parts headline and subtitle by layout
    alone (two lines, two styled spans) and a meta title writes the separator out ("Headline -
    Subtitle"), the title reads the way the meta title spells it."""
    ranked = [forms[group] for group in FORM_PREFERENCE if group in forms]
    return max(ranked, key=_written_separators)


def _written_separators(text: str) -> int:
    """Separators written out between two pieces (a dangling "Headline |" has none)."""
    return sum(1 for match in TITLE_SEPARATOR_RE.finditer(text)
               if match.group().strip() and text[:match.start()].strip() and text[match.end():].strip())


def title_spelling(text: str) -> str:
    """A title as extractor writes it, from either path: the page's own characters (typographic
    apostrophes, full-width signs), only its runs of whitespace made one space. A record that
    rewrites the page's characters could not be trusted to give the rest as the page has it."""
    return " ".join(text.split())


def _is_own_headline(headline: str, meta_keys: set[str], site_keys: set[str]) -> bool:
    """A page's one visible headline that no meta title echoes, whole or in part: the meta titles
    are then rewrites for search engines and social cards, and readers see the headline. Not a
    headline set on several lines: which of them (kicker, headline, subtitle) make the title is
    then for the meta titles to say."""
    if len(headline.split()) < MIN_OWN_HEADLINE_WORDS or "\n" in headline:
        return False
    if _is_site_like(_key(headline), site_keys):
        return False
    return not _is_echoed(headline, meta_keys)


def _is_echoed(headline: str, meta_keys: set[str]) -> bool:
    """True when a meta title holds the headline, whole or as a run of its pieces (`meta_keys`)."""
    return any(_key(variant) in meta_keys for variant, _ in title_variants(headline))


def _proposals(text: str, site_keys: set[str]):
    """(position, text) for the whole title and each piece; a site name at either end of the
    title marks the whole as carrying the site, and what remains without it is the first piece."""
    variants = [candidate for candidate, _ in title_variants(text) if _key(candidate)]
    remainder = _without_site(text, site_keys)
    if remainder != text:
        yield "site", text
        yield "first", remainder
        variants = [v for v in variants[1:] if _key(v) != _key(remainder)]
        positions = ["piece"] * len(variants)
    else:
        positions = ["whole", "first"] + ["piece"] * (len(variants) - 2)
    for position, candidate in zip(positions, variants, strict=False):
        yield ("site" if _is_site_like(_key(candidate), site_keys) else position), candidate


def _without_site(text: str, site_keys: set[str]) -> str:
    text = _without_site_address(text, site_keys)
    pieces = TITLE_SEPARATOR_RE.split(text)
    kept = list(pieces)
    while len(kept) > 1 and _is_site_like(_key(kept[-1]), site_keys):
        kept.pop()
    while len(kept) > 1 and _is_site_like(_key(kept[0]), site_keys):
        kept.pop(0)
    if len(kept) == len(pieces):
        return text
    return text[text.find(kept[0]):text.rfind(kept[-1]) + len(kept[-1])].strip()


def _without_blog_label(text: str, site_keys: set[str]) -> str:
    label = BLOG_LABEL_RE.match(text)
    if not label:
        return text
    name = re.sub(r"\W", "", label["name"].lower())
    return text[label.end():] if not name or _names_site(name, site_keys) else text


def _names_site(name: str, site_keys: set[str]) -> bool:
    """'engoradata' names the site 'engora', 'rogerbws' the site "RogerBW's Blog": one begins with the other."""
    sites = (re.sub(r"\W", "", key) for key in site_keys)
    return any(len(site) >= MIN_SITE_STEM and (name.startswith(site) or site.startswith(name)) for site in sites)


def _without_site_address(text: str, site_keys: set[str]) -> str:
    """'example.com Headline' / 'Headline example.com': the site's address set beside the
    headline with no separator is its name all the same."""
    for address_re in (LEADING_ADDRESS_RE, TRAILING_ADDRESS_RE):
        address = address_re.search(text)
        if address and _is_site_like(_key(address["name"]), site_keys):
            return (text[:address.start()] + text[address.end():]).strip()
    return text


def _meta_sources(tree, meta: dict, ld: dict) -> list[tuple[str, str]]:
    sources = []
    for element in HEADLINE_MICRODATA_XPATH(tree)[:1]:
        sources.append(("headline", element.get("content") or " ".join(element.itertext())))
    for key in ("headline", "name", "alternativeHeadline"):
        if isinstance(ld.get(key), str):
            sources.append(("ld", ld[key]))
            break
    sources += [(key, meta[key]) for key in META_TITLE_KEYS if meta.get(key)]
    title = tree.find(".//title")
    if title is not None and title.text:
        sources.append(("<title>", title.text))
    cleaned = ((source, " ".join(_clean(text).split())) for source, text in sources if text)
    return [(source, text) for source, text in cleaned if text and len(text) <= MAX_SOURCE_CHARS]


def title_variants(text: str) -> list[tuple[str, bool]]:
    """The whole text, then each run of pieces between separators."""
    variants = [(text, False)]
    pieces = TITLE_SEPARATOR_RE.split(text, maxsplit=MAX_TITLE_PIECES)
    if len(pieces) > 1:
        separators = TITLE_SEPARATOR_RE.findall(text)[:MAX_TITLE_PIECES]
        for start in range(len(pieces)):
            for end in range(start + 1, len(pieces) + 1):
                if (start, end) == (0, len(pieces)):
                    continue
                joined = pieces[start] + "".join(separators[i - 1] + pieces[i] for i in range(start + 1, end))
                if joined.strip():
                    variants.append((joined.strip(), True))
    return variants


def _clean(text: str) -> str:
    return normalise_line(html.unescape(text))


def _key(text: str) -> str:
    """What two spellings of one title share: case, quote marks and the kind of separator between
    its pieces ("Headline – Subtitle", "Headline - Subtitle", a headline set on two lines) folded."""
    words = text.translate(KEY_FOLDING).lower().split()
    return " ".join(word for word in words if len(word) > 2 or word.strip(SEPARATOR_CHARS))


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
    labels = [label for label in host.split(".") if label not in SECTION_SUBDOMAINS]
    return labels[0] if labels else None
