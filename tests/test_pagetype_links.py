"""Page-type features of where links lead and of the headline's length."""

from __future__ import annotations

import math

from extractor.html import parse_html
from extractor.model import Article, Options
from extractor.pagetype.links import headline_features, link_features

POST = ('<div class="post"><a href="/members/ann.12/">ann</a><p>I had the same trouble with mine.</p>'
        '<a href="/threads/help.9/reply?quote=5">Reply</a></div>')
THREAD = f"""<html><head><link rel="next" href="/threads/help.9/page-2"></head><body>
{POST * 4}<a href="/threads/help.9/?page=2">2</a><a href="#top">top</a><a href="tel:+15550100">call</a>
</body></html>"""


def parsed(html: str, title: str | None = None) -> Article:
    article = parse_html(Article(text=html, input_format="html"), Options())
    article.title = title
    return article


def test_a_thread_links_to_its_posters_replies_and_next_page():
    features = link_features(parsed(THREAD).tree)
    assert features["href_user"] == math.log1p(4)
    assert features["href_reply"] == math.log1p(4)  # "reply" and "quote" in one link count it once
    assert features["href_paging"] == math.log1p(1)
    assert features["rel_next"] == 1.0
    assert features["href_author"] == features["href_edit"] == 0.0


def test_author_and_source_links_and_a_page_without_links():
    html = ('<html><body><a href="/author/jane-roe">Jane Roe</a>'
            '<a href="https://git.example.org/docs/blob/main/intro.md">Edit this page</a></body></html>')
    features = link_features(parsed(html).tree)
    assert features["href_author"] == math.log1p(1) and features["href_edit"] == math.log1p(1)
    empty = link_features(parsed("<html><body><p>No links.</p></body></html>").tree)
    assert set(empty.values()) == {0.0}


def test_headline_words_count_in_every_script():
    features = headline_features(parsed("<html><body><h1>東京都は新しい予算案を発表した</h1></body></html>",
                                        title="Council approves the budget after a long debate"))
    assert features["title_words"] == math.log1p(8)
    assert features["h1_words"] > math.log1p(5)  # unspaced Japanese still counts as many words
    bare = headline_features(parsed("<html><body><p>x</p></body></html>"))
    assert bare == {"title_words": 0.0, "h1_words": 0.0}
