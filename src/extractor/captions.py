"""Captions and credits: tell what a picture shows from who made it, whatever way the page glued them.

Shared by the HTML path (figcaptions, caption elements) and the text-dump path (caption lines):
`split_credit("© AFP 2023 / FADI AL-HALABIRebel fighters fire ...")` gives
`("Rebel fighters fire ...", "© AFP 2023 / FADI AL-HALABI")`.
"""

from __future__ import annotations

import re

from .model import Image
from .text import normalise_line

# Picture agencies and stock libraries: a text that ends with one of them ends with a credit.
AGENCIES = (
    "Getty Images",
    "Getty",
    "iStock",
    "iStockphoto",
    "Shutterstock",
    "Adobe Stock",
    "Adobe",
    "Alamy",
    "AP Photo",
    "AP",
    "Associated Press",
    "Reuters",
    "AFP",
    "EPA",
    "EPA-EFE",
    "PA",
    "PA Images",
    "PA Wire",
    "Bloomberg",
    "Unsplash",
    "Pexels",
    "Pixabay",
    "Thinkstock",
    "Corbis",
    "Redux",
    "NurPhoto",
    "Anadolu",
    "Xinhua",
    "TASS",
    "Sputnik",
    "Wikimedia Commons",
    "Wikipedia",
    "NASA",
    "Canva",
    "Dreamstime",
    "123RF",
    "Depositphotos",
    "Freepik",
    "Flickr",
    "SOPA Images",
    "ZUMA Press",
    "LightRocket",
    "WireImage",
    "Splash News",
    "Rex Features",
    "Shutterstock/Rex",
    "The New York Times",
    "REUTERS",
    "GETTY IMAGES",
    "XINHUA",
    "SPUTNIK",
)
_AGENCY_ALTERNATION = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# Label words that introduce a credit; the credit is the name after them.
CREDIT_LABEL_RE = re.compile(
    r"^\s*(?:(?:photo(?:graph)?|image|picture|illustration|video|graphic|header image|top image|"
    r"lead image|main image|featured image)\s*(?:credit|courtesy(?:\s+of)?|by)?\s*[:\-–]?\s*|"
    r"(?:photo|image)\s+(?:credit|courtesy)\s*(?:of)?\s*[:\-–]?\s*|credits?\s*[:\-–]\s*|"
    r"credits?\s+|courtesy\s+of\s+|source\s*:\s*)",
    re.IGNORECASE,
)
# A credit at the end of a caption: "... Photo: X", "... Credit: X", "... (Photo by X)", "... © X".
TRAILING_CREDIT_RE = re.compile(
    r"^(?P<caption>.*?[\w.!?\"'”’)\]])[\s|/–—-]*[(\[]?\s*(?P<credit>"
    r"(?:(?:photo(?:graph)?|image|picture|illustration|graphic)\s*(?:credit|courtesy(?:\s+of)?)?\s*:"
    r"|(?:photo|image|picture)\s+(?:credit|courtesy|by)\b|credits?\s*:|©|\(c\)|copyright\s+(?:©|\d{4}))"
    r"[^©]*?(?:©[^©]*)*?)[)\]]?\s*$",
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
SENTENCE_END_RE = re.compile(r"[.!?…][\"'”’)]?(?=\s*[A-Z(©])|[.!?][\"'”’)]?\s+")
# Text-dump glue: a "©" credit whose last word runs into the caption ("AL-HALABIRebel", "mediabankThe").
GLUED_CREDIT_RE = re.compile(
    r"^(©[^\n]*?)(?:(?<=[a-z])(?=[A-Z][a-z ])|(?<=[A-Z])(?=[A-Z][a-z]))(?P<rest>.+)$"
)
# A whole text that is only a credit: "Amr Dalsh / Reuters", "Investopedia / Mira Norian", "© Thinkstock".
NAME_FOR_NAME_RE = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+for\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$"
)
# A name after a slash at the end of a caption: "... research kitchen / Kent Dayton".
TRAILING_SLASH_NAME_RE = re.compile(
    r"^(?P<caption>.{20,}?)\s+/\s+(?P<credit>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)
NAME_SLASH_NAME_RE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}\s*/{1,2}\s*[A-Z][\w.'’&-]*(?:\s+[\w.'’&-]+){0,5}$"
)
WHOLE_AGENCY_RE = re.compile(
    rf"^(?:{_AGENCY_ALTERNATION})(?:\s*(?:/|via|for)\s*[\w .'’&/-]+)?$", re.IGNORECASE
)
TRAILING_PUNCTUATION = " \t-–—|:;,/"


