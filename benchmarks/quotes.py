#!/usr/bin/env python3
"""Quote precision, recall, F1 and speaker accuracy on the labelled quote set, and what quotes cost.

    EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles python benchmarks/quotes.py
    EXTRACTOR_BENCH_DIR=... python benchmarks/quotes.py --speed --limit 200
    python benchmarks/quotes.py --polnear ../shared/bench/polnear-quotes --half check [--out preds.jsonl]

The labels (benchmarks/quotes-dev.jsonl, one quote a line with its page id; `"text": null` marks a
labelled page without quotations) follow QUOTES.md beside the dataset. Scoring is QUOTES.md's: a
predicted quote matches a labelled one when the token F1 of their texts (lower-cased \\w+ tokens)
is at least 0.8, one to one, best pairs first; speaker accuracy is the share of matched pairs whose
speakers agree on their last word (case folded; null agrees with null). `--speed` times the whole
pipeline per page with quotes on and off, alternating the two on each page so that both see the
same machine load, and keeps each page's fastest of `--repeat` runs.

`--polnear DIR` scores a labelled plain-text set instead (polnear-quotes: `quotes.jsonl` with the labels
and `texts/<id>.txt`), each text run through the whole pipeline as a text dump, as `extractor texts
--input-format text` does; `--half tune|check` keeps one half of `--split` (default: the set's split file
beside it in `splits/`). It prints speaker accuracy over all matched quotes and over those whose
labelled speaker is a name (`speaker_is_name`); `--out` writes predictions for `score_quotes.py`.
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
    parser.add_argument("--polnear", type=Path, help="a plain-text quote set (quotes.jsonl + texts/)")
    parser.add_argument("--half", choices=("tune", "check", "all"), default="all")
    parser.add_argument("--split", type=Path, help="ids of the check half (default: ../splits/<set>.check)")
    parser.add_argument("--out", type=Path, help="with --polnear: write predictions as JSON Lines")
    args = parser.parse_args(argv)
    if args.polnear:
        return run_text_set(args)

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


def run_text_set(args) -> int:
    """Score (and with --speed, time) a plain-text quote set, one half or all of it."""
    docs = [json.loads(line) for line in (args.polnear / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    split = args.split or args.polnear.parent / "splits" / f"{args.polnear.name}.check"
    check = set(split.read_text().split()) if args.half != "all" else set()
    docs = [d for d in docs if args.half == "all" or (d["id"] in check) == (args.half == "check")]
    texts = {d["id"]: (args.polnear / "texts" / f"{d['id']}.txt").read_bytes() for d in docs}
    predictions = {d["id"]: predict_text(texts[d["id"]], d["id"]) for d in docs}
    if args.out:
        with open(args.out, "w", encoding="utf-8") as handle:
            for doc_id, quotes in predictions.items():
                handle.write(json.dumps({"source": f"texts/{doc_id}.txt", "quotes": quotes}) + "\n")
    totals = Counter()
    for doc in docs:
        gold, predicted = doc["quotes"], predictions[doc["id"]]
        pairs = match(gold, predicted)
        named = [gi for gi, _ in pairs if gold[gi].get("speaker_is_name")]
        agree = {gi for gi, pi in pairs if same_last_word(gold[gi]["speaker"], predicted[pi]["speaker"])}
        totals.update(gold=len(gold), predicted=len(predicted), matched=len(pairs), speaker=len(agree),
                      named=len(named), named_speaker=len(agree.intersection(named)),
                      kind=sum(gold[gi]["kind"] == predicted[pi]["kind"] for gi, pi in pairs))
    print_scores(totals, len(docs))
    print(f"speaker accuracy over named labels {totals['named_speaker'] / max(1, totals['named']):.4f} "
          f"({totals['named']} quotes)")
    if args.speed:
        pages = [texts[d["id"]] for d in docs][:args.limit]
        print_speed(time_pages(pages, args.repeat, input_format="text"))
    return 0


def predict_text(data: bytes, page: str, quotes: bool = True) -> list[dict]:
    article = run_safely(Article(source=f"texts/{page}.txt", raw=data),
                         Options(quotes=quotes, input_format="text"))
    return article.to_dict()["quotes"]


def same_last_word(a: str | None, b: str | None) -> bool:
    """QUOTES.md's speaker agreement as the set's own scorer reads it: the last \\w+ token, case folded."""
    last = lambda name: (TOKEN_RE.findall((name or "").casefold()) or [None])[-1]  # noqa: E731
    return last(a) == last(b)


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
    return time_pages([gzip.decompress(path.read_bytes()) for path in paths], repeat)


def time_pages(pages: list[bytes], repeat: int, input_format: str = "auto") -> dict[str, float]:
    best = {True: [float("inf")] * len(pages), False: [float("inf")] * len(pages)}
    for round_number in range(repeat):
        for index, data in enumerate(pages):
            order = (True, False) if (index + round_number) % 2 else (False, True)
            for quotes in order:
                started = time.perf_counter()
                run_safely(Article(source="-", raw=data), Options(quotes=quotes, input_format=input_format))
                best[quotes][index] = min(best[quotes][index], time.perf_counter() - started)
    # each page's fastest run: on a shared machine, load only ever adds time
    return {"pages": len(pages), "on": len(pages) / sum(best[True]), "off": len(pages) / sum(best[False])}


def print_speed(speed: dict[str, float]) -> None:
    drop = 1 - speed["on"] / speed["off"]
    print(f"speed over {speed['pages']} pages: quotes on {speed['on']:.1f} pages/s, "
          f"off {speed['off']:.1f} pages/s, drop {drop:.1%}")


if __name__ == "__main__":
    sys.exit(main())
