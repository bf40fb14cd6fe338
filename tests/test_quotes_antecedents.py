"""The pronoun ranker: its shipped weights load and decide small cases the way the text says."""

from extractor.quotes import antecedents
from extractor.quotes.finder import find_quotes


def test_shipped_weights_cover_every_feature():
    weights = antecedents.weights()
    assert set(antecedents.FEATURES) <= set(weights)
    assert weights["paragraphs_back"] < 0  # a person named long ago is a worse antecedent


def test_he_is_the_subject_not_the_man_he_mentioned():
    body = ("Senator John Miller spoke in Ohio on Monday.\n\n"
            "Miller criticised Robert Brown over the budget and the delay.\n\n"
            "“We cannot wait any longer for this,” he said.")
    assert find_quotes(body)[0].speaker == "John Miller"


def test_she_skips_the_men_in_between():
    body = ("Mary Stone, the mayor, met David Clark and Paul Reed on Tuesday.\n\n"
            "“The roads will reopen by Friday,” she said.")
    assert find_quotes(body)[0].speaker == "Mary Stone"


def test_no_candidate_of_the_right_gender_gives_none_from_the_ranker():
    body = "Mary Stone spoke.\n\n“We are ready for this,” he said."
    quotes = find_quotes(body)
    assert quotes[0].speaker != "Mary Stone"
