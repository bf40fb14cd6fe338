"""Byline, date and standfirst of a text dump, read from the short lines below the headline.

Bylines and dates are short lines between the headline and the story's first paragraphs: "By Jane
Roe", "May 2, 2025 by Jane Roe", "Jane Roe | May 2, 2025", or a bare name beside a date line. The
headline itself is found by title.py. A standfirst is the one paragraph right below them that
furniture (a photo, share buttons, the byline) parts from the story.
"""

from __future__ import annotations

import re

from ..metadata.authors import (
    BY_PREFIX_RE,
    BYLINE_TAIL_RE,
    MONTH_NAMES_ALT,
    WEEKDAY_NAMES_ALT,
    is_role,
)
from ..metadata.dates import (
    DAY_FIRST_RE,
    LABEL_CHARS,
    MONTH_FIRST_RE,
    UPDATE_LABEL_RE,
    DataDates,
    dates_in,
    labelled_publication_dates,
    short_year_dates,
    to_iso,
)
from ..text import DIGIT_RE
from .bylinenames import (
    MAX_STACKED_NAMES,
    bare_name,
    each_said_twice,
    is_credit_line,
    is_job_title,
    names_before_cue,
    over_a_credit,
    people,
    stacked_names,
)
from .lines import Line

# A line that reads like a person's name, as the headline search tells bylines from headlines.
PERSON_NAME_RE = re.compile(r"^(?:[A-Z][a-z'’.-]+ ){1,3}[A-Z][a-z'’.-]+(?:,.*)?$")
# Lines that say when the article was written, with or without the date itself.
DATE_LABEL_RE = re.compile(r"^(?:posted|published|updated|last updated|\d+\s*min(?:ute)?s? read)",
                           re.IGNORECASE)
# The byline stands among the lines below the headline, before the story's first paragraphs but
# perhaps after a standfirst.
BYLINE_WINDOW = 12
PROSE_BEFORE_BYLINE = 2
# Two prose lines that begin alike for this many characters are one text printed twice.
SAME_TEXT_CHARS = 60
MAX_BYLINE_WORDS = 12
# A byline line that runs on with reading facts and topic tags ("By Jane Roe • December 17, 2025 •
# 11 min read git version-control ..."), but is no sentence.
MAX_BYLINE_LINE_WORDS = 20
DATE_LINE_MAX_WORDS = 10
# A date may stand in a longer line below the headline ("December 15, 2025 · 30 min · 6279 words · Jane
# Roe", "Reviewed by Jane Roe, Trial Attorney, on December 9, 2024."), not in the story's paragraphs.
MAX_DATED_LINE_WORDS = 30
NOT_DATE_KINDS = {"headline", "duplicate"}
# A date that ends a clause ("... fire on rebel positions in Aleppo on August 6, 2016") dates what
# the sentence tells, a photo's caption or the story's prose, not the article: a dating line gives
# its date after a label, a name or a separator, a few words at most. Null beats a wrong date.
MAX_WORDS_BEFORE_DATE = 6
DATE_PIECE_SEPARATOR_RE = re.compile(r"[|•·⋅●—–/]|\s-\s")
# innerText glues a date to the text beside it ("Jane RoeMarch 3, 2024", "June 29, 2020November 12,
# 2021", "October 17, 20236:01 PM", "Publiziert17. Dezember 2024"): parted there before the date can be read.
GLUED_DATE_RE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=\d{4})(?=[A-Za-z]|\d{1,2}:\d\d)|(?<=[^\W\d_])(?=\d{1,2}\.\s)")
# "ByJane RoeMar 5, 2025", "Dec 17, 2025Jane Roe": the label and the date glued to the name.
GLUED_BY_RE = re.compile(r"^By(?=[A-Z][a-z])")
GLUED_NAME_DATE_RE = re.compile(rf"(?<=[a-z])(?=[A-Z])(?=(?i:{MONTH_NAMES_ALT})\.?\s+\d)|(?<=\d{{4}})(?=[A-Z][a-z])")
# Words before a date that say what the date is ("Last Updated", "Released Wednesday"), not whose.
DATE_WORDS_RE = re.compile(rf"\b(?:last|updated|published|posted|released|modified|created|"
                           rf"{WEEKDAY_NAMES_ALT})\b", re.IGNORECASE)
