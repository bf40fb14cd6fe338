from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from extractor import Options, extract
from extractor.emit import record_schema
from extractor.images.urls import picture_key

PAGES = Path(__file__).parent / "fixtures" / "pages"
# Pages whose expected record holds images (others hold only the fields their case is about).
IMAGE_PAGES = sorted(path.parent.name for path in PAGES.glob("*/expected.json")
                     if '"images"' in path.read_text(encoding="utf-8"))

PROSE = [
    "The city council voted on Tuesday to rebuild the old harbour wall after two winters of storm damage "
    "left the seafront road closed for months and the fishing fleet without a safe mooring.",
    "Engineers told the meeting that the new wall would rise a metre higher than the old one and would be "
    "faced with granite taken from the quarry that supplied the first harbour in the eighteenth century.",
    "Residents who packed the public gallery applauded the decision, although several asked why the work "
    "could not begin before the autumn tides, when the risk of flooding on the lower streets is greatest.",
    "The mayor said the contract would be signed within a month and that the road would reopen to traffic "
    "as soon as the foundations were complete, which the engineers expect to take about ten weeks.",
    "Local businesses have lost trade since the closure, and a support fund set up last year has paid out "
    "more than two hundred small grants to cafes, shops and boat owners along the harbour front.",
]


def page(*blocks: str, head: str = "") -> str:
    body = "\n".join(blocks)
    return (
        f"<html><head><title>Harbour wall to be rebuilt</title>{head}</head><body>"
        f"<header class='site-header'><img src='/static/logo.png' alt='Harbour News logo'></header>"
        f"<article><h1>Harbour wall to be rebuilt</h1>{body}</article>"
        f"<footer><img src='/static/footer-badge.png' width='88' height='31'></footer></body></html>"
    )


def p(index: int) -> str:
    return f"<p>{PROSE[index]}</p>"


def images_of(html: str, **options):
    article = extract(html, options=Options(**options)) if options else extract(html)
    return article, article.images


def test_lazy_copy_srcset_and_noscript_copy_make_one_image_with_the_largest_source():
    html = page(
        p(0),
        "<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='https://cdn.example/wall-800x450.jpg'"
        " data-srcset='https://cdn.example/wall-800x450.jpg 800w,"
        " https://cdn.example/wall-1600x900.jpg 1600w'"
        " alt='The harbour wall'><noscript><img src='https://cdn.example/wall-800x450.jpg'></noscript>"
        "<figcaption>The broken harbour wall in January. Photo: Jane Roe</figcaption></figure>",
        p(1),
        p(2),
        p(3),
    )
    _, images = images_of(html)
    assert len(images) == 1
    image = images[0]
    assert image.src == "https://cdn.example/wall-1600x900.jpg"
    assert image.width == 1600
    assert (image.caption, image.credit) == ("The broken harbour wall in January.", "Jane Roe")
    assert image.alt == "The harbour wall"


def test_share_image_is_the_lead_and_merges_with_its_figure_copy():
    head = (
        "<meta property='og:image' content='https://cdn.example/wall-1200x630.jpg'>"
        "<meta property='og:image:width' content='1200'>"
    )
    html = page(
        "<figure class='hero'><img src='https://cdn.example/wall-640x360.jpg' width='640'>"
        "<figcaption><span class='caption-text'>Waves over the wall.</span>"
        "<span class='credit'>Credit: John Doe/Getty Images</span></figcaption></figure>",
        p(0),
        p(1),
        p(2),
        p(3),
        head=head,
    )
    article, images = images_of(html)
    assert len(images) == 1
    lead = images[0]
    assert lead.role == "lead"
    assert article.paragraphs[lead.paragraph].startswith(PROSE[0][:30])
    assert lead.src == "https://cdn.example/wall-1200x630.jpg"
    assert (lead.caption, lead.credit) == ("Waves over the wall.", "John Doe/Getty Images")


def test_share_image_that_is_another_source_of_a_story_picture_merges_with_it():
    # The share crop is one of the `<picture>`'s sources (a different file from the `<img>` shown); the
    # stand-in `src` every lazy picture shares says nothing about which picture it is.
    head = "<meta property='og:image' content='https://cdn.example/3734766_wall-1312x656.jpg'>"
    html = page(
        p(0),
        "<figure><picture><source media='(min-width: 641px)' srcset='https://cdn.example/3734766_wall-824x412.jpg'>"
        "<img src='https://cdn.example/3734765_wall.jpg' width='640' alt='Waves'></picture>"
        "<figcaption>Waves over the harbour wall in January.</figcaption></figure>",
        p(1),
        "<figure><img src='/static/stand-in.png' data-src='https://cdn.example/boats.jpg' width='640'>"
        "<figcaption>Boats moored inside the harbour.</figcaption></figure>",
        "<figure><img src='/static/stand-in.png' data-src='https://cdn.example/quay.jpg' width='640'>"
        "<figcaption>The quay after the storm.</figcaption></figure>",
        p(2),
        p(3),
        head=head,
    )
    _, images = images_of(html)
    assert [(i.role, i.caption) for i in images] == [
        ("lead", "Waves over the harbour wall in January."),
        ("inline", "Boats moored inside the harbour."),
        ("inline", "The quay after the storm."),
    ]


