"""Pictures in the parsed tree: where the article text sits, which `<img>` belong to it, their captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..html.page import document_elements
from ..text import normalise_line
from .captions import one_line, words_in
from .elements import (
    BLOCK_TAGS,
    FIGURE_DEPTH,
    LEAF_BLOCK_TAGS,
    WRAPPER_TAGS,
    has_own_text,
    holds_other_picture,
    is_fallback,
    is_inside,
    lifted_ancestors,
    pixels,
)
from .page_pictures import PagePictures
from .urls import IMAGE_EXTENSION_RE

LAYOUT_TAGS = ("img", *sorted(LEAF_BLOCK_TAGS), *sorted(WRAPPER_TAGS))
# Enough of a paragraph's start to find it again in the tree, short enough to survive inline markup.
PROBE_CHARS = 40
# How many blocks past the last paragraph found to look for the next one: a paragraph that is not
# there (trafilatura rewrote it) must not cost a scan of the whole page.
SEARCH_BLOCKS = 400

# Containers that hold someone else's pictures: teasers, ads, widgets, people cards, site chrome.
FOREIGN_CONTAINER_RE = re.compile(
    r"related|recirc|teaser|tease|promo|newsletter|subscri|signup|advert|sponsor|(^|[\s_-])ads?([\s_-]|$)|"
    r"share|social|author|byline|avatar|comment|sidebar|(^|\s)widget(\s|$)|widget[_-]area|(^|\s)widget_|nrelate|optin|paywall|breaker|(^|[\s_-])card|"
    r"recommend|trending|popular|latest|more-stories|outbrain|taboola|masthead|site-header|menu|navbar|"
    r"footer|product-thumbnail|post-item|people-card|logo",
)
FOREIGN_TAGS = {"aside", "nav", "footer", "form"}
CONTAINER_DEPTH = 8
# How far up from a picture's link a story card's headline link to the same page can sit.
CARD_LEVELS = 3
HEADLINE_TAGS = ("h2", "h3", "h4")
# The caption beside a picture in a box of its own is short.
PICTURE_BOX_WORDS = 60

@dataclass
class Found:
    """One `<img>` the article shows, before copies of the same picture are merged."""

    src: str
    position: int
    width: int | None = None
    height: int | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None
    raw_captions: list[str] = field(default_factory=list)
    before_body: bool = False
    element: object = None
    # The keys of every address the `<img>` offers: a share image that is one of them is this picture.
    keys: frozenset = frozenset()


@dataclass
class Layout:
    """Where the article text lies in document order, and which element holds it."""

    order: dict
    paragraph_positions: list[int | None]
    start: int | None = None
    end: int | None = None
    last_block: object = None
    first_block: object = None
    # The elements that hold the body's paragraphs: a picture's own containers end below them.
    text_holders: set = field(default_factory=set)


def layout(tree, paragraphs: list[str]) -> Layout:
    """Document positions of the body's paragraphs, found again in the tree in order.

    One walk numbers pictures and blocks in document order; block texts are computed only as far
    as the search reaches.
    """
    elements = layout_elements(tree)
    order = {element: index for index, element in enumerate(elements)}
    blocks = [element for element in elements if element.tag != "img"]
    texts: list[str | None] = [None] * len(blocks)
    positions: list[int | None] = []
    cursor = 0
    found_first = found_last = None
    holders: set = set()
    for paragraph in paragraphs:
        probe = _squeeze(paragraph.split("\n", 1)[0])[:PROBE_CHARS]
        position = None
        for index in range(cursor, min(len(blocks), cursor + SEARCH_BLOCKS) if probe else 0):
            if texts[index] is None:
                texts[index] = _squeeze(blocks[index].text_content())
            if probe in texts[index] and not _has_block_with(blocks[index], probe):
                found_last = blocks[index]
                position, cursor = order[found_last], index + 1
                found_first = found_first if found_first is not None else found_last
                holders.update(found_last.iterancestors())
                break
        positions.append(position)
    known = [p for p in positions if p is not None]
    return Layout(
        order, positions, min(known, default=None), max(known, default=None), found_last, found_first, holders
    )


def layout_elements(tree) -> list:
    """Pictures, leaf blocks, and wrappers with text of their own, in document order: one walk
    (a union of twenty "//tag" XPaths walked the tree twenty times)."""
    return [element for element in document_elements(tree, LAYOUT_TAGS)
            if element.tag not in WRAPPER_TAGS or has_own_text(element)]


def _squeeze(text: str) -> str:
    """Whitespace collapsed, the cheap way: enough to find a paragraph's start again."""
    return " ".join(text.split())


def _has_block_with(element, probe: str) -> bool:
    """True when a smaller block inside `element` holds the text: the paragraph is that one."""
    for child in element.iterchildren():
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS and probe in _squeeze(child.text_content()):
            return True
    return False


