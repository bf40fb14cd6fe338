"""Fit the body chooser: when the page's JSON-LD `articleBody` beats the extracted body.

Usage: python train/body_chooser.py [BENCH_DIR] [--dump ROWS.json | --rows ROWS.json]

Runs the HTML stages up to the boilerplate filter on the TUNING halves (every id not in
splits/<set>.check) of the labelled HTML sets, and on each page that ships an `articleBody` compares
both candidates with the labelled main content (the benchmark's word F1). Fits a logistic regression
(fixed seed, sorted inputs; each page weighted by how much the choice matters there) on the features
of `extractor.html.candidates` and writes src/extractor/html/chooser.json. Needs the `train` extra.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

SETS = ("wcxb-dev-articles", "wcxb-dev-other", "fundus-news")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "extractor" / "html" / "chooser.json"
WORD_RE = re.compile(r"\w+")
# A structured body this much better (in F1) is the label "take it"; every page also weighs at least
# MIN_WEIGHT, so that the many pages where both candidates agree teach the model to stay put.
MARGIN = 0.01
MIN_WEIGHT = 0.02
C = 1.0


def word_f1(predicted: str, reference: str) -> float:
    """The benchmark's word F1 (score.py): bags of lower-cased \\w+ tokens."""
    p, r = Counter(WORD_RE.findall(predicted.lower())), Counter(WORD_RE.findall(reference.lower()))
    overlap = sum((p & r).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(r.values())
    return 2 * precision * recall / (precision + recall)


def page_row(raw: bytes, url: str | None, content: str):
    from extractor.html.candidates import chooser_features, structured_body
    from extractor.model import Article, Options
    from extractor.pipeline import HTML_STAGES
    from extractor.sources import decode_input, detect_format

    options = Options(url=url)
    article = Article(source="-", raw=raw)
    for stage in (decode_input, detect_format, *HTML_STAGES[:HTML_STAGES.index(stage_after_filter())]):
        article = stage(article, options)
    structured = structured_body(article)
    if not structured:
        return None
    body = article.body or ""
    gain = word_f1(structured, content) - word_f1(body, content)
    return chooser_features(body, structured), int(gain > MARGIN), max(abs(gain), MIN_WEIGHT)


def stage_after_filter():
    from extractor.html import choose_body
    return choose_body


def main(argv: list[str]) -> int:
    bench = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("/work/shared/bench")
    if "--rows" in argv:
        rows = [tuple(row) for row in json.loads(Path(argv[argv.index("--rows") + 1]).read_text())]
    else:
        rows = [row for row in map(lambda page: page_row(*page), tuning_pages(bench)) if row]
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text(json.dumps(rows))
    fit_and_write(rows)
    return 0


def tuning_pages(bench: Path):
    for name in SETS:
        check = set((bench / "splits" / f"{name}.check").read_text().split())
        for truth_path in sorted((bench / name / "truth").glob("*.json")):
            if truth_path.stem in check:
                continue
            truth = json.loads(truth_path.read_text())
            content = (truth.get("ground_truth") or {}).get("main_content")
            if content is None or ("fields" in truth and "main_content" not in truth["fields"]):
                continue
            raw = gzip.decompress((bench / name / "html" / f"{truth_path.stem}.html.gz").read_bytes())
            yield raw, truth.get("url"), content


def fit_and_write(rows) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from extractor.html.candidates import FEATURE_NAMES

    features = np.array([row[0] for row in rows])
    labels = np.array([row[1] for row in rows])
    weights = np.array([row[2] for row in rows], dtype=float)
    model = LogisticRegression(C=C, max_iter=5000, random_state=0)
    model.fit(features, labels, sample_weight=weights)
    taken = model.predict(features) == 1
    print(f"{len(rows)} pages with articleBody, {labels.sum()} where it is better, {taken.sum()} taken")
    OUT.write_text(json.dumps({
        "features": list(FEATURE_NAMES),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
    }, indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
