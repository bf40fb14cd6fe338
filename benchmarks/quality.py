#!/usr/bin/env python3
"""Quality and speed of extractor beside trafilatura, on the same labelled pages in one run.

    EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles python benchmarks/quality.py

The dataset holds html/<id>.html.gz and truth/<id>.json (WCXB format). Scores use the reference
scorer's own definitions (score.py beside the dataset, or EXTRACTOR_SCORER): word-level F1 of the
body, exact title/author/date, `with`/`without` snippets. Times are per page, in this process,
from bytes to record, the tools taking turns page by page.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import statistics
import sys
import time
from pathlib import Path

from extractor import Options
from extractor.model import Article
from extractor.pipeline import run_safely

FIELDS = ("title", "author", "publish_date")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--no-baseline", action="store_true", help="skip trafilatura (the quality gate)")
    parser.add_argument("--floor", type=Path, help="JSON of minimum scores; exit 1 when a score falls below")
    parser.add_argument("--predictions", type=Path, help="also write extractor's records here (JSON Lines)")
    parser.add_argument("--per-page", action="store_true", help="print each page's body F1, worst first")
    args = parser.parse_args(argv)

    dataset = bench_dir()
    scorer = load_scorer(dataset)
    pages = load_pages(dataset, args.limit)
    tools = {"extractor": run_extractor}
    if not args.no_baseline:
        tools["trafilatura"] = run_trafilatura
    results = evaluate(tools, pages, scorer)
    if args.predictions:
        write_predictions(args.predictions, results["extractor"]["records"])
    print_table(results, len(pages))
    if args.per_page:
        print_per_page(results["extractor"])
    if args.floor:
        return check_floor(results["extractor"]["scores"], json.loads(args.floor.read_text()))
    return 0


def bench_dir() -> Path:
    value = os.environ.get("EXTRACTOR_BENCH_DIR")
    if not value:
        sys.exit("Set EXTRACTOR_BENCH_DIR to a labelled page set (html/ and truth/), "
                 "e.g. EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles")
    path = Path(value)
    if not (path / "truth").is_dir():
        sys.exit(f"EXTRACTOR_BENCH_DIR={value} has no truth/ folder")
    return path


def load_scorer(dataset: Path):
    return load_shared_script(dataset, "score.py", "EXTRACTOR_SCORER")


def load_shared_script(dataset: Path, name: str, variable: str):
    """A script kept beside the dataset (the reference scorer, the flattener), imported by path."""
    path = Path(os.environ.get(variable) or dataset.parent / name)
    if not path.exists():
        sys.exit(f"{name} not found at {path}; set {variable} to it")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(dataset: Path, limit: int | None) -> list[tuple[str, bytes, dict]]:
    pages = []
    for truth_file in sorted((dataset / "truth").glob("*.json"))[:limit]:
        page_id = truth_file.stem
        html_file = dataset / "html" / f"{page_id}.html.gz"
        if html_file.exists():
            truth = json.loads(truth_file.read_text())
            pages.append((page_id, gzip.decompress(html_file.read_bytes()), truth))
    return pages


def run_extractor(page_id: str, data: bytes, url: str | None) -> dict:
    article = run_safely(Article(source=f"html/{page_id}.html.gz", raw=data), Options(url=url))
    return article.to_dict()


def run_trafilatura(page_id: str, data: bytes, url: str | None) -> dict:
    import trafilatura

    document = trafilatura.bare_extraction(data, url=url, with_metadata=True)
    if document is None:
        return {"source": page_id, "body": ""}
    return {"source": page_id, "body": document.text or "", "title": document.title,
            "authors": document.author, "published": document.date}


def evaluate(tools: dict, pages, scorer) -> dict:
    """Each page goes through every tool before the next page, the order turning from page to page,
    so that a machine getting busier or quieter during the run weighs on every tool alike."""
    records = {name: [] for name in tools}
    timings = {name: [] for name in tools}
    names = list(tools)
    for number, (page_id, data, truth) in enumerate(pages):
        turn = number % len(names)
        for name in names[turn:] + names[:turn]:
            started = time.perf_counter()
            record = tools[name](page_id, data, truth.get("url"))
            timings[name].append(time.perf_counter() - started)
            records[name].append(record)
    return {name: {"records": records[name], "timings": timings[name],
                   "scores": score(records[name], pages, scorer)} for name in tools}


def score(records, pages, scorer) -> dict:
    """The reference scorer's metrics over these records (mean over pages)."""
    sums = dict.fromkeys(("f1", "precision", "recall"), 0.0)
    counts = {"with": [0, 0], "without": [0, 0], **{field: [0, 0] for field in FIELDS}}
    per_page = []
    for record, (page_id, _, truth) in zip(records, pages, strict=False):
        gt = truth["ground_truth"]
        body = record.get("body") or ""
        precision, recall, f1 = scorer.word_prf(body, gt.get("main_content", ""))
        per_page.append((page_id, precision, recall, f1))
        sums["f1"] += f1
        sums["precision"] += precision
        sums["recall"] += recall
        folded = scorer.fold(body)
        for snippet in gt.get("with") or []:
            counts["with"][0] += scorer.fold(snippet) in folded
            counts["with"][1] += 1
        for snippet in gt.get("without") or []:
            counts["without"][0] += scorer.fold(snippet) not in folded
            counts["without"][1] += 1
        for field, hit in metadata_hits(record, gt, scorer):
            counts[field][0] += hit
            counts[field][1] += 1
    n = max(1, len(records))
    scores = {key: value / n for key, value in sums.items()}
    scores.update({key: hit / total if total else 0.0 for key, (hit, total) in counts.items()})
    scores["per_page"] = per_page
    return scores


