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
