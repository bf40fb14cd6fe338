"""Quotes: spans, kinds, speakers and cues, on the seed's paragraphs, real article snippets and tiny HTML."""

from __future__ import annotations

import pytest

from extractor import Options, extract
from extractor.quotes.finder import find_quotes, scan_paragraph
from extractor.text import normalise_line

SEED_PARAGRAPH_STARTS = (
    "The Army of Conquest", "Journalist Evgeny Krutikov", '"While the US State', "Krutikov referred",
    "A two-week-long", "Well-armed", "Having sustained", "In recent months", "Russian officials",
    '"Our American partners', "The Russian diplomat", '"We understand',
)


@pytest.fixture
def seed_body(fixtures) -> str:
    """The seed's article paragraphs, as the text-dump path will give them once it is rebuilt."""
    lines = (fixtures / "dumps" / "sputnik-aleppo.txt").read_text(encoding="utf-8").splitlines()
    return "\n\n".join(normalise_line(line) for line in lines if line.startswith(SEED_PARAGRAPH_STARTS))


def check_offsets(body: str, quotes) -> None:
    paragraphs = body.split("\n\n")
    for quote in quotes:
        assert body[quote.start:quote.end] == quote.text
        assert quote.text in paragraphs[quote.paragraph]


def speakers(quotes) -> list:
    return [quote.speaker for quote in quotes]


# The seed: eight quotes, two speakers, a pronoun and role words ------------------------------------

def test_seed_has_its_eight_quotes(seed_body):
    quotes = find_quotes(seed_body)
    assert [q.text[:30] for q in quotes] == [
        "While the US State Department ",
        "have unified command and a lar",
        "bloodbath due to a full-streng",
        "government-led forces have lar",
        "The militants are no longer re",
        "Our American partners mistaken",
        "This is impossible. Terrorism ",
        "We understand that Western and",
    ]
    check_offsets(seed_body, quotes)


def test_seed_speakers_resolve_pronouns_and_role_words(seed_body):
    quotes = find_quotes(seed_body)
    assert speakers(quotes) == ["Evgeny Krutikov"] * 5 + ["Maria Zakharova"] * 3
    assert [q.cue for q in quotes] == ["wrote", "wrote", "suggested", "said", "said", "told", "told", "added"]


def test_seed_nested_single_quotes_stay_inside_and_terms_are_not_quotes(seed_body):
    quotes = find_quotes(seed_body)
    assert "'moderate' rebels" in quotes[0].text
    texts = {q.text for q in quotes}
    assert not texts & {"bloodbath.", "protecting", "moderate"}


def test_seed_kinds(seed_body):
    quotes = find_quotes(seed_body)
    assert quotes[0].kind == "direct"
    assert quotes[1].kind == "partial"  # "These militants ... "have unified command ...""
    assert quotes[2].kind == "partial"


# English: real article snippets (WCXB development pages, CC-BY-4.0) ---------------------------------

def test_split_quote_gives_two_records_with_one_speaker():
    body = ("Hoge and her colleagues randomly divided the patients into two groups.\n\n"
            "“We were testing the patients’ resilience,” Hoge said, “because that’s really the ultimate "
            "question—can we make people handle stress better?”")
    body = "Elizabeth A. Hoge, MD, led the study.\n\n" + body
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == [
        "We were testing the patients’ resilience,",
        "because that’s really the ultimate question—can we make people handle stress better?",
    ]
    assert speakers(quotes) == ["Elizabeth A. Hoge", "Elizabeth A. Hoge"]
    check_offsets(body, quotes)


def test_pronoun_takes_the_person_named_just_before():
    body = ("Nate Wheatley said, \"They got me for about $8,000 a little over, maybe.\"\n\n"
            "And when asked how much Andrea Elliot was upcharged, \"Oh, we paid 18,000,\" she said.")
    quotes = find_quotes(body)
    assert speakers(quotes) == ["Nate Wheatley", "Andrea Elliot"]


def test_unnamed_source_keeps_its_description():
    body = ("\"She's kind of the ringleader. She manages everything,\" said the source, who asked "
            "7 On Your Side not to show their face.")
    (quote,) = find_quotes(body)
    assert quote.speaker == "the source"
    assert quote.cue == "said"


def test_nested_ascii_double_quotes_stay_inside():
    body = ("The department's website says the agency investigates types of fraud that include "
            "\"...deliberately providing a \"low-ball\" estimate to lure customers.\"")
    (quote,) = find_quotes(body)
    assert quote.text == "...deliberately providing a \"low-ball\" estimate to lure customers."
    assert quote.kind == "partial"


