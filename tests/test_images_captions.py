from __future__ import annotations

import pytest

from extractor.images.captions import (
    clean_credit,
    image_from_caption_line,
    is_credit_line,
    is_credit_only,
    split_credit,
    strip_site_suffix,
)
from extractor.images.pictures import split_credit as exported_split_credit
from extractor.text import normalise_line


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        # Text dumps glue a "©" credit to the caption that follows it.
        (
            "© AFP 2023 / FADI AL-HALABIRebel fighters fire towards positions of regime forces in Ramussa",
            "Rebel fighters fire towards positions of regime forces in Ramussa",
            "© AFP 2023 / FADI AL-HALABI",
        ),
        (
            "© REUTERS / Abdalrhman IsmailA man rides a bicycle near damaged ground in Aleppo.",
            "A man rides a bicycle near damaged ground in Aleppo.",
            "© REUTERS / Abdalrhman Ismail",
        ),
        (
            "© Sputnik / Michael Alaeddin / Go to the mediabankThe territory of the military academies "
            "in Aleppo.",
            "The territory of the military academies in Aleppo.",
            "© Sputnik / Michael Alaeddin",
        ),
        # Label words before the credit.
        (
            "Biomason uses bacteria in its brick-making process. Photo credit: Biomason",
            "Biomason uses bacteria in its brick-making process.",
            "Biomason",
        ),
        ("The harbour at dawn. Photo: Jane Roe", "The harbour at dawn.", "Jane Roe"),
        (
            "The harbour at dawn. Photograph: Jane Roe/The Guardian",
            "The harbour at dawn.",
            "Jane Roe/The Guardian",
        ),
        (
            "Head cells regenerate a second head. Credit: Michael Levin",
            "Head cells regenerate a second head.",
            "Michael Levin",
        ),
        (
            "Enjoy a slice at Murray's Pizza and Wine. Image: Courtesy of Michael Ma",
            "Enjoy a slice at Murray's Pizza and Wine.",
            "Michael Ma",
        ),
        (
            "I was not a happy dog. Photo by Xingchen Yan on Unsplash",
            "I was not a happy dog.",
            "Xingchen Yan on Unsplash",
        ),
        ("A caption (Photo by John Doe/Getty Images)", "A caption", "John Doe/Getty Images"),
        # Agencies at the end, with or without a label.
        (
            "Do you have a healthy relationship with your phone? Morsa Images/DigitalVision via Getty Images",
            "Do you have a healthy relationship with your phone?",
            "Morsa Images/DigitalVision via Getty Images",
        ),
        (
            "Fitness fanatics are over feeling burnt out.PixelVista / Getty Images",
            "Fitness fanatics are over feeling burnt out.",
            "PixelVista / Getty Images",
        ),
        ("Firefighters at the scene. AP Photo/Jane Roe", "Firefighters at the scene.", "AP Photo/Jane Roe"),
        ("Smoke rises over the city (AP Photo/Jane Roe)", "Smoke rises over the city", "AP Photo/Jane Roe"),
        ("The minister speaks. (Reuters)", "The minister speaks.", "Reuters"),
        (
            "Portrait of Space, Egypt 1937 © Lee Miller Archives",
            "Portrait of Space, Egypt 1937",
            "© Lee Miller Archives",
        ),
        (
            "Courtney Peterson in the research kitchen / Kent Dayton",
            "Courtney Peterson in the research kitchen",
            "Kent Dayton",
        ),
        (
            "Source: analysis of Redfin data | Image Credit: Construction Coverage",
            "Source: analysis of Redfin data",
            "Construction Coverage",
        ),
        # A label word before "©" goes; a name's own brackets at the end stay with it.
        ("A worker in the warehouse. Bild © Jane Roe (hr)", "A worker in the warehouse.", "© Jane Roe (hr)"),
        ("Waves over the wall. Photo: Jane Roe (AFP)", "Waves over the wall.", "Jane Roe (AFP)"),
        # Lithuanian: the credit after the first slash, a maker word ("nuotr.", photo) at its end.
        ("Jonas Jonaitis / J. Petraičio / LRT nuotr.", "Jonas Jonaitis", "J. Petraičio / LRT nuotr"),
    ],
)
def test_split_credit_takes_the_credit_off_the_caption(text, caption, credit):
    assert split_credit(text) == (caption, credit)


