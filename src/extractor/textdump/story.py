"""The text-dump path: a page flattened to its visible text, one block per line.

The passes, in order:
  segment_lines   lines with their paragraph group (blank lines part groups), fragments rejoined
  label_lines     what each line says it is: boilerplate (the shared table), a photo credit,
                  an image's alt text or a caption repeated, a related-article teaser
  find_story      the densest run of prose: each line scores by its words and sentence shape,
                  furniture scores below zero, the best-scoring run is the story
  dump metadata   the headline (title.py), byline and date below it (byline.py)
  assemble        body paragraphs, image records from caption/credit pairs, every other line
                  recorded with `article.remove(kind, text)`
No rule names a site.
"""

from __future__ import annotations

import re

from ..boilerplate.table import (
    MAX_SENTENCE_BLOCK_WORDS,
    MIN_REPEATED_LINES,
    boilerplate_kind,
    folded_kinds,
    leading_kind,
    repeated_line_kind,
)
from ..images.captions import is_credit_line, split_credit
from ..metadata.sitenames import split_site_suffix
from ..metadata.titles import title_spelling
from ..model import Article, Image, Options
from ..text import DIGIT_RE, INVISIBLE_RE, SPACE_RE, ends_sentence
from .byline import find_byline, find_standfirst
from .lines import SENTENCE_ENDS, Line
from .prose import dump_function_words_of, is_uncased, prose_factor_of, prose_words
from .scope import content_end, page_is_content
from .title import find_title, has_paragraphs, headline_text

# What a line is worth to the story: prose by its words, furniture below zero. A run of menu
# items costs more than the short headings and list items a story carries between paragraphs.
SHORT_LINE_COST = 2.0
ONE_PER_LINE_SHORT_COST = 1.0
REPEATED_LINE_COST = 5
BOILERPLATE_COST = 12
# A date alone on a line stands over each teaser of a news feed, or is the article's dateline above
# the story: more clutter than a menu entry, less than a "Related" heading.
DATE_LINE_COST = 20
MAX_DATE_WORDS = 8
# Clutter that ends a story: nothing after it belongs to the article above.
STORY_END_KINDS = {"comments", "newsfeed", "login_prompt", "related", "footer", "newsletter"}
STORY_END_COST = 40
# Clutter after which nothing is article text: the page is cut there, and the first part that
# holds at least this share of the best part's prose is the story's.
STORY_BREAK_KINDS = {"comments", "login_prompt"}
FIRST_PART_SHARE = 0.2
# Prose at the story's edge, parted from it by this many lines of furniture, that holds less than
# this share of the story's prose, is not the story's.
MIN_GAP_LINES = 3
TOP_EDGE_SHARE = 0.03
BOTTOM_EDGE_SHARE = 0.12
GAP_CLUTTER_COST = BOILERPLATE_COST
# A dump with fewer blank lines than this share of its lines puts every text node on its own
# line (BeautifulSoup style): inline fragments must be rejoined before lines can be judged.
MIN_BLANK_SHARE = 0.05
# A line wrapped at a fixed width is long; a short line followed by a lower-case one is a widget run.
MIN_WRAPPED_WORDS = 8
# Words no sentence or headline ends with: a line ending on one was cut before a link.
FRAGMENT_END_WORDS = frozenset("""the a an of and with der die das den dem des ein eine einen
    le la les un une du el los las del и в""".split())
FRAGMENT_START_RE = re.compile(r"^[a-zà-ÿ,.;:!?)\]»”’%]")
MIN_SUFFIX_REPEATS = 2
MAX_ALT_WORDS = 60
# A teaser headline is short and has no sentence end; the image line before it marks it.
MAX_TEASER_WORDS = 16
# Words of a caption line above a credit line.
MIN_CAPTION_WORDS = 3
MAX_CAPTION_WORDS = 40
MARKUP_LINE_RE = re.compile(r"^<(?:p|div|a|span|img|iframe|script|h[1-6]|figure|blockquote|section)\b[^>]*>",
                            re.IGNORECASE)
