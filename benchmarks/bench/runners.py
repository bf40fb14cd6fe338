"""The tools under measurement and the worker that runs them on one page.

A worker process gets one page at a time, reads its input (the HTML, a cached dump, or a plain text), and
runs every asked tool on it in turn, timing only the extraction call. The tools take turns in an order that
rotates from page to page, so that a machine getting busier or quieter weighs on every tool alike.
"""

from __future__ import annotations

import gzip
import html
import time
from dataclasses import dataclass
from pathlib import Path

from bench import dumps
from bench.datasets import load_script
from extractor import Options
from extractor.model import Article
from extractor.pipeline import run_safely

TOOLS = ("extractor", "trafilatura", "whole-dump")
# The fields each tool produces at all; a figure for a field a tool lacks is shown as "-", not as 0.
TOOL_FIELDS = {
    "extractor": None,  # every field
    "trafilatura": {"body", "title", "author", "date", "lead_image"},
    "whole-dump": {"body"},
}


@dataclass(frozen=True)
class Job:
    """One page in one mode, with the tools to run on it."""

    set_name: str
    mode: str
    half: str
    page_id: str
    input_path: Path
    url: str | None
    tools: tuple[str, ...]
    turn: int  # rotates the tools' order


def tools_for(mode: str, asked: tuple[str, ...]) -> tuple[str, ...]:
    """Whole dump as body is a baseline only where the input is a dump; plain texts (quotes) are extractor's."""
    if mode == "text":
        return tuple(tool for tool in asked if tool == "extractor")
    if mode == "html":
        return tuple(tool for tool in asked if tool != "whole-dump")
    return asked


_worker_state: dict = {}


def init_worker(bench_root: Path) -> None:
    """Per process: the flattener and the cache folder (imported once, not per page)."""
    _worker_state["flatten"] = load_script(bench_root, "flatten.py")
    _worker_state["cache"] = dumps.cache_folder(bench_root / "flatten.py")


def run_job(job: Job) -> tuple[Job, dict]:
    """tool -> (record, seconds) for this page."""
    data = read_input(job)
    shift = job.turn % len(job.tools) if job.tools else 0
    order = job.tools[shift:] + job.tools[:shift]
    results = {}
    for tool in order:
        results[tool] = RUNNERS[tool](job, data)
    return job, results


def read_input(job: Job) -> bytes:
    if job.mode == "html":
        return gzip.decompress(job.input_path.read_bytes())
    if job.mode == "text":
        return job.input_path.read_bytes()
    return dumps.cached_dump(_worker_state["cache"], _worker_state["flatten"], job.set_name, job.mode,
                             job.input_path)


def run_extractor(job: Job, data: bytes) -> tuple[dict, float]:
    if job.mode == "html":
        source, options = f"html/{job.page_id}.html.gz", Options(url=job.url)
    else:
        source, options = f"{job.mode}/{job.page_id}.txt", Options(input_format="text")
    article = Article(source=source, raw=data)
    started = time.perf_counter()
    article = run_safely(article, options)
    seconds = time.perf_counter() - started
    return article.to_dict(), seconds


def run_trafilatura(job: Job, data: bytes) -> tuple[dict, float]:
    """trafilatura on the HTML; on a dump, on the dump wrapped one <p> per line (it reads only HTML)."""
    import trafilatura

    page = data if job.mode == "html" else lines_as_paragraphs(data)
    started = time.perf_counter()
    document = trafilatura.bare_extraction(page, url=job.url, with_metadata=True)
    seconds = time.perf_counter() - started
    record = {"source": job.page_id, "body": ""}
    if document is not None:
        # trafilatura joins several authors with "; "; as a list they are scored name by name, as extractor's are.
        authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
        record.update(body=document.text or "", title=document.title, authors=authors, published=document.date,
                      images=[{"src": document.image, "role": "lead"}] if document.image else [])
    return record, seconds


def lines_as_paragraphs(data: bytes) -> str:
    lines = data.decode("utf-8", errors="replace").splitlines()
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    return f"<html><body>{paragraphs}</body></html>"


def run_whole_dump(job: Job, data: bytes) -> tuple[dict, float]:
    return {"source": job.page_id, "body": data.decode("utf-8", errors="replace")}, 0.0


RUNNERS = {"extractor": run_extractor, "trafilatura": run_trafilatura, "whole-dump": run_whole_dump}
