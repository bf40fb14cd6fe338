"""Titles on real pages cut down to their title sources (tests/fixtures/pages/title-*), and the
headline rules on tiny inline pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree, html

from extractor import extract
from extractor.metadata.headlines import rendered_text

PAGES = Path(__file__).parent / "fixtures" / "pages"
STORY = "<p>" + "The council voted on Tuesday to approve the new budget for the coming year. " * 8 + "</p>"


def fold(text: str | None) -> str:
    """The benchmark's comparison: case and whitespace folded."""
    return " ".join((text or "").lower().split())


@pytest.mark.parametrize("slug", [
    "title-h1-in-article-header",
    "title-logo-h1-links-home",
    "title-headline-on-two-lines",
    "title-headline-letter-in-a-span",
    "title-label-after-a-pipe-in-the-headline",
    "title-headline-rewritten-in-every-meta-title",
    "title-first-of-several-headlines",
    "title-subtitle-after-a-dash-in-every-source",
    "title-subtitle-span-written-out-in-og-title",
    "title-lead-in-heading-ends-in-a-colon",
    "title-blog-name-before-a-colon",
    "title-bare-blog-label-in-the-headline",
    "title-body-sections-headed-with-h1s",
    "title-blog-section-heading-above-the-post",
    "title-two-line-headline-the-meta-titles-rewrite",
    "title-markdown-section-h1-with-permalink",
    "title-aggregator-source-site-after-the-headline",
    "title-site-address-before-the-headline",
])
def test_title_is_the_labelled_headline(slug):
    truth = json.loads((PAGES / slug / "truth.json").read_text(encoding="utf-8"))
    article = extract((PAGES / slug / "page.html").read_text(encoding="utf-8"), url=truth["url"])
    assert fold(article.title) == fold(truth["ground_truth"]["title"])


def page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def test_headline_in_the_article_header_beats_a_rewritten_meta_title():
    head = "<title>Budget passes after long night | Example Times</title>"
    body = ("<header class='site-header'><p class='tagline'>News</p></header>"
            f"<article><header class='entry-header'><h1>Council approves budget</h1></header>{STORY}</article>")
    assert extract(page(head, body)).title == "Council approves budget"


@pytest.mark.parametrize("logo", [
    "<div class='site-branding'><h1>Example Times</h1></div>",
    "<a href='/'><h1>Example Times</h1></a>",
    "<h1><a href='https://example.com/'>Example Times</a></h1>",
])
def test_site_logo_h1_in_the_page_header_is_not_the_title(logo):
    head = "<title>Council approves budget</title>"
    body = f"<header>{logo}</header><article>{STORY}</article>"
    assert extract(page(head, body)).title == "Council approves budget"


@pytest.mark.parametrize("h1, title", [
    ("<h1>Council <span class='initial'>a</span>pproves budget</h1>", "Council approves budget"),
    ("<h1><time datetime='2024-03-05'>March 5, 2024</time> Council approves budget</h1>", "Council approves budget"),
    ("<h1><span class='kicker'>Politics</span><br>Council approves budget</h1>", "Council approves budget"),
    ("<h1>Council approves\n    budget</h1>", "Council approves budget"),
])
def test_headline_reads_as_shown(h1, title):
    head = ("<title>Council approves budget | Example Times</title>"
            "<meta property='og:title' content='Council approves budget'>")
    assert extract(page(head, f"<article>{h1}{STORY}</article>")).title == title


def test_the_source_site_an_aggregator_sets_after_the_headline_is_not_the_title():
    body = ("<article><h1><a href='/story/1'>Council approves budget for the coming year</a> "
            "<a href='https://example.org/x'>(example.org)</a> <a href='/story/1#comments'>87</a></h1>"
            f"{STORY}</article>")
    assert extract(page("", body)).title == "Council approves budget for the coming year"


def test_label_after_a_pipe_in_the_headline_is_not_the_title():
    head = "<title>Council approves budget | Example Times</title>"
    body = f"<article><h1>Council approves budget | Opinion</h1>{STORY}</article>"
    assert extract(page(head, body)).title == "Council approves budget"


SEO_TITLES = ("<title>Budget Passes After Long Night - Example Times</title>"
              "<meta property='og:title' content='Budget Passes After Long Night - Example Times'>"
              "<meta name='twitter:title' content='Budget Passes After Long Night - Example Times'>"
              '<script type="application/ld+json">{"@type": "NewsArticle", '
              '"headline": "Budget Passes After Long Night - Example Times"}</script>')