# Table rows (two numbers or more) and lines of code: a run of this many of them in a row is a
# table or a listing the article shows, not furniture, and costs the story nothing.
TABLE_OR_CODE_RE = re.compile(r"\d\D*\d|[{};=<>\[\]]|\w\(")
TABLE_OR_CODE_HINT_RE = re.compile(r"[\d{};=<>\[\](]")  # a character each of them has, found fast
MIN_TABLE_LINES = 3
# A headline inside the story found starts it when little prose stands above it (a standfirst, a
# teaser's blurb); below this many words of prose, the story found is the story, whatever the
# headline.
MAX_PROSE_ABOVE_HEADLINE = 100
# A bare number after the story is a comment or share counter.
COUNTER_RE = re.compile(r"^[\d\s.,kKmM+]+$")


def extract_text_dump(article: Article, options: Options) -> Article:
    kind_of = KindMemo()
    lines = segment_lines(article.text or "", kind_of)
    label_lines(lines, kind_of)
    start, end = find_story(lines)
    whole_page = page_is_content(lines, start, end)  # a thread or a listing: every unlabelled line
    title_line = find_title(lines, start, end)
    if title_line is not None:
        article.title = title_spelling(headline_text(title_line))  # as the HTML path spells titles
        title_line.kind = "headline"
        if title_line.index >= start and _prose_words(lines, start, title_line.index) <= MAX_PROSE_ABOVE_HEADLINE:
            start = _next_text_line(lines, title_line.index + 1, end)  # the story starts below its headline
    article.authors, article.published = find_byline(lines, start, title_line)
    standfirst = find_standfirst(lines, title_line)
    if standfirst is not None:
        article.description = standfirst.text
    top = min(start, title_line.index) if title_line is not None else start
    if whole_page:
        top, start, end = 0, 0, content_end(lines, start, STORY_BREAK_KINDS)
    assemble(article, lines, (top, start, end), options)
    return article


class KindMemo(dict):
    """`boilerplate_kind` for one page, each distinct text looked up once (menus repeat)."""

    def __call__(self, text: str) -> str | None:
        if text not in self:
            self[text] = boilerplate_kind(text)
        return self[text]

    def look_up_lines(self, lines: list[Line]) -> None:
        """Look the lines up together, by their folded keys: cheaper than one by one."""
        new = {line.text: line.key for line in lines if line.text not in self}
        self.update(zip(new, folded_kinds(list(new.values())), strict=True))


