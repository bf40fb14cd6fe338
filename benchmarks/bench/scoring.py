"""Figures for one group of records (a set in one mode and half, by one tool), by the shared reference scorers.

Body, title, author, date, authors, images, lead image and first words come from score.py's own functions;
quotes from the polnear-quotes quote scorer (QUOTES.md's rules), fed through temporary files as it expects.
"""

from __future__ import annotations

import json
import re
import statistics
import tempfile
from collections import Counter
from pathlib import Path

# Metric -> the record field it needs; a tool that lacks the field gets no figure for the metric.
METRIC_FIELDS = {
    "f1": "body", "precision": "body", "recall": "body", "with": "body", "without": "body",
    "title": "title", "author": "author", "authors": "author", "date": "date",
    "img_precision": "images", "img_recall": "images", "caption": "images", "credit": "images",
    "lead_image": "lead_image", "content_start": "body", "quotes_f1": "quotes", "speaker": "quotes",
    "speaker_named": "quotes", "title_in_dump": "title",
}
# Quotation marks of every script, dropped when a title is looked for in a dump ("title in dump").
QUOTE_MARKS_RE = re.compile("[\"'\u201c-\u201f\u00ab\u00bb\u2018-\u201b\u2039\u203a\u300c-\u300f]")
# Image figures that pair pictures by address, and the modes whose records carry one (the others read
# text dumps, whose pictures have no address).
ADDRESS_METRICS = ("img_precision", "img_recall")
ADDRESSED_MODES = ("html",)
METADATA = (("title", "title", "title"), ("author", "authors", "author"), ("publish_date", "published", "date"))


def share(hits: float, total: float) -> float | None:
    return hits / total if total else None


def score_group(scorer, quote_scorer, pairs, seconds, fields) -> tuple[dict, list]:
    """(metrics, per-page rows) for [(Page, record)] or [(Page, record, dump)]; `fields` is the tool's set of
    fields (None: all). A page's text dump, where given, adds the title-in-dump figure."""
    counts, bodies, per_page = Counter(), [], []
    members, pairs = pairs, [(member[0], member[1]) for member in pairs]
    for page, record, *dump in members:
        page_counts, body_scores = score_page(scorer, page, record)
        if dump and dump[0] is not None:
            page_counts += title_in_dump(scorer, page, record, dump[0])
        counts += page_counts
        bodies += body_scores
        per_page.append(page_row(page, record, body_scores, page_counts))
    metrics = figures(counts, bodies)
    if any(page.quotes is not None for page, _ in pairs):
        metrics.update(score_quotes(quote_scorer, pairs))
    if seconds:
        metrics["ms"] = statistics.median(seconds) * 1000
    if fields is not None:
        metrics = {name: value for name, value in metrics.items()
                   if name == "ms" or METRIC_FIELDS.get(name) in fields}
    return {name: value for name, value in metrics.items() if value is not None}, per_page


def measured_in(metrics: dict, mode: str) -> dict:
    """The figures a mode can measure: in a text dump no picture can pair with a label by its address, so
    image precision and recall are not measured there ("-" in the table), rather than 0."""
    if mode in ADDRESSED_MODES:
        return metrics
    return {name: value for name, value in metrics.items() if name not in ADDRESS_METRICS}


def score_page(scorer, page, record) -> tuple[Counter, list]:
    """This page's counts (score.py's own definitions) and its body (precision, recall, F1), if labelled."""
    gt, counts, bodies = page.truth, Counter(), []
    if not gt:
        return counts, bodies
    body = record.get("body") or ""
    if scorer.labelled(gt, "main_content") and gt.get("main_content") is not None:
        bodies.append(scorer.word_prf(body, gt.get("main_content", "")))
    folded = scorer.fold(body)
    for snippet in gt.get("with") or []:
        counts["with_n"] += 1
        counts["with_ok"] += scorer.fold(snippet) in folded
    for snippet in gt.get("without") or []:
        counts["without_n"] += 1
        counts["without_ok"] += scorer.fold(snippet) not in folded
    for label, key, name in METADATA:
        if gt.get(label) and scorer.labelled(gt, label):
            value = record.get(key)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            counts[name + "_n"] += 1
            if label == "publish_date":
                counts[name + "_ok"] += (value or "")[:10] == gt[label][:10]
            else:
                counts[name + "_ok"] += scorer.fold(value) == scorer.fold(gt[label])
    scorer.score_extras(gt, record, page.url or "", counts)
    return counts, bodies


