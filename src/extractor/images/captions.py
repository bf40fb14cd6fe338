"""Captions and credits: tell what a picture shows from who made it, whatever way the page glued them.

Shared by the HTML path (figcaptions, caption elements) and the text-dump path (caption lines):
`split_credit("© AFP 2023 / FADI AL-HALABIRebel fighters fire ...")` gives
`("Rebel fighters fire ...", "© AFP 2023 / FADI AL-HALABI")`. A credit comes first, glued to the
caption or not ("Photo: John McDonaldA man rides a bike", "AFP/Getty ImagesA man stands ..."), or
last ("... Photo by Jane Roe / Getty Images", "... (AP Photo/Evan Vucci)"). Either way the credit is
returned without its label word ("Photo:", "Credit:"), "©" kept. Knowledge is data: the agencies and
the label words below. No rule names a site.
"""

from __future__ import annotations

import re

from ..agencies import AGENCY_NAMES
from ..metadata.sitenames import site_keys, without_site
from ..model import Image
from ..text import normalise_line

# Everything that marks a photo credit, in one table: (text, kind, languages). "*" serves every
# language (agency names are written the same everywhere). Kinds:
#   agency       a picture agency or stock library: a text that starts or ends with one holds a credit;
#   site-agency  an agency that is also a site, app or company: alone on a dump line its name is a link
#                (a share button, a stock ticker), not a credit;
#   label        a word for the picture that opens a credit before a separator ("Photo: Jane Roe") and is
#                dropped from it (its plural too);
#   label-colon  the same, dropped only where a colon follows ("Foto: Jane Roe"; "Bild Zeitung" stays);
#   mark         opens a credit and stays part of it ("© AFP");
#   medium       a medium named before a credit, dropped from it but opening no line ("Video: ...");
#   maker        a word after a name saying that person made the picture ("潟沼義樹撮影");
#   prompt-verb, prompt-object
#                the link a photo desk prints after a credit, which a scrape glues to it ("... / Go to the
#                photo bank", "... Buy this picture"): a verb of these, then words ending in an object.
CREDIT_TABLE = (
    # agencies, stock libraries, picture desks
    *((name, "agency", "*") for name in AGENCY_NAMES),
    ("Adobe Stock", "agency", "*"),
    # words that are a whole credit: the picture came from the people it shows
    ("Supplied", "agency", "en"),
    ("Handout", "agency", "en"),
    ("Submitted", "agency", "en"),
    ("Submitted photo", "agency", "en"),
    ("Sithunyelwe", "agency", "zu xh"),
    *((name, "site-agency", "*") for name in (
        "Adobe", "Canva", "Flickr", "Pexels", "Wikipedia", "The New York Times",
    )),
    # words for the picture that open a credit
    (r"photo(?:graph)?", "label", "en fr"),
    (r"image", "label", "en fr"),
    (r"picture", "label", "en"),
    (r"illustration", "label", "en fr de"),
    (r"pic", "label-colon", "en"),
    (r"foto", "label-colon", "de nl es it pt cs pl no da sv lt hr sk sl"),
    (r"bild", "label-colon", "de sv"),
    (r"bildrechte", "label-colon", "de"),
    (r"bildquelle", "label-colon", "de"),
    (r"fotograf[íi]a", "label-colon", "es"),
    (r"foto[ğg]raf", "label-colon", "tr"),
    (r"cr[ée]dits? photo", "label-colon", "fr"),
    (r"cr[ée]dit", "label-colon", "fr es pt"),
    (r"cr[ée]dito", "label-colon", "es pt"),
    (r"kuva", "label-colon", "fi"),
    (r"zdj[ęe]cie", "label-colon", "pl"),
    (r"fot\.", "label-colon", "pl cs"),
    (r"фото", "label-colon", "ru uk bg"),
    (r"коллаж", "label-colon", "ru uk"),
    (r"isithombe", "label-colon", "zu xh"),
    (r"사진(?:\s*출처)?", "label-colon", "ko"),
    (r"写真", "label-colon", "ja"),
    (r"(?:图片|圖片)(?:来源|來源)?", "label-colon", "zh"),
    (r"credit", "label-colon", "en"),
    (r"file", "label-colon", "en"),
    (r"copyright", "mark", "*"),
    (r"©", "mark", "*"),
    (r"\(c\)", "mark", "*"),
    (r"video", "medium", "en de"),
    (r"graphic", "medium", "en"),
    (r"(?:header|top|lead|main|featured) image", "medium", "en"),
    ("撮影", "maker", "ja"),
    ("摄", "maker", "zh"),
    # the same after a name in the caption's own line, the credit set off by a slash: "... / Jane Roe / LRT nuotr."
    ("nuotr", "maker-after", "lt"),
    # photo-desk links glued after a credit
    *((verb, "prompt-verb", "en") for verb in ("go to", "buy", "purchase", "order", "license", "view",
                                                "open", "enlarge", "download", "see")),
    *((noun, "prompt-object", "en") for noun in ("photo", "photos", "image", "images", "picture", "pictures",
                                                 "gallery", "mediabank", "photo bank", "photobank",
                                                 "licensing rights", "rights", "print", "prints")),
)


