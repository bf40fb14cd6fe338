"""Bytes to text: byte-order mark, then the declared charset, then `<meta charset>`, then detection."""

from __future__ import annotations

import codecs
import re

from ..model import Article, Options
from ..safe_text import clean_page_text
from .mojibake import repair_mojibake

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Browsers look for the meta charset in the first 1024 bytes; real pages put it later
# behind long inline scripts, so read a little further.
META_CHARSET_WINDOW = 8192
META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)

# Detection on a whole multi-MB page is slow and no better than on its start.
DETECTION_WINDOW = 64 * 1024

# Scrapers and CMSs paste cp1252 text into UTF-8 pages: with surrogateescape each byte that is not
# UTF-8 becomes U+DC80..U+DCFF, read back here as the cp1252 character (latin-1 where cp1252 has none).
ESCAPED_BYTE_RE = re.compile("[\udc80-\udcff]")
CP1252_FOR_ESCAPED_BYTES = {
    0xDC00 + byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0x100)
}

# Pages declaring these are in fact decoded by browsers as their supersets.
CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
                   "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "x-sjis": "shift_jis"}


def decode_input(article: Article, options: Options) -> Article:
    if article.text is None and article.raw is not None:
        article.text = decode_bytes(article.raw, article.declared_charset)
    # Before the control characters go: latin-1 mojibake spells ’ as "â\x80\x99".
    article.text = clean_page_text(repair_mojibake(article.text or ""))
    return article


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace")
    # Valid UTF-8 with multi-byte sequences is almost never another encoding by accident,
    # while scrapers often re-encode pages to UTF-8 and leave the old declaration behind.
    if b"\x00" not in data[:1024]:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            patched = _mostly_utf8(data)
            if patched is not None:
                return patched
    for candidate in (declared, _meta_charset(data)):
        encoding = _known_encoding(candidate)
        if encoding:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                pass  # a false declaration is common; fall through to detection
    from charset_normalizer import from_bytes  # only pages that declare no charset need it

    best = from_bytes(data[:DETECTION_WINDOW]).best()
    encoding = best.encoding if best else "cp1252"
    return data.decode(encoding, errors="replace")


def _mostly_utf8(data: bytes) -> str | None:
    """A UTF-8 page with bytes pasted in from a cp1252 source, those bytes read as cp1252;
    None when the invalid bytes outnumber the valid non-ASCII characters (a legacy page)."""
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = len(ESCAPED_BYTE_RE.findall(text))
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    if non_ascii - invalid < invalid:
        return None
    return text.translate(CP1252_FOR_ESCAPED_BYTES)


def _meta_charset(data: bytes) -> str | None:
    match = META_CHARSET_RE.search(data[:META_CHARSET_WINDOW])
    return match.group(1).decode("ascii", "ignore") if match else None


def _known_encoding(name: str | None) -> str | None:
    if not name:
        return None
    name = CHARSET_ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
