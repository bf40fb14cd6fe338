"""The headline of a text dump: which line, of those near the story's start, the page titles itself with.

A dump has no markup to say which line is the headline. Each candidate line near the story is
scored by named signs: it stands alone, near the story, its words come back in the story, a byline
or a date follows it, the page repeats it (the document title in soup-style dumps starts the dump,
"Headline | Site"; a breadcrumb ends with it), it does not read like a sentence, and it is
not the deck under another headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..metadata.chooser import choose
from ..metadata.dates import to_iso
from ..metadata.sitenames import TITLE_SEPARATOR_RE
from .byline import PERSON_NAME_RE, is_byline_or_date
from .lines import Line

# How far above the story the headline may stand (bylines, dates, standfirst, lead photo).
TITLE_WINDOW = 120
# A story whose first lines are heading-shaped may start with its own headline.
TITLE_LOOKAHEAD = 25
MIN_TITLE_WORDS = 2
MAX_TITLE_WORDS = 30
# The signs of a headline line (`title_signs` names them); what each is worth is fitted (chooser.py,
# title_weights.json).
STORY_WORDS_LINES = 40
# A deck is a sentence or two under the headline; a longer line below a heading is a paragraph.
MAX_DECK_WORDS = 20
MAX_ECHO_WORDS = 45
# How many last characters group the echo lines (a line ending with another ends as it does).
ECHO_ENDING_CHARS = 4
INNER_SENTENCE_END_RE = re.compile(r"\w[.!?] +[A-Z]")
FULL_OVERLAP_WORDS = 4
FULL_TITLE_WORDS = 12
HEADLINE_MIN_WORDS = 3
LIST_ITEM_RE = re.compile(r"^(?:\d{1,2}[.)]|[•·▪–-])\s")
CONTENT_WORD_RE = re.compile(r"[^\W\d_]+")
# A headline is followed closely by its byline or date; a menu entry or a section heading is not.
BYLINE_REACH = 4
# A line above the window over a byline is a candidate when most of its words come back in the
# story (3 of 4): teasers over their dates do not say what the story says.
FAR_MIN_OVERLAP = 0.75
# Not a headline: a byline or date label, an address, a handle, no words at all, or a line wholly in
# brackets (a photo note, "(Bild: ... / dpa)", "(Photo: ...)").
TITLE_REJECT_RE = re.compile(r"^(?:by|von|par|por|updated|published|posted)\b|https?://|@|^\W*$"
                             r"|^\([^()]*\)$|^\[[^\[\]]*\]$", re.IGNORECASE)
# A headline line may carry labels between separators: the site's name, a section, a date or a
# series ("Headline | Site", "Headline / Dec 2025", "Home » Headline"). A label is a few words
# written like a name, with no sentence punctuation; a subtitle after a dash is longer or says more.
MAX_LABEL_WORDS = 3
# Breadcrumb entries before a headline are a word or two ("Home", "Blog"); a longer first piece
# is the headline's own first part ("21+ Best Movers / Moving Companies in ...").
MAX_CRUMB_WORDS = 2
LABEL_WORD_RE = re.compile(r"^[^\w]*(?:[A-Z0-9À-ÖØ-Þ]|&)")


def find_title(lines: list[Line], start: int, end: int) -> Line | None:
    """The headline line, or None when nothing above the story looks like one."""
    if not lines:
        return None
    first, last = title_window(lines, start, end)
    context = _title_context(lines, start, end, (first, last))
    best = choose(title_candidates(lines, context, (first, last)))
    if not context.has_paragraphs:
        return _far_document_title_echo(lines, first, last, context.document_title) or best
    return best


def title_candidates(lines: list[Line], context: _TitleContext, window: tuple[int, int]):
    """(line, signs) for each line that may be the headline, in the order that breaks ties: the
    document title a soup dump starts with, headlines far above over their bylines, then the
    window's lines from the top."""
    first, last = window
    is_document_title = _is_document_title(lines[0], context)
    if is_document_title:
        yield lines[0], title_signs(lines, lines[0], context)
    for line in _far_headlines_over_bylines(lines, first, context):
        yield line, title_signs(lines, line, context)
    prose_above = 0  # words of story prose above the candidate: a subheading has many
    for i in range(max(first, 1) if is_document_title else first, last):
        line = lines[i]
        if i >= context.start and line.kind is None and line.is_prose:
            prose_above += line.words
        if not _may_be_title(line) or to_iso(line.text) is not None:  # a date line is no headline
            continue
        context.prose_above = prose_above
        yield line, title_signs(lines, line, context)


def _far_headlines_over_bylines(lines: list[Line], first: int, context: _TitleContext) -> list[Line]:
    """Lines above the title window that a byline or a date follows and whose words come back in
    the story: a headline over its byline, with a long product box or table of contents between it
    and the story's prose. (Their bylines join the context's, for their scores.)"""
    far = []
    for line in lines[:first]:
        if _may_be_title(line) and to_iso(line.text) is None and _overlap(line, context) >= FAR_MIN_OVERLAP:
            below = [other for other in lines[line.index + 1:line.index + 1 + BYLINE_REACH] if is_byline_or_date(other)]
            if below:
                context.meta_lines.update(other.index for other in below)
                far.append(line)
    return far


