"""Pictures in the parsed tree: where the article text sits, which `<img>` belong to it, their captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..html.page import document_elements
from ..text import normalise_line
from .captions import (
    clean_credit,
    is_credit_line,
    is_credit_only,
    is_name_with_agency,
    one_line,
    split_credit,
    words_in,
)
from .urls import IMAGE_EXTENSION_RE, best_source, picture_key

# Elements whose text can be a body paragraph as trafilatura returns it; wrappers count only
# when they hold text of their own.
LEAF_BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "pre",
    "td",
    "dd",
    "dt",
    "figcaption",
}
WRAPPER_TAGS = {"div", "span", "section", "article", "font", "center"}
BLOCK_TAGS = LEAF_BLOCK_TAGS | WRAPPER_TAGS
# The levels libxml2 and `<picture>` put around an `<img>`: they do not count as wrappers.
PICTURE_WRAPPER_TAGS = {"source", "picture"}
# Inside a caption line, spans and fonts only style its parts (the credit in a span of its own).
LINE_BREAKING_TAGS = BLOCK_TAGS - {"span", "font"}
LAYOUT_TAGS = ("img", *sorted(LEAF_BLOCK_TAGS), *sorted(WRAPPER_TAGS))
# What XPath's normalize-space() strips: a wrapper holding only these holds no text of its own.
XML_SPACES = " \t\r\n"
# Enough of a paragraph's start to find it again in the tree, short enough to survive inline markup.
PROBE_CHARS = 40
# How many blocks past the last paragraph found to look for the next one: a paragraph that is not
# there (trafilatura rewrote it) must not cost a scan of the whole page.
SEARCH_BLOCKS = 400

# Pictures that are not the article's: site chrome, people cards, buttons, trackers.
# These patterns run on lower-cased text: case-sensitive matching costs half of re.IGNORECASE,
# and they are asked about every picture of a page, several times.
JUNK_SRC_RE = re.compile(
    r"logo|icon|avatar|sprite|spacer|pixel|badge|emoji|gravatar|favicon|loader|spinner|"
    r"placeholder|/authors?/|headshot|profile|banner-ad|/ads?/|[/_-]ads?[/_.-]|promo|doubleclick|88x31|"
    r"[-_]bg\.|background|\.svg(\?|$)",
)
# The same, named by the picture's wrapper (lazy-loading wrappers are called "placeholder": not junk).
JUNK_WRAPPER_RE = re.compile(r"logo|icon|avatar|gravatar|headshot|profile|author|badge|emoji")
JUNK_ALT_RE = re.compile(r"\b(logo|icon|avatar|headshot|author|captcha)\b")
# Resizing parameters in an address ("?w=120&h=120"), which tell the size shown when attributes do not.
SIZE_QUERY_RE = re.compile(r"[?&](?:w|h|width|height)=(\d+)")
# Containers that hold someone else's pictures: teasers, ads, widgets, people cards, site chrome.
FOREIGN_CONTAINER_RE = re.compile(
    r"related|recirc|teaser|tease|promo|newsletter|subscri|signup|advert|sponsor|(^|[\s_-])ads?([\s_-]|$)|"
    r"share|social|author|byline|avatar|comment|sidebar|(^|\s)widget(\s|$)|widget[_-]area|(^|\s)widget_|nrelate|optin|paywall|breaker|(^|[\s_-])card|"
    r"recommend|trending|popular|latest|more-stories|outbrain|taboola|masthead|site-header|menu|navbar|"
    r"footer|product-thumbnail|post-item|people-card|logo",
)
FOREIGN_TAGS = {"aside", "nav", "footer", "form"}
ATTRIBUTE_CHARS = 500
# Pictures smaller than this (declared width or height, in CSS pixels) are icons and trackers.
MIN_SIDE = 100
# How far up from an `<img>` its own figure, link or foreign container can be.
FIGURE_DEPTH = 6
CONTAINER_DEPTH = 8

# Words in a class that name a caption element or a credit element, with the languages they serve:
# the one place this knowledge lives. Matched anywhere in the attribute, case folded. "caption-inside"
# words name a caption only inside a figure or a caption box: alone after a picture, a "description"
# is as often the article's standfirst.
CAPTION_MARKUP_WORDS = (
    ("caption", "caption", "*"),
    ("legend", "caption", "en fr es"),
    ("description", "caption-inside", "en fr es"),
    ("unterschrift", "caption", "de"),
    ("bildtext", "caption", "de sv no da"),
    ("leyenda", "caption", "es"),
    ("didascalia", "caption", "it"),
    ("credit", "credit", "*"),
    ("attribution", "credit", "en"),
    ("copyright", "credit", "*"),
    ("photographer", "credit", "en"),
    ("fotograf", "credit", "de no da sv pl cs"),
    ("rights", "credit", "en"),
    ("urheber", "credit", "de"),
    ("quelle", "credit", "de"),
    (r"(?:^|[\s_-])source", "credit", "en fr"),
)


def _markup_re(*kinds: str):
    return re.compile("|".join(word for word, k, _ in CAPTION_MARKUP_WORDS if k in kinds), re.IGNORECASE)


CAPTION_CLASS_RE = _markup_re("caption", "caption-inside")
SIBLING_CAPTION_CLASS_RE = _markup_re("caption")
CREDIT_CLASS_RE = _markup_re("credit")
# Attributes that carry a picture's caption or credit as text.
CAPTION_ATTRIBUTES = (("data-caption", "caption"), ("data-credit", "credit"), ("data-copyright", "credit"))
# A wrapper right after a picture that holds its caption elements is short.
CAPTION_BOX_WORDS = 60
CAPTION_TAGS = {"figcaption", "div", "span", "p", "small", "cite", "em"}
# Tags that hold a credit whatever their class.
CREDIT_TAGS = {"cite"}
# An unmarked line after a picture is its caption when it carries a credit and is no longer than this.
CREDITED_LINE_WORDS = 40
# Caption widgets' own words: toggles, counters.
CAPTION_CHROME_RE = re.compile(
    r"^(show|hide|view|expand|close|open)\b.*caption|^\d+$|^\(?more\)?$", re.IGNORECASE
)


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
            if element.tag not in WRAPPER_TAGS or _has_own_text(element)]


def _has_own_text(element) -> bool:
    if element.text and element.text.strip(XML_SPACES):
        return True
    return any(child.tail and child.tail.strip(XML_SPACES) for child in element)


def _squeeze(text: str) -> str:
    """Whitespace collapsed, the cheap way: enough to find a paragraph's start again."""
    return " ".join(text.split())


