"""The one title chooser: shipped weights load and decide plain cases the right way."""

import json

from extractor.metadata.chooser import WEIGHTS_PATH, choose, load_weights, shipped_weights, title_score


def test_the_shipped_weights_load_as_numbers():
    weights = shipped_weights()
    assert load_weights() == weights
    assert weights and all(isinstance(value, float) for value in weights.values())
    assert set(json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))) == {"note", "weights"}
    assert all(name.startswith(("html.", "dump.")) for name in weights)


def test_agreeing_sources_beat_the_site_name():
    headline = {"html.h1.whole": 1, "html.og.first": 1, "html.title.first": 1, "html.groups": 3, "html.words": 6}
    site = {"html.og.site": 1, "html.title.site": 1, "html.groups": 2, "html.words": 2, "html.short": 1}
    assert choose([("site", site), ("headline", headline)]) == "headline"


def test_a_headline_line_beats_a_sentence_in_a_dump():
    headline = {"dump.alone": 1, "dump.overlap": 1, "dump.heads_byline": 1, "dump.distance": 2, "dump.words": 8}
    sentence = {"dump.alone": 1, "dump.overlap": 0.5, "dump.words": 12, "dump.sentence_end": 1, "dump.distance": 1,
                "dump.in_story": 1}
    assert choose([("sentence", sentence), ("headline", headline)]) == "headline"


def test_the_first_of_equal_candidates_wins_and_unknown_signs_count_nothing():
    weights = {"a": 1.0}
    assert title_score({"a": 2, "unknown": 5}, weights) == 2.0
    assert choose([("first", {"a": 1}), ("second", {"a": 1})], weights) == "first"
    assert choose([], weights) is None