def segment_lines(text: str, kind_of: KindMemo | None = None) -> list[Line]:
    kind_of = KindMemo() if kind_of is None else kind_of
    text = SPACE_RE.sub(" ", INVISIBLE_RE.sub("", text))  # normalise_line, for all lines at once
    pieces = [piece.strip() for piece in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # Without blank lines, each line is a paragraph (and a text node cut at a link a fragment).
    one_per_line = pieces.count("") < MIN_BLANK_SHARE * len(pieces)
    lines: list[Line] = []
    group = 0
    for clean in pieces:
        if not clean:
            group += 1
            continue
        last = lines[-1] if lines else None
        if last and (one_per_line or (last.group == group and last.words >= MIN_WRAPPED_WORDS)) \
                and _continues(last.text, clean, kind_of):
            last.text = _join_fragment(last.text, clean)  # a wrapped line or a cut text node
            last.words = len(last.text.split())
            continue
        if one_per_line:
            group += 1
        lines.append(Line(len(lines), clean, len(clean.split()), group))
    for line in lines:
        line.measure()
    return lines


def _continues(previous: str, line: str, kind_of: KindMemo) -> bool:
    """A text node cut at a link or a line wrapped at a width: it starts in lower case, or the line
    before ends on a function word ("... the" / "Alyio library"), which no sentence ends with."""
    if previous.endswith(SENTENCE_ENDS):
        return False
    if not (FRAGMENT_START_RE.match(line) or previous.rsplit(" ", 1)[-1].lower() in FRAGMENT_END_WORDS):
        return False
    return kind_of(line) is None and kind_of(previous) is None


def _join_fragment(previous: str, line: str) -> str:
    return previous + ("" if line[0] in ",.;:!?)]»”’%" else " ") + line


def label_lines(lines: list[Line], kind_of: KindMemo | None = None) -> None:
    """Mark the lines that are not article text, whatever their place on the page."""
    kind_of = KindMemo() if kind_of is None else kind_of
    kind_of.look_up_lines([line for line in lines if line.words <= MAX_SENTENCE_BLOCK_WORDS])
    suffixes = [_split_suffix(line) for line in lines]
    site_suffixes = _site_suffixes(lines, suffixes)
    captions: set[str] = set()
    for line, (stripped, suffix) in zip(lines, suffixes, strict=True):
        if is_credit_line(line.text):
            line.caption, line.credit = split_credit(line.text)
            line.kind = "caption"
            _take_caption_above(lines, line)
            if line.caption:
                captions.add(_fold(line.caption))
            continue
        if captions and (line.key in captions or (suffix is not None and _fold(stripped) in captions)):
            line.kind = "duplicate_caption"
        elif suffix and _fold(suffix) in site_suffixes:
            line.kind = "image_alt"
        elif MARKUP_LINE_RE.match(line.text):
            line.kind = "widget"  # an embed or "republish this story" box showing its HTML
        else:
            line.kind = kind_of(line.text) if line.words <= MAX_SENTENCE_BLOCK_WORDS else None
    _mark_teasers(lines)
    _mark_repeated_prose(lines)
    _mark_repeated_furniture(lines)


def _mark_repeated_furniture(lines: list[Line]) -> None:
    """Lines that are furniture only in numbers ("Jane says:" over each comment)."""
    found: dict[str, list[Line]] = {}
    for line in lines:
        if line.kind is None and line.text.endswith(":"):  # what every such pattern ends with
            kind = repeated_line_kind(line.text)
            if kind:
                found.setdefault(kind, []).append(line)
    for kind, marked in found.items():
        if len(marked) >= MIN_REPEATED_LINES:
            for line in marked:
                line.kind = kind


def _mark_repeated_prose(lines: list[Line]) -> None:
    """A page that carries its story twice (a hidden copy for another screen size): keep the first."""
    seen: set[str] = set()
    for line in lines:
        if line.kind is None and line.is_prose:
            if line.key in seen:
                line.kind = "duplicate"
            seen.add(line.key)


def _take_caption_above(lines: list[Line], line: Line) -> None:
    """A credit on its own line after the figure's caption (or alt text) in the same paragraph."""
    if line.caption or line.index == 0:
        return
    above = lines[line.index - 1]
    if above.group != line.group or above.kind is not None or above.words > MAX_CAPTION_WORDS:
        return
    if above.words >= MIN_CAPTION_WORDS:
        line.caption = above.text
        above.kind = "duplicate_caption"
    elif not above.text.endswith(SENTENCE_ENDS):
        above.kind = "image_alt"  # "Thumbnail", "Image": an alt text that says nothing


def _site_suffixes(lines: list[Line], suffixes: list[tuple[str, str | None]]) -> set[str]:
    """Suffixes (" - Site") that several lines share: the site's name, appended to alt texts. Each
    text counts once: a headline the page shows twice ("Headline | Top 19 Companies") is no site."""
    counts: dict[str, int] = {}
    seen: set[str] = set()
    for line, (_, suffix) in zip(lines, suffixes, strict=True):
        if line.text in seen:
            continue
        seen.add(line.text)
        if suffix is not None:
            key = _fold(suffix)
            counts[key] = counts.get(key, 0) + 1
        elif line.words <= 4:
            name = line.text.strip(" -|–—")
            key = line.key if name == line.text else _fold(name)
            counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= MIN_SUFFIX_REPEATS}


def _split_suffix(line: Line) -> tuple[str, str | None]:
    """The line's text without its " - Site" suffix, and the suffix (None when it has none)."""
    return (line.text, None) if line.words > MAX_ALT_WORDS else split_site_suffix(line.text)


