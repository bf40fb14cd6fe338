"""Quotations in the body, with their speakers: the `extract_quotes` stage.

Passes, in order: find every pair of quotation marks per paragraph (nested marks stay inside, an
unclosed mark runs to the paragraph's end), drop what is not reported speech (titles, names, scare
quotes), read the attribution next to each quotation, resolve pronouns and descriptions against the
people the body names, let unattributed pieces inherit from the quotation they continue, and add
HTML block quotes whose text is in the body. Rules over the text only: no model, no network.
"""

from __future__ import annotations

import re

from ..model import Article, Options, Quote
from .attribution import (
    SENTENCE_END_RE,
    VERB_RE,
    Attribution,
    after_quote,
    before_quote,
    has_cue,
    sentence_subject,
    transcript_label,
)
from .blocks import find_block_quotes
from .people import build_register
from .span import Span
from .speakers import attribute

# Opening mark → the marks that may close it. "“" opens English quotes but closes German „…“;
# "»" opens German »…« and closes French «…»; ASCII quotes close with either form.
CLOSERS = {
    "“": "”\"", '"': "\"”", "„": "“”\"", "«": "»", "»": "«", "「": "」", "『": "』", "”": "”",
}
MARK_RE = re.compile("[“”\"„«»「」『』]")
OPENING_CONTEXT = " \t\n([{—–-/:;,"
# Shorter marked spans are terms, not speech, unless an attribution verb is in their sentence.
MIN_WORDS = 3
SHORT_SPAN_WORDS = 5
# A Japanese or Chinese span has no spaces: count characters instead.
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
MIN_CJK_CHARS = 4
# A word for counting: "1.0" and "don't" are one word each.
WORD_RE = re.compile(r"\w+(?:[.,'’-]\w+)*")
# A full stop that ends no sentence: after a title, a company suffix or an initial.
ABBREVIATION_RE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|No|vs|"
                             r"Rev|Del|Adm|Atty|Inc|Co|Corp|Ltd|Mt|Ft|U\.S|U\.K|U\.N|E\.U)|\b[A-Z])\.$")
# Marked text that is code, an address or markup rather than anyone's words.
NOT_PROSE_RE = re.compile(r"https?://|www\.|</?\w+/?>|^/\S+$|\{|\}|\w+\(\)|[=;]\s*$")
MASK = "q"
# A politician's party and state in brackets: "(D-Md.)", "(I-Vt.)", "(R)", "(Ariz.)".
PARTY_TAG_RE = re.compile(r"\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]{0,5}|[A-Z][a-z]{1,4}\.)\)")
# An opening mark in masked text: a mark followed by masked words (or a French inner space).
NEXT_OPENING_RE = re.compile(f"[“\"„«»「『”](?=[{MASK} ])")
# How far from its quotation an attribution is looked for, either side: a sentence is rarely longer,
# and the bound keeps a page with one huge paragraph linear.
ATTRIBUTION_REACH = 400
# After a quoted question, the verb of an attribution comes within this many words ("Sen. Jo Ames asked").
CUE_LEAD_WORDS = 4
APPOSITION_RE = re.compile(r",[^,]*,")


def extract_quotes(article: Article, options: Options) -> Article:
    if not options.quotes or not article.body:
        return article
    blocks = find_block_quotes(article.tree, article.body, article.text) if article.tree is not None else []
    article.quotes = find_quotes(article.body, blocks)
    return article


def find_quotes(body: str, blocks: list[Quote] = ()) -> list[Quote]:
    """Every quotation in `body` (paragraphs separated by blank lines), in reading order. `blocks` are
    the page's block quotes located in the body: a marked quotation inside one becomes that block."""
    if not blocks and not MARK_RE.search(body):
        return []
    paragraphs = body.split("\n\n")
    spans, masked = [], []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        found = scan_paragraph(paragraph, index, offset)
        found = with_blocks(found, [b for b in blocks if b.paragraph == index], index, offset)
        spans.extend(found)
        masked.append(mask(paragraph, found))
        offset += len(paragraph) + 2
    quotes: list[Quote] = []
    sources: list[Attribution | None] = []
    for span in spans:
        quote, source = _read_span(span, paragraphs[span.paragraph], masked[span.paragraph])
        if quote is not None:
            quotes.append(quote)
            sources.append(source)
    if not quotes:
        return []
    # names after the last quotation's attribution cannot be its speaker: leave them unread
    reach = quotes[-1].end + ATTRIBUTION_REACH
    register = build_register(body, "\n\n".join(masked)[:reach], lambda word: bool(VERB_RE.fullmatch(word)))
    attribute(quotes, sources, spans_by_quote(quotes, spans), masked, register)
    return quotes


