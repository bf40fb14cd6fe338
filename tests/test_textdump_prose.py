"""The text dump's prose measure, for every script: function words from the lists or from the dump."""

from __future__ import annotations

from extractor.model import Article, Options
from extractor.pipeline import run
from extractor.textdump.lines import Line
from extractor.textdump.prose import dump_function_words, prose_factor

MENU = ["Home", "News", "Sport", "Business", "Opinion", "Culture", "Log in", "Subscribe"]


def _dump(paragraphs: list[str]) -> str:
    return "\n\n".join(MENU[:4] + paragraphs + MENU[4:]) + "\n"


def _extract(text: str) -> Article:
    return run(Article(source="page.txt", raw=text.encode("utf-8")), Options(input_format="text"))


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
    assert prose_factor("イスラエルとハマスの停戦 最終案に双方同意か") == 0.0  # a teaser's headline


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


def test_dump_function_words_come_from_sentences_not_product_lists():
    # Specification lines share their short words ("gb", "win") on every line without being prose.
    specs = ["Acer Nitro 5 Notebook (7th Gen Ci7/ 8GB/ 1TB/ Win10 Home/ 4GB Graph)",
             "Lenovo Ideapad Laptop (APU Dual Core A6/ 4GB/ 500GB/ Win10 Home)",
             "HP 15q Laptop (7th Gen Ci3/ 4GB/ 1TB/ Win10 Home/ 2GB Graph)"]
    assert dump_function_words(specs) == frozenset()


def test_a_dump_in_a_listed_language_counts_by_the_list():
    # English is listed: a teaser's blurb with few of its function words stays below running prose,
    # whatever short words the dump's own sentences repeat ("new", "best").
    sentences = ["The new bridge will open in May, and it is the best news of the year for the town.",
                 "The mayor said the new road is the best way to the port and to the market of the town.",
                 "Work on the new school is on time, and the best part of it is done, she said to the press.",
                 "The council said it is glad that the new plan is the best of all and that it will work."]
    assert dump_function_words(sentences) == frozenset()
    assert prose_factor("Rosewood London Unveils Chalet Terrace Experience Through February Holiday Season",
                        dump_function_words(sentences)) == 0.0


def test_uncased_sentences_in_a_dump_of_cased_prose_are_not_its_story():
    # An English story with a block of Chinese sentences far below it (a translated notice): the
    # Chinese lines read as prose only in a dump whose prose is mostly such lines.
    korean = "정부는 올해 경제성장률 전망을 2.1%로 낮췄다. 수출 부진이 이어졌기 때문이다."
    assert prose_factor(korean, uncased_dump=False) == 0.0
    story = [f"The council said on Monday that the new bridge will open in May, after {n} years of work on it."
             for n in ("two", "three", "four", "five", "six")]
    notice = [f"本网站第{n}条：我们使用信息记录技术以改善您的浏览体验。"
              "继续浏览即表示您同意我们的隐私政策和使用条款的全部内容。"
              for n in "一二三"]
    article = _extract("\n\n".join([*MENU[:4], *story, "Opinion", "Culture", *notice]) + "\n")
    assert article.body.startswith("The council said")
    assert "本网站" not in article.body


def test_a_list_of_teaser_headlines_below_a_japanese_story_is_not_its_story():
    story = ["停戦交渉を仲介しているカタールの外務省報道官は14日、合意に最も近づいていると記者会見で語った。",
             "米ニュースサイトによると、イスラエルと仲介国は最終草案に合意した。ハマスも声明で前向きな姿勢を示した。",
             "合意案によると、第1段階で42日間の停戦を実施し、イスラエル軍は人口密集地から段階的に撤退する。"]
    teasers = []
    for hours, headline in ((1, "多国間連携に注力 アフガンやガザ対応に批判も 外交総括"),
                            (6, "イスラエルがガザ停戦案に「合意」報道 仲介国、ハマスの回答待つ"),
                            (15, "トランプ政権で不透明増す中東 ハマスには「地獄の代償」を警告"),
                            (16, "カタール、イスラエルとハマスに停戦合意の「最終」草案 交渉活発に")):
        teasers += [f"{hours}時間前", headline]
    article = _extract("\n\n".join([*MENU[:4], *story, *teasers]) + "\n")
    assert article.body.endswith("段階的に撤退する。")
    assert "時間前" not in article.body


def test_a_story_in_a_language_with_few_short_words_outweighs_an_english_bio():
    # Zulu builds its grammar into words: the dump finds almost no short function words in it, and the
    # site's English furniture (a bio, a disclaimer) read as the only prose.
    story = ["Umphakathi waseMbali uthe amaphoyisa afike ngokushesha emva kokubikwa kwesigameko ngoLwesibili ebusuku.",
             "Umndeni womufi ucele ukuthi kwenziwe ubulungiswa, uthe usaphila ngokwesaba selokhu kwenzeka lokhu.",
             "Okhulumela amaphoyisa uthe umsolwa uboshiwe futhi uzovela enkantolo uma kuqala ngoMsombuluko ozayo.",
             "Ikhansela lendawo uthe izakhamuzi mazibike uma zibona noma yini ngalesi sigameko esibuhlungu.",
             "Abahlali bakulesi sigceme bathi sebeyesaba ukuhamba uma kuhlwa ngenxa yobugebengu obukhulayo.",
             "Umasipala uthembise ukufaka izibani ezintsha emigwaqweni futhi uqinise ukusebenzisana namaphoyisa.",
             "Uthisha wesikole esiseduze uthe izingane sezihamba ngamaqembu uma ziya esikoleni ekuseni.",
             "Abaholi bamasonto endawo bahlanganise umkhuleko womphakathi ngoLwesithathu kusihlwa ehholo lomphakathi.",
             "Ilungu lomndeni uthe umama wayengumuntu onothando owayesiza wonke umuntu uma edinga usizo.",
             "Amaphoyisa athi uphenyo lusaqhubeka futhi acela noma ubani onolwazi ukuthi axhumane nawo masinyane.",
             "Izakhamuzi zithi zifuna ukubona amaphoyisa amaningi ezindaweni ezisengozini uma kuhlwa.",
             "Umkhandlu uzohlangana ngesonto elizayo ukuze uxoxe ngezinyathelo ezintsha zokuvikela umphakathi."]
    bio = ("Jane Roe is the editor of the paper and has covered crime and courts in the city for ten years. "
           "Before that she was a reporter at a daily paper in the capital.")
    article = _extract(_dump(["Isihluku eMbali", *story, "Share on Facebook", "Share on X", "Print", "Jane Roe", bio]))
    assert article.body.startswith("Umphakathi waseMbali")
    assert "ngalesi sigameko esibuhlungu." in article.body
    assert "covered crime and courts" not in article.body


def test_the_sentence_floor_leaves_menus_and_short_teasers_at_nothing():
    words = frozenset({"uma", "uthe", "yena"})
    assert prose_factor("Izindaba Ezemidlalo Ezamabhizinisi Imibono Amasiko Ezokuvakasha Ezempilo Ezobuchwepheshe "
                        "Ezolimo Ezemfundo", words) == 0.0
    assert prose_factor("Kuboshwe abahlanu besolwa ngokugwaza umfundi.", words) < 0.5
    assert prose_factor("Umphakathi waseMbali uthe amaphoyisa afike ngokushesha emva kokubikwa kwesigameko "
                        "ngoLwesibili ebusuku.", words) >= 0.5
