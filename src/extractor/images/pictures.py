"""The images stage: every article picture once, caption and credit apart, no caption left in the body.

Reads the one parsed tree (`article.tree`) after the body is final. The page's share image (og:image,
twitter:image, JSON-LD `image`) names the lead picture; the pictures between the body's first and last
paragraph are the inline ones. Copies of one picture (sizes, CDNs, lazy-load and `<noscript>` copies)
merge by file name. A caption or credit that the body also holds is taken out of the body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article, Image, Options
from ..text import join_paragraphs
from .captions import is_credit_only, split_credit, strip_site_suffix, words_in
from .elements import HOST_RE, JUNK_SRC_RE, is_inside
from .figures import Found, Layout, find_pictures, gallery_of, layout
from .page_pictures import PagePictures
from .relevance import PageFacts, is_relevant, picture_features
from .structured import SHARE_IMAGE_META, read_hints
from .urls import absolute, is_placeholder, picture_key, safe_join

# A picture above the text is the lead only when it looks like one: captioned, in a figure, or wide.
LEAD_MIN_WIDTH = 300
# Captions merge copies (in one small wrapper) only when long enough to be the picture's own
# words, not a credit like "AP".
MERGE_CAPTION_CHARS = 20
WRAPPER_LEVELS = 2
# How far from its picture a caption that leaked into the body can sit, in paragraphs.
CAPTION_WINDOW = (1, 2)
# Shorter caption forms are taken out of the body only when they read as a credit.
MIN_CAPTION_WORDS = 4
# A caption this long stands for itself: the body's copy of it is taken out wherever it sits.
ANYWHERE_CAPTION_WORDS = 8
NON_ALNUM_RE = re.compile(r"[\W_]+")


@dataclass
class Picture:
    """One picture while its copies are merged: the record-to-be and what locates it."""

    image: Image
    key: str
    position: int
    before_body: bool = False
    texts: set = field(default_factory=set)
    element: object = None
    # The caption texts the page's own markup shows with the picture (not structured data or alt text).
    shown: set = field(default_factory=set)
    # The keys of every address the page offers for the picture (its sizes and crops).
    keys: frozenset = frozenset()


def extract_images(article: Article, options: Options) -> Article:
    if not options.images or article.tree is None:
        return article
    pictures, page = candidate_pictures(article, options)
    pictures = [p for p in pictures if p.image.role == "lead" or is_relevant(features_of(p, page))]
    remove_captions(article, pictures, options)
    article.images = [p.image for p in pictures]
    return article


def candidate_pictures(article: Article, options: Options) -> tuple[list[Picture], PageFacts]:
    """The lead picture and every picture among the story's text, merged, captioned; before the relevance
    model keeps the article's own (`train/picture_relevance.py` fits it on these)."""
    tree = article.tree
    hints = article.picture_hints or read_hints(tree, article)
    meta = hints["meta"]
    base = base_url(tree, options.url or article.url or meta.get("og:url"))
    where = layout(tree, article.paragraphs)
    share = share_image(meta, article.jsonld_article, base)
    known = hints.get("pictures") or PagePictures(tree)
    found = find_pictures(tree, where, picture_key(share.src) if share else None, known)
    add_unpruned_captions(found, hints.get("markup") or {})
    pictures = merge([_picture(picture, base, article.site_name, where) for picture in found])
    pictures = choose_lead(pictures, share, where, known)
    add_structured_captions(pictures, hints["captions"], tree)
    return pictures, PageFacts(where.text_holders, hints.get("copies") or {}, known.facts)


def features_of(picture: Picture, page: PageFacts) -> list[float]:
    return picture_features(picture.image, picture.element, picture.key, page)


def add_unpruned_captions(found: list[Found], before_pruning: dict) -> None:
    """What pruning took from a picture's caption, read again from the page as it came: the whole
    caption where none is left, the credit where the caption left is the same."""
    for picture in found:
        caption, credit, raw = before_pruning.get(picture_key(picture.src), (None, None, []))
        if picture.caption is None and picture.credit is None:
            picture.caption, picture.credit = caption, credit
        elif picture.credit is None and credit and caption == picture.caption:
            picture.credit = credit
        else:
            continue
        picture.raw_captions = picture.raw_captions + [t for t in raw if t not in picture.raw_captions]


def base_url(tree, page_url: str | None) -> str | None:
    """Where relative addresses point: `<base href>` (itself relative to the page), else the page."""
    for element in tree.iter("base"):
        href = (element.get("href") or "").strip()
        if href:
            return safe_join(page_url or "", href) or page_url
    return page_url


