"""The publication date, as ISO 8601: structured data and htmldate propose, the date the page shows
beside its headline decides."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import cached_property

from htmldate import find_date

from ..months import MONTH_NUMBERS
from ..text import word_count
from .addressdate import address_month, settled_by_address
from .headlines import headline_element

PUBLISHED_LD_KEYS = ("datePublished", "dateCreated", "uploadDate")
PUBLISHED_META_KEYS = (
    "article:published_time", "og:published_time", "published_time", "datepublished", "article.published",
    "pubdate", "publishdate", "publish_date", "publish-date", "date", "dc.date.issued", "dc.date",
    "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
    "citation_date", "article:published", "og:article:published_time",
)
# Publishers name their own publication-time tags ("published", "og:publish_date",
# "article:first_published_time", "cxenseparse:publishtime"); after the known keys, any tag so
# named, but not a modification time ("article:modified_time") or the publisher's page.
PUBLISHED_META_KEY_RE = re.compile(r"publish(?!er)|pubdate|date-pub")
MODIFIED_META_KEY_RE = re.compile(r"modif|updat|revis|changed")
MODIFIED_LD_KEYS = ("dateModified",)
# The publication time a page hands to sharing previews and feeds (OpenGraph's article tags).
OPENGRAPH_PUBLISHED_KEYS = ("article:published_time", "og:published_time", "og:article:published_time")
PUBLISHED_XPATHS = (
    # From the attribute axis: libxml2 visits only elements that have an itemprop (see bylines.py).
    '//@itemprop[.="datePublished"]/../@content',
    '//@itemprop[.="datePublished"]/../@datetime',
    '//time[@itemprop="datePublished"]/@datetime',
    '//@itemprop[.="datePublished"]/..//text()',
    '//time[contains(@class, "publish") or contains(@class, "posted")]/@datetime',
    '(//article//time[@datetime])[1]/@datetime',
    '(//time[@pubdate]|//time[@class="entry-date published"])[1]/@datetime',
)

ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?)?")
SLASHED_RE = re.compile(r"\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
COMPACT_RE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?$")
MONTHS = MONTH_NUMBERS
MONTH_FIRST_RE = re.compile(r"\b([^\W\d_]{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
# "5 March 2024", "29th August, 2023", and with hyphens "15-Jan-2024", "04-ago-2021"
DAY_FIRST_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?(?:\s+|-)([^\W\d_]{3,12})\.?,?(?:\s+|-)(\d{4})\b")
EARLIEST_YEAR = 1995
# Numeric dates as pages print them: year first (2024-11-06, 2024/11/06), or day and month in
# either order (17.05.2021, 2/24/2026, 09.10.2024), read by the dates the page's data knows; with
# dots and no data to tell, day first (the order of every language that writes dates with dots).
YEAR_FIRST_RE = re.compile(r"\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b")
YEAR_LAST_RE = re.compile(r"\b(\d{1,2})([-/.])(\d{1,2})\2(\d{4})\b")
# Day, month and year each closed by a dot and a space, as German, Czech, Slovak and Polish pages print
# them ("06. 01. 2026"): day first, as dots part dates.
SPACED_DOTTED_RE = re.compile(r"\b(\d{1,2})\. (\d{1,2})\. (\d{4})\b")
# Chinese and Japanese "2025年1月13日", Korean "2025년 6월 4일".
CJK_DATE_RE = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
# A dotted date with a two-digit year ("27.04.24"), standing alone: not after a letter or a dot (a
# version number), not before more digits (a longer date).
SHORT_YEAR_DATE_RE = re.compile(r"(?<![\w.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]\d)")
VISIBLE_DATE_XPATH = "//body//text()[re:test(., '(19|20)\\d\\d')][not(ancestor::script or ancestor::style)]"
MAX_DATE_NODE_CHARS = 120

# The article's own date line sits just above or below its headline ("By Jane Roe | March 5,
# 2024", "Updated Dec 4, 2025"); further away are teaser lists, tickers and the story itself.
# Measured in characters of visible text; fitted on the development pages.
SHOWN_DATE_CHARS_BEFORE = 200
SHOWN_DATE_CHARS_AFTER = 300
# Text nodes read on each side of the headline, whitespace and furniture included: enough to
# fill the windows above. The bound comes first in the XPath so that only these nodes are
# tested, however long the page.
SHOWN_DATE_NODES = 150
# Longer than any date as written ("29th September, 2024" is 20 characters).
LONGEST_DATE_CHARS = 40
NOT_SHOWN = "ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
# Site furniture around the article: menus, footers, sidebars, and a page header that holds
# neither the headline nor the article (where sites print today's date). `$own_header` holds the
# headline's own <header>s (XPath 1.0 tells a node apart by `count(. | $set)`): asking each header
# whether it holds an h1 would walk the whole header once per text node.
FURNITURE = ("ancestor::nav or ancestor::footer or ancestor::aside or ancestor::header["
             "count(. | $own_header) != count($own_header) and not(ancestor::article or ancestor::main)]")
# A date introduced as an update ("Updated on:", "Last modified", "aktualisiert") is not the
# publication date; the words are read in this many characters before the date.
UPDATE_LABEL_RE = re.compile(
    r"(?:updated|modified|changed|revised|refreshed|edited|last active|aktualisiert|mis à jour|actualizado|aggiornato)"
    r"\W*(?:on|at|am|le|el|il)?\W*$",
    re.IGNORECASE,
)
LABEL_CHARS = 40
# A date the page introduces as its publication ("Published March 9, 2026", "This article was
# originally published on 26 Sep 2019") is the article's date wherever it stands in the text read
# around the headline: a long standfirst or a lead picture's caption pushes it past the windows
# above, and a syndicated story names its first publication below the story. Not an author box's
# "Last published" (the author's latest article). Looked up as plain substrings of the lowercased
# text: a case-blind regex over the few kilobytes read costs ten times as much.
PUBLICATION_LABELS = ("published", "posted", "first appeared", "publicado", "publié", "veröffentlicht", "publiziert",
                      "pubblicato", "gepubliceerd", "publicerad", "publisert", "udgivet", "opublikowano",
                      "publikováno", "yayınlanma", "опубликовано")
NOT_PUBLICATION_PREFIX = "last "
# Between the label and its date: "Published: ", "Posted on ", "publié le ", "Published Friday, ".
LABEL_TO_DATE_RE = re.compile(r"\W*(?:on|at|am|le|el|il)?\W*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?")
# Text that cannot date the article beside its headline: a sentence longer than a date line
# ("By Jane Roe, Senior Reporter | Friday, 22 Nov 2024 4:55 PM" is 11 words; a story or a caption
# telling of the day something happened runs to twenty and more), an address written out (the
# date in a link's path), a picture's caption.
PROSE_WORDS = 16
CAPTION_TAGS = ("figcaption", "figure")
ADDRESS_MARK = "://"
# How far (hours) a local clock may stand from UTC: a shown date one day off a structured
# timestamp is the same moment in the reader's time zone.
ZONE_HOURS_WEST, ZONE_HOURS_EAST = 12, 14


@dataclass(frozen=True)
class DataDates:
    """The days the page's data names: publication and modification fields, the day proposed from
    them, publication dates in the markup (looked up when needed), whether its OpenGraph tags
    announce the publication (`article:published_time`), and the month its address names."""

    published: set[str]
    modified: set[str]
    proposed: str | None
    tree: object = field(default=None, repr=False, compare=False)
    announces_publication: bool = False
    address_month: str | None = None

    @cached_property
    def in_markup(self) -> set[str]:
        found = map(to_iso, _markup_candidates(self.tree)) if self.tree is not None else ()
        return {iso[:10] for iso in found if iso}

    def reading(self, readings: set[str]) -> str | None:
        """Which reading of an ambiguous numeric date the data supports: the structured fields and the
        address's month over htmldate's proposal (htmldate reads 09.10.2024 day first on US pages)."""
        in_month = {iso for iso in readings if iso[:7] == self.address_month}
        for known in (self.published | self.modified, self.in_markup, in_month, {self.proposed}):
            if len(readings & known) == 1:
                return (readings & known).pop()
        return None


@dataclass(frozen=True)
class ShownDate:
    """A date printed beside the headline, and whether the page introduces it as an update or
    as the publication."""

    iso: str
    is_update: bool
    is_publication: bool = False


def find_published(tree, meta: dict, ld: dict, url: str | None = None) -> str | None:
    """The machine-readable date (htmldate's, with the structured fields' time of day), unless
    the page shows another date beside its headline: what the reader sees as the article's date
    is the article's date, and the structured fields are often a CMS's creation date or a
    template's. Where nothing proposes a date, the first date written out in the page's visible
    text (htmldate's own extensive search would hand such text to dateparser, which costs seconds
    per page once its pattern cache overflows)."""
    structured = [iso for iso in map(to_iso, _data_candidates(meta, ld)) if iso]
    proposed = _proposed_date(tree, structured, url)
    data = DataDates(
        published={iso[:10] for iso in structured},
        modified={iso[:10] for iso in map(to_iso, _modified_candidates(meta, ld)) if iso},
        proposed=proposed[:10] if proposed else None,
        tree=tree,
        announces_publication=any(meta.get(key) for key in OPENGRAPH_PUBLISHED_KEYS),
        address_month=address_month(url),
    )
    shown = declared_publication(tree) + shown_dates(tree, data)
    if all(item.is_update for item in shown):
        proposed = publication_over_modification(proposed, structured, data)
    return choose_shown_or_proposed(proposed, shown, data) or visible_date(tree)


def declared_publication(tree) -> list[ShownDate]:
    """The day of the first `<time pubdate>`, HTML's mark for the article's publication, labelled
    so wherever it stands (a "Published" line below a long story is past the labelled-date search)."""
    for element in tree.iter("time"):
        iso = element.get("pubdate") is not None and to_iso(element.get("datetime") or "")
        if iso:
            return [ShownDate(iso[:10], is_update=False, is_publication=True)]
    return []


def publication_over_modification(proposed: str | None, structured: list[str], data: DataDates) -> str | None:
    """The structured publication date where htmldate proposes only the modification date: it
    falls back on a page's modification time when it trusts no publication field (a JSON-LD
    datePublished beside an article:modified_time meta tag). Only where the page shows no date or
    only update dates: a page showing the modification date unlabelled beside its headline may well
    mean it as its date."""
    if structured and data.proposed in data.modified and data.proposed not in data.published:
        return structured[0]
    return proposed


def _proposed_date(tree, structured: list[str], url: str | None = None) -> str | None:
    """htmldate first: it weighs URL, structured and visible dates against each other and was
    right more often than any single structured field on the development pages; the structured
    fields (the page's markup only where its data has none) add the time of day."""
    first = structured[0] if structured else next(filter(None, map(to_iso, _markup_candidates(tree))), None)
    found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    found = settled_by_address(found, url)
    if found and first and first.startswith(found):
        return first
    return found or first


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


def _data_candidates(meta: dict, ld: dict):
    for key in PUBLISHED_LD_KEYS:
        if isinstance(ld.get(key), str):
            yield ld[key]
    for key in PUBLISHED_META_KEYS:
        if meta.get(key):
            yield meta[key]
    for key, value in meta.items():
        if PUBLISHED_META_KEY_RE.search(key) and not MODIFIED_META_KEY_RE.search(key):
            yield value


def _markup_candidates(tree):
    """Publication dates in the page's markup (microdata, <time>), read one at a time: each is
    a search of the whole tree."""
    for xpath in PUBLISHED_XPATHS:
        for value in tree.xpath(xpath)[:1]:
            yield str(value)


def _modified_candidates(meta: dict, ld: dict):
    for key in MODIFIED_LD_KEYS:
        if isinstance(ld.get(key), str):
            yield ld[key]
    for key, value in meta.items():
        if MODIFIED_META_KEY_RE.search(key):
            yield value


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


def short_year_dates(text: str) -> list[tuple[int, str]]:
    """(position, ISO date) of each "27.04.24": day first, as dots part dates wherever pages print
    them, in this century. Only for a line known to give a date (a text dump's date line)."""
    found = []
    for match in SHORT_YEAR_DATE_RE.finditer(text):
        day, month, year = match.groups()
        iso = _valid(f"20{year}", month, day)
        if iso:
            found.append((match.start(), iso))
    return found


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


def choose_shown_or_proposed(proposed: str | None, shown: list[ShownDate], data: DataDates) -> str | None:
    """The date the page shows beside its headline where it differs from the proposed one, but
    not an update date over the publication time of the page's OpenGraph tags (the date sharing
    previews and feeds show). A publication in JSON-LD alone does not outrank a shown update: such
    pages, refreshed guides mostly, were dated by their update on the development pages (16 of
    18), those with the OpenGraph tag by their publication (23 of 28). A date the page labels as
    its publication decides."""
    if not shown:
        return proposed
    if proposed is None:
        return shown[0].iso
    day = proposed[:10]
    first = shown[0]
    if first.is_publication:
        # The page names its publication date; the data's may be another clock's day of it.
        return proposed if is_same_day_or_moment(first.iso, proposed) else first.iso
    if any(item.iso == day for item in shown):
        if day in data.modified and day not in data.published:
            # htmldate took the modification date; the page shows the publication date too.
            published = [item for item in shown if not item.is_update and item.iso not in data.modified]
            if published:
                return published[0].iso
        return proposed
    is_update = first.is_update or first.iso in data.modified
    keeps_publication = is_update and day in data.published and data.announces_publication
    if keeps_publication or is_same_moment_elsewhere(first.iso, proposed):
        return proposed
    return first.iso


def is_same_day_or_moment(day: str, timestamp: str) -> bool:
    return day == timestamp[:10] or is_same_moment_elsewhere(day, timestamp)


def is_same_moment_elsewhere(day: str, timestamp: str) -> bool:
    """Whether `day` is the calendar day of `timestamp` in some time zone."""
    if len(timestamp) <= 10:
        return False
    try:
        moment = datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
    except ValueError:
        return False
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    earliest = (moment - timedelta(hours=ZONE_HOURS_WEST)).date()
    latest = (moment + timedelta(hours=ZONE_HOURS_EAST)).date()
    return earliest <= date.fromisoformat(day) <= latest


def shown_dates(tree, data: DataDates) -> list[ShownDate]:
    """Dates printed near the article's headline, in reading order, after those the text read
    around it labels as the publication date."""
    headline = headline_element(tree)
    if headline is None:
        return []
    before, after, not_dating = _text_around(headline)
    text = f"{before} {after}"
    start = len(before) - SHOWN_DATE_CHARS_BEFORE
    stop = len(before) + 1 + SHOWN_DATE_CHARS_AFTER
    # Only the window is searched (the text read runs to several kilobytes), cut at spaces so that
    # no number is split; a date starting inside the window may run on past it.
    low = text.rfind(" ", 0, max(0, start)) + 1
    high = text.find(" ", stop + LONGEST_DATE_CHARS)
    window = text[low:] if high < 0 else text[low:high]
    found = []
    for offset, iso in dates_in(window, data):
        position = low + offset
        if start <= position <= stop and not any(first <= position < last for first, last in not_dating):
            label = text[max(0, position - LABEL_CHARS):position]
            found.append(ShownDate(iso, bool(UPDATE_LABEL_RE.search(label))))
    # What the page calls its publication date outranks the dates it leaves unnamed. Read from the
    # window's start on: above the headline, further than the window, are teasers and sidebars.
    labelled = labelled_publication_dates(text[max(0, start):], data)
    return [ShownDate(iso, False, True) for iso in labelled] + found


def labelled_publication_dates(text: str, data: DataDates) -> list[str]:
    """Dates right after a publication label anywhere in `text`, in reading order (labels are
    rare, so only the few characters after each are searched for a date)."""
    lowered = text.lower()
    found = []
    for label in PUBLICATION_LABELS:
        at = lowered.find(label)
        while at >= 0:
            if not lowered.endswith(NOT_PUBLICATION_PREFIX, 0, at):
                start = LABEL_TO_DATE_RE.match(lowered, at + len(label)).end()
                after = lowered[start:start + LONGEST_DATE_CHARS]
                found += [(at, iso) for offset, iso in dates_in(after, data) if offset == 0]
            at = lowered.find(label, at + 1)
    return [iso for _, iso in sorted(found)]


def _text_around(headline) -> tuple[str, str, list[tuple[int, int]]]:
    """Visible text before the headline, and from the headline on, whitespace normalised; and the
    spans of that text (joined as `before + " " + after`) that cannot date the article."""
    shown = f"[position() <= {SHOWN_DATE_NODES}][normalize-space()][not({NOT_SHOWN} or {FURNITURE})]"
    own_header = headline.xpath("ancestor::header")
    before = headline.xpath(f"preceding::text(){shown}", own_header=own_header)
    after = list(headline.itertext()) + headline.xpath(f"following::text(){shown}", own_header=own_header)
    before_text, before_spans = _joined(before)
    after_text, after_spans = _joined(after)
    shift = len(before_text) + 1
    return before_text, after_text, before_spans + [(first + shift, last + shift) for first, last in after_spans]


def _joined(texts) -> tuple[str, list[tuple[int, int]]]:
    """The texts joined by spaces, without pictures' captions (a photograph is dated by the day it
    was taken, and a long caption would push the date line out of the windows); and the spans of
    the texts that cannot date the article."""
    pieces, spans, length = [], [], 0
    for text in texts:
        if text.isspace() or in_caption(text):
            continue
        piece = " ".join(text.split())
        at = length + (1 if pieces else 0)
        if word_count(piece) > PROSE_WORDS or ADDRESS_MARK in piece:
            spans.append((at, at + len(piece)))
        pieces.append(piece)
        length = at + len(piece)
    return " ".join(pieces), spans


def in_caption(node) -> bool:
    """Whether a text node (an lxml result; plain strings are the headline's own) is in a caption."""
    holder = node.getparent() if hasattr(node, "getparent") else None
    if holder is not None and node.is_tail:  # a tail stands in the element's parent, not in the element
        holder = holder.getparent()
    return holder is not None and (holder.tag in CAPTION_TAGS
                                   or next(holder.iterancestors(*CAPTION_TAGS), None) is not None)


def dates_in(text: str, data: DataDates):
    """(position, ISO date) of each date written in `text`; a numeric date that reads two ways
    counts only where the page's data names one of them."""
    found = []
    for regex, order in ((MONTH_FIRST_RE, "mdy"), (DAY_FIRST_RE, "dmy")):
        for match in regex.finditer(text):
            parts = dict(zip(order, match.groups(), strict=False))
            month = MONTHS.get(parts["m"].lower().rstrip("."))
            iso = _valid(parts["y"], month, parts["d"]) if month else None
            if iso:
                found.append((match.start(), iso))
    for regex, groups in ((YEAR_FIRST_RE, (1, 3, 4)), (CJK_DATE_RE, (1, 2, 3)), (SPACED_DOTTED_RE, (3, 2, 1))):
        for match in regex.finditer(text):
            iso = _valid(*match.group(*groups))
            if iso:
                found.append((match.start(), iso))
    for match in YEAR_LAST_RE.finditer(text):
        first, separator, second, year = match.groups()
        readings = {iso for iso in (_valid(year, first, second), _valid(year, second, first)) if iso}
        iso = readings.pop() if len(readings) == 1 else data.reading(readings)
        if iso is None and separator == "." and readings:
            iso = _valid(year, second, first)  # dots part day, month, year wherever pages use them
        if iso:
            found.append((match.start(), iso))
    return sorted(found)