def _has_block_with(element, probe: str) -> bool:
    """True when a smaller block inside `element` holds the text: the paragraph is that one."""
    for child in element.iterchildren():
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS and probe in _squeeze(child.text_content()):
            return True
    return False


def find_pictures(tree, where: Layout, share_key: str | None = None) -> list[Found]:
    """Every `<img>` that is part of the article: above its text (lead candidates) or within it.

    A copy of the page's share image is the article's wherever it sits, whatever its container's name.
    """
    found = []
    if where.start is None:
        return found
    # Pictures beside the first or last paragraph, in the same container, are the text's too.
    edges = [b.getparent() for b in (where.first_block, where.last_block) if b is not None]
    for img in tree.iter("img"):
        position = where.order.get(img, -1)
        within = where.start <= position <= where.end or any(
            edge is not None and _is_inside(img, edge) for edge in edges
        )
        before = position < where.start and not within
        if not (within or before) or is_junk(img):
            continue
        if is_foreign(img, where.text_holders) and not (share_key and _source_key(img) == share_key):
            continue
        picture = describe(img, position)
        if picture is not None:
            picture.before_body = before
            found.append(picture)
    return found


def _source_key(img) -> str | None:
    src = best_source(img)[0]
    return picture_key(src) if src else None


def is_junk(img) -> bool:
    wrappers = " ".join(
        filter(None, (a.get("class") for a, _ in zip(lifted_ancestors(img), range(2), strict=False)))
    )
    # Inline data: URIs run to hundreds of kilobytes; an address's hints are in its first characters.
    values = (img.get("src"), img.get("data-src"), img.get("class"), img.get("id"))
    src = " ".join(value[:ATTRIBUTE_CHARS] for value in values if value)
    if (
        JUNK_SRC_RE.search(src.lower())
        or JUNK_WRAPPER_RE.search(wrappers.lower())
        or JUNK_ALT_RE.search((img.get("alt") or "").lower())
    ):
        return True
    query_sizes = [int(v) for v in SIZE_QUERY_RE.findall(src)]
    sizes = [_pixels(img.get("width")), _pixels(img.get("height")), *query_sizes]
    return any(size is not None and size < MIN_SIDE for size in sizes)


