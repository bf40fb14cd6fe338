from __future__ import annotations

import pytest

from extractor import extract
from extractor.boilerplate.filter import filter_boilerplate
from extractor.boilerplate.table import SENTENCE_RES, boilerplate_kind, element_kind, sentence_kind
from extractor.boilerplate.triggers import TriggerIndex, required_texts
from extractor.model import Article, Options, Removal


@pytest.mark.parametrize("block, kind", [
    ("Newsfeed", "newsfeed"),
    ("To participate in the discussion", "login_prompt"),
    ("log in or register", "login_prompt"),
    ("Subscribe", "subscribe"),
    ("Sign up for our newsletter", "newsletter"),
    ("Lesen Sie auch:", "related"),
    ("Читайте также", "related"),
    ("À lire aussi", "related"),
    ("Share on Facebook", "share"),
    ("Advertisement", "ad"),
    ("As an Amazon Associate we earn from qualifying purchases.", "ad"),
    ("12 comments", "comments"),
    ("124 Reader Comments", "comments"),
    ("Recommend Posts", "related"),
    ("Recent Posts", "newsfeed"),
    ("Trending stories in world travel", "newsfeed"),
    ("About the Author", "byline"),
    ("Subscribe to Travel Noire", "subscribe"),
    ("Subscribe to Travel Noire, a free daily newsletter that features the best of travel.", "newsletter"),
    # A comment heading quoting a headline too long for a whole-block pattern.
    ("244 thoughts on “9 Best Online Course Selling Platforms For Creators (2026) [I Tested All Of Them]”",
     "comments"),
    ("We use cookies to improve your experience.", "cookie"),
    ("Our BLOG", "navigation"),
    # A comment form's prompts below a post, in the languages the table holds them in.
    ("You are commenting using your Google account. ( Log Out / Change )", "login_prompt"),
    ("Notify me of new comments via email.", "login_prompt"),
    ("Du kommentierst mit deinem Google-Konto. ( Abmelden / Ändern )", "login_prompt"),
    ("Anda sedang berkomentar menggunakan akun Google Anda. ( Keluar / Ubah )", "login_prompt"),
    # A news site's closing furniture.
    ("Copyright © 2003-2024 Example Times. All rights reserved.", "footer"),
    ("MORE : Council approves the new bridge after three years", "related"),
    ("For more stories like this, check our news page.", "related"),
    ("Got a story? Get in touch with our news team by emailing us at news@example.org.", "tip_line"),
    ("Follow Example News on Twitter and Facebook for the latest news updates.", "share"),
])
def test_boilerplate_blocks_have_their_kind(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", [
    "The Army of Conquest has launched a large-scale offensive in a bid to break the siege.",
    "Subscribers to the service said the outage lasted three hours and affected most of the city.",
    "Share prices fell sharply on Monday after the announcement.",
    "Home prices rose 4 percent.",
    "Readers said they are commenting using their own names on the new forum.",
    # Prose that starts like a news site's closing furniture.
    "More people than ever read the news on their phones: a survey says so.",
    "The minister urged voters to follow her on Telegram, where she posts her speeches.",
    "Have you got a story that nobody believes? The author asks it of every guest.",
])
def test_article_sentences_are_not_boilerplate(block):
    assert boilerplate_kind(block) is None


def test_element_tokens_match_whole_class_words():
    assert element_kind("post related-posts") == "related"
    assert element_kind("entry-content") is None
    assert element_kind("shadow") is None  # contains "ad" only as letters
    assert element_kind("", role="navigation") == "navigation"


@pytest.mark.parametrize("class_and_id, kind", [
    ("read-more-link", "related"),  # a hyphenated token inside a longer name
    ("CommunityCTAStyles__StyledCTA-sc-cad98e2", "promo"),  # camelCase words
    ("contentAdvertiserDisclosure", "ad"),
    ("post-cta-wrapper", "promo"),
    ("Article prevnext", "navigation"),
    ("wp-block-post-author-bio", "byline"),
    ("site-disclaimer-mobile", "disclaimer"),
    ("wp-block-footnotes", "references"),
    ("entry-author", "byline"),
    ("post-card-excerpt", "related"),
])
def test_element_tokens_match_runs_of_words_and_camel_case(class_and_id, kind):
    assert element_kind(class_and_id) == kind


@pytest.mark.parametrize("class_and_id", ["actualContent", "promotional-copy", "uploads", "authoritative", "factbox"])
def test_element_tokens_do_not_match_inside_words(class_and_id):
    assert element_kind(class_and_id) is None


