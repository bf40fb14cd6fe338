from __future__ import annotations

import codecs

from extractor.sources.decode import decode_bytes

TEXT = "Größe café naïve – “quoted”"


def test_bom_wins():
    assert decode_bytes(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")) == TEXT


def test_declared_charset_used_for_legacy_bytes():
    data = TEXT.encode("cp1252")
    assert decode_bytes(data, declared="windows-1252") == TEXT


def test_meta_charset_used_when_nothing_declared():
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{"Größe café"}</body></html>'
    assert "Größe café" in decode_bytes(page.encode("cp1252"))


def test_utf8_beats_a_stale_declaration():
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{TEXT}</body></html>'
    assert TEXT in decode_bytes(page.encode("utf-8"))


def test_undeclared_legacy_text_is_detected():
    text = "Привет, мир! Это обычный русский текст о новостях дня. " * 20
    assert decode_bytes(text.encode("cp1251")).startswith("Привет, мир!")


def test_utf8_page_with_a_pasted_cp1252_paragraph_keeps_its_utf8():
    # Found on the hostile corpus: one cp1252 paragraph in a UTF-8 page sent the whole page to
    # detection, which read it as mac_roman ("Café" became "Caf√©" everywhere).
    data = "<p>Café “quoted” naïve</p>".encode() + "<p>Costs €5 – said</p>".encode("cp1252")
    assert decode_bytes(data) == "<p>Café “quoted” naïve</p><p>Costs €5 – said</p>"


def test_mostly_legacy_page_is_not_taken_for_utf8():
    data = ("Größe café déjà vu " * 20).encode("cp1252") + "Zoë".encode()
    assert decode_bytes(data, declared="windows-1252").startswith("Größe café déjà vu")