def credit_words(*kinds: str) -> tuple[str, ...]:
    """The table's texts of these kinds, in table order."""
    return tuple(text for text, kind, _ in CREDIT_TABLE if kind in kinds)


AGENCIES = credit_words("agency", "site-agency")
SITE_AGENCIES = frozenset(credit_words("site-agency"))


def _alternation(names) -> str:
    """A regex alternation of names, longest first so that "AP Photo" wins over "AP"; then in
    alphabetical order, so that a set of names gives the same pattern in every process (and the
    pattern cache finds it)."""
    return "|".join(re.escape(name) for name in sorted(names, key=lambda name: (-len(name), name)))


_AGENCY_ALTERNATION = _alternation(AGENCIES)
_LINE_AGENCY_ALTERNATION = _alternation(set(AGENCIES) - SITE_AGENCIES)

# Label words (regexes): those that open a credit line, those dropped from a credit whatever follows,
# those dropped only before a colon.
_LINE_LABELS = "|".join(rf"(?:{word})s?" for word in credit_words("label", "label-colon", "mark"))
_STRIPPED_LABELS = "|".join(credit_words("label", "medium"))
_COLON_LABELS = "|".join(rf"(?:{word})s?" for word in credit_words("label-colon"))
_TRAILING_LABELS = "|".join(rf"(?:{word})s?" for word in credit_words("label", "label-colon", "medium"))
_MAKERS = "|".join(map(re.escape, credit_words("maker")))

# Label words that introduce a credit; the credit is the name after them.
CREDIT_LABEL_RE = re.compile(
    rf"^\s*(?!(?:{_AGENCY_ALTERNATION})\b)(?:(?:{_STRIPPED_LABELS})s?\s*(?:credit|courtesy(?:\s+of)?|by)?\s*[:\-–]?\s*|"
    r"(?:photo|image)\s+(?:credit|courtesy)\s*(?:of)?\s*[:\-–]?\s*|credits?\s*[:\-–]\s*|"
    rf"(?:{_COLON_LABELS})\s*[:：=]\s*|(?:{_TRAILING_LABELS})\s*(?=©)|"
    r"credits?\s+|courtesy\s+of\s+|source\s*:\s*)",
    re.IGNORECASE,
)
# A photo desk's link glued after the credit: a verb, a few words, a picture or licence word last.
CREDIT_LINK_PROMPT_RE = re.compile(
    rf"\s*(?:[/|·•]\s*)?\b(?:{_alternation(credit_words('prompt-verb'))})\b(?:\s+\S+){{0,3}}?\s+"
    rf"(?:{_alternation(credit_words('prompt-object'))})\s*$",
    re.IGNORECASE,
)
# A credit first: "© AFP ...", "Photo: ...", "Credit - ...", "Photo by ...": a label at the very start.
LABEL_START_RE = re.compile(
    rf"^(?:(?:{_LINE_LABELS})\s*[:\-–—|/]\s*(?=\S)|©\s*|\(c\)\s+|copyright\s+"
    r"|(?:photo|image|picture|illustration)s? by\s)",
    re.IGNORECASE)
# "AFP / Jane Roe", "REUTERS/Jane Roe", "Getty ImagesA man ...", "AFP" alone: an agency first.
AGENCY_START_RE = re.compile(
    rf"^(?:(?:{_AGENCY_ALTERNATION})(?:\s*/|(?=[A-Z][a-z])|\s+via\b|\s+photo\b)"
    rf"|(?:{_LINE_AGENCY_ALTERNATION})\s*$)")
