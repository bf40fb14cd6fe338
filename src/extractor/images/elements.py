"""Element tests shared by finding pictures and finding their captions: block tags, junk pictures,
copies of one picture, and the levels libxml2 puts around an `<img>`."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .urls import IMAGE_EXTENSION_RE, best_source, every_source, is_placeholder, picture_key

# Elements whose text can be a body paragraph as trafilatura returns it; wrappers count only
# when they hold text of their own.
LEAF_BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "dd",
    "dt",
    "figcaption",
}
WRAPPER_TAGS = {"div", "span", "section", "article", "font", "center"}
BLOCK_TAGS = LEAF_BLOCK_TAGS | WRAPPER_TAGS
# The levels libxml2 and `<picture>` put around an `<img>`: they do not count as wrappers.
PICTURE_WRAPPER_TAGS = {"source", "picture"}
# Inside a caption line, spans and fonts only style its parts (the credit in a span of its own).
LINE_BREAKING_TAGS = BLOCK_TAGS - {"span", "font"}
# What XPath's normalize-space() strips: a wrapper holding only these holds no text of its own.
XML_SPACES = " \t\r\n"
# Pictures that are not the article's: site chrome, people cards, buttons, trackers.
# These patterns run on lower-cased text: case-sensitive matching costs half of re.IGNORECASE,
# and they are asked about every picture of a page, several times.
JUNK_SRC_RE = re.compile(
    r"logo|(?<![a-z])icons?(?![a-z])|avatar|sprite|spacer|pixel|badge|emoji|gravatar|favicon|loader|spinner|"
    r"placeholder|/authors?/|headshot|profile|banner-ad|/ads?/|[/_-]ads?[/_.-]|promo|doubleclick|88x31|"
    r"[-_]bg\.|background|\.svg(\?|$)",
)
JUNK_NAME_RE = re.compile(JUNK_SRC_RE.pattern.replace("placeholder|", ""))
HOST_RE = re.compile(r"^(?:https?:)?//[^/]*", re.IGNORECASE)
# The same, named by the picture's wrapper (lazy-loading wrappers are called "placeholder": not junk).
JUNK_WRAPPER_RE = re.compile(r"logo|icon|avatar|gravatar|headshot|profile|author|badge|emoji")
JUNK_ALT_RE = re.compile(r"\b(logo|icon|avatar|headshot|author|captcha)\b")
# An alt text longer than this describes the picture; it is no label.
JUNK_ALT_WORDS = 8
# Resizing parameters in an address ("?w=120&h=120"), which tell the size shown when attributes do not.
SIZE_QUERY_RE = re.compile(r"[?&](?:w|h|width|height)=(\d+)")
ATTRIBUTE_CHARS = 500
# Pictures smaller than this (declared width or height, in CSS pixels) are icons and trackers.
MIN_SIDE = 100
# How far up from an `<img>` its own figure, link or foreign container can be.
FIGURE_DEPTH = 6


def has_own_text(element) -> bool:
    if element.text and element.text.strip(XML_SPACES):
        return True
    return any(child.tail and child.tail.strip(XML_SPACES) for child in element)


def is_junk(img) -> bool:
    wrappers = " ".join(
        filter(None, (a.get("class") for a, _ in zip(lifted_ancestors(img), range(2), strict=False)))
    )
    # Inline data: URIs run to hundreds of kilobytes; an address's hints are in its first characters.
    # An address's host says nothing about the picture ("mexiconews.example" is no icon), nor does a lazy
    # stand-in in `src`; a lazy-load class named "placeholder" is no placeholder picture.
    addresses = [value[:ATTRIBUTE_CHARS] for value in (img.get("src"), img.get("data-src"))
                 if value and not is_placeholder(value)]
    src = " ".join(HOST_RE.sub("", value) for value in addresses)
    names = " ".join(value[:ATTRIBUTE_CHARS] for value in (img.get("class"), img.get("id")) if value)
    if (
        JUNK_SRC_RE.search(src.lower())
        or JUNK_NAME_RE.search(names.lower())
        or JUNK_WRAPPER_RE.search(wrappers.lower())
        or _names_junk(img.get("alt") or "")
    ):
        return True
    query_sizes = [int(v) for v in SIZE_QUERY_RE.findall(src)]
    sizes = [pixels(img.get("width")), pixels(img.get("height")), *query_sizes]
    return any(size is not None and size < MIN_SIDE for size in sizes)


def _names_junk(alt: str) -> bool:
    """An alt text that names a logo or an avatar: a short label ("Company logo"), not a description of
    a scene that has a logo in it."""
    return len(alt.split()) <= JUNK_ALT_WORDS and bool(JUNK_ALT_RE.search(alt.lower()))


def holds_other_picture(element, key: str, fallback: bool = False, known: dict | None = None) -> bool:
    """True when `element` also shows a real picture other than the one with this key.

    A `<noscript>` fallback and the lazy-loaded `<img>` beside it are copies of one picture, so only
    pictures of the same kind (fallback or not) count. Stops at the first one found: wrappers of big
    galleries must not cost a look at every picture. `known`: `picture_facts` of the page's pictures,
    when a walk over the whole page has them already.
    """
    for other in element.iter("img"):
        facts = known.get(other) if known is not None else None
        if facts is None:
            if is_fallback(other) != fallback:
                continue
            src = best_source(other)[0]
            if src and picture_key(src) != key and not is_junk(other):
                return True
        elif facts.fallback == fallback and facts.src and facts.key != key and not facts.junk:
            return True
    return False


class PictureFacts:
    """An `<img>`'s key and kind, read once for a walk over the whole page; whether it is junk is read
    only when asked (most pictures never are)."""

    __slots__ = ("img", "src", "width", "key", "fallback", "_junk", "_keys")

    def __init__(self, img):
        self.src, self.width = best_source(img)
        self.key = picture_key(self.src) if self.src else ""
        self.img, self.fallback, self._junk, self._keys = img, is_fallback(img), None, None

    @property
    def keys(self) -> frozenset:
        """The keys of every address the `<img>` offers (sizes, crops, the file it links to): read
        only when asked, for the pictures a share image is looked for among."""
        if self._keys is None:
            urls = every_source(self.img) + [file_link(self.img) or ""]
            self._keys = frozenset({self.key} | {picture_key(url) for url in urls if url}) - {""}
        return self._keys

    @property
    def junk(self) -> bool:
        if self._junk is None:
            self._junk = is_junk(self.img)
        return self._junk


def link_around(img):
    """The link a picture sits in (a few levels up) when it leads to another page (a teaser, a list of
    stories); None where there is none, or it only opens the picture's own file or a place on this page."""
    for ancestor, _ in zip(lifted_ancestors(img), range(FIGURE_DEPTH), strict=False):
        if ancestor.tag == "a":
            href = (ancestor.get("href") or "").split("?")[0]
            return None if not href or href.startswith("#") or _opens_own_file(href, img) else ancestor
    return None