# "December 19. 2025": a full stop after the day, as some sites print it.
DAY_DOT_RE = re.compile(r"(?:(?<=[A-Za-z] \d)|(?<=[A-Za-z] \d\d))\.(?=\s+\d{4}\b)")
# A dump has no structured data to tell which reading of 03/04/2025 the page means.
NO_DATA = DataDates(published=set(), modified=set(), proposed=None)
# A bare name is a byline when a date line stands this close to it; a byline or a date line this
# close above the headline is the article's when none stands below.
NAME_DATE_REACH = 2
DATE_ABOVE_REACH = 6
# A standfirst is a sentence or two, among the first lines below the headline.
STANDFIRST_REACH = 8
MAX_STANDFIRST_WORDS = 60
# What may follow a standfirst: a byline, a date, or a short line that is no sentence ("Share",
# "Photo", but not "I can cook.").
MAX_FURNITURE_WORDS = 3
# "May 2, 2025 by Jane Roe", "Updated · by Jane Roe": the name after a "by" inside the line.
INNER_BY_RE = re.compile(r"(?:^|[\s|•·⋅●])(?:[Bb]y|von|par|por)\s+(?=[A-Z])")
# A picture's credit: "Picture by Jane Roe", "Photo by", "Foto von".
PICTURE_BY_RE = re.compile(r"\b(?:picture|photo|image|pic|foto|bild)s?\s+(?:by|von|par|por)\s", re.IGNORECASE)
# Where a byline's names end: a separator, a date label glued on ("By Jane RoePublished: ..."),
# a reading time.
BYLINE_END_RE = re.compile(r"\s*[|•·⋅●—–]\s*"
                           r"|(?<=[a-z.])\s*(?=(?:Published|Updated|Posted|Last [Uu]pdated|On)\b)"
                           r"|\s+(?=\d+\s*min(?:ute)?s?\b)")


def find_byline(lines: list[Line], start: int, title: Line | None) -> tuple[list[str], str | None]:
    """Authors and publication date from the short lines below the headline, up to the story's first
    paragraphs; a date that only stands just above the headline is taken from there."""
    first = title.index + 1 if title is not None else max(0, start - BYLINE_WINDOW)
    # The headline printed again below or above it (a breadcrumb, a share text) is no byline.
    window = [line for line in _byline_window(lines, first, start) if title is None or line.key != title.key]
    # A line that says it is a byline first; a bare name beside a date only when none does.
    authors = _first_names(window, _byline_names) or _first_names(window, names_before_cue) \
        or _first_names(window, _name_after_label) \
        or _first_names(window, _name_beside_date) \
        or _first_names(_above_second_paragraph(window, start), _name_said_twice)
    published = _window_date(window)
    if title is not None:
        # Nearest the headline first: some pages print the byline and date above it.
        above = [line for line in lines[max(0, title.index - DATE_ABOVE_REACH):title.index][::-1]
                 if line.key != title.key]  # the headline printed twice is no name
        authors = authors or _first_names(above, _byline_names) or _first_names(above, _name_next_to_date)
        published = published or _window_date(above)
    return authors, published


