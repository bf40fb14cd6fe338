"""The name a speaker phrase is about: the head of "Democratic presidential candidate Bernie Sanders",
"Texas delegate Bill Eastland" or "Jeffrey Lewis of the James Martin Center", and the subject among
the comma pieces of "her senior policy adviser, Jake Sullivan, said" or "Tom Ridge, a former
secretary, put it". A phrase is read as [determiner] modifiers* name [affiliation]: the modifiers are
lower-case role words and adjectives, ages or a leading capitalised word (a party, a place, an
employer), never a verb or a function word, so that "Trump unleashed a series" keeps "Trump".
"""

from __future__ import annotations

import re

from .lexicon import SPEAKING_NOUNS, SPEECH_VERBS
from .people import HONORIFICS, NAME_RUN_RE, PERSON_NOUNS, clean_name, is_role_word

# Words that may open a phrase before its modifiers ("the Rev. Peter Wherry", "her adviser, …").
OPENERS = frozenset("the a an another his her their its our my former then".split())
# Words after a name that attach it to an employer or a place rather than end the phrase.
AFFILIATION = frozenset("of at for from with in".split())
# Words that end a modifier run: a verb, a function word, a relative clause.
NOT_MODIFIERS = frozenset("""of and or but to in on at by for from with as than that who which whose when while
is are was were be been has have had will would can could may might should must do does did not also
this these those there here it he she they we i you""".split())
# Conjunctions and adverbs that open a comma piece before its subject ("Or, as Tom Ridge, …").
PIECE_OPENERS = frozenset("as and but or so while yet still then".split())
PREPOSITIONS = frozenset("""in on at during after before since from for with by under over among across near
outside inside without within amid despite following about like unlike""".split())
AGE_RE = re.compile(r"^\d+-year-old$")
MAX_MODIFIERS = 4
_VERBS = frozenset(v for forms in SPEECH_VERBS.values() for v in forms.split())


def head_name(phrase: str, whole: bool = False) -> tuple[str, int] | None:
    """The name a phrase (or a clause's opening phrase) names, and where it starts in `phrase`.
    `whole`: the name must end the phrase or come before an affiliation ("of the Sierra Club")."""
    words = phrase.split()
    while words and words[0].lower() in OPENERS:
        words.pop(0)
    text = " ".join(words)
    position, titled, honorific = 0, False, False
    for run in NAME_RUN_RE.finditer(text):
        gap = [word for word in text[position:run.start()].split() if word != "."]  # "Gov. Mike"
        if titled and gap[:1] == ["of"]:
            gap = gap[1:]  # "Secretary of State John Kerry"
        if len(gap) > MAX_MODIFIERS or not _modifiers(gap, run.group(0)):
            return None
        position = run.end()
        cleaned = clean_name(run.group(0))
        if not cleaned and honorific and " " not in run.group(0):
            cleaned = [run.group(0)]  # "Mr. King": after a title, a role word is a surname
        titled, honorific = not cleaned, run.group(0) in HONORIFICS
        after = text[run.end():].split()
        if not cleaned or _leads_to_name(after):
            continue  # titles alone, or a modifier: "Democratic [presidential candidate] Bernie Sanders"
        if whole and after and after[0].lower() not in AFFILIATION or _described(after):
            return None  # "LinkedIn['s] chief executive": the name owns the phrase's head noun
        return " ".join(cleaned), phrase.find(cleaned[0])
    return None


def _modifiers(gap: list[str], following: str) -> bool:
    """Lower-case words before a name that describe the person: "presidential candidate", "17-year-old",
    "former"; the last one a role noun unless the name itself opens with a title ("former President")."""
    if not gap:
        return True
    if any(not _modifier(word) for word in gap):
        return False
    last = gap[-1].lower().strip(",")
    return AGE_RE.match(last) is not None or _role_noun(last) or is_role_word(following.split()[0])


def _modifier(word: str) -> bool:
    lowered = word.lower().strip(",")
    if AGE_RE.match(lowered) or lowered in OPENERS - {"a", "an", "the", "another"}:
        return True
    return word[:1].islower() and lowered not in NOT_MODIFIERS and lowered not in _VERBS \
        and not lowered.endswith(("ed", "ing")) and "’" not in word


def _role_noun(word: str) -> bool:
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return word in SPEAKING_NOUNS or singular in SPEAKING_NOUNS or word in PERSON_NOUNS or is_role_word(word)


def _leads_to_name(after: list[str]) -> bool:
    """Modifiers and then another capitalised word: "Democratic [presidential candidate] Bernie"."""
    gap = []
    for word in after:
        if word[:1].isupper():
            return bool(gap) and _modifiers(gap, word) and len(gap) <= MAX_MODIFIERS
        gap.append(word)
    return False


def _described(after: list[str]) -> bool:
    """A name followed by role nouns that it qualifies: "LinkedIn chief executive", "Johnson’s doctor"."""
    run = []
    for word in after:
        if not _modifier(word):
            break
        run.append(word.lower().strip(",."))
    return bool(run) and _role_noun(run[-1])


def apposed_subject(clause: str) -> tuple[str, int] | None:
    """The subject of a verb after an apposition: in "her senior policy adviser, Jake Sullivan," and
    "Or, as Tom Ridge, a former secretary of homeland security," the first piece that is a name;
    pieces opening with a preposition ("In a statement to the Observer,") are scene-setting."""
    pieces = clause.rstrip().rstrip(",").split(",")
    if len(pieces) < 2:
        return None
    start = 0
    for piece in pieces:
        words = piece.split()
        while words and words[0].lower() in PIECE_OPENERS:
            words.pop(0)
        if words and words[0].lower() not in PREPOSITIONS:
            found = head_name(" ".join(words), whole=True)
            if found is not None:
                return found[0], start + piece.find(found[0].split()[0])
        start += len(piece) + 1
    return None
