"""A person's gender as the text tells it: a given name borne by one sex, a title ("Mrs.", "Mr."), or
the words around their first mention ("spokeswoman", "widow"). Pronouns may correct the last two
(`people.py` counts them); the given-name tables are knowledge as data in `lexicon.py`."""

from __future__ import annotations

import re

from .lexicon import FEMALE_NAMES, FEMALE_WORDS, MALE_NAMES, MALE_WORDS, UNISEX_NAMES


def honorific_gender(masked: str, word: str) -> str | None:
    """ "Mr. Ham" is a man, "Ms. Gao" a woman: the first title the text puts before a surname."""
    title = re.search(rf"\b(Mr|Mrs|Ms)\.?\s+{re.escape(word)}\b", masked)
    return None if title is None else "m" if title.group(1) == "Mr" else "f"


def name_gender(name: str) -> str | None:
    """The gender a given name tells, when the name is not given to both ("Terry", "Marty")."""
    first = name.split()[0].strip(".,;:’'").lower()
    if first in UNISEX_NAMES:
        return None
    return "f" if first in FEMALE_NAMES else "m" if first in MALE_NAMES else None


def gender_of(name: str, context: str) -> str | None:
    """The given name's gender, else the one the words around the first mention tell alone."""
    known = name_gender(name)
    if known:
        return known
    words = set(context.split())
    if words & FEMALE_WORDS and not words & MALE_WORDS:
        return "f"
    if words & MALE_WORDS and not words & FEMALE_WORDS:
        return "m"
    return None