def title_window(lines: list[Line], start: int, end: int) -> tuple[int, int]:
    """The lines (first, last exclusive) that may hold the headline."""
    return max(0, start - TITLE_WINDOW), min(len(lines), start + TITLE_LOOKAHEAD, end)


def _title_context(lines: list[Line], start: int, end: int, window: tuple[int, int]) -> _TitleContext:
    first, last = window
    bylines = {line.index for line in lines[first:last + BYLINE_REACH] if is_byline_or_date(line)}
    near = [line.key for line in lines[first:last] if line.words <= MAX_ECHO_WORDS]
    breadcrumbs = [line.key for line in lines[first:last] if line.kind == "navigation"]
    return _TitleContext(_title_pieces(lines[0].key), _text_counts(lines), _story_words(lines, start, end),
                         {line.key for line in lines[start:end]}, start, bylines,
                         _by_ending(near), _by_ending(breadcrumbs), has_paragraphs(lines))


def _far_document_title_echo(lines: list[Line], first: int, last: int, document_title: set[str]) -> Line | None:
    """In a dump that starts with the document title (one line per text node), a line far above the
    story that repeats its headline, when no line near the story repeats any of it: a long table of
    contents or a product box stands between the headline and the story's prose. (Not a line below
    the story: the story would start below its headline.)"""
    if any(line.key in document_title for line in lines[max(1, first):last]):
        return None
    headline = {lines[0].key, " ".join(headline_text(lines[0]).lower().split())}
    return next((line for line in lines[1:first] if line.key in headline and _may_be_title(line)), None)


def headline_text(line: Line) -> str:
    """The headline as the line gives it, without the labels around it: the one piece between
    separators that is no label and says more than each of them, with labels after it (a site, a
    date) or short ones before it (a breadcrumb: "Home » Headline")."""
    pieces = [piece.strip() for piece in TITLE_SEPARATOR_RE.split(line.text) if piece.strip()]
    headlines = [position for position, piece in enumerate(pieces) if not _is_label(piece)]
    if len(pieces) < 2 or len(headlines) != 1:
        return line.text
    position = headlines[0]
    headline, before, after = pieces[position], pieces[:position], pieces[position + 1:]
    words = len(headline.split())
    if all(len(label.split()) <= MAX_CRUMB_WORDS for label in before) \
            and all(len(label.split()) < words for label in before + after):
        return headline
    return line.text


def _is_label(piece: str) -> bool:
    """A site's name, a section, a date or a part number: a few words, each written with a capital."""
    words = piece.split()
    return (len(words) <= MAX_LABEL_WORDS and not piece.endswith(("!", "?", ".", ","))
            and all(LABEL_WORD_RE.match(word) for word in words)) or to_iso(piece) is not None


@dataclass
class _TitleContext:
    document_title: set[str]  # the first line and its pieces between separators ("Headline | Site")
    counts: dict[str, int]
    story_words: dict[str, int]  # how many of the story's first lines hold each word
    story_lines: set[str]
    start: int
    meta_lines: set[int]  # indices of byline and date lines
    echo_lines: dict[str, list[str]]  # keys of the short lines around the story's start, by their ending
    breadcrumbs: dict[str, list[str]]  # keys of the navigation lines around the story's start, by their ending
    has_paragraphs: bool = True  # blank lines part the dump's paragraphs (not one line per text node)
    prose_above: int = 0


def _is_document_title(line: Line, context: _TitleContext) -> bool:
    """The first line of a dump of one line per text node is the page's <title>: a candidate however
    far above the story, and whatever the alt-text and teaser rules made of it (a title ending
    " - Site" like the alt texts; a title over the lead image's alt text)."""
    return (line.index == 0 and not context.has_paragraphs and MIN_TITLE_WORDS <= line.words <= MAX_TITLE_WORDS
            and not TITLE_REJECT_RE.search(line.text) and to_iso(line.text) is None)


def _may_be_title(line: Line) -> bool:
    # A headline that reads like a sentence ("How accurate is ...?") repeats the document title a
    # soup dump starts with, and is labelled a duplicate of it: it stays a candidate.
    return (line.kind in (None, "duplicate") and MIN_TITLE_WORDS <= line.words <= MAX_TITLE_WORDS
            and not TITLE_REJECT_RE.search(line.text))


def title_signs(lines: list[Line], line: Line, context: _TitleContext) -> dict[str, float]:
    """The line's signs under the names the chooser weighs them by."""
    return {f"dump.{name}": float(value) for name, value in _title_signs(lines, line, context).items()}


