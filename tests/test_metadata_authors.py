"""Authors: real pages cut down to the case, and one small inline page per rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract

PAGES = Path(__file__).parent / "fixtures" / "pages"
AUTHOR_PAGES = (
    "jsonld-author-by-graph-id",
    "twitter-handle-in-meta-name-in-byline",
    "handle-in-jsonld-name-in-byline-link",
    "comment-authors-are-not-bylines",
    "author-box-initials-avatar",
    "date-before-byline-name",
    "by-then-author-link",
    "by-label-then-name-element",
    "authors-listed-under-heading",
    "twitter-label-written-by",
    "site-name-author-byline-names-person",
    "role-after-name-with-ampersand",
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


@pytest.mark.parametrize("head", [
    "<meta name='author' content='jroe42'>",
    "<meta name='author' content='jane.roe'>",
    "<meta property='og:site_name' content='Council Watch'><meta name='author' content='Council Watch'>",
])
def test_a_visible_byline_names_the_person_behind_a_handle_or_the_site_name(head):
    assert extract(page(head, "<p class='byline'>By Jane Roe</p>")).authors == ["Jane Roe"]


def test_a_handle_stays_when_no_byline_names_a_person():
    assert extract(page("<meta name='author' content='jroe42'>")).authors == ["jroe42"]


@pytest.mark.parametrize("body", [
    "<nav><ul class='menu'><li><a href='/by'>By Industry</a></li></ul></nav>",
    "<ol class='comment-list'><li><div class='comment-author vcard'>Karl Doe <span>says:</span></div></li></ol>",
    "<form><p class='form-author'><label for='author'>Name</label>\n<span>*</span></p></form>",
])
def test_bylines_in_menus_comments_and_forms_are_not_the_articles(body):
    assert extract(page("", body)).authors == []


@pytest.mark.parametrize("byline", [
    "<div class='author'><span>JR</span><span>Jane Roe</span></div>",
    "<div class='author'>The Author<br>Jane Roe</div>",
    "<p class='byline'>Dec. 19, 2025 · Jane Roe</p>",
    "<p class='byline'>2025-12-17 | By Jane Roe</p>",
])
def test_initials_labels_and_dates_around_a_byline_name_are_dropped(byline):
    assert extract(page("", byline)).authors == ["Jane Roe"]


def test_a_date_alone_is_no_author():
    assert extract(page("", "<p class='byline'>Sat, 20 Dec, 2025 - 06:36</p>")).authors == []


@pytest.mark.parametrize("byline", [
    "<p>By <a href='/people/jane-roe'>Jane Roe</a></p>",
    "<p>Text by <a href='/people/jane-roe'>Jane Roe</a></p>",
    "<p>by: Jane Roe, Dec 17, 2025</p>",
    "<div><span>By</span><span>Jane Roe</span></div>",
    "<div><h3>Author</h3><p>Jane Roe</p></div>",
    "<div><h2>Article by</h2><div>Jane Roe</div></div>",
    "<div><strong>Contributors:</strong> Jane Roe</div>",
    "<div><h6>Author(s)</h6><p>Jane Roe</p></div>",
])
def test_by_and_author_labels_before_the_name(byline):
    assert extract(page("", byline)).authors == ["Jane Roe"]


def test_a_list_under_an_authors_label_gives_each_author():
    body = "<div><h6>Author(s)</h6><ul><li><a href='#'>Jane Roe</a></li><li><a href='#'>John Doe</a></li></ul></div>"
    assert extract(page("", body)).authors == ["Jane Roe", "John Doe"]


def test_twitter_card_written_by_label_names_the_author():
    head = ("<meta name='twitter:label1' content='Est. reading time'><meta name='twitter:data1' content='7 minutes'>"
            "<meta name='twitter:label2' content='Written by'><meta name='twitter:data2' content='Jane Roe'>")
    assert extract(page(head)).authors == ["Jane Roe"]


@pytest.mark.parametrize("head", [
    # One tag per label, as headless SEO plugins write it; the e-mail address in the author tag is no name.
    "<meta name='author' content='j.roe@example.org'><meta name='twitter:misc:Written by' content='Jane Roe'>",
    # The label in the page's language.
    "<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Jane Roe'>",
    "<meta name='twitter:label1' content='Écrit par'><meta name='twitter:data1' content='Jane Roe'>",
])
def test_twitter_card_author_labels_in_every_form_and_language_name_the_author(head):
    assert extract(page(head)).authors == ["Jane Roe"]


def test_a_twitter_card_value_under_another_label_is_no_author():
    head = "<meta name='twitter:misc:Est. reading time' content='7 minutes'>"
    assert extract(page(head)).authors == []


def test_twitter_handle_comes_after_a_named_author_meta():
    head = "<meta name='twitter:creator' content='@examplenews'><meta name='twitter:label1' content='Written by'>" \
           "<meta name='twitter:data1' content='Jane Roe'>"
    assert extract(page(head)).authors == ["Jane Roe"]


def test_a_byline_in_an_article_section_named_after_the_menu_counts():
    body = "<section class='article-template under-menu'><p>by Jane Roe</p></section>"
    assert extract(page("", body)).authors == ["Jane Roe"]


def test_a_sentence_that_starts_with_by_is_no_byline():
    body = "<p>By 2013, the landscape had transformed. We had powerful frameworks, easy\n<b>deployment</b></p>"
    assert extract(page("", body)).authors == []


@pytest.mark.parametrize("byline, authors", [
    ("By Mayank Gupta, CEO of Example Labs", ["Mayank Gupta, CEO of Example Labs"]),
    ("By Paul Roe, Home and Digital Security Expert", ["Paul Roe, Home and Digital Security Expert"]),
    ("By Jane Roe, MD and John Doe, PhD", ["Jane Roe, MD", "John Doe, PhD"]),
    ("By Maria & Katerina", ["Maria", "Katerina"]),
])
def test_credentials_and_roles_after_a_name_stay_with_it(byline, authors):
    assert extract(page("", f"<p class='byline'>{byline}</p>")).authors == authors


def test_by_text_search_reads_each_elements_first_text_like_xpath_did():
    from lxml import html

    from extractor.html.page import HTML_PARSER
    from extractor.metadata.bylines import by_text_elements

    page = ("<html><body><p>Stories by the river</p><span>By\xa0<a>Jane Roe</a></span>"
            "<div><b>x</b>Written  by\nJohn Doe</div><p>Bystanders said</p></body></html>"
            "<html><body><span>Author:</span><span>Ann Lee</span></body></html>")
    tree = html.document_fromstring(page, parser=HTML_PARSER)
    found = [" ".join(element.text_content().split()) for element in by_text_elements(tree)]
    # The second <html> (a page appended to another) is searched too; "Bystanders" is no byline.
    assert found == ["By Jane Roe", "xWritten by John Doe", "Author:"]


@pytest.mark.parametrize("byline, expected", [
    # A name over its job title, or over a lowercase word of the byline, stays the name.
    ("Jane Roe\nEditor", ["Jane Roe"]),
    ("Written by \nMichael Larabel\n in \nValve\n on 1 June 2019", ["Michael Larabel"]),
    # The desk's short sign after the name is not part of it.
    ("Corina Gall (cog.)", ["Corina Gall"]),
    ("Von Anna Giulia Fink und Jan Michael Marchart", ["Anna Giulia Fink", "Jan Michael Marchart"]),
    ("By Jane Roe, John Doe and Ann Poe", ["Jane Roe", "John Doe", "Ann Poe"]),
])
def test_visible_bylines_name_each_person_once_and_whole(byline, expected):
    from extractor.metadata.authors import clean_authors

    assert clean_authors([byline], None, visible=True) == expected


@pytest.mark.parametrize("owner", [
    "<meta name='copyright' content='Copyright (c) Gruber Verlag 2022'>",
    "<meta name='publisher' content='Gruber Verlag'>",
    jsonld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Gruber Verlag"}}),
])
def test_the_pages_owner_in_the_author_field_gives_way_to_the_person(owner):
    head = f"{owner}<meta name='author' content='Gruber Verlag'><meta property='article:author' content='Jane Roe'>"
    assert extract(page(head)).authors == ["Jane Roe"]


def test_the_owner_stays_when_no_source_names_a_person():
    head = "<meta name='copyright' content='© Gruber Verlag'><meta name='author' content='Gruber Verlag'>"
    assert extract(page(head)).authors == ["Gruber Verlag"]


def test_a_byline_named_by_a_css_in_js_component_gives_the_author():
    body = ("<div class='css-1wkce1i-Byline'><div class='css-1i94zmg-Avatar'></div>"
            "<span class='css-1vq2rpi'>Jane Roe</span></div>")
    assert extract(page("", body)).authors == ["Jane Roe"]


def test_an_agency_in_the_author_field_gives_way_to_the_byline_that_names_the_writer():
    head = "<meta name='author' content='AFP'>"
    assert extract(page(head, "<p>By <a href='/people/jane-roe'>Dr. Jane Roe</a></p>")).authors == ["Dr. Jane Roe"]


@pytest.mark.parametrize("agency", ["AFP", "dpa", "AFP/dpa"])
def test_an_agency_alone_is_no_author(agency):
    assert extract(page(f"<meta name='author' content='{agency}'>")).authors == []


def test_every_author_of_a_long_citation_list_is_kept():
    names = [f"Jane {surname}" for surname in ("Roe", "Doe", "Smith", "Jones", "Brown", "Green", "White", "Black",
                                               "Gray", "Hill", "Wood", "Stone", "Ford", "Lane", "Hart", "Moss",
                                               "Reed", "West")]
    head = "".join(f"<meta name='citation_author' content='{name}'>" for name in names)
    assert extract(page(head)).authors == names


@pytest.mark.parametrize("byline", [
    "<a class='author' href='/authors/jane-roe'>Jane\n                     Roe</a>",
    "<p>by <a href='/people/jane-roe'>Jane\n      Roe</a>\n<span>December 7, 2016</span></p>",
])
def test_a_name_wrapped_over_source_lines_is_one_name(byline):
    assert extract(page("", byline)).authors == ["Jane Roe"]


@pytest.mark.parametrize("body", [
    "<p class='name'><a href='/autor/4971-jan-nowak'>Jan Nowak</a></p>",
    "<footer><a href='/autoren/'>Abendblatt-Autoren</a></footer>"
    "<span><a href='/autoren/jan-nowak'>Jan Nowak</a></span>",
])
def test_a_link_to_the_writers_page_in_another_language_names_the_author(body):
    assert extract(page("", body)).authors == ["Jan Nowak"]


def test_a_pictures_credit_is_not_the_articles_byline():
    body = ("<figure><img src='/a.jpg'><p class='image--author'>Foto: REUTERS/Jane Roe</p></figure>"
            "<div class='author'><p class='name'>Jan Nowak</p></div>")
    assert extract(page("", body)).authors == ["Jan Nowak"]


@pytest.mark.parametrize("byline, authors", [
    ("<div><a href='/authors/jane-roe'>Jane Roe</a>, <a href='/authors/john-doe'>John Doe</a> and "
     "<a href='/authors/ann-poe'>Ann Poe</a></div>", ["Jane Roe", "John Doe", "Ann Poe"]),
    ("<div><a href='/autoren/jane-roe'>Jane Roe</a>\n<a href='/autoren/john-doe'>John Doe</a></div>",
     ["Jane Roe", "John Doe"]),
    ("<p>Written by <a href='/author/jane-roe'>Jane Roe, DVM</a>. Reviewed by "
     "<a href='/author/john-doe'>John Doe, DVM</a></p>", ["Jane Roe, DVM"]),
])
def test_links_to_several_writers_side_by_side_are_one_byline(byline, authors):
    assert extract(page("", byline)).authors == authors


@pytest.mark.parametrize("authors", [["Reuters", "Thorsten Kramer"], ["NZZ-Redaktion", "Thorsten Kramer"]])
def test_an_agency_or_a_desk_beside_a_person_is_left_out(authors):
    head = jsonld({"@type": "NewsArticle", "headline": "Council approves budget",
                   "author": [{"@type": "Person", "name": name} for name in authors]})
    assert extract(page(head)).authors == ["Thorsten Kramer"]


def test_name_boxes_side_by_side_complete_the_first_writer_the_data_names():
    head = "<meta name='author' content='Jon Doe Smith'>"
    box = ("<div class='byline'><address><a rel='author'><span class='first'>{}</span> "
           "<span class='last'>{}</span></a></address></div>")
    body = f"<div>{box.format('Jane', 'Roe')}{box.format('Jon Doe', 'Smith')}</div>"
    assert extract(page(head, body)).authors == ["Jane Roe", "Jon Doe Smith"]


def test_a_name_beside_its_role_does_not_add_the_role_as_a_writer():
    head = "<meta name='author' content='Jane Roe'>"
    body = "<div><span class='author'>Jane Roe</span><span class='author-role'>Fact Checked</span></div>"
    assert extract(page(head, body)).authors == ["Jane Roe"]


@pytest.mark.parametrize("byline, authors", [
    ("<p class='byline'>著者：後藤大地</p>", ["後藤大地"]),
    ("<p class='byline'>文：山田太郎、佐藤花子</p>", ["山田太郎", "佐藤花子"]),
])
def test_chinese_and_japanese_author_labels_and_lists(byline, authors):
    assert extract(page("", byline)).authors == authors


@pytest.mark.parametrize("byline, authors", [
    ("<p class='byline'>By Jane Roe@janeroe Dec 10, 2016</p>", ["Jane Roe"]),
    ("<p class='byline'>By Jane Roe @janeroe</p>", ["Jane Roe"]),
    ("<p class='byline'>By ops@our-town.com</p>", []),
])
def test_a_social_handle_after_the_name_is_not_part_of_it(byline, authors):
    assert extract(page("", byline)).authors == authors


@pytest.mark.parametrize(("byline", "authors"), [
    ("Von Jane Roe, Berlin", ["Jane Roe"]),
    ("By Jane Roe, PhD", ["Jane Roe, PhD"]),
    ("By Jane Roe, Dietitian", ["Jane Roe, Dietitian"]),
    ("By Jane Roe, John Doe", ["Jane Roe", "John Doe"]),
])
def test_the_town_after_a_bylines_name_is_no_writer(byline, authors):
    assert extract(page("", f"<p class='byline'>{byline}</p>")).authors == authors


@pytest.mark.parametrize(("field", "authors"), [
    ("Jane Roe og John Doe", ["Jane Roe", "John Doe"]),
    ("Jana Nová a Petr Novák", ["Jana Nová", "Petr Novák"]),
    ("Иван Петров и Анна Иванова", ["Иван Петров", "Анна Иванова"]),
    ("Ali Veli ve Ayşe Kaya", ["Ali Veli", "Ayşe Kaya"]),
    ("John Y Smith", ["John Y Smith"]),
    ("Carlos Silva e Souza", ["Carlos Silva e Souza"]),
])
def test_an_author_field_is_parted_at_the_joiner_of_its_language(field, authors):
    assert extract(page(f"<meta name='author' content='{field}'>")).authors == authors


def test_a_joiner_before_a_lowercase_word_joins_a_phrase_not_two_names():
    field = "Jane Roe, Faculty of Law ir visuomenės studijų profesorius"
    assert extract(page(f"<meta name='author' content='{field}'>")).authors == ["Jane Roe"]


@pytest.mark.parametrize("button", ["Follow", "+Folgen", "Suivre"])
def test_the_follow_button_after_a_bylines_name_is_not_part_of_it(button):
    assert extract(page("", f"<p class='byline'>By Jane Roe {button}</p>")).authors == ["Jane Roe"]


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Jane Roe in Politics", ["Jane Roe"]),
    ("By Kim In-hye", ["Kim In-hye"]),
])
def test_the_section_a_byline_files_the_story_in_is_not_part_of_the_name(byline, authors):
    assert extract(page("", f"<p class='byline'>{byline}</p>")).authors == authors


@pytest.mark.parametrize("byline", ["By Jane Roe in Politics on May 2, 2024", "By Jane Roe in World News"])
def test_a_section_and_a_date_after_the_name_are_both_cut(byline):
    assert extract(page("", f"<p class='byline'>{byline}</p>")).authors == ["Jane Roe"]


def test_a_sentence_that_goes_on_in_a_place_is_no_byline():
    body = "<p class='byline'>From Oslo to Rome and Paris, this is how to get ahead in the modern-day workplace</p>"
    assert extract(page("", body)).authors == []
