"""One title chooser for both paths: each path finds its candidates (an HTML page the texts its title
sources propose, a text dump the lines near its story) and measures each by named signs; one table of
weights scores them all, and the best candidate is the title, the first among equals.

The signs are named by path ("html.h1.whole": an h1 proposes the text whole; "dump.overlap": the
line's words come back in the story). A sign shared by both paths ("words") was tried: fitted on both,
its weight suits the dumps' many candidates and misranks HTML titles, so each path has its own.
The weights in title_weights.json are the two hand-fitted tables of before, carried over: the
pairwise logistic regression of `train/title_weights.py` (tuning halves) lowered the check figures, so
it is not shipped (the JSON's note has the figures). At run time the score is a plain dot product.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

WEIGHTS_PATH = Path(__file__).with_name("title_weights.json")
Candidate = TypeVar("Candidate")


def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    return {name: float(value) for name, value in json.loads(path.read_text(encoding="utf-8"))["weights"].items()}


WEIGHTS = load_weights()


def title_score(signs: dict[str, float], weights: dict[str, float] = WEIGHTS) -> float:
    """The candidate's score: each sign's measure times its weight (a sign without a weight counts nothing)."""
    return sum(weights.get(name, 0.0) * float(value) for name, value in signs.items())


def choose(candidates: Iterable[tuple[Candidate, dict[str, float]]],
           weights: dict[str, float] = WEIGHTS) -> Candidate | None:
    """The candidate with the highest score; the first of them where several tie."""
    best, best_score = None, float("-inf")
    for candidate, signs in candidates:
        score = title_score(signs, weights)
        if score > best_score:
            best, best_score = candidate, score
    return best
