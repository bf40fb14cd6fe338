"""The JSON-LD articleBody candidate and the learned chooser between it and the extracted body."""

from __future__ import annotations

import json

from extractor import extract
from extractor.html.candidates import (
    FEATURE_NAMES,
    chooser_features,
    chooser_model,
    structured_body,
    structured_probability,
)
from extractor.model import Article, Options

SENTENCES = [f"Sentence {i} of the council story tells what the members decided about item {i}." for i in range(60)]
FULL = "\n\n".join(SENTENCES)
CUT = "\n\n".join(SENTENCES[:3])


def test_the_shipped_weights_load_and_decide_a_tiny_case_the_right_way():
    assert len(chooser_model()["weights"]) == len(FEATURE_NAMES)
    # A body cut to its first paragraphs beside a structured body holding it all: take the structured one.
    assert structured_probability(chooser_features(CUT, FULL)) > 0.5
    # A full body beside a structured teaser: keep the body.
    assert structured_probability(chooser_features(FULL, CUT)) < 0.5


def test_structured_body_is_split_into_paragraphs():
    article = Article(jsonld_article={"articleBody": "First  paragraph.\nSecond paragraph.\n\n\nThird."})
    assert structured_body(article) == "First paragraph.\n\nSecond paragraph.\n\nThird."
    assert structured_body(Article(jsonld_article={"articleBody": ["not", "a", "string"]})) == ""


def test_a_page_whose_layout_cuts_the_story_gets_its_structured_body_and_explain_says_so():
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council", "articleBody": %s}'
    page = (f"<html><head><script type='application/ld+json'>{ld % json.dumps(FULL)}</script></head>"
            f"<body><article><h1>Council</h1>{''.join(f'<p>{s}</p>' for s in SENTENCES[:3])}</article></body></html>")
    article = extract(page, options=Options(explain=True))
    assert article.body == FULL
    assert [r.kind for r in article.removed][-1] == "replaced_by_structured_body"