def is_foreign(img, text_holders: set = frozenset()) -> bool:
    """True for a picture in a teaser, ad, widget or people card, or linking to another page.

    Only the picture's own containers count, up to the first one that also holds the article text.
    """
    hints = []
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= CONTAINER_DEPTH or ancestor in text_holders or ancestor.tag == "body":
            break
        if ancestor.tag in FOREIGN_TAGS or ancestor.tag == "article" and _is_story_card(ancestor):
            return True
        if ancestor.tag == "a" and depth < FIGURE_DEPTH and _is_teaser_link(ancestor, img):
            return True
        if ancestor.tag != "figure":  # the picture's own figure: its names describe the picture
            hints += [ancestor.get("class") or "", ancestor.get("id") or ""]
    return bool(FOREIGN_CONTAINER_RE.search(" | ".join(hints).lower()))


def _is_story_card(article) -> bool:
    """An <article> of its own (not the one holding the text) with a headline: another story's card."""
    return any(True for _ in article.iter("h1", "h2", "h3", "h4", "h5"))


def _is_teaser_link(link, img) -> bool:
    """A link around a picture to another page, with a headline of its own: a teaser."""
    href = (link.get("href") or "").split("?")[0]
    if not href or href.startswith("#") or IMAGE_EXTENSION_RE.search(href):
        return False
    own_text = normalise_line(link.text_content())
    return len(own_text.split()) >= 3 or any(h is not None for h in link.iter("h2", "h3", "h4"))


def describe(img, position: int) -> Found | None:
    src, srcset_width = best_source(img)
    if not src:
        return None
    width = _pixels(img.get("width")) or srcset_width
    picture = Found(
        src=src,
        position=position,
        width=width,
        height=_pixels(img.get("height")),
        alt=one_line(img.get("alt")) or None,
        element=img,
    )
    _attach_caption(picture, img, picture_key(src))
    return picture


def _attach_caption(picture: Found, img, key: str) -> None:
    figure = _own_figure(img, key)
    credits, captions, raw = _caption_parts([figure] if figure is not None else [], img)
    if not credits and not captions:
        credits, captions, raw = _caption_parts(
            _following_siblings(figure if figure is not None else img, key), img
        )
    if not credits and not captions:
        captions, credits = _attribute_texts(img, figure)
    picture.raw_captions = raw + captions + credits
    caption_parts = []
    for text in captions:
        caption, credit = split_credit(text)
        if credit and not credits:
            credits.append(credit)
        if caption:
            caption_parts.append(caption)
    picture.caption = normalise_line(" ".join(dict.fromkeys(caption_parts))) or None
    picture.credit = clean_credit(credits[0]) if credits else None
    if picture.caption and not picture.credit and is_credit_only(picture.caption):
        picture.caption, picture.credit = None, clean_credit(picture.caption)


def _attribute_texts(img, figure) -> tuple[list[str], list[str]]:
    """Caption and credit that the picture or its wrappers carry as attributes (`data-caption`)."""
    found: dict[str, list[str]] = {"caption": [], "credit": []}
    holders = [img, *(a for a, _ in zip(lifted_ancestors(img), range(2), strict=False))]
    for holder in holders + ([figure] if figure is not None else []):
        for attribute, kind in CAPTION_ATTRIBUTES:
            text = one_line(holder.get(attribute))
            if text and text not in found[kind]:
                found[kind].append(text)
    return found["caption"], found["credit"]


