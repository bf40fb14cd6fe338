"""The names a dump's byline lines give: a name written like one, with what innerText glued to it
cut off ("Jane RoeTwitter", "Jane Roe 5 min"), names a line each under one byline, names before a
cue word ("홍길동 기자"). byline.py decides which lines are the byline."""

from __future__ import annotations

import re

from ..boilerplate.table import boilerplate_kind
from ..images.captions import CREDIT_LABEL_RE
from ..metadata.authors import (
    BY_PREFIX_RE,
    NAME_THEN_CUE_RE,
    ROLE_WORDS_RE,
    clean_authors,
    is_credential,
    is_role,
    without_agencies,
)
from .lines import Line
from .prose import stopword_share

# A word of a name: capitalised, perhaps with a capital inside ("MacFarlane", "DeSiato") or accents
# ("Martínez-Beltrán"), or an initial ("J."); "van", "de" between them.
NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’.-]+(?:[A-Z][a-zß-öø-ÿā-ž'’-]+)?|[A-Z]\."
BYLINE_NAME_RE = re.compile(rf"^(?:(?:{NAME_WORD}) (?:(?:van|von|der|den|de|del|da|di|du|la|le) )?){{1,3}}"
                            rf"(?:{NAME_WORD})(?:,.*)?$")
# An author's photo, its alt text beside the name: "Picture of Jane Roe", "Profilbild von Jane Roe",
# "Jane Roe Profile Image".
AVATAR_RE = re.compile(r"^(?:(?:picture|photo|image|headshot|portrait|avatar) of\s+|(?:profil|autoren)?bild von\s+)"
                       r"|(?:['’]s)?\s*\b(?:(?:profile|author) )?(?:image|photo|picture|pic|avatar|headshot)$"
                       r"|^(?:image|photo|avatar)$", re.IGNORECASE)
# A profile link's label glued to the name before it: "Jane RoeTwitter", "Jane RoeEmail".
GLUED_NETWORK_RE = re.compile(r"(?<=[a-z])(?:Twitter|Facebook|Instagram|LinkedIn|Bluesky|Threads|Mastodon"
                              r"|Email|E-mail)\b")
# The reading time printed after the name ("Jane Roe 2 minutes read", "Jane Roe 5 min").
READING_TIME_RE = re.compile(r"\s+\d+\s*min(?:ute)?s?\.?(?:\s+read)?$", re.IGNORECASE)
# A label word and its colon open the line ("Foto:", "Bild:", "Photo:"), as a picture's credit line does.
CREDIT_LINE_RE = re.compile(r"^\s*[^\W\d_]{2,12}\s*:")
# "Jane Roe(Brussels, European bureau)": a note on where the writer files from, glued to the name
# by innerText (a page's own "Jane Roe (Daniel)" keeps its space and stays).
GLUED_NOTE_RE = re.compile(r"(?<=[^\W\d_])\([^()]*\)?$")
# Where innerText glued two texts: a lowercase letter, then a capital.
GLUED_WORD_RE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-Z])")
# A job title, as a name's glued tail starts ("CEO", "Senior Editor"), after a name of at least two words.
MIN_NAME_WORDS = 2
ROLE_START_RE = re.compile(rf"(?:\w+\s+){{0,2}}?{ROLE_WORDS_RE.pattern}", re.IGNORECASE)
# "Founder & CEO", "Trending Editor" below a name.
MAX_JOB_TITLE_WORDS = 5
# A name that ends a sentence: a full stop after a word of three letters or more ("Jr." and "J."
# are shorter, "Ph.D." has inner dots).
FULL_STOP_RE = re.compile(r"(?<![.\w])[^\W\d_]{3,}\.$")
# A writer's e-mail address on a line of its own, below the name.
EMAIL_LINE_RE = re.compile(r"\S+@\S+\.\w+")
# How far below a picture's subject its credit stands.
CREDIT_REACH = 2
# A byline of several writers may give each a line of its own: at most this many lines of names.
MAX_STACKED_NAMES = 8

def names_before_cue(window: list[Line], position: int) -> list[str]:
    """Names each followed by a byline cue ("홍길동 기자"), on this line and the lines right below
    it, with the writers' e-mail addresses between them."""
    names: list[str] = []
    for line in window[position:position + 2 * MAX_STACKED_NAMES]:
        found = NAME_THEN_CUE_RE.match(line.text)
        if found:
            names.append(found.group(1))
        elif not (names and EMAIL_LINE_RE.fullmatch(line.text)):
            break
    return names


