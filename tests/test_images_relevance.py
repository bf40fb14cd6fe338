from __future__ import annotations

import lxml.html

from extractor.images.relevance import (
    FEATURE_NAMES,
    PageFacts,
    is_relevant,
    keep_probability,
    picture_features,
    relevance_model,
)
from extractor.model import Image


def test_the_shipped_weights_load_and_match_the_features():
    model = relevance_model()
    assert tuple(model["features"]) == FEATURE_NAMES
    assert len(model["weights"]) == len(model["means"]) == len(model["scales"]) == len(FEATURE_NAMES)
    assert 0.0 < model["threshold"] < 1.0


def _features(html: str, image: Image, copies: int = 1) -> list[float]:
    tree = lxml.html.fromstring(html)
    img = next(tree.iter("img"))
    holder = next(tree.iter("article"))
    page = PageFacts(text_holders={holder, *holder.iterancestors()}, copies={"pic": copies})
    return picture_features(image, img, "pic", page)


def test_a_captioned_story_picture_is_kept_and_a_linked_teaser_thumbnail_is_not():
    story = _features(
        "<html><body><article><p>Text.</p><figure><img src='/a/pic.jpg' width='1200'>"
        "<figcaption>The harbour wall after the storm.</figcaption></figure><p>More.</p></article></body></html>",
        Image(src="/a/pic.jpg", caption="The harbour wall after the storm.", credit="Jane Roe", width=1200,
              alt="The harbour wall", paragraph=2),
    )
    teaser = _features(
        "<html><body><article><p>Text.</p><div class='list'><div><a href='/news/other-story'>"
        "<img src='/a/pic.jpg' width='150' height='150'><h3>Another story about a different town</h3></a>"
        "</div></div></article></body></html>",
        Image(src="/a/pic.jpg", width=150, height=150, paragraph=8),
        copies=3,
    )
    assert keep_probability(story) > keep_probability(teaser)
    assert is_relevant(story)
    assert not is_relevant(teaser)
