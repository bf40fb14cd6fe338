"""Body profiles by page type: the whole-page reading for forums and listings, articles untouched."""

from __future__ import annotations

from extractor.html import parse_html
from extractor.model import Article, Options
from extractor.pagetype.profile import apply_profile, read_profile_body

POST = ("<div class='comment'><p class='author'>user{n}</p><p>I tried the new release on my laptop and the "
        "build finished twice as fast as before, which surprised me a great deal, reply number {n}.</p></div>")
THREAD = f"""<html><body><h1>Build times in the new release</h1>
<div class="post"><p>Has anyone measured the build times of the new release? Mine seem much shorter than they
were last month, and I would like to know whether others see the same thing on their machines.</p></div>
<div id="comments">{''.join(POST.format(n=n) for n in range(5))}</div></body></html>"""


def read(page_type: str | None) -> Article:
    article = parse_html(Article(text=THREAD, input_format="html"), Options())
    article.page_type = page_type
    return read_profile_body(article, Options())


def test_a_forum_thread_is_read_whole_and_an_article_is_not():
    assert "reply number 4" in read("forum").profile_body
    assert read("article").profile_body is None
    assert read(None).profile_body is None


def test_the_profile_body_replaces_only_a_shorter_body():
    article = Article(body="A short body.", profile_body="A longer body of the page, with its posts.")
    assert apply_profile(article, Options()).body == "A longer body of the page, with its posts."
    article = Article(body="A long chosen body that says more than the other one does.", profile_body="Short.")
    assert apply_profile(article, Options()).body.startswith("A long chosen body")
    assert article.profile_body is None


def test_a_listing_offers_its_longest_run_of_alike_items():
    cards = "".join(f"<li class='item'><a href='/{n}'>Headline number {n} of the day</a> teaser</li>" for n in range(4))
    page = f"<html><body><ul class='nav'><li>Home</li><li>About</li><li>Contact</li></ul><ul>{cards}</ul>" \
           "<script>var x = 1;</script></body></html>"
    article = parse_html(Article(text=page, input_format="html"), Options())
    article.page_type = "listing"
    body = read_profile_body(article, Options()).profile_body
    assert body.split("\n\n") == [f"Headline number {n} of the day teaser" for n in range(4)]
