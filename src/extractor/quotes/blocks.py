"""Block quotes from the HTML: <blockquote>, <q>, pull quotes and embedded posts, read from the tree
before trafilatura flattens them. Only those whose text is in the body become records, since a
record's offsets must point into the body."""

from __future__ import annotations

import re

from lxml import etree

from ..model import Quote
from .people import strip_role

QUOTE_TAGS = ("blockquote", "q")
# Class names are matched through the attribute nodes: far cheaper than testing every element.
PULL_QUOTE_XPATH = etree.XPath("//@class[contains(., 'pullquote') or contains(., 'pull-quote')]"
                               "/parent::*[not(ancestor::blockquote)]")
# An embedded post's signature: "— Jane Doe (@janedoe) March 3, 2024".
POST_SIGNATURE_RE = re.compile(r"[—–-]\s*([^()@—–]{2,60}?)\s*\(@\w+\)")
ATTRIBUTION_LINE_RE = re.compile(r"^[—–-]+\s*")
QUOTE_MARKS = "“”\"„«»「」 "
MIN_BLOCK_WORDS = 3


def find_block_quotes(tree, body: str, page: str | None = None) -> list[Quote]:
    """`page`, the page's HTML text when known, lets a page without any block quote skip the tree."""
    quotes: list[Quote] = []
    elements = [e for e in tree.iter(*QUOTE_TAGS) if next(e.iterancestors(*QUOTE_TAGS), None) is None]
    if page is None or "pullquote" in page or "pull-quote" in page:
        elements += PULL_QUOTE_XPATH(tree)
    for element in elements:
        text, speaker = _text_and_speaker(element)
        if len(text.split()) < MIN_BLOCK_WORDS:
            continue
        # a pull quote repeats the running text: only its own paragraph in the body is the pull quote
        start = locate(body, text, alone=element.tag not in QUOTE_TAGS)
        if start < 0:
            continue  # not in the body: a record could not point at it
        quotes.append(Quote(text=text, speaker=speaker, cue=None, kind="block",
                            paragraph=body.count("\n\n", 0, start), start=start, end=start + len(text)))
    return quotes


def locate(body: str, text: str, alone: bool = False) -> int:
    """Where a block's text sits in the body: the copy standing alone as its own paragraph when the
    body has several (a pull quote repeats words quoted in the running text), else the first unless
    `alone` asks for a paragraph of its own; -1 when there is none."""
    first = start = body.find(text)
    while start >= 0:
        paragraph_start = body.rfind("\n\n", 0, start) + 2 if start else 0
        paragraph_end = body.find("\n\n", start)
        paragraph = body[max(paragraph_start, 0):paragraph_end if paragraph_end >= 0 else len(body)]
        if paragraph.strip(QUOTE_MARKS + ".,") == text.strip(".,"):
            return start
        start = body.find(text, start + 1)
    return -1 if alone else first


def _text_and_speaker(element) -> tuple[str, str | None]:
    speaker = None
    signature = POST_SIGNATURE_RE.search(" ".join(element.itertext()))
    if signature:
        speaker = signature.group(1).strip()
        paragraphs = element.xpath(".//p")
        source = paragraphs[0] if paragraphs else element
    else:
        source = element
        cites = element.xpath(".//cite | .//footer")
        if cites:
            speaker = strip_role(ATTRIBUTION_LINE_RE.sub("", " ".join(cites[0].text_content().split())))
            speaker = speaker.split(",")[0] or None
    text = " ".join(_own_text(source, exclude=element.xpath(".//cite | .//footer")).split())
    return text.strip(QUOTE_MARKS), speaker


def _own_text(element, exclude) -> str:
    """The element's text in reading order, leaving out the attribution elements."""
    parts: list[str] = []
    _collect(element, set(exclude), parts)
    return " ".join(parts)


def _collect(node, excluded: set, parts: list[str]) -> None:
    if node not in excluded:
        if node.text:
            parts.append(node.text)
        for child in node:
            _collect(child, excluded, parts)
            if child.tail:
                parts.append(child.tail)