def test_filter_records_removals_only_with_explain():
    body = "Headline here\n\nFirst real paragraph of the story, long enough to count.\n\nSubscribe\n\nNewsfeed"
    article = Article(title="Headline here", body=body)
    filter_boilerplate(article, Options(explain=True))
    assert article.body == "First real paragraph of the story, long enough to count."
    assert [r.kind for r in article.removed] == ["headline", "subscribe", "newsfeed"]

    quiet = Article(title="Headline here", body=body)
    filter_boilerplate(quiet, Options())
    assert quiet.body == article.body and quiet.removed == []


def test_explain_on_a_real_page_lists_removals_and_keeps_the_story(news_release):
    article = extract(news_release.read_bytes(), options=Options(explain=True))
    assert "Mindfulness meditation is an increasingly popular treatment" in article.body
    record = article.to_dict(explain=True)
    assert all({"kind", "text", "paragraph"} == set(r) for r in record["removed"])
    for removal in record["removed"]:
        assert removal["text"] not in article.body.split("\n\n")


def test_boilerplate_containers_are_pruned_before_extraction():
    story = "".join(f"<p>Paragraph {i} of the council story, with enough words to be prose here.</p>" for i in range(8))
    page = (f"<html><body><article><h1>Council approves budget</h1>{story}"
            "<div class='related-posts'><ul><li><a href='/a'>Other story one about something else</a></li>"
            "<li><a href='/b'>Other story two</a></li><li><a href='/c'>Other story three</a></li></ul></div>"
            "<div id='cookie-banner'><p>We use cookies to make this site work for you.</p></div>"
            "</article></body></html>")
    article = extract(page, options=Options(explain=True))
    assert "Other story one" not in article.body and "We use cookies" not in article.body
    assert all(f"Paragraph {i} of the council story" in article.body for i in range(8))
    kinds = {r.kind for r in article.removed}
    assert {"related", "cookie"} <= kinds


def test_clutter_lines_inside_a_block_go_and_the_rest_stays():
    body = ("First real paragraph of the story, long enough to count as prose.\n\n"
            "Posted by Jane Roe\nThe council met on Tuesday evening to vote.\nShare on Facebook")
    article = Article(body=body)
    filter_boilerplate(article, Options(explain=True))
    assert article.body.split("\n\n")[1] == "The council met on Tuesday evening to vote."
    assert [r.kind for r in article.removed] == ["byline", "share"]


def test_removals_note_the_kept_paragraph_they_stood_before():
    first = "First real paragraph of the story, long enough to count as article text."
    second = "Second real paragraph of the story, with a sentence that ends properly."
    body = f"Headline here\n\n{first}\n\nSubscribe\n\n{second}\n\nNewsfeed"
    article = Article(title="Headline here", body=body)
    filter_boilerplate(article, Options(explain=True))
    assert article.paragraphs == [first, second]
    assert [(r.kind, r.paragraph) for r in article.removed] == [
        ("headline", 0), ("subscribe", 1), ("newsfeed", 2)]


def test_earlier_removals_move_with_the_paragraphs_a_later_stage_drops():
    article = Article(body="a\n\nb\n\nc")
    article.removed = [Removal("ad", "x", 2), Removal("ad", "y", 3), Removal("nav", "z", None)]
    article.renumber_removals([True, False, True])
    assert [r.paragraph for r in article.removed] == [1, 2, None]


@pytest.mark.parametrize("block, kind", [
    ("Follow us on Telegram, Facebook, Instagram, YouTube and X for the latest news and updates.", "share"),
    ("Folgen Sie uns auf Facebook und Instagram.", "share"),
    ("Suivez-nous sur Twitter pour ne rien manquer.", "share"),
    ("Síguenos en Instagram.", "share"),
    ("Подписывайтесь на нас в Телеграме.", "share"),
    ("Enjoyed this piece? We need your help to keep publishing.", "donation"),
    ("This story was originally published by Grist, a nonprofit newsroom.", "republished"),
    ("Free 14-day trial. No credit card required.", "promo"),
    ("Get the latest news about our live events and online courses.", "newsletter"),
    ("This story about tutoring was written by Jane Roe and produced by a nonprofit newsroom.", "republished"),
    ("Feature image by Acme Studio, all other images via the brands mentioned.", "credit"),
])
def test_calls_to_action_have_their_kind(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", [
    "This article was originally published in March 2022 and updated since.",  # an update note
    "Investigators follow up on every tip they receive from the public.",
    "The company said it would sign up 200 new stores by the end of the year.",
])
def test_article_sentences_near_calls_to_action_are_not_boilerplate(block):
    assert boilerplate_kind(block) is None