def test_one_visible_headline_that_no_meta_title_echoes_is_the_title():
    body = f"<article><h1>Council approves budget for the coming year</h1>{STORY}</article>"
    assert extract(page(SEO_TITLES, body)).title == "Council approves budget for the coming year"


@pytest.mark.parametrize("box", [
    "<div class='subscribe-overlay'><h1>Example Times - News, Sport, Events &amp; Weather</h1>"
    "<form><input name='email'></form></div>",
    "<div class='related-posts'><h1>Mayor opens the new city library</h1></div>",
])
def test_an_h1_heading_a_boilerplate_box_is_not_a_second_headline(box):
    body = f"<article><h1>Council approves budget for the coming year</h1>{STORY}</article>{box}"
    assert extract(page(SEO_TITLES, body)).title == "Council approves budget for the coming year"


def test_a_story_in_a_container_named_like_boilerplate_keeps_its_headline():
    body = f"<div class='newsletter-email'><h1>Council approves budget for the coming year</h1>{STORY * 2}</div>"
    assert extract(page(SEO_TITLES, body)).title == "Council approves budget for the coming year"


def test_an_aside_left_open_around_the_page_does_not_make_the_headline_furniture():
    body = (f"<aside class='popup-overlay'><div class='popup'>Join us</div>"
            f"<article><h1>Council approves budget for the coming year</h1>{STORY * 2}</article>")
    assert extract(page(SEO_TITLES, body)).title == "Council approves budget for the coming year"


def test_a_teaser_h1_in_a_sidebar_article_is_still_furniture():
    body = (f"<article><h1>Council approves budget for the coming year</h1>{STORY}</article>"
            "<aside><article><h1>Mayor opens the new city library</h1><p>A short teaser.</p></article></aside>")
    assert extract(page(SEO_TITLES, body)).title == "Council approves budget for the coming year"


@pytest.mark.parametrize("og_title, title", [
    ("The Mayor’s Guide to the New Budget | Example Times", "The Mayor’s Guide to the New Budget"),
    ("The Mayor: Guide to the New Budget", "The Mayor: Guide to the New Budget"),
    ("A Guide to the New Budget", "The Mayor? Guide to the New Budget"),
])
def test_characters_the_page_lost_to_question_marks_are_spelled_as_the_meta_title_has_them(og_title, title):
    head = f"<meta property='og:title' content='{og_title}'>"
    body = f"<article><h1>The Mayor? Guide to the New Budget</h1>{STORY}</article>"
    assert extract(page(head, body)).title == title


def test_a_question_in_the_headline_is_kept():
    head = "<meta property='og:title' content='Need a change? Seven tips for renting a car | Example Times'>"
    body = f"<article><h1>Need a change? Seven tips for renting a car</h1>{STORY}</article>"
    assert extract(page(head, body)).title == "Need a change? Seven tips for renting a car"


def test_a_paragraph_set_as_the_h1_is_not_the_headline():
    blurb = ("Learn which home renovations pay back the most. Get expert tips on how to understand and "
             "calculate the return on a project. We will help you learn everything you need to know about "
             "the value of your home renovation.")
    body = f"<article><h1>{blurb}</h1>{STORY}</article>"
    assert extract(page(SEO_TITLES, body)).title == "Budget Passes After Long Night"


def test_a_short_section_label_does_not_overrule_the_meta_titles():
    body = f"<h1>City news</h1><article>{STORY}</article>"
    assert extract(page(SEO_TITLES, body)).title == "Budget Passes After Long Night"


def test_a_heading_ending_in_a_colon_is_a_lead_in_not_the_headline():
    body = f"<h1>A message from our editor:</h1><article><h1>Council approves budget</h1>{STORY}</article>"
    assert extract(page("", body)).title == "Council approves budget"


@pytest.mark.parametrize("title, expected", [
    ("Example Times Blog: Council approves budget", "Council approves budget"),
    ("Blog: Council approves budget", "Council approves budget"),
    ("Why I Started a Blog: Council approves budget", "Why I Started a Blog: Council approves budget"),
])
def test_the_blog_named_before_a_colon_is_cut_only_when_it_is_this_site(title, expected):
    head = f"<title>{title}</title><meta property='og:site_name' content='Example Times'>"
    assert extract(page(head, f"<article>{STORY}</article>")).title == expected


