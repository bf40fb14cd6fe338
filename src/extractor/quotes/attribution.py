"""Who said a quotation: the attribution phrase next to it ("X said", "said X", "according to X", "X: …").

Works on a *window* of the paragraph with the quoted words masked out, so that a verb or a name inside
another quotation is never taken for the attribution. Returns the speaker as written ("she",
"the journalist", "Krutikov"); `speakers.py` resolves it against the register of people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import (
    ACCORDING_TO,
    ADVERBS,
    AFFILIATION_WORDS,
    CLAUSE_PRONOUNS,
    DETERMINERS,
    FIRST_PERSON,
    FUNCTION_WORDS,
    KNOWN_ING_NAMES,
    NOT_NAMES,
    PRONOUNS,
    RELATIVES,
    SENTENCE_ADVERBS,
    SPEECH_VERBS,
)
from .people import HONORIFIC_BEFORE_RE, NAME_RUN_RE, clean_name
from .phrases import (
    MARK_IN_RE,
    apposed_subject,
    head_name,
    is_description,
    leading_phrase,
    trailing_description,
)

# An affiliation word and its article between a speaker and their employer: "Lewis [of the] Center".
EMPLOYER_LINK_RE = re.compile(r"\s+(?:" + "|".join(sorted(AFFILIATION_WORDS))
                              + r")(?:\s+(?:the|a|an|der|die|das|le|la|les))?$", re.IGNORECASE)

_VERB_FORMS = sorted((v.replace("_", " ") for forms in SPEECH_VERBS.values() for v in forms.split()),
                     key=len, reverse=True)
VERB_RE = re.compile(r"(?<![\w'’-])(" + "|".join(re.escape(v) for v in _VERB_FORMS) + r")(?![\w'’])"
                     r"(?:-t-(il|elle|ils|elles)|-(il|elle|ils|elles))?")
# A signature after a quotation: "“…” – AstroFarsography", "“…” — Jane Doe, reader".
DASH_SIGNATURE_RE = re.compile(r"^\s*[–—―]\s*(@?[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})")
# A transcript's speaker label opening the quoted text: "PENCE: And that's why …", "Chris Matthews: …".
TRANSCRIPT_LABEL_RE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}|"
                                 r"[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2}):\s")
# French compound tenses put the pronoun between auxiliary and participle: "a-t-il ajouté".
FRENCH_INVERSION_RE = re.compile(r"\b(a|ont|avait)-(?:t-)?(il|elle|ils|elles|on)\s+(\w+é)\b")
ACCORDING_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in ACCORDING_TO) + r")\s+",
                          re.IGNORECASE)
# Where a speaker phrase after the verb stops: punctuation or a clause ("said X, who ...", "said X in a ...").
PHRASE_END_RE = re.compile(r"[,;:()\[\]—–!?]|"
                           r"\.(?<!\b[A-Z]\.)(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bProf\.)"
                           r"(?<!\bRep\.)(?<!\bSen\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bRev\.)(?<!\bCapt\.)(?<!\bSgt\.)"
                           r"(?<!\bCol\.)(?<!\bLt\.)(?<!\bJr\.)(?!\w)|"
                           r"\s(?:who|which|in|on|at|during|after|before|as|to|"
                           r"for|when|while|that|but|from|with|about|of|der|die|dans|lors|en|à|au|sur|am|im|bei|auf|vor|nach|zu|"
                           r"zum|zur|mit|gegenüber|devant|lors|pendant|après|avant)\s")
DESCRIPTION_RE = re.compile(
    r"^(?:the|a|an|one|another|der|die|das|ein|eine|le|la|l'|un|une)\s+[\w\-' ]{2,60}$", re.IGNORECASE)
# "Callan Spicher, vice president of …": a name, then a comma and a lower-case description of them.
APPOSITIVE_RE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*)+,\s+(?:a |an |the )?[a-z]")
COLON_SPEAKER_RE = re.compile(r"^\s*([^\s:,.][^:,.]{0,60}?)\s*:\s*$")
MAX_SUBJECT_WORDS = 8
# A long phrase after a verb is still a speaker when it ends in a role and a two-word name.
TITLED_NAME_END_RE = re.compile(r"\b[A-Z][a-z]+ [A-Z][\w'’-]+ [A-Z][\w'’-]+$")
# A name set off by commas after a description: "…, Rich Beeson, who" / "…, Rich Beeson."
APPOSED_NAME_RE = re.compile(r",\s+((?:[A-Z]\.|[A-Z][\w'’-]*)(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3})"
                             r"\s*(?:[,;]|(?<!\s[A-Z])\.(?=\s|$)|$)")
# How many "of X" / "for Y" links may stand between a speaker and their verb.
MAX_EMPLOYER_LINKS = 3
# "of the anti-Trump National Review": where a person works, between their name and their verb.
AFFILIATION_RE = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*")
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){0,3}"
# `,” he beamed.` / `!” beamed Donald Hartley.`: a pronoun or name and a past-tense or present verb,
# alone after a quotation up to the sentence's end or a comma.
ANY_VERB_AFTER_RE = re.compile(rf"^\s*,?\s*(?:({_NAME}|he|she|they)\s+([a-z]+(?:ed|s))|([a-z]+(?:ed|s))\s+({_NAME})"
                               rf"(?:\s+(?:of|from)\s+{_NAME})?)\s*(?:[.,;!?]|$)")  # "beamed X of Madison"
# Introductory phrases before a sentence's subject ("On Tuesday, in Iowa, Clinton …") end this early.
SUBJECT_LEAD_CHARS = 200
# A sentence ends at . ! ? (after any closing mark) before a capital or an opening mark,
# except after abbreviations and initials.
SENTENCE_END_RE = re.compile(r"(?<=[.!?])[”\"»«」]?\s+(?=[A-ZÀ-ÖØ-ÞА-Я“\"„«»「(\[0-9])|\n")


@dataclass
class Attribution:
    speaker: str  # as written: "she", "the journalist", "Krutikov", "Maria Zakharova"
    cue: str | None
    offset: int  # where the speaker phrase sits in the window


def has_cue(text: str) -> bool:
    return bool(VERB_RE.search(text) or ACCORDING_RE.search(text) or FRENCH_INVERSION_RE.search(text))


def after_quote(window: str) -> Attribution | None:
    """Attribution following a quotation in its sentence: `,” she said.`, `,” said X.`, `, so X.`"""
    inverted = FRENCH_INVERSION_RE.search(window)
    if inverted and not window[:inverted.start()].strip(" ,"):
        return Attribution(inverted.group(2), f"{inverted.group(1)} {inverted.group(3)}", inverted.start(2))
    for match in VERB_RE.finditer(window):
        if window[:match.start()].rstrip().endswith(" and"):
            continue  # "“…” and said it was": the verb shares the sentence's subject, before the quotation
        found = _around_verb(window, match, allow_leading=True)
        if found:
            return found
    dash = DASH_SIGNATURE_RE.match(window)
    if dash:
        return Attribution(dash.group(1), None, dash.start(1))
    return _according_to(window) or _any_verb_after(window)


def _any_verb_after(window: str) -> Attribution | None:
    """A verb the table lacks, right after a quotation: `!” beamed Donald Hartley`, `,” he scoffed`."""
    found = ANY_VERB_AFTER_RE.match(window)
    if found is None:
        return None
    phrase, at = (found.group(1), found.start(1)) if found.group(1) else (found.group(4), found.start(4))
    if phrase.split()[0].lower() in PRONOUNS or phrase.split()[0].lower() in FIRST_PERSON:
        return Attribution(phrase, None, at) if phrase.lower() in PRONOUNS else None
    name = _last_name_run(phrase)
    return Attribution(name[0], None, at + name[1]) if name and name[0] == phrase else None


def before_quote(window: str) -> Attribution | None:
    """Attribution leading into a quotation: `X said, “`, `X warns that “`, `According to X, “`, `X: “`."""
    for match in reversed(list(VERB_RE.finditer(window))):
        found = _around_verb(window, match, allow_leading=True)
        if found:
            return found
    found = _according_to(window)
    if found:
        return found
    colon = COLON_SPEAKER_RE.match(window)
    if colon and _is_speaker_phrase(colon.group(1)):
        return Attribution(colon.group(1), None, colon.start(1))
    cue = VERB_RE.search(window)
    opening = MARK_IN_RE.search(window, 0, cue.start()) if cue else None
    # "Ash described the move as a “…,” adding": the subject stands before the sentence's quotation
    main = sentence_subject(window[:opening.start()]) if opening else None
    return Attribution(main.speaker, cue.group(1), main.offset) if main else None


def _around_verb(window: str, match: re.Match, allow_leading: bool) -> Attribution | None:
    cue = match.group(1)
    if cue == "so" and window[:match.start()].strip(" ,") != "":
        return None  # German "…“, so Merkel": only right after the quotation
    suffix_pronoun = match.group(2) or match.group(3)
    if suffix_pronoun:
        return Attribution(suffix_pronoun, cue, match.start())
    inverted = _phrase_after(window, match.end())
    if cue == "so":
        is_name = inverted and inverted[0][:1].isupper() and inverted[0].split()[0].lower() not in DETERMINERS
        return Attribution(inverted[0], cue, inverted[1]) if is_name else None
    if cue.endswith("ing"):
        found = _participle_subject(window[:match.start()])
        if found:
            return Attribution(found.speaker, cue, found.offset)
    subject = _subject_before(window[:match.start()], allow_leading)
    if subject:
        return Attribution(subject[0], cue, subject[1])
    main = sentence_subject(window[:match.start()], whole=False) if not inverted else None
    if main:
        return Attribution(main.speaker, cue, main.offset)
    if inverted:
        return Attribution(inverted[0], cue, inverted[1])
    return None


def _participle_subject(pre: str) -> Attribution | None:
    """Who is "saying": the name right before it ("footage of Clinton asking", "with Gorka noting"),
    else the sentence's subject ("Trump went after Bush, calling him …"), never the object before it."""
    stripped = pre.rstrip()
    if stripped and stripped[-1].isalpha():
        trailing = _trailing_phrase(stripped)
        if trailing and trailing[0].split()[0].lower() not in DETERMINERS and trailing[0].lower() not in NOT_NAMES:
            return Attribution(trailing[0], None, trailing[1])  # but "tweets early Friday saying": a day
    return sentence_subject(pre, whole=False)  # "X tweeting that it was a “…” and asking": not past a quotation


