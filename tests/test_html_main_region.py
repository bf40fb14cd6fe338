"""The main-region candidate: a listing's body is its items, headlines (links) included."""

from lxml import html

from extractor.html.main_region import choose_main_region, main_region, region_text
from extractor.model import Article, Options

ITEMS = "".join(
    f'<li><a href="/story-{n}">Headline number {n} of the section</a>'
    f"<p>Teaser sentence {n} in brief.</p></li>" for n in range(1, 7))
LISTING = f"""<html><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><h1>World news</h1><ul>{ITEMS}</ul><footer>Copyright notice of the site</footer></main>
<aside>Most read elsewhere</aside>
</body></html>"""


def _article(page: str, page_type: str, body: str) -> Article:
    article = Article(source="-", page_type=page_type, body=body)
    article.tree = html.document_fromstring(page)
    return article


def test_the_region_is_the_marked_main_element_as_one_paragraph_per_block_without_its_furniture():
    text = region_text(main_region(html.document_fromstring(LISTING)))
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "World news"
    assert "Headline number 3 of the section" in paragraphs
    assert "Teaser sentence 3 in brief." in paragraphs
    assert "Copyright" not in text and "Home" not in text and "Most read" not in text


def test_without_a_marked_main_the_region_is_the_body_less_navigation_header_footer_and_sidebars():
    page = LISTING.replace("<main>", "<div>").replace("</main>", "</div>")
    text = region_text(main_region(html.document_fromstring(page)))
    assert "Headline number 6 of the section" in text
    assert "Home" not in text and "Most read" not in text and "Copyright" not in text


def test_a_tail_after_a_left_out_element_stays_in_its_paragraph():
    tree = html.document_fromstring("<html><body><main><p>Price <button>Add</button> 12 euros</p></main></body></html>")
    assert region_text(main_region(tree)) == "Price 12 euros"


def test_on_a_listing_the_region_replaces_a_body_that_kept_two_teasers():
    kept = "Teaser sentence 1 in brief.\n\nTeaser sentence 2 in brief."
    article = choose_main_region(_article(LISTING, "listing", kept), Options(explain=True))
    assert "Headline number 5 of the section" in article.body
    assert article.removed[0].kind == "replaced_by_main_region"


def test_an_article_keeps_its_body():
    kept = "Teaser sentence 1 in brief."
    assert choose_main_region(_article(LISTING, "article", kept), Options()).body == kept


def test_a_region_of_prose_rather_than_links_is_not_taken():
    page = LISTING.replace("<a href", "<span data-href").replace("</a>", "</span>")
    kept = "Teaser sentence 1 in brief."
    assert choose_main_region(_article(page, "listing", kept), Options()).body == kept


def test_a_region_that_does_not_hold_the_body_or_is_not_clearly_longer_is_not_taken():
    elsewhere = "A paragraph from another part of the page entirely, none of it in the list."
    assert choose_main_region(_article(LISTING, "listing", elsewhere), Options()).body == elsewhere
    nearly_all = region_text(main_region(html.document_fromstring(LISTING))).rsplit("\n\n", 2)[0]
    assert choose_main_region(_article(LISTING, "collection", nearly_all), Options()).body == nearly_all
