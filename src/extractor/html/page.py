"""The HTML path: parse the page once, take the main content with trafilatura on that tree."""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import re
from copy import copy

from lxml import etree, html
from trafilatura.baseline import baseline, html2txt
from trafilatura.core import (
    ESCALATION_ACCEPT_RATIO,
    ESCALATION_JUSTEXT_RATIO,
    ESCALATION_MAX_LENGTH,
    ESCALATION_PAGE_SHARE,
    bare_extraction,
)
from trafilatura.external import (
    JUSTEXT_OVERRIDE_RATIO,
    SANITIZED_XPATH,
    _prefer_readability,
    justext_rescue,
    sanitize_tree,
    try_readability,
)
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.main_extractor import extract_content
from trafilatura.settings import Extractor
from trafilatura.utils import trim
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH

from ..model import Article, Options
from ..text import normalise_block, word_count


@contextlib.contextmanager
def _trafilatura_quiet():
    """trafilatura logs every page it discards at WARNING; a batch of a million pages must not. Only
    around our own calls: the level is the host program's to set the rest of the time."""
    logger = logging.getLogger("trafilatura")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


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


@_trafilatura_quiet()
def extract_main_content(article: Article, options: Options) -> Article:
    """trafilatura's main content; where it kept little of the page's paragraph text, also its
    recall-favouring run, and the longer of the two (on the development pages: F1 0.938 -> 0.945,
    with the second run on under a third of the pages, so the median time barely moves)."""
    if article.tree is None:
        return article
    url = options.url or article.url
    fast = _is_too_big_for_fallback(article)
    # (trafilatura's own entry point keeps a thread's comments where JSON-LD says
    # DiscussionForumPosting; here the scripts are gone by now, and the page-type stage, which read
    # the structured data before they went, says which pages are threads.)
    if article.page_type in COMMENTS_ARE_CONTENT:
        # A thread's posts are marked up like an article's comments: the comment prune would take them.
        run = functools.partial(trafilatura_body, article.tree, url)
    else:
        run = functools.partial(trafilatura_body, _pruned_for_trafilatura(article.tree), url)
    body = run(fast=fast)
    # Words of every script on both sides (text.word_count): a Japanese paragraph is many words.
    words = word_count(body)
    if words < RECALL_RETRY_SHARE * paragraph_words(article.tree):
        # Recall run without the comparison with readability and jusText: 7% cheaper, as good.
        second = run(favor_recall=True, fast=True)
        if word_count(second) > words:
            body = second
    article.body = body
    return article


# An element's text nodes, as `itertext()` gives them, in one call to libxml2.
TEXT_NODES_XPATH = etree.XPath("descendant::text()", smart_strings=False)


def paragraph_words(tree) -> int:
    return sum(word_count(" ".join(TEXT_NODES_XPATH(element))) for element in tree.iter("p", "li"))


def _bare_extraction_body(tree, url: str | None, favor_recall: bool = False, fast: bool = False) -> str:
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


# Kinds of page whose main content trafilatura's comment prune would remove (its own
# `bare_extraction` skips the prune on pages whose JSON-LD says DiscussionForumPosting; the page-type
# stage recognises threads that do not say so). Measured on wcxb-dev-other's tuning forums: body F1
# 0.666 -> 0.710; keeping their comment containers in our own prune stage as well lost 0.02 (it keeps
# reader comments below a thread's opening post too), and adding trafilatura's separate comments
# to the body lost 0.01.
COMMENTS_ARE_CONTENT = ("forum",)

# trafilatura's `bare_extraction`, run on a tree of ours, copies the tree first and evaluates two
# prune XPaths on the copy; our recall run did both again. The functions below are its sequence for
# our settings (no comments, no metadata, txt output), written out (trafilatura 2.3's core.py,
# `trafilatura_sequence`) so that the copy and the prune happen once for both runs, and only on
# pages where the prune can remove something. `tests/test_html_page.py` checks that they give
# `bare_extraction`'s result, so a trafilatura release that changes its sequence is caught.

# Built once: the options read trafilatura's config file, 0.2 ms a page.
TRAFILATURA_SETTINGS = {
    (favor_recall, fast): Extractor(output_format="txt", recall=favor_recall, fast=fast, comments=False,
                                    tables=True, images=False, with_metadata=False)
    for favor_recall in (False, True) for fast in (False, True)
}
# The prune XPaths (trafilatura.xpaths: RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH) walk
# every element with a dozen predicates, some 1.7 ms a page, and match on one page in five. Each
# of their tests needs the element's id or class to hold one of these strings (from their regexes
# "mvp-post-add-(?:box|wrap)|infinite-?scroll", "elementor-share-buttons", "^[Cc]omment(?!ary)",
# "comol", "disqus_thread", "dsq-comments", "(?:article|post)-comments"), so where none does, a walk
# in Python proves that the prune would keep the tree as it is.
PRUNE_XPATH_TAGS = ("div", "section", "aside", "details", "ol", "ul", "list")
PRUNE_XPATH_NEEDLES_RE = re.compile(
    r"mvp-post-add-|infinite|elementor-share-buttons|omment|comol|disqus_thread|dsq-comments")


