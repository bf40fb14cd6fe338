"""The boilerplate table names kinds of text, not one page: the seed's own lines are no rule of it,
yet the seed comes out exact, by the general kinds its lines belong to."""

from __future__ import annotations

import pytest

from extractor.boilerplate.table import boilerplate_kind
from extractor.model import Article, Options
from extractor.pipeline import run

# A widget's title, the seed dump's last line, that once had a rule of its own in the table.
SEED_WIDGET_TITLE = "Заголовок открываемого материала"


def test_no_rule_of_the_table_is_the_seed_widget_title():
    assert boilerplate_kind(SEED_WIDGET_TITLE) is None


def test_the_seed_drops_its_widget_title_by_where_it_stands(fixtures):
    path = fixtures / "dumps" / "sputnik-aleppo.txt"
    article = run(Article(source=path.name, raw=path.read_bytes()), Options(explain=True))
    kinds = {removal.text: removal.kind for removal in article.removed}
    assert kinds[SEED_WIDGET_TITLE] == "footer"  # after the story's end
    assert SEED_WIDGET_TITLE not in article.body


@pytest.mark.parametrize(("block", "kind"), [
    ("Get the latest news and updates on Gardening, Roses and more.", "newsletter"),
    ("Get the latest articles and workbooks delivered to your inbox.", "newsletter"),
    ("What is included in a subscription?", "subscribe"),
])
def test_the_general_kinds_those_rules_stood_for_stay(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", [
    # A subscription question in four more languages: no development page had any of them.
    "Was ist im Abo enthalten?", "Qu'est-ce qui est inclus dans l'abonnement ?",
    "¿Qué incluye la suscripción?", "Что входит в подписку?",
])
def test_translations_with_no_page_behind_them_are_gone(block):
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize(("block", "kind"), [
    # Furniture of Japanese, Chinese and Korean pages: few fixed words each, one per line in a dump.
    ("関連記事", "related"), ("【関連記事】新しい橋は来春に開通", "related"), ("相關新聞", "related"),
    ("관련기사", "related"), ("ニュースランキング", "newsfeed"), ("社会の新着", "newsfeed"),
    ("많이 본 뉴스", "newsfeed"), ("コメントを書く", "comments"), ("3件のコメント", "comments"),
    ("댓글 쓰기", "comments"), ("ログインする", "login_prompt"), ("登录 / 注册", "login_prompt"),
    ("회원가입", "login_prompt"), ("シェア", "share"), ("分享到", "share"), ("もっと見る", "widget"),
    ("더보기", "widget"), ("利用規約", "footer"), ("<저작권자 ⓒ 뉴스, 무단 전재 및 재배포 금지>", "footer"),
])
def test_furniture_of_scripts_without_spaces_has_its_kind(block, kind):
    assert boilerplate_kind(block) == kind


@pytest.mark.parametrize("block", [
    # Sentences that hold those words are story, and a share bar's bare comment counter is no section.
    "市は関連記事の誤りを認め、新しい橋は来春に開通すると発表した。", "コメント 3", "댓글 12",
    "记者在现场看到，市民纷纷分享了新桥开通的照片。",
])
def test_sentences_with_furniture_words_are_no_furniture(block):
    assert boilerplate_kind(block) is None


@pytest.mark.parametrize("block", [
    # A share bar's "copy link" and "send by mail" buttons, alone on their line, in several languages.
    "Copy link", "Copy the link", "Link kopieren", "Copier le lien", "Copiar enlace", "Скопировать ссылку",
    "リンクをコピーする", "メールで送る", "复制链接", "링크 복사",
])
def test_copy_link_buttons_are_share_furniture(block):
    assert boilerplate_kind(block) == "share"


def test_a_sentence_about_copying_a_link_is_no_button():
    assert boilerplate_kind("Copy the link below and send it to the people you want to invite.") is None