def scan_paragraph(paragraph: str, index: int = 0, offset: int = 0) -> list[Span]:
    """The outermost quotation-mark pairs of one paragraph; inner pairs stay inside their outer quote."""
    stack: list[tuple[str, int]] = []
    spans: list[Span] = []
    for mark in MARK_RE.finditer(paragraph):
        position, char = mark.start(), mark.group(0)
        action = _mark_action(paragraph, position, char, stack)
        if action == "open":
            stack.append((char, position))
        elif action == "close":
            mark, start = stack.pop()
            if not stack:
                spans.append(_span(paragraph, index, offset, start, position))
    if stack:
        spans.append(_span(paragraph, index, offset, stack[0][1], len(paragraph)))
    return spans


def with_blocks(spans: list[Span], blocks: list[Quote], index: int, offset: int) -> list[Span]:
    """Block quotes join a paragraph's marked spans; a marked span inside a block becomes the block."""
    for block in blocks:
        start, end = block.start - offset, block.end - offset
        inside = [span for span in spans if span.text_start < end and start < span.text_end]
        for span in inside:
            span.block = block
        if not inside:
            spans.append(Span(index, offset, max(0, start - 1), end, start, end, block, marked=False))
    return sorted(spans, key=lambda span: span.text_start)


def _mark_action(paragraph: str, position: int, char: str, stack: list[tuple[str, int]]) -> str | None:
    before = paragraph[position - 1] if position else " "
    after = paragraph[position + 1] if position + 1 < len(paragraph) else " "
    closes_top = bool(stack) and char in CLOSERS[stack[-1][0]]
    if char in "\"”":
        opener_like = (before in OPENING_CONTEXT or before in CLOSERS) and not after.isspace()
        closer_like = not before.isspace() and (after.isspace() or not after.isalnum())
        if closes_top and (closer_like or not opener_like):
            return "close"
        if opener_like and not closer_like and (char == '"' or not stack):
            return "open"
        return None
    if closes_top:
        return "close"
    return "open" if char in CLOSERS else None


def _span(paragraph: str, index: int, offset: int, start: int, close: int) -> Span:
    inner = paragraph[start + 1:close]
    lead = len(inner) - len(inner.lstrip())
    trail = len(inner.rstrip())
    return Span(index, offset, start, close, start + 1 + lead, start + 1 + max(lead, trail))


def mask(paragraph: str, spans: list[Span]) -> str:
    """The paragraph with quoted words hidden, so attribution never reads inside a quotation.
    A quotation's final . ! ? is kept: it ends the reporter's sentence too."""
    pieces, done = [], 0
    for span in spans:
        size = span.text_end - span.text_start
        last = paragraph[span.text_end - 1] if size and paragraph[span.text_end - 1] in ".!?" else ""
        pieces += [paragraph[done:span.text_start], MASK * (size - len(last)), last]
        done = span.text_end
    pieces.append(paragraph[done:])
    # "Rep. Elijah Cummings (D-Md.), chair of …, said": a party and state tag hides the clause's shape
    return PARTY_TAG_RE.sub(lambda tag: " " * len(tag.group(0)), "".join(pieces))


