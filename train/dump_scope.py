#!/usr/bin/env python3
"""Fit the dump-scope model (extractor.textdump.scope) and write src/extractor/textdump/scope.json.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python train/dump_scope.py [--bench /work/shared/bench] [--dumps /work/cache/dumps] [--cache rows.json]

For each TUNING page (ids not in splits/<set>.check) of the sets with labelled bodies, in both
flatten styles, the shipped code extracts the dump twice: with the story run as the body, and with
every unlabelled line. The page is a positive where the second scores the better word F1 (the
bench's scorer), weighted by how much better either is, so that pages where the two agree teach
nothing. A logistic regression over `scope_features` decides, with a margin (MARGINS); its
regularisation and margin are the pair of a small grid that gains most body F1 in site-grouped
5-fold cross-validation, each set weighing the same (its mean over pages), so that the many
non-article pages do not buy a loss on the news sets. Deterministic: sorted pages, lbfgs, weights rounded to 4 places.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from extractor import extract  # noqa: E402
from extractor.textdump import scope  # noqa: E402
from extractor.textdump import story as story_module  # noqa: E402
from extractor.textdump.story import KindMemo, find_story, label_lines, segment_lines  # noqa: E402

SETS = ("wcxb-dev-other", "wcxb-dev-articles", "fundus-news")
STYLES = ("innertext", "soup")
GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
# How sure the model must be before a page's whole text becomes its body: the smallest margin at
# which no held-out page of a news or article set loses more than MAX_ARTICLE_LOSS of its F1 (an
# article read as a listing loses its precision to every teaser and comment around it, and the
# articles of sites not seen in training are where that showed: at no margin, check-half news
# pages lost while no tuning one did).
STORY_WORDS_BUCKETS = ((0, 50), (50, 150), (150, 300), (300, 600), (600, 10**9))
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
ARTICLE_SETS = ("wcxb-dev-articles", "fundus-news")
MAX_ARTICLE_LOSS = 0.05
OUTPUT = ROOT / "src" / "extractor" / "textdump" / "scope.json"


def load_scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("score", bench / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.word_prf


def features(text: str) -> tuple[dict[str, float], int]:
    """The dump's shape, and the words of its story run."""
    kind_of = KindMemo()
    lines = segment_lines(text, kind_of)
    label_lines(lines, kind_of)
    start, end = find_story(lines)
    if not lines:
        return {}, 0
    return scope.scope_features(lines, start, end), scope.story_words(lines, start, end)


def rows(bench: Path, dumps: Path) -> list[dict]:
    """One row per tuning page and style: site, features, F1 of the story body and of the whole."""
    word_prf = load_scorer(bench)
    found = []
    for name in SETS:
        check = set((bench / "splits" / f"{name}.check").read_text().split())
        for truth in sorted((bench / name / "truth").glob("*.json")):
            page_id = truth.stem
            if page_id in check:
                continue
            page = json.loads(truth.read_text(encoding="utf-8"))
            reference = page["ground_truth"].get("main_content")
            if reference is None or ("fields" in page and "main_content" not in page["fields"]):
                continue  # the body is not labelled on this page: the scorer skips it too
            site = urlsplit(page.get("url") or "").hostname or f"{name}/{page_id}"
            for style in STYLES:
                path = dumps / style / name / f"{page_id}.txt"
                if not path.exists():
                    continue
                text = path.read_text(encoding="utf-8")
                with mock.patch.object(story_module, "page_is_content", return_value=False):
                    story = extract(text, input_format="text").body
                with mock.patch.object(story_module, "page_is_content", return_value=True):
                    whole = extract(text, input_format="text").body
                shape, words = features(text)
                found.append({"set": name, "site": site, "features": shape, "story_words": words,
                              "story": word_prf(story, reference)[2], "whole": word_prf(whole, reference)[2]})
        print(f"{name}: {len(found)} rows so far", file=sys.stderr)
    return found


