"""Text that always encodes as UTF-8, with `\n` line endings: what a record's strings must be.

Pages are the web at its worst. Whatever a page holds, its record must be valid UTF-8 JSON, so
lone surrogates (from `str` input, or file names that are not UTF-8) become U+FFFD; control
characters that no article text contains are dropped; and every line ending becomes `\n`.
"""

from __future__ import annotations

import re

# C0 controls and DEL other than the whitespace ones (\t \n \v \f \r): no article text has
# them; they come from binary junk, NUL padding and broken encodings.
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Those, or UTF-16 surrogates: not characters, a lone one cannot be encoded as UTF-8 at all.
UNWANTED_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")
# Windows (\r\n), old Mac (\r), and the vertical tab and form feed that word processors and
# dumps put where a line or a page ends; replaced in this order.
LINE_BREAKS = ("\r\n", "\r", "\v", "\f")


def valid_unicode(text: str) -> str:
    """`text` with surrogate pairs joined into their character and lone surrogates as U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def clean_page_text(text: str) -> str:
    """A decoded page as valid Unicode with `\\n` line endings and no stray control characters."""
    # One scan finds both kinds of trouble; most pages have neither (a regex pass per kind cost
    # 20 ms on a typical page, this costs a few).
    if UNWANTED_RE.search(text):
        text = CONTROL_CHARS_RE.sub("", valid_unicode(text))
    for line_break in LINE_BREAKS:
        if line_break in text:
            text = text.replace(line_break, "\n")
    return text


def valid_strings(value):
    """A record (dicts, lists, strings) with every string, key or value, made valid Unicode."""
    if isinstance(value, str):
        return valid_unicode(value)
    if isinstance(value, dict):
        return {valid_unicode(key): valid_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [valid_strings(item) for item in value]
    return value