def test_quote_running_over_paragraphs_is_one_record_per_paragraph():
    body = ("It adds: “Although GenAI, by definition, must be initiated by humans, once collaboration "
            "begins, it can actively participate in tasks and decision-making.\n\n"
            "“Therefore, we propose that the focus of augmented learning between humans and GenAI "
            "should shift from an intrapersonal cognitive phenomenon to a collective process.”")
    body = "“This has transformed technology,” says the research.\n\n" + body
    quotes = find_quotes(body)
    assert [q.paragraph for q in quotes] == [0, 1, 2]
    assert quotes[1].text.endswith("decision-making.")
    assert quotes[2].text.startswith("Therefore")
    assert speakers(quotes) == ["the research"] * 3
    check_offsets(body, quotes)


def test_according_to_in_an_earlier_sentence():
    body = ("Bongard is at the vanguard of the field, says Josh Bongard's lab.\n\n"
            "According to Bongard, that's because these AIs are, in a sense, too heady. “If you play with "
            "these AIs, you can start to see where the cracks are.”")
    body = "Roboticist Josh Bongard runs a lab at the University of Vermont.\n\n" + body
    quote = find_quotes(body)[-1]
    assert quote.speaker == "Josh Bongard"
    assert quote.cue == "according to"


def test_titles_scare_quotes_and_terms_are_not_quotes():
    body = ("That began to change with a celebrated 2019 paper entitled “The Computational Boundary of a "
            "Self,” in which he argued that we are collective intelligences. Because participants are not "
            "“blinded”, they may expect benefits. Students in the “business as usual” control group got no "
            "help, and the lab calls its robots “Minecraft for robotics.”")
    assert find_quotes(body) == []


def test_colon_attribution_and_unnamed_speaker():
    body = ("One tester said: “The pressure sensor has been extremely helpful. It’s training me to be "
            "gentler with my brushing.”")
    (quote,) = find_quotes(body)
    assert quote.speaker == "One tester"
    assert quote.kind == "direct"


def test_unattributed_quote_has_no_speaker():
    body = "The sign at the entrance was clear. “Nobody gets in without a ticket, no exceptions.”"
    (quote,) = find_quotes(body)
    assert quote.speaker is None
    assert quote.cue is None


def test_appositive_between_name_and_verb():
    body = ("“It’s a complicated category,” Callan Spicher, vice president of Spicher’s Appliance & "
            "Security told us during a recent podcast interview.")
    (quote,) = find_quotes(body)
    assert quote.speaker == "Callan Spicher"
    assert quote.cue == "told"


def test_first_name_reference_resolves_to_the_full_name():
    body = ("“If you’re an avid reader, you can’t beat this club,” says Deputy Editor Katie Bandurski.\n\n"
            "“For the price, I think you get quite a lot. The value is really good,” says Katie.")
    assert speakers(find_quotes(body)) == ["Katie Bandurski", "Katie Bandurski"]


def test_speaker_before_their_employer():
    body = ("As spine surgeon Dr. Ehsan Jazini of VSI explains to Forbes in a recent feature, “A poorly "
            "designed office chair encourages poor posture, which adds up over time.”")
    (quote,) = find_quotes(body)
    assert (quote.speaker, quote.cue) == ("Ehsan Jazini", "explains")


def test_dash_signature_after_a_quote():
    body = ("Here’s what others have to say about the telescope:\n\n“It’s a forgiving field of view for "
            "imaging and versatile for multiple targets in the night sky.” – AstroFarsography")
    (quote,) = find_quotes(body)
    assert (quote.speaker, quote.cue) == ("AstroFarsography", None)


def test_unattributed_quote_continues_the_only_speaker_but_not_past_someone_else():
    # past someone else it is theirs: the sentence before is about Maria Lopez (QUOTES.md: resolved speakers)
    body = ("“A chair should have adjustable lumbar support,” Dr. Ehsan Jazini advises.\n\n"
            "3. Armrest Adjustability\n\n"
            "Often overlooked, adjustable armrests help. “Find a chair that lets your elbows rest at a "
            "90-degree angle.”\n\n"
            "Designer Maria Lopez disagrees with parts of this advice.\n\n"
            "“Most people never adjust their chair at all.”")
    assert speakers(find_quotes(body)) == ["Ehsan Jazini", "Ehsan Jazini", "Maria Lopez"]


# German and French patterns -------------------------------------------------------------------------

def test_german_low_high_quotes_with_sagte():
    body = ("Bundeskanzler Olaf Scholz verteidigte am Mittwoch den Haushaltsentwurf.\n\n"
            "„Wir werden die Schuldenbremse einhalten, das ist klar“, sagte Scholz in Berlin. "
            "„Aber wir investieren zugleich in die Zukunft des Landes.“")
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == [
        "Wir werden die Schuldenbremse einhalten, das ist klar",
        "Aber wir investieren zugleich in die Zukunft des Landes.",
    ]
    assert speakers(quotes) == ["Olaf Scholz", "Olaf Scholz"]
    assert quotes[0].cue == "sagte"
    check_offsets(body, quotes)


