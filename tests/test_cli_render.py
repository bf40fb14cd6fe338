from __future__ import annotations

from extractor.cli.render import byline, to_markdown, to_text

RECORD = {
    "source": "page.html", "title": "Council approves budget", "authors": ["Jane Roe", "John Doe"],
    "published": "2024-03-05T09:30:00Z", "site_name": "Example Times", "url": "https://example.org/a",
    "body": "First paragraph.\n\n# not a heading\n\nLast paragraph.",
    "quotes": [{"text": "We did it", "speaker": "Jane Roe", "cue": "said", "kind": "direct",
                "paragraph": 0, "start": 0, "end": 9}],
    "images": [{"src": "https://example.org/a.jpg", "alt": None, "caption": "The council", "credit": "© AFP",
                "width": None, "height": None, "role": "lead", "paragraph": 0}],
    "error": None,
}


def test_byline_joins_people_date_and_site():
    assert byline(RECORD) == "By Jane Roe and John Doe · 2024-03-05 · Example Times"


def test_text_view_has_title_byline_then_body():
    text = to_text(RECORD)
    assert text.splitlines()[:3] == [
        "Council approves budget", "By Jane Roe and John Doe · 2024-03-05 · Example Times", ""]
    assert text.endswith("Last paragraph.\n")


def test_markdown_view_has_quotes_images_and_escapes_body():
    markdown = to_markdown(RECORD)
    assert markdown.startswith("# Council approves budget\n")
    assert "\\# not a heading" in markdown
    assert "> We did it\n>\n> — Jane Roe (said)" in markdown
    assert "![The council](https://example.org/a.jpg) *© AFP*" in markdown


def test_error_records_say_what_went_wrong():
    failed = {"source": "x.pdf", "error": {"type": "NotHtmlError", "message": "not HTML or text (PDF document)"}}
    assert "x.pdf: error: not HTML or text (PDF document)" in to_text(failed)
    assert "not HTML or text" in to_markdown(failed)


def test_text_view_names_the_page_type_when_the_record_has_one():
    assert to_text({**RECORD, "page_type": "listing"}).splitlines()[2] == "page type: listing"
    assert "page type" not in to_text(RECORD)
