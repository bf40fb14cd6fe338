"""Boilerplate on real pages: the clutter goes, with its kind under --explain, and the article
paragraphs around it stay. Fixtures are WCXB development pages cut down to their article element."""

from __future__ import annotations

import pytest

from extractor import extract
from extractor.model import Options


@pytest.fixture
def page(fixtures):
    def load(slug: str):
        return extract((fixtures / "pages" / slug / "page.html").read_bytes(), options=Options(explain=True))
    return load


def removed(article, kind: str) -> list[str]:
    return [r.text for r in article.removed if r.kind == kind]


def test_call_to_action_boxes_go_and_the_article_stays(page):
    article = page("cta-boxes-beside-article")
    assert "Want to win more jobs with less effort?" not in article.body
    assert "See what businesses like yours earn with Housecall Pro" not in article.body
    assert any("Want to win more jobs with less effort?" in text for text in removed(article, "promo"))
    assert article.paragraphs[0].startswith("Pricing plumbing jobs isn’t just about crunching numbers")
    assert article.paragraphs[-1].startswith("Verify costs with local suppliers or municipal licensing authorities")


def test_related_links_and_the_story_credit_go_between_paragraphs_that_stay(page):
    article = page("related-links-and-story-credit")
    assert "Related: Students aren’t benefiting much" not in article.body
    assert "Related: Tutoring may not significantly improve attendance" not in article.body
    assert "was written by Jill Barshay and produced by The Hechinger Report" not in article.body
    assert removed(article, "related") == [
        "Related: Students aren’t benefiting much from tutoring, one new study shows",
        "Related: Tutoring may not significantly improve attendance",
    ]
    assert any(text.startswith("This story about tutoring effectiveness") for text in removed(article, "republished"))
    # The paragraphs on either side of the first related link.
    paragraphs = "\n".join(article.paragraphs)
    assert "Monica Bhatt, a researcher at the University of Chicago Education Lab" in paragraphs
    assert "Some of the earlier, pre-pandemic tutoring studies involved large numbers of students" in paragraphs
    assert "Contact staff writer Jill Barshay" in paragraphs


def test_footnotes_go_and_the_closing_paragraphs_stay(page):
    article = page("footnotes-after-article")
    assert "vanilla postgres instance that's tied to the deployed hardware config" not in article.body
    assert "favorite phrase during the early AWS days" not in article.body
    assert removed(article, "references")
    assert article.paragraphs[0].startswith("Self-hosting a database sounds terrifying.")
    assert article.paragraphs[-1].startswith("The future of infrastructure is almost certainly more hybrid")


def test_prompts_glued_to_a_closing_paragraph_go_alone(page):
    article = page("calls-to-action-in-closing-paragraph")
    assert "If you liked this article, please consider liking, sharing, and subscribing" not in article.body
    assert "please consider a one-off donation" not in article.body
    assert "Playful Void is a production of Idle Cartulary." in article.paragraphs
    assert [text[:30] for text in removed(article, "donation")] == [
        "If you liked this article, ple", "If you want to support Idle Ca"]
    assert any("If you’re interested at all in the history of the British isles" in p for p in article.paragraphs)


def test_a_banner_wrapping_the_whole_story_is_not_pruned_as_a_site_header(page):
    # The page's <header role="banner"> holds the story (its article is written in <div>s, and the
    # parser closes the header only at the end): a container named like furniture but holding
    # most of the page's text is the story's wrapper.
    article = page("story-inside-page-banner")
    assert article.paragraphs[0].startswith("As the year begins our indoor spaces can seem dark")
    assert article.word_count > 600
    assert not any("As the year begins" in text for text in removed(article, "site_header"))


def test_an_advisers_disclaimer_sentences_go_and_the_article_stays(page):
    article = page("adviser-disclaimer-after-article")
    assert "is a Registered Investment Adviser" not in article.body
    assert "Past performance is no guarantee of future returns" not in article.body
    assert removed(article, "disclaimer") == [
        "Insight Wealth Strategies, LLC is a Registered Investment Adviser.",
        "Past performance is no guarantee of future returns.",
        "Investing involves risk and possible loss of principal capital.",
    ]
    assert article.paragraphs[0].startswith("Millennials face a financial landscape")
    assert any(p.startswith("By adopting proven financial tips and setting clear, achievable goals")
               for p in article.paragraphs)
    # The rest of the disclaimer's paragraph (no pattern for it) stays, cut around the sentences.
    assert any(p.startswith("Advisory services are only offered to clients") for p in article.paragraphs)


def test_a_sign_up_pitch_between_the_intro_and_the_list_goes(page):
    article = page("subscription-pitch-before-list")
    assert "To sign up for all those benefits" not in article.body
    assert [text[:33] for text in removed(article, "newsletter")] == ["To sign up for all those benefits"]
    assert article.paragraphs[1].startswith("Proud as we are of the main chart")
    assert article.paragraphs[3] == "ALBUMS"


def test_a_jump_link_glued_to_the_first_paragraph_goes_alone(page):
    article = page("jump-link-glued-to-first-paragraph")
    assert "JUMP TO THE LIST" not in article.body
    assert removed(article, "navigation") == ["JUMP TO THE LIST ⤵"]
    assert article.paragraphs[0].startswith("The moving process in San Francisco can make for an adventure")


def test_a_posted_by_line_after_the_last_sentence_goes(page):
    article = page("posted-by-line-ends-blog-post")
    assert "Posted by David at December 16, 2025" not in article.body
    assert removed(article, "byline") == ["Posted by David at December 16, 2025 11:15 AM |"]
    assert "to support human comprehension of complexity in the age of LLM agents." in article.body
    assert "I have been teaching myself to vibe code." in article.body


def test_teasers_after_a_closing_more_from_heading_go_and_the_article_stays(page):
    article = page("more-from-site-teasers-after-article")
    assert "Council for Relationships is a nonprofit organization" not in article.body
    assert "Managing Anxiety & Burnout" not in article.body
    assert removed(article, "related")[0] == "More from CFR"
    assert any(text.startswith("Council for Relationships is a nonprofit") for text in removed(article, "related"))
    assert article.paragraphs[0].startswith("As the new year begins, many of us think about resolutions")
    assert article.paragraphs[-1].startswith("By following these top mental health tips")


def test_the_blog_name_above_the_headline_goes_and_the_story_starts_after_it(page):
    article = page("blog-name-above-headline")
    assert removed(article, "kicker") == ["The Go Blog"]
    assert "The Go Blog" not in article.body
    assert article.paragraphs[0].startswith("Go has the usual mechanisms for control flow")