def _caption_parts(scope: list, img) -> tuple[list[str], list[str], list[str]]:
    """Credit texts, caption texts (credits taken out) and the whole texts of the caption elements."""
    credits, captions = [], []
    for container in scope:
        own_credits = _texts(container, CREDIT_CLASS_RE, img)
        own_captions = _texts(container, CAPTION_CLASS_RE, img, with_figcaption=True)
        if not own_credits and not credits:
            own_credits = _credit_children(container, img)
        if not own_credits and not own_captions and (
            _is_credited_line(container) or len(scope) > 1 and container is scope[0] and _is_plain_line(container)
        ):
            own_captions.append(one_line(container.text_content()))
        credits += own_credits
        captions += own_captions
    parts = []
    for text in captions:
        for inner in credits + captions:
            if inner != text and inner in text:
                text = text.replace(inner, " ")
        text = normalise_line(text)
        if text and text not in parts and text not in credits:
            parts.append(text)
    return credits, parts, captions


def _credit_children(container, img) -> list[str]:
    """Credits in an unmarked element of their own inside a caption ("<span>Jane Roe (AFP)</span>"):
    the last child of a caption made only of child elements (not text with links in it), when its text
    is only a credit."""
    found = []
    for element in container.iter("figcaption", *CAPTION_TAGS):
        if not (element.tag == "figcaption" or _class_matches(element, CAPTION_CLASS_RE)):
            continue
        children = [child for child in element if isinstance(child.tag, str) and one_line(child.text_content())]
        if (len(children) < 2 or any(True for _ in element.iter("img")) or _has_own_text(element)
                or children[-1].tag == "a"):  # a link at the end: prose naming a site, not a credit part
            continue
        whole = one_line(element.text_content())
        # Parts of one credit ("Jane Roe", "//", "Getty Images") are the credit whole.
        text = whole if is_credit_only(whole) else one_line(children[-1].text_content())
        if (is_credit_only(text) or is_name_with_agency(text)) and text not in found:
            found.append(text)
    return found


def gallery_of(img, text_holders: set):
    """The smallest wrapper (a few levels up) holding this picture and others, but no article text."""
    src = best_source(img)[0]
    key = picture_key(src) if src else ""
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= FIGURE_DEPTH or ancestor in text_holders or ancestor.tag == "body":
            return None
        if _holds_other_picture(ancestor, key):
            return ancestor
    return None


def _own_figure(img, key: str):
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= FIGURE_DEPTH:
            return None
        if ancestor.tag == "figure" or "wp-caption" in (ancestor.get("class") or ""):
            return None if _holds_other_picture(ancestor, key, _is_fallback(img)) else ancestor
    return None


def _holds_other_picture(element, key: str, fallback: bool = False) -> bool:
    """True when `element` also shows a real picture other than the one with this key.

    A `<noscript>` fallback and the lazy-loaded `<img>` beside it are copies of one picture, so only
    pictures of the same kind (fallback or not) count. Stops at the first one found: wrappers of big
    galleries must not cost a look at every picture.
    """
    for other in element.iter("img"):
        if _is_fallback(other) != fallback:
            continue
        src = best_source(other)[0]
        if src and picture_key(src) != key and not is_junk(other):
            return True
    return False


def _is_fallback(img) -> bool:
    return any(ancestor.tag == "noscript" for ancestor, _ in zip(lifted_ancestors(img), range(3), strict=False))


def _following_siblings(start, key: str) -> list:
    """The caption element right after the picture or one of its wrappers, for captions outside `<figure>`;
    with the credit line after it, or a plain line before a credit line ("Jane Roe" then "Foto: AFP").

    Wrappers count up to three levels, while they hold no other picture.
    """
    node, levels = start, 0
    while levels < 3:
        following = _next_element(node)
        after = _next_element(following) if following is not None else None
        if following is not None and _is_caption_element(following):
            return [following] + ([after] if after is not None and _is_credit_element(after) else [])
        if (following is not None and after is not None and _is_plain_line(following)
                and _is_credit_element(after, labelled=True)):
            return [following, after]
        node = node.getparent()
        if node is None or _holds_other_picture(node, key):
            break
        levels += node.tag not in PICTURE_WRAPPER_TAGS
    return []


