"""Which lines of a dump are the article's: small gradient-boosted trees over each line's own features
and its neighbours', fitted on the development dumps' tuning halves (every HTML set, both flattenings)
by `train/textdump_lines.py`, which writes `lines.json` beside this module.

The trees judge only the lines the boilerplate table leaves unmarked that stand near prose
(`candidates`); a marked line or a menu far from every paragraph is the page's without a look, which
keeps the text path fast. The features are what the line scorer already knows (words, sentence
end, prose share, repeats, dates) plus the same for the lines around it (how many of them the table
marks), whether a comment section or login prompt stands above, and where the hand-weighted densest
run lies: a teaser list or a caption run is short lines among short lines, a story is prose among
prose, whatever the language. A teaser's blurb reads like a standfirst; what tells them apart is the
neighbourhood (blurbs stand alone between short headline-like lines, a list's rhythm) and the topic
(a standfirst's words recur in the story's paragraphs, a blurb's are another article's).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import NamedTuple

from ..text import DIGIT_RE, ends_sentence
from .lines import SENTENCE_ENDS, Line
from .prose import CASED_LETTER_RE, prose_words

WEIGHTS_PATH = Path(__file__).with_name("lines.json")
STORY_END_KINDS = frozenset({"comments", "newsfeed", "login_prompt", "related", "footer", "newsletter"})
# Clutter after which nothing is article text (story.py's story breaks): a line below one is a comment more often.
STORY_BREAK_KINDS = frozenset({"comments", "login_prompt"})
IMAGE_KINDS = frozenset({"caption", "duplicate_caption", "image_alt"})
# Lines each side that make a line's neighbourhood.
NEAR_LINES = 3
MAX_WORDS = 100
# Lines further than this from any run of prose are not judged at all: a menu or a footer far
# from every paragraph is furniture, and skipping it keeps the text path fast.
RUN_DISTANCE_SPAN = 20
FEATURES = (
    "log_words", "prose", "sentence_end", "prose_factor", "no_kind", "story_end_kind", "image_kind",
    "other_kind", "duplicate", "repeated", "digits", "capitalised", "position", "prose_above",
    "near_prose", "near_kind", "near_words", "before_prose", "after_prose", "in_run", "run_edge",
    "long_words", "after_break", "run_distance", "topic_share", "lone_prose_near", "short_near_wide",
)
# Lines each side that make the wider neighbourhood where a teaser list shows its rhythm: a short
# headline-like line, a blurb, a short line, a blurb... A story's paragraphs stand next to each other.
WIDE_LINES = 8
# A topic word is a word of this many letters or more (function words are shorter in the cased
# scripts); a script without spaces counts by its pairs of characters.
MIN_TOPIC_CHARS = 4
SHORT_WORDS = 8
# A line's case is read from its first words: a menu or a heading shows it there, and a paragraph
# need not be read to its end.
CASE_WORDS = 24
_LOG_WORDS = [math.log1p(words) / math.log1p(MAX_WORDS) for words in range(MAX_WORDS + 1)]


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS_PATH) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def candidates(lines: list[Line]) -> list[int]:
    """The lines the classifier judges: lines the table leaves unmarked that are prose or stand
    within `NEAR_LINES` of prose. Every other line is the page's (a marked line, a menu far from
    any paragraph), which the trees need not say."""
    n = len(lines)
    near = [False] * n
    for i, line in enumerate(lines):
        if line.is_prose and line.kind is None:
            for j in range(max(0, i - NEAR_LINES), min(n, i + NEAR_LINES + 1)):
                near[j] = True
    return [i for i, line in enumerate(lines) if near[i] and line.kind is None]


class ProseMeasures(NamedTuple):
    """What the prose run measured of the lines: each line's prose factor (0 for non-prose), and the
    `prose_words` of the lines it read (index -> words)."""

    factors: list[float]
    words: dict[int, list[str]]


def line_features(lines: list[Line], repeats: set[str], run: tuple[int, int], measures: ProseMeasures,
                  chosen: list[int]) -> list[list[float]]:
    """One row of `FEATURES` for each chosen line."""
    factors, known_words = measures
    n = len(lines)
    # Cheap columns for every line (words, prose, unmarked): the neighbourhood's means in O(1) from sums.
    log_words = [_LOG_WORDS[min(line.words, MAX_WORDS)] for line in lines]
    prose = [float(line.is_prose) for line in lines]
    no_kind = [float(line.kind is None) for line in lines]
    words_sums, prose_sums, no_kind_sums = _prefix_sums(log_words), _prefix_sums(prose), _prefix_sums(no_kind)
    prose_words = _prefix_sums([p * min(line.words, MAX_WORDS) for p, line in zip(prose, lines, strict=True)])
    total_prose = prose_words[-1] or 1.0
    breaks = _prefix_sums([float(line.kind in STORY_BREAK_KINDS) for line in lines])
    run_start, run_end = run
    # A blurb stands alone between short lines; a teaser list is mostly short lines.
    lone = [p * (i == 0 or not prose[i - 1]) * (i + 1 == n or not prose[i + 1]) for i, p in enumerate(prose)]
    lone_sums = _prefix_sums(lone)
    short_sums = _prefix_sums([float(not line.is_prose and line.words < SHORT_WORDS) for line in lines])
    topic_sets: dict[int, set[str]] = {}
    topics = _run_topics(lines, run, known_words, topic_sets)
    rows = []
    for i in chosen:
        line = lines[i]
        low, high = max(0, i - NEAR_LINES), min(n, i + NEAR_LINES + 1)
        count = max(1, high - low - 1)
        in_run = run_start <= i < run_end
        distance = 0 if in_run else (run_start - i if i < run_start else i - run_end + 1)
        wide_low, wide_high = max(0, i - WIDE_LINES), min(n, i + WIDE_LINES + 1)
        wide_prose = prose_sums[wide_high] - prose_sums[wide_low]
        rows.append([
            *_own_features(line, repeats, factors[i], log_words[i]),
            i / n,
            prose_words[i] / total_prose,
            (prose_sums[high] - prose_sums[low] - prose[i]) / count,
            1.0 - (no_kind_sums[high] - no_kind_sums[low] - no_kind[i]) / count if high - low > 1 else 0.0,
            (words_sums[high] - words_sums[low] - log_words[i]) / count,
            prose[i - 1] if i else 0.0,
            prose[i + 1] if i + 1 < n else 0.0,
            float(in_run),
            float(in_run and (i - run_start < NEAR_LINES or run_end - i <= NEAR_LINES)),
            float(line.words > MAX_WORDS / 2),
            float(breaks[i] > 0),
            min(distance, RUN_DISTANCE_SPAN) / RUN_DISTANCE_SPAN,
            _topic_share(_topic_set(line, known_words, topic_sets), topics, in_run and line.is_prose),
            (lone_sums[wide_high] - lone_sums[wide_low]) / wide_prose if wide_prose else 0.0,
            (short_sums[wide_high] - short_sums[wide_low]) / (wide_high - wide_low),
        ])
    return rows


def topic_words(text: str) -> list[str]:
    """The line's longer words, lower-cased; a word of a script without spaces (Han, kana, Thai)
    as its pairs of characters."""
    return _topic_words_of(prose_words(text))


def _words_of(line: Line, known_words: dict[int, list[str]]) -> list[str]:
    words = known_words.get(line.index)
    return prose_words(line.text) if words is None else words


def _topic_words_of(words: list[str]) -> list[str]:
    found = []
    for word in words:
        if word.isascii() or CASED_LETTER_RE.match(word):  # an ASCII word is cased: no look needed
            if len(word) >= MIN_TOPIC_CHARS:
                found.append(word)
        else:
            found.extend(word[k:k + 2] for k in range(max(1, len(word) - 1)))
    return found


def _run_topics(lines: list[Line], run: tuple[int, int], known_words: dict[int, list[str]],
                topic_sets: dict[int, set[str]]) -> dict[str, int]:
    """How many of the prose run's lines hold each topic word; `topic_sets` keeps each line's set."""
    counts: dict[str, int] = {}
    for line in lines[run[0]:run[1]]:
        if line.is_prose and line.kind is None:
            for word in _topic_set(line, known_words, topic_sets):
                counts[word] = counts.get(word, 0) + 1
    return counts


def _topic_set(line: Line, known_words: dict[int, list[str]], topic_sets: dict[int, set[str]]) -> set[str]:
    found = topic_sets.get(line.index)
    if found is None:
        found = topic_sets[line.index] = set(_topic_words_of(_words_of(line, known_words)))
    return found


def _topic_share(words: set[str], topics: dict[str, int], counted: bool) -> float:
    """The share of the line's topic words that other lines of the prose run hold: a standfirst
    speaks of the story's subject, a teaser's blurb of another article's."""
    if not words:
        return 0.0
    own = 1 if counted else 0  # a prose line of the run counts itself once
    return sum(1 for word in words if topics.get(word, 0) > own) / len(words)


def _own_features(line: Line, repeats: set[str], factor: float, log_words: float) -> list[float]:
    kind, text = line.kind, line.text
    # The first words' first letters; the share of the cased ones that are upper-case (menus, headings).
    firsts = "".join([word[0] for word in text.split(None, CASE_WORDS)[:CASE_WORDS]])
    upper = sum(map(str.isupper, firsts))
    cased = upper + sum(map(str.islower, firsts))
    digits = len(DIGIT_RE.findall(text)) / max(1, len(text)) if DIGIT_RE.search(text) else 0.0
    return [
        log_words,
        float(line.is_prose),
        float(text.endswith(SENTENCE_ENDS) or ends_sentence(text)),
        factor,
        float(kind is None),
        float(kind in STORY_END_KINDS),
        float(kind in IMAGE_KINDS),
        float(kind is not None and kind not in STORY_END_KINDS and kind not in IMAGE_KINDS and kind != "duplicate"),
        float(kind == "duplicate"),
        float(line.key in repeats),
        digits,
        upper / cased if cased else 0.0,
    ]


def _prefix_sums(values: list[float]) -> list[float]:
    return list(accumulate(values, initial=0.0))


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
