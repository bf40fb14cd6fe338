"""Hostile input made harmless: text that always encodes as UTF-8, line endings, nesting depth.

Pages are the web at its worst. Whatever a page holds, its record must be valid UTF-8 JSON, so
lone surrogates (from `str` input, or file names that are not UTF-8) become U+FFFD; control
characters that no article text contains are dropped; and every line ending becomes `\\n`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .errors import NestingTooDeepError, TooManyElementsError

if TYPE_CHECKING:  # model imports this module for `valid_strings`
    from .model import Article, Options

# UTF-16 surrogates are not characters: a lone one cannot be encoded as UTF-8 at all.
SURROGATE_RE = re.compile("[\ud800-\udfff]")
# C0 controls and DEL other than the whitespace ones (\t \n \v \f \r): no article text has
# them; they come from binary junk, NUL padding and broken encodings.
CONTROL_CHARS_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Windows (\r\n), old Mac (\r), and the vertical tab and form feed that word processors and
# dumps put where a line or a page ends.
LINE_BREAK_RE = re.compile(r"\r\n?|[\v\f]")


def valid_unicode(text: str) -> str:
    """`text` with surrogate pairs joined into their character and lone surrogates as U+FFFD."""
    if not SURROGATE_RE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_page_text(text: str) -> str:
    """A decoded page as valid Unicode with `\\n` line endings and no stray control characters."""
    text = valid_unicode(text)
    text = CONTROL_CHARS_RE.sub("", text)
    return LINE_BREAK_RE.sub("\n", text)


def valid_strings(value):
    """A record (dicts, lists, strings) with every string, key or value, made valid Unicode."""
    if isinstance(value, str):
        return valid_unicode(value)
    if isinstance(value, dict):
        return {valid_unicode(key): valid_strings(item) for key, item in value.items()}
    if isinstance(value, list):
        return [valid_strings(item) for item in value]
    return value


def check_tree_limits(article: Article, options: Options) -> Article:
    """Refuse a parsed page deeper than `--max-depth` or with more elements than `--max-elements`."""
    if article.tree is not None:
        elements, depth = tree_size(article.tree)
        if depth > options.max_depth:
            raise NestingTooDeepError(depth, options.max_depth)
        if elements > options.max_elements:
            raise TooManyElementsError(elements, options.max_elements)
    return article


def tree_size(root) -> tuple[int, int]:
    """How many elements `root` holds (itself included) and how deeply they nest (`root` alone
    is 1), without recursion."""
    elements = deepest = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        elements += 1
        if depth > deepest:
            deepest = depth
        stack.extend((child, depth + 1) for child in element)
    return elements, deepest