def print_story_words_table(found: list[dict]) -> None:
    """How much the whole page's text gains over the story run, by the run's length: the evidence
    for `scope.MAX_STORY_WORDS`."""
    for low, high in STORY_WORDS_BUCKETS:
        rows = [row for row in found if low <= row["story_words"] < high]
        gain = sum(row["whole"] - row["story"] for row in rows)
        better = sum(row["whole"] > row["story"] for row in rows)
        print(f"story run of {low}-{high} words: {len(rows)} dumps, the whole page better on {better}, "
              f"summed F1 gain {gain:+.2f}", file=sys.stderr)


def matrix(found: list[dict], names: list[str]):
    x = np.array([[row["features"].get(name, 0.0) for name in names] for row in found])
    gain = np.array([row["whole"] - row["story"] for row in found])
    return x, (gain > 0).astype(int), np.abs(gain)


def fit(x, y, weight, c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=10000, solver="lbfgs")
    return model.fit(x, y, sample_weight=weight + 1e-6)


def cross_validate(found: list[dict], names: list[str]) -> dict[tuple[float, float], float]:
    """For each C and margin, the mean over sets of the held-out body F1 (site-grouped 5 folds),
    or None where a held-out article page would lose more than `MAX_ARTICLE_LOSS` of its F1."""
    x, y, weight = matrix(found, names)
    groups = np.array([row["site"] for row in found])
    story = np.array([row["story"] for row in found])
    whole = np.array([row["whole"] for row in found])
    sets = np.array([row["set"] for row in found])
    article = np.isin(sets, ARTICLE_SETS)
    decided = np.array([row["story_words"] < scope.MAX_STORY_WORDS for row in found])  # the model's pages
    print(f"story alone {story.mean():.4f}, whole alone {whole.mean():.4f}, "
          f"best of two {np.maximum(story, whole).mean():.4f}", file=sys.stderr)
    table = {}
    for c in GRID:
        scores = np.zeros(len(found))
        for train, held in GroupKFold(n_splits=5).split(x, y, groups):
            train = train[decided[train]]
            scores[held] = fit(x[train], y[train], weight[train], c).decision_function(x[held])
        for margin in MARGINS:
            chosen = decided & (scores > margin)
            body = np.where(chosen, whole, story)
            losers = int((chosen & article & (whole < story - MAX_ARTICLE_LOSS)).sum())
            means = {name: body[sets == name].mean() for name in SETS}
            table[c, margin] = None if losers else float(np.mean(list(means.values())))
            print(f"C={c} margin={margin}: " + ", ".join(f"{name} {story[sets == name].mean():.4f} -> {value:.4f}"
                                                     for name, value in means.items())
                  + f"; article pages losing: {losers}", file=sys.stderr)
    return table


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path("/work/shared/bench"))
    parser.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    parser.add_argument("--cache", type=Path, help="read/write the rows here (JSON) to refit quickly")
    parser.add_argument("--out", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    if args.cache and args.cache.exists():
        found = json.loads(args.cache.read_text())
    else:
        found = rows(args.bench, args.dumps)
        if args.cache:
            args.cache.write_text(json.dumps(found))
    print_story_words_table(found)
    names = sorted({name for row in found for name in row["features"]})
    table = cross_validate(found, names)
    c, margin = max((key for key in table if table[key] is not None), key=lambda key: (round(table[key], 4), -key[1]))
    decided = [row for row in found if row["story_words"] < scope.MAX_STORY_WORDS]
    x, y, weight = matrix(decided, names)
    model = fit(x, y, weight, c)
    weights = {name: round(float(value), 4) for name, value in zip(names, model.coef_[0], strict=True)}
    output = {
        "note": (f"Fitted by train/dump_scope.py on the tuning halves of {', '.join(SETS)} "
                 f"({len(decided)} of {len(found)} dumps, innertext and soup, those with a story run under "
                 f"{scope.MAX_STORY_WORDS} words): logistic regression, C={c}, margin {margin} (taken off the "
                 f"intercept) (site-grouped 5-fold held-out body F1, mean of the sets, {table[c, margin]:.4f})."),
        "intercept": round(float(model.intercept_[0]) - margin, 4),
        "weights": weights,
    }
    args.out.write_text(json.dumps(output, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
