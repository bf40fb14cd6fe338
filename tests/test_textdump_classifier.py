"""The text-dump line classifier and the language-neutral prose measure."""

from __future__ import annotations

from extractor.model import Article, Options
from extractor.pipeline import run
from extractor.textdump.classifier import FEATURES, candidates, load_model, probabilities, topic_words
from extractor.textdump.lines import Line
from extractor.textdump.prose import dump_function_words, prose_factor
from extractor.textdump.story import label_lines, segment_lines, story_features

MENU = ["Home", "News", "Sport", "Business", "Opinion", "Culture", "Log in", "Subscribe"]


def _dump(paragraphs: list[str]) -> str:
    return "\n\n".join(MENU[:4] + paragraphs + MENU[4:]) + "\n"


def _extract(text: str) -> Article:
    return run(Article(source="page.txt", raw=text.encode("utf-8")), Options(input_format="text"))


def test_shipped_weights_load_and_name_every_feature():
    model = load_model()
    assert model["features"] == list(FEATURES)
    assert 0.0 < model["threshold"] < 1.0
    assert 0.0 <= model["drop_below"] < model["threshold"] + 0.5


def test_shipped_weights_tell_prose_among_prose_from_a_menu_entry():
    prose = [0.0] * len(FEATURES)
    menu = [0.0] * len(FEATURES)
    for name, value in {"log_words": 0.7, "prose": 1, "sentence_end": 1, "prose_factor": 1, "no_kind": 1,
                        "near_prose": 1, "near_words": 0.7, "before_prose": 1, "after_prose": 1,
                        "in_run": 1, "position": 0.5, "prose_above": 0.5, "capitalised": 0.1}.items():
        prose[FEATURES.index(name)] = value
    for name, value in {"log_words": 0.15, "no_kind": 1, "capitalised": 1, "position": 0.02,
                        "near_words": 0.15}.items():
        menu[FEATURES.index(name)] = value
    prose_p, menu_p = probabilities([prose, menu])
    assert prose_p > 0.8 > 0.2 > menu_p


def test_prose_factor_without_a_stopword_list():
    # Turkish has no list: the dump's own frequent short words stand in for one.
    lines = ["Bakan, elektrikli araç sayısının bu yıl da hızla arttığını ve bir rekor kırdığını bildirdi.",
             "Uzmanlar da bu gelişmenin ve yeni yatırımların bir dönüm noktası olduğunu söyledi.",
             "Şarj istasyonu sayısı da bu yıl iki katına çıktı ve bir milyonu aştı."]
    words = dump_function_words(lines)
    assert {"ve", "bir", "bu", "da"} <= words
    assert prose_factor(lines[0], words) == 1.0
    assert prose_factor("Gündem Ekonomi Spor Dünya Yaşam Teknoloji Sağlık Kültür", words) == 0.0


def test_prose_factor_by_sentence_ends_in_scripts_without_case():
    assert prose_factor("정부는 올해 경제성장률 전망을 2.1%로 낮췄다. 수출 부진이 이어졌기 때문이다.") == 1.0
    assert prose_factor("停戦交渉を仲介しているカタールの外務省報道官は14日、合意に近づいていると語った。") == 1.0
    assert prose_factor("イスラエルとハマスの停戦 最終案に双方同意か") < 0.5


def test_cjk_line_counts_its_characters_as_words():
    line = Line(0, "停戦交渉を仲介しているカタールの外務省報道官は語った。", 1, 0)
    line.measure()
    assert line.words > 20 and line.is_prose


