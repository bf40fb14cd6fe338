"""JSON-LD blocks of a page: the article object among them, wherever the page nests it."""

from __future__ import annotations

import json
import re

ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
    "techarticle", "socialmediaposting", "liveblogposting", "medicalwebpage", "posting", "report",
    "webpage", "howto", "recipe", "review", "qapage",
}
# Preferred over a generic WebPage when a page ships both.
NEWS_TYPES = ARTICLE_TYPES - {"webpage", "qapage", "howto", "recipe", "review"}

JSONLD_XPATH = '//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'
# Pages wrap JSON-LD in CDATA or HTML comments, or leave a trailing semicolon.
JSON_WRAPPER_RE = re.compile(r"^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->|;)\s*$")
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def jsonld_objects(tree) -> list[dict]:
    """Every JSON object in the page's JSON-LD, flattened out of @graph and lists."""
    found: list[dict] = []
    for script in tree.xpath(JSONLD_XPATH):
        data = _load(script.text or "")
        if data is not None:
            _flatten(data, found)
    return found


def article_object(objects: list[dict]) -> dict:
    """The object describing the article itself, or an empty dict."""
    best, best_rank = {}, 0
    for obj in objects:
        types = {t.lower() for t in _types(obj)}
        rank = 2 if types & NEWS_TYPES else 1 if types & ARTICLE_TYPES else 0
        if rank > best_rank or (rank == best_rank and rank and "headline" in obj and "headline" not in best):
            best, best_rank = obj, rank
    return best


def objects_of_type(objects: list[dict], *names: str) -> list[dict]:
    wanted = {n.lower() for n in names}
    return [obj for obj in objects if {t.lower() for t in _types(obj)} & wanted]


def _types(obj: dict) -> list[str]:
    value = obj.get("@type") or []
    values = value if isinstance(value, list) else [value]
    return [v.rsplit("/", 1)[-1] for v in values if isinstance(v, str)]


def _load(text: str):
    text = CONTROL_CHARS_RE.sub(" ", JSON_WRAPPER_RE.sub("", text.strip()))
    if not text:
        return None
    for strict in (True, False):
        try:
            return json.loads(text, strict=strict)
        except ValueError:
            continue
        except RecursionError:  # "[[[[..." thousands deep: junk, and json's decoder recurses
            return None
    return None


def _flatten(data, found: list[dict], depth: int = 0) -> None:
    if depth > 6:  # real pages nest a few levels; anything deeper is junk
        return
    if isinstance(data, list):
        for item in data:
            _flatten(item, found, depth + 1)
    elif isinstance(data, dict):
        found.append(data)
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), (list, dict)):
                _flatten(data[key], found, depth + 1)
