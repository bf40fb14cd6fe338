"""The publication date, as ISO 8601, from structured data first and visible dates after."""

from __future__ import annotations

import re
from datetime import date, datetime

from htmldate import find_date

PUBLISHED_LD_KEYS = ("datePublished", "dateCreated", "uploadDate")
PUBLISHED_META_KEYS = (
    "article:published_time", "og:published_time", "published_time", "datepublished", "article.published",
    "pubdate", "publishdate", "publish_date", "publish-date", "date", "dc.date.issued", "dc.date",
    "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "citation_date", "article:published", "bt:pubdate", "og:article:published_time",
)
# Publishers name their own publication-time tags ("published", "og:publish_date",
# "article:first_published_time", "cxenseparse:publishtime"); after the known keys, any tag so
# named, but not a modification time ("article:modified_time") or the publisher's page.
PUBLISHED_META_KEY_RE = re.compile(r"publish(?!er)|pubdate|date-pub")
MODIFIED_META_KEY_RE = re.compile(r"modif|updat|revis|changed")
PUBLISHED_XPATHS = (
    '//*[@itemprop="datePublished"]/@content',
    '//*[@itemprop="datePublished"]/@datetime',
    '//time[@itemprop="datePublished"]/@datetime',
    '//*[@itemprop="datePublished"]//text()',
    '//time[contains(@class, "publish") or contains(@class, "posted")]/@datetime',
    '(//article//time[@datetime])[1]/@datetime',
    '(//time[@pubdate]|//time[@class="entry-date published"])[1]/@datetime',
)

ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?)?")
SLASHED_RE = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?$")
MONTHS = {m: i for i, names in enumerate((
    ("jan", "january", "janvier", "januar", "enero"), ("feb", "february", "février", "februar", "febrero"),
    ("mar", "march", "mars", "märz", "marzo"), ("apr", "april", "avril", "abril"),
    ("may", "mai", "mayo"), ("jun", "june", "juin", "juni", "junio"),
    ("jul", "july", "juillet", "juli", "julio"), ("aug", "august", "août", "agosto"),
    ("sep", "sept", "september", "septembre", "septiembre"), ("oct", "october", "octobre", "oktober", "octubre"),
    ("nov", "november", "novembre", "noviembre"), ("dec", "december", "décembre", "dezember", "diciembre"),
), start=1) for m in names}
MONTH_FIRST_RE = re.compile(r"\b([A-Za-zéû]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
DAY_FIRST_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-zéûä]{3,9})\.?,?\s+(\d{4})\b")
EARLIEST_YEAR = 1995
VISIBLE_DATE_XPATH = "//body//text()[re:test(., '(19|20)\\d\\d')][not(ancestor::script or ancestor::style)]"
MAX_DATE_NODE_CHARS = 120


def find_published(tree, meta: dict, ld: dict) -> str | None:
    """htmldate first: it weighs URL, structured and visible dates against each other and was
    right more often than any single structured field on the development pages; the structured
    fields add the time of day. Where neither finds a date, the first date written out in the
    page's visible text (htmldate's own extensive search would hand such text to dateparser,
    which costs seconds per page once its pattern cache overflows)."""
    structured = next((iso for iso in map(to_iso, _candidates(tree, meta, ld)) if iso), None)
    found = find_date(tree, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    if found and structured and structured.startswith(found):
        return structured
    return found or structured or visible_date(tree)


def visible_date(tree) -> str | None:
    """The first written-out date ("March 5, 2024", "5 March 2024") in a short text node."""
    for text in tree.xpath(VISIBLE_DATE_XPATH, namespaces={"re": "http://exslt.org/regular-expressions"}):
        if len(text) <= MAX_DATE_NODE_CHARS:
            for regex, order in ((MONTH_FIRST_RE, "mdy"), (DAY_FIRST_RE, "dmy")):
                match = regex.search(text)
                if match:
                    parts = dict(zip(order, match.groups(), strict=False))
                    month = MONTHS.get(parts["m"].lower().rstrip("."))
                    iso = _valid(parts["y"], month, parts["d"]) if month else None
                    if iso:
                        return iso
    return None


def _candidates(tree, meta: dict, ld: dict):
    for key in PUBLISHED_LD_KEYS:
        if isinstance(ld.get(key), str):
            yield ld[key]
    for key in PUBLISHED_META_KEYS:
        if meta.get(key):
            yield meta[key]
    for key, value in meta.items():
        if PUBLISHED_META_KEY_RE.search(key) and not MODIFIED_META_KEY_RE.search(key):
            yield value
    for xpath in PUBLISHED_XPATHS:
        for value in tree.xpath(xpath)[:1]:
            yield str(value)


def to_iso(value: str) -> str | None:
    """A date string in any of the forms pages use, as ISO 8601; None when it is not a date."""
    value = value.strip()
    match = ISO_RE.search(value)
    if match:
        year, month, day, clock, zone = match.groups()
        day_iso = _valid(year, month, day)
        if day_iso and clock:
            return f"{day_iso}T{clock}{_zone(zone)}"
        return day_iso
    for regex, order in ((SLASHED_RE, "ymd"), (COMPACT_RE, "ymd"), (MONTH_FIRST_RE, "mdy"), (DAY_FIRST_RE, "dmy")):
        match = regex.search(value)
        if match:
            parts = dict(zip(order, match.groups(), strict=False))
            month = MONTHS.get(parts["m"].lower().rstrip(".")) if not parts["m"].isdigit() else parts["m"]
            if month:
                return _valid(parts["y"], month, parts["d"])
    return None


def _valid(year, month, day) -> str | None:
    try:
        parsed = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not EARLIEST_YEAR <= parsed.year <= datetime.now().year + 1:
        return None
    return parsed.isoformat()


def _zone(zone: str | None) -> str:
    if not zone or zone == "Z":
        return "Z" if zone else ""
    return zone if ":" in zone else f"{zone[:3]}:{zone[3:]}"