def _pruned_for_trafilatura(tree):
    """The tree after trafilatura's raw-tree prune: the tree itself where nothing matches, which is
    safe because every later step copies it before changing it."""
    if not any(PRUNE_XPATH_NEEDLES_RE.search(f"{element.get('id', '')} {element.get('class', '')}")
               for element in tree.iter(PRUNE_XPATH_TAGS)):
        return tree
    pruned = copy(tree)
    prune_unwanted_nodes(pruned, RAW_TREE_PRUNE_XPATH)
    return prune_unwanted_nodes(pruned, REMOVE_COMMENTS_AND_LISTS_XPATH)


def trafilatura_body(pruned, url: str | None, favor_recall: bool = False, fast: bool = False) -> str:
    """What `_bare_extraction_body` gives for the page `pruned` was pruned from."""
    settings = copy(TRAFILATURA_SETTINGS[favor_recall, fast])
    settings.url = url
    settings.source = url and url.encode("utf-8", "replace").decode("utf-8")
    try:
        postbody, text = _cascade(pruned, settings)
    except (TypeError, ValueError):  # bare_extraction's "discarding data": no body
        return ""
    if len(text) < settings.min_output_size:
        return ""
    return body_text(postbody)


def _cascade(pruned, settings: Extractor):
    """trafilatura's main extractor, its comparison with readability and jusText, its baseline
    rescue and its recall escalation, each only where the one before under-delivered."""
    postbody, text = _extract_and_compare(pruned, settings)
    if len(text) < settings.min_extracted_size:
        rescued, rescued_text, rescued_length = baseline(pruned)
        if rescued_length > len(text):
            postbody, text = rescued, rescued_text
    if (settings.focus == "balanced" and 0 < len(text) < ESCALATION_MAX_LENGTH
            and len(text) < ESCALATION_PAGE_SHARE * len(html2txt(pruned))):
        postbody, text = _escalate(pruned, settings, postbody, text)
    return postbody, text


def _extract_and_compare(pruned, settings: Extractor):
    cleaned = convert_tags(tree_cleaning(copy(pruned), settings), settings, settings.url)
    postbody, text = extract_content(cleaned, settings)
    if not settings.fast:
        postbody, text = _compare_extraction(pruned, postbody, text, settings)
    return postbody, text


def _compare_extraction(pruned, postbody, text: str, settings: Extractor):
    """trafilatura's `compare_extraction` for our settings, except that the cleaned tree jusText
    reads is made when jusText runs (one page in twenty-five) rather than copied on every page."""
    if settings.focus == "recall" and len(text) > settings.min_extracted_size * 10:
        return postbody, text
    readability = try_readability(copy(pruned))
    readability_text = trim(etree.tostring(readability, method="text", encoding="utf-8").decode("utf-8"))
    use_readability = _prefer_readability(postbody, readability, readability_text, len(text), len(readability_text),
                                          settings)
    if use_readability:
        postbody, text = readability, readability_text
    unclean = bool(postbody.xpath(SANITIZED_XPATH))
    if unclean or len(text) < settings.min_extracted_size:
        justext_body, justext_text = justext_rescue(tree_cleaning(copy(pruned), settings), settings)
        if unclean:  # jusText may drop boilerplate readability or the extractor kept
            accept = len(text) <= JUSTEXT_OVERRIDE_RATIO * len(justext_text) and (
                len(justext_text) > len(text) or not settings.images or postbody.find(".//graphic") is None)
        else:
            accept = len(text) < len(justext_text)
        if justext_text and accept:
            postbody, text, use_readability = justext_body, justext_text, False
    if use_readability:
        postbody, text = sanitize_tree(postbody, settings)
    return postbody, text


def _escalate(pruned, settings: Extractor, postbody, text: str):
    """A short result covering little of the page: trafilatura retries in recall mode and with
    jusText, and keeps a clearly longer result. Like trafilatura, a retry that fails is no result."""
    recall = copy(settings)
    recall.focus = "recall"
    recall_body, recall_text = None, ""
    try:
        recall_body, recall_text = _extract_and_compare(pruned, recall)
    except Exception:  # trafilatura's own guard, kept for the same result
        logging.getLogger(__name__).debug("trafilatura's recall retry failed", exc_info=True)
    justext_body, justext_text = None, ""
    if not settings.fast:
        try:
            justext_body, justext_text = justext_rescue(copy(pruned), settings)
        except Exception:
            logging.getLogger(__name__).debug("trafilatura's jusText candidate failed", exc_info=True)
    if len(justext_text) > len(recall_text) and len(justext_text) > ESCALATION_JUSTEXT_RATIO * len(text):
        return justext_body, justext_text
    if len(recall_text) >= settings.min_extracted_size and len(recall_text) > ESCALATION_ACCEPT_RATIO * len(text):
        return recall_body, recall_text
    return postbody, text