def _window_date(window: list[Line]) -> str | None:
    """The date a line of the window labels as the publication ("Posted on ...", "Published: ..."),
    else the first date written there that is no update ("Updated March 9, 2025", or "Updated" on
    the line above), else the first update; whatever furniture the line was taken for ("March 20,
    2023 | Wellness" may look like a teaser's date line)."""
    ranked: list[tuple[int, str, Line]] = []
    previous = ""
    for line in window:
        if line.words > MAX_DATED_LINE_WORDS or line.kind in NOT_DATE_KINDS or not DIGIT_RE.search(line.text):
            previous = line.text
            continue
        labelled, found = dates_on_line(line.text)
        if labelled:
            ranked.append((0, labelled[0], line))
            break
        for position, iso in found[:1]:
            label = line.text[:position] if position else previous
            if position and _ends_a_clause(label) and not _is_byline_text(line.text):
                continue
            ranked.append((2 if UPDATE_LABEL_RE.search(label[-LABEL_CHARS:]) else 1, iso, line))
        previous = line.text
    if not ranked:
        return None
    _, published, line = min(ranked, key=lambda item: item[0])  # the first of the best rank
    if line.kind is None and not line.is_prose:
        line.kind = "date"
    return published


def _ends_a_clause(before_date: str) -> bool:
    """True when the words before a date in its piece of the line run like a sentence's."""
    piece = DATE_PIECE_SEPARATOR_RE.split(before_date)[-1]
    return len(piece.split()) > MAX_WORDS_BEFORE_DATE


def _is_byline_text(text: str) -> bool:
    """"By Jane Roe Published in Section December 14, 2016": a byline's words run long before its date.
    Not a picture's credit at the end of its caption ("... on November 19, 2024. — Picture by Jane Roe")."""
    return bool(BY_PREFIX_RE.match(_parted(text)) or INNER_BY_RE.search(PICTURE_BY_RE.sub("", text)))


def dates_on_line(text: str) -> tuple[list[str], list[tuple[int, str]]]:
    """The dates a line labels as the publication, and every date it gives with its position, in
    reading order. A numeric date that reads two ways (03/04/2025) counts for neither."""
    text = DAY_DOT_RE.sub(",", GLUED_DATE_RE.sub(" ", text))
    found = dates_in(text, NO_DATA)
    if not found:
        iso = to_iso(text)  # ISO timestamps, "20250304"
        found = [(0, iso[:10])] if iso else []
    if not found:
        found = short_year_dates(text)
    return labelled_publication_dates(text, NO_DATA), found


def _first_names(window: list[Line], find_names) -> list[str]:
    for position, line in enumerate(window):
        if line.kind in (None, "byline") and (line.words <= MAX_BYLINE_WORDS or (
                line.words <= MAX_BYLINE_LINE_WORDS and not line.is_prose)):
            names = find_names(window, position)
            if names:
                line.kind = "byline"
                return names
    return []


def _byline_window(lines: list[Line], first: int, start: int) -> list[Line]:
    """The lines a byline may stand on: below the headline, before the story's first paragraphs (a
    standfirst may come first), at most `BYLINE_WINDOW` distinct ones."""
    window: list[Line] = []
    prose = 0
    seen: set[str] = set()
    previous = ""
    for line in lines[first:]:
        if line.is_prose and line.kind is None and line.index >= start:
            # a picture's text printed twice (its alt text, then its caption with the credit) counts once
            prose += not (previous and line.key.startswith(previous[:SAME_TEXT_CHARS]))
            previous = line.key
            if prose > PROSE_BEFORE_BYLINE:
                break
        # a line printed again (a menu of reading modes twice over) does not push the byline out of reach
        if line.key not in seen and len(seen) == BYLINE_WINDOW:
            break
        seen.add(line.key)
        window.append(line)
    return window


def _byline_names(window: list[Line], position: int) -> list[str]:
    """The people a byline line names: "By Jane Roe", "May 2, 2025 by Jane Roe", "Jane Roe | May 2,
    2025"."""
    text = _parted(window[position].text)
    if BY_PREFIX_RE.match(text):
        return people(BYLINE_END_RE.split(text)[0])
    inner = INNER_BY_RE.search(text)
    if inner and _is_date_or_nothing(text[:inner.start()]):
        return people(BYLINE_END_RE.split(text[inner.end():])[0])
    return _name_in_dated_line(text) if DIGIT_RE.search(text) else []


