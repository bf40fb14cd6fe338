#!/usr/bin/env python3
"""Text mode on the development pages: each page flattened to a whole-page text dump, then extracted.

    EXTRACTOR_BENCH_DIR=../shared/bench/wcxb-dev-articles python benchmarks/textmode.py [--limit N]

With --floor benchmarks/floor-text.json it is the text-mode quality gate (tests/test_quality_gate.py).

Each page is flattened with the shared `flatten.py` (beside the dataset, or EXTRACTOR_FLATTEN) in
both styles, `innertext` (a browser's innerText: inline text glued, image alt text as lines) and
`soup` (every text node on its own line); the dumps are cached in a temporary folder. For each
style, extractor runs with input_format text and is scored with the reference scorer beside two
baselines in the same run: the whole dump as the body, and trafilatura on the dump wrapped one
<p> per line. Last, pages per second of text mode against the HTML path on the same pages.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality  # noqa: E402  (the sibling benchmark: dataset loading, scorer, table)

from extractor import Options  # noqa: E402
from extractor.model import Article  # noqa: E402
from extractor.pipeline import run_safely  # noqa: E402

STYLES = ("innertext", "soup")
CACHE_DIR = Path(tempfile.gettempdir()) / "extractor-textmode-dumps"
TEXT_OPTIONS = Options(input_format="text")
QUOTE_MARKS_RE = re.compile("[\"'\u201c-\u201f\u00ab\u00bb\u2018-\u201b\u2039\u203a\u300c-\u300f]")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--style", choices=STYLES, action="append",
                        help="only this flattening (repeatable)")
    parser.add_argument("--half", choices=("tune", "check"),
                        help="only this half of the set (splits/<set>.check beside the dataset lists the check half)")
    parser.add_argument("--no-baseline", action="store_true", help="skip both baselines")
    parser.add_argument("--no-speed", action="store_true",
                        help="skip the speed comparison with the HTML path")
    parser.add_argument("--per-page", action="store_true", help="print each page's body F1, worst first")
    parser.add_argument("--predictions", type=Path,
                        help="write extractor's text-mode records here (JSON Lines, one file per style)")
    parser.add_argument("--floor", type=Path,
                        help="JSON of minimum scores per style; exit 1 when a score falls below")
    args = parser.parse_args(argv)
    floors = json.loads(args.floor.read_text()) if args.floor else {}
    status = 0

    dataset = quality.bench_dir()
    scorer = quality.load_scorer(dataset)
    flatten = load_flatten(dataset)
    pages = select_half(dataset, quality.load_pages(dataset, args.limit), args.half)
    for style in args.style or STYLES:
        dumps = [(page_id, cached_dump(flatten, style, page_id, data), truth)
                 for page_id, data, truth in pages]
        tools = {"extractor": run_text_mode}
        if not args.no_baseline:
            tools.update({"whole dump": run_whole_dump, "trafilatura": run_trafilatura_on_lines})
        results = quality.evaluate(tools, dumps, scorer)
        print(f"\n== style {style}")
        quality.print_table(results, len(dumps))
        print_title_in_dump(results, dumps, scorer)
        if args.per_page:
            quality.print_per_page(results["extractor"])
        if args.predictions:
            path = args.predictions.with_suffix(f".{style}.jsonl")
            quality.write_predictions(path, results["extractor"]["records"])
        if style in floors:
            status |= quality.check_floor(results["extractor"]["scores"], floors[style])
    if not args.no_speed:
        print_speed(pages, flatten)
    return status


def select_half(dataset: Path, pages: list, half: str | None) -> list:
    """The tuning or the check half of the pages (the check ids listed in splits/<set>.check)."""
    if half is None:
        return pages
    check = set((dataset.parent / "splits" / f"{dataset.name}.check").read_text().split())
    return [page for page in pages if (page[0] in check) == (half == "check")]


def fold_quotes(text: str | None) -> str:
    """Case, spacing and quotation marks folded: how a title is looked for in a dump."""
    return " ".join(QUOTE_MARKS_RE.sub("", text or "").lower().split())


def print_title_in_dump(results: dict, dumps: list, scorer) -> None:
    """Title exact on the pages whose dump holds the labelled title: an innertext dump leaves out
    <title>, where the labelled title of many pages comes from."""
    present = [i for i, (_, dump, truth) in enumerate(dumps) if truth["ground_truth"].get("title")
               and fold_quotes(truth["ground_truth"]["title"]) in fold_quotes(dump.decode("utf-8", "replace"))]
    for name, result in results.items():
        hits = sum(scorer.fold(result["records"][i].get("title")) == scorer.fold(dumps[i][2]["ground_truth"]["title"])
                   for i in present)
        print(f"{name:<12} title exact where the dump holds it: {hits / max(1, len(present)):.3f} "
              f"(of {len(present)})")


def load_flatten(dataset: Path):
    return quality.load_shared_script(dataset, "flatten.py", "EXTRACTOR_FLATTEN")


def cached_dump(flatten, style: str, page_id: str, data: bytes) -> bytes:
    path = CACHE_DIR / style / f"{page_id}.txt"
    if not path.exists():
        # Written aside and renamed: runs sharing the cache (two checkouts, CI beside a benchmark)
        # must never read a dump another run is still writing.
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(flatten.flatten_bytes(data, style), encoding="utf-8")
        os.replace(partial, path)
    return path.read_bytes()


def run_text_mode(page_id: str, data: bytes, url: str | None) -> dict:
    article = run_safely(Article(source=f"dumps/{page_id}.txt", raw=data), TEXT_OPTIONS)
    return article.to_dict()


def run_whole_dump(page_id: str, data: bytes, url: str | None) -> dict:
    return {"source": page_id, "body": data.decode("utf-8", errors="replace")}


def run_trafilatura_on_lines(page_id: str, data: bytes, url: str | None) -> dict:
    import trafilatura

    lines = data.decode("utf-8", errors="replace").splitlines()
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    page = f"<html><body>{paragraphs}</body></html>"
    document = trafilatura.bare_extraction(page, url=url, with_metadata=True)
    if document is None:
        return {"source": page_id, "body": ""}
    return {"source": page_id, "body": document.text or "", "title": document.title,
            "authors": document.author, "published": document.date}


def print_speed(pages, flatten) -> None:
    """Pages per second from bytes to record, text mode on the innertext dumps against the HTML path.

    The two run page by page in turn, so that other work on the machine slows both alike."""
    dumps = [cached_dump(flatten, "innertext", page_id, data) for page_id, data, _ in pages]
    text_seconds = html_seconds = 0.0
    for (page_id, data, truth), dump in zip(pages, dumps, strict=True):
        started = time.perf_counter()
        run_text_mode(page_id, dump, None)
        middle = time.perf_counter()
        quality.run_extractor(page_id, data, truth.get("url"))
        text_seconds += middle - started
        html_seconds += time.perf_counter() - middle
    n = len(pages)
    text_rate, html_rate = n / max(text_seconds, 1e-9), n / max(html_seconds, 1e-9)
    print(f"\n== speed on {n} pages: text mode {text_rate:.1f} pages/s, HTML path {html_rate:.1f} pages/s, "
          f"ratio {text_rate / max(html_rate, 1e-9):.1f}x")


if __name__ == "__main__":
    sys.exit(main())
