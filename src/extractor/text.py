"""Whitespace normalisation shared by both paths, so bodies look the same whatever the input."""

from __future__ import annotations

import re
import unicodedata

# Non-breaking, zero-width and other exotic spaces that pages use for layout: a run of spaces becomes
# one plain space. A single plain space is not matched at all: putting it back in its own place was
# half the cost of normalising a whole text dump.
_EXOTIC_SPACE = r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_ANY_SPACE = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
SPACE_RE = re.compile(rf"{_EXOTIC_SPACE}{_ANY_SPACE}*| {_ANY_SPACE}+")
INVISIBLE_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Every date the date parser reads has digits: a search for one rules most lines out cheaply.
DIGIT_RE = re.compile(r"\d")


def normalise_line(text: str) -> str:
    return SPACE_RE.sub(" ", INVISIBLE_RE.sub("", text)).strip()


def normalise_block(text: str) -> str:
    """One paragraph: its lines trimmed and kept, blank lines inside it dropped."""
    lines = (normalise_line(line) for line in unicodedata.normalize("NFC", text).splitlines())
    return "\n".join(line for line in lines if line)


def join_paragraphs(paragraphs) -> str:
    return "\n\n".join(p for p in paragraphs if p)


def word_count(text: str) -> int:
    return len(text.split())
