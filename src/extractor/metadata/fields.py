"""Page metadata from the parsed tree: JSON-LD, OpenGraph, Twitter cards, <meta>, <time>, bylines."""

from __future__ import annotations

import re

from ..model import Article, Options
from ..text import normalise_line
from . import authors as authors_module
from . import dates, titles
from .jsonld import article_object, jsonld_objects, objects_of_type

# ISO 639-1 is two ASCII letters; a one-letter or non-ASCII value ("e", "İx") is not a code.
LANGUAGE_CODE_RE = re.compile(r"[A-Za-z]{2}")
LANGUAGE_META = ("og:locale", "language", "content-language", "dc.language", "inlanguage")


def extract_metadata(article: Article, options: Options) -> Article:
    tree = article.tree
    if tree is None:
        return article
    meta = article.meta_tags = meta_tags(tree)
    saved_lists = meta_tag_lists(tree, saved_values=True)
    saved = {key: values[0] for key, values in saved_lists.items()}
    objects = article.jsonld_objects = jsonld_objects(tree)
    ld = article.jsonld_article = article_object(objects)

    article.url = options.url or _first(meta, "og:url", "twitter:url") or _canonical(tree) or _str(ld.get("url"))
    article.site_name = site_name(meta, objects, ld)
    article.title = titles.choose_title(tree, meta, ld, article.site_name, article.url)
    article.description = normalise_line(
        _str(ld.get("description")) or _first(meta, "og:description", "description", "twitter:description") or ""
    ) or None
    article.authors = authors_module.find_authors(tree, saved_lists, ld, objects, article.site_name)
    article.published = dates.find_published(tree, saved, ld, article.url)
    article.language = language(tree, meta, ld)
    return article


def meta_tags(tree, saved_values: bool = False) -> dict[str, str]:
    """`<meta>` name/property → content, first occurrence wins, names lowercased."""
    return {key: values[0] for key, values in meta_tag_lists(tree, saved_values).items()}


def meta_tag_lists(tree, saved_values: bool = False) -> dict[str, list[str]]:
    """`<meta>` name/property → each content in page order (a page names each of several authors
    in a tag of its own), names lowercased. With `saved_values`, a tag without `content` gives its
    `value` instead: some page savers rename the attribute. Read so for the byline and the date,
    whose tags the page has nowhere else; the title has its h1 and <title>, and the renamed tags
    lowered the title figures."""
    found: dict[str, list[str]] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop") or element.get("http-equiv")
        content = element.get("content")
        if content is None and saved_values:
            content = element.get("value")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(content.strip())
    return found


def site_name(meta: dict, objects: list[dict], ld: dict) -> str | None:
    publisher = ld.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    name = _first(meta, "og:site_name", "application-name", "twitter:app:name:iphone")
    if not name and isinstance(publisher, dict):
        name = _str(publisher.get("name"))
    if not name:
        for obj in objects_of_type(objects, "WebSite", "Organization", "NewsMediaOrganization"):
            name = _str(obj.get("name"))
            if name:
                break
    return normalise_line(name) if name else None


def language(tree, meta: dict, ld: dict) -> str | None:
    candidates = [tree.get("lang"), tree.get("xml:lang"), _str(ld.get("inLanguage"))]
    candidates += [meta.get(key) for key in LANGUAGE_META]
    for value in candidates:
        if value and LANGUAGE_CODE_RE.match(value):
            return value[:2].lower()
    return None


def _canonical(tree) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href", "").startswith("http"):
            return link.get("href")
    return None


def _first(meta: dict, *keys: str) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def _str(value) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    return value.strip() if isinstance(value, str) and value.strip() else None
