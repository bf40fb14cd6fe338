"""Fit the picture relevance model: which pictures among a story's text are the article's own.

Usage: python train/picture_relevance.py [BENCH_DIR] [--dump ROWS.json | --rows ROWS.json]

Reads the TUNING halves (every id not in splits/<set>.check) of the sets whose labels list a page's pictures
(fundus-news; the hand labels of benchmarks/images-dev.jsonl on wcxb-dev-articles), runs the pipeline up
to the images stage, and labels each inline candidate picture 1 when it pairs with a labelled picture
(score.py's own pairing: normalised address, then file key), else 0. Fits a logistic regression on the
features of `extractor.images.relevance` (standardised, fixed solver, sorted inputs: deterministic) and
writes the weights beside the code that reads them: src/extractor/images/relevance.json. Needs the
`train` extra (scikit-learn, numpy).
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "extractor" / "images" / "relevance.json"
HAND_LABELS = ROOT / "benchmarks" / "images-dev.jsonl"
# Regularisation: few features, a few hundred pictures; keep the weights modest.
C = 0.5
# Dropping a story's own picture costs more than keeping a stray one: the threshold is the highest of
# these at which site-held-out folds still keep this share of the story's own pictures (--cv shows them).
THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
MIN_HELD_OUT_RECALL = 0.99


def scorer(bench: Path):
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tuning_pages(bench: Path):
    """(page id, raw HTML, page address, labelled pictures) of every tuning page that labels its pictures."""
    check = set((bench / "splits" / "fundus-news.check").read_text().split())
    for truth_path in sorted((bench / "fundus-news" / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text())
        gt = truth.get("ground_truth") or {}
        if truth_path.stem in check or gt.get("images") is None or "images" not in truth.get("fields", ["images"]):
            continue
        raw = gzip.decompress((bench / "fundus-news" / "html" / f"{truth_path.stem}.html.gz").read_bytes())
        yield truth_path.stem, raw, truth.get("url"), gt["images"]
    check = set((bench / "splits" / "wcxb-dev-articles.check").read_text().split())
    for line in HAND_LABELS.read_text().splitlines():
        label = json.loads(line) if line.strip() else None
        if not label or label["id"] in check:
            continue
        raw = gzip.decompress((bench / "wcxb-dev-articles" / "html" / f"{label['id']}.html.gz").read_bytes())
        yield label["id"], raw, label.get("url"), label["images"]


def page_rows(raw: bytes, url: str | None, labels: list[dict], score) -> list[tuple[list[float], int]]:
    from extractor.images.pictures import candidate_pictures, features_of
    from extractor.model import Article, Options
    from extractor.pipeline import extract_content
    from extractor.sources import decode_input, detect_format

    options = Options(url=url)
    article = Article(source="-", raw=raw)
    for stage in (decode_input, detect_format, extract_content):
        article = stage(article, options)
    if article.tree is None:
        return []
    pictures, page = candidate_pictures(article, options)
    inline = [p for p in pictures if p.image.role != "lead"]
    records = [{"src": p.image.src} for p in inline]
    paired = {id(record) for record, _ in score.pair_images(records, labels, url or "")}
    return [(features_of(p, page), int(id(record) in paired)) for p, record in zip(inline, records, strict=True)]


def main(argv: list[str]) -> int:
    bench = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("/work/shared/bench")
    if "--rows" in argv:  # the rows a previous --dump wrote: refit without walking the pages again
        rows = [tuple(row) for row in json.loads(Path(argv[argv.index("--rows") + 1]).read_text())]
    else:
        score = scorer(bench)
        rows = []
        for _page_id, raw, url, labels in tuning_pages(bench):
            site = site_of(url)
            rows.extend((features, label, site) for features, label in page_rows(raw, url, labels, score))
    if "--dump" in argv:
        Path(argv[argv.index("--dump") + 1]).write_text(json.dumps(rows))
    if "--cv" in argv:
        cross_validate(rows)
        return 0
    fit_and_write(rows)
    return 0


def site_of(url: str | None) -> str:
    """The page's site, for folds that keep a site's pages together: its host's last two labels."""
    host = (urlsplit(url or "").hostname or "").removeprefix("www.")
    return ".".join(host.split(".")[-2:])


def fit(features, labels):
    """(model, means, scales): a logistic regression on standardised features."""
    from sklearn.linear_model import LogisticRegression

    means = features.mean(axis=0)
    scales = features.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=C, solver="lbfgs", max_iter=1000)
    model.fit((features - means) / scales, labels)
    return model, means, scales


def held_out_probabilities(rows):
    """(labels, each picture's probability from a model fitted without its site's pages), 5 folds."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    features = np.array([row[0] for row in rows], dtype=float)
    labels = np.array([row[1] for row in rows])
    groups = np.array([row[2] for row in rows])
    held_out = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=5).split(features, labels, groups):
        model, means, scales = fit(features[train], labels[train])
        held_out[test] = model.predict_proba((features[test] - means) / scales)[:, 1]
    return labels, held_out


def choose_threshold(rows) -> float:
    """The highest threshold of THRESHOLDS at which the site-held-out folds keep MIN_HELD_OUT_RECALL of the
    story's own pictures: dropping one costs more than keeping a stray."""
    labels, held_out = held_out_probabilities(rows)
    kept_own = [((held_out >= t) & (labels == 1)).sum() / max(1, (labels == 1).sum()) for t in THRESHOLDS]
    return max((t for t, recall in zip(THRESHOLDS, kept_own, strict=True) if recall >= MIN_HELD_OUT_RECALL),
               default=THRESHOLDS[0])


def cross_validate(rows) -> None:
    """Precision and recall of the kept pictures at each threshold, each site's pages held out together."""
    labels, held_out = held_out_probabilities(rows)
    print(f"{len(rows)} pictures on {len({row[2] for row in rows})} sites, {labels.mean():.3f} the article's own")
    for threshold in THRESHOLDS:
        kept = held_out >= threshold
        print(f"  threshold {threshold:.2f}: kept {kept.mean():.3f}, precision {labels[kept].mean():.3f}, "
              f"recall {kept[labels == 1].mean():.3f}, dropped own {int((~kept & (labels == 1)).sum())}, "
              f"dropped stray {int((~kept & (labels == 0)).sum())}")


def fit_and_write(rows) -> None:
    import numpy as np

    from extractor.images.relevance import FEATURE_NAMES

    features = np.array([row[0] for row in rows], dtype=float)
    labels = np.array([row[1] for row in rows])
    model, means, scales = fit(features, labels)
    threshold = choose_threshold(rows)
    kept = model.predict_proba((features - means) / scales)[:, 1] >= threshold
    print(f"{len(rows)} pictures, {labels.mean():.3f} the article's own; threshold {threshold}; "
          f"kept {kept.mean():.3f}, precision {labels[kept].mean():.3f}, "
          f"recall {kept[labels == 1].mean():.3f} (training rows)")
    for name, weight in zip(FEATURE_NAMES, model.coef_[0], strict=True):
        print(f"  {name:16} {weight:+.3f}")
    OUT.write_text(json.dumps({
        "features": list(FEATURE_NAMES),
        "threshold": threshold,
        "intercept": round(float(model.intercept_[0]), 8),
        "weights": [round(float(w), 8) for w in model.coef_[0]],
        "means": [round(float(m), 8) for m in means],
        "scales": [round(float(s), 8) for s in scales],
    }, indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
