"""Photo credits: tell a credit ("© AFP 2023 / FADI AL-HALABI") from the caption it is glued to.

Flattened pages glue the credit and the caption of a figure into one line with no space
("© AFP 2023 / FADI AL-HALABIRebel fighters fire ..."), or put the credit before or after the
caption with a label ("Photo: Jane Roe / Reuters"). `split_credit(text) -> (caption, credit)` takes
either apart; `is_credit_line` says whether a line opens with a credit. Knowledge is data: the
credit labels and the agency names below. No rule names a site.
"""

from __future__ import annotations

import re

# Labels that open (or close) a credit, in the languages of the boilerplate table.
CREDIT_LABELS = (
    r"©", r"\(c\)", r"copyright", r"photo(?:graph)?s?", r"images?",
    r"pictures?",
    r"credits?", r"pic", r"illustration", r"foto(?:s)?", r"bild", r"фото",
)
# Photo and news agencies whose name at the start of a line, followed by a slash, a space-less
# caption or the end of the line, is a credit rather than the subject of a sentence.
AGENCY_NAMES = (
    "AFP", "Reuters", "REUTERS", "AP", "AP Photo", "Associated Press", "Getty Images", "Getty", "EPA",
    "EPA-EFE", "EFE", "Sputnik", "TASS", "ТАСС", "РИА Новости", "RIA Novosti", "Xinhua", "ANSA", "dpa", "DPA",
    "PA", "PA Wire", "PA Images", "Shutterstock", "Alamy", "Bloomberg", "Anadolu", "Anadolu Agency", "SIPA",
    "Sipa USA", "Keystone", "Imago", "IMAGO", "NurPhoto", "ZUMA", "ZUMA Press", "Kyodo", "Yonhap", "UPI",
    "Pool", "iStock", "Unsplash", "Wikimedia Commons", "NASA",
)
_LABEL_ALT = "|".join(CREDIT_LABELS)
_AGENCY_ALT = "|".join(sorted((re.escape(name) for name in AGENCY_NAMES), key=len, reverse=True))

# "© AFP ...", "Photo: ...", "Credit - ...", "Photo by ...": a label at the very start.
LABEL_START_RE = re.compile(
    rf"^(?:(?:{_LABEL_ALT})\s*[:\-–—|/]\s*(?=\S)|©\s*|\(c\)\s+|copyright\s+"
    r"|(?:photo|image|picture|illustration)s? by\s)",
    re.IGNORECASE)
# "AFP / Jane Roe", "REUTERS/Jane Roe", "Getty ImagesA man ...", "AFP" alone: an agency first.
AGENCY_START_RE = re.compile(rf"^(?:{_AGENCY_ALT})(?:\s*/|\s*$|(?=[A-Z][a-z])|\s+via\b|\s+photo\b)")
# A credit after the caption: "... on Monday. (Photo: AFP)", "... Photo: Jane Roe / Reuters".
TRAILING_CREDIT_RE = re.compile(
    rf"\s*[(\[]?\s*(?:(?:{_LABEL_ALT})\s*[:\-–—|/]\s*|©\s*)[^()\[\]]{{2,80}}[)\]]?\s*$", re.IGNORECASE)
TRAILING_AGENCY_RE = re.compile(rf"\s*[(\[]\s*(?:{_AGENCY_ALT})(?:\s*/[^()\[\]]{{1,60}})?\s*[)\]]\s*$")
# Where a credit and a caption are glued: a lower-case letter (or a closing capital of an
# all-caps run) directly followed by a capital that starts a word.
GLUE_RE = re.compile(r"(?<=[a-zà-ÿ0-9.)])(?=[A-ZÀ-Þ][a-zà-ÿ' ])|(?<=[A-ZÀ-Þ]{2})(?=[A-ZÀ-Þ][a-zà-ÿ])")
# A credit is a short line; a longer one is a caption or prose that mentions a photo.
MAX_CREDIT_WORDS = 14
MIN_CAPTION_WORDS = 2


def is_credit_line(text: str) -> bool:
    """True when the line opens with a photo credit (it may have a caption glued on)."""
    text = text.strip()
    return bool(LABEL_START_RE.match(text) or AGENCY_START_RE.match(text))


def split_credit(text: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption line; either may be None. Works on glued and labelled forms."""
    text = " ".join(text.split())
    if not text:
        return None, None
    if is_credit_line(text):
        return _split_leading(text)
    match = TRAILING_CREDIT_RE.search(text) or TRAILING_AGENCY_RE.search(text)
    if match and match.start() > 0:
        caption = text[:match.start()].strip()
        credit = match.group(0).strip().strip("()[]").strip()
        return caption or None, credit or None
    return text, None


def _split_leading(text: str) -> tuple[str | None, str | None]:
    """A line that opens with a credit: find where the caption starts, if anything follows."""
    glue = _glue_point(text)
    if glue is not None:
        return text[glue:].strip(), text[:glue].strip()
    if len(text.split()) <= MAX_CREDIT_WORDS:
        return None, text
    # "Photo: Jane Roe. A man rides ...": a credit ended by a full stop, then the caption.
    head, dot, tail = text.partition(". ")
    if dot and len(head.split()) <= MAX_CREDIT_WORDS and len(tail.split()) >= MIN_CAPTION_WORDS:
        return tail.strip(), head.strip()
    return None, text


def _glue_point(text: str) -> int | None:
    """Where a glued caption starts: the last glue inside the first glued word of the credit."""
    points = [m.start() for m in GLUE_RE.finditer(text) if m.start() > 0]
    if not points:
        return None
    word_end = text.find(" ", points[0])
    point = max(p for p in points if word_end < 0 or p <= word_end)
    if len(text[point:].split()) >= MIN_CAPTION_WORDS and len(text[:point].split()) <= MAX_CREDIT_WORDS:
        return point
    return None
