"""One title chooser for both paths: each path finds its candidates (an HTML page the texts its title
sources propose, a text dump the lines near its story) and measures each by named signs; one table of
weights scores them all, and the best candidate is the title, the first among equals.

The signs are named by path ("html.h1.whole": an h1 proposes the text whole; "dump.overlap": the
line's words come back in the story). A sign shared by both paths ("words") was tried: fitted on both,
its weight suits the dumps' many candidates and misranks HTML titles, so each path has its own.
The weights in title_weights.json are the two hand-fitted tables of before, carried over: the
pairwise logistic regression `train/title_weights.py` fits on the tuning halves (and a conditional
logit drawn toward these tables, tried since) raised tuning figures but not one check title figure,
so they are not shipped. At run time the score is a plain dot product; the table is read on first use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar

WEIGHTS_PATH = Path(__file__).with_name("title_weights.json")
Candidate = TypeVar("Candidate")


def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    return {name: float(value) for name, value in json.loads(path.read_text(encoding="utf-8"))["weights"].items()}


@cache
def shipped_weights() -> dict[str, float]:
    """The shipped table, read once on first use (not at import: start-up time counts)."""
    return load_weights()


def title_score(signs: dict[str, float], weights: dict[str, float] | None = None) -> float:
    """The candidate's score: each sign's measure times its weight (a sign without a weight counts nothing)."""
    weights = shipped_weights() if weights is None else weights
    return sum(weights.get(name, 0.0) * float(value) for name, value in signs.items())


def choose(candidates: Iterable[tuple[Candidate, dict[str, float]]],
           weights: dict[str, float] | None = None) -> Candidate | None:
    """The candidate with the highest score; the first of them where several tie."""
    weights = shipped_weights() if weights is None else weights
    best, best_score = None, float("-inf")
    for candidate, signs in candidates:
        score = title_score(signs, weights)
        if score > best_score:
            best, best_score = candidate, score
    return best
