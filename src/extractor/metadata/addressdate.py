"""The month an article's address names ("/2016/10/04/slug", "/story/2016/10/slug", "2016-10-04-slug"):
where a numeric date reads two ways (10/04/2016 is 4 October or 10 April), the address settles
the order. htmldate guesses day first or month first by the page's language and swaps them on
pages that print the other order; an address dated by the publisher's system does not.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# A year and a month between path separators, the day after them where there is one; the year first,
# as publishing systems write addresses. Not inside a longer number (an article id).
ADDRESS_MONTH_RE = re.compile(r"(?<![\d])((?:19|20)\d\d)[/_.-](0?[1-9]|1[0-2])(?:[/_.-]|$)")
# Day and month swap only where both readings are months.
MAX_MONTH = 12


def address_month(url: str | None) -> str | None:
    """'YYYY-MM' of the first year and month the address's path names, or None."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:  # pages ship broken addresses ("http://[2001:db8"), urlsplit refuses them
        return None
    match = ADDRESS_MONTH_RE.search(path)
    return f"{match.group(1)}-{int(match.group(2)):02d}" if match else None


def swapped(iso: str) -> str | None:
    """The ISO date (its first ten characters) with day and month exchanged, where both read as months."""
    year, month, day = iso[:4], iso[5:7], iso[8:10]
    if not (day.isdigit() and month.isdigit()) or day == month or int(day) > MAX_MONTH:
        return None
    return f"{year}-{day}-{month}"


def settled_by_address(iso: str | None, url: str | None) -> str | None:
    """The date read the way the address dates it: day and month exchanged where the address
    names the exchanged reading's month and not the date's own."""
    month = address_month(url)
    if not iso or month is None or iso[:7] == month:
        return iso
    other = swapped(iso)
    return other if other is not None and other[:7] == month else iso