def share_image(meta: dict[str, str], ld: dict, base: str | None) -> Image | None:
    """The picture the page gives to social networks, which is its lead picture."""
    candidates = [meta.get(key) for key in SHARE_IMAGE_META] + [_jsonld_image(ld)]
    for src in candidates:
        junk = JUNK_SRC_RE.search(HOST_RE.sub("", src).lower()) if src else None
        if src and re.match(r"^(https?:)?/", src) and not junk and not is_placeholder(src):
            return Image(
                src=absolute(src, base),
                width=_int(meta.get("og:image:width")),
                height=_int(meta.get("og:image:height")),
                alt=meta.get("og:image:alt"),
                role="lead",
            )
    return None


def _jsonld_image(ld: dict) -> str | None:
    value = ld.get("image")
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value if isinstance(value, str) else None


def _picture(found: Found, base: str | None, site_name: str | None, where: Layout) -> Picture:
    paragraph = sum(1 for p in where.paragraph_positions if p is not None and p < found.position)
    image = Image(
        src=absolute(found.src, base),
        alt=strip_site_suffix(found.alt, site_name),
        caption=found.caption,
        credit=found.credit,
        width=found.width,
        height=found.height,
        paragraph=paragraph,
    )
    texts = {t for t in found.raw_captions if t} | {t for t in (found.caption, found.credit) if t}
    key = picture_key(image.src)
    return Picture(image, key, found.position, found.before_body, texts, found.element, set(texts),
                   found.keys | {key})


def merge(pictures: list[Picture]) -> list[Picture]:
    """One picture per file (whatever its size, crop or CDN) and per long caption, in page order."""
    kept: list[Picture] = []
    for picture in pictures:
        twin = next((k for k in kept if _same_picture(k, picture)), None)
        if twin is None:
            kept.append(picture)
        else:
            _absorb(twin, picture)
    return kept


def _same_picture(a: Picture, b: Picture) -> bool:
    if a.key and a.key == b.key:
        return True
    caption = a.image.caption
    return bool(
        caption
        and len(caption) >= MERGE_CAPTION_CHARS
        and caption == b.image.caption
        and _same_wrapper(a.element, b.element)
    )


def _same_wrapper(a, b) -> bool:
    """Two `<img>` in one small wrapper (a figure with a lazy copy and a fallback, say)."""
    if a is None or b is None:
        return False
    return a.getparent() in _wrappers(b) or b.getparent() in _wrappers(a)


def _wrappers(element) -> list:
    return [ancestor for ancestor, _ in zip(element.iterancestors(), range(WRAPPER_LEVELS), strict=False)]


def _absorb(kept: Picture, copy: Picture) -> None:
    """Fill what the kept copy lacks from another copy; the widest copy's address wins."""
    if (copy.image.width or 0) > (kept.image.width or 0):
        kept.image.src, kept.image.width, kept.image.height = (
            copy.image.src,
            copy.image.width,
            copy.image.height,
        )
    for name in ("alt", "caption", "credit", "height"):
        if getattr(kept.image, name) is None:
            setattr(kept.image, name, getattr(copy.image, name))
    kept.texts |= copy.texts
    kept.shown |= copy.shown
    kept.keys |= copy.keys
    kept.before_body = kept.before_body and copy.before_body


def choose_lead(pictures: list[Picture], share: Image | None, where: Layout, known: PagePictures) -> list[Picture]:
    """The lead picture first, then the inline ones; other pictures above the text are not the article's."""
    share_key = picture_key(share.src) if share else None
    lead = next((p for p in pictures if share_key and share_key in p.keys), None)
    if lead is None:
        above = [p for p in pictures if p.before_body and _looks_like_lead(p)]
        lead = above[-1] if above else None
    if lead is None and share is not None:
        share.paragraph = 0
        lead = Picture(share, share_key or "", -1, True, set())
    if lead is None:
        return [p for p in pictures if not p.before_body]
    lead.image.role = "lead"
    if lead.before_body:
        lead.image.paragraph = 0
    if share is not None and lead.image is not share:
        _absorb(lead, Picture(share, share_key or "", -1))
        lead.image.width = lead.image.width or share.width
    gallery = (
        gallery_of(lead.element, where.text_holders, known)
        if lead.element is not None and lead.before_body
        else None
    )
    return [lead] + [p for p in pictures if p is not lead and (not p.before_body or _in_gallery(p, gallery))]


def _in_gallery(picture: Picture, gallery) -> bool:
    """A captioned picture above the text in the lead picture's own gallery is the article's too."""
    if gallery is None or picture.element is None or not (picture.image.caption or picture.image.credit):
        return False
    return is_inside(picture.element, gallery)


