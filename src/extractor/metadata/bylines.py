"""Visible bylines: the texts in the page that may name its authors, most specific markup first."""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..html.page import document_elements

# The folder of a writer's page in a site's addresses, by language: "/author/jane-roe",
# "/autor/4971-jan-nowak", "/autoren/name/jane-roe".
AUTHOR_PATHS = ("author", "authors",  # en
                "autor", "autoren",  # de, pl, cs, es, pt
                "autores",  # es, pt
                "auteur", "auteurs",  # fr, nl
                "autore", "autori",  # it
                "forfatter",  # no, da
                "yazar", "yazarlar")  # tr
# Visible bylines, most specific first. Attribute tests are written from the attribute axis
# ("//@class[...]/..", not "//*[contains(@class, ...)]"): libxml2 then visits only the elements
# that have the attribute, which halves the cost of each search; the matches are the same.
BYLINE_XPATHS = (
    '//@itemprop[.="author"]/..//@itemprop[.="name"]/..',
    '//@itemprop[.="author"]/..',
    '//a[@rel="author"]',
    # The writer's page: /author/ and its plurals, in the languages news sites write it (AUTHOR_PATHS),
    # with the writer named after it ("/autoren/" alone is the index of writers, a footer link).
    '//a[' + " or ".join(f'substring-after(@href, "/{word}/") != ""' for word in AUTHOR_PATHS) + ']',
    '//@class[contains(concat(" ", normalize-space(.), " "), " author-name ")]/..',
    '//@class[contains(., "byline__name") or contains(., "author__name") or contains(., "authorName")]/..',
    '//@class[contains(concat(" ", normalize-space(.), " "), " byline ")]/..',
    # A component's name in generated class names ("css-1x2y3z-Byline", "ArticleByline_wrapper"):
    # CSS-in-JS libraries keep the component's capitalised name beside a hash.
    '//@class[contains(., "Byline")]/..',
    '//@class[contains(., "author") and not(contains(., "author-bio")) and not(contains(., "authors-"))]/..',
)
# "By Jane Roe", "By <a>Jane Roe</a>", or a label ("By", "Written by", "Author(s)") with the name
# in the next element: tested on the start of each element's first text node. A walk in Python
# costs half of the same test as an EXSLT re:test in XPath (once the dearest search of the
# metadata stage) and stops at the first matches. Spaces around the words are XML's four, as in
# XPath's normalize-space(); after "by" any space, a no-break one too ("By\xa0").
XML_SPACE = r"[ \t\r\n]"
BY_TEXT_START_RE = re.compile(
    rf"{XML_SPACE}*(?:(?:(?:written|posted|words|story|text|article){XML_SPACE}+)?by(?::|\s|$)"
    rf"|(?:authors?|author\(s\)|contributors?):?{XML_SPACE}*$)",
    re.IGNORECASE,
)
LABEL_ONLY_RE = re.compile(
    r"(?:(?:written|posted|words|story|text|article) )?by:?|authors?:?|author\(s\):?|contributors?:?", re.IGNORECASE
)
# The words that join the last two names of a byline ("A, B and C"), by language.
NAME_JOINERS = {
    "en": ("and",), "de": ("und",), "fr": ("et",), "es": ("y", "e"), "it": ("e", "ed"), "pt": ("e",),
    "nl": ("en",), "no": ("og",), "da": ("og",), "is": ("og",), "sv": ("och",), "pl": ("i", "oraz"),
    "cs": ("a",), "ru": ("и",), "uk": ("і", "та"), "tr": ("ve",), "lt": ("ir",),
}
# Joiners that are also a word inside one name: "Silva e Souza" (pt), "Puig i Cadafalch" (ca). Between
# two elements of a byline they join; inside one author field they do not part it.
JOINERS_INSIDE_NAMES = {"e", "i"}


def _joiners_alt(words) -> str:
    """The joiners as a regex alternation; a one-letter one only in lowercase ("John Y Smith", "Jan A
    Novak" keep their initials)."""
    return "|".join(sorted({rf"(?-i:{word})" if len(word) == 1 else word for word in words}, key=len, reverse=True))


JOINERS_ALT = _joiners_alt(word for words in NAME_JOINERS.values() for word in words)
FIELD_JOINERS_ALT = _joiners_alt(word for words in NAME_JOINERS.values() for word in words
                                 if word not in JOINERS_INSIDE_NAMES)
# What parts the names of one byline ("A, B and C", "A · B", "A und B", "A и B").
LIST_GLUE_RE = re.compile(rf"[,;&·•|/]?\s*(?:(?:{JOINERS_ALT})\s*)?", re.IGNORECASE)
# Compiled once: the search runs on every page that names no author in its metadata.
COMPILED_BYLINE_XPATHS = tuple(etree.XPath(xpath) for xpath in BYLINE_XPATHS)
# Bylines that are not the article's: in comments ("Jane says:"), menus ("By Industry"), forms
# ("Name *"), cards of related or recent posts, a picture's credit ("Foto: Jane Roe" in a figure).
OTHER_BYLINE_TAGS = {"nav", "form", "figure", "figcaption"}
PAGE_TAGS = {"body", "html"}
LIST_TAGS = {"ul", "ol"}
OTHER_BYLINE_CLASS_RE = re.compile(
    r"comment|menu-item|sub-menu|dropdown|navbar|related|recent"
    # the picture's author ("image--author", "bildautor", "photo-credit"), not the article's
    r"|(?:bild|foto|photo|image|img|picture)[\s_-]*(?:autor|author|credit)", re.IGNORECASE)
