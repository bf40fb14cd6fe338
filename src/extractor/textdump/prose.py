"""How much a line reads like running prose: the share of its words that are function words.

Sentences of an article are held together by short function words ("the", "of", "and"); menu
entries, product blurbs and link lists have few. The lists are data, one per language of the
boilerplate table; a line counts by the language that gives it the highest share.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text import SENTENCE_END_MARKS, SOUTHEAST_ASIAN_RE, ends_sentence

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""a about after all also an and any are as at be because been but by can could did do
        does for from had has have he her his how i if in into is it its just more most my no not of on one
        or our out over she so some than that the their them then there these they this those to up was we
        were what when which who will with would you your""".split()),
    "de": frozenset("""aber als am an auch auf aus bei bis das dass dem den der des die dies ein eine einem
        einen einer es für hat ich im in ist ja kann man mit nach nicht noch nur oder sein sich sie sind so um
        und von vor war wie wir wird zu zum zur""".split()),
    "fr": frozenset("""à au aux avec ce ces cette dans de des du elle en est et il ils la le les leur lui mais
        ne nous on ou par pas plus pour qu que qui sa se ses son sont sur un une y été être""".split()),
    "es": frozenset("""a al como con de del el en es esta este fue ha la las lo los más no o para pero por que
        se sin sobre su sus un una y ya son está""".split()),
    "ru": frozenset("""а без в во все вы да для до его ее если же за и из или их к как ко когда которые ли
        на не но о об от по при с со так то только у уже что это я он она они мы""".split()),
}
WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# word → the languages it is a function word of, for one pass over a line.
_LANGUAGES_OF: dict[str, tuple[int, ...]] = {}
for _number, _words in enumerate(STOPWORDS.values()):
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _number)


def stopword_share(text: str) -> float:
    """The share of the line's words that are function words, in its best-fitting language."""
    return _listed_share(prose_words(text))


def _listed_share(words: list[str]) -> float:
    if not words:
        return 0.0
    counts = [0] * len(STOPWORDS)
    for word in words:
        for number in _LANGUAGES_OF.get(word, ()):
            counts[number] += 1
    return max(counts) / len(words)


# The dump's own function words, for languages the lists above lack: the short words that the most
# lines of running text share ("ve", "bir" in Turkish; "w", "na", "się" in Polish). A word counts
# once per line, so a menu repeated down the page does not make its entries function words.
MAX_FUNCTION_WORD_CHARS = 4
DUMP_FUNCTION_WORDS = 16
MIN_FUNCTION_WORD_LINES = 3
MIN_COUNTED_LINE_WORDS = 8
# The share of a listed language's function words in the dump's sentences from which the list is
# the dump's: 0.3-0.4 in running English, German or French, under 0.1 in Polish, Turkish or Czech.
LISTED_LANGUAGE_SHARE = 0.15
# Prose counts fully from this share of a list's function words down to nothing at the minimum;
# by the dump's own function words, from lower bounds, the dump's words being fewer.
MIN_LIST_SHARE = 0.1
FULL_LIST_SHARE = 0.3
MIN_DUMP_SHARE = 0.05
FULL_DUMP_SHARE = 0.2
# Languages that build their grammar into words (Zulu, Xhosa, Finnish) have few short function words
# for the dump to find: in a dump of an unlisted language, a long line that ends a sentence and that
# no list explains counts at least this much.
SENTENCE_FLOOR = 0.5
MIN_FLOOR_WORDS = 10
# Scripts without letter case or spaces between words (Han, kana, Hangul, Thai, Arabic,
# Devanagari, ...) have no function words a list can hold: a line of them is prose by its sentence
# ends. A line without one is a headline, a caption or a teaser far more often than a sentence, and
# counts as nothing, like a cased line without function words: counted by its characters, a list of
# teaser headlines would otherwise carry the story on into the next articles.
UNENDED_SHARE = 0.0
# A letter of the cased scripts (Latin, Greek, Cyrillic), for telling a word of them from the rest.
CASED_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]")
# A letter of a script beyond Latin, Greek and Cyrillic: a line without one (curly quotes and dashes
# aside) is cased throughout, and its words need no look one by one.
OTHER_SCRIPT_RE = re.compile(r"[\u0530-\u1fff\u2c00-\ud7ff\uf900-\ufaff\uff00-\uffef]")
# Thai marks no sentence end: a space parts its sentences, and a line of this many is prose.
MIN_THAI_SENTENCES = 3
INNER_SENTENCE_MARKS = tuple(mark for mark in SENTENCE_END_MARKS if mark not in ".…")