def _looks_like_lead(picture: Picture) -> bool:
    image = picture.image
    return bool(image.caption or image.credit or (image.width or 0) >= LEAD_MIN_WIDTH)


def add_structured_captions(pictures: list[Picture], stated: dict, tree) -> None:
    """A caption or credit the markup did not give, taken from the page's structured data; what its
    caption says only when the page also shows it (one written for search engines alone is not the
    picture's). A credit of its own (`creditText`, `copyrightHolder`) counts either way."""
    shown = None
    for picture in pictures:
        caption, credit, caption_text = stated.get(picture.key, (None, None, None))
        if not (caption or credit):
            continue
        shown = shown if shown is not None else _norm(tree.text_content())
        if caption_text and _norm(caption_text) not in shown:
            # Not shown: neither the caption nor a credit glued into it is the page's.
            caption, credit = None, None if credit and credit in caption_text else credit
        image = picture.image
        if image.caption is None and caption:
            image.caption = caption
            picture.texts.add(caption)
        if image.credit is None and credit:
            image.credit = credit
            picture.texts.add(credit)


def remove_captions(article: Article, pictures: list[Picture], options: Options) -> None:
    """Take out of the body each paragraph (or line) that repeats a picture's caption or credit."""
    paragraphs = article.paragraphs
    removed_before = [0] * (len(paragraphs) + 1)
    kept = list(paragraphs)
    # Pictures in a row (a carousel, a gallery) precede one paragraph; their captions follow in a row.
    in_row = Counter(p.image.paragraph or 0 for p in pictures)
    for picture in pictures:
        targets = caption_variants(picture)
        if not targets:
            continue
        index = picture.image.paragraph or 0
        last = index + CAPTION_WINDOW[1] * in_row[index]
        for k in range(max(0, index - CAPTION_WINDOW[0]), min(len(kept), last + 1)):
            kept[k] = _without_caption_lines(kept[k], targets, article, options, k)
    # A long caption that the page's markup shows under its picture is a caption wherever the body
    # holds it again after the picture (a gallery's captions gathered at the end). Before the picture,
    # the same words are the text the caption quotes (a standfirst used as the caption).
    for picture in pictures:
        shown = {_norm(t) for t in picture.shown if words_in(t) >= ANYWHERE_CAPTION_WORDS} - {""}
        for k in range((picture.image.paragraph or 0) + 1, len(kept)) if shown else ():
            kept[k] = _without_caption_lines(kept[k], shown, article, options, k)
    for k, paragraph in enumerate(kept):
        removed_before[k + 1] = removed_before[k] + (1 if not paragraph else 0)
    article.body = join_paragraphs(kept)
    if options.explain:
        article.renumber_removals([bool(paragraph) for paragraph in kept])
    for picture in pictures:
        if picture.image.paragraph is not None:
            index = min(picture.image.paragraph, len(kept))
            picture.image.paragraph = index - removed_before[index]


def _without_caption_lines(paragraph: str, targets: set, article: Article, options: Options,
                           index: int) -> str:
    if not paragraph:
        return paragraph
    if _norm(paragraph) in targets:
        article.remove("duplicate_caption", paragraph, options, paragraph=index)
        return ""
    lines = paragraph.split("\n")
    kept = [line for line in lines if _norm(line) not in targets]
    for line in lines:
        if line not in kept:
            article.remove("duplicate_caption", line, options, paragraph=index)
    return "\n".join(kept)


def caption_variants(picture: Picture) -> set:
    """The forms a caption takes when it leaks into the body: alone, with its credit, the credit alone.

    A form of fewer than `MIN_CAPTION_WORDS` words counts only when it reads as a credit: a short
    caption or a bare name ("Element Jiu-Jitsu") can also be a heading of the text.
    """
    image = picture.image
    forms = set(picture.texts)
    if image.caption and image.credit:
        forms |= {f"{image.caption} {image.credit}", f"{image.credit} {image.caption}"}
    for text in list(forms):
        caption, credit = split_credit(text)
        forms |= {t for t in (caption, credit) if t}
    forms = {t for t in forms if words_in(t) >= MIN_CAPTION_WORDS or is_credit_only(t)}
    return {_norm(t) for t in forms if _norm(t)}


@lru_cache(maxsize=1024)
def _norm(text: str) -> str:
    """Letters and digits only, lower case. Kept: each picture asks about the paragraphs around it,
    a long caption about every paragraph after it."""
    return NON_ALNUM_RE.sub("", text.lower())


def _int(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None
