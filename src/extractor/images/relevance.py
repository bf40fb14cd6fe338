"""Is an inline picture the article's own? A small logistic model over cheap evidence about the picture.

Between a story's paragraphs sit its own pictures, and also pictures that are not: thumbnails of related
articles, author photos, product shots of an advert, logos. No one sign tells them apart (a teaser has a
headline in its link, an author photo is small and square, a story's picture is captioned, wide, shown
once), so the weights are fitted on the labelled pictures of the tuning halves by
`train/picture_relevance.py`, and shipped beside this module as `relevance.json`. Read lazily.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..text import normalise_line
from .captions import words_in
from .elements import FIGURE_DEPTH, holds_other_picture, lifted_ancestors, link_around

MODEL_PATH = Path(__file__).with_name("relevance.json")
FEATURE_NAMES = (
    "captioned",
    "width_log",
    "no_width",
    "square",
    "in_link",
    "link_words_log",
    "alt_words_log",
    "in_figure",
    "copies_log",
    "beside_pictures",
    "heading_near",
    "link_density",
    "headline_link",
)
# How far up a picture's own container reaches: its figure and a wrapper or two, not the story.
CONTAINER_LEVELS = 4
# A picture this close to a square, and no wider than this, is a person's photo or an icon.
SQUARE_RATIO = (0.85, 1.18)
SQUARE_MAX_WIDTH = 400


@dataclass
class PageFacts:
    """What the features need to know about the page: the holders of its text, its pictures' copies,
    and the facts of its pictures as `PagePictures` read them."""

    text_holders: set
    copies: dict
    known: dict | None = None


def picture_features(image, element, key: str, page: PageFacts) -> list[float]:
    """The evidence about one picture, in FEATURE_NAMES order."""
    width, height = image.width or 0, image.height or 0
    link = link_around(element) if element is not None else None
    link_words = words_in(normalise_line(link.text_content())) if link is not None else 0
    container = _own_container(element, page.text_holders) if element is not None else None
    return [
        float(bool(image.caption or image.credit)),
        math.log2(width) if width else 0.0,
        float(not width),
        float(bool(width and height and width <= SQUARE_MAX_WIDTH
                   and SQUARE_RATIO[0] <= height / width <= SQUARE_RATIO[1])),
        float(link is not None),
        math.log1p(link_words),
        math.log1p(words_in(image.alt or "")),
        float(element is not None and any(a.tag == "figure" for a, _ in
                                          zip(lifted_ancestors(element), range(FIGURE_DEPTH), strict=False))),
        math.log1p(max(0, page.copies.get(key, 1) - 1)),
        float(container is not None and holds_other_picture(container, key, known=page.known)),
        float(container is not None and any(True for _ in container.iter("h2", "h3", "h4", "h5"))),
        _link_density(container) if container is not None else 0.0,
        float(link is not None and container is not None and _headline_link(link, container)),
    ]


def keep_probability(features: list[float]) -> float:
    model = relevance_model()
    score = model["intercept"] + sum(w * (x - m) / s for w, x, m, s in
                                     zip(model["weights"], features, model["means"], model["scales"], strict=True))
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


def is_relevant(features: list[float]) -> bool:
    return keep_probability(features) >= relevance_model()["threshold"]


@cache
def relevance_model() -> dict:
    """The shipped weights, checked against the features this code computes."""
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURE_NAMES:
        raise ValueError("relevance.json was fitted on other features: rerun train/picture_relevance.py")
    return model


def _own_container(img, text_holders: set):
    """The picture's wrapper a few levels up, below the elements that hold the story's text."""
    container = None
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= CONTAINER_LEVELS or ancestor in text_holders or ancestor.tag == "body":
            break
        container = ancestor
    return container


def _headline_link(link, container) -> bool:
    """Another link beside the picture's, to the same page, with words of its own: a teaser's headline."""
    href = link.get("href")
    return any(other is not link and other.get("href") == href and words_in(normalise_line(other.text_content())) >= 3
               for other in container.iter("a"))


def _link_density(container) -> float:
    text = len(normalise_line(container.text_content()))
    if not text:
        return 0.0
    links = sum(len(normalise_line(a.text_content())) for a in container.iter("a"))
    return min(1.0, links / text)
