"""The headline of a text dump, on development pages flattened with the shared flatten.py (WCXB,
CC-BY-4.0; tests/fixtures/README.md names the pages) and cut down to the lines around it."""

from __future__ import annotations

import pytest

from extractor.model import Article, Options
from extractor.pipeline import run
from extractor.textdump.story import Line
from extractor.textdump.title import _may_be_title, headline_text


def extract_dump(path) -> Article:
    return run(Article(source=path.name, raw=path.read_bytes()), Options())


@pytest.mark.parametrize(("name", "title"), [
    # "Home » Headline": the breadcrumb line stands right above the date, the bare headline above it.
    ("innertext-breadcrumb-before-headline.txt", "Renting a Car: Key English Vocabulary and Phrases"),
    # The document title "Headline | Site" starts a soup dump.
    ("soup-document-title-with-site.txt", "Machine learning, explained"),
])
def test_headline_comes_without_its_labels(fixtures, name, title):
    assert extract_dump(fixtures / "dumps" / name).title == title


@pytest.mark.parametrize(("name", "title"), [
    # Headline, then its deck without a sentence end, then the author and date.
    ("innertext-headline-over-deck.txt", "AI Workflows vs Agents: The Autonomy Slider"),
    # A breadcrumb, the headline three times (breadcrumb, heading, share text), then the deck.
    ("innertext-breadcrumb-headline-deck.txt", "Tax 101: Understanding the basics"),
])
def test_headline_is_not_the_deck_below_it(fixtures, name, title):
    assert extract_dump(fixtures / "dumps" / name).title == title


def test_headline_repeating_the_document_title_is_a_candidate(fixtures):
    # The headline is a question, so it counts as prose and the duplicate of the soup dump's first
    # line, the document title: it is still the headline (not the heading of the next section).
    article = extract_dump(fixtures / "dumps" / "soup-headline-repeats-document-title.txt")
    assert article.title == "How accurate is Gemini for business and enterprise use?"


def test_headline_far_above_the_story_is_found_by_the_document_title(fixtures):
    # A page of forms and menus: the story's prose starts far below its headline, which repeats
    # the document title the soup dump starts with.
    article = extract_dump(fixtures / "dumps" / "soup-headline-far-above-story.txt")
    assert article.title == "Best Practices for Vehicle Rentals"


def test_subheading_does_not_match_the_story_by_its_own_words(fixtures):
    # The story's first subheading shares its words with the story only by being in it: the line's
    # own words do not make it "come back in the story", and the headline above wins.
    article = extract_dump(fixtures / "dumps" / "innertext-subheading-repeats-headline-words.txt")
    assert article.title == "What is Digital Marketing?"


def test_headline_shown_twice_with_its_tagline_is_no_alt_text(fixtures):
    # "Headline | Top 19 Companies" stands twice (the header and the post); one text twice is not
    # several lines sharing a site's suffix, so it stays a candidate and loses its tagline.
    article = extract_dump(fixtures / "dumps" / "innertext-headline-shown-twice-with-tagline.txt")
    assert article.title == "Best Residential Movers in NYC 2025"


def test_document_title_is_a_candidate_whatever_the_teaser_rules_made_of_it(fixtures):
    # The headline is split over two text nodes ("How to Make a Good Game:" / "5 Mistakes ...");
    # the document title the soup dump starts with gives it whole, though labelled a teaser.
    article = extract_dump(fixtures / "dumps" / "soup-document-title-over-split-headline.txt")
    assert article.title == "How to Make a Good Game: 5 Mistakes and Tips to Avoid"


def test_headline_over_its_byline_far_above_the_story_is_a_candidate(fixtures):
    # A comparison table of 140 lines stands between the headline, over its byline, and the prose.
    article = extract_dump(fixtures / "dumps" / "innertext-headline-over-byline-far-above-story.txt")
    assert article.title == "Best Website Builders for 2026: Our Top 5"


def test_headline_that_ends_the_breadcrumb_beats_the_first_subheading(fixtures):
    # "Home / Tips & Tools / Book Reviews" over "Book Reviews", then the handout's first section
    # heading "What this handout is about", whose words the story repeats more.
    article = extract_dump(fixtures / "dumps" / "innertext-headline-ends-the-breadcrumb.txt")
    assert article.title == "Book Reviews"


def test_headline_is_spelled_as_the_html_path_spells_it(fixtures):
    # The page's characters stay, a full-width question mark in a Latin headline too.
    article = extract_dump(fixtures / "dumps" / "innertext-headline-with-full-width-question-mark.txt")
    assert article.title == "How Does Robot Vacuum Mapping Work？"


def test_headline_deep_in_the_story_does_not_cut_the_prose_above_it(fixtures):
    # A dictionary entry: the source line under an example sentence is taken for the headline;
    # the etymology and examples above it are still the story's.
    article = extract_dump(fixtures / "dumps" / "innertext-source-lines-under-example-sentences.txt")
    assert "An Americanism first recorded in 1820–30" in article.body
    assert "As the day wore on, he dropped off more items" in article.body


def _line(text: str) -> Line:
    line = Line(0, text, 0, 0)
    line.measure()
    return line


@pytest.mark.parametrize(("text", "headline"), [
    ("Gym Workouts for Beginners — Strength Training", "Gym Workouts for Beginners"),
    ("AoAH Day 15: Porting a complete HTML5 parser and browser test suite / Dec 2025",
     "AoAH Day 15: Porting a complete HTML5 parser and browser test suite"),
    ("CottageCare | Blog | Blog | 10 Tips: How to Choose the Best Home Cleaning Service for You",
     "10 Tips: How to Choose the Best Home Cleaning Service for You"),
    # A subtitle says more than a label, or has a sentence's punctuation: the line is the headline.
    ("The Programming Language Death Spiral - How Small Languages Die in the Age of AI",
     "The Programming Language Death Spiral - How Small Languages Die in the Age of AI"),
    ("Best Bread Machines – My Favorites!", "Best Bread Machines – My Favorites!"),
    ("Transitioning to a plant-based diet – tips and tricks", "Transitioning to a plant-based diet – tips and tricks"),
    # A first piece of several words is the headline's own start, not a breadcrumb.
    ("21+ Best Movers / Moving Companies in San Francisco (2024)",
     "21+ Best Movers / Moving Companies in San Francisco (2024)"),
])
def test_headline_text_drops_sites_dates_and_breadcrumbs(text, headline):
    assert headline_text(_line(text)) == headline


@pytest.mark.parametrize(("text", "candidate"), [
    ("(Bild: Bild erstellt mit einem Programm durch die Redaktion / dmk)", False),
    ("[Photo: Jane Roe for Example News]", False),
    ("(Update) Council approves the budget (2025)", True),
    ("Council approves the budget (2025)", True),
])
def test_photo_note_in_brackets_is_no_headline(text, candidate):
    # "(Bild: ... / dmk)" under the lead photo stands over the byline, closer than the headline.
    line = Line(0, text, 0, 0)
    line.measure()
    assert _may_be_title(line) is candidate