def _title_signs(lines: list[Line], line: Line, context: _TitleContext) -> dict[str, float]:
    """What speaks for or against the line being the headline, each sign measured (0 or 1 for yes/no)."""
    key = line.key
    in_story = line.index >= context.start or key in context.story_lines
    return {
        "distance": min(abs(context.start - line.index), TITLE_WINDOW),
        "overlap": _overlap(line, context),
        "words": min(line.words, FULL_TITLE_WORDS),
        "alone": _is_alone(lines, line),
        "in_document_title": line.index > 0 and key in context.document_title,
        "repeated": not in_story and context.counts.get(key, 0) > 1,
        "in_story": in_story,
        "prose_above": context.prose_above if in_story else 0,
        "short": _is_short(line),
        "sentence_end": line.text.endswith((".", ",", ";", ":")),
        "heads_byline": any(i in context.meta_lines for i in range(line.index + 1, line.index + 1 + BYLINE_REACH)),
        "echoed": _is_echoed(line, context.echo_lines),
        "ends_breadcrumb": _is_echoed(line, context.breadcrumbs),
        "two_sentences": bool(INNER_SENTENCE_END_RE.search(line.text)),
        "under_headline": context.has_paragraphs and _is_deck(lines, line),
    }


def _is_deck(lines: list[Line], line: Line) -> bool:
    """A headline stands over its deck (a subtitle), each a paragraph of its own: the line is a
    deck when the one above reads as a headline, not a kicker ("Opinion"), a name, a list item,
    a promotion of two sentences or a breadcrumb that ends with the line. Only where the dump has
    paragraphs: with one line per text node, every line stands alone."""
    if line.index == 0 or line.words > MAX_DECK_WORDS or not _is_alone(lines, line):
        return False
    above = lines[line.index - 1]
    return (_is_alone(lines, above) and _may_be_title(above) and not _is_short(above)
            and not above.text.endswith((".", ",", ";", ":")) and not INNER_SENTENCE_END_RE.search(above.text)
            and not above.key.endswith(line.key) and to_iso(above.text) is None)


def _is_short(line: Line) -> bool:
    """Two words, a person's name or a list item: a label or a byline more often than a headline."""
    return bool(line.words < HEADLINE_MIN_WORDS or PERSON_NAME_RE.match(line.text) or LIST_ITEM_RE.match(line.text))


def _by_ending(keys) -> dict[str, list[str]]:
    """Keys grouped by their last few characters: a line ending with another ends as it does, so
    each candidate is compared with a handful of lines, not with every line around the story."""
    grouped: dict[str, list[str]] = {}
    for key in keys:
        grouped.setdefault(key[-ECHO_ENDING_CHARS:], []).append(key)
    return grouped


def _is_echoed(line: Line, echo_lines: dict[str, list[str]]) -> bool:
    key = line.key
    if len(key) >= ECHO_ENDING_CHARS:
        others = echo_lines.get(key[-ECHO_ENDING_CHARS:], ())
    else:
        others = [other for group in echo_lines.values() for other in group]
    return any(other != key and other.endswith(key) for other in others)


def _overlap(line: Line, context: _TitleContext) -> float:
    """How much of the line comes back in the story: its share of returning words, times how many
    of them return (up to `FULL_OVERLAP_WORDS`), so that "Apply now" does not match like a headline.
    A line among the story's first lines does not count its own words: they come back elsewhere
    in the story, or not at all."""
    words = _content_words(line.text)
    if not words:
        return 0.0
    own = int(_counts_for_story_words(line, context.start))
    returning = sum(context.story_words.get(word, 0) > own for word in words)
    return returning / len(words) * min(returning, FULL_OVERLAP_WORDS) / FULL_OVERLAP_WORDS


def _story_words(lines: list[Line], start: int, end: int) -> dict[str, int]:
    """Words of the story's first lines, each with the number of lines that hold it: a headline's
    words come back early."""
    counts: dict[str, int] = {}
    for line in lines[start:min(end, start + STORY_WORDS_LINES)]:
        if line.kind is None:
            for word in set(_content_words(line.text)):
                counts[word] = counts.get(word, 0) + 1
    return counts


def _counts_for_story_words(line: Line, start: int) -> bool:
    """The line is one of those `_story_words` reads (before the title search labels any line)."""
    return line.kind is None and start <= line.index < start + STORY_WORDS_LINES


def _content_words(text: str) -> list[str]:
    return [word for word in CONTENT_WORD_RE.findall(text.lower()) if len(word) > 2]


def has_paragraphs(lines: list[Line]) -> bool:
    """True when blank lines part the dump into paragraphs of several lines; False for a dump of
    one line per text node, where every line is a group of its own."""
    return len({line.group for line in lines}) < len(lines)


def _is_alone(lines: list[Line], line: Line) -> bool:
    i = line.index
    before = i == 0 or lines[i - 1].group != line.group
    after = i + 1 >= len(lines) or lines[i + 1].group != line.group
    return before and after


def _title_pieces(text: str) -> set[str]:
    """A first line that is the document title ("Headline | Site") proposes itself and its pieces."""
    return {text} | {piece.strip() for piece in TITLE_SEPARATOR_RE.split(text) if piece.strip()}


def _text_counts(lines: list[Line]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.key] = counts.get(line.key, 0) + 1
    return counts
