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
from .prose import CASED_LETTER_RE, WORD_RE

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
                  factors: list[float]) -> list[list[float]]:
    """One row of `FEATURES` per line; `factors` the lines' prose factors (0 for furniture)."""
    own = [_own_features(line, repeats, factor) for line, factor in zip(lines, factors, strict=True)]
    prose_words = [row[1] * min(line.words, MAX_WORDS) for row, line in zip(own, lines, strict=True)]
    total_prose = sum(prose_words) or 1.0
    rows, above = [], 0.0
    n = len(lines)
    # Sums of the prose, kind and words columns up to each line: a neighbourhood's mean in O(1).
    sums = {column: _prefix_sums(row[column] for row in own) for column in (0, 1, 4)}
    for i, line in enumerate(lines):
        low, high = max(0, i - NEAR_LINES), min(n, i + NEAR_LINES + 1)
        count = max(1, high - low - 1)
        near = {column: (total[high] - total[low] - own[i][column]) / count for column, total in sums.items()}
        in_run = run[0] <= i < run[1]
        rows.append([
            *own[i],
            i / n,
            above / total_prose,
            near[1],
            1.0 - near[4] if high - low > 1 else 0.0,
            near[0],
            own[i - 1][1] if i else 0.0,
            own[i + 1][1] if i + 1 < n else 0.0,
            float(in_run),
            float(in_run and (i - run[0] < NEAR_LINES or run[1] - i <= NEAR_LINES)),
            float(line.words > MAX_WORDS / 2),
        ])
        above += prose_words[i]
    return rows


def _own_features(line: Line, repeats: set[str], factor: float) -> list[float]:
    kind = line.kind
    words = WORD_RE.findall(line.text)
    cased = [word for word in words if CASED_LETTER_RE.match(word)]
    capitalised = sum(1 for word in cased if word[0].isupper()) / len(cased) if cased else 0.0
    digits = len(DIGIT_RE.findall(line.text)) / max(1, len(line.text)) if DIGIT_RE.search(line.text) else 0.0
    return [
        math.log1p(min(line.words, MAX_WORDS)) / math.log1p(MAX_WORDS),
        float(line.is_prose),
        float(line.text.endswith(SENTENCE_ENDS) or ends_sentence(line.text)),
        factor,
        float(kind is None),
        float(kind in STORY_END_KINDS),
        float(kind in IMAGE_KINDS),
        float(kind is not None and kind not in STORY_END_KINDS and kind not in IMAGE_KINDS and kind != "duplicate"),
        float(kind == "duplicate"),
        float(line.key in repeats),
        digits,
        capitalised,
    ]


def _prefix_sums(values) -> list[float]:
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums


def probabilities(rows: list[list[float]], model: dict | None = None) -> list[float]:
    """Each line's chance of being article text: the logistic of the model's sum (small
    gradient-boosted trees walked, or a dot product)."""
    model = load_model() if model is None else model
    if "trees" in model:
        init, rate, tree_sum = model["init"], model["rate"], _nested_trees(model)
        sums = [init + rate * tree_sum(row) for row in rows]
    else:
        weights, bias = model["weights"], model["bias"]
        sums = [bias + sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) for z in sums]


def _nested_trees(model: dict):
    """The trees as one Python function of the row, compiled once per model: nested conditional
    expressions over the row's features, as fast as a walk can be in plain Python. The source is
    made of the model's numbers only (int features, float thresholds and leaves)."""
    compiled = model.get("_compiled")
    if compiled is None:
        source = "def tree_sum(row):\n    return (" + " +\n        ".join(
            _expression(tree, 0) for tree in model["trees"]) + ")\n"
        namespace: dict = {}
        exec(compile(source, "<textdump trees>", "exec"), namespace)  # noqa: S102 (numbers only, see above)
        compiled = model["_compiled"] = namespace["tree_sum"]
    return compiled


def _expression(tree: dict, node: int) -> str:
    feature = int(tree["feature"][node])
    if feature < 0:
        return repr(float(tree["value"][node]))
    return (f"({_expression(tree, tree['left'][node])} if row[{feature}] <= {float(tree['threshold'][node])!r} "
            f"else {_expression(tree, tree['right'][node])})")


def _walk(tree: dict, row: list[float]) -> float:
    """A regression tree as parallel lists (feature, threshold, left, right, value); a leaf has
    feature -1."""
    node = 0
    feature, threshold, left, right = tree["feature"], tree["threshold"], tree["left"], tree["right"]
    while feature[node] >= 0:
        node = left[node] if row[feature[node]] <= threshold[node] else right[node]
    return tree["value"][node]