def test_section_headings_set_as_h1s_give_way_to_the_meta_title():
    head = "<meta property='og:title' content='Council approves budget'>"
    body = f"<article><h1>The vote</h1>{STORY}<h1>What comes next</h1>{STORY}</article>"
    assert extract(page(head, body)).title == "Council approves budget"


def test_a_section_heading_with_a_permalink_to_itself_gives_way_to_the_meta_title():
    head = "<meta property='og:title' content='Council approves budget'>"
    body = (f"<article>{STORY}<h1 id='what-comes-next'><a class='anchor' href='#what-comes-next'></a>"
            f"What comes next for the city</h1>{STORY}</article>")
    assert extract(page(head, body)).title == "Council approves budget"


@pytest.mark.parametrize("title", ["example.com Council approves budget", "Council approves budget www.example.com"])
def test_the_site_address_beside_the_headline_is_not_the_title(title):
    html_page = page(f"<title>{title}</title>", f"<article>{STORY}</article>")
    assert extract(html_page, url="https://example.com/2024/budget").title == "Council approves budget"


@pytest.mark.parametrize("headline, title", [
    ("How Does Robot Vacuum Mapping Work？", "How Does Robot Vacuum Mapping Work？"),
    ("ロボット掃除機はどう動く？", "ロボット掃除機はどう動く？"),
    ("Don’t Miss the Council’s Budget Vote", "Don’t Miss the Council’s Budget Vote"),
])
def test_the_title_keeps_the_pages_characters(headline, title):
    assert extract(page("", f"<article><h1>{headline}</h1>{STORY}</article>")).title == title


def test_of_headlines_with_equal_support_the_first_is_the_title():
    body = (f"<article><h1>Council approves budget</h1>{STORY}</article>"
            "<div class='teasers'><h1>Mayor opens the new city library</h1></div>")
    assert extract(page("", body)).title == "Council approves budget"


@pytest.mark.parametrize("h1, text", [
    ("<h1>Planning <span>C</span>ycle</h1>", "Planning Cycle"),
    ("<h1><span>The</span><br>Blog</h1>", "The\nBlog"),
    ("<h1><a href='/x'><time>Dec 18 2025</time> Preparing a transition</a></h1>", "Preparing a transition"),
    ("<h1><span>Best Notion Alternatives</span><span>Top Note-taking Tools</span></h1>",
     "Best Notion Alternatives\nTop Note-taking Tools"),
    ("<h1>Don&amp;#8217;t <em>panic</em>\n  now</h1>", "Don\u2019t panic now"),
])
def test_rendered_text_is_what_a_reader_sees(h1, text):
    assert rendered_text(html.fragment_fromstring(h1)) == text


def test_rendered_text_of_a_deeply_nested_headline_does_not_recurse():
    h1 = innermost = etree.Element("h1")
    for _ in range(5000):
        innermost = etree.SubElement(innermost, "span")
    innermost.text = "Council approves budget"
    assert rendered_text(h1) == "Council approves budget"


@pytest.mark.parametrize("og_title", [": - Council approves budget", "Council approves budget |"])
def test_separators_left_at_the_ends_of_a_title_are_no_part_of_it(og_title):
    head = f"<meta property='og:title' content='{og_title}'><title>{og_title}</title>"
    assert extract(page(head, f"<article>{STORY}</article>")).title == "Council approves budget"


def test_a_one_word_h1_of_the_page_chrome_does_not_outvote_agreeing_meta_titles():
    head = ("<meta property='og:title' content='Council approves budget for the coming year'>"
            "<title>Council approves budget for the coming year | Example Times</title>")
    body = f"<h1>Videos</h1><article>{STORY}</article>"
    assert extract(page(head, body)).title == "Council approves budget for the coming year"