def each_said_twice(window: list[Line], position: int) -> bool:
    """"Jane Roe" over "Jane Roe" over "John Doe" over "John Doe": each writer's name box gives the
    name twice (the photo's alt text, then the name), so the names below are the byline's too."""
    stack = []
    for line in window[position:position + 2 * MAX_STACKED_NAMES]:
        if not bare_name(line.text) or is_role(line.text):
            break
        stack.append(line.key)
    pairs = [stack[index:index + 2] for index in range(0, len(stack), 2)]
    return len(pairs) > 1 and all(len(pair) == 2 and pair[0] == pair[1] for pair in pairs)


def stacked_names(window: list[Line], position: int, found: list[str]) -> list[str]:
    """The names on the lines right below a byline's first name, each a line of its own (a name
    box each, the photo's alt text repeating the name): "Jane Roe" over "John Doe" over "May 2".
    The caller asks for them only where they run on to a date, or each is printed twice: names
    below a byline otherwise are as often an illustrator's, or a role ("Junior Content Writer") or
    a badge ("Fact Checked") written like a name."""
    names: list[str] = []
    seen = {name.casefold() for name in found}
    for line in window[position + 1:position + 1 + MAX_STACKED_NAMES]:
        if line.kind not in (None, "byline") or is_role(line.text):
            break
        more = bare_name(line.text)
        if not more:
            break
        names += [name for name in more if name.casefold() not in seen]
        seen.update(name.casefold() for name in more)
    return names


def over_a_credit(window: list[Line], position: int) -> bool:
    """A picture's subject (its alt text, perhaps twice: the alt and the caption) over the
    picture's credit."""
    following = [line for line in window[position + 1:position + CREDIT_REACH + 1]
                 if line.key != window[position].key]
    return bool(following) and is_credit_line(following[0])


def is_credit_line(line: Line) -> bool:
    """"Foto: REUTERS/Jane Roe", "Photo: AFP": a picture's credit, a label and a colon first."""
    return bool(CREDIT_LINE_RE.match(line.text) and CREDIT_LABEL_RE.match(line.text))


def is_job_title(line: Line) -> bool:
    return line.words <= MAX_JOB_TITLE_WORDS and is_role(line.text) and not BY_PREFIX_RE.match(line.text)


def bare_name(text: str) -> list[str]:
    """A name standing alone, written like one ("Jane Roe", not "Key Takeaways" or "Share")."""
    text = without_glued_role(READING_TIME_RE.sub("", AVATAR_RE.sub("", text)).rstrip(" /|•·"))
    name, *after = text.split(",")
    if not BYLINE_NAME_RE.match(name) or boilerplate_kind(text):
        return []
    # "Jane Roe, MD, RD" or "Jane Roe, Shipping Expert"; not a list of places or topics.
    if not all(is_credential(piece.strip()) or is_role(piece) for piece in after):
        return []
    return people(text)


def people(text: str) -> list[str]:
    """The names a byline gives, without its avatar's words or a social network's name glued on
    ("Jane RoeTwitter"); not a function word that followed the label ("Posted on ...": "on" is no
    user name), nor a news agency ("dpa")."""
    text = without_glued_role(GLUED_NETWORK_RE.sub("", AVATAR_RE.sub("", GLUED_NOTE_RE.sub("", text))))
    return [said_once(name) for name in without_agencies(clean_authors([text], None, visible=True))
            if stopword_share(name) < 1 and not AVATAR_RE.fullmatch(name)]


def without_glued_role(text: str) -> str:
    """"Jane RoeCEO", "Jane RoeSenior Editor": a job title innerText glued to the name, cut off."""
    for glue in GLUED_WORD_RE.finditer(text):
        rest = text[glue.start():]
        # after a whole name only: "HomeAdvisor" is one word
        named = len(text[:glue.start()].split()) >= MIN_NAME_WORDS
        if named and len(rest.split()) <= MAX_JOB_TITLE_WORDS and ROLE_START_RE.match(rest):
            return text[:glue.start()]
    return text


def said_once(name: str) -> str:
    """"Jane Roe Jane Roe" or "Jane RoeJane Roe" (the photo's alt text beside or glued to the name) →
    "Jane Roe"; "Jane Roe." → "Jane Roe" (a sentence's full stop, not an initial's)."""
    words = name.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])
    elif len(name) % 2 == 0 and name[:len(name) // 2] == name[len(name) // 2:]:
        name = name[:len(name) // 2]  # glued by innerText: "Jane RoeJane Roe"
    return name[:-1] if FULL_STOP_RE.search(name) else name
