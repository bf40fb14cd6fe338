"""The month an article's address names settles a date whose day and month could swap."""

from __future__ import annotations

from extractor import extract
from extractor.metadata.addressdate import address_month, settled_by_address, swapped

STORY = "<p>" + "The council voted on Tuesday to approve the new budget for the coming year. " * 8 + "</p>"


def test_the_address_names_a_year_and_month():
    assert address_month("https://example.com/story/2016/10/who-wins-229079") == "2016-10"
    assert address_month("https://example.com/2024/11/22/all-paid/157698") == "2024-11"
    assert address_month("https://example.com/article/2025-05-03-icj-hearings/") == "2025-05"
    assert address_month("https://example.com/n1/2024/0424/c1001-40223222.html") is None
    assert address_month("https://example.com/item/201612345/slug") is None
    assert address_month(None) is None


def test_a_swapped_reading_is_settled_by_the_address_month():
    url = "https://example.com/story/2016/10/who-wins"
    assert settled_by_address("2016-04-10", url) == "2016-10-04"
    assert settled_by_address("2016-10-04", url) == "2016-10-04"
    # Neither reading lies in the address's month: the date stays as read.
    assert settled_by_address("2016-03-04", url) == "2016-03-04"
    assert settled_by_address("2016-04-10", None) == "2016-04-10"
    assert swapped("2016-04-25") is None


def test_a_numeric_date_beside_the_headline_reads_the_address_way():
    html = (f"<html lang='en'><head><title>Council approves budget</title></head><body><article>"
            f"<h1>Council approves budget</h1><p>10/04/2016 05:07 AM EDT</p>{STORY}</article></body></html>")
    record = extract(html, url="https://example.com/story/2016/10/council-approves-budget-229079")
    assert record.published[:10] == "2016-10-04"
