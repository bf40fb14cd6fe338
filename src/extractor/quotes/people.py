"""People named in a body: full names, roles, gender, and what "she" or "the diplomat" stands for.

Quote speakers are resolved against this register, so that "Zakharova", "she" and "the diplomat"
all come out as "Maria Zakharova", the fullest form the article gives.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .genders import gender_of, honorific_gender, name_gender
from .lexicon import (
    ABBREVIATED_TITLES,
    FEMALE_NAMES,
    FEMALE_WORDS,
    GIVEN_NAMES,
    LEADING_STOPWORDS,
    MALE_NAMES,
    NOT_NAMES,
    ORG_WORDS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    SPEAKING_NOUNS,
    SUBJECT_PRONOUNS,
    SUFFIXES,
)

# One word of a name: a capitalised word (hyphens and inner apostrophes allowed) or an initial.
NAME_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ][\w'’\-]*[\w]|[A-Z]\.|[A-ZÀ-ÖØ-Þ])"
# Lower-case particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
NAME_PARTICLE = r"(?:von|van|der|den|de|del|della|da|di|du|le|la|al|el|bin|ibn|ter|zu)"
NAME_RUN_RE = re.compile(rf"{NAME_WORD}(?:[ \t]+(?:{NAME_PARTICLE}[ \t]+)*{NAME_WORD})*")
NAME_PARTICLES = frozenset("von van der den de del della da di du le la al el bin ibn ter zu".split())
# A capitalised run this long is an organisation and a name side by side, not one name.
MAX_NAME_WORDS = 4
POSSESSIVE_END_RE = re.compile(r"[’']s$")
POSSESSIVE_RE = re.compile(r"^.*?[’']s\s+")


# Marks a name that is the subject or object of an attribution verb ("said Jan Liphardt").
CUE_EVIDENCE = "<cue>"
# Titles before a surname alone that tell a person ("Mr. Sanders", "Sen. Sanders").
HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.?\s$")
# A name qualifying the role noun of another name: "Obama consultant Cornell Belcher".
NAME_AS_MODIFIER_RE = re.compile(r"[ \t]+((?:(?!(?:and|or|of|to|in|on|at|by|for|with|as|the|a|an|is|was|has|had)\b)"
                                 r"[a-z][a-z-]*(?<!ed)[ \t]+){1,3})[A-Z]")
# A short title right before a name ("Sen. Bernie Sanders"): the role it stands for counts.
TITLE_BEFORE_RE = re.compile(r"\b(Sen|Gov|Rep|Gen|Prof|Dr|Rev)$")
HONORIFICS = frozenset("Mr. Mrs. Ms. Dr. Sen. Rep. Gov. Gen. Prof. Mr Mrs Ms Dr".split())
AFFILIATIONS = frozenset("of on at von bei chez de du".split())


# Where the words before a name stop belonging to its sentence ("Dr." does not end one).
# The full stop comes first, so the titles behind it are only checked at full stops (fast).
SENTENCE_SPLIT_RE = re.compile(r"\.(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bProf\.)"
                               r"(?<!\bRep\.)(?<!\bSen\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bRev\.)(?<!\bCapt\.)(?<!\bSgt\.)(?<!\bCol\.)(?<!\bLt\.)|[!?”\"»«\n]")
# Where a sentence or paragraph begins, right before a name.
SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s|\n)$")
# A line this short without closing punctuation is a heading.
HEADING_WORDS = 12
# The first personal pronoun after a mention, and how far to look for it.
FOLLOWING_PRONOUN_RE = re.compile(r"\b(he|his|him|she|her|hers|il|elle)\b", re.IGNORECASE)
PRONOUN_REACH = 160
# A personal pronoun opening a sentence or a paragraph, before a lower-case word (its verb).
SUBJECT_PRONOUN_RE = re.compile(r"(?:^|(?<=[.!?])\s+|\n)(He|She)\s+(?=[a-z])")
# How many paragraphs back "he" looks for the subject of a sentence before settling for any mention.
SUBJECT_PARAGRAPHS = 2


@dataclass
class Person:
    name: str
    gender: str | None = None  # "f", "m" or None when the text does not tell
    roles: str = ""  # the words around the first full mention, lower-cased, for "the diplomat"
    titles: str = " "  # the titles and apposition of that mention, space-padded words: " sen ", " governor "
    guessed: bool = False  # gender read from the words around them, not from a given name: pronouns may correct it


@dataclass
class Register:
    """Everyone the body names, and where: mentions are (offset, person, is_subject) in body order."""

    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[tuple[int, Person, bool]] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=lambda: [0])
    text: str = ""  # the masked body the register was built from
    by_last_word: dict[str, list[Person]] = field(default_factory=dict)
    by_inner_word: dict[str, list[Person]] = field(default_factory=dict)

    def add(self, person: Person) -> None:
        self.people[person.name] = person
        words = person.name.split()
        self.by_last_word.setdefault(words[-1], []).append(person)
        for word in words[:-1]:  # "says Katie" for Katie Bandurski, "says Joon" for Yeun Joon Kim
            self.by_inner_word.setdefault(word, []).append(person)

    def is_proper_noun(self, word: str) -> bool:
        """A lone capitalised word counts as a name where the body also capitalises it mid-sentence
        or never writes it in lower case: "Krutikov" does, "Many" and "Always" do not."""
        if word.lower() in LEADING_STOPWORDS or word.lower() in SENTENCE_OPENERS:
            return False
        for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", self.text):
            before = self.text[max(0, match.start() - 2):match.start()]
            if before and not re.search(r"[.!?:\n“\"«»„]\s?$", before) or HONORIFIC_BEFORE_RE.search(
                    self.text, max(0, match.start() - 6), match.start()):
                return True
        return not re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", self.text)

    def full(self, name: str) -> Person | None:
        """The registered person a (possibly partial) name refers to: "Hoge" → "Elizabeth A. Hoge"."""
        words = name.split()
        if not words:
            return None
        if name in self.people:
            return self.people[name]
        matches = [p for p in self.by_last_word.get(words[-1], ()) if _ends_with(p.name.split(), words)]
        if not matches and len(words) == 1:
            matches = self.by_inner_word.get(words[0], [])
            if len({p.name for p in matches}) > 1:
                return None  # two people share the word: no guess
        return max(matches, key=lambda p: len(p.name)) if matches else None

    def called(self, person: Person, written: str | None = None) -> str:
        """The name to give a speaker: the person's fullest name, except that a family name the text
        puts after a title inside a longer name ("Ms. Acosta" for Melba Acosta Febo, "Ms. Gao" for
        Gao Junlan) keeps the words up to it, as the text calls them. `written`: the name as the
        attribution writes it (None for a pronoun)."""
        words = person.name.split()
        while len(words) > 1 and _bare(words[-1]) in SUFFIXES:
            words.pop()  # "Joseph R. Biden Jr.": Biden is the last name
        inner = [written] if written is not None else words[:-1]
        for word in inner:
            if word in words[:-1] and len(word) > 2 and re.search(
                    rf"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+{re.escape(word)}(?![\w'’-]|\s+[A-Z])", self.text):
                return " ".join(words[:words.index(word) + 1])
        return person.name

    def recent(self, offset: int, gender: str | None = None, roles: tuple[str, ...] = ()) -> Person | None:
        """The last person named before `offset` who fits the gender and any of the role words.
        A person who is the subject of a sentence in the same paragraph comes first:
        in "Levin sees …, as Darwin put it, … “…,” he says", he is Levin."""
        index = max(i for i, start in enumerate(self.paragraph_starts) if start <= offset)
        fitting = [(position, person, subject) for position, person, subject in self.mentions
                   if position < offset and _fits(person, gender, roles)]
        pools = []
        for back in range(SUBJECT_PARAGRAPHS):
            floor = self.paragraph_starts[max(0, index - back)]
            pools.append([person for position, person, subject in fitting if subject and position >= floor])
        pools += [[p for _, p, _ in fitting if gender and p.gender == gender], [p for _, p, _ in fitting]]
        return next((pool[-1] for pool in pools if pool), None)

    def possessive(self, offset: int) -> bool:
        """A mention that only qualifies a noun ("Trump's attorney") is not who "he" is."""
        run = NAME_RUN_RE.match(self.text, offset)
        if not run:
            return False
        if run.group(0).endswith(("’s", "'s")) or self.text.startswith(("’s", "'s"), run.end()):
            return True
        modifier = NAME_AS_MODIFIER_RE.match(self.text, run.end())  # "Obama consultant Cornell Belcher"
        return bool(modifier) and _role_noun(modifier.group(1).split()[-1])

    def mention(self, offset: int, person: Person, subject: bool = True) -> None:
        if self.mentions and offset < self.mentions[-1][0]:
            bisect.insort(self.mentions, (offset, person, subject), key=lambda item: item[0])
        else:
            self.mentions.append((offset, person, subject))


def _role_noun(word: str) -> bool:
    return word in SPEAKING_NOUNS or word in ROLE_WORDS


def _fits(person: Person, gender: str | None, roles: tuple[str, ...]) -> bool:
    """Roles written with spaces (" senator ") are whole words of the person's titles; others are
    pieces of the words around their first mention."""
    if gender and person.gender and person.gender != gender:
        return False
    return not roles or any(role in (person.titles if role.startswith(" ") else person.roles) for role in roles)


def build_register(body: str, masked: str, is_cue=lambda word: False) -> Register:
    """Names in the body outside quotations (`masked` hides quoted text), fullest forms first.
    `is_cue` tells an attribution verb: the subject of "said" is a person."""
    register = Register(paragraph_starts=[0] + [m.end() for m in re.finditer("\n\n", body)], text=masked)
    is_cue = functools.cache(is_cue)  # the same few words are asked about many times
    runs, singles = [], []
    for match in NAME_RUN_RE.finditer(masked):
        if " " not in match.group(0):
            singles.append(match)  # a lone word can only be a mention of someone registered
            continue
        words = clean_name(match.group(0))
        if words:
            runs.append((match.start() + match.group(0).find(words[0]), words, match))
    surnames = {words[-1] for _, words, _ in runs if len(words) > 1}
    alone = lone_surnames(masked, [m for m in singles if POSSESSIVE_END_RE.sub("", m.group(0)) in surnames], is_cue)
    _register_people(register, runs, masked, is_cue, alone)
    _register_surnames(register, [m for m in singles if POSSESSIVE_END_RE.sub("", m.group(0)) not in surnames],
                       masked, is_cue)
    for match in singles:
        word = POSSESSIVE_END_RE.sub("", match.group(0))
        if word in register.by_last_word or word in register.by_inner_word:
            runs.append((match.start(), [word], match))
    for offset, words, match in sorted(runs, key=lambda run: run[0]):
        person = register.full(" ".join(words))
        if person is not None:
            subject = (_is_subject(masked, offset) or _beside_cue(masked, match, is_cue)) \
                and not register.possessive(offset)
            register.mention(offset, person, subject)
    _genders_from_pronouns(register, masked)
    _subject_pronouns(register, masked)
    return register


def _subject_pronouns(register: Register, masked: str) -> None:
    """ "He notes …. He says, “…”": a pronoun opening a sentence continues the chain of the person it
    stands for, so the next "he" finds that person again rather than someone named in between."""
    for found in SUBJECT_PRONOUN_RE.finditer(masked):
        gender = "f" if found.group(1).lower() in FEMALE_WORDS else "m"
        person = register.recent(found.start(1), gender)
        if person is not None:
            register.mention(found.start(1), person, True)


def _register_people(register: Register, runs: list, masked: str, is_cue, alone: set[str]) -> None:
    """Full names with evidence of being people, longest first, so "Hoge" later finds "Elizabeth A. Hoge"."""
    for _, words, match in sorted((run for run in runs if len(run[1]) > 1), key=lambda run: -len(run[1])):
        given = next((i for i, word in enumerate(words) if _bare(word) in GIVEN_NAMES), 0)
        words = words[given:] if len(words) - given > 1 else words  # "Roboticist Josh Bongard"
        name = " ".join(words)
        if register.full(name) is not None:
            continue
        evidence = _evidence(masked, match, words)
        if evidence is None:
            continue
        if _beside_cue(masked, match, is_cue) or 2 <= len(words) <= 3 and words[-1] in alone:
            evidence += " " + CUE_EVIDENCE
        if is_person(words, evidence) or _subject_with_pronoun(masked, match, words):
            context = _context(masked, match)
            known = name_gender(name)
            register.add(Person(name, known or gender_of(name, context), context, f" {evidence} ", known is None))


def _subject_with_pronoun(masked: str, match: re.Match, words: list[str]) -> bool:
    """ "Angel Mendoza came from Texas … He": a two- or three-word name opening its sentence, with
    no organisation word, that a personal pronoun soon refers back to."""
    if not 2 <= len(words) <= 3 or _bare(words[0]) in SENTENCE_OPENERS \
            or any(_bare(w) in ORG_WORDS or _bare(w) in NOT_NAMES for w in words):
        return False
    start = match.start() + match.group(0).find(words[0])
    if not SENTENCE_START_RE.search(masked, max(0, start - 3), start):
        return False
    found = FOLLOWING_PRONOUN_RE.search(masked, match.end(), match.end() + PRONOUN_REACH)
    return found is not None and found.group(1).lower() in {"he", "she", "his", "her"}


def _genders_from_pronouns(register: Register, masked: str) -> None:
    """A person the given-name table does not know takes the gender of the pronoun that follows
    their mentions most often ("Mahler says … “…,” she says")."""
    votes: dict[str, list[str]] = {}
    for offset, person, _ in register.mentions:
        if person.gender is None or person.guessed:
            found = FOLLOWING_PRONOUN_RE.search(masked, offset, offset + PRONOUN_REACH)
            if found:
                female = found.group(1).lower() in FEMALE_WORDS
                votes.setdefault(person.name, []).append("f" if female else "m")
    for name, genders in votes.items():
        female, male = genders.count("f"), genders.count("m")
        person = register.people[name]
        if person.gender is not None and (len(genders) < 2 or female and male):
            continue  # a gender read from "chairwoman" or "widow" yields only to pronouns that agree
        if female != male:
            person.gender = "f" if female > male else "m"


def _register_surnames(register: Register, singles: list[re.Match], masked: str, is_cue) -> None:
    """A person the body names only by surname ("Maher said", "Mr. Ham"): a capitalised word beside an
    attribution verb or after a title at least twice, never written in lower case, is a person too."""
    counts: dict[str, int] = {}
    for found in singles:
        word = POSSESSIVE_END_RE.sub("", found.group(0))
        bare = word.lower()
        if len(word) < 3 or not word[1:].islower() or bare in LEADING_STOPWORDS or bare in SENTENCE_OPENERS \
                or bare in NOT_NAMES or bare in ORG_WORDS or is_role_word(word) or bare in GIVEN_NAMES:
            continue
        before = masked[max(0, found.start() - 12):found.start()].split()
        if before and before[-1] in HONORIFICS or _beside_cue(masked, found, is_cue):
            counts[word] = counts.get(word, 0) + 1
    for word, count in counts.items():
        if count >= 2 and register.full(word) is None and register.is_proper_noun(word):
            register.add(Person(word, honorific_gender(masked, word)))


def lone_surnames(masked: str, singles: list[re.Match], is_cue) -> set[str]:
    """Capitalised words the body writes on their own after a title or beside an attribution verb
    ("Schilling added", "Mr. Schilling"): a two- or three-word name ending in one is a person, since
    places and bodies are not shortened that way, nor said to speak by a surname."""
    alone = set()
    for found in singles:
        word = POSSESSIVE_END_RE.sub("", found.group(0))
        if len(word) < 3 or word in alone:
            continue
        before = masked[max(0, found.start() - 12):found.start()].split()
        if before and before[-1] in HONORIFICS or _beside_cue(masked, found, is_cue):
            alone.add(word)
    return alone


def _evidence(masked: str, match: re.Match, words: list[str]) -> str | None:
    """The role words right next to a name ("Spokeswoman", "lead author", ", a professor");
    None when the name follows "of", "at" or "for", which makes it an organisation."""
    before = SENTENCE_SPLIT_RE.split(masked[max(0, match.start() - 40):match.start()])[-1].split()
    if before and before[-1].lower() in AFFILIATIONS or _in_heading(masked, match):
        return None
    stripped = match.group(0)[:match.group(0).find(words[0])].split()
    after = masked[match.end():match.end() + 40]
    appositive = after[1:].split()[:6] if after.startswith(",") else []
    return " ".join(w.lower().strip(".,") for w in stripped + before[-2:] + appositive)


def _in_heading(masked: str, match: re.Match) -> bool:
    """A name-like run in a heading line ("Office Chairs For Back Pain") names no one."""
    line_start = masked.rfind("\n", 0, match.start()) + 1
    line_end = masked.find("\n", match.end())
    line = masked[line_start:line_end if line_end >= 0 else len(masked)].strip()
    return bool(line) and line[-1] not in ".!?:;,”\"»)" and len(line.split()) <= HEADING_WORDS


def _beside_cue(masked: str, match: re.Match, is_cue) -> bool:
    before = masked[max(0, match.start() - 20):match.start()].split()
    after = masked[match.end():match.end() + 20].split()
    after = masked[match.end():match.end() + 20].lstrip(", ").split()  # "Alan Garten, said"
    return bool(before and is_cue(before[-1].strip(",")) or after and is_cue(after[0].strip(",.")))


def _is_subject(masked: str, offset: int) -> bool:
    """A name that opens its sentence, titles and roles aside ("Secretary of State John Kerry said")."""
    lead = SENTENCE_SPLIT_RE.split(masked[max(0, offset - 40):offset])[-1].split()
    return all(word.lower() in LEADING_STOPWORDS or is_role_word(word) or word[:1].isupper() for word in lead)


def clean_name(run: str) -> list[str]:
    """A capitalised run without the sentence word, possessive owner or titles before the name."""
    if " " not in run and "\t" not in run:  # one word, the common case
        word = re.sub(r"[’']s$", "", run)
        return [] if word.lower() in LEADING_STOPWORDS or is_role_word(word) else [word]
    run = POSSESSIVE_RE.sub("", run)
    words = run.split()
    while words and words[0].lower() in LEADING_STOPWORDS:
        words.pop(0)
    for index in range(len(words) - 1, -1, -1):
        if is_role_word(words[index]) and not (index == len(words) - 1 and _surname_after(words)):
            words = words[index + 1:]
            break
    words = [w for w in words if w not in {"and", "und", "et"}]
    while words and words[-1].lower() in SUBJECT_PRONOUNS:
        words.pop()  # "U.S. He says": the next sentence's pronoun is no part of a name
    if len(words) >= MAX_NAME_WORDS and not any(w in NAME_PARTICLES for w in words):
        given = next((i for i, w in enumerate(words[:-1]) if _bare(w) in GIVEN_NAMES), None)
        # "Republican Christine Todd Whitman"; "МИД России Мария Захарова": the employer runs into the name
        words = words[given:] if given is not None and len(words) - given <= 3 else words[-2:]
    if words:
        words[-1] = re.sub(r"[’']s$", "", words[-1])
    return words


def _surname_after(words: list[str]) -> bool:
    """ "Peter T. King", "Billie Jean King": a role word after a given name or an initial is a surname."""
    return len(words) > 1 and _bare(words[-1]) not in ABBREVIATED_TITLES \
        and (_bare(words[-2]) in GIVEN_NAMES or re.fullmatch(r"[A-Z]\.", words[-2]) is not None)


def is_role_word(word: str) -> bool:
    bare = _bare(word)
    return bare in ROLE_WORDS or bare.endswith(ROLE_SUFFIXES)


def is_person(words: list[str], evidence: str = "") -> bool:
    """A name of two to four words with a known given name, a role beside it or a middle initial."""
    if not 2 <= len(words) <= 4 or any(_bare(w) in ORG_WORDS or _bare(w) in NOT_NAMES for w in words):
        return False  # a lone capitalised word is registered only as a mention of someone known
    first = _bare(words[0])
    return first in FEMALE_NAMES or first in MALE_NAMES or any(is_role_word(w) for w in evidence.split()) \
        or CUE_EVIDENCE in evidence.split() or any(re.match(r"^[A-Z]\.?$", word) for word in words[1:-1])


def strip_role(phrase: str) -> str:
    """ "Russian Foreign Ministry Spokeswoman Maria Zakharova" → "Maria Zakharova"."""
    words = clean_name(phrase)
    return " ".join(words) if words else phrase.strip()


def _context(text: str, match: re.Match) -> str:
    """The words just before and after a name, where its titles and roles sit."""
    before = text[max(0, match.start() - 60):match.start()].rsplit(".", 1)
    title = TITLE_BEFORE_RE.search(before[0]) if len(before) > 1 and not before[1].strip() else None
    after = text[match.end():match.end() + 80].split(".", 1)[0]
    words = f" {title.group(1) if title else ''} {before[-1]} {match.group(0)} {after} "
    return re.sub(r"[^\w\s\-]", " ", words).lower()


def _bare(word: str) -> str:
    return word.strip(".,;:’'").lower()


def _ends_with(words: list[str], tail: list[str]) -> bool:
    return len(words) > len(tail) and words[-len(tail):] == tail
