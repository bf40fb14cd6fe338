"""The filter stage: drop boilerplate blocks from the body, each removal recorded with its kind."""

from __future__ import annotations

import re

from lxml import etree

from ..model import Article, Options
from ..text import ends_sentence, word_count
from .table import (
    LINK_LABEL_RE,
    MAX_SENTENCE_BLOCK_WORDS,
    boilerplate_kind,
    boilerplate_sentences,
    leading_kind,
)

# How far into the body the headline may be repeated before the article starts.
HEADLINE_WINDOW = 3
# A "Related articles" / "More from Acme" heading this close to the end heads a list of other
# stories when every block after it is as short as a teaser (a title, a one-line summary).
TRAILING_RELATED_WINDOW = 6
MAX_TEASER_WORDS = 40
MAX_SECTION_HEADING_WORDS = 4
# How many blocks at the top of the body may hold page furniture (dates, bylines, reading times).
LEADING_WINDOW = 4
# How far from the end of the body an author's bio or signature may stand.
AUTHOR_BIO_WINDOW = 3
# What follows the author's name in a bio ("Jane Roe is a writer ...") or a signature (the name
# alone); "Jane Roe said ..." is the story quoting its author.
BIO_OPENING_RE = re.compile(r",? (is|was|has|writes|covers|lives|joined|leads|serves|works|holds|oversees)\b|\s*$")
# A leading or trailing block this short, without a sentence's punctuation, is page furniture
# (breadcrumbs, bylines, counters, single links) rather than article text.
EDGE_MAX_WORDS = 4
# A repeated block this long is a pull quote or a duplicated teaser; shorter repeats are
# usually legitimate repeated headings ("Pros & Cons" under each product).
MIN_DUPLICATE_WORDS = 10
LIST_MARKER_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
# Besides a sentence's end (text.ends_sentence, every script), what closes a block that is not a
# widget label: a lead-in's colon, a closing quote or bracket ("(AP)").
CLOSING_MARKS = ':"”»)）」'
LINK_TEXT_XPATH = etree.XPath("//a", smart_strings=False)
SPACE_RUN_RE = re.compile(r" {2,}")


def filter_boilerplate(article: Article, options: Options) -> Article:
    """Each removal notes the paragraph it stood before, so `--explain` can show the page in order."""
    blocks = article.paragraphs
    kept: list[str] = []
    survived: list[bool] = []
    seen: set[str] = set()
    headline = _headline_index(blocks, article)
    teasers_from = _trailing_related_start(blocks)
    for index, block in enumerate(blocks):
        kind = (_above_headline_kind(block, index, headline) or _block_kind(block, index, article, seen)
                or _teaser_kind(index, teasers_from) or _author_bio_kind(block, index, len(blocks), article))
        if kind:
            article.remove(kind, block, options, paragraph=index)  # an old index, renumbered below
            survived.append(False)
            continue
        block = _without_boilerplate_lines(block, article, options, index)
        survived.append(bool(block))
        if block:
            kept.append(block)
            seen.add(_fold(block))
    if options.explain:
        article.renumber_removals(survived)
    article.body = "\n\n".join(_trim_trailing_widgets(kept, article, options))
    return article


def _without_boilerplate_lines(block: str, article: Article, options: Options, index: int) -> str:
    """A list or a block of several lines loses the lines that are clutter on their own, and a
    long line the sentences that are (a call to action glued to the end of a paragraph)."""
    lines = block.split("\n")
    kept = []
    for line in lines:
        kind = _line_kind(LIST_MARKER_RE.sub("", line), index) if len(lines) > 1 else None
        if kind:
            article.remove(kind, line, options, paragraph=index)
            continue
        line = _without_boilerplate_sentences(line, article, options, index)
        if line:
            kept.append(line)
    return "\n".join(kept)


def _without_boilerplate_sentences(line: str, article: Article, options: Options, index: int) -> str:
    if word_count(line) <= MAX_SENTENCE_BLOCK_WORDS:
        return line  # `boilerplate_kind` has judged it whole
    found = boilerplate_sentences(line)
    for kind, sentence in found:
        article.remove(kind, sentence, options, paragraph=index)
        line = line.replace(sentence, "", 1)
    return SPACE_RUN_RE.sub(" ", line).strip() if found else line


