#!/usr/bin/env python3
"""Quote precision, recall, F1 and speaker accuracy on the labelled quote set, and what quotes cost.

    EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles python benchmarks/quotes.py
    EXTRACTOR_BENCH_DIR=... python benchmarks/quotes.py --speed --limit 200

The labels (benchmarks/quotes-dev.jsonl, one quote a line with its page id; `"text": null` marks a
labelled page without quotations) follow QUOTES.md beside the dataset. Scoring is QUOTES.md's: a
predicted quote matches a labelled one when the token F1 of their texts (lower-cased \\w+ tokens)
is at least 0.8, one to one, best pairs first; speaker accuracy is the share of matched pairs whose
speakers agree on their last word (case folded; null agrees with null). `--speed` times the whole
pipeline per page with quotes on and off, alternating the two on each page so that both see the
same machine load, and keeps each page's fastest of `--repeat` runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from extractor import Options
from extractor.model import Article
from extractor.pipeline import run_safely

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.datasets import check_ids  # noqa: E402  (the split of the development sets)

LABELS = Path(__file__).with_name("quotes-dev.jsonl")
MATCH_F1 = 0.8
TOKEN_RE = re.compile(r"\w+")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--verbose", action="store_true", help="list misses, false alarms and wrong speakers")
    parser.add_argument("--speed", action="store_true", help="also time pages with quotes on and off")
    parser.add_argument("--limit", type=int, help="pages for --speed (default: all in the dataset)")
    parser.add_argument("--repeat", type=int, default=1, help="timing rounds for --speed")
    args = parser.parse_args(argv)

    dataset = bench_dir()
    labels = load_labels(args.labels)
    if args.verbose:
        # Reading quotes one by one is tuning work: the check half is for measuring (README, Working on quality).
        check = check_ids(dataset.parent, dataset.name)
        print(f"--verbose: tuning-half pages only ({len(labels.keys() & check)} check-half pages left out)")
        labels = {page: quotes for page, quotes in labels.items() if page not in check}
    predictions = {page: predict(dataset, page) for page in labels}
    totals = score(labels, predictions, args.verbose)
    print_scores(totals, len(labels))
    if args.speed:
        print_speed(measure_speed(dataset, args.limit, args.repeat))
    return 0


def bench_dir() -> Path:
    # The labels are on wcxb-dev-articles pages: the set named directly, or the one in the bench folder.
    root = os.environ.get("EXTRACTOR_BENCH_ROOT")
    value = os.environ.get("EXTRACTOR_BENCH_DIR") or (root and str(Path(root) / "wcxb-dev-articles"))
    if not value or not (Path(value) / "html").is_dir():
        sys.exit("Set EXTRACTOR_BENCH_DIR to the page set the labels come from, "
                 "e.g. EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles")
    return Path(value)


def load_labels(path: Path) -> dict[str, list[dict]]:
    labels: dict[str, list[dict]] = defaultdict(list)
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                labels[row["page"]]  # a row without text: a labelled page with no quotations
                if row.get("text") is not None:
                    labels[row["page"]].append(row)
    return dict(labels)


def predict(dataset: Path, page: str, quotes: bool = True) -> list[dict]:
    data = gzip.decompress((dataset / "html" / f"{page}.html.gz").read_bytes())
    article = run_safely(Article(source=f"html/{page}.html.gz", raw=data), Options(quotes=quotes))
    return article.to_dict()["quotes"]


def tokens(text: str) -> Counter:
    return Counter(TOKEN_RE.findall(text.lower()))


def token_f1(a: str, b: str) -> float:
    left, right = tokens(a), tokens(b)
    common = sum((left & right).values())
    if not common:
        return 0.0
    precision, recall = common / sum(left.values()), common / sum(right.values())
    return 2 * precision * recall / (precision + recall)


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs with token F1 >= 0.8, best pairs first."""
    pairs = sorted(((token_f1(g["text"], p["text"]), gi, pi) for gi, g in enumerate(gold)
                    for pi, p in enumerate(predicted)), reverse=True)
    used_gold, used_predicted, matched = set(), set(), []
    for f1, gi, pi in pairs:
        if f1 < MATCH_F1:
            break
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            matched.append((gi, pi))
    return matched


def same_speaker(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    last = lambda name: (name.split() or [""])[-1].casefold()  # noqa: E731
    return last(a) == last(b)


def score(labels: dict, predictions: dict, verbose: bool) -> dict:
    totals = Counter()
    for page, gold in labels.items():
        predicted = predictions[page]
        pairs = match(gold, predicted)
        agree = [same_speaker(gold[gi]["speaker"], predicted[pi]["speaker"]) for gi, pi in pairs]
        kinds = sum(gold[gi]["kind"] == predicted[pi]["kind"] for gi, pi in pairs)
        totals.update(gold=len(gold), predicted=len(predicted), matched=len(pairs), speaker=sum(agree),
                      kind=kinds)
        if verbose:
            report_page(page, gold, predicted, pairs, agree)
    return totals


def report_page(page, gold, predicted, pairs, agree) -> None:
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            print(f"{page} MISS     {g['speaker']!s:<24} {g['text'][:90]!r}")
    for pi, p in enumerate(predicted):
        if pi not in matched_predicted:
            print(f"{page} EXTRA    {p['speaker']!s:<24} {p['text'][:90]!r}")
    for (gi, pi), ok in zip(pairs, agree, strict=True):
        if not ok:
            said, truth = predicted[pi]["speaker"], gold[gi]["speaker"]
            print(f"{page} SPEAKER  {said!s} ≠ {truth!s}  {gold[gi]['text'][:70]!r}")


def print_scores(totals: Counter, pages: int) -> None:
    precision = totals["matched"] / totals["predicted"] if totals["predicted"] else 0.0
    recall = totals["matched"] / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = totals["speaker"] / totals["matched"] if totals["matched"] else 0.0
    kind = totals["kind"] / totals["matched"] if totals["matched"] else 0.0
    print(f"pages: {pages}  labelled quotes: {totals['gold']}  predicted: {totals['predicted']}  "
          f"matched: {totals['matched']}")
    print(f"quote precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}  "
          f"speaker accuracy {speaker:.3f}  (kind agreement {kind:.3f}, not a QUOTES.md score)")


def measure_speed(dataset: Path, limit: int | None, repeat: int) -> dict[str, float]:
    paths = sorted((dataset / "html").glob("*.html.gz"))[:limit]
    pages = [gzip.decompress(path.read_bytes()) for path in paths]
    best = {True: [float("inf")] * len(pages), False: [float("inf")] * len(pages)}
    for round_number in range(repeat):
        for index, data in enumerate(pages):
            order = (True, False) if (index + round_number) % 2 else (False, True)
            for quotes in order:
                started = time.perf_counter()
                run_safely(Article(source="-", raw=data), Options(quotes=quotes))
                best[quotes][index] = min(best[quotes][index], time.perf_counter() - started)
    # each page's fastest run: on a shared machine, load only ever adds time
    return {"pages": len(pages), "on": len(pages) / sum(best[True]), "off": len(pages) / sum(best[False])}


def print_speed(speed: dict[str, float]) -> None:
    drop = 1 - speed["on"] / speed["off"]
    print(f"speed over {speed['pages']} pages: quotes on {speed['on']:.1f} pages/s, "
          f"off {speed['off']:.1f} pages/s, drop {drop:.1%}")


if __name__ == "__main__":
    sys.exit(main())
