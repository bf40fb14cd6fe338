"""The prune stage: drop containers named like boilerplate where their content agrees.

The name (a class or id token of the table, an ARIA role) proposes; a logistic regression over what
the container holds (evidence.py, fitted by train/prune_model.py on the tuning halves) decides; a
container holding a large share of the page's prose is never pruned, whatever both say.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from lxml import etree

from ..model import Article, Options
from ..text import word_count
from .evidence import FEATURE_NAMES, PARAGRAPH_TEXT_XPATH, PageTotals, container_features
from .table import BOILERPLATE_ROLES, element_kind

# Containers that hold the article itself are never pruned, whatever their class says
# ("post has-related-sidebar").
NEVER_PRUNED_TAGS = {"html", "body", "main", "article"}
# Elements whose class or id may name a boilerplate container.
CONTAINER_TAGS = ("div", "section", "aside", "ul", "ol", "nav", "form", "footer", "header", "p", "span")
# An element holding this share of the page's paragraph words is the story, not clutter.
MAX_PRUNED_SHARE = 0.3
# An element this long holding this share of the page's visible text (in characters) is the
# story, whatever its name says (a `<header role="banner">` left open around the whole page).
MIN_WRAPPER_CHARS = 2000
MAX_PRUNED_TEXT_SHARE = 0.4
INVISIBLE_TEXT_XPATH = etree.XPath(".//script/text() | .//style/text() | .//noscript/text()")
MODEL_PATH = Path(__file__).with_name("prune.json")


@functools.cache
def prune_model() -> dict:
    """The shipped trees, checked against the features this code computes."""
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(model["features"]) != FEATURE_NAMES:
        raise ValueError("prune.json was fitted on other features: rerun train/prune_model.py")
    return model


def boilerplate_probability(features: list[float]) -> float:
    """The boosted trees' probability that a container with these features is boilerplate."""
    model = prune_model()
    score = model["init"] + model["learning_rate"] * sum(_leaf_value(tree, features) for tree in model["trees"])
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))


def _leaf_value(tree: list[list], features: list[float]) -> float:
    node = tree[0]
    while node[0] >= 0:
        node = tree[node[2]] if features[node[0]] <= node[1] else tree[node[3]]
    return node[4]


def named_containers(tree):
    """(element, kind, named by its role) for each container whose class, id or role names boilerplate."""
    for element in tree.iter(*CONTAINER_TAGS):
        if element.tag in NEVER_PRUNED_TAGS or element.getparent() is None:
            continue
        role = element.get("role")
        kind = element_kind(f"{element.get('class', '')} {element.get('id', '')}", role)
        if kind:
            yield element, kind, bool(role and role.lower() in BOILERPLATE_ROLES)


def prune_boilerplate_elements(article: Article, options: Options) -> Article:
    """Drop the containers named like boilerplate whose content the model finds to be boilerplate."""
    tree = article.tree
    if tree is None:
        return article
    page = None
    page_chars = functools.cache(lambda: _visible_chars(tree))
    dropped: set = set()  # containers inside a dropped one: gone with it, not removed (or reported) again
    for element, kind, from_role in list(named_containers(tree)):
        if element in dropped or element.getparent() is None:
            continue
        page = page or PageTotals(tree)
        if _holds_story(element, page, page_chars):
            continue
        if boilerplate_probability(container_features(element, kind, from_role, page)) < prune_model()["threshold"]:
            continue
        if options.explain:
            _report_pruned(article, kind, element, options)
        dropped.update(element.iter(*CONTAINER_TAGS))
        element.drop_tree()
    return article


def _report_pruned(article: Article, kind: str, element, options: Options) -> None:
    text = " ".join(" ".join(element.itertext()).split())
    if text:  # an empty ad slot or widget shell is not worth a line of --explain
        article.remove(kind, text, options)


def _holds_story(element, page: PageTotals, page_chars) -> bool:
    if element.find(".//h1") is not None:
        return True
    if word_count(" ".join(PARAGRAPH_TEXT_XPATH(element))) > MAX_PRUNED_SHARE * page.paragraph_words:
        return True
    chars = _visible_chars(element)
    return chars >= MIN_WRAPPER_CHARS and chars > MAX_PRUNED_TEXT_SHARE * page_chars()


def _visible_chars(element) -> int:
    """Characters of text, scripts and styles left out; lengths only, no string is split."""
    return len(element.text_content()) - sum(map(len, INVISIBLE_TEXT_XPATH(element)))
