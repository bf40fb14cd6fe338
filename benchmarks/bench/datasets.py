"""The development sets under the bench root, their halves, and the labels kept in this repository.

The bench root is the shared `bench/` folder (README.md there): one folder per set, `splits/<set>.check`
naming each set's check half, and the shared scripts (score.py, flatten.py, the quote scorer) beside them.
"""

from __future__ import annotations

import importlib.util
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

HTML_MODES = ("html", "innertext", "soup")
TEXT_MODES = ("text",)
HALVES = ("tune", "check")
REPO_BENCHMARKS = Path(__file__).resolve().parents[1]
# Hand-labelled quotes on wcxb-dev-articles pages (QUOTES.md rules); scored like polnear-quotes.
WCXB_QUOTE_LABELS = ("quotes-dev.jsonl", "quotes-holdout.jsonl", "quotes-holdout2.jsonl")
# Hand-labelled images on wcxb-dev-articles pages (conventions in images-dev.md).
WCXB_IMAGE_LABELS = "images-dev.jsonl"


@dataclass(frozen=True)
class PageSet:
    """One development set: its folder, the modes it is read in, and how an id finds its input file."""

    name: str
    html: bool  # html/<id>.html.gz pages (else texts/<id>.txt plain texts)

    @property
    def modes(self) -> tuple[str, ...]:
        return HTML_MODES if self.html else TEXT_MODES


SETS = {
    "wcxb-dev-articles": PageSet("wcxb-dev-articles", html=True),
    "wcxb-dev-other": PageSet("wcxb-dev-other", html=True),
    "fundus-news": PageSet("fundus-news", html=True),
    "postlight-news": PageSet("postlight-news", html=True),
    "polnear-quotes": PageSet("polnear-quotes", html=False),
}


@dataclass
class Page:
    """One page of a set with everything the scorer needs: the reference scorer's truth and any quote labels."""

    set_name: str
    page_id: str
    half: str
    input_path: Path
    url: str | None
    truth: dict = field(default_factory=dict)  # score.py's `ground_truth` (empty for polnear-quotes)
    quotes: list | None = None  # QUOTES.md gold quotes, None where the page has no quote labels


def bench_root() -> Path | None:
    """The bench folder: EXTRACTOR_BENCH_ROOT, else the parent of EXTRACTOR_BENCH_DIR (which used to name one
    set), else ../shared/bench beside the repository. None when none exists."""
    if os.environ.get("EXTRACTOR_BENCH_ROOT"):
        return Path(os.environ["EXTRACTOR_BENCH_ROOT"])
    if os.environ.get("EXTRACTOR_BENCH_DIR"):
        return Path(os.environ["EXTRACTOR_BENCH_DIR"]).parent
    beside = REPO_BENCHMARKS.parents[1] / "shared" / "bench"
    return beside if (beside / "splits").is_dir() else None


def load_script(root: Path, relative: str):
    """A script kept in the bench folder (the reference scorer, the flattener), imported by path."""
    path = root / relative
    if not path.exists():
        raise SystemExit(f"{relative} not found in the bench folder {root}")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_ids(root: Path, set_name: str) -> set[str]:
    path = root / "splits" / f"{set_name}.check"
    if not path.exists():
        raise SystemExit(f"{path} is missing: without it the check half of {set_name} is unknown")
    return {line.strip() for line in path.read_text().splitlines() if line.strip()}


def load_pages(root: Path, set_name: str, halves: tuple[str, ...], limit: int | None) -> list[Page]:
    """The pages of one set in the asked halves, by id; `limit` keeps the first N of each half."""
    folder = root / set_name
    if not folder.is_dir():
        raise SystemExit(f"set {set_name} not found in {root}")
    check = check_ids(root, set_name)
    pages = polnear_pages(folder, check) if set_name == "polnear-quotes" else html_pages(folder, set_name, check)
    kept = []
    for half in halves:
        kept += [page for page in pages if page.half == half][:limit]
    return kept


def html_pages(folder: Path, set_name: str, check: set[str]) -> list[Page]:
    quotes = wcxb_quote_labels() if set_name == "wcxb-dev-articles" else {}
    images = wcxb_image_labels() if set_name == "wcxb-dev-articles" else {}
    pages = []
    for truth_file in sorted((folder / "truth").glob("*.json")):
        page_id = truth_file.stem
        document = json.loads(truth_file.read_text())
        truth = document["ground_truth"]
        if page_id in images:
            truth = {**truth, "images": images[page_id]}
        pages.append(Page(set_name, page_id, "check" if page_id in check else "tune",
                          folder / "html" / f"{page_id}.html.gz", document.get("url"), truth, quotes.get(page_id)))
    return pages


def polnear_pages(folder: Path, check: set[str]) -> list[Page]:
    pages = []
    with open(folder / "quotes.jsonl", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                document = json.loads(line)
                page_id = document["id"]
                pages.append(Page("polnear-quotes", page_id, "check" if page_id in check else "tune",
                                  folder / "texts" / f"{page_id}.txt", None, {}, document["quotes"]))
    return sorted(pages, key=lambda page: page.page_id)


def wcxb_quote_labels() -> dict[str, list[dict]]:
    """Page id -> labelled quotes; a row with `"text": null` marks a labelled page without quotations."""
    labels: dict[str, list[dict]] = {}
    for name in WCXB_QUOTE_LABELS:
        for line in (REPO_BENCHMARKS / name).read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                quotes = labels.setdefault(row["page"], [])
                if row.get("text") is not None:
                    # These labels resolve speakers by hand, so every speaker counts as a name.
                    quotes.append({**row, "speaker_is_name": row.get("speaker") is not None})
    return labels


def wcxb_image_labels() -> dict[str, list[dict]]:
    """Page id -> labelled images, in the reference scorer's image label shape."""
    labels = {}
    for line in (REPO_BENCHMARKS / WCXB_IMAGE_LABELS).read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            labels[row["id"]] = [{"src": image["src"], "caption": image.get("caption"),
                                  "credit": image.get("credit"), "role": image.get("role", "inline")}
                                 for image in row["images"]]
    return labels
