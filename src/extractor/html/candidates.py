"""A second candidate body that fails differently from trafilatura's: the JSON-LD `articleBody`.

A page that ships its article text in structured data gives a body no layout can cut short; it
can also be a teaser, a truncated copy or another story. A small logistic regression over cheap
evidence (how long each candidate is, how much of each the other holds), fitted on the tuning
halves by train/body_chooser.py, says when the structured body is the better one.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections import Counter
from pathlib import Path

from ..model import Article, Options
from ..text import normalise_block, word_count

MODEL_PATH = Path(__file__).with_name("chooser.json")
WORD_RE = re.compile(r"\w+")
PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n|\r\n\s*\r\n|\n")
FEATURE_NAMES = ("log_length_ratio", "structured_in_body", "body_in_structured", "log_body_words")


@functools.cache
def chooser_model() -> dict:
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURE_NAMES:
        raise ValueError("chooser.json was fitted on other features: rerun train/body_chooser.py")
    return model


def structured_body(article: Article) -> str:
    """The page's JSON-LD `articleBody` as paragraphs, or ""."""
    text = article.jsonld_article.get("articleBody") if article.jsonld_article else None
    if not isinstance(text, str):
        return ""
    return "\n\n".join(block for part in PARAGRAPH_BREAK_RE.split(text) if (block := normalise_block(part)))


def chooser_features(body: str, structured: str) -> list[float]:
    body_bag, structured_bag = _bag(body), _bag(structured)
    overlap = sum((body_bag & structured_bag).values())
    body_words, structured_words = word_count(body), word_count(structured)
    return [
        math.log((structured_words + 1) / (body_words + 1)),
        overlap / max(1, sum(structured_bag.values())),
        overlap / max(1, sum(body_bag.values())),
        math.log1p(body_words),
    ]


def structured_probability(features: list[float]) -> float:
    """The chooser's probability that the structured body is the better one."""
    model = chooser_model()
    score = model["bias"] + sum(w * x for w, x in zip(model["weights"], features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


def choose_body(article: Article, options: Options) -> Article:
    """The structured body in place of the extracted one where the chooser prefers it."""
    structured = structured_body(article)
    if not structured:
        return article
    if structured_probability(chooser_features(article.body or "", structured)) >= 0.5:
        # --explain shows what the structured body replaced, as one removal.
        if article.body:
            article.remove("replaced_by_structured_body", article.body, options)
        article.body = structured
    return article


def _bag(text: str) -> Counter:
    return Counter(WORD_RE.findall(text.lower()))
