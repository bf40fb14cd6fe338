"""Which lines of a dump are the article's: a logistic regression over each line's own features and
its neighbours', fitted on the development dumps' tuning halves (every HTML set, both flattenings)
by `train/textdump_lines.py`, which writes `lines.json` beside this module.

The features are what the line classifier already knows (words, sentence end, prose share, the
boilerplate table's kind, repeats, dates, tables) plus the same for the lines around it and whether
the hand-weighted densest run holds it: a teaser list or a caption run is short lines among short
lines, a story is prose among prose, whatever the language.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ..text import DIGIT_RE, ends_sentence
from .lines import SENTENCE_ENDS, Line
from .prose import CASED_LETTER_RE, WORD_RE, prose_factor

WEIGHTS_PATH = Path(__file__).with_name("lines.json")
STORY_END_KINDS = frozenset({"comments", "newsfeed", "login_prompt", "related", "footer", "newsletter"})
IMAGE_KINDS = frozenset({"caption", "duplicate_caption", "image_alt"})
# Lines each side that make a line's neighbourhood.
NEAR_LINES = 3
MAX_WORDS = 100
FEATURES = (
    "log_words", "prose", "sentence_end", "prose_factor", "no_kind", "story_end_kind", "image_kind",
    "other_kind", "duplicate", "repeated", "digits", "capitalised", "position", "prose_above",
    "near_prose", "near_kind", "near_words", "before_prose", "after_prose", "in_run", "run_edge",
    "long_words",
)


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def line_features(lines: list[Line], repeats: set[str], run: tuple[int, int],
                  function_words: frozenset[str]) -> list[list[float]]:
    """One row of `FEATURES` per line."""
    own = [_own_features(line, repeats, function_words) for line in lines]
    prose_words = [row[1] * min(line.words, MAX_WORDS) for row, line in zip(own, lines, strict=True)]
    total = sum(prose_words) or 1.0
    rows, above = [], 0.0
    n = len(lines)
    for i, line in enumerate(lines):
        near = [j for j in range(max(0, i - NEAR_LINES), min(n, i + NEAR_LINES + 1)) if j != i]
        before, after = own[i - 1] if i else None, own[i + 1] if i + 1 < n else None
        in_run = run[0] <= i < run[1]
        rows.append([
            *own[i],
            i / n,
            above / total,
            _mean(own[j][1] for j in near),
            _mean(1.0 - own[j][4] for j in near),
            _mean(own[j][0] for j in near),
            before[1] if before else 0.0,
            after[1] if after else 0.0,
            float(in_run),
            float(in_run and (i - run[0] < NEAR_LINES or run[1] - i <= NEAR_LINES)),
            float(line.words > MAX_WORDS / 2),
        ])
        above += prose_words[i]
    return rows


def _own_features(line: Line, repeats: set[str], function_words: frozenset[str]) -> list[float]:
    kind = line.kind
    words = WORD_RE.findall(line.text)
    cased = [word for word in words if CASED_LETTER_RE.match(word)]
    capitalised = sum(1 for word in cased if word[0].isupper()) / len(cased) if cased else 0.0
    digits = len(DIGIT_RE.findall(line.text)) / max(1, len(line.text)) if DIGIT_RE.search(line.text) else 0.0
    return [
        math.log1p(min(line.words, MAX_WORDS)) / math.log1p(MAX_WORDS),
        float(line.is_prose),
        float(line.text.endswith(SENTENCE_ENDS) or ends_sentence(line.text)),
        prose_factor(line.text, function_words) if kind is None else 0.0,
        float(kind is None),
        float(kind in STORY_END_KINDS),
        float(kind in IMAGE_KINDS),
        float(kind is not None and kind not in STORY_END_KINDS and kind not in IMAGE_KINDS and kind != "duplicate"),
        float(kind == "duplicate"),
        float(line.key in repeats),
        digits,
        capitalised,
    ]


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def probabilities(rows: list[list[float]], model: dict | None = None) -> list[float]:
    """Each line's chance of being article text: the logistic of the model's sum (small
    gradient-boosted trees walked, or a dot product)."""
    model = load_model() if model is None else model
    if "trees" in model:
        sums = [model["init"] + model["rate"] * sum(_walk(tree, row) for tree in model["trees"]) for row in rows]
    else:
        weights, bias = model["weights"], model["bias"]
        sums = [bias + sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in sums]


def _walk(tree: dict, row: list[float]) -> float:
    """A regression tree as parallel lists (feature, threshold, left, right, value); a leaf has
    feature -1."""
    node = 0
    feature, threshold, left, right = tree["feature"], tree["threshold"], tree["left"], tree["right"]
    while feature[node] >= 0:
        node = left[node] if row[feature[node]] <= threshold[node] else right[node]
    return tree["value"][node]