def test_share_image_alone_is_the_lead_when_the_page_does_not_show_it():
    head = "<meta property='og:image' content='/media/harbour-share.jpg'>"
    _, images = images_of(page(p(0), p(1), p(2), head=head), url="https://news.example/2024/harbour")
    assert [(i.src, i.role) for i in images] == [("https://news.example/media/harbour-share.jpg", "lead")]


def test_logos_avatars_pixels_and_teasers_are_not_article_images():
    html = page(
        p(0),
        "<img src='https://cdn.example/pixel.gif' width='1' height='1'>",
        "<div class='author-box'><img src='https://cdn.example/people/jane.jpg'></div>",
        "<figure><img src='https://cdn.example/inline-quay.jpg'>"
        "<figcaption>The quay at low tide.</figcaption></figure>",
        p(1),
        "<aside class='related-stories'><a href='/other-story'><img src='https://cdn.example/other.jpg'>"
        "<h3>Ferry timetable changes for the summer season</h3></a></aside>",
        "<div class='promo-card'><img src='https://cdn.example/promo.jpg'></div>",
        p(2),
        p(3),
    )
    _, images = images_of(html)
    assert [i.src for i in images] == ["https://cdn.example/inline-quay.jpg"]
    assert images[0].role == "inline"


def test_a_story_card_that_links_picture_and_headline_apart_is_no_article_image():
    # The card's picture link has no words; its headline is another link to the same page. A picture
    # that links where a sentence of the text also links stays the article's.
    html = page(
        p(0),
        "<div><div><a href='/news/ferry-timetable' aria-hidden='true'><div><div><img"
        " src='https://cdn.example/ferry.jpg' width='1920' height='1080'></div></div></a></div>"
        "<div><h3><a href='/news/ferry-timetable'>Ferry timetable changes for the summer</a></h3>"
        "<time>23. 12. 2024</time></div></div>",
        p(1),
        "<p><a href='https://plans.example/garden/1263418/'><img src='https://cdn.example/garden-plan.jpg'"
        " width='800'></a></p><p>The plan for the new harbour garden is online: <a"
        " href='https://plans.example/garden/1263418/'>see the full plant list</a>.</p>",
        p(2),
        p(3),
    )
    _, images = images_of(html)
    assert [i.src for i in images] == ["https://cdn.example/garden-plan.jpg"]


def test_a_picture_set_aside_in_the_text_is_the_articles_but_an_aside_of_stories_is_not():
    html = page(
        p(0),
        "<p><aside class='left image'><a href='https://cdn.example/jane-roe.jpg'><img"
        " src='https://cdn.example/jane-roe.jpg' width='400'></a>"
        "<span>Jane Roe. (Photo by John Doe)</span></aside></p>",
        p(1),
        "<aside class='box'><a href='/news/ferry'><img src='https://cdn.example/ferry.jpg' width='800'></a>"
        "<span>Ferry timetable changes for the summer season</span></aside>",
        p(2),
        p(3),
    )
    _, images = images_of(html)
    assert [(i.src, i.caption, i.credit) for i in images] == [
        ("https://cdn.example/jane-roe.jpg", "Jane Roe.", "John Doe")]


def test_relative_sources_resolve_against_base_href_then_the_url_option():
    html = page(
        p(0),
        "<figure><img src='img/quay.jpg'></figure>",
        p(1),
        p(2),
        head="<base href='https://static.example/story/'>",
    )
    _, images = images_of(html, url="https://news.example/2024/harbour")
    assert images[0].src == "https://static.example/story/img/quay.jpg"
    _, images = images_of(
        page(p(0), "<figure><img src='img/quay.jpg'></figure>", p(1), p(2)),
        url="https://news.example/2024/harbour",
    )
    assert images[0].src == "https://news.example/2024/img/quay.jpg"


def test_caption_that_leaked_into_the_body_moves_to_its_image():
    """An unmarked caption line under a picture, which trafilatura keeps as a body paragraph."""
    html = page(
        p(0),
        p(1),
        "<div class='photo'><img src='https://cdn.example/divers.jpg' width='830' height='467'>"
        "<p>Divers inspect the foundations of the old wall. Credit: Harbour Authority</p></div>",
        p(2),
        p(3),
        p(4),
    )
    kept = extract(html, options=Options(images=False))
    assert "Divers inspect" in kept.body  # without the stage, the caption is in the body
    article = extract(html, options=Options(explain=True))
    assert len(article.images) == 1
    image = article.images[0]
    assert (image.caption, image.credit) == (
        "Divers inspect the foundations of the old wall.",
        "Harbour Authority",
    )
    assert "Divers inspect" not in article.body
    assert "Harbour Authority" not in article.body
    assert PROSE[2][:40] in article.body
    assert [r.kind for r in article.removed if "Divers inspect" in r.text] == ["duplicate_caption"]
    assert article.paragraphs[image.paragraph].startswith(PROSE[2][:30])


