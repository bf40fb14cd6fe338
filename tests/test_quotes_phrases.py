"""The head name of a speaker phrase and the subject among appositions."""

from extractor.quotes.phrases import apposed_subject, head_name


def test_head_name_skips_modifiers_and_stops_at_an_affiliation():
    assert head_name("Democratic presidential candidate Bernie Sanders")[0] == "Bernie Sanders"
    assert head_name("Jeffrey Lewis of the James Martin Center", whole=True)[0] == "Jeffrey Lewis"
    assert head_name("Trump unleashed a series of tweets")[0] == "Trump"


def test_a_name_owning_a_role_noun_is_no_head():
    assert head_name("LinkedIn chief executive") is None


def test_apposed_subject_skips_scene_setting_and_descriptions():
    clause = "In a statement to the Observer, her senior policy adviser, Jake Sullivan,"
    assert apposed_subject(clause)[0] == "Jake Sullivan"
    assert apposed_subject("Representative Steve Cohen, Democrat of Tennessee,")[0] == "Steve Cohen"
