"""The site's name beside a text ("Headline | Site", "Site - Headline", "Alt text - Site"): one
stripper for titles, dump lines and alt texts alike.

A site is known by its name (og:site_name, the publisher) and its address ("the-example" from
www.the-example.co.uk); where neither is known, by a short suffix that several lines of a dump
share (`split_site_suffix` proposes it, the caller counts).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import urlsplit

from ..text import word_count

# Separators pages put between a headline and site or section names, and the line break between
# the lines of a headline set on several (a kicker above it). A bare colon is not among them:
# headlines use it themselves ("Mosul vs. Aleppo: ...").
TITLE_SEPARATOR_RE = re.compile(r"\s*\n\s*|\s+[|\-–—·•»/:]{1,2}\s+|\s*[|·•»]\s*|\s+::\s+")
# " - Site Name" or " | Site Name" ending a line, as a site appends it to alt texts and titles; a
# name has a letter (" – $100,000" ends a price range).
SITE_SUFFIX_RE = re.compile(r"\s+[-|–—]\s+(?=[^-|–—]*[^\W\d_])([^-|–—]{2,40})$")
SUFFIX_SEPARATOR_RE = re.compile(r"\s[-|–—]\s")  # what the suffix needs, found faster: few lines have it
# Subdomains that name a section of a site, not the site ("blog.example.com").
SECTION_SUBDOMAINS = {"www", "m", "amp", "blog", "blogs", "news"}
# The labels under a country's domain that say what kind of site it is (the "co" of a British
# company's address, the "com" of an Australian one).
SECOND_LEVEL_LABELS = {"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go", "gv"}
# A site's address at either end of a title ("example.com Headline"), its name part captured.
LEADING_ADDRESS_RE = re.compile(r"^(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,})+\s+(?=\S)", re.IGNORECASE)
TRAILING_ADDRESS_RE = re.compile(r"(?<=\S)\s+(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,})+$", re.IGNORECASE)
# A piece that is an address (a short name and its domain, "www." before it or not), its name part captured.
SITE_ADDRESS_RE = re.compile(r"(?:www\.)?(?P<name>[\w-]+)(?:\.[a-z]{2,})+", re.IGNORECASE)
# Letters that addresses spell out (German and Nordic sites write "ö" as "oe", some as "o"); other
# accents are dropped ("é" as "e").
ADDRESS_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
# For the key that matches names: quote marks folded, and the separators that need no spaces
# around them made spaces; the others stand alone between spaces.
KEY_FOLDING = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "`": "'",
                             "|": " ", "·": " ", "•": " ", "»": " "})
# Direction marks and embeddings ("\u202aName\u202c" in a <title>) are invisible: two titles that
# differ only by them are one.
KEY_FOLDING.update(dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]))
SEPARATOR_CHARS = "|-–—·•»/:"
# What follows a headline's first piece is a site or section label ("| Opinion", "- Politics -
# Example News") when it is a few words, or several pieces; one piece this long is the headline's own
# second half, set after a kicker ("BUDGET 2025 | Tax office to hire a thousand debt collectors").
MIN_HEADLINE_PIECE_WORDS = 5


def is_label_trail(pieces: list[str]) -> bool:
    """Whether the pieces after a headline's first (split at its separators) are labels: several
    of them, or one of a few words."""
    pieces = [piece for piece in pieces if piece.strip()]
    return len(pieces) != 1 or word_count(pieces[0]) < MIN_HEADLINE_PIECE_WORDS


def site_keys(*names: str | None, url: str | None = None) -> set[str]:
    """The keys a site is known by: its names and the name part of its address."""
    return {title_key(name) for name in (*names, *host_names(url)) if name}


def without_site(text: str, keys: set[str]) -> str:
    """The text without the site's name at either end: a piece between separators that names the
    site, or its address set beside the text with no separator ("example.com Headline")."""
    text = _without_site_address(text, keys)
    pieces = TITLE_SEPARATOR_RE.split(text)
    kept = list(pieces)
    while len(kept) > 1 and is_site_like(title_key(kept[-1]), keys):
        kept.pop()
    while len(kept) > 1 and is_site_like(title_key(kept[0]), keys):
        kept.pop(0)
    if len(kept) == len(pieces):
        return text
    return text[text.find(kept[0]):text.rfind(kept[-1]) + len(kept[-1])].strip()


def split_site_suffix(text: str) -> tuple[str, str | None]:
    """The text without a short " - Name" suffix, and the suffix (None when it has none): where the
    site's name is not known, a suffix that several lines share is it."""
    if not SUFFIX_SEPARATOR_RE.search(text):
        return text, None
    match = SITE_SUFFIX_RE.search(text)
    return (text[:match.start()], match.group(1)) if match else (text, None)


def is_site_like(key: str, keys: set[str]) -> bool:
    """Whether a title's piece names the site: its name or address, as written ("Example News",
    its address), or in the letters its address spells it with (a German name's "ö" written "oe",
    an accent dropped, the spaces and hyphens left out)."""
    address = SITE_ADDRESS_RE.fullmatch(key)
    names = {key, address["name"]} if address else {key}
    squashed = {form for name in names for form in _squashed_forms(name)}
    return any(not squashed.isdisjoint(_squashed_forms(site)) for site in keys)


@functools.lru_cache(maxsize=1024)
def _squashed_forms(text: str) -> frozenset[str]:
    """The text's letters and digits alone, as written and as an address spells them."""
    squashed = re.sub(r"\W", "", text)
    return frozenset({squashed, _without_accents(squashed.translate(ADDRESS_SPELLING)), _without_accents(squashed)})


def _without_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def title_key(text: str) -> str:
    """What two spellings of one title share: case, quote marks and the kind of separator between
    its pieces ("Headline – Subtitle", "Headline - Subtitle", a headline set on two lines) folded."""
    words = text.translate(KEY_FOLDING).lower().split()
    return " ".join(word for word in words if len(word) > 2 or word.strip(SEPARATOR_CHARS))


def host_names(url: str | None) -> list[str]:
    """The names in the address that may name the site: its first label past the section ones, and
    the label it registered, where an edition or a service stands first ('fr.example-radio.ca' →
    'fr', 'example-radio')."""
    if not url:
        return []
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # pages ship broken addresses ("http://[2001:db8"), urlsplit refuses them
        return []
    labels = [label for label in host.split(".") if label not in SECTION_SUBDOMAINS]
    if len(labels) < 2:
        return labels
    named = labels[:-1]  # the last label is the country's or the kind's ("ca", "com")
    if len(named) > 1 and named[-1] in SECOND_LEVEL_LABELS:
        named = named[:-1]
    return list(dict.fromkeys([named[0], named[-1]]))


def _without_site_address(text: str, keys: set[str]) -> str:
    """'example.com Headline' / 'Headline example.com': the site's address set beside the
    headline with no separator is its name all the same."""
    for address_re in (LEADING_ADDRESS_RE, TRAILING_ADDRESS_RE):
        address = address_re.search(text)
        if address and is_site_like(title_key(address["name"]), keys):
            return (text[:address.start()] + text[address.end():]).strip()
    return text
