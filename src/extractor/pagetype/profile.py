"""Body profiles by page type: once the type is known, the body a page of that type calls for.

An article keeps the body the HTML stages chose. On a forum thread the posts are the content, on a
listing its items; our boilerplate pruning, fitted to articles, drops much of both (comment sections,
teaser cards). Before pruning, the profile reads its own candidate from the whole page, and once the
body is chosen the longer of the two is kept. On the tuning half of wcxb-dev-other (by labelled
type): forum threads read whole by trafilatura, comments included, 0.66 -> 0.69 word F1; listings'
longest run of alike items 0.58 -> 0.63. Collections, products, documentation and service pages
gained nothing from either and keep their body."""

from __future__ import annotations

from lxml import etree

from ..html.whole import whole_page_body
from ..model import Article, Options
from ..text import word_count
from .blocks import alike_runs

# Page type -> the candidate its profile reads from the whole page.
PROFILES = {"forum": "whole_page", "listing": "items"}
# Text a reader sees: not the code of scripts and styles, which are still in the tree here.
VISIBLE_TEXT = etree.XPath("descendant::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]",
                           smart_strings=False)


def read_profile_body(article: Article, options: Options) -> Article:
    """Before pruning: the candidate body of the page type's profile, if it has one."""
    profile = PROFILES.get(article.page_type or "")
    if article.tree is None or profile is None:
        return article
    if profile == "whole_page":
        article.profile_body = whole_page_body(article.tree, options.url or article.url)
    else:
        article.profile_body = run_items_body(article.tree)
    return article


def run_items_body(tree) -> str:
    """The run of alike siblings with the most visible text, one paragraph per item."""
    best, best_words = [], 0
    for items in alike_runs(tree):
        texts = [" ".join(" ".join(VISIBLE_TEXT(item)).split()) for item in items]
        words = sum(map(word_count, texts))
        if words > best_words:
            best, best_words = texts, words
    return "\n\n".join(text for text in best if text)


def apply_profile(article: Article, options: Options) -> Article:
    """After the body is chosen: the profile's candidate where it is the longer."""
    candidate, article.profile_body = article.profile_body, None
    if candidate and word_count(candidate) > word_count(article.body or ""):
        if article.body:
            article.remove("replaced_by_page_type_profile", article.body, options)
        article.body = candidate
    return article