def _mark_teasers(lines: list[Line]) -> None:
    """An image line, then a headline-like line: a teaser for another article."""
    for previous, line in zip(lines, lines[1:], strict=False):
        if previous.kind == "image_alt" and line.kind is None and _is_headline_like(line):
            previous.kind = "related"
            line.kind = "related"


def _is_headline_like(line: Line) -> bool:
    return 2 <= line.words <= MAX_TEASER_WORDS and not line.text.endswith((".", ",", ";"))


def find_story(lines: list[Line]) -> tuple[int, int]:
    """The densest run of prose (start, end exclusive); (0, 0) when the dump has none.

    Each line scores by its words and how much it reads as running prose in its own script
    (prose.py): the function words of the lists, or the dump's own where its language has no list.
    """
    repeats = _repeated_texts(lines)
    # Where every text node has a line of its own, a paragraph with links is several short lines.
    short_cost = SHORT_LINE_COST if has_paragraphs(lines) else ONE_PER_LINE_SHORT_COST
    words = {line.index: prose_words(line.text) for line in lines if line.kind is None and line.is_prose}
    # The dump's function words come from its sentences: a list of products or specifications
    # ("Laptop (8GB/ 1TB/ Win10 Home)") repeats its short words on every line without being prose.
    function_words = dump_function_words_of(words[i] for i in words if ends_sentence(lines[i].text))
    uncased = sum(1 for index, line_words in words.items() if is_uncased(lines[index].text, line_words))
    uncased_dump = uncased * 2 > len(words)
    factors = [0.0] * len(lines)
    for index, line_words in words.items():
        factors[index] = prose_factor_of(lines[index].text, line_words, function_words, uncased_dump)
    scores = [_line_score(line, repeats, short_cost, factor) for line, factor in zip(lines, factors, strict=True)]
    _forgive_tables(lines, scores)
    return _story_run(lines, scores)


def _story_run(lines: list[Line], scores: list[float]) -> tuple[int, int]:
    """A comment section or a login prompt parts the page: the story is the densest run of the
    first part that holds a good share of the page's prose, so that a long discussion below an
    article does not outweigh it."""
    cuts = [0] + [i for i, line in enumerate(lines) if line.kind in STORY_BREAK_KINDS] + [len(lines)]
    runs = [_densest_run(scores, first, last) for first, last in zip(cuts, cuts[1:], strict=False)]
    best = max((score for score, _ in runs), default=0.0)
    for score, (start, end) in runs:
        if score > 0 and score >= FIRST_PART_SHARE * best:
            return _trim_edges(scores, start, end)
    return (0, 0)


def _trim_edges(scores: list[float], start: int, end: int) -> tuple[int, int]:
    """Drop a little prose cut off from the story by a run of furniture: a standfirst or disclaimer
    above, an author's bio or a promotion below."""
    total = sum(score for score in scores[start:end] if score > 0)
    gaps = _gaps(scores, start, end)
    if not gaps:
        return start, end
    first_start, first_end = gaps[0]
    if sum(score for score in scores[start:first_start] if score > 0) <= TOP_EDGE_SHARE * total:
        start = first_end
    last_start, last_end = gaps[-1]
    tail = sum(score for score in scores[last_end:end] if score > 0)
    if last_start >= start and tail <= BOTTOM_EDGE_SHARE * total:
        end = last_start
    return start, end


def _gaps(scores: list[float], start: int, end: int) -> list[tuple[int, int]]:
    """Runs of at least `MIN_GAP_LINES` lines that score nothing, inside the story, with clutter
    among them (a boilerplate line, or a line the page repeats): what parts a story from its
    surroundings, rather than the short lines between the sections of a list article."""
    gaps, gap_start = [], None
    for i in range(start, end):
        if scores[i] <= 0:
            gap_start = i if gap_start is None else gap_start
            continue
        if gap_start is not None and i - gap_start >= MIN_GAP_LINES \
                and min(scores[gap_start:i]) <= -GAP_CLUTTER_COST:
            gaps.append((gap_start, i))
        gap_start = None
    return gaps


