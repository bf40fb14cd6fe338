"""Records out: JSON for one page, JSON Lines for many, and the record's JSON Schema."""

from __future__ import annotations

import json
from importlib import resources

# Characters that JSON allows raw inside a string but that many line readers take for a line end
# (Python's str.splitlines, JavaScript before ES2019): written escaped, so one record stays one line.
# (json.dumps escapes the C0 controls itself.)
LINE_BREAKING = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def to_json(record: dict, indent: bool = False) -> str:
    if indent:
        text = json.dumps(record, ensure_ascii=False, indent=2)
    else:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in LINE_BREAKING.items():
        if raw in text:
            text = text.replace(raw, escaped)
    return text


def record_schema() -> dict:
    return json.loads(resources.files("extractor").joinpath("schema.json").read_text(encoding="utf-8"))
