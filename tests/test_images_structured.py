"""Images: captions and credits in structured data and non-figcaption markup, the share image read
before head tags leave the tree, and a `<picture>`'s sources not counting as depth."""

from __future__ import annotations

import json

from extractor import extract
from extractor.images.caption_markup import CAPTION_MARKUP_WORDS
from extractor.images.elements import lifted_ancestors
from extractor.images.structured import describe

PROSE = [
    "The city council voted on Tuesday to rebuild the old harbour wall after two winters of storm damage "
    "left the seafront road closed for months and the fishing fleet without a safe mooring.",
    "Engineers told the meeting that the new wall would rise a metre higher than the old one and would be "
    "faced with granite taken from the quarry that supplied the first harbour in the eighteenth century.",
    "Residents who packed the public gallery applauded the decision, although several asked why the work "
    "could not begin before the autumn tides, when the risk of flooding on the lower streets is greatest.",
]


def page(*blocks: str, head: str = "") -> str:
    return (
        f"<html><head><title>Harbour wall to be rebuilt</title>{head}</head><body><article>"
        f"<h1>Harbour wall to be rebuilt</h1>{''.join(blocks)}</article></body></html>"
    )


def p(index: int) -> str:
    return f"<p>{PROSE[index]}</p>"


def test_jsonld_image_object_gives_caption_and_credit_the_markup_lacks():
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall to be rebuilt",
          "image": {"@type": "ImageObject", "url": "https://cdn.example/wall-1200.jpg",
                    "caption": "The broken harbour wall in January.",
                    "copyrightHolder": {"@type": "Organization", "name": "Jane Roe | Harbour Press"}}}
    head = (f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
            "<meta property='og:image' content='https://cdn.example/wall-1200.jpg'>")
    figure = "<figure><img src='https://cdn.example/wall-800.jpg' width='800'></figure>"
    shown = "<div class='gallery-info'><p>The broken harbour wall in January.</p><p>Jane Roe | Harbour Press</p></div>"
    lead = extract(page(p(0), figure, p(1), p(2), shown, head=head)).images[0]
    assert lead.role == "lead"
    assert lead.caption == "The broken harbour wall in January."
    assert lead.credit == "Jane Roe, Harbour Press"
    # A caption the page never shows is written for search engines; the credit is still the picture's.
    unshown = extract(page(p(0), figure, p(1), p(2), head=head)).images[0]
    assert (unshown.caption, unshown.credit) == (None, "Jane Roe, Harbour Press")


def test_describe_prefers_credit_text_and_splits_a_glued_credit():
    caption = "A wall. Photo: Jane Roe"
    assert describe({"caption": caption, "creditText": "J. Roe"}) == ("A wall.", "J. Roe", caption)
    assert describe({"caption": caption}) == ("A wall.", "Jane Roe", caption)
    assert describe({"author": [{"name": "Ann"}, {"name": "Bo"}]}) == (None, "Ann, Bo", None)


def test_parts_of_one_credit_in_elements_of_their_own_are_the_credit_whole():
    html = page(p(0), "<figure><img src='https://cdn.example/wall.jpg' width='900'><figcaption><span>Jane Roe</span>"
                "<span>//</span><span>Getty Images</span></figcaption></figure>", p(1), p(2))
    image = extract(html).images[0]
    assert (image.caption, image.credit) == (None, "Jane Roe//Getty Images")


def test_share_image_in_a_value_attribute_is_the_lead():
    html = page(p(0), p(1), p(2), head="<meta name='og:image' value='https://cdn.example/lead-photo.jpg'>")
    images = extract(html).images
    assert [(i.role, i.src) for i in images] == [("lead", "https://cdn.example/lead-photo.jpg")]


def test_caption_box_after_a_picture_gives_caption_and_credit_apart():
    html = page(
        p(0),
        "<div class='media'><div><img src='https://cdn.example/wall.jpg' width='900'></div>"
        "<div class='media-text'><span class='media-caption'>The broken harbour wall in January.</span>"
        "<span class='media-source'>Jane Roe/dpa</span></div></div>",
        p(1), p(2),
    )
    image = extract(html).images[0]
    assert (image.caption, image.credit) == ("The broken harbour wall in January.", "Jane Roe/dpa")


def test_a_picture_with_many_sources_still_finds_its_figcaption():
    sources = "".join(f"<source srcset='https://cdn.example/wall-{w}.jpg' media='(max-width:{w}px)'>"
                      for w in (320, 480, 640, 800, 1024, 1280, 1600))
    html = page(
        p(0),
        f"<figure><picture>{sources}<img src='https://cdn.example/wall-2000.jpg' width='2000'></picture>"
        "<figcaption>The broken harbour wall in January / Jane Roe</figcaption></figure>",
        p(1), p(2),
    )
    image = extract(html).images[0]
    assert (image.caption, image.credit) == ("The broken harbour wall in January", "Jane Roe")
    img = next(e for e in __import__("lxml.html").html.fromstring(html).iter("img"))
    assert next(lifted_ancestors(img)).tag == "picture"


def test_a_credit_in_an_element_of_its_own_inside_the_caption():
    html = page(
        p(0),
        "<figure><img src='https://cdn.example/wall.jpg' width='900'><figcaption><span>The broken harbour wall"
        " in January.</span><span>Jane Roe (Reuters)</span></figcaption></figure>",
        p(1), p(2),
    )
    image = extract(html).images[0]
    assert (image.caption, image.credit) == ("The broken harbour wall in January.", "Jane Roe (Reuters)")


def test_a_caption_line_then_a_credit_line_after_the_picture():
    html = page(
        p(0),
        "<div><img src='https://cdn.example/wall.jpg' width='900'><p>Jane Roe</p><p>Foto: REUTERS/John Doe</p></div>",
        p(1), p(2),
    )
    image = extract(html).images[0]
    assert (image.caption, image.credit) == ("Jane Roe", "REUTERS/John Doe")


def test_a_shareable_figure_is_the_story_s_own():
    html = page(p(0), "<figure class='img-container shareable-item'><img src='https://cdn.example/wall.jpg'"
                " width='540'><figcaption>The broken harbour wall (Picture: Getty)</figcaption></figure>", p(1), p(2))
    image = extract(html).images[0]
    assert (image.caption, image.credit) == ("The broken harbour wall", "Getty")


def test_markup_words_are_one_table_of_kinds_and_languages():
    kinds = {kind for _, kind, _ in CAPTION_MARKUP_WORDS}
    assert kinds == {"caption", "caption-inside", "credit"}
    assert all(languages for _, _, languages in CAPTION_MARKUP_WORDS)
