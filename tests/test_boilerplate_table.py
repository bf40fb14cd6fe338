"""The boilerplate table names kinds of text, not one page: the seed's own lines are no rule of it,
yet the seed comes out exact, by the general kinds its lines belong to."""

from __future__ import annotations

import pytest

from extractor.boilerplate.table import boilerplate_kind
from extractor.model import Article, Options
from extractor.pipeline import run

# Lines of the seed page that once had a rule of their own in the table.
SEED_OWN_LINES = (
    "Заголовок открываемого материала",  # a widget's title, the last line of the dump
    "Get the latest news from around the world, live coverage, off-beat stories, features and analysis.",
)


@pytest.mark.parametrize("line", SEED_OWN_LINES)
def test_no_rule_of_the_table_is_one_of_the_seed_lines(line):
    assert boilerplate_kind(line) is None


def test_the_seed_drops_those_lines_by_where_they_stand(fixtures):
    path = fixtures / "dumps" / "sputnik-aleppo.txt"
    article = run(Article(source=path.name, raw=path.read_bytes()), Options(explain=True))
    kinds = {removal.text: removal.kind for removal in article.removed}
    assert kinds[SEED_OWN_LINES[0]] == "footer"  # after the story's end
    assert kinds[SEED_OWN_LINES[1]] == "site_header"  # above the headline
    assert not any(line in article.body for line in SEED_OWN_LINES)


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