def _subject_before(pre: str, allow_leading: bool) -> tuple[str, int] | None:
    """The subject of an attribution verb: the phrase just before it, or the clause's first phrase
    when an aside sits between ("Joy Harden Bradford, a psychologist in Atlanta, says")."""
    stripped = pre.rstrip()
    if not stripped:
        return None
    if stripped.endswith(","):
        if not allow_leading:
            return None
        clause = re.split(r"[”\"»«」]", stripped)[-1]
        apposed = apposed_subject(clause)
        if apposed:
            return apposed[0], len(stripped) - len(clause) + apposed[1]
        return leading_phrase(stripped)
    if allow_leading and APPOSITIVE_RE.match(stripped):
        leading = leading_phrase(stripped)
        if leading:
            return leading
    trailing = _trailing_phrase(stripped)
    if trailing and not _is_affiliation(stripped, trailing[1]):
        return trailing
    for _ in range(MAX_EMPLOYER_LINKS):  # "Dr. Ehsan Jazini of VSI explains": the speaker stands before "of VSI"
        if not trailing or not _is_affiliation(stripped, trailing[1]):
            break
        employer = EMPLOYER_LINK_RE.sub("", stripped[:trailing[1]].rstrip())  # "… of the"
        named = _trailing_phrase(employer.rstrip()) if employer.strip() else None
        if named and not named[0].lower().startswith(tuple(DETERMINERS)) \
                and not _is_affiliation(stripped, named[1]):
            return named
        trailing = named  # "Lewis of the James Martin Center for Nonproliferation Studies"
    if allow_leading:
        return leading_phrase(stripped)
    return None


