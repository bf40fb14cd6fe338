"""Genders from given names, titles and the words around a mention."""

from extractor.quotes.genders import gender_of, honorific_gender, name_gender


def test_given_name_tells_a_gender_unless_both_bear_it():
    assert name_gender("Maria Zakharova") == "f"
    assert name_gender("John Kerry") == "m"
    assert name_gender("Terry Strada") is None


def test_words_around_a_mention_tell_a_gender_only_when_they_agree():
    assert gender_of("Rakeyia Scott", " widow rakeyia scott said ") == "f"
    assert gender_of("Rakeyia Scott", " his widow rakeyia scott ") is None


def test_title_before_a_surname():
    assert honorific_gender("He met Ms. Gao on Monday.", "Gao") == "f"
    assert honorific_gender("Gao spoke.", "Gao") is None
