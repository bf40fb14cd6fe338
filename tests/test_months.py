"""One month table for every stage that reads a date."""

from extractor.boilerplate.table import leading_kind
from extractor.metadata.dates import to_iso
from extractor.months import MONTH_NUMBERS, month_alternation


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


def test_the_boilerplate_table_knows_the_same_months():
    assert leading_kind("5 марта 2024") == leading_kind("5 March 2024") == "dateline"
