"""Page-type features of repeated blocks, structured data in markup, host names and prices."""

from __future__ import annotations

import math

from extractor.html import parse_html
from extractor.model import Article, Options
from extractor.pagetype.blocks import block_features
from extractor.pagetype.features import page_features

CARD = '<div class="card"><h3><a href="/s/{n}">Story number {n} in the list</a></h3><p>A short teaser.</p></div>'
LISTING = f"<html><body><main>{''.join(CARD.format(n=n) for n in range(6))}</main></body></html>"


def parsed(html: str, url: str | None = None) -> Article:
    return parse_html(Article(text=html, input_format="html", url=url), Options())


def test_a_run_of_alike_linked_cards_is_read_as_one_run():
    features = page_features(parsed(LISTING))
    assert features["run_items"] == math.log1p(6)
    assert features["run_linked_items"] == 1.0 and 0.5 < features["run_link_share"] < 1.0
    assert features["run_share"] > 0.9
    assert features["linked_headings"] == 1.0


def test_two_alike_blocks_are_no_run():
    features = page_features(parsed(f"<html><body>{CARD.format(n=1)}{CARD.format(n=2)}</body></html>"))
    assert features["run_items"] == 0.0 and features["run_share"] == 0.0


def test_prices_are_currency_signs_beside_digits_in_any_script():
    tree = parsed("<html><body><p>Now $120.00, was 150 €, or 3800円.</p><p>Costs in $ rise.</p></body></html>").tree
    assert block_features(tree, "Now $120.00, was 150 €, or 3800円. Costs in $ rise.", 40)["price_numbers"] == \
        math.log1p(3)


def test_host_words_count():
    features = page_features(parsed("<html><body><p>Start here.</p></body></html>", url="https://docs.example.org/x"))
    assert features["host_documentation"] == 1.0 and features["host_product"] == 0.0


def test_an_article_holds_its_text_in_one_container():
    prose = "<p>" + "Words of a long report on the budget. " * 8 + "</p>"
    features = page_features(parsed(f"<html><body><nav><a href='/'>Home</a></nav><div>{prose * 5}</div></body></html>"))
    assert features["densest_text_share"] > 0.9 and features["share_p"] > 0.9


def test_code_and_list_text_shares():
    features = page_features(parsed("<html><body><pre>print(1)</pre><ul><li>one item</li></ul></body></html>"))
    assert features["share_code"] > 0.3 and features["share_li"] > 0.3
