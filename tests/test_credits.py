"""Photo credits told from captions, glued or labelled."""

from __future__ import annotations

import pytest

from extractor.credits import is_credit_line, split_credit


@pytest.mark.parametrize("line, caption, credit", [
    ("© AFP 2023 / FADI AL-HALABIRebel fighters fire towards positions of regime forces",
     "Rebel fighters fire towards positions of regime forces", "© AFP 2023 / FADI AL-HALABI"),
    ("© Sputnik / Michael Alaeddin / Go to the mediabankThe territory of the military academies",
     "The territory of the military academies", "© Sputnik / Michael Alaeddin / Go to the mediabank"),
    ("© REUTERS / Abdalrhman IsmailA man rides a bicycle", "A man rides a bicycle", "© REUTERS / Abdalrhman Ismail"),
    ("Photo: John McDonaldA man rides a bike", "A man rides a bike", "Photo: John McDonald"),
    ("AFP/Getty ImagesA man stands in the rain", "A man stands in the rain", "AFP/Getty Images"),
    ("Credit: Reviewed / Timothy Renzi", None, "Credit: Reviewed / Timothy Renzi"),
    ("AP Photo/Evan Vucci", None, "AP Photo/Evan Vucci"),
    ("A man stands in the rain. (Photo: AFP)", "A man stands in the rain.", "Photo: AFP"),
    ("Rescuers at work in the rubble (Reuters)", "Rescuers at work in the rubble", "Reuters"),
])
def test_split_credit(line, caption, credit):
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize("line", [
    "Reuters reported that the talks had failed.",
    "AP says the vote was close.",
    "Photos and plans: document the work before you start.",
    "Sputnik is a news agency.",
])
def test_sentences_naming_an_agency_are_not_credits(line):
    assert not is_credit_line(line)
    assert split_credit(line) == (line, None)
