#!/usr/bin/env python3
"""Page-type accuracy from the records a benchmark run wrote, in aggregate (a confusion table).

    .venv/bin/python benchmarks/run.py --mode html --half check --tool extractor --predictions DIR
    .venv/bin/python benchmarks/pagetype.py DIR --half check

Labels: wcxb-dev-other's `page_type`; every page of wcxb-dev-articles and fundus-news is an article.
Reports accuracy over all the pages read (a null type counts as wrong), article-versus-other
precision, recall and F1, and the table of labelled type (rows) by decided type (columns).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

SETS = ("wcxb-dev-articles", "wcxb-dev-other", "fundus-news")
TYPES = ("article", "listing", "forum", "product", "documentation", "service", "collection")


def labelled_pairs(predictions: Path, bench: Path, half: str):
    for name in SETS:
        path = predictions / f"{name}.html.{half}.extractor.jsonl"
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            page_id = Path(record["source"]).name.split(".")[0]
            label = "article"
            if name == "wcxb-dev-other":
                truth = json.loads((bench / name / "truth" / f"{page_id}.json").read_text(encoding="utf-8"))
                label = truth["page_type"]
            yield label, record.get("page_type")


def report(pairs: list[tuple[str, str | None]]) -> str:
    table = Counter(pairs)
    right = sum(n for (label, decided), n in table.items() if label == decided)
    true_pos = table["article", "article"]
    decided = sum(n for (_, d), n in table.items() if d == "article")
    labelled = sum(n for (label, _), n in table.items() if label == "article")
    precision, recall = true_pos / max(decided, 1), true_pos / max(labelled, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    columns = (*TYPES, None)
    lines = [f"pages {len(pairs)}  accuracy {right / max(len(pairs), 1):.3f}  "
             f"article F1 {f1:.3f} (P {precision:.3f}, R {recall:.3f})", "",
             "labelled \\ decided " + " ".join(f"{str(c)[:6]:>6}" for c in columns)]
    for label in TYPES:
        lines.append(f"{label:<18} " + " ".join(f"{table[label, c]:>6}" for c in columns))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("predictions", type=Path, help="the folder a run's --predictions wrote")
    parser.add_argument("--half", choices=("tune", "check"), default="check")
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    args = parser.parse_args(argv)
    print(report(list(labelled_pairs(args.predictions, args.bench, args.half))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
