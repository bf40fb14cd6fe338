#!/usr/bin/env python3
"""Fit the text-dump line classifier (src/extractor/textdump/lines.json) on the TUNING halves.

    pip install -e '.[train]'
    python train/textdump_lines.py [--bench ../shared/bench] [--dumps DIR] [--report-check]

Every HTML set with a labelled body is flattened both ways (`flatten.py --style innertext|soup`;
dumps already cached under DIR/<style>/<set>/<id>.txt are read instead). Each line of a tuning
dump is labelled 1 when its case- and space-folded text is inside the page's folded labelled body,
weighted by its words (the figure that counts is word F1). A logistic regression is fitted on the
classifier's features (classifier.FEATURES); then the story threshold and the drop level are the
grid values with the best mean body F1 on the same tuning dumps. Deterministic: sorted inputs,
a fixed solver, weights rounded. --report-check prints the check halves' aggregate F1 only.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import pickle
import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from extractor.textdump import classifier, story

SETS = ("fundus-news", "wcxb-dev-articles", "wcxb-dev-other")
STYLES = ("innertext", "soup")
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(15))
DROP_LEVELS = (0.0, 0.05, 0.1, 0.15, 0.2)
WORD = re.compile(r"\w+")
TREES = 60
TREE_DEPTH = 3
RATE = 0.2


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bench", type=Path, default=Path("/work/shared/bench"))
    parser.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--report-check", action="store_true")
    parser.add_argument("--out", type=Path, default=classifier.WEIGHTS_PATH, help="where the weights go")
    parser.add_argument("--model", choices=("trees", "logistic"), default="trees")
    parser.add_argument("--cache", type=Path, help="keep the dumps' features here (pickle) to refit faster")
    args = parser.parse_args()
    jobs = {half: _jobs(args, half) for half in ("tune", "check")}
    with Pool(args.workers) as pool:
        tune = _pages(pool, jobs["tune"], args.cache, "tune")
        model = fit(tune, args.model)
        _attach_probabilities(tune, model)
        model["threshold"], model["drop_below"] = _best_levels(tune, model)
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"tune: F1={_mean_f1(tune, model):.4f} threshold={model['threshold']} drop={model['drop_below']}")
        if args.report_check:
            check = _pages(pool, jobs["check"], args.cache, "check")
            _attach_probabilities(check, model)
            for name in SETS:
                for style in STYLES:
                    pages = [page for page in check if page["set"] == name and page["style"] == style]
                    print(f"check {name} {style}: F1={_mean_f1(pages, model):.4f}")
    return 0


def _pages(pool, jobs: list[tuple], cache: Path | None, half: str) -> list[dict]:
    path = cache.with_suffix(f".{half}.pickle") if cache else None
    if path and path.exists():
        return pickle.loads(path.read_bytes())
    pages = pool.map(_page, jobs, chunksize=8)
    if path:
        path.write_bytes(pickle.dumps(pages))
    return pages


def _jobs(args, half: str) -> list[tuple]:
    jobs = []
    for name in SETS:
        check = set((args.bench / "splits" / f"{name}.check").read_text().split())
        for truth in sorted((args.bench / name / "truth").glob("*.json")):
            if (truth.stem in check) == (half == "check"):
                for style in STYLES:
                    jobs.append((str(args.bench), str(args.dumps), name, style, truth.stem))
    return jobs


def _dump(bench: Path, dumps: Path, name: str, style: str, page_id: str) -> str:
    cached = dumps / style / name / f"{page_id}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    spec = importlib.util.spec_from_file_location("flatten", bench / "flatten.py")
    flatten = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(flatten)
    return flatten.flatten_bytes(gzip.decompress((bench / name / "html" / f"{page_id}.html.gz").read_bytes()), style)


def _page(job: tuple) -> dict:
    bench, dumps, name, style, page_id = job
    truth = json.loads((Path(bench) / name / "truth" / f"{page_id}.json").read_text(encoding="utf-8"))
    body = truth["ground_truth"].get("main_content") or ""
    kind_of = story.KindMemo()
    lines = story.segment_lines(_dump(Path(bench), Path(dumps), name, style, page_id), kind_of)
    story.label_lines(lines, kind_of)
    rows, _ = story.story_features(lines)
    folded = " ".join(body.lower().split())
    return {"set": name, "style": style, "rows": rows, "labels": [int(line.key in folded) for line in lines],
            "words": [line.words for line in lines], "texts": [line.text for line in lines],
            "kinds": [line.kind for line in lines], "body": Counter(WORD.findall(body.lower()))}


def fit(pages: list[dict], kind: str) -> dict:
    rows = [row for page in pages for row in page["rows"]]
    labels = [label for page in pages for label in page["labels"]]
    weights = [1 + min(words, classifier.MAX_WORDS) for page in pages for words in page["words"]]
    if kind == "trees":
        return _fit_trees(rows, labels, weights)
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=2000, solver="lbfgs").fit(rows, labels, sample_weight=weights)
    return {"features": list(classifier.FEATURES), "weights": [round(float(w), 6) for w in model.coef_[0]],
            "bias": round(float(model.intercept_[0]), 6)}


def _fit_trees(rows: list[list[float]], labels: list[int], weights: list[int]) -> dict:
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(n_estimators=TREES, max_depth=TREE_DEPTH, learning_rate=RATE,
                                       random_state=0).fit(rows, labels, sample_weight=weights)
    trees = []
    for (estimator,) in model.estimators_:
        tree = estimator.tree_
        trees.append({"feature": [int(f) for f in tree.feature], "threshold": [float(t) for t in tree.threshold],
                      "left": [int(n) for n in tree.children_left], "right": [int(n) for n in tree.children_right],
                      "value": [float(v[0][0]) for v in tree.value]})
    first = rows[:1]
    init = float(model.decision_function(first)[0]) - RATE * sum(_leaf(tree, first[0]) for tree in trees)
    return {"features": list(classifier.FEATURES), "init": init, "rate": RATE, "trees": trees}


def _leaf(tree: dict, row: list[float]) -> float:
    return classifier._walk(tree, row)


def _attach_probabilities(pages: list[dict], model: dict) -> None:
    """Each line's probability, by the runtime's own plain-Python walk over the shipped model."""
    for page in pages:
        page["p"] = classifier.probabilities(page["rows"], model)


def _best_levels(pages: list[dict], model: dict) -> tuple[float, float]:
    best = max((_mean_f1(pages, {**model, "threshold": t, "drop_below": d}), -abs(t - 0.5), t, d)
                for t in THRESHOLDS for d in DROP_LEVELS)
    return best[2], best[3]


def _mean_f1(pages: list[dict], model: dict) -> float:
    return sum(_page_f1(page, model) for page in pages) / max(1, len(pages))


def _page_f1(page: dict, model: dict) -> float:
    """The body the story's kept lines make, against the labelled body (the scorer's word F1)."""
    probabilities = page["p"]
    lines = [story.Line(i, text, words, i, kind) for i, (text, words, kind)
             in enumerate(zip(page["texts"], page["words"], page["kinds"], strict=True))]
    start, end = story.choose_story(lines, probabilities, model["threshold"])
    kept = [lines[i].text for i in range(start, end)
            if lines[i].kind is None and probabilities[i] >= model["drop_below"]]
    predicted, truth = Counter(WORD.findall(" ".join(kept).lower())), page["body"]
    if not truth:
        return 1.0 if not predicted else 0.0
    overlap = sum((predicted & truth).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(predicted.values()), overlap / sum(truth.values())
    return 2 * precision * recall / (precision + recall)


if __name__ == "__main__":
    sys.exit(main())
