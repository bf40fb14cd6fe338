"""Double-decoded UTF-8 put back before any stage reads the page."""

from __future__ import annotations

from extractor import extract
from extractor.sources.mojibake import repair_mojibake

GOOD = "A DIY Investor’s Guide — “quoted” in Français, for €5 ⭐"


def as_cp1252_mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def as_latin1_mojibake(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


def test_cp1252_reading_is_repaired():
    broken = as_cp1252_mojibake("A DIY Investor’s Guide — in Français")
    assert "â€™" in broken
    assert repair_mojibake(broken) == "A DIY Investor’s Guide — in Français"


def test_latin1_reading_with_c1_controls_is_repaired():
    broken = as_latin1_mojibake(GOOD)
    assert "\x80" in broken
    assert repair_mojibake(broken) == GOOD


def test_only_the_broken_lines_change():
    text = "Déjà vu: pâte à crêpes, “naïve” — fine\n" + as_cp1252_mojibake("It’s broken") + "\nÂge de pierre"
    repaired = repair_mojibake(text).split("\n")
    assert repaired == ["Déjà vu: pâte à crêpes, “naïve” — fine", "It’s broken", "Âge de pierre"]


def test_text_without_signs_is_returned_as_is():
    text = "Plain text, naïve café, “curly” quotes — and Ünïcödé"
    assert repair_mojibake(text) is text


def test_html_page_stored_double_encoded_reads_right():
    page = ("<html><head><title>A DIY Investor’s Guide</title></head><body><article><h1>A DIY Investor’s Guide</h1>"
            + "<p>Retirement calculators don’t agree — here’s why, and what the numbers mean for you.</p>" * 8
            + "</article></body></html>")
    stored = as_latin1_mojibake(page).encode("utf-8")  # read as latin-1 once, then saved as UTF-8
    article = extract(stored)
    assert article.title == "A DIY Investor’s Guide"  # titles keep the page's apostrophes
    assert "don’t agree — here’s why" in article.body
    assert "â" not in article.body


def test_text_dump_flattened_with_the_wrong_encoding_reads_right():
    dump = "\n".join(["News", "A DIY Investor’s Guide", *["Retirement calculators don’t agree — here’s why. "
                                                           "They differ in what they assume about returns."] * 6])
    article = extract(as_cp1252_mojibake(dump).encode("utf-8"), input_format="text")
    assert "don’t agree — here’s why" in article.body
    assert "â€" not in article.body
