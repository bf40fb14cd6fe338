"""Speakers for the quotations found: each one's own attribution resolved to the fullest name the body
gives, then, for a quotation without one, the quotation or the reported speech it continues."""

from __future__ import annotations

from ..model import Quote
from . import antecedents
from .attribution import SENTENCE_END_RE, Attribution, before_quote, sentence_subject
from .lexicon import (
    DESCRIPTION_ROLES,
    DETERMINERS,
    DOCUMENT_NOUNS,
    KNOWN_ING_NAMES,
    NOT_NAMES,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_ABBREVIATIONS,
)
from .people import Register, is_role_word, strip_role
from .span import Span

# "I said", "you say": the writer or the reader, not a quoted speaker.
FIRST_AND_SECOND_PERSON = frozenset("i i'm we you me us ich wir du je nous vous tu".split())


def attribute(quotes: list[Quote], sources: list[Attribution | None], spans: list[Span],
              masked: list[str], register: Register) -> None:
    """Speakers and cues: each quotation's own attribution first, then what it continues."""
    for quote, source in zip(quotes, sources, strict=True):
        if source is not None:
            quote.speaker = resolve(source.speaker, source.offset, register, quotes)
            quote.cue = source.cue
    for index, quote in enumerate(quotes):
        if sources[index] is not None or quote.kind == "block":
            continue  # a block quote's speaker is its own signature or attribution, never a guess
        donor = (_next_in_sentence(index, quotes, sources, spans, masked)
                 or _introduced_by_colon(index, spans, masked, register, quotes)
                 or _previous_in_paragraph(index, quotes)
                 or _reported_earlier(index, spans, masked, register, quotes)
                 or _continued_paragraph(index, quotes, spans)
                 or _subject_before(index, spans, masked, register, quotes)
                 or _nobody_else_since(index, quotes, register))
        if donor is not None:
            quote.speaker, quote.cue = donor


def resolve(phrase: str, offset: int, register: Register, quotes: list[Quote]) -> str | None:
    """The fullest name for an attribution as written: a pronoun, a description or a (partial) name."""
    words = phrase.split()
    lowered = phrase.lower()
    if lowered.replace("’", "'") in FIRST_AND_SECOND_PERSON:
        return None
    if lowered in PRONOUNS:
        gender = PRONOUNS[lowered]
        if gender is None:
            return _last_organisation(offset, quotes, register)
        person = antecedents.choose(offset, gender, quotes, register) or register.recent(offset, gender)
        if person is None:
            return None
        register.mention(offset, person)  # the chain goes on: a later "he" finds them within reach
        return register.called(person)
    if words[0].lower() in DETERMINERS:
        return _description(words, offset, register)
    name = strip_role(phrase).removesuffix("’s").removesuffix("'s")
    person = register.full(name)
    if person is not None:
        return register.called(person, name)
    if len(name.split()) == 1 and (not register.is_proper_noun(name) or name.lower() in NOT_NAMES
                                   or name.endswith("ing") and name.lower() not in KNOWN_ING_NAMES):
        return None  # "Many reported …": a capitalised sentence opener, not a name
    return name


def _description(words: list[str], offset: int, register: Register) -> str:
    """ "the senator", "the New Jersey governor", "the former secretary of state": the last person
    named with that role; "the Strava report": the body that wrote it; else the description."""
    lowered = [word.lower().strip(".,") for word in words]
    if lowered[-1] in DOCUMENT_NOUNS:
        capitalised = [i for i, word in enumerate(words[1:-1], 1) if word[:1].isupper()]
        if capitalised:  # "the Department of Justice complaint": the department
            owner = words[capitalised[0]:capitalised[-1] + 1]
            return " ".join(owner).removesuffix("’s").removesuffix("'s")
    head = lowered[lowered.index("of") - 1] if "of" in lowered[2:] else lowered[-1]
    roles = DESCRIPTION_ROLES.get(head) or ((f" {head} ",) if is_role_word(head) or head in PERSON_NOUNS else ())
    roles += tuple(f" {short} " for short in ROLE_ABBREVIATIONS.get(head, ()))
    if roles:
        person = register.recent(offset, roles=roles)
        if person is not None:
            register.mention(offset, person)
            return person.name
    return " ".join(words)