def _is_affiliation(text: str, offset: int) -> bool:
    """ "Callan Spicher, vice president of Spicher’s Appliance & Security told": the name after "of"
    is where the speaker works, not the speaker."""
    words = text[:offset].split()
    if len(words) > 1 and words[-1].lower() in DETERMINERS:
        words.pop()  # "Jeffrey Lewis of the James Martin Center"
    return bool(words) and words[-1].lower() in AFFILIATION_WORDS


def _trailing_phrase(text: str) -> tuple[str, int] | None:
    words = text.split()
    while words and (words[-1].lower() in ADVERBS or words[-1].endswith("ly") and words[-1].islower()):
        words.pop()
    if words and words[-1].lower() in RELATIVES:
        words.pop()
    if not words:
        return None
    if words[-1].lower() in PRONOUNS:
        return words[-1], text.rfind(words[-1])
    tail = " ".join(words)
    name = _last_name_run(tail)
    if name and tail.endswith(name[0]):
        return name[0], text.rfind(name[0])
    description = trailing_description(words)
    if description:
        return description, text.rfind(description)
    return None


def _phrase_after(window: str, position: int) -> tuple[str, int] | None:
    """The speaker after an inverted verb: `said Officer Stacy Chiarolanza`, `said the source, who …`."""
    rest = window[position:]
    stop = PHRASE_END_RE.search(rest)
    phrase = (rest[:stop.start()] if stop else rest).strip()
    if not phrase or len(phrase.split()) > MAX_SUBJECT_WORDS and not TITLED_NAME_END_RE.search(phrase):
        return None  # but "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
    offset = position + rest.find(phrase)
    named = APPOSED_NAME_RE.match(rest, stop.start()) if stop else None
    if named and head_name(phrase) is None:  # "said Rubio’s deputy campaign manager, Rich Beeson, who"
        cleaned = clean_name(named.group(1))
        if len(cleaned) > 1:
            return " ".join(cleaned), position + named.start(1) + named.group(1).find(cleaned[0])
    words = phrase.split()
    if words[0].lower() in PRONOUNS and (len(words) == 1 or words[0].lower() != "il"):
        if len(words) > 1 and words[0].lower() in CLAUSE_PRONOUNS:
            return None  # "said it was …", "said she would …": the pronoun opens the reported clause
        return words[0], offset  # "sagte sie dem Sender"; but "ha detto il ministro X" has an article
    name = _last_name_run(phrase)
    if name:
        rest = phrase[phrase.rfind(name[0].split()[-1]) + len(name[0].split()[-1]):].split()
        if len(rest) > 2 or any(word.lower() in DETERMINERS for word in rest):
            return None  # "said MIT Sloan professor the director": the name is an employer, not the speaker
        return name[0], offset + name[1]
    if DESCRIPTION_RE.match(phrase) and is_description(phrase.split()):
        return phrase, offset
    return None