def _densest_run(scores: list[float], first: int, last: int) -> tuple[float, tuple[int, int]]:
    best, best_span = 0.0, (first, first)
    total, start = 0.0, first
    for i in range(first, last):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_span = total, (start, i + 1)
    return best, best_span


def _line_score(line: Line, repeats: set[str], short_cost: float, factor: float) -> float:
    if line.kind in STORY_END_KINDS:
        return -STORY_END_COST
    if line.kind in ("caption", "duplicate_caption", "image_alt"):
        return 0.0
    if line.kind == "duplicate":
        return 0.0
    if line.kind:
        return -BOILERPLATE_COST
    if line.is_prose:
        return line.words * factor  # the line's prose factor (prose.py)
    if _is_date_alone(line):
        return -DATE_LINE_COST
    if line.key in repeats:
        return -REPEATED_LINE_COST
    return -short_cost


def _is_date_alone(line: Line) -> bool:
    """A line that is nothing but a date ("Dec 19, 2025", "Updated March 5, 2025 at 9:30 am")."""
    return line.words <= MAX_DATE_WORDS and DIGIT_RE.search(line.text) is not None \
        and leading_kind(line.text) == "dateline"


def _forgive_tables(lines: list[Line], scores: list[float]) -> None:
    """Rows of a table or lines of code, `MIN_TABLE_LINES` or more in a row, score nothing: the
    story goes on across them (a menu rarely has numbers or brackets in every entry)."""
    run_start = 0
    for i, line in enumerate(lines):
        if scores[i] < 0 and line.kind is None and _is_table_or_code(line.text):
            continue
        if i - run_start >= MIN_TABLE_LINES:
            scores[run_start:i] = [0.0] * (i - run_start)
        run_start = i + 1
    if len(lines) - run_start >= MIN_TABLE_LINES:
        scores[run_start:] = [0.0] * (len(lines) - run_start)


def _is_table_or_code(text: str) -> bool:
    return TABLE_OR_CODE_HINT_RE.search(text) is not None and TABLE_OR_CODE_RE.search(text) is not None


def _repeated_texts(lines: list[Line]) -> set[str]:
    seen: set[str] = set()
    repeats: set[str] = set()
    for line in lines:
        (repeats if line.key in seen else seen).add(line.key)
    return repeats


def assemble(article: Article, lines: list[Line], bounds: tuple[int, int, int], options: Options) -> None:
    """Body from the story's lines, images from its captions (from the headline down to the end of
    the story), every other line recorded as removed."""
    top, start, end = bounds
    groups: list[list[str]] = []
    last_group = None
    for i, line in enumerate(lines):
        in_story = start <= i < end
        kind = line.kind or (None if in_story else _outside_kind(line, start))
        if line.kind == "caption":
            if top <= i < end:
                _add_image(article, line, len(groups), i < start)
            else:
                kind = boilerplate_kind(line.text) or _outside_kind(line, start)
        if kind:
            article.remove(kind, line.text, options, paragraph=len(groups))
            continue
        if line.group != last_group:
            groups.append([])
            last_group = line.group
        groups[-1].append(line.text)
    article.body = "\n\n".join("\n".join(group) for group in groups)


def _prose_words(lines: list[Line], start: int, end: int) -> int:
    return sum(line.words for line in lines[start:end] if line.kind is None and line.is_prose)


def _next_text_line(lines: list[Line], index: int, end: int) -> int:
    while index < end and lines[index].kind is not None:
        index += 1
    return index


def _outside_kind(line: Line, start: int) -> str:
    if line.index < start:
        return "site_header"
    return "widget" if COUNTER_RE.match(line.text) else "footer"


def _add_image(article: Article, line: Line, paragraph: int, before_story: bool) -> None:
    role = "lead" if before_story or (paragraph == 0 and not article.images) else "inline"
    article.images.append(Image(src=None, caption=line.caption, credit=line.credit, role=role,
                                paragraph=paragraph))


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
