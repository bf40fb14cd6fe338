"""The prune stage: drop containers named like boilerplate where their content agrees.

The name (a class or id token of the table, an ARIA role) proposes; small gradient-boosted trees over what
the container holds (evidence.py, fitted by train/prune_model.py on the tuning halves) decide; a
container holding a large share of the page's prose is never pruned, whatever both say. On a listing
or a collection, a container whose markup recurs across the page is a part of every item (a teaser's
summary, a card's price box) and stays: there the items are the content.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from pathlib import Path

from ..model import Article, Options
from .evidence import FEATURE_NAMES, PageTotals, container_features, visible_text
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
HAS_H1 = FEATURE_NAMES.index("has_h1")
PARAGRAPH_SHARE = FEATURE_NAMES.index("page_paragraph_share")
MODEL_PATH = Path(__file__).with_name("prune.json")
# Kinds of page whose content is a list of items (a section front, a search result, a shop's grid).
LIST_PAGE_TYPES = ("listing", "collection")
# On such a page, a container whose tag and class recur this many times is a part of every item
# (a teaser's summary, its "By ..." line, a product card's "Add to cart" block): the list itself.
MIN_ITEM_REPEATS = 3
# The page's own furniture stays prunable however often its markup recurs (footer columns, menus).
FURNITURE_KINDS = frozenset(("navigation", "footer", "site_header", "cookie", "share", "ad", "newsletter"))


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
    containers = list(named_containers(tree))
    repeated = _repeated_markup(containers) if article.page_type in LIST_PAGE_TYPES else frozenset()
    dropped: set = set()  # containers inside a dropped one: gone with it, not removed (or reported) again
    for element, kind, from_role in containers:
        if element in dropped or element.getparent() is None:
            continue
        if kind not in FURNITURE_KINDS and _signature(element) in repeated:
            continue
        text = visible_text(element)
        if text.strip():  # an empty slot or widget shell goes without a word: nothing of the page goes with it
            page = page or PageTotals(tree)
            features = container_features(element, kind, from_role, page, text)
            if _holds_story(features, len(text), page):
                continue
            if boilerplate_probability(features) < prune_model()["threshold"]:
                continue
            if options.explain:
                article.remove(kind, " ".join(text.split()), options)
        dropped.update(element.iter(*CONTAINER_TAGS))
        element.drop_tree()
    return article


def _holds_story(features: list[float], chars: int, page: PageTotals) -> bool:
    """A container with the page's headline, a large share of its paragraphs, or (a story written
    in <div>s wrapped in a container named like furniture) a large share of its text."""
    if features[HAS_H1] or features[PARAGRAPH_SHARE] > MAX_PRUNED_SHARE:
        return True
    return chars >= MIN_WRAPPER_CHARS and chars > MAX_PRUNED_TEXT_SHARE * page.chars


def _signature(element) -> tuple[str, str]:
    return element.tag, " ".join(element.get("class", "").split())


def _repeated_markup(containers: list) -> frozenset:
    """The (tag, class) pairs of the named containers that recur on the page: the parts of a list's items."""
    counts = Counter(_signature(element) for element, _kind, _role in containers if element.get("class"))
    return frozenset(signature for signature, count in counts.items() if count >= MIN_ITEM_REPEATS)