@pytest.mark.parametrize(
    "text",
    [
        "Amr Dalsh / Reuters",
        "Tanja Ivanova//Getty Images",
        "iStock/Getty",
        "Adobe",
        "©Thinkstock",
        "Credit: Eric Thayer/Associated Press",
        "Photo Credit Travnikov/Shutterstock",
        "Getty Images",
        "Wei-An Jin for Quanta Magazine",
    ],
)
def test_a_text_that_only_names_the_source_is_a_credit(text):
    caption, credit = split_credit(text)
    assert caption is None
    assert credit and not credit.lower().startswith(("credit", "photo"))


@pytest.mark.parametrize(
    "text",
    [
        "The Prairie Kids pickin' bugs.",
        "Ferah Catering",
        "The MARS Recovery Pack by Escape Fitness",
        "Photos of the week show the best of the news",
        "A look at the map",
        "Chantal Joffe, Matrushka Dolls, 2025",
    ],
)
def test_a_plain_caption_keeps_all_its_words(text):
    assert split_credit(text) == (text, None)


def test_empty_text_gives_neither():
    assert split_credit("") == (None, None)
    assert split_credit(None) == (None, None)
    assert split_credit("   ") == (None, None)


def test_the_images_stage_exports_the_splitter_for_the_text_dump_path():
    assert exported_split_credit is split_credit


def test_clean_credit_drops_labels_and_brackets_but_keeps_copyright_sign():
    assert clean_credit("(Photo by John Doe)") == "John Doe"
    assert clean_credit("Credit: Brown Bird Design (reference)") == "Brown Bird Design (reference)"
    assert clean_credit("© AFP") == "© AFP"
    assert clean_credit("Photo courtesy Method Architecture") == "Method Architecture"


def test_is_credit_only_refuses_sentences():
    assert not is_credit_only("Rebel fighters fire towards positions of regime forces.")
    assert is_credit_only("© Sputnik / Michael Alaeddin")


def test_strip_site_suffix_removes_the_site_name_appended_to_alt_text():
    alt = "Rebel fighters fire towards positions of regime forces - Sputnik International"
    assert (
        strip_site_suffix(alt, "Sputnik International")
        == "Rebel fighters fire towards positions of regime forces"
    )
    assert strip_site_suffix("A bay tree | The Echo", "The Echo") == "A bay tree"
    assert strip_site_suffix("A bay tree", None) == "A bay tree"
    assert strip_site_suffix("", "The Echo") is None


def test_seed_dump_credit_lines_split_into_the_caption_line_that_follows(fixtures):
    """In the seed dump each "©" line is followed by the same caption with the site name appended."""
    text = (fixtures / "dumps" / "sputnik-aleppo.txt").read_text(encoding="utf-8")
    lines = [normalise_line(line) for line in text.splitlines()]
    pairs = [(line, lines[i + 1]) for i, line in enumerate(lines[:-1]) if line.startswith("©")]
    assert len(pairs) == 3
    for credit_line, alt_line in pairs:
        caption, credit = split_credit(credit_line)
        assert credit.startswith("© ") and credit in credit_line
        assert caption == strip_site_suffix(alt_line, "Sputnik International")


def test_text_dump_caption_lines_give_images_without_an_address(fixtures):
    text = (fixtures / "dumps" / "sputnik-aleppo.txt").read_text(encoding="utf-8")
    images = [image for image in map(image_from_caption_line, text.splitlines()) if image]
    assert [image.credit for image in images] == [
        "© AFP 2023 / FADI AL-HALABI",
        "© Sputnik / Michael Alaeddin",
        "© REUTERS / Abdalrhman Ismail",
    ]
    assert all(image.src is None and image.caption for image in images)
    assert image_from_caption_line("Journalist Evgeny Krutikov described what has been happening.") is None


