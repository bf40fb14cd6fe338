"""The quality gate: each set's check-half figures, mode by mode, must stay at or above pinned floors.

Floors file: {"_why": "...", set: {mode: {metric: minimum}}}; keys starting with "_" are notes.
"""

from __future__ import annotations

import math

# Times depend on the machine and counts are not quality: neither is gated.
UNGATED = {"ms", "quotes_gold"}


def floor_of(figure: float) -> float:
    """Rounded down to 3 decimals; figures are deterministic, so the floor is today's figure, not below it.
    The epsilon keeps 0.951 (stored as 0.95099999...) at 0.951."""
    return math.floor(figure * 1000 + 1e-6) / 1000


def floors_from(rows: list[dict], why: str) -> dict:
    """Floors pinned at the extractor's check-half figures (all metrics it has above zero)."""
    floors: dict = {"_why": why}
    for row in rows:
        if row["tool"] != "extractor" or row["half"] != "check":
            continue
        metrics = {name: floor_of(value) for name, value in sorted(row["metrics"].items())
                   if name not in UNGATED and value > 0}
        floors.setdefault(row["set"], {})[row["mode"]] = metrics
    return floors


def check_floors(rows: list[dict], floors: dict, asked: set[tuple[str, str]]) -> list[str]:
    """Failure messages, one per metric under its floor or missing; only for the (set, mode) pairs run."""
    figures = {(row["set"], row["mode"]): row["metrics"] for row in rows
               if row["tool"] == "extractor" and row["half"] == "check"}
    failures = []
    for set_name, modes in floors.items():
        if set_name.startswith("_"):
            continue
        for mode, minimums in modes.items():
            if (set_name, mode) not in asked:
                continue
            measured = figures.get((set_name, mode))
            for metric, minimum in minimums.items():
                figure = None if measured is None else measured.get(metric)
                if figure is None:
                    failures.append(f"{set_name} {mode} {metric}: no check-half figure (floor {minimum})")
                elif figure < minimum:
                    failures.append(f"{set_name} {mode} {metric}: check-half figure {figure:.4f} "
                                    f"is below its floor {minimum}")
    return failures