def _next_element(node):
    following = node.getnext()
    while following is not None and not isinstance(following.tag, str):
        following = following.getnext()
    return following


def _is_caption_element(element) -> bool:
    return (
        element.tag == "figcaption"
        or _class_matches(element, SIBLING_CAPTION_CLASS_RE)
        or _class_matches(element, CREDIT_CLASS_RE)
        or _is_credited_line(element)
        or _is_caption_box(element)
    )


def _is_credit_element(element, labelled: bool = False) -> bool:
    """A line after a caption that holds only a credit, marked as one or reading as one. After a plain
    line (`labelled`), it must say so itself: a credit class, or a label or agency first ("Foto: ...")."""
    if any(True for _ in element.iter("img")):
        return False
    text = one_line(element.text_content())
    if not text or words_in(text) > CREDITED_LINE_WORDS:
        return False
    if _class_matches(element, CREDIT_CLASS_RE):
        return True
    if labelled:
        return is_credit_line(text) and split_credit(text)[0] is None
    return is_credit_only(text) or (_is_credited_line(element) and split_credit(text)[0] is None)


def _is_plain_line(element) -> bool:
    """A short line of text with no blocks inside: a caption when a credit line follows it."""
    if element.tag not in CAPTION_TAGS or any(e is not element for e in element.iter("img", *LINE_BREAKING_TAGS)):
        return False
    return 0 < words_in(one_line(element.text_content())) <= CREDITED_LINE_WORDS


def _is_caption_box(element) -> bool:
    """A short wrapper with no picture that holds caption or credit elements: the picture's caption."""
    if element.tag not in CAPTION_TAGS or any(True for _ in element.iter("img")):
        return False
    if words_in(element.text_content()) > CAPTION_BOX_WORDS:
        return False
    return any(
        _class_matches(inner, SIBLING_CAPTION_CLASS_RE) or _class_matches(inner, CREDIT_CLASS_RE)
        for inner in element.iter(*CAPTION_TAGS)
        if inner is not element
    )


def _is_credited_line(element) -> bool:
    """A short unmarked line right after a picture (no blocks inside) that ends with a credit: its caption."""
    if element.tag not in CAPTION_TAGS or any(e is not element for e in element.iter("img", *LINE_BREAKING_TAGS)):
        return False
    text = one_line(element.text_content())
    return 0 < len(text.split()) <= CREDITED_LINE_WORDS and split_credit(text)[1] is not None


def _texts(container, pattern, img, with_figcaption: bool = False) -> list[str]:
    """Texts of the caption (or credit) elements in a container, without toggles and counters."""
    texts = []
    for element in container.iter(*CAPTION_TAGS):
        is_match = (
            _class_matches(element, pattern)
            or (with_figcaption and element.tag == "figcaption")
            or (not with_figcaption and element.tag in CREDIT_TAGS)
        )
        if not is_match or any(e is img for e in element.iter("img")):
            continue
        text = one_line(element.text_content())
        if text and not CAPTION_CHROME_RE.search(text) and text not in texts:
            texts.append(text)
    return texts


def _class_matches(element, pattern) -> bool:
    return bool(pattern.search(element.get("class") or ""))


def lifted_ancestors(element):
    """An element's ancestors without the `<source>` levels libxml2 puts between a `<picture>` and its
    `<img>`: a picture with six sources must not look six levels deeper in its figure."""
    return (ancestor for ancestor in element.iterancestors() if ancestor.tag != "source")


def _is_inside(element, container) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _pixels(value: str | None) -> int | None:
    """A size attribute in CSS pixels; "100%" or "auto" say nothing about the picture's size."""
    digits = re.match(r"\s*(\d+)\s*(px)?\s*$", value or "")
    return int(digits.group(1)) if digits else None
