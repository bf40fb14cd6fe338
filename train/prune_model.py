"""Fit the prune model: which containers named like boilerplate really are, judged by their content.

Usage: python train/prune_model.py [BENCH_DIR] [--dump ROWS.json | --rows ROWS.json]

Reads the TUNING halves (every id not in splits/<set>.check) of the labelled HTML sets, finds every
container whose class, id or role names boilerplate, and labels it boilerplate when few of its word
3-grams occur in the page's labelled main content. Fits small gradient-boosted trees on the features of
`extractor.boilerplate.evidence` (fixed seed, sorted inputs) and writes the weights beside the code
that reads them: src/extractor/boilerplate/prune.json. Needs the `train` extra (scikit-learn, numpy).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

SETS = ("wcxb-dev-articles", "wcxb-dev-other", "fundus-news")
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "extractor" / "boilerplate" / "prune.json"
WORD_RE = re.compile(r"\w+")
# A container sharing less than this share of its word 3-grams with the labelled content is boilerplate.
CONTENT_SHARE = 0.5
# Errors cost by the words they move; a container's weight is its word count, capped so that one
# huge wrapper does not outweigh a page of widgets.
MAX_WEIGHT_WORDS = 400
# Small boosted trees: the kind of container and its content interact (a long "comments" list is
# boilerplate, a long "post-list" on a listing page is the content), which one linear score cannot say.
TREES = 60
DEPTH = 3
LEARNING_RATE = 0.1
# Pruning article text costs more than keeping a widget (trafilatura drops many of those itself):
# prune only when the trees are this sure.
THRESHOLD = 0.7


def shingles(text: str) -> set[tuple[str, ...]]:
    words = WORD_RE.findall(text.lower())
    return {tuple(words[i:i + 3]) for i in range(max(0, len(words) - 2))}


def tuning_pages(bench: Path):
    for name in SETS:
        check = set((bench / "splits" / f"{name}.check").read_text().split())
        for truth_path in sorted((bench / name / "truth").glob("*.json")):
            page_id = truth_path.stem
            if page_id in check:
                continue
            truth = json.loads(truth_path.read_text())
            content = (truth.get("ground_truth") or {}).get("main_content")
            if content is None or ("fields" in truth and "main_content" not in truth["fields"]):
                continue
            raw = gzip.decompress((bench / name / "html" / f"{page_id}.html.gz").read_bytes())
            yield name, page_id, truth.get("url"), raw, content


def page_rows(raw: bytes, url: str | None, content: str):
    from extractor.boilerplate.evidence import PageTotals, container_features
    from extractor.boilerplate.prune import named_containers
    from extractor.html import check_tree_limits, parse_html
    from extractor.metadata import extract_metadata
    from extractor.model import Article, Options
    from extractor.sources import decode_input, detect_format

    options = Options(url=url)
    article = Article(source="-", raw=raw)
    for stage in (decode_input, detect_format, parse_html, check_tree_limits, extract_metadata):
        article = stage(article, options)
    if article.tree is None:
        return []
    truth = shingles(content)
    page = PageTotals(article.tree)
    rows = []
    for element, kind, from_role in named_containers(article.tree):
        text = " ".join(element.itertext())
        own = shingles(text)
        words = len(text.split())
        share = len(own & truth) / len(own) if own else 0.0
        rows.append((container_features(element, kind, from_role, page), int(share < CONTENT_SHARE),
                     min(words, MAX_WEIGHT_WORDS) + 1))
    return rows


def main(argv: list[str]) -> int:
    bench = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("/work/shared/bench")
    if "--rows" in argv:  # the rows a previous --dump wrote: refit without walking the pages again
        rows = [tuple(row) for row in json.loads(Path(argv[argv.index("--rows") + 1]).read_text())]
    else:
        rows = []
        for _name, _page_id, url, raw, content in tuning_pages(bench):
            rows.extend(page_rows(raw, url, content))
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text(json.dumps(rows))
    fit_and_write(rows)
    return 0


def fit_and_write(rows) -> None:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier

    from extractor.boilerplate.evidence import FEATURE_NAMES

    features = np.array([row[0] for row in rows])
    labels = np.array([row[1] for row in rows])
    weights = np.array([row[2] for row in rows], dtype=float)
    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=DEPTH, learning_rate=LEARNING_RATE,
                                       random_state=0)
    model.fit(features, labels, sample_weight=weights)
    accuracy = float(((model.predict_proba(features)[:, 1] >= THRESHOLD) == labels).dot(weights) / weights.sum())
    print(f"{len(rows)} containers, {labels.mean():.3f} boilerplate, weighted training accuracy {accuracy:.3f}")
    prior = model.init_.class_prior_[1]
    OUT.write_text(json.dumps({
        "features": list(FEATURE_NAMES),
        "threshold": THRESHOLD,
        "init": round(float(np.log(prior / (1 - prior))), 8),
        "learning_rate": LEARNING_RATE,
        "trees": [_tree_nodes(estimator[0].tree_) for estimator in model.estimators_],
    }) + "\n")


def _tree_nodes(tree) -> list[list]:
    """Each node as [feature, threshold, left, right, value]; a leaf has feature -1."""
    return [[int(tree.feature[i]), round(float(tree.threshold[i]), 8), int(tree.children_left[i]),
             int(tree.children_right[i]), round(float(tree.value[i][0][0]), 8)] for i in range(tree.node_count)]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
