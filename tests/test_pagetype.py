"""Page types: the features read from a page, the shipped model, and the stage in the pipeline."""

from __future__ import annotations

import json
import math

from extractor import extract
from extractor.html import parse_html
from extractor.model import PAGE_TYPES, Article, Options
from extractor.pagetype.classifier import PageTypeModel, load_model
from extractor.pagetype.features import page_features

PARAGRAPH = ("The council met on Tuesday evening to weigh the budget, and after a long debate about the "
             "roads, the schools and the library it voted to approve the plan with two changes. ") * 3

ARTICLE_PAGE = f"""<html><head><title>Council approves budget</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Council approves budget",
 "author": {{"@type": "Person", "name": "Jane Roe"}}, "datePublished": "2024-03-05"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves budget</h1><p class="byline">By Jane Roe</p>
{"".join(f"<p>{PARAGRAPH}</p>" for _ in range(6))}</article></body></html>"""

PRODUCT_PAGE = """<html><head><title>Oak chair</title><meta property="og:type" content="product">
<script type="application/ld+json">{"@type": "Product", "name": "Oak chair",
 "offers": {"@type": "Offer", "price": "120.00", "priceCurrency": "USD"},
 "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.5"}}</script></head>
<body><h1>Oak chair</h1><div class="price">$120.00</div><div class="old-price">$150.00</div>
<form class="cart"><select name="size"><option>S</option></select><input name="quantity">
<button class="add-to-cart">Add to cart</button></form>
<ul class="variants"><li class="variant">Oak $120</li><li class="variant">Ash $110</li>
<li class="variant">Walnut $140</li><li class="variant">Pine $90</li></ul>
<div class="reviews"><div class="rating">5 stars</div></div></body></html>"""


def parsed(html: str, url: str | None = None) -> Article:
    article = Article(text=html, input_format="html", url=url)
    return parse_html(article, Options())


def test_features_read_structured_data_url_words_and_link_share():
    article = parsed('<html><head><script type="application/ld+json">{"@type": ["Product"]}</script></head>'
                     '<body><p>Plain words here <a href="/x">a link</a></p></body></html>',
                     url="https://shop.example.org/products/oak-chair")
    features = page_features(article)
    assert features["ld_product"] == 1.0 and features["ld_article"] == 0.0
    assert features["url_product"] == 1.0 and features["url_slug_words"] == 2.0
    assert 0.2 < features["share_a"] < 0.5  # "alink" of "Plainwordsherealink", spaces not counted


def test_features_count_characters_so_unspaced_scripts_count_too():
    article = parsed("<html><body><p>" + "東京都は新しい予算案を発表した。" * 30 + "</p></body></html>")
    features = page_features(article)
    assert features["log_chars"] == math.log1p(16 * 30)
    assert features["long_blocks"] > 0  # one paragraph of 480 characters, without a single space


def test_shipped_model_loads_and_knows_every_page_type():
    model = load_model()
    assert set(model.classes) == set(PAGE_TYPES)
    assert len(model.features) == len(model.mean) == len(model.scale) == len(model.coef[0])


def test_shipped_model_tells_an_article_from_a_product_page():
    model = load_model()
    assert model.decide(page_features(parsed(ARTICLE_PAGE, "https://example.org/news/2024/council-budget"))) == \
        "article"
    assert model.decide(page_features(parsed(PRODUCT_PAGE, "https://example.org/products/oak-chair"))) == "product"


def test_a_model_unsure_of_every_type_decides_none():
    flat = PageTypeModel(features=("x",), mean=(0.0,), scale=(1.0,), classes=("article", "listing"),
                         coef=((0.0,), (0.0,)), intercept=(0.0, 0.0), min_probability=0.6)
    assert flat.probabilities({"x": 3.0}) == {"article": 0.5, "listing": 0.5}
    assert flat.decide({"x": 3.0}) is None


def test_the_article_offset_tips_a_tie_away_from_article():
    tied = PageTypeModel(features=("x",), mean=(0.0,), scale=(1.0,), classes=("article", "listing"),
                         coef=((1.0,), (1.0,)), intercept=(0.0, 0.0), min_probability=0.3, article_offset=0.5)
    probabilities = tied.probabilities({"x": 2.0})
    assert probabilities["listing"] > probabilities["article"]
    assert tied.decide({"x": 2.0}) == "listing"
    assert load_model().article_offset > 0  # the shipped model carries the offset its training chose


def test_the_record_carries_the_page_type_and_text_dumps_leave_it_null():
    record = extract(ARTICLE_PAGE, url="https://example.org/news/2024/council-budget").to_dict()
    assert record["page_type"] == "article"
    assert extract("Council approves budget\n\n" + PARAGRAPH, input_format="text").to_dict()["page_type"] is None
    json.dumps(record)


def test_an_address_urlsplit_refuses_reads_as_no_address():
    features = page_features(parsed("<html><body><p>Text</p></body></html>", url="http://[2001:db8"))
    assert features["url_known"] == 0.0 and features["url_depth"] == 0.0
