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

from lxml import etree

from ..text import normalise_line
from .chooser import choose
from .headlines import body_section_headings, visible_headlines
from .sitenames import TITLE_SEPARATOR_RE, is_label_trail, is_site_like, site_keys, title_key, without_site

# "Blog: Headline", "Garnix Blog: Headline": the blog the post is in, named before the headline with a
# colon. Headlines use colons themselves ("My Blog: Ten Years On"), so the label is cut only when it
# is a bare "Blog" or names this site.
BLOG_LABEL_RE = re.compile(r"^(?P<name>(?:\S+\s+){0,3}?)blog:\s+(?=\S)", re.IGNORECASE)
# A site name this short ("ft", "abc") begins too many words to be recognised inside one.
MIN_SITE_STEM = 4
# A CMS that cannot store a character ("’", ":") writes a question mark in its place; each stands
# for one or two characters the meta titles, stored elsewhere, may still have.
LOST_CHARACTER_MARK = "?"
LOST_CHARACTERS = ".{1,2}"

# From the attribute axis, which visits only elements that have an itemprop (see bylines.py).
HEADLINE_MICRODATA_XPATH = etree.XPath('//@itemprop[.="headline"]/..')
META_TITLE_KEYS = ("og:title", "twitter:title", "title", "parsely-title", "sailthru.title", "dc.title")
SOURCE_GROUPS = {"h1": "h1", "headline": "ld", "ld": "ld", "og:title": "og", "twitter:title": "og",
                 "<title>": "title"}

# A colon or a pipe left at either end of a title where a kicker or a site name stood (": - Headline",
# "Headline |"), and a dash left at its end ("Headline -", the site's name after it empty); not a
# dash at its start nor a guillemet, which headlines use themselves ("- Angsten vil øke", "« ... »").
DANGLING_SEPARATORS_RE = re.compile(r"^(?:[:|]+\s+)+(?:[-–—]\s+)?|(?:\s+[:|\-–—]+)+$")
# The proposal signs: by source group, and by where the text sits in the source: the whole title,
# its first piece, another piece, or a piece that names the site. What each is worth is fitted
# (chooser.py, title_weights.json), with the shared signs of a title's shape.
POSITIONS = ("whole", "first", "piece", "site")
# A title this short ("Videos", "About us") is a label of the page's chrome as often as a headline;
# of one word alone ("Videos", "Error") it cannot outvote two sources that agree on another.
SHORT_TITLE_WORDS = 3
CHROME_TITLE_WORDS = 1
AGREEING_SOURCES = 2
FULL_TITLE_WORDS = 12
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
    own, sources, keys = title_sources(tree, meta, ld, site_name, url)
    if own is not None:
        return title_spelling(own)
    return _best_supported(sources, keys)


def title_sources(tree, meta: dict, ld: dict, site_name: str | None, url: str | None):
    """(the page's own headline where it decides alone, else None; the (source, text) pairs that
    propose titles, visible headlines first; the keys the site is known by)."""
    keys = site_keys(site_name, url=url)
    meta_sources = [(source, _without_blog_label(text, keys)) for source, text in _meta_sources(tree, meta, ld)]
    meta_keys = {title_key(variant) for _, text in meta_sources for variant, _ in title_variants(text)}
    headlines = [_with_lost_characters_restored(_without_blog_label(text, keys), meta_sources)
                 for text in _headline_candidates(tree, meta_keys, url)]
    own = headlines[0] if len(headlines) == 1 and _is_own_headline(headlines[0], meta_keys, keys) else None
    return own, [("h1", text) for text in headlines] + meta_sources, keys


def _headline_candidates(tree, meta_keys: set[str], url: str | None) -> list[str]:
    """The visible headlines, less the body's section headings that no meta title echoes: a post
    that heads its sections with h1s has its headline in the meta titles."""
    headlines = visible_headlines(tree, url)
    unechoed = [text for text in headlines if not _is_echoed(text, meta_keys)]
    if not unechoed or not meta_keys:
        return headlines
    sections = body_section_headings(tree, url)
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


def _best_supported(sources: list[tuple[str, str]], keys: set[str]) -> str | None:
    """The text the sources' proposals support most, in the spelling of the most trusted source."""
    candidates = title_candidates(sources, keys)
    best = choose((key, signs) for key, signs, _ in candidates)
    if best is None:
        return None
    if _is_chrome(best, candidates):
        # Page chrome ("Videos", "About", an error page's word) does not outvote two sources that agree.
        best = choose((key, signs) for key, signs, forms in candidates if len(forms) >= AGREEING_SOURCES)
    forms = next(forms for key, _, forms in candidates if key == best)
    return candidate_spelling(forms)


