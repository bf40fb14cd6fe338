from __future__ import annotations

import lxml.html

from extractor.images.caption_markup import caption_of
from extractor.images.page_pictures import PagePictures, pictures_of_page
from extractor.images.urls import picture_key

PAGE = (
    "<html><body><div class='story'><p>First paragraph of the story.</p>"
    "<figure><img src='https://cdn.example/harbour-at-dawn.jpg'>"
    "<figcaption>Boats in the harbour at dawn <span class='credit'>Foto: Jane Roe</span></figcaption></figure>"
    "<div class='share-tools'><span>Share</span></div>"
    "<p>Second paragraph of the story.</p></div></body></html>"
)
KEY = picture_key("https://cdn.example/harbour-at-dawn.jpg")


def test_a_caption_read_before_pruning_holds_while_its_part_of_the_page_is_whole():
    tree = lxml.html.fromstring(PAGE)
    pictures = PagePictures(tree)
    captions, copies = pictures.captions_and_copies()
    assert captions[KEY][:2] == ("Boats in the harbour at dawn", "Jane Roe")
    assert copies[KEY] == 1
    # Pruning elsewhere on the page: the reading is kept, and it is what reading again gives.
    next(e for e in tree.iter("div") if e.get("class") == "share-tools").drop_tree()
    img = next(tree.iter("img"))
    assert pictures.caption_of(img, KEY) == caption_of(img, KEY)
    assert pictures.caption_of(img, KEY)[:2] == ("Boats in the harbour at dawn", "Jane Roe")


def test_a_caption_is_read_again_where_pruning_took_part_of_it():
    tree = lxml.html.fromstring(PAGE)
    pictures = PagePictures(tree)
    pictures.captions_and_copies()
    next(e for e in tree.iter("span") if e.get("class") == "credit").drop_tree()
    img = next(tree.iter("img"))
    assert pictures.caption_of(img, KEY)[:2] == ("Boats in the harbour at dawn", None)


def test_pictures_of_page_counts_a_teaser_thumbnail_but_reads_no_caption_for_it():
    tree = lxml.html.fromstring(
        "<html><body><a href='/other-story'><img src='https://cdn.example/other-story.jpg'>"
        "<span class='caption'>Another story</span></a></body></html>"
    )
    captions, copies = pictures_of_page(tree)
    assert captions == {}
    assert copies[picture_key("https://cdn.example/other-story.jpg")] == 1


def test_a_credit_named_in_the_caption_stays_in_the_caption():
    tree = lxml.html.fromstring(
        "<html><body><figure><img src='https://cdn.example/launch-site.jpg'>"
        "<figcaption><span class='figcaption__caption'>Etlaq’s current launch site.</span>"
        "<span class='figcaption__credit'>Etlaq</span></figcaption></figure></body></html>"
    )
    img = next(tree.iter("img"))
    assert caption_of(img, picture_key("https://cdn.example/launch-site.jpg"))[:2] == (
        "Etlaq’s current launch site.", "Etlaq")