def _name_in_dated_line(text: str) -> list[str]:
    """The name in a line that gives a date: "Jane Roe | May 2, 2025", "May 2, 2025 · 6 min read ·
    Jane Roe" (the first piece after it that is a name), "Jane Roe May 2, 2025", "May 2, 2025 Jane Roe"."""
    pieces = BYLINE_END_RE.split(text)
    dated = [i for i, piece in enumerate(pieces) if to_iso(piece)] if len(pieces) > 1 else []
    if dated:
        # Nearest before the date first, then those after it in reading order.
        for piece in pieces[:dated[0]][::-1] + pieces[dated[0] + 1:]:
            names = [] if to_iso(piece) or DATE_WORDS_RE.search(piece) else bare_name(piece.strip())
            if names:
                return names
    found = dates_in(text, NO_DATA)
    if not found:
        return []
    # "Jane Roe | May 2, 2025", "Jane Roe/May 2, 2025" when the date runs on
    before = text[:found[0][0]].strip(" ,|•·⋅●—–-/")
    if before:
        return [] if DATE_WORDS_RE.search(before) else bare_name(before)
    written = MONTH_FIRST_RE.match(text) or DAY_FIRST_RE.match(text)  # "Dec 17, 2025 Julian K. Arni"
    return bare_name(text[written.end():].strip(" ,")) if written else []


def _parted(text: str) -> str:
    """A byline with what innerText glued to it parted: "ByJane RoeMar 5, 2025" → "By Jane Roe Mar 5,
    2025"."""
    text = GLUED_BY_RE.sub("By ", text)
    return GLUED_NAME_DATE_RE.sub(" ", text) if DIGIT_RE.search(text) else text


def _is_date_or_nothing(text: str) -> bool:
    """What may stand before "by" in a byline: a date, a counter, separators ("Powered by" may not)."""
    return not text.strip(" |•·⋅●-–—0123456789") or to_iso(text) is not None


def _name_after_label(window: list[Line], position: int) -> list[str]:
    """A bare name below a byline label ("By", "Von", "Written by" over "Jane Roe", each text node
    on a line of its own), with the names stacked below it ("Jane Roe" over "John Doe"). A label
    says what follows is a byline, so it comes before a name that only has a date beside it
    ("Broken Pledge" over "March 9, 2017" is a kicker). What runs on after the name ("last
    updated") is cut."""
    before = window[max(0, position - NAME_DATE_REACH):position]
    if not any(BY_PREFIX_RE.fullmatch(GLUED_BY_RE.sub("By ", line.text) + " ") for line in before):
        return []
    if position + 1 < len(window) and is_credit_line(window[position + 1]):
        return []
    names = bare_name(_name_piece(window[position].text))
    if names and (_ends_on_date(window, position) or each_said_twice(window, position)):
        return names + stacked_names(window, position, names)
    return names


def _name_piece(text: str) -> str:
    """"Jane Roe last updated", "Jane Roe | May 2": the name before what the byline runs on with."""
    return BYLINE_TAIL_RE.sub("", BYLINE_END_RE.split(text)[0])


def _name_beside_date(window: list[Line], position: int) -> list[str]:
    """A bare name with a date or a job title beside it: "Jane Roe" over "May 2, 2025"; the names
    stacked from there to the date ("Jane Roe" over "John Doe" over "May 2, 2025")."""
    before = window[max(0, position - NAME_DATE_REACH):position]
    after = window[position + 1:position + NAME_DATE_REACH + 1]
    if over_a_credit(window, position):
        return []
    # A label stands before the name it introduces ("Written By" over "Jane Roe", not over "Home
    # Decor" above it); a date or a job title ("Trending Editor") on either side.
    if any(BY_PREFIX_RE.match(GLUED_BY_RE.sub("By ", line.text)) for line in before) \
            or any(_is_date_beside_name(line) or is_job_title(line) for line in before + after):
        names = bare_name(window[position].text)
        return names + stacked_names(window, position, names) if names and _ends_on_date(window, position) \
            else names
    return []


