"""Pages lost: pages whose body extractor fails where another reading of the same page gets it right.

The body issues count them: on the HTML path, body F1 below 0.5 where trafilatura's is above 0.9; on a
text dump, below 0.3 where extractor's HTML path of the same page is above 0.8. A mean hides them, and
each is a page a user gets nothing from. The check half gives counts only; the tuning half also the
page ids, since tuning pages are the ones to read.
"""

from __future__ import annotations

from typing import NamedTuple


class LostRule(NamedTuple):
    mode: str  # our reading
    against: tuple[str, str]  # (mode, tool) of the reading that gets the page right
    below: float
    above: float


LOST_RULES = (
    LostRule("html", ("html", "trafilatura"), 0.5, 0.9),
    LostRule("innertext", ("html", "extractor"), 0.3, 0.8),
    LostRule("soup", ("html", "extractor"), 0.3, 0.8),
)


def lost_pages(body_f1: dict[tuple[str, str, str, str], dict[str, float]]) -> list[dict]:
    """`body_f1`: (set, mode, half, tool) -> {page id: body F1}. One row per set, half and rule whose
    two readings were both run."""
    rows = []
    for (set_name, mode, half, tool), ours in sorted(body_f1.items()):
        if tool != "extractor":
            continue
        for rule in LOST_RULES:
            reference = body_f1.get((set_name, *rule.against[:1], half, rule.against[1]))
            if rule.mode != mode or reference is None:
                continue
            both = [page for page in ours if page in reference]
            if not both:  # a set without labelled bodies
                continue
            lost = sorted(page for page in both if ours[page] < rule.below and reference[page] > rule.above)
            rows.append({"set": set_name, "mode": mode, "half": half, "against": " ".join(rule.against),
                         "lost": len(lost), "pages": len(both), "ids": lost if half == "tune" else []})
    return rows


def format_lost(rows: list[dict]) -> str:
    if not rows:
        return ""
    lines = ["pages lost (extractor's body F1 below the first bound where the other reading is above the second):"]
    for row in rows:
        rule = next(rule for rule in LOST_RULES if rule.mode == row["mode"])
        ids = f"  {' '.join(row['ids'])}" if row["ids"] else ""
        lines.append(f"  {row['set']:18} {row['mode']:9} {row['half']:5} <{rule.below} vs {row['against']} "
                     f">{rule.above}: {row['lost']} of {row['pages']}{ids}")
    total = sum(row["lost"] for row in rows if row["half"] == "check" and row["mode"] == "html")
    pages = sum(row["pages"] for row in rows if row["half"] == "check" and row["mode"] == "html")
    if pages:
        lines.append(f"  check half, html, all sets: {total} of {pages} (1 in {pages / total:.0f})" if total
                     else f"  check half, html, all sets: 0 of {pages}")
    return "\n".join(lines)