def _is_chrome(best: str, candidates: list[tuple[str, dict, dict]]) -> bool:
    """A short text that one source group alone proposes, where two groups agree on another."""
    forms = next(forms for key, _, forms in candidates if key == best)
    return (len(best.split()) <= CHROME_TITLE_WORDS and len(forms) < AGREEING_SOURCES
            and any(len(other) >= AGREEING_SOURCES for key, _, other in candidates if key != best))


def candidate_spelling(forms: dict[str, str]) -> str:
    """A candidate's title as printed, from its spellings by source group."""
    return title_spelling(_preferred_form(forms))


def title_candidates(sources: list[tuple[str, str]], keys: set[str]) -> list[tuple[str, dict, dict]]:
    """(key, signs, spelling by source group) for each text the sources propose, longest first (of
    two with equal support the longer wins). The signs count the proposals by source group and
    position, how many source groups agree on the text, and its shape."""
    signs: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    forms: dict[str, dict[str, str]] = defaultdict(dict)
    for rank, (source, text) in enumerate(sources):
        group = SOURCE_GROUPS.get(source, "meta")
        for position, candidate in _proposals(text, keys):
            key = title_key(candidate)
            signs[key][f"html.{group}.{position}"] += 1
            # Of two headlines with the same support the first on the page wins: later h1s are
            # section headings or teasers more often than the story's headline.
            if group == "h1":
                signs[key]["html.later_headline"] += rank
            forms[key].setdefault(group, candidate)
    found = []
    for key in sorted(signs, key=len, reverse=True):
        words = len(key.split())
        measured = dict(signs[key])
        measured["html.groups"] = len(forms[key])
        measured["html.words"] = min(words, FULL_TITLE_WORDS)
        measured["html.short"] = float(words < SHORT_TITLE_WORDS)
        measured["html.sentence_end"] = float(key.endswith((".", ",", ";", ":")))
        found.append((key, measured, forms[key]))
    return found


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
    return DANGLING_SEPARATORS_RE.sub("", " ".join(text.split()))


def _is_own_headline(headline: str, meta_keys: set[str], keys: set[str]) -> bool:
    """A page's one visible headline that no meta title echoes, whole or in part: the meta titles
    are then rewrites for search engines and social cards, and readers see the headline. Not a
    headline set on several lines: which of them (kicker, headline, subtitle) make the title is
    then for the meta titles to say."""
    if len(headline.split()) < MIN_OWN_HEADLINE_WORDS or "\n" in headline:
        return False
    if is_site_like(title_key(headline), keys):
        return False
    return not _is_echoed(headline, meta_keys)


def _is_echoed(headline: str, meta_keys: set[str]) -> bool:
    """True when a meta title holds the headline, whole or as a run of its pieces (`meta_keys`)."""
    return any(title_key(variant) in meta_keys for variant, _ in title_variants(headline))


def _proposals(text: str, keys: set[str]):
    """(position, text) for the whole title and each piece; a site name at either end of the
    title marks the whole as carrying the site, and what remains without it is the first piece."""
    variants = [candidate for candidate, _ in title_variants(text) if title_key(candidate)]
    remainder = without_site(text, keys)
    if remainder != text:
        yield "site", text
        yield "first", remainder
        variants = [v for v in variants[1:] if title_key(v) != title_key(remainder)]
        positions = ["piece"] * len(variants)
    else:
        first = "first" if _drops_a_suffix(text, variants) else "piece"
        positions = ["whole", first] + ["piece"] * (len(variants) - 2)
    for position, candidate in zip(positions, variants, strict=False):
        yield ("site" if is_site_like(title_key(candidate), keys) else position), candidate


def _drops_a_suffix(text: str, variants: list[str]) -> bool:
    """Whether the title's first piece leaves behind what a site or section name could be
    (`is_label_trail`), not the headline's own second half."""
    if len(variants) < 2:
        return True
    return is_label_trail(TITLE_SEPARATOR_RE.split(text[text.find(variants[1]) + len(variants[1]):]))


def _without_blog_label(text: str, keys: set[str]) -> str:
    label = BLOG_LABEL_RE.match(text)
    if not label:
        return text
    name = re.sub(r"\W", "", label["name"].lower())
    return text[label.end():] if not name or _names_site(name, keys) else text


def _names_site(name: str, keys: set[str]) -> bool:
    """'engoradata' names the site 'engora', 'rogerbws' the site "RogerBW's Blog": one begins with the other."""
    sites = (re.sub(r"\W", "", key) for key in keys)
    return any(len(site) >= MIN_SITE_STEM and (name.startswith(site) or site.startswith(name)) for site in sites)


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