def test_german_guillemets_and_pronoun():
    body = ("Die Virologin Sandra Ciesek warnte vor einer neuen Welle. »Die Zahlen steigen wieder "
            "deutlich an«, sagte sie dem Sender.")
    (quote,) = find_quotes(body)
    assert quote.text == "Die Zahlen steigen wieder deutlich an"
    assert quote.speaker == "Sandra Ciesek"


def test_german_so_attribution():
    body = "„Das Ergebnis ist ein klares Signal an die Regierung“, so Friedrich Merz am Abend."
    (quote,) = find_quotes(body)
    assert quote.speaker == "Friedrich Merz"
    assert quote.cue == "so"


def test_french_guillemets_with_inner_spaces_and_inverted_subject():
    body = ("« Nous ne céderons pas face à la menace », a déclaré Emmanuel Macron lundi soir. "
            "« La France restera unie », a-t-il ajouté.")
    quotes = find_quotes(body)
    assert [q.text for q in quotes] == ["Nous ne céderons pas face à la menace", "La France restera unie"]
    assert quotes[0].speaker == "Emmanuel Macron"
    assert quotes[0].cue == "a déclaré"
    check_offsets(body, quotes)


def test_french_explique_t_elle_resolves_to_her():
    body = ("La ministre Élisabeth Borne a présenté la réforme mardi. « Cette réforme est nécessaire pour "
            "sauver notre système », explique-t-elle.")
    (quote,) = find_quotes(body)
    assert quote.speaker == "Élisabeth Borne"
    assert quote.cue == "explique"


def test_french_selon_and_nested_quotes():
    body = ("Selon Marine Tondelier, « le gouvernement parle de “transition” mais ne fait rien de "
            "concret ».")
    (quote,) = find_quotes(body)
    assert "“transition”" in quote.text
    assert quote.speaker == "Marine Tondelier"
    assert quote.kind == "partial"


# Other languages' marks -----------------------------------------------------------------------------

@pytest.mark.parametrize("paragraph, text", [
    ("«Vamos a seguir trabajando por el país», dijo el presidente.", "Vamos a seguir trabajando por el país"),
    ("«Non ci sono alternative a questa strada», ha detto il ministro.",
     "Non ci sono alternative a questa strada"),
    ("„Nie zgadzamy się na takie rozwiązanie”, powiedział minister.",
     "Nie zgadzamy się na takie rozwiązanie"),
    ("首相は「経済の再生を最優先に取り組む」と述べた。", "経済の再生を最優先に取り組む"),
])
def test_marks_of_other_languages(paragraph, text):
    spans = scan_paragraph(paragraph)
    assert [paragraph[s.text_start:s.text_end] for s in spans] == [text]


@pytest.mark.parametrize("body, speaker, cue", [
    ("«Мы не допустим этого», — заявила официальный представитель МИД России Мария Захарова.",
     "Мария Захарова", "заявила"),
    ("«Vamos a seguir trabajando por el país», dijo el presidente Pedro Sánchez en Madrid.",
     "Pedro Sánchez", "dijo"),
    ("Según la ministra Yolanda Díaz, «la reforma laboral ha funcionado mejor de lo esperado».",
     "Yolanda Díaz", "según"),
    ("«Non ci sono alternative a questa strada», ha detto il ministro Giancarlo Giorgetti.",
     "Giancarlo Giorgetti", "ha detto"),
    ("„Nie zgadzamy się na takie rozwiązanie”, powiedział minister Radosław Sikorski.",
     "Radosław Sikorski", "powiedział"),
    ("Zakharova: «Western countries invested a lot of efforts into al-Nusra Front.»", "Zakharova", None),
])
def test_speakers_in_other_languages(body, speaker, cue):
    (quote,) = find_quotes(body)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_sentence_opener_is_not_a_speaker():
    (quote,) = find_quotes("Many reported: “The service was slow and the staff was rude to us.”")
    assert quote.speaker is None


def test_inches_mark_is_not_an_opening_quote():
    assert scan_paragraph('He stands 6\'2" tall and said "we will win this game" today.')[0].text_start > 10


# End to end: the stage on real HTML ------------------------------------------------------------------

def test_news_release_quotes_end_to_end(news_release):
    article = extract(news_release.read_bytes())
    by_text = {q.text: q for q in article.quotes}
    check_offsets(article.body, article.quotes)
    fda = by_text["The FDA would never approve a drug based on such a clinical trial design,"]
    assert (fda.speaker, fda.cue, fda.kind) == ("Elizabeth A. Hoge", "said", "direct")
    split = [q for q in article.quotes if q.text.startswith(("We were testing", "because that’s really"))]
    assert len(split) == 2 and {q.speaker for q in split} == {"Elizabeth A. Hoge"}
    assert "blinded" not in by_text and "care of the whole person." not in by_text


