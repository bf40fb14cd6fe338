"""Fit weights for the title chooser (extractor.metadata.chooser) on the tuning halves.

    python train/title_weights.py --out PATH [--bench /work/shared/bench] [--dumps DIR]

Not shipped yet: the fitted weights lowered the HTML check title figures against the hand-fitted
ones carried over in src/extractor/metadata/title_weights.json (its note has the figures), so this
script writes to --out for comparison, and only a fit that wins on the check halves replaces them.

Both paths feed the one chooser (extractor.metadata.chooser): each page's HTML gives the texts its
title sources propose, each of its two text dumps (innertext and soup flattenings) the lines near
its story, every candidate measured by its named signs. A candidate is positive when it prints as
the page's labelled title (case and whitespace folded, as the scorer compares). A logistic regression
on pairs (the labelled title's signs less another candidate's, of the pages that have a positive
one) gives the weights; the regularisation is the one of a small fixed grid that picks the most
labelled titles on the tuning halves. Only tuning
pages are read (ids not in splits/<set>.check). Deterministic: sorted inputs, a solver with no
randomness, weights rounded to 4 places.

Dumps are read from --dumps/<style>/<set>/<id>.txt where present, else made with the bench's
flatten.py. Needs the `train` extra (scikit-learn, numpy).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from extractor.html import parse_html  # noqa: E402
from extractor.metadata.chooser import load_weights  # noqa: E402
from extractor.metadata.fields import meta_tags, site_name  # noqa: E402
from extractor.metadata.jsonld import article_object, jsonld_objects  # noqa: E402
from extractor.metadata.titles import candidate_spelling, title_candidates, title_sources  # noqa: E402
from extractor.model import Article, Options  # noqa: E402
from extractor.sources import decode_input  # noqa: E402
from extractor.textdump.story import KindMemo, find_story, label_lines, segment_lines  # noqa: E402
from extractor.textdump.title import _title_context, headline_text, title_window  # noqa: E402
from extractor.textdump.title import title_candidates as line_candidates  # noqa: E402

SETS = ("fundus-news", "postlight-news", "wcxb-dev-articles")
STYLES = ("innertext", "soup")
GRID = (0.3, 1.0, 3.0, 10.0)


def fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def tuning_pages(bench: Path, name: str) -> list[tuple[str, str, bytes]]:
    """(id, folded labelled title, page bytes) of the set's tuning half, sorted by id."""
    check = set((bench / "splits" / f"{name}.check").read_text().split())
    pages = []
    for truth in sorted((bench / name / "truth").glob("*.json")):
        page_id = truth.stem
        labels = json.loads(truth.read_text(encoding="utf-8"))["ground_truth"]
        if page_id in check or not labels.get("title") or "title" not in labels.get("fields", ["title"]):
            continue
        html = gzip.decompress((bench / name / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, fold(labels["title"]), html))
    return pages


def html_candidates(html: bytes) -> list[tuple[str, dict]]:
    article = decode_input(Article(source="page.html", input_format="html", raw=html), Options())
    tree = parse_html(article, Options()).tree
    if tree is None:
        return []
    meta, objects = meta_tags(tree), jsonld_objects(tree)
    ld = article_object(objects)
    url = meta.get("og:url")
    own, sources, keys = title_sources(tree, meta, ld, site_name(meta, objects, ld), url)
    if own is not None:
        return []  # decided by the page's one headline, not by the chooser
    return [(candidate_spelling(forms), signs) for _, signs, forms in title_candidates(sources, keys)]


def dump_candidates(text: str) -> list[tuple[str, dict]]:
    kind_of = KindMemo()
    lines = segment_lines(text, kind_of)
    if not lines:
        return []
    label_lines(lines, kind_of)
    start, end = find_story(lines)
    window = title_window(lines, start, end)
    context = _title_context(lines, start, end, window)
    return [(" ".join(headline_text(line).split()), signs) for line, signs in line_candidates(lines, context, window)]


def load_flatten(bench: Path):
    spec = importlib.util.spec_from_file_location("flatten", bench / "flatten.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.flatten_bytes


def dump_text(where: tuple[Path, Path], style: str, name: str, page_id: str, html: bytes) -> str:
    bench, dumps = where
    cached = dumps / style / name / f"{page_id}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    return load_flatten(bench)(html, style)


def collect(bench: Path, dumps: Path) -> list[list[tuple[bool, dict]]]:
    """Per page and path, its candidates as (is the labelled title, signs)."""
    groups = []
    for name in SETS:
        for page_id, title, html in tuning_pages(bench, name):
            found = [html_candidates(html)]
            found += [dump_candidates(dump_text((bench, dumps), style, name, page_id, html)) for style in STYLES]
            for candidates in found:
                labelled = [(fold(text) == title, signs) for text, signs in candidates]
                if any(positive for positive, _ in labelled):
                    groups.append(labelled)
        print(f"{name}: {len(groups)} candidate groups so far", file=sys.stderr)
    return groups


def picked(groups, names: list[str], weights: np.ndarray) -> int:
    """How many groups the weights choose the labelled title in (the first of equal scores wins)."""
    right = 0
    for group in groups:
        scores = [sum(weights[i] * signs.get(name, 0.0) for i, name in enumerate(names)) for _, signs in group]
        right += group[int(np.argmax(scores))][0]
    return right


def pairs(groups, names: list[str]):
    """The ranking as a classification: for each labelled title and each other candidate of its group,
    their signs' difference (class 1) and its negation (class 0), each group weighing one in all."""
    x, y, weight = [], [], []
    for group in groups:
        vectors = [(positive, np.array([signs.get(name, 0.0) for name in names])) for positive, signs in group]
        found = [(right, wrong) for positive, right in vectors if positive
                 for negative, wrong in vectors if not negative]
        for right, wrong in found:
            x += [right - wrong, wrong - right]
            y += [1, 0]
            weight += [1 / len(found)] * 2
    return np.array(x), np.array(y), np.array(weight)


def fit(groups) -> tuple[list[str], np.ndarray, float, int]:
    """Weights of a logistic regression on candidate pairs (a candidate's score against the labelled
    title's), with the regularisation of GRID that picks the most labelled titles."""
    names = sorted({name for group in groups for _, signs in group for name in signs})
    x, y, weight = pairs(groups, names)
    best = None
    for c in GRID:
        model = LogisticRegression(C=c, max_iter=10000, solver="lbfgs", fit_intercept=False)
        model.fit(x, y, sample_weight=weight)
        weights = np.round(model.coef_[0], 4)
        right = picked(groups, names, weights)
        print(f"C={c}: {right}/{len(groups)} groups right", file=sys.stderr)
        if best is None or right > best[3]:
            best = (names, weights, c, right)
    return best


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path("/work/shared/bench"))
    parser.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    groups = collect(args.bench, args.dumps)
    shipped = load_weights()
    shipped_names = sorted(shipped)
    current = picked(groups, shipped_names, np.array([shipped[name] for name in shipped_names]))
    print(f"shipped (hand) weights: {current}/{len(groups)} groups right", file=sys.stderr)
    names, weights, c, right = fit(groups)
    table = {
        "note": (f"Fitted by train/title_weights.py on the tuning halves of {', '.join(SETS)} (HTML and the "
                 f"innertext and soup dumps): pairwise logistic regression, C={c}; the labelled title chosen in "
                 f"{right} of {len(groups)} candidate groups."),
        "weights": {name: float(weight) for name, weight in zip(names, weights, strict=True)},
    }
    args.out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
