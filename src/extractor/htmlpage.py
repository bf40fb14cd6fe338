"""The HTML path: parse the page once, take the main content with trafilatura on that tree."""

from __future__ import annotations

import itertools
import logging
import re

from lxml import etree, html
from trafilatura.core import bare_extraction
from trafilatura.xml import xmltotxt

from .model import Article, Options
from .text import normalise_block, word_count

# trafilatura logs every page it discards at WARNING; a batch of a million pages must not.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)

HTML_PARSER = html.HTMLParser(
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
    default_doctype=False,
    no_network=True,
    # Lifts libxml2's depth limit from 256 to 2,048 so that `check_tree_limits` sees how deep a page
    # goes instead of getting a tree silently cut off at level 256 (the rest of the page dropped).
    # Its other effect, no 10 MB cap on one text node, is bounded by `--max-bytes`.
    huge_tree=True,
)
# lxml.html picks each element's Python class in a Python-level lookup (to give <form>, <input> and
# friends their own classes) every time an element is touched from Python: some 7,000 calls a page
# between us and trafilatura. Neither uses those form classes, so one C-level default does.
HTML_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=html.HtmlElement, comment=html.HtmlComment, pi=html.HtmlProcessingInstruction, entity=html.HtmlEntity))

# Below this share of the page's paragraph words, trafilatura's default run has likely lost
# part of the article, and its recall-favouring run is tried too.
RECALL_RETRY_SHARE = 0.7

# trafilatura's fallback compares its result with readability's and jusText's; jusText's paragraph
# revision is quadratic in the number of blocks: a 290 KB page of 6,000 short paragraphs took 9 s,
# a 2 MB one 17 s. Above this many block elements the fallback is skipped. The development pages
# have at most 2,297 (median 398), so their extraction is unchanged.
FALLBACK_MAX_BLOCKS = 3000
BLOCK_TAGS = ("p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "section", "article", "dd", "dt", "pre", "table", "ul", "ol", "form", "header", "footer",
              "nav", "aside", "br")

# Elements that never hold article text, dropped once the metadata stage has read the page's
# <meta> tags and JSON-LD: trafilatura copies the tree three or four times and walks it with a
# dozen XPath expressions, and these are some 15% of a page's elements (most of them the <path>s
# inside <svg> icons).
INERT_TAGS = ("script", "style", "template", "link", "meta", "svg")

# trafilatura's output elements whose text is not article prose.
NON_BODY_TAGS = {"graphic", "fig", "figure"}


def parse_html(article: Article, options: Options) -> Article:
    """The one parse of the page; every later stage reads `article.tree`."""
    text = XML_DECLARATION_RE.sub("", article.text or "", count=1)
    if not text.strip():
        article.tree = None
        return article
    try:
        article.tree = html.document_fromstring(text, parser=HTML_PARSER)
    except (etree.ParserError, ValueError):
        article.tree = None
    return article


def document_elements(root, tags=etree.Element):
    """The document's elements (of `tags`) in document order, as XPath's "//" sees them: a page with
    a second <html> appended after its own parses into two top-level elements, and `root.iter()`
    alone would walk the first."""
    tops = (*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings())
    if len(tops) == 1:
        return root.iter(tags)
    return itertools.chain.from_iterable(top.iter(tags) for top in tops)


def drop_inert_elements(article: Article, options: Options) -> Article:
    """Scripts, styles, icons and head tags out of the tree, so that the content stages walk less."""
    if article.tree is not None:
        etree.strip_elements(article.tree, *INERT_TAGS, with_tail=False)
    return article


def extract_main_content(article: Article, options: Options) -> Article:
    """trafilatura's main content; where it kept little of the page's paragraph text, also its
    recall-favouring run, and the longer of the two (on the development pages: F1 0.938 -> 0.945,
    with the second run on under a third of the pages, so the median time barely moves)."""
    if article.tree is None:
        return article
    url = options.url or article.url
    body = _trafilatura_body(article.tree, url, fast=_is_too_big_for_fallback(article))
    if word_count(body) < RECALL_RETRY_SHARE * paragraph_words(article.tree):
        # Recall run without the comparison with readability and jusText: 7% cheaper, as good.
        second = _trafilatura_body(article.tree, url, favor_recall=True, fast=True)
        if word_count(second) > word_count(body):
            body = second
    article.body = body
    return article


def paragraph_words(tree) -> int:
    return sum(len(" ".join(element.itertext()).split()) for element in tree.iter("p", "li"))


def _trafilatura_body(tree, url: str | None, favor_recall: bool = False, fast: bool = False) -> str:
    document = bare_extraction(
        tree,
        url=url,
        # "python" would also render the whole body as text, which `body_text` does per block anyway.
        output_format="txt",
        favor_recall=favor_recall,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=False,
        fast=fast,
    )
    if document is None or document.body is None:
        return ""
    return body_text(document.body)


def _is_too_big_for_fallback(article: Article) -> bool:
    # Counting blocks is a walk in Python; a page with fewer elements in all cannot have too many.
    if article.element_count is not None and article.element_count <= FALLBACK_MAX_BLOCKS:
        return False
    return has_too_many_blocks(article.tree)


def has_too_many_blocks(tree) -> bool:
    """True for a page with more block elements than trafilatura's fallback can handle in time."""
    return any(True for _ in itertools.islice(tree.iter(*BLOCK_TAGS), FALLBACK_MAX_BLOCKS, None))


def body_text(postbody) -> str:
    """trafilatura's output tree as paragraphs separated by a blank line."""
    blocks = []
    for element in postbody:
        if element.tag in NON_BODY_TAGS:
            continue
        block = normalise_block(xmltotxt(element, False))
        if block:
            blocks.append(block)
    return "\n\n".join(blocks)
