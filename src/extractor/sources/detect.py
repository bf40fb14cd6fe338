"""Tell HTML from a text dump, and both from binary files saved under a page's name."""

from __future__ import annotations

import re

from ..errors import NotHtmlError
from ..model import Article, Options

# Magic numbers of files that end up in scrape directories instead of pages.
BINARY_SIGNATURES = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file"),
    (b"PK\x03\x04", "zip archive"),
    (b"PK\x05\x06", "zip archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"SQLite format 3\x00", "SQLite database"),
)
SNIFF_WINDOW = 4096

# Control characters other than whitespace: text has almost none, binary data is full of them.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.05

# Markup that only an HTML document has near its start; a text dump that merely mentions
# a tag or carries a stray <br> does not open with these.
# A comment is matched up to its own "-->" only: with ".*?" one comment could also stretch over
# the next ones, and 25 empty comments before a non-tag took 13 s to reject (30 would take hours).
HTML_START_RE = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*"
                           r"<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE)
TAG_RE = re.compile(
    r"</?(?:p|div|span|a|br|img|table|td|tr|li|ul|h[1-6]|script|style|section|article|meta|link)\b[^>]*>", re.IGNORECASE
)
# Pages with injected scripts or long comments before the doctype: markup first, and two of
# the document's structural tags further on. A dump does not start with "<", even when it
# quotes a doctype later.
STRUCTURE_TAG_RE = re.compile(r"<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
STRUCTURE_WINDOW = 64 * 1024
# Enough tags per line of text to call an undeclared fragment HTML rather than prose.
MIN_TAGS_PER_LINE = 0.5


def detect_format(article: Article, options: Options) -> Article:
    if options.input_format != "auto":
        article.input_format = options.input_format
        return article
    if article.raw is not None:
        what = binary_kind(article.raw)
        if what:
            raise NotHtmlError(what)
    article.input_format = sniff_text_format(article.text or "")
    return article


def binary_kind(data: bytes) -> str | None:
    """Name the kind of binary file `data` is, or None when it looks like text."""
    # NUL bytes after the page are padding (a download into a preallocated file), not content.
    head = data[:SNIFF_WINDOW].rstrip(b"\x00")
    for signature, what in BINARY_SIGNATURES:
        if head.startswith(signature):
            return what
    if not head or _is_utf16(head):
        return None  # UTF-16 text is half NUL bytes; decode reads it by its byte-order mark
    if head.count(b"\x00") > len(head) // 100:
        return "binary data"
    text = head.decode("utf-8", errors="replace")
    # Invalid UTF-8 alone is not binary (legacy encodings), so only count real control bytes.
    controls = len(CONTROL_RE.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        return "binary data"
    return None


def sniff_text_format(text: str) -> str:
    start = text[:SNIFF_WINDOW]
    if HTML_START_RE.match(start):
        return "html"
    structure = {m.group(1).lower()[:5] for m in STRUCTURE_TAG_RE.finditer(text, 0, STRUCTURE_WINDOW)}
    if start.lstrip().startswith("<") and len(structure) >= 2:
        return "html"
    lines = max(1, start.count("\n") + 1)
    if len(TAG_RE.findall(start)) >= MIN_TAGS_PER_LINE * lines:
        return "html"
    return "text"


def _is_utf16(head: bytes) -> bool:
    return head[:2] in (b"\xff\xfe", b"\xfe\xff")
