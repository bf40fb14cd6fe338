"""Publication dates: real pages cut down to the case they show, and the rules in small."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.metadata.dates import DataDates, dates_in, is_same_moment_elsewhere, to_iso

# What extractor must find on each page (tests/fixtures/pages/<slug>/page.html); the day is the
# page's WCXB label.
DATE_PAGES = {
    "meta-published-written-out": "2025-07-17",  # <meta name="published" content="July 17, 2025">
    "date-shown-above-headline": "2025-10-14",  # a template's stale VideoObject uploadDate misled htmldate
    "numeric-date-read-by-structured-data": "2024-09-10",  # "09.10.2024" under the headline, JSON-LD says 2024-09-10
    # "Updated on June 18, 2025" only; the data gives the publication
    "update-beside-headline-keeps-publication": "2024-10-15T18:50:03+00:00",
    "publication-and-update-dates-shown": "2024-04-26",  # htmldate took the update; the page shows both
    "shown-date-in-local-time-zone": "2026-02-23T00:57:30+00:00",  # shows "February 22, 2026": America's day
    "todays-date-in-site-header": "2025-12-12",  # the site header prints today's date above the article's
    "hyphenated-date-spanish-month": "2021-08-04",  # "By: FlowGuard EMEA on 04-ago-2021 5:11:10"
    # "Published March 9, 2026" below a standfirst and a long caption; the meta tag's "03-09-2026"
    # misled htmldate
    "published-label-below-long-caption": "2026-03-09",
    # "30 Sep 2022" under the headline, "This article was originally published on 26 Sep 2019" below
    "originally-published-note-after-story": "2019-09-26",
    # JSON-LD datePublished 2021-01-27, <meta article:modified_time> 2021-04-15 (htmldate's pick), no date shown
    "publication-in-jsonld-modification-in-meta": "2021-01-27T06:00:00+00:00",
    # "Updated Sep 5, 2024" only; the publication (2023-07-22) is in JSON-LD alone, no OpenGraph tag
    "update-shown-publication-only-in-jsonld": "2024-09-05",
    # "Updated: Dec 31, 2025" only; htmldate took that modification date over article:published_time
    "update-shown-htmldate-took-modification": "2025-12-08T22:31:00.000Z",
}

STORY = "<p>" + "The council voted on Tuesday to approve the new budget for the coming year. " * 8 + "</p>"


def page(head: str = "", header: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head>{head}</head><body><article>"
            f"<h1>Council approves budget</h1>{header}{STORY}</article></body></html>")


@pytest.mark.parametrize("slug, published", DATE_PAGES.items())
def test_published_on_real_pages(fixtures, slug, published):
    assert extract((fixtures / "pages" / slug / "page.html").read_bytes()).published == published


def test_date_under_the_headline_over_a_stale_structured_one():
    head = "<meta property='article:published_time' content='2019-01-07T10:00:00Z'>"
    assert extract(page(head, "<p class='date'>By Jane Roe, March 5, 2024</p>")).published == "2024-03-05"


@pytest.mark.parametrize("line", ["Updated March 9, 2024", "Last updated on: 9 March 2024", "Edited 2024-03-09"])
def test_update_line_under_the_headline_keeps_the_publication_date(line):
    head = "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
    assert extract(page(head, f"<p class='date'>{line}</p>")).published == "2024-03-01T10:00:00Z"


def test_update_line_is_the_date_when_only_jsonld_names_a_publication():
    head = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-03-01"}</script>'
    assert extract(page(head, "<p class='date'>Updated March 9, 2024</p>")).published == "2024-03-09"


def test_update_line_is_the_date_when_the_page_has_no_other():
    assert extract(page("", "<p class='date'>Updated March 9, 2024</p>")).published == "2024-03-09"


@pytest.mark.parametrize("line", ["Posted on 5 March 2024", "Published Tuesday, March 5, 2024"])
def test_date_labelled_as_the_publication_wins_beyond_the_headline_window(line):
    head = "<meta property='article:published_time' content='2019-01-07T10:00:00Z'>"
    standfirst = "<p class='standfirst'>" + "A long standfirst about the budget and its critics. " * 10 + "</p>"
    assert extract(page(head, f"{standfirst}<p>{line}</p>")).published == "2024-03-05"


def test_time_marked_pubdate_below_a_long_story_is_the_publication():
    head = "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
    story = "<p>The council met again.</p>" * 200
    line = "<p>Published <time pubdate datetime='2024-03-05'>March 5, 2024</time></p>"
    assert extract(page(head).replace("</article>", f"{story}{line}</article>")).published == "2024-03-05"


def test_publication_label_of_a_teaser_far_above_the_headline_does_not_count():
    head = "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
    teaser = "<div class='teaser'><p>Posted on March 9, 2024</p><p>" + "Another story. " * 24 + "</p></div>"
    html = page(head).replace("<article>", f"{teaser}<article>")
    assert extract(html).published == "2024-03-01T10:00:00Z"


def test_last_published_in_an_author_box_is_not_the_publication():
    head = "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
    box = "<p class='author'>Jane Roe, 197 followers. Last published March 9, 2024</p>"
    html = page(head).replace("</article>", f"{box}</article>")
    assert extract(html).published == "2024-03-01T10:00:00Z"


def test_publication_label_in_the_readers_time_zone_keeps_the_timestamp():
    head = "<meta property='article:published_time' content='2025-12-03T02:00:00Z'>"
    assert extract(page(head, "<p>Published: December 2, 2025</p>")).published == "2025-12-03T02:00:00Z"


@pytest.mark.parametrize("shown, published", [
    ("17.05.2021", "2021-05-17"),  # day first, one reading
    ("2/24/2026", "2026-02-24"),  # month first, one reading
    ("2024-11-06", "2024-11-06"),
])
def test_numeric_date_under_the_headline(shown, published):
    assert extract(page("", f"<p class='date'>{shown}</p>")).published == published


def test_numeric_date_with_dots_reads_day_first_without_data():
    no_data = DataDates(set(), set(), None)
    assert dates_in("Jane Roe, 05.04.2025", no_data) == [(10, "2025-04-05")]
    assert dates_in("Jane Roe, 04/05/2025", no_data) == []  # slashes: the order differs by country


def test_numeric_date_that_reads_two_ways_needs_the_data():
    assert DataDates({"2024-09-10"}, set(), "2024-10-09").reading({"2024-09-10", "2024-10-09"}) == "2024-09-10"
    assert DataDates(set(), set(), "2024-10-09").reading({"2024-09-10", "2024-10-09"}) == "2024-10-09"
    assert DataDates(set(), set(), None).reading({"2024-09-10", "2024-10-09"}) is None


@pytest.mark.parametrize("day, timestamp, same", [
    ("2021-12-09", "2021-12-10T02:17:00+00:00", True),  # evening before, in America
    ("2025-12-03", "2025-12-02T23:00:55+00:00", True),  # next morning, in Europe
    ("2025-12-18", "2025-12-19T22:02:58Z", False),  # no time zone is two days behind
    ("2024-03-04", "2024-03-05", False),  # a day has no time to shift
])
def test_same_moment_in_another_time_zone(day, timestamp, same):
    assert is_same_moment_elsewhere(day, timestamp) is same


def test_date_in_the_page_address_when_the_page_shows_none():
    assert extract(page(), url="https://example.org/news/2024/03/05/council-budget/").published == "2024-03-05"


def test_dates_in_menus_around_the_headline_are_not_the_article_date():
    head = "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
    menu = "<nav><a href='/x'>Budget talks resume, April 2, 2024</a></nav>"
    html = page(head).replace("<article>", menu + "<article>")
    assert extract(html).published == "2024-03-01T10:00:00Z"


@pytest.mark.parametrize("text, iso", [
    ("15-Jan-2024", "2024-01-15"),
    ("04-ago-2021 5:11:10", "2021-08-04"),
    ("12 dic. 2023", "2023-12-12"),
    ("29th August, 2023", "2023-08-29"),
])
def test_day_first_dates_with_hyphens_and_spanish_abbreviations(text, iso):
    assert to_iso(text) == iso


def test_a_date_in_a_photo_caption_does_not_date_the_dump(fixtures):
    # The seed dump has no publication date; its lead photo's caption ends "... on August 6, 2016".
    from extractor import extract as run_extract

    text = (fixtures / "dumps" / "sputnik-aleppo.txt").read_text(encoding="utf-8")
    assert run_extract(text, input_format="text").published is None


def test_a_byline_that_runs_long_before_its_date_still_dates_the_dump():
    from extractor import extract as run_extract

    story = "".join(f"The council met on Monday and passed the budget after a long night ({n}).\n\n" for n in range(6))
    text = ("Budget passes after a long night\n\nBy Jane Roe Published in City News December 14, 2016 2:24 pm\n\n"
            + story)
    assert run_extract(text, input_format="text").published == "2016-12-14"


@pytest.mark.parametrize("text, iso", [("2025年1月13日 20時01分", "2025-01-13"), ("2025년 6월 4일", "2025-06-04")])
def test_chinese_japanese_and_korean_dates_are_read(text, iso):
    assert [found for _, found in dates_in(text, DataDates(published=set(), modified=set(), proposed=None))] == [iso]


@pytest.mark.parametrize("near_headline", [
    # a picture's caption tells the day it was taken
    "<figure><img src='/a.jpg'><figcaption>The minister in Shah Alam on November 19, 2024.</figcaption></figure>",
    # a sentence of the story tells of an earlier day
    "<p class='lead'>Public hearings on the obligations of the occupying power began on Monday, 28 April 2024, "
    "at the court in The Hague, and ended on Friday.</p>",
    # an address written out, dated in its path
    "<p><span>https://example.org/2024/11/19/council-budget/</span></p>",
])
def test_a_caption_a_sentence_or_an_address_beside_the_headline_does_not_date_the_article(near_headline):
    head = "<meta property='article:published_time' content='2024-11-22T16:55:35+08:00'>"
    assert extract(page(head, near_headline)).published == "2024-11-22T16:55:35+08:00"


def test_a_date_line_below_a_caption_still_dates_the_article():
    head = "<meta property='article:published_time' content='2019-01-07T10:00:00Z'>"
    words = "A long caption that tells what the picture shows. " * 6
    caption = f"<figure><figcaption>{words}</figcaption></figure>"
    assert extract(page(head, caption + "<p class='date'>March 5, 2024</p>")).published == "2024-03-05"