@pytest.mark.parametrize("title, expected", [
    # One long piece after the separator is the headline's second half, in any language.
    *((whole, whole) for whole in ("Frost in May: when it comes - and how long the cold will stay",
                                   "Die Eisheiligen 2024: Wann sie sind - und wie das Wetter wird")),
    # A short trail, or several short pieces, is the site's and its section's names.
    ("Frost in May: when it comes - Example Weather", "Frost in May: when it comes"),
    ("Frost in May: when it comes - Weather | The Daily Example Morning Paper", "Frost in May: when it comes"),
])
def test_a_long_piece_after_the_separator_carries_on_the_headline(title, expected):
    head = (f"<title>{title}</title><meta property='og:title' content='{title}'>"
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{title}"}}</script>')
    assert extract(page(head, f"<article>{STORY}</article>")).title == expected


@pytest.mark.parametrize(("h1", "title"), [
    # One long run of words after the pipe: a kicker, then the headline.
    ("BUDGET 2025 | Tax office to hire a thousand debt collectors",
     "BUDGET 2025 | Tax office to hire a thousand debt collectors"),
    # A trail of labels after it, each short: section and site.
    ("How to help toddlers sleep through the night | Patient Education | City Hospital",
     "How to help toddlers sleep through the night"),
])
def test_a_headline_set_after_a_kicker_and_a_pipe_is_kept_whole(h1, title):
    head = f'<meta property="og:title" content="{h1}">'
    assert extract(page(head, f"<article><h1>{h1}</h1>{STORY}</article>")).title == title


def test_an_h1_that_links_to_its_section_is_not_the_headline():
    """A kicker h1 linking to the section's page beside the headline h1, and a teaser box's h1
    linking to another section: labels over the story, not its title."""
    head = "<title>Mayors are asked how they get to work | Example Times</title>"
    body = ("<div id='story-header'><h1><a href='/news/city/'>City Hall</a></h1><p>December 12, 2016</p>"
            "<h1>From buses to bike paths, this is what mayors think of transit</h1></div>"
            f"<article>{STORY}</article><div><h1><a href='/video/'>Videos</a></h1></div>")
    article = extract(page(head, body), url="https://example.com/news/city/article123.html")
    assert article.title == "From buses to bike paths, this is what mayors think of transit"


def test_a_short_h1_that_links_to_the_story_itself_stays_the_headline():
    head = "<title>Budget passes | Example Times</title>"
    body = f"<article><h1><a href='/news/budget-passes/'>Budget passes</a></h1>{STORY}</article>"
    article = extract(page(head, body), url="https://example.com/news/budget-passes")
    assert article.title == "Budget passes"


@pytest.mark.parametrize("head, url", [
    ("<title>Zinsen setzen Dax zu</title><meta property='og:title' content='Zinsen setzen Dax zu | Börsen-Blatt'>"
     "<meta name='title' content='Zinsen setzen Dax zu | Börsen-Blatt'>", "https://www.boersen-blatt.de/a/1"),
    ("<title>Two arrested in card skimming scheme - al.com</title>", "https://www.al.com/news/2016/12/a.html"),
    ("<title>Two arrested in card skimming scheme - </title>", None),
])
def test_the_sites_name_as_its_address_spells_it_is_not_the_title(head, url):
    title = extract(page(head, f"<article>{STORY}</article>"), url=url).title
    assert title == ("Zinsen setzen Dax zu" if "Dax" in head else "Two arrested in card skimming scheme")


def test_the_site_named_by_its_registered_address_behind_an_edition_label_is_not_the_title():
    head = "<title>Affaire KPMG : un juge se récuse | Radio-Exemple.ca</title>"
    article = extract(page(head, f"<article>{STORY}</article>"), url="https://ici.radio-exemple.ca/nouvelle/1")
    assert article.title == "Affaire KPMG : un juge se récuse"


@pytest.mark.parametrize("sign", ["¶", "#", "§"])
def test_a_headings_permalink_sign_is_not_part_of_the_title(sign):
    # Documentation generators put a hover link to the heading inside it: "Working with forms¶".
    body = (f"<article><h1 id='forms'>Working with forms<a class='headerlink' href='#forms'>{sign}</a></h1>"
            f"{STORY}</article>")
    assert extract(page("", body)).title == "Working with forms"


def test_direction_marks_do_not_part_two_spellings_of_one_title():
    # A <title> wraps its pieces in invisible direction embeddings; og:title has none: one title.
    head = ("<title>\u202aJane Roe\u202c - \u202aExample Scholar\u202c</title>"
            "<meta property='og:title' content='Jane Roe'>")
    assert extract(page(head, f"<div>{STORY}</div>")).title == "Jane Roe"