def find_pictures(tree, where: Layout, share_key: str | None = None, known: PagePictures | None = None) -> list[Found]:
    """Every `<img>` that is part of the article: above its text (lead candidates) or within it.

    A copy of the page's share image is the article's wherever it sits, whatever its container's name.
    `known`: what the walk before pruning read about the page's pictures.
    """
    known = known if known is not None else PagePictures(tree)
    found = []
    if where.start is None:
        return found
    # Pictures beside the first or last paragraph, in the same container, are the text's too.
    edges = [b.getparent() for b in (where.first_block, where.last_block) if b is not None]
    for img in tree.iter("img"):
        position = where.order.get(img, -1)
        within = where.start <= position <= where.end or any(
            edge is not None and is_inside(img, edge) for edge in edges
        )
        before = position < where.start and not within
        if not (within or before) or known.facts_of(img).junk:
            continue
        if is_foreign(img, where.text_holders) and not (share_key and share_key in known.facts_of(img).keys):
            continue
        picture = describe(img, position, known)
        if picture is not None:
            picture.before_body = before
            found.append(picture)
    return found


def is_foreign(img, text_holders: set = frozenset()) -> bool:
    """True for a picture in a teaser, ad, widget or people card, or linking to another page.

    Only the picture's own containers count, up to the first one that also holds the article text.
    """
    hints = []
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= CONTAINER_DEPTH or ancestor in text_holders or ancestor.tag == "body":
            break
        if ancestor.tag in FOREIGN_TAGS and not (ancestor.tag == "aside" and _is_picture_box(ancestor, img)):
            return True
        if ancestor.tag == "article" and _is_story_card(ancestor):
            return True
        if ancestor.tag == "a" and depth < FIGURE_DEPTH and _is_teaser_link(ancestor, img):
            return True
        if ancestor.tag != "figure":  # the picture's own figure: its names describe the picture
            hints += [ancestor.get("class") or "", ancestor.get("id") or ""]
    return bool(FOREIGN_CONTAINER_RE.search(" | ".join(hints).lower()))


def _is_picture_box(aside, img) -> bool:
    """An `<aside>` that holds only this picture and a short caption (the picture set beside the text),
    no headline and no link to another page: the article's own picture, not a box of other stories."""
    if any(True for _ in aside.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        return False
    if any(other is not img and not is_fallback(other) for other in aside.iter("img")):
        return False
    if any(_leads_elsewhere(link) for link in aside.iter("a")):
        return False
    return words_in(normalise_line(aside.text_content())) <= PICTURE_BOX_WORDS


def _leads_elsewhere(link) -> bool:
    """A link to another page: not to a place on this one, nor to the picture's own file."""
    href = (link.get("href") or "").split("?")[0].strip()
    return bool(href) and not href.startswith("#") and not IMAGE_EXTENSION_RE.search(href)


def _is_story_card(article) -> bool:
    """An <article> of its own (not the one holding the text) with a headline: another story's card."""
    return any(True for _ in article.iter("h1", "h2", "h3", "h4", "h5"))


def _is_teaser_link(link, img) -> bool:
    """A link around a picture to another page, with a headline of its own or beside it: a teaser.

    A story card often links its picture and its headline apart, to the same page: the picture's link
    has no words, the link next to it is a headline (a link in prose to the same page is no card).
    """
    if not _leads_elsewhere(link):
        return False
    href = (link.get("href") or "").split("?")[0].strip()
    own_text = normalise_line(link.text_content())
    if len(own_text.split()) >= 3 or _holds_headline(link):
        return True
    for ancestor, _ in zip(lifted_ancestors(link), range(CARD_LEVELS), strict=False):
        for other in ancestor.iter("a"):
            if other is not link and (other.get("href") or "").split("?")[0].strip() == href and _is_headline(other):
                return True
    return False


def _holds_headline(link) -> bool:
    return any(True for _ in link.iter(*HEADLINE_TAGS))


def _is_headline(link) -> bool:
    """A link that holds a headline or sits in one."""
    return _holds_headline(link) or any(
        ancestor.tag in HEADLINE_TAGS for ancestor, _ in zip(link.iterancestors(), range(2), strict=False))


def describe(img, position: int, known: PagePictures) -> Found | None:
    facts = known.facts_of(img)
    src, srcset_width = facts.src, facts.width
    if not src:
        return None
    width = pixels(img.get("width")) or srcset_width
    picture = Found(
        src=src,
        position=position,
        width=width,
        height=pixels(img.get("height")),
        alt=one_line(img.get("alt")) or None,
        element=img,
        keys=facts.keys,
    )
    picture.caption, picture.credit, picture.raw_captions = known.caption_of(img, facts.key)
    return picture


def gallery_of(img, text_holders: set, known: PagePictures):
    """The smallest wrapper (a few levels up) holding this picture and others, but no article text."""
    key = known.facts_of(img).key
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= FIGURE_DEPTH or ancestor in text_holders or ancestor.tag == "body":
            return None
        if holds_other_picture(ancestor, key, known=known.facts):
            return ancestor
    return None

