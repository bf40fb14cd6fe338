"""How much a line reads like running prose: the share of its words that are function words.

Sentences of an article are held together by short function words ("the", "of", "and"); menu
entries, product blurbs and link lists have few. The lists are data, one per language of the
boilerplate table; a line counts by the language that gives it the highest share.
"""

from __future__ import annotations

import re

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
    words = WORD_RE.findall(text.lower())
    if not words:
        return 0.0
    counts = [0] * len(STOPWORDS)
    for word in words:
        for number in _LANGUAGES_OF.get(word, ()):
            counts[number] += 1
    return max(counts) / len(words)