def _read_span(span: Span, paragraph: str, masked: str) -> tuple[Quote | None, Attribution | None]:
    """The quotation a span holds, if it is speech, and the attribution written next to it."""
    text = paragraph[span.text_start:span.text_end]
    sentence_start, sentence_end = sentence_bounds(masked, span.open, span.close)
    before = masked[sentence_start:span.open]
    after = masked[min(span.close + 1, len(masked)):sentence_end]
    sentence = before + " " + after if span.marked else ""
    if not is_speech(text, sentence, starts_sentence=not span.marked or not before.strip()):
        return None, None
    if span.marked and not after.strip() and text.rstrip()[-1:] in "?!":
        after = _next_clause(masked, span.close + 1)  # “…?” Obama asked Republicans.
    following = after_quote(after)
    source = following or before_quote(before) or (sentence_subject(before) if span.marked else None)
    if source is not None:
        base = span.close + 1 if following else sentence_start
        source = Attribution(source.speaker, source.cue, span.offset + base + source.offset)
    label = transcript_label(text)
    if label is not None:
        source = Attribution(label.speaker, None, span.offset + span.text_start)
    if span.block is not None and span.block.speaker:
        source = Attribution(span.block.speaker, None, span.offset + span.text_start)
    start = span.offset + span.text_start
    kind = "block" if span.block is not None else kind_of(text, before)
    quote = Quote(text=text, speaker=None, cue=None, kind=kind,
                  paragraph=span.paragraph, start=start, end=start + len(text))
    return quote, source


def _next_clause(masked: str, start: int) -> str:
    """The words after a quotation ending in ? or !, when an attribution verb comes among the first
    few (that mark ends the quoted sentence, not the reporter's)."""
    window = masked[start:start + ATTRIBUTION_REACH]
    stops = (found for found in re.finditer(r"[.!?;](?:\s|$)|[“\"„«»「]", window)
             if not ABBREVIATION_RE.search(window[max(0, found.start() - 5):found.start() + 1]))  # "Mr. Trump"
    stop = next(stops, None)
    window = window[:stop.start() if stop else len(window)]
    cue = VERB_RE.search(window)
    if cue is None:
        return ""
    lead = window[:cue.start()]
    # “…?” Miller, a retired worker from a plant, said: an apposition does not count against the lead
    return window if len(APPOSITION_RE.sub("", lead).split()) <= CUE_LEAD_WORDS else ""


def sentence_bounds(masked: str, open_at: int, close_at: int) -> tuple[int, int]:
    """The reporter's sentence around a quotation: from the previous sentence end to the next one,
    stopping early at the next quotation (its own attribution belongs to it)."""
    start = max(0, open_at - ATTRIBUTION_REACH)
    for match in SENTENCE_END_RE.finditer(masked, start):
        if match.end() > open_at:
            break
        if not ABBREVIATION_RE.search(masked[max(0, match.start() - 5):match.start()]):
            start = match.end()
    end = min(len(masked), close_at + 1 + ATTRIBUTION_REACH)
    for match in SENTENCE_END_RE.finditer(masked, min(close_at, len(masked)), end):
        if not ABBREVIATION_RE.search(masked[max(0, match.start() - 5):match.start()]):
            end = match.start()
            break
    next_open = NEXT_OPENING_RE.search(masked, close_at + 1, end)
    return start, next_open.start() if next_open else end


def is_speech(text: str, sentence: str, starts_sentence: bool = True) -> bool:
    """Reported words rather than a title, a name or a scare-quoted term."""
    if CJK_RE.search(text):
        return len(text) >= MIN_CJK_CHARS
    words = WORD_RE.findall(text)
    if len(words) < MIN_WORDS or is_title(text) or NOT_PROSE_RE.search(text):
        return False
    if len(words) <= SHORT_SPAN_WORDS:
        return has_cue(sentence) or (starts_sentence and is_whole_sentence(text))
    return True


def is_title(text: str) -> bool:
    """Title Case ("The Computational Boundary of a Self") marks a work, a name or a label."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if not words or re.search(r"[.!?]\s", text.strip()):
        return False
    long_words = [w for w in words if len(w) > 3]
    capitalised = [w for w in words if w[0].isupper()]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and len(capitalised) * 2 >= len(words)


def is_whole_sentence(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1].isupper() and stripped[-1:] in ".!?"


def kind_of(text: str, before: str) -> str:
    """`partial` when the quoted words run inside the reporter's own sentence, else `direct`."""
    first = re.search(r"[^\W\d_]", text)
    if first and first.group(0).islower():
        return "partial"
    lead = before.rstrip()
    if lead and lead[-1].isalnum() and not has_cue(before):
        return "partial"
    return "direct"


def spans_by_quote(quotes: list[Quote], spans: list[Span]) -> list[Span]:
    by_start = {span.offset + span.text_start: span for span in spans}
    return [by_start[quote.start] for quote in quotes]
