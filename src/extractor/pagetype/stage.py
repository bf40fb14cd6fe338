"""The page-type stage: read the features of the whole parsed page (before boilerplate pruning,
while JSON-LD is still in the tree) and let the fitted model decide."""

from __future__ import annotations

from ..model import Article, Options
from .classifier import load_model
from .features import page_features


def classify_page(article: Article, options: Options) -> Article:
    """Sets `article.page_type`; left None for text dumps (no tree to read) and unsure pages."""
    if article.tree is None:
        return article
    article.page_type = load_model().decide(page_features(article))
    return article