def test_gallery_figures_each_keep_their_own_caption_in_page_order():
    gallery = "".join(
        f"<figure class='gallery-item'><img src='https://cdn.example/boat-{n}.jpg' width='600'>"
        f"<figcaption>Boat number {n} waits for the repairs.</figcaption></figure>"
        for n in range(1, 4)
    )
    article, images = images_of(page(p(0), p(1), f"<figure class='gallery'>{gallery}</figure>", p(2), p(3)))
    assert article.paragraphs[2].startswith(PROSE[2][:30])
    assert [(i.src.rsplit("/", 1)[-1], i.caption) for i in images] == [
        (f"boat-{n}.jpg", f"Boat number {n} waits for the repairs.") for n in range(1, 4)
    ]
    # All three precede the same paragraph: the third of the prose (the repeated headline has been
    # filtered out of the body).
    assert {i.paragraph for i in images} == {2}


def test_images_option_off_and_text_dumps_give_no_images():
    html = page(p(0), "<figure><img src='https://cdn.example/quay.jpg'></figure>", p(1), p(2))
    assert extract(html, options=Options(images=False)).images == []
    dump = "Harbour wall to be rebuilt\n\n" + "\n\n".join(PROSE)
    assert extract(dump, input_format="text").images == []


@pytest.mark.parametrize("slug", IMAGE_PAGES)
def test_real_pages_give_their_hand_labelled_images(slug):
    folder = PAGES / slug
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    article = extract((folder / "page.html").read_bytes(), url=expected["url"])
    got = [{"src": i.src, "caption": i.caption, "credit": i.credit, "role": i.role} for i in article.images]
    assert got == expected["images"]
    for image in article.images:
        for text in (image.caption, image.credit):
            assert not text or text not in article.paragraphs
    assert len({picture_key(i.src) for i in article.images}) == len(article.images)
    jsonschema.validate(article.to_dict(), record_schema())


def test_different_files_with_one_caption_stay_apart_but_copies_in_one_figure_merge():
    caption = "Source: analysis of harbour authority tide data"
    charts = "".join(
        f"<figure><img src='https://cdn.example/chart-{n}.png' width='900'>"
        f"<figcaption>{caption}</figcaption></figure>"
        f"{p(n)}"
        for n in range(1, 3)
    )
    _, images = images_of(page(p(0), charts, p(3)))
    assert [i.src for i in images] == ["https://cdn.example/chart-1.png", "https://cdn.example/chart-2.png"]
    copies = (
        "<figure><img src='https://cdn.example/quay-thumb.jpg' width='300'>"
        "<noscript><img src='https://cdn.example/quay-full.jpg' width='1200'></noscript>"
        "<figcaption>The quay at low tide, seen from the lighthouse.</figcaption></figure>"
    )
    _, images = images_of(page(p(0), copies, p(1), p(2)))
    assert [(i.src, i.width) for i in images] == [("https://cdn.example/quay-full.jpg", 1200)]


def test_relative_sizes_do_not_make_a_picture_an_icon():
    html = page(
        p(0),
        "<figure><img src='https://cdn.example/quay.jpg' width='50%' height='auto'></figure>",
        p(1),
        p(2),
    )
    _, images = images_of(html)
    assert [(i.src, i.width) for i in images] == [("https://cdn.example/quay.jpg", None)]
    html = page(
        p(0), "<figure><img src='https://cdn.example/quay.jpg' width='40px' height='40px'></figure>", p(1)
    )
    assert images_of(html)[1] == []


def test_captions_are_read_by_picture_from_the_page_as_it_came():
    import lxml.html

    from extractor.images.page_pictures import pictures_of_page

    tree = lxml.html.fromstring(
        "<html><body><div><picture><img src='https://cdn.example/merz-at-podium.jpg'></picture>"
        "<p class='media-lead'>Friedrich Merz</p><p class='image--author'>Foto: REUTERS/Jane Roe</p></div>"
        "<img src='https://cdn.example/icons/share.svg'></body></html>"
    )
    found, copies = pictures_of_page(tree)
    assert list(found) == [picture_key("https://cdn.example/merz-at-podium.jpg")]
    assert found[picture_key("https://cdn.example/merz-at-podium.jpg")][:2] == ("Friedrich Merz", "REUTERS/Jane Roe")
    assert copies[picture_key("https://cdn.example/merz-at-podium.jpg")] == 1


def test_a_long_caption_repeated_far_from_its_picture_leaves_the_body():
    caption = "Fishing boats wait out the storm behind the old harbour wall on a grey January morning."
    html = page(
        p(0),
        f"<figure><img src='https://cdn.example/boats-in-storm.jpg' width='900'><figcaption>{caption}</figcaption>"
        "</figure>",
        p(1), p(2), p(3), p(4),
        f"<p>{caption}</p>",
    )
    article, images = images_of(html)
    assert [i.caption for i in images] == [caption]
    assert caption not in article.body
    assert PROSE[4][:40] in article.body