# Where a credit and a caption are glued: a lower-case letter (or a closing capital of an
# all-caps run) directly followed by a capital that starts a word.
GLUE_RE = re.compile(r"(?<=[a-zà-ÿ0-9.)])(?=[A-ZÀ-Þ][a-zà-ÿ' ])|(?<=[A-ZÀ-Þ]{2})(?=[A-ZÀ-Þ][a-zà-ÿ])")
# A credit that opens a line is short; a longer line is a caption or prose that mentions a photo.
MAX_LEADING_CREDIT_WORDS = 14
MIN_GLUED_CAPTION_WORDS = 2
# A sentence that goes on with the credit before it: "© Jane Roe. Courtesy of the artist. ..."
CREDIT_SENTENCE_RE = re.compile(r"^(?:courtesy\b|©|\(c\)|copyright\b)", re.IGNORECASE)
# A credit at the end of a caption: "... Photo: X", "... Credit: X", "... (Photo by X)", "... © X".
TRAILING_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?[\w.!?\"'”’)\]])[\s|/–—-]*(?P<open>[(\[])?\s*(?P<credit>"
    rf"(?:(?<!\w)(?:{_TRAILING_LABELS})\s*(?:credit|courtesy(?:\s+of)?)?\s*(?:[:：=]|(?=©))"
    r"|(?:photo|image|picture)\s+(?:credit|courtesy|by)\b|credits?\s*:|©|\(c\)|copyright\s+(?:©|\d{4}))"
    # A closing bracket ends the credit only where one opened it: "(hr)" at its end is its own.
    r"[^©]*?(?:©[^©]*)*?)(?(open)[)\]]?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
# The last sentence of a caption when it is a credit: "AP Photo/Name", "Name/Getty Images",
# "Name via Getty Images", "REUTERS/Stringer".
AGENCY_CREDIT_RE = re.compile(
    rf"(?:\bAP Photo\s*/\s*[^.]+|[^.!?]*?(?:/\s*|\bvia\s+|\bfor\s+)?\b(?:{_AGENCY_ALTERNATION})\b"
    rf"(?:\s*(?:/|for|via)\s*[^.!?]*)?)",
)
# A credit sentence is short; a longer last sentence that names an agency is the caption's own.
AGENCY_TAIL_WORDS = 12
# "... over the city (AP Photo/Jane Roe)", "... speaks. (Reuters)".
TRAILING_AGENCY_PAREN_RE = re.compile(
    rf"^(?P<caption>.+?)\s*\((?P<credit>(?:AP Photo|Photo|Image|Pictured|Credit|{_AGENCY_ALTERNATION})"
    r"\b[^()]*)\)$"
)
# "... from its southern neighbour. (Jane Roe/Agency)": brackets at the end that hold only a credit.
TRAILING_BRACKETS_RE = re.compile(r"^(?P<caption>.+?)\s*[(\[](?P<credit>[^()\[\]]+)[)\]]$")
# "...で（潟沼義樹撮影）": a name and a word saying it made the picture, in brackets at the end.
TRAILING_MAKER_RE = re.compile(
    rf"^(?P<caption>.+?)\s*[(（](?P<credit>[^()（）]{{1,40}}?)\s*(?:{_MAKERS})\s*[)）]$"
)
# "Jane Roe / Name / Agency nuotr.": a caption, then after the first slash a credit ending in a maker word
# (the abbreviation's full stop ends the line, as a sentence's would).
TRAILING_MAKER_SLASH_RE = re.compile(
    rf"^(?P<caption>[^/]+?)\s+/\s+(?P<credit>[^/].{{0,80}}?\s(?:{_alternation(credit_words('maker-after'))}))\.?$"
)
# Parts of one credit separated by a bar ("picture alliance/dpa | Jane Roe") read as a list.
CREDIT_PART_BAR_RE = re.compile(r"\s+\|\s+")
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]?(?=\s*[A-Z(©])|[.!?][\"'”’)]?\s+")
# A whole text that is only a credit: "Amr Dalsh / Reuters", "Investopedia / Mira Norian", "© Thinkstock".
NAME_FOR_NAME_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$"
)
# A credit after a bar at the end of a caption: "... at dawn | Getty Images".
TRAILING_BAR_RE = re.compile(r"^(?P<caption>.{12,}?)\s+[|｜]\s+(?P<credit>[^|｜]{1,80})$")
# A name after a slash at the end of a caption: "... research kitchen / Kent Dayton".
TRAILING_SLASH_NAME_RE = re.compile(
    r"^(?P<caption>.{20,}?)\s+/\s+(?P<credit>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)
NAME_SLASH_NAME_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}\s*/{1,2}\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}$"
)
# "Jane Roe (AFP)", "Jane Roe (dpa/picture alliance via Getty)": a name, then its agency in brackets.
NAME_PAREN_AGENCY_RE = re.compile(
    rf"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*\((?:{_AGENCY_ALTERNATION})\b[^()]*\)$"
)
WHOLE_AGENCY_RE = re.compile(
    rf"^(?:{_AGENCY_ALTERNATION})(?:\s*(?:/|via|for)\s*[\w .'’&/-]+)?$", re.IGNORECASE
)
# A text wholly in brackets, the brackets holding no other pair.
BRACKETED_RE = re.compile(r"^[(\[]([^()\[\]]+)[)\]]$")
TRAILING_PUNCTUATION = " \t-–—|:;,/"
# Scripts written without spaces between words (Chinese, Japanese, Thai): two characters count as a word.
SPACELESS_RE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words_in(text: str) -> int:
    """How many words a text holds, in any script."""
    return max(len(text.split()), len(SPACELESS_RE.findall(text)) // 2)


def one_line(text: str | None) -> str:
    """A caption's text on one line: every run of whitespace, newlines included, one space."""
    return " ".join(normalise_line(text or "").split())


def split_credit(text: str | None) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption text; either is None when the text holds none."""
    text = one_line(text)
    if not text:
        return None, None
    if is_credit_line(text):
        caption, credit = _split_leading(text)
        return caption, clean_credit(credit)
    trailing = (TRAILING_CREDIT_RE.match(text) or TRAILING_AGENCY_PAREN_RE.match(text)
                or TRAILING_MAKER_RE.match(text) or TRAILING_MAKER_SLASH_RE.match(text))
    if trailing and _says_something(trailing.group("caption")):
        return _clean_caption(trailing.group("caption")), clean_credit(trailing.group("credit"))
    trailing = TRAILING_BRACKETS_RE.match(text)
    if trailing and is_credit_only(trailing.group("credit")) and _says_something(trailing.group("caption")):
        return _clean_caption(trailing.group("caption")), clean_credit(trailing.group("credit"))
    if is_credit_only(text):
        return None, clean_credit(text)
    agency = _agency_tail(text)
    if agency:
        return agency
    trailing = TRAILING_BAR_RE.match(text)
    if trailing and (is_credit_only(trailing.group("credit"))
                     or AGENCY_CREDIT_RE.fullmatch(trailing.group("credit"))):
        return _clean_caption(trailing.group("caption")), clean_credit(trailing.group("credit"))
    trailing = TRAILING_SLASH_NAME_RE.match(text)
    if trailing:
        return _clean_caption(trailing.group("caption")), clean_credit(trailing.group("credit"))
    return _clean_caption(text), None


def is_credit_line(text: str) -> bool:
    """True when the text opens with a photo credit (it may have a caption glued on)."""
    text = text.strip()
    return bool(LABEL_START_RE.match(text) or AGENCY_START_RE.match(text))


def _split_leading(text: str) -> tuple[str | None, str]:
    """A text that opens with a credit: find where the caption starts, if anything follows."""
    glue = _glue_point(text)
    if glue is not None:
        return text[glue:].strip(), text[:glue].strip()
    if len(text.split()) <= MAX_LEADING_CREDIT_WORDS:
        return None, text
    # "Photo: Jane Roe. A man rides ...": a credit ended by a full stop (its "Courtesy of ..."
    # sentences with it), then the caption.
    sentences = text.split(". ")
    count = 1
    while count < len(sentences) and CREDIT_SENTENCE_RE.match(sentences[count]):
        count += 1
    head, tail = ". ".join(sentences[:count]), ". ".join(sentences[count:])
    if len(head.split()) <= MAX_LEADING_CREDIT_WORDS and len(tail.split()) >= MIN_GLUED_CAPTION_WORDS:
        return tail.strip(), head.strip()
    return None, text


def _glue_point(text: str) -> int | None:
    """Where a glued caption starts: the last glue inside the first glued word of the credit."""
    points = [m.start() for m in GLUE_RE.finditer(text) if m.start() > 0]
    if not points:
        return None
    word_end = text.find(" ", points[0])
    point = max(p for p in points if word_end < 0 or p <= word_end)
    caption = text[point:]
    if (
        len(caption.split()) >= MIN_GLUED_CAPTION_WORDS
        and len(text[:point].split()) <= MAX_LEADING_CREDIT_WORDS
        and not AGENCY_CREDIT_RE.fullmatch(caption)  # "Image by AlexZel from Pixabay": a name, not glue
    ):
        return point
    return None


def is_credit_only(text: str) -> bool:
    """True for a text that names who made a picture and says nothing about what it shows."""
    text = normalise_line(text)
    if not text:
        return False
    bracketed = BRACKETED_RE.match(text)
    if bracketed and is_credit_only(bracketed.group(1)):  # "(Image: Getty)" at the end of a caption box
        return True
    if (
        text.startswith(("©", "(c) ", "Copyright "))
        or CREDIT_LABEL_RE.match(text)
        and _label_only_prefix(text)
    ):
        return True
    words = words_in(text)
    if words > 9 or text.endswith((".", "?", "!", "。")) and words > 3:
        return False
    return bool(NAME_SLASH_NAME_RE.match(text) or WHOLE_AGENCY_RE.match(text) or NAME_FOR_NAME_RE.match(text))


def is_name_with_agency(text: str) -> bool:
    """ "Jane Roe (AFP)": a credit when it stands in an element of its own; at the end of a caption,
    the name may be what the picture shows."""
    return bool(NAME_PAREN_AGENCY_RE.match(normalise_line(text)))


def clean_credit(text: str | None) -> str | None:
    """A credit without its label word ("Photo:", "Credit:", "Photo by"), surrounding brackets and
    the link prompts glued after it."""
    text = CREDIT_LINK_PROMPT_RE.sub("", normalise_line(text or ""))
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        text = text[1:-1]
    elif text.endswith((")", "]")) and "(" not in text and "[" not in text:
        text = text[:-1]
    previous = None
    while previous != text:
        previous = text
        text = CREDIT_LABEL_RE.sub("", text, count=1).strip(TRAILING_PUNCTUATION)
    return CREDIT_PART_BAR_RE.sub(", ", text) or None


def _says_something(caption: str) -> bool:
    """A caption part that is more than a label word or a bare name: "Photo" and "Credit" are not."""
    rest = CREDIT_LABEL_RE.sub("", caption, count=1).strip(TRAILING_PUNCTUATION)
    return words_in(caption) >= 2 and bool(rest) and not text_is_agency(caption)


def text_is_agency(text: str) -> bool:
    return bool(WHOLE_AGENCY_RE.match(text.strip()))


def _label_only_prefix(text: str) -> bool:
    """ "Photo: X" is a credit; "Photos of the week show ..." is not: the label must end in ':' or 'by'."""
    label = CREDIT_LABEL_RE.match(text).group(0).lower()
    return label.rstrip().endswith((":", "by", "-", "–", "of", "courtesy")) or label.strip().startswith(
        ("credit", "courtesy")
    )


def _agency_tail(text: str) -> tuple[str | None, str | None] | None:
    """Caption, then an agency credit as its last sentence: "... phone? Name/Moment via Getty Images"."""
    ends = [m.end() for m in SENTENCE_END_RE.finditer(text)]
    for cut in reversed(ends[-2:]):
        credit = text[cut:]
        if (
            credit.strip()
            and len(credit.split()) <= AGENCY_TAIL_WORDS
            and AGENCY_CREDIT_RE.fullmatch(credit.strip())
        ):
            return _clean_caption(text[:cut]), clean_credit(credit)
    return None


def _clean_caption(text: str) -> str | None:
    """A caption without the separators left where its credit was; None when no word is left."""
    text = normalise_line(text).strip(" \t-–—|:;,/")
    return text if any(c.isalnum() for c in text) else None


def strip_site_suffix(text: str | None, site_name: str | None) -> str | None:
    """Alt text without the site name some CMSs append ("Rebel fighters ... - Sputnik International")."""
    text = normalise_line(text or "")
    if text and site_name:
        text = without_site(text, site_keys(site_name))
    return text or None


def image_from_caption_line(line: str | None) -> Image | None:
    """For the text-dump path: a caption line that carries a credit is a picture with no address."""
    caption, credit = split_credit(line)
    if credit is None:
        return None
    return Image(src=None, caption=caption, credit=credit)