def _last_organisation(offset: int, quotes: list[Quote], register: Register) -> str | None:
    """ "it" / "they": the last speaker before `offset` that is not a registered person."""
    for quote in reversed(quotes):
        if quote.start < offset and quote.speaker and register.full(quote.speaker) is None:
            return quote.speaker
    return None


def _next_in_sentence(index, quotes, sources, spans, masked):
    """ “A,” which …, “B,” she said: A takes B's speaker."""
    if index + 1 >= len(quotes) or sources[index + 1] is None:
        return None
    this, following = spans[index], spans[index + 1]
    if this.paragraph != following.paragraph:
        return None
    between = masked[this.paragraph][this.close + 1:following.open]
    if SENTENCE_END_RE.search(between + " X"):
        return None
    return quotes[index + 1].speaker, quotes[index + 1].cue


def _previous_in_paragraph(index, quotes):
    """ “A,” she said. “B.”: B is hers too."""
    if index and quotes[index - 1].paragraph == quotes[index].paragraph and quotes[index - 1].speaker:
        return quotes[index - 1].speaker, quotes[index - 1].cue
    return None


def _reported_earlier(index, spans, masked, register, quotes):
    """ "Bhatt said researchers are … . “We are focused …”": the paragraph's reported speaker."""
    span = spans[index]
    if index and quotes[index - 1].paragraph == span.paragraph:
        return None
    source = before_quote(masked[span.paragraph][:span.open])
    if source is None:
        return None
    speaker = resolve(source.speaker, span.offset + source.offset, register, quotes)
    return (speaker, source.cue) if speaker else None


def _nobody_else_since(index, quotes, register):
    """An unattributed quotation after another speaker's, with no one else named in between, plainly
    continues that speaker (an explainer built on one expert's advice). Its cue is its own: none."""
    previous = next((q for q in reversed(quotes[:index]) if q.speaker), None)
    if previous is None:
        return None
    start, end = previous.end, quotes[index].start
    named = {person.name for position, person, _ in register.mentions if start <= position < end}
    return (previous.speaker, None) if named <= {previous.speaker} else None


def _continued_paragraph(index, quotes, spans):
    """A paragraph that opens with a quotation continues the previous paragraph's speaker."""
    span = spans[index]
    if not index or span.open != 0 or quotes[index - 1].paragraph != span.paragraph - 1:
        return None
    previous = quotes[index - 1]
    return (previous.speaker, previous.cue) if previous.speaker else None


def _introduced_by_colon(index, spans, masked, register, quotes):
    """ "Sanders made the following comment:" ¶ “…”: the paragraph before introduces the quotation."""
    span = spans[index]
    if span.paragraph == 0 or masked[span.paragraph][:span.open].strip():
        return None
    lead = masked[span.paragraph - 1].rstrip()
    if not lead.endswith(":"):
        return None
    ends = list(SENTENCE_END_RE.finditer(lead))
    sentence = lead[ends[-1].end() if ends else 0:-1]
    offset = span.offset - 2 - len(masked[span.paragraph - 1]) + (ends[-1].end() if ends else 0)
    source = before_quote(sentence + ", ") or sentence_subject(sentence)
    if source is None:
        return None
    speaker = resolve(source.speaker, offset + source.offset, register, quotes)
    return (speaker, source.cue) if speaker else None


def _subject_before(index, spans, masked, register, quotes):
    """ "Valastro praised Christie's leadership. ¶ “We need someone who …”": a quotation standing as
    its own sentence, with no attribution, is the words of the person the sentence before is about."""
    span = spans[index]
    lead = masked[span.paragraph][:span.open]
    if lead.strip():
        if not lead.rstrip().endswith((".", "!", "?")):
            return None  # the quotation runs on inside the reporter's sentence
        text, base = lead, span.offset
    elif span.paragraph > 0 and quotes[index].kind == "direct":
        text = masked[span.paragraph - 1]
        base = span.offset - 2 - len(text)
    else:
        return None
    ends = [end.end() for end in SENTENCE_END_RE.finditer(text.rstrip())]
    start = ends[-1] if ends else 0
    found = sentence_subject(text[start:])
    if found is None or found.speaker.lower() in PRONOUNS:
        return None
    speaker = resolve(found.speaker, base + start + found.offset, register, quotes)
    return (speaker, None) if speaker and register.full(speaker) is not None else None