# Cases from the text-dump path: a credit that opens the line, glued to its caption or alone, and
# short captions with the credit last. Credits come without their label word, "©" kept.
@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "© AFP 2023 / FADI AL-HALABIRebel fighters fire towards positions of regime forces",
            "Rebel fighters fire towards positions of regime forces",
            "© AFP 2023 / FADI AL-HALABI",
        ),
        (
            "© Sputnik / Michael Alaeddin / Go to the mediabankThe territory of the military academies",
            "The territory of the military academies",
            "© Sputnik / Michael Alaeddin",
        ),
        (
            "© REUTERS / Abdalrhman IsmailA man rides a bicycle",
            "A man rides a bicycle",
            "© REUTERS / Abdalrhman Ismail",
        ),
        ("Photo: John McDonaldA man rides a bike", "A man rides a bike", "John McDonald"),
        ("AFP/Getty ImagesA man stands in the rain", "A man stands in the rain", "AFP/Getty Images"),
        ("Credit: Reviewed / Timothy Renzi", None, "Reviewed / Timothy Renzi"),
        ("AP Photo/Evan Vucci", None, "AP Photo/Evan Vucci"),
        ("A man stands in the rain. (Photo: AFP)", "A man stands in the rain.", "AFP"),
        ("Rescuers at work in the rubble (Reuters)", "Rescuers at work in the rubble", "Reuters"),
    ],
)
def test_split_credit_takes_a_leading_or_glued_credit_off(line, caption, credit):
    assert split_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters reported that the talks had failed.",
        "AP says the vote was close.",
        "Photos and plans: document the work before you start.",
        "Sputnik is a news agency.",
    ],
)
def test_sentences_naming_an_agency_are_not_credits(line):
    assert not is_credit_line(line)
    assert split_credit(line) == (line, None)


def test_a_site_or_app_named_alone_is_a_link_not_a_credit_line():
    assert not is_credit_line("Flickr")
    assert not is_credit_line("The New York Times")
    assert is_credit_line("AFP")
    assert is_credit_line("Flickr/Jane Roe")


def test_a_camel_case_name_is_not_a_glued_caption():
    assert split_credit("Image by AlexZel from Pixabay") == (None, "AlexZel from Pixabay")


def test_a_plural_label_is_dropped_whole():
    assert split_credit("Illustrations: Tim Boelaars") == (None, "Tim Boelaars")
    assert clean_credit("Images: Jane Roe") == "Jane Roe"


def test_a_long_leading_credit_keeps_its_courtesy_sentence_and_leaves_the_caption():
    text = (
        "© Hiroshi Sugimoto, courtesy Fraenkel Gallery. Courtesy of the artist. Hiroshi Sugimoto, "
        "Trylon, New York, 1977. Gelatin silver print."
    )
    assert split_credit(text) == (
        "Hiroshi Sugimoto, Trylon, New York, 1977. Gelatin silver print.",
        "© Hiroshi Sugimoto, courtesy Fraenkel Gallery. Courtesy of the artist",
    )


@pytest.mark.parametrize(("text", "credit"), [
    ("REUTERS/Jane Roe Purchase Licensing Rights", "REUTERS/Jane Roe"),
    ("Photo: Jane Roe | View gallery", "Jane Roe"),
    ("© Sputnik / Jane Roe / Go to the mediabank", "© Sputnik / Jane Roe"),
    ("Photo: Gallery Press", "Gallery Press"),  # a credit that only holds a prompt's word stays whole
])
def test_link_prompts_after_a_credit_are_not_part_of_it(text, credit):
    assert split_credit(text)[1] == credit


def test_a_credit_wholly_in_brackets_is_a_credit_and_other_bracketed_text_is_not():
    assert split_credit("(Image: Getty)") == (None, "Getty")
    assert split_credit("[Photo: Jane Roe]") == (None, "Jane Roe")
    assert split_credit("(left to right) Jane and John") == ("(left to right) Jane and John", None)


def test_a_credit_in_brackets_at_the_end_of_a_caption_is_split_off():
    caption, credit = split_credit("The minister said the tariffs would be unusual. (Jane Roe/Agencia Sur)")
    assert (caption, credit) == ("The minister said the tariffs would be unusual.", "Jane Roe/Agencia Sur")
    # Brackets that are part of what the picture shows stay in the caption.
    shown = "The team after the final (from left to right)"
    assert split_credit(shown) == (shown, None)
