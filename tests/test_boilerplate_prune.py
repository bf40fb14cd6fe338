"""Pruning containers named like boilerplate only where their content agrees, and the trailing-widget
trim only where the page shows the label as a link or the table knows it, in every script."""

from __future__ import annotations

from extractor import extract
from extractor.boilerplate.evidence import FEATURE_NAMES
from extractor.boilerplate.filter import filter_boilerplate
from extractor.boilerplate.prune import boilerplate_probability, prune_model
from extractor.model import Article, Options

STORY = "".join(f"<p>Paragraph {i} of the council story, with enough words to be prose in it.</p>" for i in range(8))


def features(**values: float) -> list[float]:
    return [values.get(name, 0.0) for name in FEATURE_NAMES]


def test_the_shipped_weights_load_and_decide_a_tiny_case_the_right_way():
    model = prune_model()
    assert model["trees"] and all(node[0] < len(FEATURE_NAMES) for tree in model["trees"] for node in tree)
    share_bar = features(**{"kind=share": 1, "log_words": 1.6, "link_density": 1.0, "log_blocks": 1.6,
                            "log_words_per_block": 0.7, "table_hit_share": 0.8})
    prose = features(**{"kind=share": 1, "log_words": 6.0, "page_word_share": 0.5, "page_paragraph_share": 0.6,
                        "link_density": 0.02, "log_blocks": 2.5, "log_words_per_block": 3.5, "sentence_share": 1.0,
                        "log_paragraphs": 2.5})
    assert boilerplate_probability(share_bar) > model["threshold"] > boilerplate_probability(prose)


def test_a_share_bar_of_links_goes_and_the_articles_own_list_named_like_a_post_list_stays():
    steps = "".join(f"<p>Step {i}: the council approved the budget on Tuesday after a long debate about buses.</p>"
                    for i in range(2))
    page = (f"<html><body><article><h1>Council approves budget</h1>{STORY}"
            f"<div class='postList'>{steps}</div>"
            "<div class='share-bar'><a href='/fb'>Facebook</a> <a href='/tw'>Twitter</a> <a href='/m'>Email</a></div>"
            "</article></body></html>")
    article = extract(page, options=Options(explain=True))
    assert "Step 1: the council approved" in article.body
    assert "Facebook" not in article.body
    assert not any("Step 1" in r.text for r in article.removed)


def test_a_chinese_story_is_not_trimmed_as_widgets_and_a_sign_off_stays():
    paragraphs = ["市议会周二晚上投票通过了明年的预算，其中包括对公共交通的大量投资和新的学校建设计划。"] + [
        f"第{i}段：议员们在会上讨论了很长时间，最后以多数票通过了这项预算方案。" for i in range(5)]
    article = Article(body="\n\n".join(paragraphs + ["— 编辑 王明"]))
    filter_boilerplate(article, Options())
    assert article.paragraphs == paragraphs + ["— 编辑 王明"]


def test_a_trailing_link_label_goes_and_initials_stay():
    body = ("First real paragraph of the story, long enough to count as prose.\n\n"
            "Second paragraph of the story, which ends the way a sentence ends.")
    article = Article(body=body + "\n\nJ.R.S\n\nShare on Facebook")
    filter_boilerplate(article, Options(explain=True))
    assert article.paragraphs[-1] == "J.R.S"
    assert [r.kind for r in article.removed] == ["share"]


def _pruned_listing(page_type: str | None) -> tuple[str, list[str]]:
    from extractor.boilerplate.prune import prune_boilerplate_elements
    from extractor.html import parse_html

    cards = "".join(f"<div class='card'><h2><a href='/s{i}'>Story {i} headline</a></h2>"
                    f"<p class='excerpt'>The council met on day {i} and voted on the plan.</p>"
                    "<span class='author'>By Jane Roe</span></div>" for i in range(6))
    footer = "".join(f"<div class='footer-col'><a href='/a{i}'>About</a> <a href='/c{i}'>Contact</a> "
                     f"<a href='/p{i}'>Privacy</a></div>" for i in range(3))
    article = parse_html(Article(text=f"<html><body><main><h1>Latest news</h1>{cards}</main>{footer}</body></html>"),
                         Options())
    article.page_type = page_type
    article = prune_boilerplate_elements(article, Options(explain=True))
    return " ".join(article.tree.itertext()), [r.kind for r in article.removed]


def test_on_a_listing_the_parts_every_item_repeats_stay_and_its_furniture_goes():
    text, kinds = _pruned_listing("listing")
    assert text.count("The council met") == 6 and text.count("By Jane Roe") == 6
    assert "Privacy" not in text and kinds == ["footer"] * 3


def test_on_an_article_the_same_teaser_parts_are_pruned():
    text, kinds = _pruned_listing("article")
    assert "The council met" not in text and "related" in kinds
