"""The document model: one `Article` flows through every stage, one frozen `Options` steers them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .safe_text import valid_strings
from .text import word_count

SCHEMA = "extractor/1"
INPUT_FORMATS = ("auto", "html", "text")

# A page whose body is shorter than this gets a warning: it is usually a failed extraction,
# a paywall stub or a listing page rather than an article.
SHORT_BODY_WORDS = 50

# The kinds of page the page-type stage tells apart (the record's `page_type`, or null when unsure).
PAGE_TYPES = ("article", "listing", "forum", "product", "documentation", "service", "collection")
# What --page-type calls a page whose type was not decided (an unsure page, a text dump).
UNKNOWN_PAGE_TYPE = "unknown"

# Large enough for the heaviest real news pages (the largest development page is 1.8 MB), small
# enough that one page cannot exhaust a worker: trafilatura's time grows faster than the page
# (measured: 10 MB of paragraphs 15 s and 0.7 GB, 20 MB 111 s), so 50 MB would take many minutes.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# The deepest of the 711 development pages nests 56 elements; 256 is libxml2's own default limit.
# Deeper pages are junk (unclosed <font> or <table> by the thousand) and trafilatura's time on them
# grows faster than linearly (a 2,000-deep table takes half a minute).
DEFAULT_MAX_DEPTH = 256
# trafilatura walks nested lists recursively: at 1,200 levels it exceeded Python's recursion limit
# (1,000 frames), at 960 it did not. The ceiling also stays below libxml2's own (2,048 with
# huge_tree), so a page the parser cut short cannot pass unnoticed.
MAX_DEPTH_CEILING = 800

# The development pages have at most 4,975 elements (median 803). trafilatura's time grows faster
# than the element count: 115,000 elements (5 MB of teaser blocks) took 18 s, 230,000 took 87 s
# on a loaded machine. A page over this is a listing, a feed or junk, not an article.
DEFAULT_MAX_ELEMENTS = 100_000


# Default per-worker address-space limit: far above what the heaviest real page needs (a worker
# peaks near 150 MB on the development pages), low enough that one pathological page raises
# MemoryError in its own worker instead of pushing the machine into swap.
DEFAULT_MEMORY_LIMIT_MB = 2048

# Default per-page time limit: a real page takes well under a second; one that runs for minutes
# is pathological (a regex or a parser gone quadratic) and must not stall a batch left running.
DEFAULT_TIMEOUT_SECONDS = 120.0


@dataclass(frozen=True)
class Options:
    """Everything a caller can choose, gathered once and passed to every stage."""

    url: str | None = None
    input_format: str = "auto"
    explain: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    max_depth: int = DEFAULT_MAX_DEPTH
    max_elements: int = DEFAULT_MAX_ELEMENTS
    quotes: bool = True
    images: bool = True

    def __post_init__(self) -> None:
        if self.input_format not in INPUT_FORMATS:
            raise ValueError(f"input_format must be one of {', '.join(INPUT_FORMATS)}, not {self.input_format!r}")
        if not 1 <= self.max_depth <= MAX_DEPTH_CEILING:
            raise ValueError(f"max_depth must be between 1 and {MAX_DEPTH_CEILING}, not {self.max_depth!r}")


@dataclass
class Quote:
    text: str
    speaker: str | None
    cue: str | None
    kind: str
    paragraph: int
    start: int
    end: int


@dataclass
class Image:
    src: str | None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    width: int | None = None
    height: int | None = None
    role: str = "inline"
    paragraph: int | None = None


@dataclass
class Removal:
    """One block dropped as boilerplate, with the kind of clutter it was."""

    kind: str
    text: str
    # Index of the kept body paragraph this block stood before (len(paragraphs): after the last);
    # None where the position is unknown (containers pruned before content extraction).
    paragraph: int | None = None


@dataclass
class Article:
    """A page on its way through the pipeline; `to_dict` turns it into the record."""

    source: str = "-"
    raw: bytes | None = None
    text: str | None = None  # the decoded page
    input_format: str | None = None
    tree: Any = None  # the one lxml parse of an HTML page, shared by every stage that needs it
    element_count: int | None = None  # the parsed page's elements, counted by the safety check
    declared_charset: str | None = None
    # Read once by the metadata stage for the stages after it: the page's `<meta>` name → content,
    # every JSON-LD object (None: not read), and the one that describes the article.
    meta_tags: dict[str, str] = field(default_factory=dict)
    jsonld_objects: list | None = None
    jsonld_article: dict = field(default_factory=dict)
    # Read by the images stage's first step before head tags and scripts leave the tree: the share
    # image's meta tags and the captions and credits that JSON-LD gives by picture.
    picture_hints: dict = field(default_factory=dict)

    url: str | None = None
    title: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    site_name: str | None = None
    language: str | None = None
    page_type: str | None = None
    body: str = ""
    quotes: list[Quote] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: dict | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n\n") if self.body else []

    @property
    def word_count(self) -> int:
        return word_count(self.body)

    def remove(self, kind: str, text: str, options: Options, paragraph: int | None = None) -> None:
        """Note a dropped block; the text is kept only when the caller asked to see it."""
        if options.explain:
            self.removed.append(Removal(kind, text, paragraph))

    def renumber_removals(self, kept: list[bool]) -> None:
        """The body lost the paragraphs whose `kept` flag is False: move the recorded positions
        (indices into the old paragraphs) to the same places among the paragraphs that remain."""
        new_index = [0]
        for flag in kept:
            new_index.append(new_index[-1] + (1 if flag else 0))
        for removal in self.removed:
            if removal.paragraph is not None:
                removal.paragraph = new_index[min(removal.paragraph, len(kept))]

    def to_dict(self, explain: bool = False) -> dict:
        record = {
            "schema": SCHEMA,
            "source": self.source,
            "input_format": self.input_format,
            "url": self.url,
            "title": self.title,
            "description": self.description,
            "authors": list(self.authors),
            "published": self.published,
            "site_name": self.site_name,
            "language": self.language,
            "page_type": self.page_type,
            "body": self.body,
            "word_count": self.word_count,
            "quotes": [asdict(q) for q in self.quotes],
            "images": [asdict(i) for i in self.images],
            "warnings": list(self.warnings),
            "error": self.error,
        }
        if explain:
            record["removed"] = [asdict(r) for r in self.removed]
        return valid_strings(record)
