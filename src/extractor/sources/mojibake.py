"""Text that was UTF-8 once and was read as cp1252 or latin-1 on its way to us ("Investorâ€™s",
"FranÃ§ais"), put back. Scrapers, page flatteners and CMSs that stored a paste do this; the page
then reads wrong in every field of the record, and its words match nothing.

ftfy (a well-kept library for exactly this) does the repair. It is asked only about the lines that
show the signature, because it costs some 45 ms on a whole page while most pages have none."""

from __future__ import annotations

import functools
import re

# Characters that every common mojibake holds: "Â" or "Ã" (the lead byte of é, ñ, ©, a no-break
# space...), "€" or "\x80" (the middle byte of ’ “ ” – — … read as cp1252 or as latin-1: "â€™",
# "â\x80\x99"), "\x9f" (emoji read as latin-1). Single characters: Python scans for one in C at a
# tenth of the cost of a two-character search, so pages without any are let through at once.
MOJIBAKE_SIGNS = ("Ã", "Â", "€", "\x80", "\x9f")
# The same signature, for choosing the lines: a lead byte read as a latin-1 letter followed by a
# continuation byte read as latin-1 (U+0080-U+00BF) or as one of cp1252's specials in 0x80-0x9F.
MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")

# Only the encoding repair: the record keeps the page's curly quotes, ligatures, widths, line
# breaks and HTML entities as they are (the other stages deal with those).
# ftfy is loaded on the first page that needs it: most runs never do, and it costs a one-page run
# a tenth of its start-up.
@functools.cache
def _encoding_fixer():
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=False,
    )
    return functools.partial(ftfy.fix_text, config=config)


def repair_mojibake(text: str) -> str:
    """`text` with each line that looks like double-decoded UTF-8 repaired; other lines untouched."""
    if not any(sign in text for sign in MOJIBAKE_SIGNS):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if MOJIBAKE_RE.search(line):
            lines[index] = _encoding_fixer()(line)
    return "\n".join(lines)
