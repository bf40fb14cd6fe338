"""Authors: real pages cut down to the case, and one small inline page per rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract

PAGES = Path(__file__).parent / "fixtures" / "pages"
AUTHOR_PAGES = (
    "jsonld-author-by-graph-id",
)
STORY = "<p>" + "The council voted on Tuesday to approve the new budget for the coming year. " * 8 + "</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}<article>{STORY}</article></body></html>"


def jsonld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize("slug", AUTHOR_PAGES)
def test_real_pages_give_their_authors(slug):
    expected = json.loads((PAGES / slug / "expected.json").read_text(encoding="utf-8"))
    assert extract((PAGES / slug / "page.html").read_bytes()).authors == expected["authors"]


def test_author_typed_as_an_organisation_is_the_publisher():
    head = jsonld({"@type": "NewsArticle", "headline": "Council approves budget",
                   "author": {"@type": "Organization", "name": "Example Agency Holdings"}})
    assert extract(page(head)).authors == []


def test_author_given_by_reference_is_looked_up_in_the_graph():
    head = jsonld({"@graph": [
        {"@type": "Article", "headline": "Council approves budget", "author": {"@id": "#jane"}},
        {"@type": "Person", "@id": "#jane", "name": "Jane Roe"}]})
    assert extract(page(head)).authors == ["Jane Roe"]