def _block_kind(block: str, index: int, article: Article, seen: set[str]) -> str | None:
    folded = _fold(block)
    if index < HEADLINE_WINDOW and article.title and folded == _fold(article.title):
        return "headline"
    if folded in seen and word_count(folded) >= MIN_DUPLICATE_WORDS:
        return "duplicate"
    return _line_kind(LIST_MARKER_RE.sub("", block), index)


def _headline_index(blocks: list[str], article: Article) -> int:
    """Where the body repeats the headline (0 when it does not)."""
    if article.title:
        title = _fold(article.title)
        return next((index for index, block in enumerate(blocks[:HEADLINE_WINDOW]) if _fold(block) == title), 0)
    return 0


def _above_headline_kind(block: str, index: int, headline: int) -> str | None:
    """A label standing above the repeated headline is the site's name or the section's kicker
    ("The Go Blog", "Company Spotlight"): the story starts with its headline."""
    return "kicker" if index < headline and _is_short_label(block) else None


def _trailing_related_start(blocks: list[str]) -> int | None:
    """The index of a related-stories heading near the end that only teasers follow, or None."""
    for index in range(max(1, len(blocks) - TRAILING_RELATED_WINDOW - 1), len(blocks) - 1):
        if _is_related_heading(blocks[index]):
            teasers = blocks[index + 1:]
            return index if all(word_count(block) <= MAX_TEASER_WORDS for block in teasers) else None
    return None


def _is_related_heading(block: str) -> bool:
    text = LIST_MARKER_RE.sub("", block)
    return (word_count(text) <= MAX_SECTION_HEADING_WORDS and not LINK_LABEL_RE.match(_fold(text))
            and boilerplate_kind(text) in ("related", "newsfeed"))


def _teaser_kind(index: int, teasers_from: int | None) -> str | None:
    return "related" if teasers_from is not None and index > teasers_from else None


def _line_kind(text: str, index: int) -> str | None:
    kind = boilerplate_kind(text)
    if not kind and index < LEADING_WINDOW:
        kind = leading_kind(text)
    return kind


def _author_bio_kind(block: str, index: int, count: int, article: Article) -> str | None:
    """A block near the end that opens with the author's full name is the author's bio or
    signature ("Jane Roe is a freelance writer based in ..."), not the story."""
    if index == 0 or count - index > AUTHOR_BIO_WINDOW:
        return None
    folded = _fold(block)
    for author in article.authors:
        name = _fold(author)
        if name.count(" ") >= 1 and folded.startswith(name) and BIO_OPENING_RE.match(folded, len(name)):
            return "byline"
    return None


def _trim_trailing_widgets(blocks: list[str], article: Article, options: Options) -> list[str]:
    """Drop the run of short labels at the end of a story that widgets leave (tags, share buttons,
    a date): a short label goes only where the page shows it as a link or the table knows it, so
    a sign-off or an editor's initials stay."""
    end = len(blocks)
    links = None
    while end > 1 and _is_short_label(blocks[end - 1]):
        links = _link_texts(article.tree) if links is None else links
        if not _is_furniture(blocks[end - 1], links):
            break
        end -= 1
    if options.explain and end < len(blocks):
        article.renumber_removals([True] * end + [False] * (len(blocks) - end))
    for block in blocks[end:]:
        article.remove("widget", block, options, paragraph=end)
    return blocks[:end]


def _is_short_label(block: str) -> bool:
    """A few words, one line, not closed like a sentence: in any script."""
    return (word_count(block) <= EDGE_MAX_WORDS and "\n" not in block and not ends_sentence(block)
            and not block.rstrip().endswith(tuple(CLOSING_MARKS)))


def _is_furniture(block: str, links: set[str]) -> bool:
    text = LIST_MARKER_RE.sub("", block)
    return _fold(text) in links or bool(boilerplate_kind(text) or leading_kind(text))


def _link_texts(tree) -> set[str]:
    """The folded texts of the page's links (empty without a tree: a body given as text)."""
    if tree is None:
        return set()
    return {_fold(" ".join(link.itertext())) for link in LINK_TEXT_XPATH(tree)}


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