def test_quotes_off_leaves_the_list_empty(news_release):
    article = extract(news_release.read_bytes(), options=Options(quotes=False))
    assert article.quotes == []
    assert article.body


BLOCK_PAGE = """<html><head><title>Council votes on the new bridge</title></head><body><article>
<h1>Council votes on the new bridge</h1>
<p>The city council voted on Tuesday to fund the new river bridge after a long debate that ran late
into the night, with residents filling the public gallery and the corridors outside the chamber.</p>
<p>Mayor Jane Holloway defended the cost of the project in front of the council and the residents who
had come to hear the decision, pointing to the traffic studies the city commissioned last year.</p>
<blockquote><p>This bridge will serve the city for a hundred years, and every district will gain from it.</p>
<cite>Mayor Jane Holloway</cite></blockquote>
<p>Opponents said the money should have gone to schools and to the repair of existing roads, and they
promised to keep campaigning against the bridge until the first stone is laid next spring.</p>
</article></body></html>"""


def test_blockquote_from_html_is_a_block_quote_with_its_cite():
    article = extract(BLOCK_PAGE)
    blocks = [q for q in article.quotes if q.kind == "block"]
    assert [q.text for q in blocks] == [
        "This bridge will serve the city for a hundred years, and every district will gain from it."]
    assert blocks[0].speaker == "Jane Holloway"
    check_offsets(article.body, article.quotes)


TWEET_PAGE = """<html><head><title>Storm closes schools</title></head><body><article>
<h1>Storm closes schools</h1>
<p>Schools across the region closed on Monday as the storm brought heavy snow and strong winds to the
coast, and officials urged people to stay at home while crews cleared the main roads.</p>
<p>The governor announced the closures in a post on social media early in the morning, before most
families had woken up, and asked drivers to keep off the roads until the evening.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">All public schools will stay closed today. Please
stay off the roads so our crews can work safely.</p>&mdash; Governor Kathy Hochul (@GovKathyHochul)
<a href="https://twitter.com/x/status/1">January 8, 2024</a></blockquote>
<p>At a briefing at noon, Mayor Eric Adams said <q>every school will reopen as soon as the roads are safe</q>
and thanked the crews who had worked through the night to clear the main roads of the city.</p>
</article></body></html>"""


def test_embedded_post_is_a_block_quote_of_its_author():
    article = extract(TWEET_PAGE)
    (post,) = [q for q in article.quotes if q.text.startswith("All public schools")]
    assert post.kind == "block"
    assert post.speaker == "Kathy Hochul"  # the signature's name, title stripped
    assert "@GovKathyHochul" not in post.text
    check_offsets(article.body, article.quotes)


def test_q_element_takes_the_attribution_around_it():
    article = extract(TWEET_PAGE)
    (inline,) = [q for q in article.quotes if q.text.startswith("every school will reopen")]
    assert inline.kind == "block"
    assert (inline.speaker, inline.cue) == ("Eric Adams", "said")


PULL_QUOTE_PAGE = """<html><head><title>Bridge vote</title></head><body><article>
<h1>Bridge vote</h1>
<p>The city council voted on Tuesday to fund the new river bridge after a long debate that ran late
into the night, with residents filling the public gallery and the corridors outside the chamber.</p>
<p>“This bridge will serve the city for a hundred years,” Mayor Jane Holloway told the council before
the vote, pointing to the traffic studies the city commissioned last year.</p>
<aside class="pullquote"><p>“This bridge will serve the city for a hundred years”</p></aside>
<p>Opponents said the money should have gone to schools and to the repair of existing roads, and they
promised to keep campaigning against the bridge until the first stone is laid next spring.</p>
</article></body></html>"""


def test_pull_quote_repeating_the_body_is_a_second_record():
    article = extract(PULL_QUOTE_PAGE)
    repeated = [q for q in article.quotes if q.text.startswith("This bridge will serve")]
    if len(repeated) == 1:  # the extractor dropped the pull quote's paragraph from the body
        assert repeated[0].kind == "direct"
    else:
        assert [q.kind for q in repeated] == ["direct", "block"]
    assert repeated[0].speaker == "Jane Holloway"
    check_offsets(article.body, article.quotes)


def test_pull_quote_copy_standing_alone_is_the_one_located():
    from extractor.quotes.blocks import locate

    body = ("“We will rebuild every school,” the mayor said on Monday.\n\n"
            "We will rebuild every school\n\n"
            "The council meets again next week.")
    assert locate(body, "We will rebuild every school", alone=True) == body.index("\n\nWe will") + 2
    inline_only = "“We will rebuild every school,” she said."
    assert locate(inline_only, "We will rebuild every school", alone=True) == -1
