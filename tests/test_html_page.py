"""The HTML path's own run of trafilatura's sequence gives what trafilatura's entry point gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import trafilatura.xpaths
from lxml import etree

from extractor import pipeline
from extractor.html.page import (
    PRUNE_XPATH_NEEDLES_RE,
    _bare_extraction_body,
    _pruned_for_trafilatura,
    extract_main_content,
    trafilatura_body,
)
from extractor.model import Article, Options

PAGES = sorted((Path(__file__).parent / "fixtures" / "pages").glob("*/page.html"))
# The settings extract_main_content runs trafilatura with: (favor_recall, fast).
RUNS = [(False, False), (False, True), (True, True)]
# The regular expressions of trafilatura's raw-tree prune XPaths that PRUNE_XPATH_NEEDLES_RE was
# derived from; a release that changes them must be looked at before it is allowed.
PRUNE_XPATH_REGEXES = {
    "mvp-post-add-(?:box|wrap)|infinite-?scroll",
    "mvp-post-add-(?:box|wrap)",
    "^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)",
    "^(?:[Cc]omment(?!ary)|comol)",
    "^[Cc]omment(?!ary)|(?:article|post)-comments",
}
RE_TEST_RE = re.compile(r"re:test\(@\w+, '([^']*)'\)")


def tree_before_main_content(html: bytes):
    """The page's tree as the pipeline hands it to extract_main_content."""
    article, options = Article(source="page.html", raw=html), Options()
    for stage in (pipeline.decode_input, pipeline.detect_format, *pipeline.HTML_STAGES):
        if stage is pipeline.extract_main_content:
            return article.tree
        article = stage(article, options)
    raise AssertionError("extract_main_content is no HTML stage")


@pytest.mark.parametrize("page", PAGES, ids=lambda path: path.parent.name)
def test_the_sequence_gives_bare_extractions_body_on_real_pages(page):
    tree = tree_before_main_content(page.read_bytes())
    before = etree.tostring(tree)
    pruned = _pruned_for_trafilatura(tree)
    for favor_recall, fast in RUNS:
        expected = _bare_extraction_body(tree, None, favor_recall=favor_recall, fast=fast)
        assert trafilatura_body(pruned, None, favor_recall=favor_recall, fast=fast) == expected
    # Where nothing was pruned the page's own tree went in uncopied: every step copies it first.
    assert etree.tostring(tree) == before


PRUNED_PAGE = """<html><body><div class="story">
<h1>Council approves the new bridge</h1>
<p>The city council voted on Tuesday to approve the construction of a new bridge across the river,
ending a debate that had lasted for more than three years and divided the town's residents.</p>
<p>Work is expected to start next spring, and the bridge should open to traffic two years later,
the mayor said after the vote, adding that the budget had been approved as well.</p>
</div>
<div id="comments" class="comments-area"><p>Reader one wrote a long comment about the bridge and
about how the council should have voted against it, with many words to make it count.</p></div>
<section class="infinite-scroll"><p>Another story appended below the first one, about the weather
and the football results, which the reader scrolled down to read after the bridge story.</p></section>
</body></html>"""


def test_comment_sections_and_appended_stories_are_pruned_as_trafilatura_prunes_them():
    tree = tree_before_main_content(PRUNED_PAGE.encode())
    pruned = _pruned_for_trafilatura(tree)
    assert pruned is not tree
    assert "Another story" not in pruned.text_content()
    assert "Another story" in tree.text_content()  # the page's own tree stays whole for the later stages
    for favor_recall, fast in RUNS:
        expected = _bare_extraction_body(tree, None, favor_recall=favor_recall, fast=fast)
        assert "The city council voted" in expected
        assert trafilatura_body(pruned, None, favor_recall=favor_recall, fast=fast) == expected


def test_a_page_without_comment_or_scroll_containers_is_not_copied():
    tree = tree_before_main_content(PRUNED_PAGE.replace("comments-area", "x").replace('"comments"', '"x"')
                                    .replace("infinite-scroll", "more").encode())
    assert _pruned_for_trafilatura(tree) is tree


def test_the_needles_cover_every_regex_of_trafilaturas_raw_tree_prune():
    expressions = [*trafilatura.xpaths.RAW_TREE_PRUNE_XPATH, *trafilatura.xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH]
    regexes = {regex for expression in expressions for regex in RE_TEST_RE.findall(expression.path)}
    assert regexes == PRUNE_XPATH_REGEXES
    # Every alternative of each regex holds one of the needles.
    samples = ["mvp-post-add-box", "mvp-post-add-wrap", "infinite-scroll", "infinitescroll", "Comment", "comment",
               "comol", "disqus_thread", "dsq-comments", "article-comments", "post-comments"]
    assert all(PRUNE_XPATH_NEEDLES_RE.search(sample) for sample in samples)
    # The one test without a regex.
    assert any("contains(@class, 'elementor-share-buttons')" in expression.path for expression in expressions)


THREAD_PAGE = """<html><body><div class="topic">
<h1>Which wood is best for smoking brisket?</h1>
<div class="post"><p>I have been smoking briskets for a few years now and always used hickory, but a
friend told me that post oak gives a cleaner flavour. What do the rest of you use and why?</p></div>
</div>
<div class="comments"><div class="comment"><p>Post oak every time. Hickory can turn bitter on a long
cook, and a brisket is on the smoker for twelve hours or more, so the milder wood wins for me.</p></div>
<div class="comment"><p>I mix oak with a little cherry for colour. The bark comes out darker and the
smoke ring is deeper, though some say the ring is only for show and adds no taste at all.</p></div>
</div></body></html>"""


def main_content_of(html: str, page_type: str | None) -> str:
    article, options = Article(source="page.html", raw=html.encode()), Options()
    for stage in (pipeline.decode_input, pipeline.detect_format, pipeline.parse_html):
        article = stage(article, options)
    article.page_type = page_type
    return extract_main_content(article, options).body


def test_a_forum_threads_replies_in_comment_containers_are_its_content():
    assert "Post oak every time" not in main_content_of(THREAD_PAGE, "article")
    thread = main_content_of(THREAD_PAGE, "forum")
    assert "Post oak every time" in thread
    assert "I mix oak with a little cherry" in thread
    assert "I have been smoking briskets" in thread
