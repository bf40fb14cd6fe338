"""What one walk over the whole page, before pruning, reads about its pictures, kept for the images stage:
each `<img>`'s address, key and kind, how often the page shows each picture, and each picture's caption
and credit as its markup gives them.

Between that walk and the images stage the page only loses elements (pruned containers, scripts,
styles), never gains or changes one. So a caption read from a part of the page that still holds as many
elements as it did is the caption that part gives now: it is not read a second time.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from lxml import etree

from .caption_markup import read_caption
from .elements import PictureFacts, link_around

# How many elements a part of the page holds, counted by libxml2.
ELEMENTS_UNDER = etree.XPath("count(descendant::*)")


class Reading(NamedTuple):
    """One picture's caption as read, and the part of the page it was read from, with its size then."""

    caption: str | None
    credit: str | None
    raw: list[str]
    scope: object
    size: float


class PagePictures:
    """The page's pictures as one walk found them, asked again after pruning."""

    def __init__(self, tree):
        self.facts: dict = {img: PictureFacts(img) for img in tree.iter("img")}
        self.readings: dict = {}

    def facts_of(self, img) -> PictureFacts:
        facts = self.facts.get(img)
        if facts is None:
            facts = self.facts[img] = PictureFacts(img)
        return facts

    def caption_of(self, img, key: str) -> tuple[str | None, str | None, list[str]]:
        """(caption, credit, texts) of one `<img>`: read again only where its part of the page lost elements."""
        reading = self.readings.get(img)
        if reading is None or ELEMENTS_UNDER(reading.scope) != reading.size:
            reading = self.read(img, key)
        return reading.caption, reading.credit, list(reading.raw)

    def read(self, img, key: str) -> Reading:
        caption, credit, raw, scope = read_caption(img, key, self.facts)
        reading = self.readings[img] = Reading(caption, credit, raw, scope, ELEMENTS_UNDER(scope))
        return reading

    def captions_and_copies(self) -> tuple[dict[str, tuple], Counter]:
        """Picture key → (caption, credit, texts) of each captioned picture, and picture key → how many
        times the page shows it (lazy-load fallbacks aside).

        A credit line in an element named like a byline ("image--author") goes with the pruned containers,
        and the caption line before it is then no longer known to be one. A story's picture is shown once,
        a teaser's thumbnail also in the lists around it."""
        captions: dict[str, tuple] = {}
        copies: Counter = Counter()
        for img, facts in self.facts.items():
            if not facts.key:
                continue
            seen = facts.key in copies
            copies[facts.key] += 0 if facts.fallback else 1
            # A teaser's picture (in a link to another page): its caption is not read, most of the work on list pages.
            if seen or link_around(img) is not None or facts.junk:
                continue
            caption, credit, raw, _, _ = self.read(img, facts.key)
            if caption or credit:
                captions[facts.key] = (caption, credit, raw)
        return captions, copies


def pictures_of_page(tree) -> tuple[dict[str, tuple], Counter]:
    """`PagePictures.captions_and_copies` of a tree."""
    return PagePictures(tree).captions_and_copies()
