"""The name a speaker phrase is about: the head of "Democratic presidential candidate Bernie Sanders",
"Texas delegate Bill Eastland" or "Jeffrey Lewis of the James Martin Center", and the subject among
the comma pieces of "her senior policy adviser, Jake Sullivan, said" or "Tom Ridge, a former
secretary, put it". A phrase is read as [determiner] modifiers* name [affiliation]: the modifiers are
lower-case role words and adjectives, ages or a leading capitalised word (a party, a place, an
employer), never a verb or a function word, so that "Trump unleashed a series" keeps "Trump".
"""

from __future__ import annotations

import re

from .lexicon import (
    ABSTRACT_SUFFIXES,
    AFFILIATION_WORDS,
    AUXILIARIES,
    DETERMINERS,
    ENGLISH_DETERMINERS,
    FUNCTION_WORDS,
    NOT_NAMES,
    NOT_SPEAKING,
    PERSON_NOUNS,
    PRONOUNS,
    QUANTIFIERS,
    RELATIVES,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    SUBORDINATORS,
)
from .people import HONORIFICS, NAME_RUN_RE, clean_name, is_role_word

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
        if not cleaned or _leads_to_name(after) or " ".join(cleaned).lower() in NOT_NAMES:  # "In February, …"
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


MARK_IN_RE = re.compile(r"[“”\"»«」]")


def leading_phrase(text: str) -> tuple[str, int] | None:
    """The first phrase of a clause: a name, a pronoun or a description."""
    clause = re.split(r"[”\"»«」]", text)[-1]
    offset = len(text) - len(clause)
    head = clause.split(",")[0].strip()
    words = head.split()
    while words and words[0].lower() in {"as", "but", "and", "while", "still", "yet", "so", "although"}:
        words.pop(0)
    if not words:
        return None
    if words[0].lower() in QUANTIFIERS and len(words) > 1 and is_description(_noun_phrase(words)):
        phrase = " ".join(_noun_phrase(words))  # "Multiple outlets reported", "Several Twitter users"
        return phrase, offset + clause.find(phrase)
    if words[0].lower() in PRONOUNS:
        return words[0], offset + clause.find(words[0])
    while len(words) > 1 and words[0].endswith(".") and is_role_word(words[0]):
        words.pop(0)  # "Rep. Elijah Cummings": the title's full stop splits the name run
    named = head_name(" ".join(words))
    if named:
        return named[0], offset + clause.find(named[0].split()[0])
    if words[0].lower() in DETERMINERS and is_description(_noun_phrase(words)):
        named = _appositive_name(clause)  # "the Vatican spokesman, Federico Lombardi, said"
        if named:
            return named[0], offset + named[1]
        phrase = " ".join(_noun_phrase(words))
        return phrase, offset + clause.find(phrase)
    return None


def _appositive_name(clause: str) -> tuple[str, int] | None:
    """The name set off by commas right after a description: "the assailant, John McGraw,"."""
    pieces = clause.split(",")
    if len(pieces) < 3:
        return None
    candidate = pieces[1].strip()
    run = NAME_RUN_RE.fullmatch(candidate)
    cleaned = clean_name(run.group(0)) if run else []
    if len(cleaned) < 2:
        return None
    phrase = " ".join(cleaned)
    return phrase, clause.find(cleaned[0], len(pieces[0]))


def _noun_phrase(words: list[str]) -> list[str]:
    """A determiner phrase up to its first preposition or verb-like word: "A systemic review"."""
    phrase = [words[0]]
    for word in words[1:5]:
        if word.lower() in AFFILIATION_WORDS | RELATIVES | AUXILIARIES or word in _VERBS:
            break
        phrase.append(word)
    return phrase


def trailing_description(words: list[str]) -> str | None:
    for size in range(2, min(len(words), 5) + 1):
        candidate = words[-size:]
        if candidate[0].lower() in DETERMINERS:
            return " ".join(candidate) if is_description(candidate) else None
    return None


def is_description(words: list[str]) -> bool:
    """ "the source", "a recent computer science graduate"; not "the chat and" or "a mother who'd",
    and in English not "the paradox" or "a new ad": the head must be a noun that can speak."""
    lowered = [w.lower().strip(",.") for w in words]
    last = lowered[-1]
    if lowered[0] in ENGLISH_DETERMINERS and not can_speak(last) or last in SUBORDINATORS \
            or any(MARK_IN_RE.search(word) for word in words):
        return False  # "a “…”", "the same words when": a quotation or a clause, not a speaker
    return not any(w.endswith(",") for w in words) and last not in FUNCTION_WORDS | AUXILIARIES \
        and not (last.endswith("ly") and len(words) > 2) \
        and not any(w in RELATIVES or w in PRONOUNS or w.startswith(("who", "that")) for w in lowered[1:])


def can_speak(noun: str) -> bool:
    """A person, a body or a document by its common noun: "the senator", "the ministry", "the report"."""
    noun = noun.removesuffix("’s").removesuffix("'s")
    singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
    if noun in SPEAKING_NOUNS or singular in SPEAKING_NOUNS:
        return True
    return not singular.endswith(ABSTRACT_SUFFIXES) and singular not in NOT_SPEAKING
