from __future__ import annotations

import pytest

from extractor.sources.detect import binary_kind, sniff_text_format


def test_text_mentioning_tags_is_still_text():
    dump = "Headline about HTML\n\nUse the <p> tag for paragraphs, and a stray <br> here.\n\nMore prose.\n" * 3
    assert sniff_text_format(dump) == "text"


@pytest.mark.parametrize("page", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "  <html lang=en><head><title>t</title></head></html>",
    "<div class='a'><p>One</p><p>Two</p></div>",
])
def test_html_is_html(page):
    assert sniff_text_format(page) == "html"


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n...", "PDF document"),
    (b"PK\x03\x04\x14\x00", "zip archive"),
    (bytes(range(256)) * 4, "binary data"),
])
def test_binary_kinds(data, kind):
    assert binary_kind(data) == kind


def test_legacy_encoded_text_is_not_binary():
    assert binary_kind("Größe café déjà vu ".encode("cp1252") * 50) is None


def test_page_with_a_long_script_before_the_doctype_is_html():
    script = "<script>\n" + "var x = 1;\n" * 400 + "</script>\n"
    page = script + "<!DOCTYPE html><html><head><title>t</title></head><body><p>Story.</p></body></html>"
    assert sniff_text_format(page) == "html"


def test_dump_mentioning_one_structural_tag_is_text():
    dump = "How to start a page\n\nEvery page opens with <html> and a head.\n\n" * 5
    assert sniff_text_format(dump) == "text"


def test_page_opening_with_a_script_before_its_doctype_is_html():
    page = ("\n<script>\nvar a = 1;\nif (a < 2) { a = 3; }\n</script>\n\n"
            "<!DOCTYPE html>\n<html lang=en><head></head></html>")
    assert sniff_text_format(page) == "html"


def test_dump_quoting_a_doctype_line_is_still_text():
    dump = "How to write a page\n\nStart the file with this line:\n<!DOCTYPE html>\nthen open the <html> element.\n"
    assert sniff_text_format(dump) == "text"


def test_nul_padding_after_a_short_page_is_not_binary():
    # Found on the hostile corpus: a page followed by NUL padding (a download into a preallocated
    # file) was refused as binary data when the padding fell inside the sniffed start.
    assert binary_kind(b"<html><body><p>Short page.</p></body></html>" + b"\x00" * 4096) is None


def test_utf16_with_bom_is_not_binary():
    # Found on the hostile corpus: the NUL bytes of UTF-16 counted as control characters.
    assert binary_kind("<html><body><p>Größe</p></body></html>".encode("utf-16")) is None


def test_many_comments_before_text_are_rejected_quickly():
    # Found while reviewing the patterns for the hostile corpus: ".*?" let one comment stretch
    # over the next ones, so 25 empty comments before a non-tag took 13 s (exponential).
    import time

    started = time.perf_counter()
    assert sniff_text_format("<!---->" * 500 + "plain text") == "text"
    assert sniff_text_format("<!-- a -- b -->\n<!-- c --->\n<html><body>x</body></html>") == "html"
    assert time.perf_counter() - started < 1