def test_korean_article_in_a_dump_is_found():
    story = ["정부는 올해 경제성장률 전망을 2.1%로 낮췄다고 밝혔다. 수출 부진과 내수 회복 지연이 겹쳤기 때문이다.",
             "기획재정부 관계자는 하반기에는 반도체 수출이 회복되면서 성장세가 다시 강해질 것으로 내다봤다.",
             "전문가들은 금리 인하와 재정 지출 확대가 함께 이뤄져야 한다고 지적했다. 소비 심리도 여전히 약하다."]
    article = _extract(_dump(["경제성장률 전망 2.1%로 하향", *story]))
    assert article.body.startswith("정부는 올해")
    assert article.body.endswith("소비 심리도 여전히 약하다.")
    assert "Subscribe" not in article.body


def test_comment_login_form_below_a_story_is_not_the_story(fixtures):
    # Made up: a six-paragraph Indonesian story, then a comment form whose English login prompts
    # ("You are commenting using your Google account") outnumber the story's lines.
    text = (fixtures / "dumps" / "made-up-comment-login-form.txt").read_text(encoding="utf-8")
    article = _extract(text)
    assert article.body.startswith("Harga beras medium di tiga provinsi")
    assert article.body.endswith("pada akhir bulan depan di sejumlah daerah.")
    assert "commenting using" not in article.body


def test_only_unmarked_lines_near_prose_are_judged():
    sentence = "The council agreed on Monday to raise the fees for the coming year, officials said."
    texts = ["Home", "News", "Sport", "Weather", "Opinion", sentence, "Share", "Culture", "Travel", "Jobs", "Contact"]
    lines = [Line(i, text, 0, i) for i, text in enumerate(texts)]
    for line in lines:
        line.measure()
    lines[6].kind = "share"
    # Three lines each side of the sentence, not the line the table marks, not the menu beyond.
    assert candidates(lines) == [2, 3, 4, 5, 7, 8]


def test_topic_words_are_long_words_or_pairs_of_characters():
    assert topic_words("The council raised its fees, officials said.") == ["council", "raised", "fees", "officials",
                                                                            "said"]
    assert topic_words("停戦交渉") == ["停戦", "戦交", "交渉"]


STORY = ["The city council agreed on Monday to raise the water fees for the coming year, officials said.",
         "The council said the water fees had not risen for six years while the costs of the pipes had doubled.",
         "Residents who spoke at the meeting asked the council to spread the rise over the coming years.",
         "The water board will publish the new fees for each district before the end of the month, it said."]
TEASERS = ["Markets", "Shares in the airline fell sharply after the strike was announced by the pilots' union.",
           "Football", "The club has signed a young striker from abroad for what the papers say is a record sum.",
           "Theatre", "A new play about a family of bakers opened to warm reviews at the old playhouse this week."]


def _rows(texts: list[str]) -> tuple[list[Line], dict[int, list[float]]]:
    lines = segment_lines("\n\n".join(texts) + "\n")
    label_lines(lines)
    chosen, rows, _ = story_features(lines)
    return lines, {i: row for i, row in zip(chosen, rows, strict=True)}


def test_a_teaser_blurb_shares_no_topic_with_the_story_and_stands_alone_between_short_lines():
    lines, rows = _rows([*TEASERS, "Water fees to rise", STORY[0], *STORY[1:]])
    topic, lone = FEATURES.index("topic_share"), FEATURES.index("lone_prose_near")
    blurb, standfirst = rows[1], rows[len(TEASERS) + 1]
    assert blurb[topic] < 0.2 < 0.4 < standfirst[topic]
    assert blurb[lone] > standfirst[lone]


def test_dump_function_words_come_from_sentences_not_product_lists():
    # Specification lines share their short words ("gb", "win") on every line without being prose.
    specs = ["Acer Nitro 5 Notebook (7th Gen Ci7/ 8GB/ 1TB/ Win10 Home/ 4GB Graph)",
             "Lenovo Ideapad Laptop (APU Dual Core A6/ 4GB/ 500GB/ Win10 Home)",
             "HP 15q Laptop (7th Gen Ci3/ 4GB/ 1TB/ Win10 Home/ 2GB Graph)"]
    assert dump_function_words(specs) == frozenset()
