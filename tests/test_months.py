"""One month table for every stage that reads a date."""

import pytest

from extractor.boilerplate.table import leading_kind
from extractor.metadata.dates import to_iso
from extractor.months import MONTH_NAMES, MONTH_NUMBERS, month_alternation


def test_each_language_names_twelve_months_in_order():
    assert MONTH_NUMBERS["march"] == MONTH_NUMBERS["märz"] == MONTH_NUMBERS["marzo"] == MONTH_NUMBERS["марта"] == 3
    assert sorted(set(MONTH_NUMBERS.values())) == list(range(1, 13))


def test_longer_spellings_come_first_in_the_alternation():
    names = month_alternation().split("|")
    assert names.index("june") < names.index("jun")
    assert all(name.isascii() for name in month_alternation(ascii_only=True).split("|"))


def test_metadata_reads_a_date_in_each_language_of_the_table():
    assert to_iso("5 марта 2024") == "2024-03-05"
    assert to_iso("12. Dezember 2023") == "2023-12-12"
    assert to_iso("March 5, 2024") == "2024-03-05"


@pytest.mark.parametrize("text, iso", [
    ("4 Febbraio 2025", "2025-02-04"),  # Italian
    ("22 października 2024", "2024-10-22"),  # Polish, in the genitive a date uses
    ("5. března 2024", "2024-03-05"),  # Czech
    ("12 Mart 2025", "2025-03-12"),  # Turkish
    ("3. desember 2023", "2023-12-03"),  # Norwegian
    ("9 augustus 2022", "2022-08-09"),  # Dutch
    ("12. MÄR 2025", "2025-03-12"),  # German, abbreviated and in capitals
    ("3 févr. 2024", "2024-02-03"),  # French, abbreviated
    ("7 ott 2023", "2023-10-07"),  # Italian, abbreviated
])
def test_news_languages_beyond_the_first_five(text, iso):
    assert to_iso(text) == iso


def test_a_spelling_shared_by_languages_names_one_month():
    months = {}
    for language in MONTH_NAMES.values():
        for number, names in enumerate(language, start=1):
            for name in names:
                assert months.setdefault(name, number) == number


def test_the_boilerplate_table_knows_the_same_months():
    assert leading_kind("5 марта 2024") == leading_kind("5 March 2024") == "dateline"


@pytest.mark.parametrize("line", [
    "2025年1月13日", "2025年1月13日（月） 21:17", "2022.8.9 8:15", "1時間前", "3日前", "5小时前", "3天前", "5시간 전",
])
def test_japanese_chinese_and_korean_dates_alone_are_datelines(line):
    # A teaser list dates each item so: alone on a line, such a date is furniture, not a headline.
    assert leading_kind(line) == "dateline"


def test_a_sentence_with_a_cjk_date_is_no_dateline():
    assert leading_kind("市は2025年1月13日に新しい橋を開通させた。") is None