def test_a_call_to_action_glued_to_a_long_paragraph_goes_alone():
    prose = ("The committee met for six hours on Tuesday and heard from more than forty residents who asked "
             "for the plan to be delayed until the traffic study is finished and published in full, and the chair "
             "agreed to put the question to a vote at the next meeting in March.")
    block = f"{prose} If you liked this article, please consider sharing it with a friend."
    article = Article(body=f"First paragraph of the story, long enough to count.\n\n{block}")
    filter_boilerplate(article, Options(explain=True))
    assert article.paragraphs[1] == prose
    assert [(r.kind, r.text) for r in article.removed] == [
        ("donation", "If you liked this article, please consider sharing it with a friend.")]


@pytest.mark.parametrize("block, kind", [
    ("Related: What is the Crypto Travel Rule? An Overview", "related"),
    ("[Read more: A Guide to Small Business Accounting]", "related"),
    ("Lesen Sie auch: Die Bahn streikt wieder", "related"),
    ("Читайте также: Власти города открыли новый мост", "related"),
    ("Photo Courtesy of Fullstack Academy", "credit"),
    ("Credit: Andriy Onufriyenko / Getty Images", "credit"),
    ("Photo : AFP", "credit"),
    ("Фото: РИА Новости", "credit"),
])
def test_link_and_credit_lines_have_their_kind(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", [
    "Photographs of the city show damage everywhere.",
    "Related parties must disclose it.",
])
def test_prose_about_photos_and_relations_stays(block):
    assert boilerplate_kind(block) is None


def test_an_author_bio_at_the_end_goes_and_a_mention_in_the_story_stays():
    story = "Jane Roe said the council would vote again in March, after the traffic study is published."
    bio = "Jane Roe is a freelance writer based in Denver who covers city hall and transport."
    body = f"{story}\n\nSecond paragraph of the story, with more detail on the vote.\n\n{bio}"
    article = Article(body=body, authors=["Jane Roe"])
    filter_boilerplate(article, Options(explain=True))
    assert article.paragraphs == [story, "Second paragraph of the story, with more detail on the vote."]
    assert [(r.kind, r.text) for r in article.removed] == [("byline", bio)]


def test_dates_and_bylines_above_the_story_go_but_not_further_down():
    body = ("July 29, 2025\n\nBy Jane Roe\n\n1,693 views\n\n"
            "The council approved the budget on Tuesday after a six-hour meeting with residents.\n\n"
            "Timeline of the dispute:\n- March 3, 2024\n- The first complaint was filed.\n\nBy the numbers\n\n"
            "Residents filed 212 complaints last year, twice as many as the year before.")
    article = Article(body=body)
    filter_boilerplate(article, Options(explain=True))
    assert article.paragraphs[0].startswith("The council approved the budget")
    assert "- March 3, 2024" in article.body and "By the numbers" in article.body
    assert [r.kind for r in article.removed] == ["dateline", "byline", "reading_time"]


def test_a_pruned_container_is_reported_once_with_what_it_held():
    story = "".join(f"<p>Paragraph {i} of the council story, with enough words to be prose here.</p>" for i in range(8))
    page = (f"<html><body><article><h1>Council approves budget</h1>{story}"
            "<div class='related-posts'><ul class='related-list'><li>Other story one about something else.</li>"
            "</ul></div><div class='ad-slot'></div></article></body></html>")
    article = extract(page, options=Options(explain=True))
    assert [(r.kind, r.text) for r in article.removed if r.kind in ("related", "ad")] == [
        ("related", "Other story one about something else.")]


@pytest.mark.parametrize("pattern, texts", [
    ("sign up for (our|the) [\\w\\s&'’+-]*newsletter", ("sign up for ",)),
    ("as an amazon associate,? (i|we) earn", ("as an amazon associate",)),
    ("^get the latest (news|updates)\\b", ("get the latest ",)),
    ("x{2,3}yzzz", ("yzzz",)),
    ("oops\\. try again", ("oops. try again",)),
    ("(this|the) (article|story)", ("article", "story")),
    ("(we|i) may (earn|receive) (a )?(small )?(commission|compensation)", ("commission", "compensation")),
    ("(a )?(small )?fee", ("fee",)),
    ("subscribe|follow", None),
])
def test_required_texts_are_what_every_match_contains(pattern, texts):
    assert required_texts(pattern) == texts


@pytest.mark.parametrize("sentence", [
    "sign up for our weekly newsletter to get the best stories.",
    "as an amazon associate, we earn from qualifying purchases.",
    "we may earn a small commission if you buy through our links.",
    "this article was originally published on the conversation.",
    "abonnez-vous à notre newsletter.",
    "the council may vote on the budget by friday, the mayor said.",
    "readers who sign up early pay less, according to the report.",
])
def test_triggers_only_skip_what_no_pattern_matches(sentence):
    # The triggers are a shortcut: with them or without, each sentence gets the same kind.
    without_triggers = next((kind for kind, regex in SENTENCE_RES if regex.search(sentence)), None)
    assert sentence_kind(sentence) == without_triggers