def prose_words(text: str) -> list[str]:
    """The line's words, lower-cased, as the prose measures count them."""
    return WORD_RE.findall(text.lower())


def dump_function_words(texts: list[str]) -> frozenset[str]:
    """The short words that the most long sentences of the dump hold."""
    return dump_function_words_of(prose_words(text) for text in texts if ends_sentence(text))


def dump_function_words_of(word_lists) -> frozenset[str]:
    """`dump_function_words` from each line's `prose_words`; none where the lists hold the dump's language."""
    counted = [words for words in word_lists if len(words) >= MIN_COUNTED_LINE_WORDS]
    # A dump whose sentences are a listed language's counts by the list: its own short words would
    # add the teasers' and menus' ("new", "best") to the function words and read blurbs as prose.
    if _in_listed_language(counted):
        return frozenset()
    lines_with: Counter[str] = Counter()
    for words in counted:
        lines_with.update(set(words))  # every word, counted in C; the short ones are kept below
    short = [(word, count) for word, count in lines_with.items() if len(word) <= MAX_FUNCTION_WORD_CHARS]
    ranked = sorted(short, key=lambda item: (-item[1], item[0]))[:DUMP_FUNCTION_WORDS]
    return frozenset(word for word, count in ranked if count >= MIN_FUNCTION_WORD_LINES)


def _in_listed_language(lines: list[list[str]]) -> bool:
    """Whether `LISTED_LANGUAGE_SHARE` of the lines' words are function words of one listed language:
    `_listed_share` of all of them, read only as far as it takes to reach the share."""
    needed = LISTED_LANGUAGE_SHARE * sum(map(len, lines))
    counts = [0] * len(STOPWORDS)
    best = 0
    for words in lines:
        for word in words:
            for number in _LANGUAGES_OF.get(word, ()):
                counts[number] += 1
                best = max(best, counts[number])
        if best and best >= needed:
            return True
    return False


def prose_factor(text: str, function_words: frozenset[str] = frozenset(), uncased_dump: bool = True) -> float:
    """1 for running prose, less for blurbs and link lists with few function words, in any script."""
    return prose_factor_of(text, prose_words(text), function_words, uncased_dump)


def prose_factor_of(text: str, words: list[str], function_words: frozenset[str] = frozenset(),
                    uncased_dump: bool = True) -> float:
    """`prose_factor` with the line's `prose_words` already found. A line in a script without case
    reads as prose by its sentence ends only in a dump whose prose is mostly such lines
    (`uncased_dump`): in a dump of cased prose it is a language menu, a translation or a widget."""
    if not words:
        return 0.0
    if uncased_dump and is_uncased(text, words):
        return 1.0 if ends_sentence(text) or _inner_sentence_end(text) or _thai_sentences(text) else UNENDED_SHARE
    listed = _ramp(_listed_share(words), MIN_LIST_SHARE, FULL_LIST_SHARE)
    if listed >= 1.0 or not function_words:
        return listed
    own = _ramp(sum(1 for word in words if word in function_words) / len(words), MIN_DUMP_SHARE, FULL_DUMP_SHARE)
    if own < SENTENCE_FLOOR and not listed and len(words) >= MIN_FLOOR_WORDS and ends_sentence(text):
        return SENTENCE_FLOOR
    return max(listed, own)


def is_uncased(text: str, words: list[str]) -> bool:
    """Whether most of the line's words are in scripts without letter case (Han, kana, Hangul,
    Thai, Arabic, Devanagari, ...)."""
    # An ASCII line is cased throughout: the per-word look is for the rest.
    return not text.isascii() and OTHER_SCRIPT_RE.search(text) is not None \
        and sum(1 for word in words if CASED_LETTER_RE.match(word)) * 2 < len(words)


def _inner_sentence_end(text: str) -> bool:
    return ". " in text or any(mark in text for mark in INNER_SENTENCE_MARKS)


def _thai_sentences(text: str) -> bool:
    return SOUTHEAST_ASIAN_RE.search(text) is not None and text.count(" ") >= MIN_THAI_SENTENCES - 1


def _ramp(value: float, low: float, high: float) -> float:
    return min(1.0, max(0.0, (value - low) / (high - low)))
