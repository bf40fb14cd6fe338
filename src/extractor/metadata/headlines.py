"""The page's visible headlines: its h1 elements that are not site furniture, as a reader sees them.

An h1 in the navigation, the footer or a sidebar, or one that is the site's logo (a logo class
near it, a link to the home page around it), names the site rather than the story. One that heads a
box named like boilerplate (a subscribe overlay, related stories) heads that box. An h1 in a
<header> is not furniture for that alone: articles put their headline in one ("<article>
<header class="entry-header"><h1>"), and so do pages whose whole top is a <header>.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

from ..boilerplate.table import boilerplate_kind, element_kind, is_site_logo
from ..text import normalise_line, word_count
from .sitenames import is_label_trail

# h1 elements inside these are site furniture, not the headline.
FURNITURE_ANCESTORS = {"nav", "footer", "aside"}
# How far above an h1 a logo class still marks it (h1 > a > div.site-branding > div.header-inner);
# the walk stops at the containers of the story itself, whose classes list its tags and topics.
LOGO_DEPTH = 3
LOGO_WALK_STOP_TAGS = {"article", "main", "body"}
STORY_CONTAINER_TAGS = {"article", "main"}
# Boilerplate kinds whose containers hold the story's headline as often as not: a "masthead" or
# "site-header" wraps the top of many article pages, a title bar names the breadcrumbs it sets
# above the h1 ("page-header breadcrumbs-position-top"), and "cta" turns up in the classes of
# story heroes ("hero checklist-cta-absent").
HEADLINE_HOME_KINDS = {"site_header", "navigation", "promo"}
# A box named like boilerplate that holds more words than this is the story under an odd name
# (an emailed newsletter shown as a page, "newsletter-email"), not a subscribe overlay or a form.
MAX_BOILERPLATE_BOX_WORDS = 150
HOME_PATHS = {"", "/", "/index.html", "/index.php"}
# Inside a headline these start a line of their own; other elements run on within the line.
LINE_BREAKING_TAGS = {"br", "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "section", "header",
                      "footer", "table", "tr", "td", "blockquote", "figure", "figcaption", "hr"}
# What a headline element holds that is not its words: a date, scripts, buttons, templates.
UNSHOWN_TAGS = {"time", "script", "style", "noscript", "template", "svg", "button"}
# Headlines do not use pipes themselves; a pipe inside a visible headline parts it from a label
# pasted after it ("... physical health | Opinion", "... for 2026 | Python, SQL & AI").
HEADLINE_PIPE_RE = re.compile(r"\s+\|\s+")
# Link aggregators set the linked story's site after its headline, and the comment count after
# that: "Grads Find Degrees No Longer Guarantee Jobs (latimes.com) 87".
SOURCE_CREDIT_END_RE = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\d+)?$", re.IGNORECASE)
# A heading that ends in a colon introduces what follows it ("A message from our founder:",
# "Packing list:"): a lead-in, never the story's headline.
LEAD_IN_END = ":"
MAX_H1 = 5
MIN_TITLE_CHARS = 3
MAX_TITLE_CHARS = 300
# Headlines run to twenty-odd words at most; an h1 longer than this is a standfirst or a
# paragraph of sales copy set in the heading style ("Learn which ... ? Get expert tips ...").
MAX_HEADLINE_WORDS = 30
# An h1 of this few words that is wholly one link to another page names the section the story sits
# in ("Business Monday" over the story, "Videos" over a teaser box, "Most Popular"): a label, not the
# headline, which links to the story itself where it links at all. A longer one that links elsewhere
# is the headline of a copy (a newsletter's click-through, a framed post) as often as a teaser's.
MAX_SECTION_LINK_WORDS = 3


def visible_headlines(tree, url: str | None = None) -> list[str]:
    """The text of the page's first few h1 elements that are not furniture nor a section's name,
    each once, in page order. A headline set on several lines (a kicker above it, a date beside it)
    keeps them as lines. `url`, the page's address, tells a link to the story from one elsewhere."""
    found: list[str] = []
    for h1 in tree.iter("h1"):
        if is_furniture(h1):
            continue
        text = _without_pasted_labels(rendered_text(h1))
        if is_section_link(h1, text, url):
            continue
        if _is_headline_text(text) and text not in found:
            found.append(text)
        if len(found) >= MAX_H1:
            break
    return found


def body_section_headings(tree, url: str | None = None) -> set[str]:
    """The text of visible h1s that head a section of the body rather than the story: h1s that
    share their parent with another h1 (a body that sets its section headings as h1s between its
    paragraphs, "Day 7" ... "Day 8" ...), and h1s that carry a permalink to themselves (the "#"
    anchor that Markdown renderers give each section heading)."""
    parents: dict = {}
    for h1 in tree.iter("h1"):
        text = _without_pasted_labels(rendered_text(h1))
        if not is_furniture(h1) and _is_headline_text(text) and not is_section_link(h1, text, url):
            parents.setdefault(h1.getparent(), []).append((h1, text))
    found = set()
    for group in parents.values():
        found.update(text for h1, text in group if len(group) > 1 or _links_to_itself(h1))
    return found


def is_section_link(h1, text: str, url: str | None) -> bool:
    """A short h1 that is wholly one link to another page than `url` (see MAX_SECTION_LINK_WORDS)."""
    if not url or word_count(text) > MAX_SECTION_LINK_WORDS:
        return False
    links = [*h1.iterancestors("a"), *h1.iter("a")]
    if len(links) != 1 or " ".join(links[0].text_content().split()) != " ".join(text.split()):
        return False
    href = (links[0].get("href") or "").strip()
    if not href or href.startswith("#"):
        return False
    try:
        target, page = urlsplit(urljoin(url, href)), urlsplit(url)
    except ValueError:  # pages ship broken addresses ("http://[2001:db8"), urlsplit refuses them
        return False
    return target.path.rstrip("/") != page.path.rstrip("/")


