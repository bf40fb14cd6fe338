"""Metadata on small inline pages: one case per rule."""

from __future__ import annotations

import pytest

from extractor import extract

STORY = "<p>" + "The council voted on Tuesday to approve the new budget for the coming year. " * 8 + "</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}<article>{STORY}</article></body></html>"


@pytest.mark.parametrize("head, body, title", [
    ("<title>Council approves budget | Example Times</title>", "<h1>Council approves budget</h1>",
     "Council approves budget"),
    ("<title>Example Times - Council approves budget</title><meta property='og:site_name' content='Example Times'>",
     "", "Council approves budget"),
    ("<title>Council approves budget – Politics – Example Times</title>"
     "<meta property='og:title' content='Council approves budget'>", "", "Council approves budget"),
    ("<title>Mosul vs. Aleppo: a comparison</title>", "<h1>Mosul vs. Aleppo: a comparison</h1>",
     "Mosul vs. Aleppo: a comparison"),
    ("<meta property='og:title' content='Don&#8217;t panic &amp; carry on'>", "", "Don’t panic & carry on"),
])
def test_title_is_the_headline_without_site_names(head, body, title):
    assert extract(page(head, body)).title == title


def test_h1_in_navigation_is_not_the_title():
    head = "<title>Council approves budget | Example Times</title>"
    body = "<nav><h1>Example Times</h1></nav><h1>Council approves budget</h1>"
    assert extract(page(head, body)).title == "Council approves budget"


def test_jsonld_in_graph_gives_authors_date_and_site():
    ld = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "name": "Example Times"},
      {"@type": "NewsArticle", "headline": "Council approves budget", "datePublished": "2024-03-05T09:30:00+01:00",
       "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "Person", "name": "John Doe"}],
       "publisher": {"@type": "Organization", "name": "Example Times"}}]}</script>"""
    article = extract(page(ld))
    assert article.authors == ["Jane Roe", "John Doe"]
    assert article.published == "2024-03-05T09:30:00+01:00"
    assert article.site_name == "Example Times"
    assert article.title == "Council approves budget"


@pytest.mark.parametrize("byline, authors", [
    ("<p class='byline'>By Jane Roe and John Doe</p>", ["Jane Roe", "John Doe"]),
    ("<div class='author'>Author\n  Jane Roe - June 12, 2025</div>", ["Jane Roe"]),
    ("<p>Written by Jane Roe</p>", ["Jane Roe"]),
    ("<span class='author'>Staff</span>", []),
    ("<meta name='author' content='Dylan Bailey, MS, RD'>", ["Dylan Bailey, MS, RD"]),
])
def test_bylines_give_people(byline, authors):
    head, body = (byline, "") if byline.startswith("<meta") else ("", byline)
    assert extract(page(head, body)).authors == authors


def test_site_name_is_not_an_author():
    head = "<meta property='og:site_name' content='Example News'><meta name='author' content='Example News'>"
    assert extract(page(head)).authors == []


@pytest.mark.parametrize("head, published", [
    ("<meta property='article:published_time' content='2023-11-02T08:00:00Z'>", "2023-11-02T08:00:00Z"),
    ("<meta name='date' content='2023/11/02'>", "2023-11-02"),
])
def test_published_is_iso(head, published):
    assert extract(page(head)).published == published


@pytest.mark.parametrize("head", [
    "<meta name='published' content='July 17, 2025'>",
    "<meta property='article:first_published_time' content='July 17, 2025'>",
])
def test_publication_time_under_a_site_own_meta_name(head):
    assert extract(page(head)).published[:10] == "2025-07-17"


def test_modification_time_under_a_site_own_meta_name_is_not_the_publication():
    head = "<meta name='last-published-update' content='July 17, 2025'>"
    assert extract(page(head)).published is None


def test_language_from_html_lang():
    assert extract(page()).language == "en"


def test_written_out_date_in_the_page_when_nothing_structured():
    body = "<p class='meta'>Posted on March 5, 2024 by Jane Roe</p>"
    assert extract(page("", body)).published == "2024-03-05"


@pytest.mark.parametrize("byline", [
    "<span class='byline'>By Dec. 19</span>",
    "<p>Posted by Published on</p>",
])
def test_visible_bylines_that_are_not_names_give_no_author(byline):
    assert extract(page("", byline)).authors == []


def test_byline_tail_after_a_name_is_cut():
    assert extract(page("", "<p class='byline'>By Tom May at December 16, 2025 •</p>")).authors == ["Tom May"]
