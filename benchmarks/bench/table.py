"""The one table of figures: a row per set, mode, half and tool, then means over the sets."""

from __future__ import annotations

from collections import defaultdict

# (metric, column heading); figures are shares in [0, 1] except ms.
COLUMNS = (
    ("f1", "F1"), ("precision", "P"), ("recall", "R"), ("title", "title"), ("title_in_dump", "tdump"),
    ("authors", "auth"),
    ("date", "date"), ("img_precision", "imgP"), ("img_recall", "imgR"), ("caption", "capt"),
    ("credit", "cred"), ("lead_image", "lead"), ("content_start", "start"), ("quotes_f1", "qF1"),
    ("speaker", "spkr"), ("ms", "ms"),
)
LEGEND = """\
F1 P R: body word F1, precision, recall (mean over pages). title, date: exact. auth: authors as a set
(fundus, postlight), else the author string, exact. imgP imgR: images paired by URL or file key; capt cred:
caption and credit exact over the pairs. lead: lead image. start: body begins with the labelled first words.
tdump: title exact over the pages whose dump holds the labelled title (case, spacing, quote marks folded).
qF1 spkr: quotes F1 and speaker accuracy (QUOTES.md). ms: median milliseconds per page of the extraction call.
"-": not labelled in this set, or a field the tool does not produce. Mean rows: each column over the sets
that have the figure."""


def mean_rows(rows: list[dict]) -> list[dict]:
    """Per mode, half and tool, each metric's mean over the sets that have it (modes with 2+ sets)."""
    groups = defaultdict(list)
    for row in rows:
        groups[(row["mode"], row["half"], row["tool"])].append(row)
    means = []
    for (mode, half, tool), members in groups.items():
        if len({row["set"] for row in members}) < 2:
            continue
        metrics = {}
        for name, _ in COLUMNS:
            values = [row["metrics"][name] for row in members if name in row["metrics"]]
            if values:
                metrics[name] = sum(values) / len(values)
        means.append({"set": f"mean of {len(members)}", "mode": mode, "half": half, "tool": tool,
                      "metrics": metrics})
    return means


def format_table(rows: list[dict]) -> str:
    header = f"{'set':<18}{'mode':<10}{'half':<6}{'tool':<12}" + "".join(
        f"{heading:>7}" for _, heading in COLUMNS)
    lines = [header, "-" * len(header)]
    lines += [format_row(row) for row in rows]
    means = mean_rows(rows)
    if means:
        lines.append("-" * len(header))
        lines += [format_row(row) for row in means]
    lines.append("")
    lines.append(LEGEND)
    return "\n".join(lines)


def format_row(row: dict) -> str:
    cells = []
    for name, _ in COLUMNS:
        value = row["metrics"].get(name)
        if value is None:
            cells.append(f"{'-':>7}")
        elif name == "ms":
            cells.append(f"{value:>7.1f}")
        else:
            cells.append(f"{value:>7.3f}")
    return f"{row['set']:<18}{row['mode']:<10}{row['half']:<6}{row['tool']:<12}" + "".join(cells)


def format_per_page(group: str, per_page: list, count: int) -> str:
    """The group's pages worst first: lowest body F1, then most missed fields."""
    ordered = sorted(per_page, key=lambda row: (1.0 if row[1] is None else row[1], -len(row[2]), row[0]))
    lines = [f"== {group}: worst {min(count, len(ordered))} of {len(ordered)} pages"]
    for page_id, f1, missed in ordered[:count]:
        if f1 is None and not missed:
            continue
        f1_text = "   -  " if f1 is None else f"{f1:.3f}"
        lines.append(f"{page_id:<40} F1={f1_text}  {'missed: ' + ', '.join(missed) if missed else ''}".rstrip())
    return "\n".join(lines)
