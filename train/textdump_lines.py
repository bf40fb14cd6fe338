#!/usr/bin/env python3
"""Fit the text-dump line classifier (src/extractor/textdump/lines.json) on the TUNING halves.

    pip install -e '.[train]'
    python train/textdump_lines.py [--bench ../shared/bench] [--dumps DIR] [--report-check]

Every HTML set with a labelled body is flattened both ways (`flatten.py --style innertext|soup`;
dumps already cached under DIR/<style>/<set>/<id>.txt are read instead). The lines the classifier
judges (classifier.candidates) are labelled 1 when they are the labelled body's: a line of five
words or more where its folded text stands in the folded body between word boundaries, a shorter
one only as a whole line of the body or together with a longer neighbour (else "About" or "News"
would count as the body's on almost every page); each weighted by its words (the figure that counts
is word F1). Small gradient-boosted trees are fitted on classifier.FEATURES; then the story
threshold, the drop level and how sure the trees must be of a line outside the hand-weighted prose
run are the grid values whose worst change against the prose run alone, in any set's and style's mean
body F1 or precision on the same tuning dumps, is the best (ties: the best mean F1). Deterministic:
sorted inputs, a fixed seed.
--report-check prints the check halves' aggregate F1 only.
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
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(9))
DROP_LEVELS = (0.0, 0.1, 0.2, 0.3, 0.4)
# How sure the classifier must be of a line outside the prose run to add it to the story (1.01: never).
OUTSIDE_LEVELS = (0.0, 0.5, 0.7, 1.01)
WORD = re.compile(r"\w+")
# A line shorter than this is labelled by its place in the body, not by its words alone.
MIN_LABEL_WORDS = 5
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
        model["threshold"], model["drop_below"], model["outside_run_min"] = _best_levels(tune, model)
        shipped = {key: value for key, value in model.items() if not key.startswith("_")}  # not the compiled trees
        args.out.write_text(json.dumps(shipped, indent=1) + "\n", encoding="utf-8")
        print(f"tune: F1={_mean_f1(tune, model):.4f} threshold={model['threshold']} drop={model['drop_below']} "
              f"outside={model['outside_run_min']}")
        for (name, style), (f1, old) in _group_figures(tune, model).items():
            print(f"tune {name} {style}: F1={f1:.4f} (the prose run alone: {old:.4f})")
        if args.report_check:
            check = _pages(pool, jobs["check"], args.cache, "check")
            _attach_probabilities(check, model)
            for (name, style), (f1, old) in _group_figures(check, model).items():
                print(f"check {name} {style}: F1={f1:.4f} (the prose run alone: {old:.4f})")
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
    chosen, rows, run = story.story_features(lines)
    labels = _labels(lines, body)
    return {"set": name, "style": style, "chosen": chosen, "rows": rows, "labels": [labels[i] for i in chosen],
            "run": run, "line_words": [WORD.findall(line.text.lower()) for line in lines],
            "words": [line.words for line in lines], "texts": [line.text for line in lines],
            "kinds": [line.kind for line in lines], "prose": [line.is_prose for line in lines],
            "body": Counter(WORD.findall(body.lower()))}


def _labels(lines: list, body: str) -> list[int]:
    """1 for a line of the labelled body. A long line counts where its folded text stands in the body
    between word boundaries; a short one ("About", "News") would stand in almost any body, so it counts
    only as a whole line of the body, or where it and a neighbouring line stand there together (a link
    cut out of a sentence)."""
    folded = " " + " ".join(body.lower().split()) + " "
    body_lines = {" ".join(line.lower().split()) for line in body.splitlines()}
    inside = [f" {line.key} " in folded for line in lines]
    labels = []
    for i, line in enumerate(lines):
        if not inside[i] or line.words >= MIN_LABEL_WORDS or line.key in body_lines:
            labels.append(int(inside[i]))
            continue
        joined = [f" {lines[j].key} {lines[k].key} " in folded for j, k in ((i - 1, i), (i, i + 1))
                  if 0 <= j and k < len(lines) and lines[j if j != i else k].words >= MIN_LABEL_WORDS]
        labels.append(int(any(joined)))
    return labels


def fit(pages: list[dict], kind: str) -> dict:
    rows = [row for page in pages for row in page["rows"]]
    labels = [label for page in pages for label in page["labels"]]
    weights = [1 + min(page["words"][i], classifier.MAX_WORDS) for page in pages for i in page["chosen"]]
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
        page.pop("_runs", None)
        page["p"] = [0.0] * len(page["texts"])
        for i, probability in zip(page["chosen"], classifier.probabilities(page["rows"], model), strict=True):
            page["p"][i] = probability


def _best_levels(pages: list[dict], model: dict) -> tuple[float, float, float]:
    """The levels whose worst change against the hand-weighted prose run alone, in any set's and style's
    mean F1 or precision, is the best (ties: the best mean F1): the classifier must add everywhere, not
    trade (a teaser list taken in with the story raises recall and F1 on news pages while it lowers
    precision elsewhere)."""
    best = None
    for t in THRESHOLDS:
        for d in DROP_LEVELS:
            for o in OUTSIDE_LEVELS:
                levels = {**model, "threshold": t, "drop_below": d, "outside_run_min": o}
                groups = _group_figures(pages, levels, precision=True)
                worst = min(new - old for figures in groups.values() for new, old in figures)
                key = (round(worst, 4), _mean_f1(pages, levels), -abs(t - 0.5), t, d, o)
                best = key if best is None or key > best else best
    return best[3], best[4], best[5]


def _group_figures(pages: list[dict], model: dict, precision: bool = False) -> dict:
    """(set, style) -> ((mean F1 of the classifier's story, mean F1 of the prose run alone),
    and with `precision` (the same two precisions))."""
    groups: dict = {}
    for page in pages:
        groups.setdefault((page["set"], page["style"]), []).append(page)
    figures = {}
    for key, members in sorted(groups.items()):
        f1 = (_mean_f1(members, model), _mean_old(members, 1))
        figures[key] = (f1, (_mean_precision(members, model), _mean_old(members, 0))) if precision else f1
    return figures


def _mean_old(pages: list[dict], which: int) -> float:
    """The prose run alone's mean precision (0) or F1 (1)."""
    for page in pages:
        if "_old" not in page:
            page["_old"] = _page_scores(page, None)
    return sum(page["_old"][which] for page in pages) / max(1, len(pages))


def _mean_f1(pages: list[dict], model: dict | None) -> float:
    return sum(_page_scores(page, model)[1] for page in pages) / max(1, len(pages))


def _mean_precision(pages: list[dict], model: dict | None) -> float:
    return sum(_page_scores(page, model)[0] for page in pages) / max(1, len(pages))


def _page_scores(page: dict, model: dict | None) -> tuple[float, float]:
    """Precision and F1 of the body the story's kept lines make, against the labelled body (the scorer's
    word figures); with no model, the hand-weighted prose run's lines."""
    kept = _kept_lines(page, model)
    predicted, truth = Counter(word for i in kept for word in page["line_words"][i]), page["body"]
    if not truth:
        return (1.0, 1.0) if not predicted else (0.0, 0.0)
    overlap = sum((predicted & truth).values())
    if not overlap:
        return 0.0, 0.0
    precision, recall = overlap / sum(predicted.values()), overlap / sum(truth.values())
    return precision, 2 * precision * recall / (precision + recall)


def _kept_lines(page: dict, model: dict | None) -> list[int]:
    kinds, run = page["kinds"], page["run"]
    if model is None:
        return [i for i in range(*run) if kinds[i] is None]
    cache = page.setdefault("_runs", {})
    if model["threshold"] not in cache:
        lines = [story.Line(i, text, words, i, kind, is_prose=prose) for i, (text, words, kind, prose)
                 in enumerate(zip(page["texts"], page["words"], kinds, page["prose"], strict=True))]
        probabilities = story.unjudged_probabilities(lines, page["chosen"], run, model["threshold"])
        for i in page["chosen"]:
            probabilities[i] = page["p"][i]
        cache[model["threshold"]] = story.choose_story(lines, probabilities, model["threshold"])
    start, end = cache[model["threshold"]]
    judged, probabilities = page.setdefault("_judged", set(page["chosen"])), page["p"]
    return [i for i in range(start, end) if kinds[i] is None
            and (i not in judged or probabilities[i] >= model["drop_below"])
            and (run[0] <= i < run[1] or probabilities[i] >= model["outside_run_min"])]


if __name__ == "__main__":
    sys.exit(main())