def _last_name_run(text: str) -> tuple[str, int] | None:
    runs = list(NAME_RUN_RE.finditer(text))
    if not runs:
        return None
    # a run of names joined by a role word: "Estera Events Co-Owner and Lead Planner Erica Vanco"
    run = runs[-1]
    cleaned = clean_name(text[runs[0].start():run.end()] if _joined(text, runs) else run.group(0))
    if not cleaned and " " not in run.group(0) and HONORIFIC_BEFORE_RE.search(text, 0, run.start()):
        cleaned = [run.group(0)]  # "Mr. King": after a title, a role word is a surname
    if not cleaned:
        return None
    phrase = " ".join(cleaned)
    return phrase, text.rfind(cleaned[0], 0, run.end())


def _joined(text: str, runs: list[re.Match]) -> bool:
    gaps = (text[a.end():b.start()] for a, b in zip(runs, runs[1:], strict=False))
    return all(gap.strip() in {"and", "&", "und", "et"} for gap in gaps)


def _according_to(window: str) -> Attribution | None:
    match = ACCORDING_RE.search(window)
    if not match:
        return None
    phrase = _phrase_after(window, match.end())
    if phrase is None:
        # "X zufolge" / German postposition is rare enough to leave out
        return None
    return Attribution(phrase[0], match.group(1).lower(), phrase[1])


def _is_speaker_phrase(phrase: str) -> bool:
    words = phrase.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def sentence_subject(before: str, whole: bool = True) -> Attribution | None:
    """The subject of the reporter's sentence a quotation sits in, when no attribution verb is
    there: "Bolton called Obama's ignorance “disrespectful …”", "He anticipated that “…”"."""
    last_clause = re.split(r"[”\"»«」]", before)[-1]
    opening = MARK_IN_RE.search(before) if whole else None
    for offset in dict.fromkeys((len(before) - len(last_clause), 0)):
        # from the last quotation on, else the sentence up to its first one ("Cruz called Trump a “…” who …")
        clause = before[offset:] if offset or opening is None else before[:opening.start()]
        for piece in _clause_starts(clause):
            found = leading_phrase(clause[piece:])
            if found is None or MARK_IN_RE.search(clause[piece:piece + found[1]]) or _opener(found[0]):
                continue
            rest = _after_apposition(clause[piece + found[1] + len(found[0]):]).split()
            if rest and rest[0][:1].islower() and rest[0].isalpha() and rest[0] not in FUNCTION_WORDS:
                return Attribution(found[0], None, offset + piece + found[1])
    return None


def _opener(phrase: str) -> bool:
    """A capitalised word that opens a sentence without naming anyone: "Fifteen minutes after …",
    "Shortly after …", "Injecting Clinton into …"."""
    lowered = phrase.lower()
    return " " not in phrase and (lowered in SENTENCE_ADVERBS
                                  or lowered.endswith("ing") and lowered not in KNOWN_ING_NAMES)


def _after_apposition(text: str) -> str:
    """The words after a subject, past an apposition set off by commas ("Gerson, a speechwriter, calls")
    or an affiliation ("Jonah Goldberg of the National Review imagined")."""
    if text.lstrip().startswith(","):
        closing = text.find(",", text.find(",") + 1)
        return text[closing + 1:] if closing > 0 else ""
    affiliation = AFFILIATION_RE.match(text)
    return text[affiliation.end():] if affiliation else text


def _clause_starts(clause: str) -> list[int]:
    """Where the sentence's subject may start: its beginning, or after one introductory phrase."""
    return [0] + [comma.end() for comma in re.finditer(",", clause[:SUBJECT_LEAD_CHARS])]


def transcript_label(text: str) -> Attribution | None:
    """The speaker a transcript names inside the quoted text itself."""
    label = TRANSCRIPT_LABEL_RE.match(text)
    if label is None or label.group(1).lower() in FUNCTION_WORDS | DETERMINERS:
        return None
    return Attribution(label.group(1), None, 0)