# How far up a byline's container is looked for: broken markup (an unclosed <button> of a
# menu) can put the whole article inside a menu.
MAX_CONTAINER_DEPTH = 8
# Only the first few matches of each expression: further ones are lists of other articles.
MAX_ELEMENTS_PER_XPATH = 3


def byline_texts(tree) -> Iterator[list[str]]:
    """Each candidate's text, lines kept apart, in lists: the matches of one search that sit side
    by side under one parent are one byline of several writers (a link to each writer's page, a
    name box each), given together. Lazily, as the search walks the whole tree."""
    yield from marked_up_bylines(tree)
    for element in _first_bylines(tree, by_text_elements):
        if not LABEL_ONLY_RE.fullmatch(" ".join((element.text or "").split())):
            yield [element_text(element)]
        else:  # the name follows the label: in a child, after it, or in the next element
            yield from ([text] for text in _text_after_label(element))


def marked_up_bylines(tree) -> Iterator[list[str]]:
    """The candidates that the page's markup names as bylines (an author property, a link to a
    writer's page, a byline class), as `byline_texts` gives them."""
    for group in marked_up_groups(tree):
        yield [element_text(member) for member in group]


def marked_up_groups(tree) -> Iterator[list]:
    """The elements of `marked_up_bylines`, those side by side in one list."""
    for xpath in COMPILED_BYLINE_XPATHS:
        yield from _side_by_side(_first_bylines(tree, xpath))


def _side_by_side(elements) -> Iterator[list]:
    """The elements in lists, siblings that only list glue parts ("A, B and C") in one list."""
    group: list = []
    for element in elements:
        if group and not _listed_after(group[-1], element):
            yield group
            group = []
        group.append(element)
    if group:
        yield group


def box_text(element) -> str:
    """A name box's text on one line: the parts of a name may each have their own markup
    (`<span class="firstname">Jane</span> <span class="lastname">Roe</span>`)."""
    return " ".join(element.text_content().split())


def is_name_boxes(group: list) -> bool:
    """Several elements of one kind (tag and class) side by side: a box for each writer, not a
    name beside its role or a label."""
    kinds = {(element.tag, element.get("class")) for element in group}
    return len(group) > 1 and len(kinds) == 1


def _listed_after(previous, element) -> bool:
    """Whether `element` follows `previous` under one parent with only list glue between them
    (not "Written by A. Reviewed by B")."""
    if element.getparent() is not previous.getparent():
        return False
    between = [previous.tail or ""]
    for sibling in previous.itersiblings():
        if sibling is element:
            return bool(LIST_GLUE_RE.fullmatch(" ".join("".join(between).split())))
        between += [sibling.text_content(), sibling.tail or ""]
    return False


def by_text_elements(tree) -> Iterator:
    """Elements whose first text starts with "By" or is a byline label, in document order."""
    for element in document_elements(tree):
        text = element.text if element.text is not None else _first_tail(element)
        if text is not None and BY_TEXT_START_RE.match(text):
            yield element


def _first_tail(element) -> str | None:
    """An element's first text node when it starts with a child: the first child's tail there is."""
    return next((child.tail for child in element if child.tail is not None), None)


def _text_after_label(label) -> Iterator[str]:
    if len(label):
        yield element_text(label)
    if label.tail and label.tail.strip():
        yield label.tail
    sibling = label.getnext()
    if sibling is not None:
        yield element_text(sibling)


def _first_bylines(tree, search) -> Iterator:
    elements = (e for e in search(tree) if not is_other_byline(e))
    return (element for _, element in zip(range(MAX_ELEMENTS_PER_XPATH), elements, strict=False))


def element_text(element) -> str:
    """Each text node a line, so that a name is not glued to the date or role beside it; a list
    ("Author(s)": one name per item) as one line of names. A line break inside one text node is
    the source's wrapping, which a browser shows as a space ("Alex\n    Shephard")."""
    if element.get("content"):
        return element.get("content")
    if element.tag in LIST_TAGS:
        return ", ".join(" ".join("".join(item.itertext()).split()) for item in element.iterchildren("li"))
    return "\n".join(" ".join(piece.split()) for piece in element.itertext())


def is_other_byline(element) -> bool:
    """In a comment, a menu, a form or a teaser of another post."""
    for depth, node in enumerate((element, *element.iterancestors())):
        if depth > MAX_CONTAINER_DEPTH:
            return False
        if node.tag in PAGE_TAGS:  # their classes describe the whole page ("mega-menu-1", "has-comments")
            return False
        if node.tag in OTHER_BYLINE_TAGS:
            return True
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if marks.strip() and OTHER_BYLINE_CLASS_RE.search(marks):
            return True
    return False
