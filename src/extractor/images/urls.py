"""Image addresses: the best copy among lazy-load attributes and srcsets, and one key per picture."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

# Where lazy-loading scripts keep the real address, most specific first; `src` is often a placeholder.
LAZY_SRC_ATTRIBUTES = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazy",
    "data-url",
    "data-hi-res-src",
    "data-full-src",
    "data-lzl-src",
    "data-pin-media",
    "data-orig-file",
    "src",
)
LAZY_SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "data-lzl-srcset", "srcset")

DESCRIPTOR_RE = re.compile(r"^(\d+(?:\.\d+)?)([wx])$")
# "640w,https://..." with no space after the comma: the comma still ends the candidate.
DESCRIPTOR_COMMA_RE = re.compile(r"(\s\d+(?:\.\d+)?[wx]),(?=\S)")
# Inline placeholders and transparent spacers stand in for the picture until a script swaps it.
INLINE_SCHEMES = ("data:", "about:", "javascript:")
PLACEHOLDER_RE = re.compile(
    r"^(data:|about:|javascript:)|(blank|spacer|pixel|transparent|placeholder|1x1)\.(gif|png)", re.IGNORECASE
)
IMAGE_EXTENSION_RE = re.compile(r"\.(jpe?g|png|gif|webp|avif|bmp|tiff?|svg|pjpeg|jfif)$", re.IGNORECASE)
# Size and crop marks that CDNs and CMSs add to one file's copies: -1024x576, _800x, @2x, -scaled.
# An image service's size options after "=" at the end of the name ("...=s1000", "...=w1200-h630-p") too.
SIZE_MARK_RE = re.compile(r"(\d+x\d*|\d*x\d+|@\dx|scaled|e\d{10,}|=[swh]\d+(?:-[\w]+)*$)", re.IGNORECASE)
NON_ALNUM_RE = re.compile(r"[^a-z0-9]+")
# File names that say nothing about the picture; the folder above names it instead.
GENERIC_NAMES = {
    "original",
    "image",
    "img",
    "default",
    "index",
    "photo",
    "picture",
    "large",
    "medium",
    "small",
    "thumb",
    "thumbnail",
    "full",
    "source",
    "main",
    "hero",
    "file",
    "",
}
NESTED_URL_RE = re.compile(r"(https?(?::|%3A)(?:/|%2F){2}.+)$", re.IGNORECASE)


def parse_srcset(srcset: str) -> list[tuple[str, float, str]]:
    """`srcset` candidates as (url, value, unit); commas inside URLs (Cloudinary, Imgix) survive."""
    candidates: list[tuple[str, float, str]] = []
    url = None
    for token in DESCRIPTOR_COMMA_RE.sub(r"\1, ", srcset).split():
        descriptor = DESCRIPTOR_RE.match(token.rstrip(","))
        if url is not None and descriptor:
            candidates.append((url, float(descriptor.group(1)), descriptor.group(2)))
            url = None
            continue
        if url is not None:
            candidates.append((url, 1.0, "x"))
        url = token.rstrip(",")
        if token.endswith(","):
            candidates.append((url, 1.0, "x"))
            url = None
    if url:
        candidates.append((url, 1.0, "x"))
    return [c for c in candidates if c[0] and not c[0].startswith(INLINE_SCHEMES)]


def largest_candidate(srcset: str) -> tuple[str, int | None] | None:
    """The widest candidate of a srcset, with its width when the srcset gives one."""
    candidates = parse_srcset(srcset)
    if not candidates:
        return None
    url, value, unit = max(candidates, key=lambda c: (c[2] == "w", c[1]))
    return url, int(value) if unit == "w" else None


def best_source(element) -> tuple[str | None, int | None]:
    """The largest real address an `<img>` (and a `<picture>` around it) offers, and its width."""
    found: list[tuple[str, int | None]] = []
    for holder in _source_holders(element):
        for attribute in LAZY_SRCSET_ATTRIBUTES:
            value = holder.get(attribute)
            candidate = largest_candidate(value) if value else None
            if candidate:
                found.append(candidate)
                break
    widest = max((c for c in found if c[1]), key=lambda c: c[1], default=None)
    if widest:
        return widest
    for attribute in LAZY_SRC_ATTRIBUTES:
        value = (element.get(attribute) or "").strip()
        if value and not is_placeholder(value):
            return value, None
    return found[0] if found else (None, None)


def _source_holders(element) -> list:
    """The `<img>` and the raster `<source>`s of a `<picture>` around it: what offers its srcsets."""
    picture = _picture_around(element)
    if picture is None:
        return [element]
    return [element, *(s for s in picture.iter("source") if "svg" not in (s.get("type") or ""))]


def every_source(element) -> list[str]:
    """Every address an `<img>` offers for its picture: each srcset candidate (its `<picture>`'s
    sources too), each lazy-load attribute. A page's share image is often one of these sizes or crops
    rather than the one shown."""
    found: list[str] = []
    for holder in _source_holders(element):
        for attribute in LAZY_SRCSET_ATTRIBUTES:
            found += [url for url, _, _ in parse_srcset(holder.get(attribute) or "")]
    lazy = [(element.get(attribute) or "").strip() for attribute in LAZY_SRC_ATTRIBUTES[:-1]]
    # Where a lazy-load attribute holds the address, `src` is a stand-in (one file for every picture).
    for value in [v for v in lazy if v] or [(element.get("src") or "").strip()]:
        if value and not is_placeholder(value):
            found.append(value)
    return found


def _picture_around(element):
    """The `<picture>` an `<img>` belongs to; libxml2 nests the `<img>` inside the `<source>` elements."""
    for ancestor in element.iterancestors():
        if ancestor.tag == "picture":
            return ancestor
        if ancestor.tag != "source":
            return None
    return None


def is_placeholder(url: str) -> bool:
    url = url.strip()
    return url.startswith(INLINE_SCHEMES) or bool(PLACEHOLDER_RE.search(url[:500]))


def absolute(url: str, base: str | None) -> str:
    url = url.strip()
    if url.startswith("//"):
        return "https:" + url
    return safe_join(base, url) if base else url


def safe_join(base: str, url: str) -> str:
    """urljoin that leaves the address as written when the page's base or address is malformed
    ("http://[..." makes urllib raise ValueError)."""
    try:
        return urljoin(base, url)
    except ValueError:
        return url


@lru_cache(maxsize=4096)
def picture_key(url: str) -> str:
    """One key for every copy of a picture: its file name without sizes, crops, CDN or extension.
    Asked about one address many times (each copy, each wrapper's test): kept."""
    path, query = _inner_address(url)
    segments = [s for s in path.split("/") if s]
    name = _bare_name(segments[-1] if segments else "")
    if name in GENERIC_NAMES or len(name) < 4 or name.isdigit():
        parent = _bare_name(segments[-2]) if len(segments) > 1 else ""
        name = f"{parent}/{name}" if (name or parent) else query
    return name


def _inner_address(url: str) -> tuple[str, str]:
    """Path and query of the picture itself, when a resizing proxy wraps the real address."""
    try:
        parts = urlsplit(url)
    except ValueError:  # a malformed address is its own key
        return url, ""
    for values in parse_qs(parts.query).values():
        for value in values:
            if value.startswith("http") and IMAGE_EXTENSION_RE.search(_path(value)):
                return _path(value), ""
    nested = NESTED_URL_RE.search(parts.path[1:])
    if nested:
        return _path(unquote(nested.group(1))), ""
    return unquote(parts.path), parts.query


def _path(url: str) -> str:
    try:
        return urlsplit(url).path
    except ValueError:
        return url


def _bare_name(segment: str) -> str:
    name = unquote(segment).lower()
    while IMAGE_EXTENSION_RE.search(name):
        name = IMAGE_EXTENSION_RE.sub("", name)
    name = SIZE_MARK_RE.sub("", name)
    return NON_ALNUM_RE.sub("", name)
