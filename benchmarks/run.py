#!/usr/bin/env python3
"""Every development set, every mode, both halves: extractor beside trafilatura, in one table.

    .venv/bin/python benchmarks/run.py                                   # everything (bench root: ../shared/bench)
    .venv/bin/python benchmarks/run.py --half tune --set fundus-news --mode html --per-page
    .venv/bin/python benchmarks/run.py --half check --tool extractor --workers 2 --floor benchmarks/floors.json

The bench root is EXTRACTOR_BENCH_ROOT (or the folder above EXTRACTOR_BENCH_DIR, or ../shared/bench). Each
HTML set runs in three modes: `html`, and the page flattened by the shared flatten.py into a whole-page text
dump in its `innertext` and `soup` styles (extractor's text-dump path; trafilatura reads the dump wrapped one
<p> per line; `whole-dump` is the dump itself as the body). polnear-quotes is plain text (`text` mode).
Scores come from the shared scorers (score.py, the quote scorer). Tune on the tuning half, with --per-page;
the check half is for measuring only, so --per-page refuses it.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import datasets, dumps, floors, lost, runners, scoring, table  # noqa: E402

PER_PAGE_COUNT = 40
CHECK_HALF_REFUSAL = ("--per-page reads pages one by one, which is for the tuning half only: the check half is "
                      "for measuring, not for reading page by page. Run with --half tune.")


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", choices=sorted(datasets.SETS), help="only this set (repeatable)")
    parser.add_argument("--half", choices=("tune", "check", "both"), default="both")
    parser.add_argument("--mode", action="append", choices=datasets.HTML_MODES + datasets.TEXT_MODES,
                        help="only this mode (repeatable)")
    parser.add_argument("--tool", action="append", choices=runners.TOOLS, help="only this tool (repeatable)")
    parser.add_argument("--limit", type=int, help="only the first N pages of each half of each set")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (1: all in this process)")
    parser.add_argument("--per-page", action="store_true", help="tuning half only: each group's worst pages")
    parser.add_argument("--predictions", type=Path, help="write records to DIR/<set>.<mode>.<half>.<tool>.jsonl")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this file")
    parser.add_argument("--floor", type=Path, help="floors JSON; exit 1 when a check-half figure is below one")
    parser.add_argument("--write-floors", type=Path, help="pin floors at this run's check-half figures")
    parser.add_argument("--root", type=Path, help="the bench folder (default: see above)")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    if args.per_page and args.half != "tune":
        print(CHECK_HALF_REFUSAL, file=sys.stderr)
        return 2
    root = args.root or datasets.bench_root()
    if root is None or not (root / "splits").is_dir():
        print("No bench folder: set EXTRACTOR_BENCH_ROOT to the shared bench/ (with splits/ and the sets).",
              file=sys.stderr)
        return 2
    halves = datasets.HALVES if args.half == "both" else (args.half,)
    tools = tuple(args.tool or runners.TOOLS)
    pages, jobs = plan(root, args, halves, tools)
    outcomes = measure(root, jobs, args.workers)
    rows, per_page, body_f1 = score(root, pages, outcomes, tools)
    print(table.format_table(rows))
    lost_rows = lost.lost_pages(body_f1)
    if lost_rows:
        print("\n" + lost.format_lost(lost_rows))
    if args.per_page:
        for group, page_rows in per_page.items():
            print("\n" + table.format_per_page(group, page_rows, PER_PAGE_COUNT))
    if args.predictions:
        write_predictions(args.predictions, pages, outcomes)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n")
    if args.write_floors:
        why = ("Minimum check-half figures of extractor per set and mode (benchmarks/run.py --half check); "
               "CI fails below them. Pinned at the figures of the day, rounded down to 3 decimals; raise as "
               "quality rises, never lower to let a change in.")
        args.write_floors.write_text(json.dumps(floors.floors_from(rows, why), indent=1) + "\n")
    if args.floor:
        return gate(rows, json.loads(args.floor.read_text()), jobs)
    return 0


def plan(root: Path, args, halves, tools):
    """The pages by (set, id), and one job per page and mode."""
    pages, jobs = {}, []
    for set_name in args.set or datasets.SETS:
        page_set = datasets.SETS[set_name]
        modes = [mode for mode in page_set.modes if not args.mode or mode in args.mode]
        if not modes:
            continue
        for number, page in enumerate(datasets.load_pages(root, set_name, halves, args.limit)):
            pages[(set_name, page.page_id)] = page
            for mode in modes:
                mode_tools = runners.tools_for(mode, tools)
                if mode_tools:
                    jobs.append(runners.Job(set_name, mode, page.half, page.page_id, page.input_path, page.url,
                                            mode_tools, turn=number))
    return pages, jobs


def measure(root: Path, jobs, workers: int) -> list:
    """(job, {tool: (record, seconds)}) for every job; scoring stays in this process."""
    if workers <= 1:
        runners.init_worker(root)
        return [runners.run_job(job) for job in jobs]
    with multiprocessing.Pool(workers, initializer=runners.init_worker, initargs=(root,)) as pool:
        return list(pool.imap_unordered(runners.run_job, jobs, chunksize=4))


def score(root: Path, pages, outcomes, tools):
    scorer = datasets.load_script(root, "score.py")
    quote_scorer = datasets.load_script(root, "polnear-quotes/build/score_quotes.py")
    groups = defaultdict(list)
    for job, results in sorted(outcomes, key=lambda outcome: outcome[0].page_id):
        for tool, (record, seconds) in results.items():
            groups[(job.set_name, job.mode, job.half, tool)].append((pages[(job.set_name, job.page_id)],
                                                                     record, seconds))
    rows, per_page, body_f1 = [], {}, {}
    for key in sorted(groups, key=group_order):
        set_name, mode, half, tool = key
        members = groups[key]
        page_dumps = dump_texts(root, set_name, mode, [page for page, _, _ in members])
        texts = page_dumps or [None] * len(members)
        metrics, page_rows = scoring.score_group(scorer, quote_scorer,
                                                 [(p, r, d) for (p, r, _), d in zip(members, texts, strict=True)],
                                                 [s for _, _, s in members if s], runners.TOOL_FIELDS[tool])
        metrics = scoring.measured_in(metrics, mode)
        rows.append({"set": set_name, "mode": mode, "half": half, "tool": tool, "pages": len(members),
                     "metrics": metrics})
        if tool == "extractor":
            per_page[f"{set_name} {mode} {half}"] = page_rows
        body_f1[key] = {page_id: f1 for page_id, f1, _ in page_rows if f1 is not None}
    return rows, per_page, body_f1


def dump_texts(root: Path, set_name: str, mode: str, pages) -> list[bytes] | None:
    """The pages' text dumps in a dump mode (from the cache the workers filled), else None."""
    if mode not in datasets.HTML_MODES or mode == "html":
        return None
    flatten = datasets.load_script(root, "flatten.py")
    folder = dumps.cache_folder(root / "flatten.py")
    return [dumps.cached_dump(folder, flatten, set_name, mode, page.input_path) for page in pages]


def group_order(key):
    set_name, mode, half, tool = key
    modes = datasets.HTML_MODES + datasets.TEXT_MODES
    return (list(datasets.SETS).index(set_name), modes.index(mode), datasets.HALVES.index(half),
            runners.TOOLS.index(tool))


def write_predictions(folder: Path, pages, outcomes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    files = defaultdict(list)
    for job, results in sorted(outcomes, key=lambda outcome: outcome[0].page_id):
        for tool, (record, _) in results.items():
            files[f"{job.set_name}.{job.mode}.{job.half}.{tool}.jsonl"].append(record)
    for name, records in files.items():
        (folder / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                   encoding="utf-8")


def gate(rows, floor_table: dict, jobs) -> int:
    asked = {(job.set_name, job.mode) for job in jobs if job.half == "check" and "extractor" in job.tools}
    failures = floors.check_floors(rows, floor_table, asked)
    for failure in failures:
        print(f"QUALITY GATE FAILED: {failure}", file=sys.stderr)
    if not failures:
        print(f"quality gate passed: {len(asked)} set and mode pairs at or above their floors")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
