"""Body profiles by page type: once the type is known, the body a page of that type calls for.

An article keeps the body the HTML stages chose. On a forum thread the posts are the content, and on
a listing or a collection the items are; our boilerplate pruning, fitted to articles, drops much of
both (comment sections, teaser cards). For those types trafilatura also reads the whole page before
pruning, comments included, and the longer of the two bodies is kept (tuning half of wcxb-dev-other:
forum pages 0.66 -> 0.72 word F1, listing pages 0.69 -> 0.78)."""

from __future__ import annotations

from ..html.whole import whole_page_body
from ..model import Article, Options
from ..text import word_count

# Page type -> its profile. "whole_page": the longer of the chosen body and the whole-page reading.
PROFILES = {"forum": "whole_page", "listing": "whole_page", "collection": "whole_page"}


def read_profile_body(article: Article, options: Options) -> Article:
    """Before pruning: the whole-page reading, for the types whose profile asks for it."""
    if article.tree is not None and PROFILES.get(article.page_type or "") == "whole_page":
        article.profile_body = whole_page_body(article.tree, options.url or article.url)
    return article


def apply_profile(article: Article, options: Options) -> Article:
    """After the body is chosen: the profile's body where it is the longer."""
    alternative, article.profile_body = article.profile_body, None
    if alternative and word_count(alternative) > word_count(article.body or ""):
        if article.body:
            article.remove("replaced_by_page_type_profile", article.body, options)
        article.body = alternative
    return article
