"""Where a picture's caption and credit sit in the markup: its figure, a caption box or line after it,
caption and credit elements named in any language, attributes; caption and credit told apart."""

from __future__ import annotations

import re

from ..text import ends_sentence, normalise_line
from .captions import (
    TRAILING_CREDIT_RE,
    clean_credit,
    is_credit_line,
    is_credit_only,
    is_name_with_agency,
    one_line,
    split_credit,
    words_in,
)
from .elements import (
    FIGURE_DEPTH,
    LINE_BREAKING_TAGS,
    PICTURE_WRAPPER_TAGS,
    has_own_text,
    holds_other_picture,
    is_fallback,
    is_inside,
    lifted_ancestors,
)

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
    ("distributor", "credit", "en"),
    # the picture's author, not the article's: "bildautor", "image--author", "foto-autor"
    (r"(?:bild|foto|photo|image|img|picture)[\s_-]*(?:autor|author)", "credit", "de cs pl sk en"),
)


def _markup_re(*kinds: str):
    return re.compile("|".join(word for word, k, _ in CAPTION_MARKUP_WORDS if k in kinds), re.IGNORECASE)


CAPTION_CLASS_RE = _markup_re("caption", "caption-inside")
SIBLING_CAPTION_CLASS_RE = _markup_re("caption")
CREDIT_CLASS_RE = _markup_re("credit")
# Attributes that carry a picture's caption or credit as text.
CAPTION_ATTRIBUTES = (("data-caption", "caption"), ("data-credit", "credit"), ("data-copyright", "credit"),
                      ("data-source", "credit"))
# An attribute value that is an address or a path (a lazy-load "data-source") is no caption or credit.
ADDRESS_VALUE_RE = re.compile(r"^(?:https?:|//|/|data:)|\.(?:jpe?g|png|gif|webp|avif|svg)\b", re.IGNORECASE)
# A wrapper right after a picture that holds its caption elements is short.
CAPTION_BOX_WORDS = 60
CAPTION_TAGS = {"figcaption", "div", "span", "p", "small", "cite", "em"}
# Tags that hold a credit whatever their class.
CREDIT_TAGS = {"cite"}
# An unmarked line after a picture is its caption when it carries a credit and is no longer than this.
CREDITED_LINE_WORDS = 40
# A sentence this long in a credit element, no credit in it, is a caption.
CAPTION_SENTENCE_WORDS = 6
# A caption that is only a name in brackets, "(The Independent)", "(Jane Roe)": the picture's source.
BRACKETED_NAME_RE = re.compile(r"^\((?:[A-Z][\w.'’&-]*\s?){1,5}\)$")
# Caption widgets' own words: toggles, counters.
CAPTION_CHROME_RE = re.compile(
    r"^(show|hide|view|expand|close|open)\b.*caption|^\d+$|^\(?more\)?$", re.IGNORECASE
)


def caption_of(img, key: str, known: dict | None = None) -> tuple[str | None, str | None, list[str]]:
    """(caption, credit, the texts they came from) of one `<img>`: from its figure, else from what
    follows it, else from its attributes."""
    return read_caption(img, key, known)[:3]


def read_caption(img, key: str, known: dict | None = None) -> tuple[str | None, str | None, list[str], object]:
    """`caption_of`, with the highest element whose content the reading looked at: the caption holds
    while nothing inside that element is removed."""
    figure, scope = own_figure(img, key, known)
    credits, captions, raw = _caption_parts([figure] if figure is not None else [], img)
    if not credits and not captions:
        siblings, top = following_siblings(figure if figure is not None else img, key, known)
        credits, captions, raw = _caption_parts(siblings, img)
        scope = _higher(scope, top)
    if not credits and not captions:
        captions, credits = _attribute_texts(img, figure)
    elif not credits:  # a caption in the markup, its credit only in an attribute ("data-source")
        credits = _attribute_texts(img, figure)[1]
    raw = raw + captions + credits
    caption_parts = []
    for text in captions:
        caption, credit = split_credit(text)
        if credit and not credits:
            credits.append(credit)
        if caption:
            caption_parts.append(caption)
    caption = normalise_line(" ".join(dict.fromkeys(caption_parts))) or None
    credit = _one_credit(credits)
    if caption and not credit and (is_credit_only(caption) or BRACKETED_NAME_RE.match(caption)):
        caption, credit = None, clean_credit(caption)
    if caption and not credit:
        credit = _alt_credit(img)
    return caption, credit, raw, scope if scope is not None else img


def _alt_credit(img) -> str | None:
    """The credit a captioned picture's alt text ends with, labelled as one ("... (Photo: Jane Roe)"),
    where the caption shown gives none."""
    match = TRAILING_CREDIT_RE.match(one_line(img.get("alt")))
    return clean_credit(match.group("credit")) if match else None


def _higher(a, b):
    """Of two elements on one line of ancestors (or None), the one above."""
    if a is None or b is None:
        return b if a is None else a
    return a if is_inside(b, a) else b


def _one_credit(credits: list[str]) -> str | None:
    """The credit of several credit elements ("Photo by Jane Roe", "/", "Agency"): their names in order,
    joined by commas; an element whose text another one holds (a wrapper, a copy) counts once."""
    names = []
    credits = [text for text in credits if not _reads_as_caption(text)] or credits
    for text in credits:
        if not any(text != other and text in other for other in credits):
            name = clean_credit(text)
            if name and name not in names:
                names.append(name)
    return ", ".join(names) or None


