"""Who "he" or "she" is: the people named shortly before a pronoun attribution, each described by a few
features (how recent, a sentence's subject or not, gender known and matching, the last quoted speaker),
and ranked by a small logistic model fitted on tuning articles (`train/antecedents.py` writes
`antecedents.json`). Plain Python at run time: a dot product per candidate.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from ..model import Quote
from .lexicon import GIVEN_NAMES
from .people import Person, Register

WEIGHTS = Path(__file__).with_name("antecedents.json")
# How many paragraphs back, the pronoun's own included, a candidate may last have been named.
REACH_PARAGRAPHS = 4
FEATURES = ("bias", "gender_match", "gender_unknown", "same_paragraph", "paragraphs_back", "recency",
            "subject_last", "subject_in_paragraph", "subject_in_reach", "last_speaker", "speaker_before",
            "possessive_last", "mentions", "same_sentence", "latest_subject", "given_name",
            "previous_sentence", "subject_previous_sentence")


@cache
def weights() -> dict[str, float]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))["weights"]


def choose(offset: int, gender: str, quotes: list[Quote], register: Register) -> Person | None:
    """The best-scoring person for a pronoun of `gender` at `offset`, or None when nobody fits."""
    found = candidates(offset, gender, quotes, register)
    if not found:
        return None
    table = weights()
    return max(found, key=lambda pair: sum(table.get(name, 0.0) * value
                                           for name, value in pair[1].items()))[0]


def candidates(offset: int, gender: str, quotes: list[Quote], register: Register
               ) -> list[tuple[Person, dict[str, float]]]:
    """Every person of a compatible gender named within reach before `offset`, with its features."""
    starts = register.paragraph_starts
    index = _paragraph(starts, offset)
    floor = starts[max(0, index - REACH_PARAGRAPHS + 1)]
    sentence_start = _sentence_start(register.text, offset)
    previous_start = _sentence_start(register.text, sentence_start - 1) if sentence_start > 0 else 0
    previous: dict[str, bool] = {}
    last: dict[str, tuple[int, bool]] = {}
    counts: dict[str, int] = {}
    subjects: dict[str, set[int]] = {}
    for position, person, subject in register.mentions:
        if position >= offset:
            break
        counts[person.name] = counts.get(person.name, 0) + 1
        if position < floor or (person.gender and person.gender != gender):
            continue
        last[person.name] = (position, subject)
        if previous_start <= position < sentence_start:
            previous[person.name] = previous.get(person.name, False) or subject
        if subject:
            subjects.setdefault(person.name, set()).add(_paragraph(starts, position))
    speakers = [register.full(q.speaker) for q in quotes if q.end <= offset and q.speaker]
    speakers = [p.name for p in speakers if p is not None]
    order = sorted(last, key=lambda name: -last[name][0])
    latest = max((name for name in last if last[name][1]), key=lambda name: last[name][0], default=None)
    found = []
    for rank, name in enumerate(order):
        position, subject = last[name]
        person = register.people[name]
        back = index - _paragraph(starts, position)
        seen = subjects.get(name, set())
        found.append((person, {
            "bias": 1.0,
            "gender_match": float(person.gender == gender),
            "gender_unknown": float(person.gender is None),
            "same_paragraph": float(back == 0),
            "paragraphs_back": float(back),
            "recency": 1.0 / (rank + 1),
            "subject_last": float(subject),
            "subject_in_paragraph": float(index in seen),
            "subject_in_reach": float(bool(seen)),
            "last_speaker": float(bool(speakers) and speakers[-1] == name),
            "speaker_before": float(name in speakers),
            "possessive_last": float(register.possessive(position)),
            "mentions": math.log1p(counts.get(name, 0)),
            "same_sentence": float(position >= sentence_start),
            "latest_subject": float(name == latest),
            "given_name": float(name.split()[0].lower() in GIVEN_NAMES),
            "previous_sentence": float(name in previous),
            "subject_previous_sentence": float(previous.get(name, False)),
        }))
    return found


def _paragraph(starts: list[int], offset: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:  # the last paragraph start at or before `offset`
        middle = (low + high + 1) // 2
        if starts[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


def _sentence_start(text: str, offset: int) -> int:
    return max(text.rfind(". ", 0, offset), text.rfind("\n", 0, offset), 0)
