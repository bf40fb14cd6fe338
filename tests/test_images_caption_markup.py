from __future__ import annotations

import lxml.html

from extractor.images.caption_markup import caption_of
from extractor.images.urls import picture_key

SRC = "https://cdn.example/warehouse.jpg"


def _caption(markup: str) -> tuple:
    tree = lxml.html.fromstring(f"<html><body><figure><img src='{SRC}'>{markup}</figure></body></html>")
    return caption_of(next(tree.iter("img")), picture_key(SRC))[:2]


def test_a_credit_named_wrapper_around_caption_and_credit_is_no_credit():
    # The caption line is named like a copyright box; the credit is the element named so inside it.
    assert _caption(
        "<div class='caption-line media-copyright'><span class='figcaption'>A worker in the warehouse. </span>"
        "<span class='figcaption__copyright'>Bild ©  Jane Roe (hr) </span></div>"
    ) == ("A worker in the warehouse.", "© Jane Roe (hr)")


def test_a_sentence_in_a_credit_element_is_not_part_of_the_credit():
    assert _caption(
        "<section><div class='sidebar-copyright__part'>(Symbolbild) When the trains stop, the way to work"
        " gets long for many. </div><div class='sidebar-copyright__part'>Bildrechte: dpa/Jane Roe</div></section>"
    )[1] == "dpa/Jane Roe"


def test_a_captioned_picture_takes_the_labelled_credit_its_alt_text_ends_with():
    tree = lxml.html.fromstring(
        f"<html><body><div><img src='{SRC}' alt='A trader at the market. (Photo: Jane Roe / Agency)'>"
        "<em class='image-caption'>Traders in the inner city</em></div></body></html>"
    )
    assert caption_of(next(tree.iter("img")), picture_key(SRC))[:2] == (
        "Traders in the inner city", "Jane Roe / Agency")
