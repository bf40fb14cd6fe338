"""Publication dates: real pages cut down to the case they show, and the rules in small."""

from __future__ import annotations

import json

import pytest

from extractor import extract

DATE_PAGES = [
    "meta-published-written-out",
]


@pytest.mark.parametrize("slug", DATE_PAGES)
def test_published_on_real_pages(fixtures, slug):
    folder = fixtures / "pages" / slug
    expected = json.loads((folder / "expected.json").read_text())
    assert extract((folder / "page.html").read_bytes()).published == expected["published"]
