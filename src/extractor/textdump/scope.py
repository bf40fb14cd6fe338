"""How much of a dump is its body: the story run alone, or every line the tables leave.

The story finder takes the densest run of prose: right for an article, wrong for a page whose
main content is many short units (a forum thread's posts, a listing's items, a collection's
products), where that run is one post or one blurb and the rest of the content lies outside it.
Whether the page is such a page is read off the dump's shape (how much of the unlabelled text the
run holds, how long the lines outside it are, how often a date or a counter stands alone), by a
logistic model fitted on the tuning halves (`train/dump_scope.py`, weights in scope.json).
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

from .lines import Line

WEIGHTS_PATH = Path(__file__).with_name("scope.json")
# A line of fewer words is a label, a name, a date or a menu entry, not a unit's text.
SHORT_LINE_WORDS = 5
# A story run this long is an article's story, whatever lies around it: on the tuning dumps, the
# whole page's text beat the run mostly where the run held under 150 words (one post, one blurb),
# and lost above it, most of all on articles followed by long feeds (train/dump_scope.py prints
# the table).
MAX_STORY_WORDS = 150


def page_is_content(lines: list[Line], start: int, end: int) -> bool:
    """True when the page's whole unlabelled text is its body rather than the story run."""
    if not lines or end <= start or story_words(lines, start, end) >= MAX_STORY_WORDS:
        return False
    model = _model()
    score = model["intercept"] + sum(model["weights"].get(name, 0.0) * value
                                     for name, value in scope_features(lines, start, end).items())
    return score > 0


def content_end(lines: list[Line], start: int, break_kinds: set[str]) -> int:
    """Where a whole page's content ends: at a comment section's heading or a login prompt below the
    story, a line the page has once ("12 Comments"), not a button it repeats under every post of a
    thread ("Reply")."""
    counts: dict[str, int] = {}
    for line in lines:
        if line.kind in break_kinds:
            counts[line.key] = counts.get(line.key, 0) + 1
    return next((line.index for line in lines[start:] if line.kind in break_kinds and counts[line.key] == 1),
                len(lines))


def scope_features(lines: list[Line], start: int, end: int) -> dict[str, float]:
    """The dump's shape, each measure named as the model weighs it."""
    inside = outside = inside_prose = outside_prose = 0
    short = unlabelled = outside_lines = outside_prose_lines = dated = labelled = 0
    for line in lines:
        if line.kind is not None:
            labelled += 1
            continue
        unlabelled += 1
        short += line.words < SHORT_LINE_WORDS
        if start <= line.index < end:
            inside += line.words
            inside_prose += line.words if line.is_prose else 0
        else:
            outside_lines += 1
            outside += line.words
            if line.is_prose:
                outside_prose += line.words
                outside_prose_lines += 1
            dated += _looks_dated(line)
    prose = inside_prose + outside_prose
    return {
        "story_share": inside_prose / prose if prose else 1.0,
        "story_words": math.log1p(inside),
        "outside_words": math.log1p(outside),
        "outside_prose_share": outside_prose / outside if outside else 0.0,
        "outside_prose_lines": math.log1p(outside_prose_lines),
        "outside_line_words": math.log1p(outside / outside_lines) if outside_lines else 0.0,
        "short_share": short / unlabelled if unlabelled else 0.0,
        "dated_share": dated / outside_lines if outside_lines else 0.0,
        "labelled_share": labelled / len(lines),
    }


def story_words(lines: list[Line], start: int, end: int) -> int:
    return sum(line.words for line in lines[start:end] if line.kind is None)


def _looks_dated(line: Line) -> bool:
    """A short line with a digit: a date, a time, a count or a price standing alone."""
    return line.words < SHORT_LINE_WORDS and any(character.isdigit() for character in line.text)


@cache
def _model() -> dict:
    """The fitted weights, read on first use (start-up time counts)."""
    return json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
