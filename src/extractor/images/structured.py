"""What a page says about its pictures outside the markup that shows them: the share image in its meta
tags, and captions and credits in its structured data (JSON-LD `ImageObject`), by picture.

Many templates put the lead picture's caption and credit only there, or print them where no markup
says which picture they belong to; the `ImageObject` ties them to an address. Read by a step of its
own before scripts and head tags leave the tree.
"""

from __future__ import annotations

from ..metadata.jsonld import jsonld_objects, objects_of_type
from ..model import Article, Options
from .captions import clean_credit, one_line, split_credit
from .page_pictures import PagePictures
from .urls import picture_key

SHARE_IMAGE_META = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")
SHARE_META_KEYS = frozenset((*SHARE_IMAGE_META, "og:image:width", "og:image:height", "og:image:alt", "og:url"))
# Where an ImageObject names who made the picture, most specific first.
CREDIT_KEYS = ("creditText", "copyrightNotice", "copyrightHolder", "author", "creator")
ADDRESS_KEYS = ("url", "contentUrl")
# Keys of an article object (or any object) that hold its pictures.
IMAGE_KEYS = ("image", "associatedMedia", "primaryImageOfPage")


def read_picture_hints(article: Article, options: Options) -> Article:
    """The images stage's first step, run while the tree still has its head and scripts."""
    if options.images and article.tree is not None:
        article.picture_hints = read_hints(article.tree, article)
    return article


def read_hints(tree, article: Article) -> dict:
    pictures = PagePictures(tree)
    markup, copies = pictures.captions_and_copies()
    return {"meta": share_meta(tree, article.meta_tags),
            "captions": structured_captions(tree, article.jsonld_article, article.jsonld_objects),
            "markup": markup, "copies": copies, "pictures": pictures}


def share_meta(tree, meta: dict[str, str]) -> dict[str, str]:
    """The page's meta tags, with the share-image ones also read where a page (or a tool that saved it)
    keeps the value in a `value` attribute rather than `content`."""
    if any(key in meta for key in SHARE_IMAGE_META):
        return meta
    found = dict(meta)
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        value = (element.get("content") or element.get("value") or "").strip()
        if key in SHARE_META_KEYS and value:
            found.setdefault(key, value)
    return found


def structured_captions(tree, article_object: dict, objects: list | None = None) -> dict[str, tuple]:
    """Picture key → (caption, credit, caption text) from every JSON-LD ImageObject with an address.
    `objects`: the page's JSON-LD objects, where the metadata stage read them already."""
    objects = objects if objects is not None else jsonld_objects(tree)
    images = objects_of_type(objects, "ImageObject")
    for holder in [article_object, *objects]:
        for key in IMAGE_KEYS:
            images += [value for value in _as_list(holder.get(key)) if isinstance(value, dict)]
    found: dict[str, tuple] = {}
    for image in images:
        address = next((image[k] for k in ADDRESS_KEYS if isinstance(image.get(k), str)), None)
        described = describe(image)
        if address and any(described[:2]):
            key = picture_key(address)
            if key and key not in found:
                found[key] = described
    return found


def describe(image: dict) -> tuple[str | None, str | None, str | None]:
    """(caption, credit, caption text) of one ImageObject: a credit glued to the caption is split off,
    and the caption's whole text comes with them, for the page to be asked whether it shows it."""
    caption_text = image.get("caption")
    if isinstance(caption_text, dict):
        caption_text = caption_text.get("text") or caption_text.get("name")
    caption_text = one_line(caption_text) if isinstance(caption_text, str) else None
    caption, glued = split_credit(caption_text) if caption_text else (None, None)
    credit = next((name for key in CREDIT_KEYS if (name := _name(image.get(key)))), None)
    if credit:
        return caption, clean_credit(credit), caption_text
    return caption, glued, caption_text


def _name(value) -> str | None:
    """A credit value: a string, an organisation or person object, or a list of them."""
    names = []
    for item in _as_list(value):
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and one_line(item):
            names.append(one_line(item))
    return ", ".join(names) or None


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value] if value is not None else []