def _opens_own_file(href: str, img) -> bool:
    """A link to a picture file, or to another size of this picture on the picture's own host (an
    address with no extension); a page named like the picture ("/other-story") is another page."""
    if IMAGE_EXTENSION_RE.search(href):
        return True
    src = best_source(img)[0]
    return bool(src) and _host(href) == _host(src) and picture_key(href) == picture_key(src)


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:  # a malformed address has no host to compare
        return ""


def file_link(img) -> str | None:
    """The address of the picture's own file when a link around it opens that (a larger copy)."""
    for ancestor, _ in zip(lifted_ancestors(img), range(FIGURE_DEPTH), strict=False):
        if ancestor.tag == "a":
            href = (ancestor.get("href") or "").strip()
            return href if IMAGE_EXTENSION_RE.search(href.split("?")[0]) else None
    return None


def is_inside(element, container) -> bool:
    """Whether `container` is one of `element`'s ancestors."""
    return any(ancestor is container for ancestor in element.iterancestors())


def is_fallback(img) -> bool:
    return any(ancestor.tag == "noscript" for ancestor, _ in zip(lifted_ancestors(img), range(3), strict=False))


def lifted_ancestors(element):
    """An element's ancestors without the `<source>` levels libxml2 puts between a `<picture>` and its
    `<img>`: a picture with six sources must not look six levels deeper in its figure."""
    return (ancestor for ancestor in element.iterancestors() if ancestor.tag != "source")


def pixels(value: str | None) -> int | None:
    """A size attribute in CSS pixels; "100%" or "auto" say nothing about the picture's size."""
    digits = re.match(r"\s*(\d+)\s*(px)?\s*$", value or "")
    return int(digits.group(1)) if digits else None