@pytest.mark.parametrize("block", [
    "Search for:", "Search for: Search", "Search this site:", "Search for...", "What are you looking for?",
    "Start typing to search...", "Enter search text:",
])
def test_search_box_labels_are_navigation(block):
    assert boilerplate_kind(block) == "navigation"


@pytest.mark.parametrize("block, kind", [
    ("No results found.", "navigation"), ("We Care About Your Privacy", "cookie"),
    ("Sign up to receive regular emails like this", "newsletter"), ("Sign Up To Receive Our Newsletter", "newsletter"),
])
def test_prompts_above_the_headline_have_their_kind(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", ["Search for a company", "Searching for meaning in the archives",
                                   "No results for the bill were expected"])
def test_searches_the_story_tells_of_are_not_boilerplate(block):
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize("block, kind", [
    # Calls to action and fine print from development pages, with kinds for --explain.
    ("Begin learning a new language with Babbel! 🌟 Unlock up to 55% OFF your Babbel subscription today!", "promo"),
    ("Stop Searching & Start Winning. Talk To Our Social Media Marketing Experts", "promo"),
    ("To get started, request a quote here and our team will get right back to you.", "promo"),
    ("Start building on Google Cloud with $300 in free credits and 20+ always free products.", "promo"),
    ("Join the Facebook group– https://www.facebook.com/TalkingHomeRenovations", "share"),
    ("Love Tech World With Milan Newsletter? Tell your friends and get rewards.", "share"),
    ("All personal loans made by WebBank.", "disclaimer"),
    ("Frühere Wertentwicklungen sind kein verlässlicher Indikator für künftige Ergebnisse.", "disclaimer"),
    ("Contact Info", "footer"),
    ("© AccountingDepartment.com, LLC", "footer"),
    ("What is included in a subscription?", "subscribe"),
    ("More from CFR", "related"),
])
def test_calls_to_action_and_fine_print_have_their_kind(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", [
    "Retailers offered up to 40% off televisions on Friday, the association said.",
    "Investors should talk to the company before the vote, the regulator said.",
    "Copyright law protects the work for 70 years after the author's death.",
    "More from the interview: the minister said the plan would cost $2 billion over five years.",
    "She posted the letter on Monday.",
])
def test_prose_near_those_patterns_is_not_boilerplate(block):
    assert boilerplate_kind(block) is None


def test_trigger_index_files_triggers_under_a_whole_word_and_finds_every_kind():

    index = TriggerIndex.build([(" this ", "sign up for "), ("photo",), None])
    assert set(index.by_word) == {"this", "for"}  # "photo" may be part of "photographer": unfiled
    assert index.kinds_in("a photographer took it") == {1, 2}
    assert index.kinds_in("please sign up for free") == {0, 2}
    assert index.kinds_in("designers sign up for updates") == {0, 2}
    assert index.kinds_in("thisis not the word") == {2}


def test_trigger_index_on_many_texts_finds_what_it_finds_in_each():

    index = TriggerIndex.build([(" this ", "sign up for "), ("photo", "cookie"), ("image",)])
    texts = ["a photographer took it", "no cookie here, a photo", "please sign up for free", "photo",
             "", "nothing at all", "an image and a photo"]
    assert index.kinds_in_each(texts) == [index.kinds_in(text) for text in texts]
    assert index.kinds_in_each(["a pho", "to", "image"]) == [set(), set(), {2}]  # none across two texts


def test_kinds_of_many_folded_blocks_are_those_of_each():
    from extractor.boilerplate.table import folded_kinds

    blocks = ["Related Articles", "We use cookies to improve your experience.", "She posted the letter on Monday.",
              "Photo: Jane Roe", "Sign up for our newsletter", "Related Articles"]
    kinds = folded_kinds([" ".join(block.lower().split()) for block in blocks])
    assert kinds == [boilerplate_kind(block) for block in blocks]
    assert kinds[:3] == ["related", "cookie", None]


def test_camel_case_names_give_words_not_runs():
    # "postList" is an article's own list as often as a list of other posts; its words alone name nothing.
    assert element_kind("postList") is None
    assert element_kind("shareBar") == "share"
    assert element_kind("StyledCTA-sc") == "promo"
    assert element_kind("read-more-link") == "related"  # runs come from the author's own hyphens
