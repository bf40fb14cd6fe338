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


# Scripts written without spaces between words. Han and kana: each character counts as a word, as
# word processors count them (a Chinese word is 1.5 characters on average, so a CJK text counts
# a little long, never as one "word" per paragraph). Thai, Lao, Khmer and Myanmar: a word every
# UNSPACED_CHARS_PER_WORD characters, their words being longer.
HAN_KANA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d]")
SOUTHEAST_ASIAN_RE = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
UNSPACED_CHARS_PER_WORD = 4
# What ends a sentence in the scripts we meet: Latin and Cyrillic stops, the ideographic full stop
# and full-width marks, the Arabic question mark and Urdu full stop, the Devanagari danda, the
# Myanmar and Ethiopic full stops. Thai has none: its sentences end with a space.
SENTENCE_END_MARKS = ".!?…。！？｡؟۔।॥။።"
# Closing quotes and brackets that may follow the mark ('... said.”', '(see above.)').
SENTENCE_CLOSERS = "\"'”’»)]」』】〕）"


def word_count(text: str) -> int:
    """Words in `text` in any script: spaced words, plus the words of scripts written without spaces."""
    if text.isascii():
        return len(text.split())
    han_kana = len(HAN_KANA_RE.findall(text))
    southeast_asian = len(SOUTHEAST_ASIAN_RE.findall(text))
    if not han_kana and not southeast_asian:
        return len(text.split())
    spaced = sum(1 for token in text.split() if not HAN_KANA_RE.search(token) and not SOUTHEAST_ASIAN_RE.search(token))
    return spaced + han_kana + -(-southeast_asian // UNSPACED_CHARS_PER_WORD)


def ends_sentence(text: str) -> bool:
    """Whether `text` ends the way a sentence ends, in any script with a sentence mark."""
    return text.rstrip().rstrip(SENTENCE_CLOSERS).endswith(tuple(SENTENCE_END_MARKS))