def fold_quotes(text: str | None) -> str:
    """Case, spacing and quotation marks folded: how a labelled title is looked for in a dump."""
    return " ".join(QUOTE_MARKS_RE.sub("", text or "").lower().split())


def title_in_dump(scorer, page, record, dump: bytes) -> Counter:
    """Title exact, counted only where the dump holds the labelled title: an innertext dump leaves out
    <title>, where the labelled title of many pages comes from (issue 17)."""
    counts, gt = Counter(), page.truth
    title = gt.get("title") if gt else None
    if not title or not scorer.labelled(gt, "title"):
        return counts
    if fold_quotes(title) in fold_quotes(dump.decode("utf-8", errors="replace")):
        counts["title_in_dump_n"] += 1
        counts["title_in_dump_ok"] += scorer.fold(record.get("title")) == scorer.fold(title)
    return counts


def figures(counts: Counter, bodies: list) -> dict:
    metrics = {}
    if bodies:
        for index, name in enumerate(("precision", "recall", "f1")):
            metrics[name] = sum(scores[index] for scores in bodies) / len(bodies)
    for name in ("with", "without", "title", "title_in_dump", "author", "date"):
        metrics[name] = share(counts[name + "_ok"], counts[name + "_n"])
    # Authors as a set where the set labels a list of names (score.py's "set exact"), else the string exact.
    metrics["authors"] = share(counts["authors_exact"], counts["authors_pages"])
    if metrics["authors"] is None:
        metrics["authors"] = metrics["author"]
    metrics["lead_image"] = share(counts["lead_hit"], counts["lead_pages"])
    metrics["content_start"] = share(counts["start_hit"], counts["start_pages"])
    if counts["img_label"]:
        metrics["img_precision"] = share(counts["img_pairs"], counts["img_pred"]) or 0.0
        metrics["img_recall"] = share(counts["img_pairs"], counts["img_label"])
        # Over all pairs: an image with no caption (credit) labelled must be predicted without one.
        metrics["caption"] = share(counts["caption_ok"], counts["caption_n"])
        metrics["credit"] = share(counts["credit_ok"], counts["credit_n"])
    return metrics


def page_row(page, record, body_scores, counts: Counter) -> tuple:
    """(page id, body F1 or None, the labelled fields it missed) for reading pages worst first."""
    f1 = body_scores[0][2] if body_scores else None
    missed = [name for name in ("title", "author", "date") if counts[name + "_n"] > counts[name + "_ok"]]
    missed += [name for name, total, hit in (("authors", "authors_pages", "authors_exact"),
                                             ("lead image", "lead_pages", "lead_hit"),
                                             ("content start", "start_pages", "start_hit"))
               if counts[total] > counts[hit]]
    if counts["img_label"] > counts["img_pairs"]:
        missed.append(f"images {counts['img_pairs']}/{counts['img_label']}")
    # Counts only: which quotes pair up is the quote scorer's business, run once over the whole group.
    found = len(record.get("quotes") or [])
    if page.quotes is not None and found != len(page.quotes):
        missed.append(f"quotes {found} found, {len(page.quotes)} labelled")
    return page.page_id, f1, missed


def score_quotes(quote_scorer, pairs) -> dict:
    """Quote F1 and speaker accuracy over the pages that carry quote labels (QUOTES.md's scorer)."""
    labelled = [(page, record) for page, record in pairs if page.quotes is not None]
    with tempfile.TemporaryDirectory(prefix="extractor-quotes-") as folder:
        gold, predicted = Path(folder) / "gold.jsonl", Path(folder) / "predicted.jsonl"
        # The scorer keys predictions by the file name in `source` up to its first dot, and page ids may hold
        # dots, so both sides are keyed by the page's position instead.
        gold.write_text("".join(json.dumps({"id": f"page{index}", "quotes": page.quotes}) + "\n"
                                for index, (page, _) in enumerate(labelled)))
        predicted.write_text("".join(json.dumps({"source": f"page{index}", "quotes": record.get("quotes")}) + "\n"
                                     for index, (_, record) in enumerate(labelled)))
        result = quote_scorer.score_quotes(gold, predicted)
    if not result["gold"]:
        return {}
    return {"quotes_f1": result["f1"], "speaker": result["speaker_accuracy"],
            "speaker_named": result["speaker_accuracy_named"], "quotes_gold": result["gold"]}