def _reads_as_caption(text: str) -> bool:
    """A text in a credit element that is a sentence about the picture, no credit in it: a caption
    written where the template keeps its credits ("Image" box: a sentence, then "Rights: Agency")."""
    return (words_in(text) >= CAPTION_SENTENCE_WORDS and ends_sentence(text)
            and not is_credit_line(text) and split_credit(text)[1] is None)


def _attribute_texts(img, figure) -> tuple[list[str], list[str]]:
    """Caption and credit that the picture or its wrappers carry as attributes (`data-caption`)."""
    found: dict[str, list[str]] = {"caption": [], "credit": []}
    holders = [img, *(a for a, _ in zip(lifted_ancestors(img), range(2), strict=False))]
    for holder in holders + ([figure] if figure is not None else []):
        for attribute, kind in CAPTION_ATTRIBUTES:
            text = one_line(holder.get(attribute))
            if text and text not in found[kind] and not ADDRESS_VALUE_RE.search(text):
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
            own_captions.append((container, one_line(container.text_content())))
        # A credit element that holds a caption element of its own is the caption box around both.
        own_credits = [(element, text) for element, text in own_credits
                       if not any(is_inside(inner, element) and (inner, inner_text) not in own_credits
                                  for inner, inner_text in own_captions)] or own_credits
        credits += own_credits
        captions += own_captions
    parts = []
    credit_texts = [text for _, text in credits]
    for element, text in captions:
        # The texts of caption and credit elements inside this one (a caption box's parts) are not its own;
        # the longest first, so that a credit's name is not cut out of the caption part that holds it.
        for inner_element, inner in sorted(credits + captions, key=lambda part: -len(part[1])):
            if inner != text and inner in text and is_inside(inner_element, element):
                text = text.replace(inner, " ")
        text = normalise_line(text)
        if text and text not in parts and text not in credit_texts:
            parts.append(text)
    return credit_texts, parts, [text for _, text in captions]


def _credit_children(container, img) -> list[tuple]:
    """Credits in an unmarked element of their own inside a caption ("<span>Jane Roe (AFP)</span>"):
    the last child of a caption made only of child elements (not text with links in it), when its text
    is only a credit."""
    found = []
    for element in container.iter("figcaption", *CAPTION_TAGS):
        if not (element.tag == "figcaption" or _class_matches(element, CAPTION_CLASS_RE)):
            continue
        children = [child for child in element if isinstance(child.tag, str) and one_line(child.text_content())]
        if (len(children) < 2 or any(True for _ in element.iter("img")) or has_own_text(element)
                or children[-1].tag == "a"):  # a link at the end: prose naming a site, not a credit part
            continue
        whole = one_line(element.text_content())
        # Parts of one credit ("Jane Roe", "//", "Getty Images") are the credit whole.
        holder = element if is_credit_only(whole) else children[-1]
        text = whole if holder is element else one_line(holder.text_content())
        if (is_credit_only(text) or is_name_with_agency(text)) and text not in (t for _, t in found):
            found.append((holder, text))
    return found


def own_figure(img, key: str, known: dict | None = None):
    """(the figure or caption wrapper a few levels up that shows only this picture, or None; the
    figure looked into, whether it was this picture's or not, or None)."""
    for depth, ancestor in enumerate(lifted_ancestors(img)):
        if depth >= FIGURE_DEPTH:
            break
        if ancestor.tag == "figure" or "wp-caption" in (ancestor.get("class") or ""):
            return None if holds_other_picture(ancestor, key, is_fallback(img), known) else ancestor, ancestor
    return None, None


def following_siblings(start, key: str, known: dict | None = None) -> tuple[list, object]:
    """The caption element right after the picture or one of its wrappers, for captions outside `<figure>`;
    with the credit line after it, or a plain line before a credit line ("Jane Roe" then "Foto: AFP").
    Also the highest element whose children were looked at.

    Wrappers count up to three levels, while they hold no other picture.
    """
    node, levels, found = start, 0, []
    while levels < 3:
        top = node.getparent()
        following = _next_element(node)
        after = _next_element(following) if following is not None else None
        if following is not None and _is_caption_element(following):
            found = [following] + ([after] if after is not None and _is_credit_element(after) else [])
            break
        if (following is not None and after is not None and _is_plain_line(following)
                and _is_credit_element(after, labelled=True)):
            found = [following, after]
            break
        node = top
        if node is None or holds_other_picture(node, key, known=known):
            break
        levels += node.tag not in PICTURE_WRAPPER_TAGS
    return found, top if top is not None else start.getroottree().getroot()


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


def _texts(container, pattern, img, with_figcaption: bool = False) -> list[tuple]:
    """(element, text) of the caption (or credit) elements in a container, without toggles and counters;
    an element whose text an earlier one gave (its wrapper) is left out."""
    texts: list[tuple] = []
    for element in container.iter(*CAPTION_TAGS):
        is_match = (
            _class_matches(element, pattern)
            or (with_figcaption and element.tag == "figcaption")
            or (not with_figcaption and element.tag in CREDIT_TAGS)
        )
        if not is_match or any(e is img for e in element.iter("img")):
            continue
        text = one_line(element.text_content())
        if text and not CAPTION_CHROME_RE.search(text) and text not in (t for _, t in texts):
            texts.append((element, text))
    return texts


def _class_matches(element, pattern) -> bool:
    return bool(pattern.search(element.get("class") or ""))