def metadata_hits(record: dict, gt: dict, scorer):
    for field, key in (("title", "title"), ("author", "authors"), ("publish_date", "published")):
        if not gt.get(field):
            continue
        value = record.get(key)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if field == "publish_date":
            yield field, (value or "")[:10] == gt[field][:10]
        else:
            yield field, scorer.fold(value) == scorer.fold(gt[field])


def print_table(results: dict, n_pages: int) -> None:
    print(f"pages: {n_pages}")
    header = f"{'tool':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'title':>6} {'author':>6} {'date':>6} " \
             f"{'with':>6} {'without':>7} {'ms/page':>8} {'pages/s':>8}"
    print(header)
    print("-" * len(header))
    for name, result in results.items():
        s, timings = result["scores"], result["timings"]
        median_ms = statistics.median(timings) * 1000 if timings else 0.0
        rate = len(timings) / sum(timings) if timings and sum(timings) else 0.0
        print(f"{name:<12} {s['f1']:>6.4f} {s['precision']:>6.4f} {s['recall']:>6.4f} {s['title']:>6.3f} "
              f"{s['author']:>6.3f} {s['publish_date']:>6.3f} {s['with']:>6.3f} {s['without']:>7.3f} "
              f"{median_ms:>8.1f} {rate:>8.1f}")


def print_per_page(result: dict) -> None:
    for page_id, precision, recall, f1 in sorted(result["scores"]["per_page"], key=lambda row: row[3])[:40]:
        print(f"{page_id}\tP={precision:.3f}\tR={recall:.3f}\tF1={f1:.3f}")


def write_predictions(path: Path, records) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def check_floor(scores: dict, floor: dict) -> int:
    failures = [f"{key} {scores[key]:.4f} < floor {minimum}" for key, minimum in floor.items()
                if not key.startswith("_") and scores.get(key, 0.0) < minimum]
    for failure in failures:
        print(f"QUALITY GATE FAILED: {failure}", file=sys.stderr)
    if not failures:
        print("quality gate passed: " + ", ".join(f"{k} >= {v}" for k, v in floor.items() if not k.startswith("_")))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
