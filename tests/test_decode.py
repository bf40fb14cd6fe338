from __future__ import annotations

import codecs

from extractor.decode import decode_bytes

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
