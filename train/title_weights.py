"""Fit the title chooser's weights (extractor.metadata.chooser, title_weights.json) on the tuning halves.

    python train/title_weights.py [--out src/extractor/metadata/title_weights.json] [--bench DIR] [--dumps DIR]

Both paths feed the one chooser: each page's HTML gives the texts its title sources propose, each of
its two text dumps (innertext and soup flattenings) the lines near its story, every candidate
measured by its named signs. A candidate is positive when it prints as the page's labelled title
(case and whitespace folded, as the scorer compares). The model is the chooser itself: a conditional
logit, the softmax of the candidates' scores over each group (one page's candidates on one path),
fitted to the likelihood that the choice falls on a labelled title, with an L2 penalty. The two
paths share no sign, so each is fitted on its own groups, with the penalty of a small fixed grid
that picks the most labelled titles (the smallest of equals). The earlier pairwise regression,
whose every pair of candidates weighed the same, lowered the check figures; a fit of the choice
itself among all of a group's candidates does not.

Only tuning pages are read (ids not in splits/<set>.check). Deterministic: sorted inputs, L-BFGS
from zero weights, signs scaled by their largest value while fitting, weights rounded to 4 places.
Dumps are read from --dumps/<style>/<set>/<id>.txt where present, else made with the bench's
flatten.py. Needs the `train` extra (scikit-learn brings numpy and scipy).
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from extractor.html import parse_html  # noqa: E402
from extractor.metadata.chooser import WEIGHTS_PATH  # noqa: E402
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
PATHS = ("html", "dump")
# The L2 penalty per group, smallest first (of equal counts the first wins).
GRID = (0.0000001, 0.000001, 0.00001, 0.0001)


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
    """How many groups the weights choose a labelled title in (the first of equal scores wins)."""
    right = 0
    for group in groups:
        scores = [sum(weights[i] * signs.get(name, 0.0) for i, name in enumerate(names)) for _, signs in group]
        right += group[int(np.argmax(scores))][0]
    return right


def matrices(groups, names: list[str], scale: np.ndarray):
    """Per group, its candidates' scaled signs and which of them are labelled titles."""
    return [(np.array([[signs.get(name, 0.0) for name in names] for _, signs in group]) / scale,
             np.array([float(positive) for positive, _ in group])) for group in groups]


def objective(weights: np.ndarray, data, penalty: float) -> tuple[float, np.ndarray]:
    """Mean negative log-likelihood that the softmax choice falls on a labelled title, plus the L2
    penalty; and its gradient."""
    loss, gradient = penalty * weights @ weights, 2 * penalty * weights
    for x, positive in data:
        scores = x @ weights
        chance = np.exp(scores - scores.max())
        chance /= chance.sum()
        right = chance * positive
        loss -= np.log(right.sum()) / len(data)
        gradient -= x.T @ (right / right.sum() - chance) / len(data)
    return loss, gradient


def fit(groups) -> tuple[list[str], np.ndarray, float, int]:
    """The weights of the conditional logit with the penalty of GRID that picks the most labelled titles."""
    names = sorted({name for group in groups for _, signs in group for name in signs})
    scale = np.array([max(1.0, max(abs(signs.get(name, 0.0)) for group in groups for _, signs in group))
                      for name in names])
    data = matrices(groups, names, scale)
    best = None
    for penalty in GRID:
        found = minimize(objective, np.zeros(len(names)), args=(data, penalty), jac=True, method="L-BFGS-B",
                         options={"maxiter": 5000})
        weights = np.round(found.x / scale, 4)
        right = picked(groups, names, weights)
        print(f"penalty={penalty}: {right}/{len(groups)} groups right", file=sys.stderr)
        if best is None or right > best[3]:
            best = (names, weights, penalty, right)
    return best


def path_of(group) -> str:
    return next(iter(group[0][1])).split(".", 1)[0]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=Path("/work/shared/bench"))
    parser.add_argument("--dumps", type=Path, default=Path("/work/cache/dumps"))
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    groups = collect(args.bench, args.dumps)
    weights, notes = {}, []
    for path in PATHS:
        names, fitted, penalty, right = fit([group for group in groups if path_of(group) == path])
        weights.update({name: float(weight) for name, weight in zip(names, fitted, strict=True)})
        total = sum(path_of(group) == path for group in groups)
        notes.append(f"{path}: penalty {penalty}, the labelled title chosen in {right} of {total} candidate groups")
    table = {
        "note": (f"Fitted by train/title_weights.py on the tuning halves of {', '.join(SETS)} (HTML and the "
                 f"innertext and soup dumps): a conditional logit over each group's candidates, each path on "
                 f"its own; {'; '.join(notes)}."),
        "weights": dict(sorted(weights.items())),
    }
    args.out.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