def _links_to_itself(h1) -> bool:
    own_ids = {element.get("id") for element in h1.iter() if element.get("id")}
    return any((link.get("href") or "")[1:] in own_ids for link in h1.iter("a")
               if (link.get("href") or "").startswith("#"))


def _is_headline_text(text: str) -> bool:
    return (MIN_TITLE_CHARS <= len(text) <= MAX_TITLE_CHARS and len(text.split()) <= MAX_HEADLINE_WORDS
            and not text.endswith(LEAD_IN_END) and not boilerplate_kind(text))


def headline_element(tree):
    """The page's first h1 that is not furniture, or None."""
    return next((h1 for h1 in tree.iter("h1") if not is_furniture(h1)), None)


def rendered_text(element) -> str:
    """An element's text as a browser shows it: inline children run on without a space
    ("Planning <span>C</span>ycle" is "Planning Cycle"), block children and <br> start new lines
    ("<span>The</span><br>Blog" is two lines), dates and scripts are left out. Iterative: a hostile
    page may nest spans deeper than Python recurses."""
    lines = [element.text or ""]
    stack = [(child, False) for child in reversed(element)]
    while stack:
        node, closing = stack.pop()
        breaks_line = node.tag in LINE_BREAKING_TAGS
        if closing or not isinstance(node.tag, str) or node.tag in UNSHOWN_TAGS or _is_permalink_sign(node):
            if closing and breaks_line:
                lines.append("")
            _run_on(lines, node.tail)
            continue
        if breaks_line:
            lines.append("")
        _run_on(lines, node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    cleaned = (" ".join(normalise_line(html.unescape(line)).split()) for line in lines)
    return "\n".join(line for line in cleaned if line)


def _is_permalink_sign(element) -> bool:
    """A link to a place on this page whose text is a sign, not words ("¶", "#", "§" after a
    documentation heading): the heading's permalink, shown on hover, not part of the headline."""
    if element.tag != "a" or not (element.get("href") or "").startswith("#"):
        return False
    return not any(ch.isalnum() for ch in element.text_content())


def _run_on(lines: list[str], text: str | None) -> None:
    """Continue the current line with the text after an element boundary. A lowercase letter
    meeting a capital there ("Alternatives" + "Top Note-taking Tools") is no word split in two
    but a subtitle that the stylesheet sets on a line of its own."""
    if not text:
        return
    if lines[-1][-1:].islower() and text[:1].isupper():
        lines.append("")
    lines[-1] += text


def is_furniture(h1) -> bool:
    """True for an h1 in the navigation, footer or a sidebar, one that is the site's logo, or one
    that heads a boilerplate box (a subscribe overlay, a newsletter form, related stories)."""
    if _furniture_ancestor(h1) is not None:
        return True
    near = _near_elements(h1)
    return _is_logo(h1, near) or any(_heads_boilerplate_box(element) for element in near)


def _furniture_ancestor(h1):
    """The nav, footer or aside the h1 sits in; not one that an unclosed tag stretched around the
    page (`<aside class="popup">` left open above everything): the h1 then sits in an <article>
    or <main> inside it that holds a story."""
    story = None
    for ancestor in h1.iterancestors():
        if ancestor.tag in FURNITURE_ANCESTORS:
            return None if story is not None and _holds_story(story) else ancestor
        if story is None and ancestor.tag in STORY_CONTAINER_TAGS:
            story = ancestor
    return None


def _holds_story(element) -> bool:
    return len(element.text_content().split()) > MAX_BOILERPLATE_BOX_WORDS


def _near_elements(h1) -> list:
    """The h1 and its closest containers, up to the containers of the story itself."""
    near = [h1]
    for ancestor in h1.iterancestors():
        if ancestor.tag in LOGO_WALK_STOP_TAGS or len(near) > LOGO_DEPTH:
            break
        near.append(ancestor)
    return near


def _heads_boilerplate_box(element) -> bool:
    kind = element_kind(f"{element.get('class', '')} {element.get('id', '')}")
    if kind is None or kind in HEADLINE_HOME_KINDS:
        return False
    return not _holds_story(element)


def _is_logo(h1, near: list) -> bool:
    if any(is_site_logo(f"{element.get('class', '')} {element.get('id', '')}") for element in near):
        return True
    links = [*h1.iterancestors("a"), *h1.iter("a")]
    return any(_is_home_address(link.get("href") or "") for link in links)


def _is_home_address(href: str) -> bool:
    """'/', 'https://example.com/', '/index.html': the site's front page, where logos link."""
    href = href.strip()
    if not href or href.startswith("#"):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:  # pages ship broken addresses ("http://[2001:db8"), urlsplit refuses them
        return False
    return parts.path in HOME_PATHS and not parts.query and not parts.fragment


def _without_pasted_labels(headline: str) -> str:
    """The headline without a label pasted after a pipe or the source site an aggregator names.
    What follows a pipe is a label when short or itself cut by pipes ("| Section | Site"); one long
    run of words after it is the headline itself, set after a kicker ("BUDGET 2025 | Tax office to
    hire a thousand debt collectors"), and the whole stays for the title sources to agree on."""
    pieces = HEADLINE_PIPE_RE.split(headline)
    if len(pieces) > 1 and is_label_trail(pieces[1:]):
        headline = pieces[0]
    return SOURCE_CREDIT_END_RE.sub("", headline).strip()