def one_line(text: str | None) -> str:
    """A caption's text on one line: every run of whitespace, newlines included, one space."""
    return " ".join(normalise_line(text or "").split())


def split_credit(text: str | None) -> tuple[str | None, str | None]:
    """(caption, credit) of a caption text; either is None when the text holds none."""
    text = one_line(text)
    if not text:
        return None, None
    glued = GLUED_CREDIT_RE.match(text)
    if glued and len(glued.group("rest")) > 15 and " " in glued.group("rest"):
        return _clean_caption(glued.group("rest")), clean_credit(glued.group(1))
    trailing = TRAILING_CREDIT_RE.match(text) or TRAILING_AGENCY_PAREN_RE.match(text)
    if trailing and _says_something(trailing.group("caption")):
        return _clean_caption(trailing.group("caption")), clean_credit(trailing.group("credit"))
    if is_credit_only(text):
        return None, clean_credit(text)
    agency = _agency_tail(text)
    if agency:
        return agency
    trailing = TRAILING_SLASH_NAME_RE.match(text)
    if trailing:
        return _clean_caption(trailing.group("caption")), clean_credit(trailing.group("credit"))
    return _clean_caption(text), None


def is_credit_only(text: str) -> bool:
    """True for a text that names who made a picture and says nothing about what it shows."""
    text = normalise_line(text)
    if not text:
        return False
    if (
        text.startswith(("©", "(c) ", "Copyright "))
        or CREDIT_LABEL_RE.match(text)
        and _label_only_prefix(text)
    ):
        return True
    words = text.split()
    if len(words) > 9 or text.endswith((".", "?", "!")) and len(words) > 3:
        return False
    return bool(NAME_SLASH_NAME_RE.match(text) or WHOLE_AGENCY_RE.match(text) or NAME_FOR_NAME_RE.match(text))


def clean_credit(text: str | None) -> str | None:
    """A credit without its label word ("Photo:", "Credit:", "Photo by") and surrounding brackets."""
    text = normalise_line(text or "")
    if text.startswith(("(", "[")) and text.endswith((")", "]")):
        text = text[1:-1]
    elif text.endswith((")", "]")) and "(" not in text and "[" not in text:
        text = text[:-1]
    previous = None
    while previous != text:
        previous = text
        text = CREDIT_LABEL_RE.sub("", text, count=1).strip(TRAILING_PUNCTUATION)
    return text or None


def _says_something(caption: str) -> bool:
    """A caption part that is more than a label word or a bare name: "Photo" and "Credit" are not."""
    rest = CREDIT_LABEL_RE.sub("", caption, count=1).strip(TRAILING_PUNCTUATION)
    return len(caption.split()) >= 2 and bool(rest) and not text_is_agency(caption)


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
        for separator in (" - ", " | ", " – ", " — ", ": "):
            suffix = separator + site_name
            if text.lower().endswith(suffix.lower()):
                text = text[: -len(suffix)].strip()
    return text or None


def image_from_caption_line(line: str | None) -> Image | None:
    """For the text-dump path: a caption line that carries a credit is a picture with no address."""
    caption, credit = split_credit(line)
    if credit is None:
        return None
    return Image(src=None, caption=caption, credit=credit)
