#!/usr/bin/env python3
"""Fit the pronoun-antecedent ranker of `src/extractor/quotes/antecedents.py` and write its weights.

    python train/antecedents.py [POLNEAR_DIR] [SPLIT_FILE]

Data: the TUNING half of the polnear-quotes development set (every article whose id is not in
`splits/polnear-quotes.check`), extracted as users get it (the text-dump path, quotes off), then
quotes found by the quote stage. For every quotation attributed to "he" or "she" whose labelled
speaker is a name, the candidates the ranker sees are recorded (while the rule-based choice,
`Register.recent`, resolves the pronoun, so the trace does not depend on the weights being fitted),
and a candidate is right when its name's last word is the label's. A conditional logit (softmax over
one pronoun's candidates) is fitted by plain full-batch gradient descent: deterministic, no numpy.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from extractor import Options, extract  # noqa: E402
from extractor.quotes import antecedents, finder, speakers  # noqa: E402

DEFAULT_SET = Path("/work/shared/bench/polnear-quotes")
DEFAULT_SPLIT = Path("/work/shared/bench/splits/polnear-quotes.check")
ITERATIONS = 600
RATE = 0.5
L2 = 0.001
TOKEN_RE = re.compile(r"\w+")


def main() -> None:
    dataset = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SET
    check = set((Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_SPLIT).read_text().split())
    docs = [json.loads(line) for line in (dataset / "quotes.jsonl").read_text().splitlines() if line.strip()]
    docs = sorted((d for d in docs if d["id"] not in check), key=lambda d: d["id"])
    groups = [group for doc in docs for group in trace(doc)]
    weights = fit(groups)
    out = ROOT / "src" / "extractor" / "quotes" / "antecedents.json"
    out.write_text(json.dumps({"model": "conditional logit over a pronoun's candidates",
                               "trained_on": f"polnear-quotes tuning half, {len(docs)} articles, "
                                             f"{len(groups)} pronouns",
                               "weights": {k: round(v, 4) for k, v in weights.items()}}, indent=1) + "\n")
    right = sum(max(range(len(g)), key=lambda i: score(weights, g[i][0])) in
                {i for i, (_, label) in enumerate(g) if label} for g in groups)
    print(f"{len(groups)} pronouns, training accuracy {right / len(groups):.3f}; wrote {out}")


def trace(doc: dict) -> list[list[tuple[dict, bool]]]:
    """The candidate lists of every pronoun attribution in one article, labelled from its gold quotes."""
    body = extract(doc["text"] + "\n", options=Options(input_format="text", quotes=False)).body or ""
    calls = []

    def recorder(offset, gender, quotes, register):
        calls.append((offset, antecedents.candidates(offset, gender, quotes, register)))
        return None  # the rules decide while tracing

    captured = {}

    def capture(quotes, sources, spans, masked, register):
        captured["sources"] = sources
        captured["quotes"] = quotes
        original_attribute(quotes, sources, spans, masked, register)

    original_choose, original_attribute = antecedents.choose, speakers.attribute
    antecedents.choose, finder.attribute = recorder, capture
    try:
        finder.find_quotes(body)
    finally:
        antecedents.choose, finder.attribute = original_choose, original_attribute
    if not calls:
        return []
    by_offset = {s.offset: q for q, s in zip(captured["quotes"], captured["sources"], strict=True) if s}
    groups = []
    for offset, found in calls:
        quote = by_offset.get(offset)
        gold = quote and best_gold(quote.text, doc["quotes"])
        if not gold or not gold["speaker_is_name"] or len(found) < 2:
            continue
        labels = [last_word(person.name) == last_word(gold["speaker"]) for person, _ in found]
        if any(labels) and not all(labels):
            groups.append([(features, label) for (_, features), label in zip(found, labels, strict=True)])
    return groups


def best_gold(text: str, gold: list[dict]) -> dict | None:
    scored = [(token_f1(text, g["text"]), i) for i, g in enumerate(gold)]
    best = max(scored, default=(0.0, -1))
    return gold[best[1]] if best[0] >= 0.8 else None


def token_f1(a: str, b: str) -> float:
    left, right = Counter(TOKEN_RE.findall(a.lower())), Counter(TOKEN_RE.findall(b.lower()))
    common = sum((left & right).values())
    return 0.0 if not common else 2 * common / (sum(left.values()) + sum(right.values()))


def last_word(name: str | None) -> str | None:
    words = TOKEN_RE.findall((name or "").lower())
    return words[-1] if words else None


def score(weights: dict, features: dict) -> float:
    return sum(weights[name] * value for name, value in features.items())


def fit(groups: list) -> dict[str, float]:
    weights = dict.fromkeys(antecedents.FEATURES, 0.0)
    for _ in range(ITERATIONS):
        gradient = dict.fromkeys(weights, 0.0)
        for group in groups:
            scores = [score(weights, features) for features, _ in group]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            positives = [i for i, (_, label) in enumerate(group) if label]
            target = 1.0 / len(positives)
            for i, (features, label) in enumerate(group):
                pull = (target if label else 0.0) - exps[i] / total
                for name, value in features.items():
                    gradient[name] += pull * value
        for name in weights:
            weights[name] += RATE * (gradient[name] / len(groups) - L2 * weights[name])
    return weights


if __name__ == "__main__":
    main()