def _ends_on_date(window: list[Line], position: int) -> bool:
    """Whether the lines of names below `position` end on a date line."""
    for line in window[position + 1:position + 1 + MAX_STACKED_NAMES]:
        if bare_name(line.text) and not is_role(line.text):
            continue
        return _is_date_beside_name(line)
    return False


def _above_second_paragraph(window: list[Line], start: int) -> list[Line]:
    """The window's lines above the story's second paragraph (the first may be a standfirst): below
    it a name said twice is a section's heading over its photo ("Snake Plant")."""
    lines, prose = [], 0
    for line in window:
        prose += line.is_prose and line.index >= start
        if prose > 1:
            break
        lines.append(line)
    return lines


def _name_said_twice(window: list[Line], position: int) -> list[str]:
    """A bare name beside a short line that names the same person: the author's photo (its alt
    text), or the name printed twice ("Jane Roe" over "Jane Roe"), as author boxes below headlines
    do; not a sentence that names it."""
    text = window[position].text
    if over_a_credit(window, position):
        return []
    near = window[max(0, position - 1):position + 2]
    if any(text.lower() in line.text.lower() for line in near if line is not window[position] and not line.is_prose):
        return bare_name(text)
    return []


def _name_next_to_date(window: list[Line], position: int) -> list[str]:
    """Above the headline, where menus end, a bare name only with its date within two lines (a
    section's name may stand between them)."""
    near = window[max(0, position - NAME_DATE_REACH):position + NAME_DATE_REACH + 1]
    if position + 1 < len(window) and is_credit_line(window[position + 1]):
        return []  # a picture's subject (its alt text) over the picture's credit
    if any(_is_date_beside_name(line) for line in near if line is not window[position]):
        return bare_name(window[position].text)
    return []


def _is_date_line(line: Line) -> bool:
    """A short line that gives a date in a form `to_iso` reads (a timestamp, "May 2, 2025"), or says
    it does ("Published")."""
    # Every date `to_iso` reads has its year in digits: most short lines have none to read.
    return line.words <= DATE_LINE_MAX_WORDS and (bool(DATE_LABEL_RE.match(line.text))
                                                  or DIGIT_RE.search(line.text) is not None
                                                  and to_iso(line.text) is not None)


def _is_date_beside_name(line: Line) -> bool:
    """A date line beside a bare name, in any form a dump's date line has ("17.05.2026, 19:06 Uhr"
    too). The headline search keeps to `_is_date_line`: its weights were fitted with it."""
    return _is_date_line(line) or (line.words <= DATE_LINE_MAX_WORDS and DIGIT_RE.search(line.text) is not None
                                   and bool(dates_on_line(line.text)[1]))


def is_byline_or_date(line: Line) -> bool:
    """A short line that gives a byline or a date, or says it does ("Published", "By")."""
    return line.words <= MAX_BYLINE_WORDS and (line.kind == "byline" or bool(BY_PREFIX_RE.match(line.text))
                                                or _is_date_line(line))


def find_standfirst(lines: list[Line], title: Line | None) -> Line | None:
    """The summary below the headline: the first prose line, with only furniture (a byline, a date,
    a photo, share buttons) between it and the headline and right after it, rather than the story's
    next paragraph or a subheading."""
    if title is None:
        return None
    below = lines[title.index + 1:title.index + 1 + STANDFIRST_REACH]
    for position, line in enumerate(below):
        if line.kind is None and line.is_prose:
            following = below[position + 1:position + 2]
            if following and _is_furniture(following[0]) and _may_be_standfirst(line):
                return line
            return None
        if not _is_furniture(line):
            return None
    return None


def _may_be_standfirst(line: Line) -> bool:
    return (line.words <= MAX_STANDFIRST_WORDS and not BY_PREFIX_RE.match(line.text)
            and not line.text.endswith(":"))


def _is_furniture(line: Line) -> bool:
    return line.kind is not None or is_byline_or_date(line) or (
        line.words <= MAX_FURNITURE_WORDS and not line.text.endswith((".", "!", "?", "…")))
