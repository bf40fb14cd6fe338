#!/usr/bin/env python3
"""Image extraction against hand labels, and captions left in bodies over the whole dev set.

    EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles python benchmarks/images.py

Labels: benchmarks/images-dev.jsonl (conventions in images-dev.md). A predicted image matches a
labelled one when both name the same file (sizes, crops, CDNs and extensions aside; the key below is
the benchmark's own, independent of extractor's) or, failing that, carry the same caption.
Reported: image precision and recall (micro, over all labelled pages), caption and credit exactness
over matched pairs (None equals None), and over the whole dev set the number of images whose caption
still stands in the body: as a paragraph or line (alone or with its credit), or as most (70%) of a
paragraph (captions of 40 characters or more); credits standing alone as a body line are counted
apart, since a credit's name can also be a heading of the text.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from extractor import Options
from extractor.model import Article
from extractor.pipeline import run_safely

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.datasets import check_ids  # noqa: E402  (the split of the development sets)

LABELS = Path(__file__).with_name("images-dev.jsonl")
EXTENSION_RE = re.compile(r"\.(jpe?g|png|gif|webp|avif|svg|pjpeg)$", re.IGNORECASE)
SIZE_RE = re.compile(r"(\d+x\d*|\d*x\d+|@\dx|scaled|e\d{10,})", re.IGNORECASE)
# The scorer matches predicted to labelled pictures with a key of its own, on purpose: reusing
# extractor.imageurls.picture_key would let a bug in the code under test change what counts as a match.
GENERIC = {
    "original",
    "image",
    "img",
    "default",
    "index",
    "photo",
    "large",
    "medium",
    "small",
    "full",
    "source",
}
LONG_CAPTION = 40
# A paragraph that is mostly a caption (the rest a credit or a label) is a leaked caption.
MOSTLY = 0.7


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, help="leak count over the first N dev pages only")
    parser.add_argument("--no-leaks", action="store_true", help="skip the leak count over the dev set")
    parser.add_argument("--per-page", action="store_true", help="print each labelled page's misses")
    args = parser.parse_args(argv)
    dataset = bench_dir()
    labels = [json.loads(line) for line in LABELS.read_text().splitlines() if line.strip()]
    if args.per_page:
        # Reading pages one by one is tuning work: the check half is for measuring (README, Working on quality).
        check = check_ids(dataset.parent, dataset.name)
        print(f"--per-page: tuning-half pages only ({sum(label['id'] in check for label in labels)} "
              "check-half pages left out)")
        labels = [label for label in labels if label["id"] not in check]
    started = time.perf_counter()
    scores = score_labels(dataset, labels, args.per_page)
    print_scores(scores, len(labels), time.perf_counter() - started)
    if not args.no_leaks:
        started = time.perf_counter()
        leaks = count_leaks(dataset, args.limit)
        print(
            f"captions left in bodies: {leaks['captions']} as a paragraph or line, "
            f"{leaks['inside']} as most of "
            f"a paragraph; credits standing as a body line: {leaks['credits']}; over {leaks['pages']} pages "
            f"with {leaks['images']} images ({time.perf_counter() - started:.0f}s)"
        )
    return 0


def bench_dir() -> Path:
    # The labels are on wcxb-dev-articles pages: the set named directly, or the one in the bench folder.
    root = os.environ.get("EXTRACTOR_BENCH_ROOT")
    value = os.environ.get("EXTRACTOR_BENCH_DIR") or (root and str(Path(root) / "wcxb-dev-articles"))
    if not value or not (Path(value) / "html").is_dir():
        sys.exit(
            "Set EXTRACTOR_BENCH_DIR to the WCXB dev set, "
            "e.g. EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles"
        )
    return Path(value)


def extract(dataset: Path, page_id: str, url: str | None) -> Article:
    raw = gzip.decompress((dataset / "html" / f"{page_id}.html.gz").read_bytes())
    return run_safely(Article(source=page_id, raw=raw), Options(url=url))


def score_labels(dataset: Path, labels: list[dict], per_page: bool) -> dict:
    totals = {
        "gold": 0,
        "predicted": 0,
        "matched": 0,
        "caption_exact": 0,
        "credit_exact": 0,
        "credit_pairs": 0,
        "credit_pairs_exact": 0,
    }
    for label in labels:
        article = extract(dataset, label["id"], label["url"])
        predicted = [vars(image) for image in article.images]
        pairs, missed, extra = match(label["images"], predicted)
        totals["gold"] += len(label["images"])
        totals["predicted"] += len(predicted)
        totals["matched"] += len(pairs)
        for gold, guess in pairs:
            totals["caption_exact"] += same_text(gold["caption"], guess["caption"])
            totals["credit_exact"] += same_text(gold["credit"], guess["credit"])
            if gold["credit"] or guess["credit"]:
                totals["credit_pairs"] += 1
                totals["credit_pairs_exact"] += same_text(gold["credit"], guess["credit"])
            if per_page and not (
                same_text(gold["caption"], guess["caption"]) and same_text(gold["credit"], guess["credit"])
            ):
                print(
                    f"{label['id']} text  gold=({gold['caption']!r}, {gold['credit']!r})\n"
                    f"{'':10}got =({guess['caption']!r}, {guess['credit']!r})"
                )
        if per_page:
            for image in missed:
                print(f"{label['id']} missed {image['src']}")
            for image in extra:
                print(f"{label['id']} extra  {image['src']}")
    return totals


def match(gold: list[dict], predicted: list[dict]):
    """Pairs of (labelled, predicted) images by file key, then by caption; and what is left of each."""
    left = list(predicted)
    pairs, missed = [], []
    for image in gold:
        twin = next((p for p in left if key(p["src"]) == key(image["src"])), None)
        if twin is None and image["caption"]:
            twin = next((p for p in left if same_text(p["caption"], image["caption"])), None)
        if twin is None:
            missed.append(image)
        else:
            left.remove(twin)
            pairs.append((image, twin))
    return pairs, missed, left


def key(url: str | None) -> str:
    if not url:
        return ""
    parts = urlsplit(url)
    path = parts.path
    for values in parse_qs(parts.query).values():
        if values[0].startswith("http"):
            path = urlsplit(values[0]).path
    nested = re.search(r"(https?(?::|%3A)(?:/|%2F){2}.+)$", path[1:], re.IGNORECASE)
    if nested:
        path = urlsplit(unquote(nested.group(1))).path
    segments = [s for s in unquote(path).lower().split("/") if s]
    names = [re.sub(r"[^a-z0-9]+", "", SIZE_RE.sub("", EXTENSION_RE.sub("", s))) for s in segments[-2:]]
    name = names[-1] if names else ""
    return f"{names[0]}/{name}" if (name in GENERIC or len(name) < 4) and len(names) == 2 else name


def same_text(a: str | None, b: str | None) -> bool:
    return normal(a) == normal(b)


def normal(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip(" .").casefold()


def count_leaks(dataset: Path, limit: int | None) -> dict:
    counts = {"pages": 0, "images": 0, "captions": 0, "credits": 0, "inside": 0}
    for path in sorted((dataset / "html").glob("*.html.gz"))[:limit]:
        article = extract(dataset, path.name.split(".")[0], None)
        paragraphs = [squash(p) for p in article.paragraphs]
        lines = set(paragraphs) | {squash(line) for p in article.paragraphs for line in p.split("\n")}
        counts["pages"] += 1
        counts["images"] += len(article.images)
        for image in article.images:
            forms = [squash(t) for t in (image.caption, f"{image.caption} {image.credit}") if image.caption]
            counts["captions"] += any(form in lines for form in forms)
            counts["credits"] += bool(image.credit and squash(image.credit) in lines)
            counts["inside"] += bool(
                image.caption
                and len(image.caption) >= LONG_CAPTION
                and any(
                    forms[0] in p and len(forms[0]) >= MOSTLY * len(p)
                    for p in paragraphs
                    if forms[0] not in lines
                )
            )
    return counts


def squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def print_scores(totals: dict, pages: int, seconds: float) -> None:
    matched = totals["matched"]
    precision = matched / totals["predicted"] if totals["predicted"] else 0.0
    recall = matched / totals["gold"] if totals["gold"] else 0.0
    print(
        f"labelled pages: {pages}, labelled images: {totals['gold']}, predicted: {totals['predicted']}, "
        f"matched: {matched} ({seconds:.0f}s)"
    )
    print(f"image precision {precision:.3f}  recall {recall:.3f}")
    if matched:
        print(
            f"caption exact {totals['caption_exact'] / matched:.3f}  "
            f"credit exact {totals['credit_exact'] / matched:.3f}"
            f"  (over {matched} matched images)"
        )
    if totals["credit_pairs"]:
        print(
            "credit exact where either side has a credit "
            f"{totals['credit_pairs_exact'] / totals['credit_pairs']:.3f}"
            f"  (over {totals['credit_pairs']})"
        )


if __name__ == "__main__":
    sys.exit(main())
