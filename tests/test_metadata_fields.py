"""Page metadata read from the tags: values a page saver moved to `value=`, tags repeated per author,
an organisation in the author tag."""

from __future__ import annotations

from extractor import extract

STORY = "<p>" + "The council voted on Tuesday to approve the new budget for the coming year. " * 8 + "</p>"


def test_meta_values_saved_as_value_date_and_author():
    head = ('<meta name="article:published_time" value="2017-01-13T21:45:08Z">'
            '<meta name="author" value="Jane Roe">')
    html = (f"<html lang='en'><head>{head}</head><body><article><h1>Council approves budget</h1>"
            f"{STORY}</article></body></html>")
    record = extract(html)
    assert record.published[:10] == "2017-01-13"
    assert record.authors == ["Jane Roe"]


def test_an_organisation_in_the_author_tag_gives_way_to_the_byline():
    head = '<meta name="author" content="Example Weekly Staff">'
    html = (f"<html lang='en'><head>{head}</head><body><article><h1>Council approves budget</h1>"
            f"<p class='byline'>By Megan French</p>{STORY}</article></body></html>")
    assert extract(html).authors == ["Megan French"]


def test_each_author_in_a_tag_of_their_own_is_read():
    head = ('<meta name="citation_author" content="Jane Roe">'
            '<meta name="citation_author" content="John Doe">')
    html = (f"<html lang='en'><head>{head}</head><body><article><h1>Council approves budget</h1>"
            f"{STORY}</article></body></html>")
    assert extract(html).authors == ["Jane Roe", "John Doe"]
