"""Records out: JSON for one page, JSON Lines for many, and the record's JSON Schema."""

from __future__ import annotations

import json
from importlib import resources


def to_json(record: dict, indent: bool = False) -> str:
    if indent:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def record_schema() -> dict:
    return json.loads(resources.files("extractor").joinpath("schema.json").read_text(encoding="utf-8"))
