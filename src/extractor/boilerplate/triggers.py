"""Triggers: the plain texts one of which every match of a boilerplate pattern must contain.

The boilerplate table's sentence patterns are asked about every sentence of a page (every line
of a text dump). A substring test of a kind's triggers clears most prose before the kind's
regular expression runs; the triggers are derived from the patterns themselves, so the rules
stay data in `table.py` and nothing here names a pattern."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

# A trigger shorter than this ("a", "to") is in nearly every sentence: no use as a test.
MIN_TRIGGER_CHARS = 3


def required_texts(alternative: str) -> tuple[str, ...] | None:
    """Texts one of which every match of a pattern must contain, or None.

    Either a run of plain text outside groups and classes, without a character a quantifier makes
    optional ("sign up for (our|the) [\\w\\s]*newsletter" must contain "newsletter"), or the
    choices of a plain group that is not optional ("(commission|compensation)"); the longest wins.
    """
    runs, groups, current, depth, i = [], [], [], 0, 0
    while i < len(alternative):
        char = alternative[i]
        if char == "\\":
            escaped = alternative[i + 1:i + 2]
            if depth == 0 and escaped and not escaped.isalnum():
                current.append(escaped)
            else:
                runs.append("".join(current))
                current = []
            i += 2
            continue
        if char == "[":  # a class: skip to its end
            runs.append("".join(current))
            current = []
            i = _class_end(alternative, i + 1)
        elif char in "?*+{" and depth == 0:  # the character before is optional or repeated
            current = current[:-1]
            runs.append("".join(current))
            current = []
            if char == "{":
                i = alternative.index("}", i)
        elif char == "|" and depth == 0:
            return None
        elif char in "()":
            if char == "(" and depth == 0:
                groups.append(_plain_choices(alternative, i))
            depth += 1 if char == "(" else -1
            runs.append("".join(current))
            current = []
        elif char in ".^$?*+{":
            runs.append("".join(current))
            current = []
        elif depth == 0:
            current.append(char)
        i += 1
    runs.append("".join(current))
    options = [(run,) for run in runs if run] + [group for group in groups if group]
    best = max(options, key=lambda texts: min(map(len, texts)), default=None)
    return best if best and min(map(len, best)) >= MIN_TRIGGER_CHARS else None


def _class_end(alternative: str, i: int) -> int:
    """The index of the "]" that closes the character class whose content starts at `i`."""
    while i < len(alternative) and alternative[i] != "]":
        i += 2 if alternative[i] == "\\" else 1
    return i


def _plain_choices(alternative: str, opening: int) -> tuple[str, ...] | None:
    """The choices of the group opening at `opening` when they are plain text and the group is
    not optional ("(commission|compensation)"), else None."""
    depth = 0
    for closing in range(opening, len(alternative)):
        depth += {"(": 1, ")": -1}.get(alternative[closing], 0)
        if depth == 0:
            break
    content = alternative[opening + 1:closing].removeprefix("?:")
    if alternative[closing + 1:closing + 2] in ("?", "*", "{") or any(c in REGEX_SYNTAX for c in content):
        return None
    return tuple(content.split("|"))


REGEX_SYNTAX = set("()[]\\.^$?*+{}")


def table_triggers(table: dict[str, tuple[str, ...]]) -> list[tuple[str, ...] | None]:
    """Per kind, the texts one of which a match must contain; None where an alternative has none."""
    found = []
    for alternatives in table.values():
        texts = [required_texts(alternative) for alternative in alternatives]
        found.append(None if None in texts else _shortest_cover([text for choices in texts for text in choices]))
    return found


def _shortest_cover(texts: list[str]) -> tuple[str, ...]:
    """The texts without those that hold another one: a sentence holding "experts" holds "expert",
    so testing "expert" alone is enough (every sentence is tested against every text)."""
    unique = sorted(set(texts), key=len)
    return tuple(text for index, text in enumerate(unique) if not any(shorter in text for shorter in unique[:index]))


@dataclass(frozen=True)
class TriggerIndex:
    """The sentence kinds' triggers, filed for a fast test of which kinds a sentence may be.

    Testing 160 substrings one by one was the dearest step of text mode. A trigger holding a
    whole word, spaces on both sides (" this ", "sign up for " holds "for"), can only occur in a
    sentence that has that word: it is filed under the word and tested only when a set lookup
    finds the word among the sentence's. The others are tested every time."""

    by_word: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    unfiled: tuple[tuple[str, tuple[int, ...]], ...]
    always: frozenset[int]  # kinds with an alternative that has no trigger

    @classmethod
    def build(cls, triggers: list[tuple[str, ...] | None]) -> TriggerIndex:
        kinds_of: dict[str, list[int]] = {}
        for index, texts in enumerate(triggers):
            for text in texts or ():
                kinds_of.setdefault(text, []).append(index)
        by_word: dict[str, list] = {}
        unfiled = []
        for text, kinds in kinds_of.items():
            word = _whole_word(text)
            (by_word.setdefault(word, []) if word else unfiled).append((text, tuple(kinds)))
        return cls({word: tuple(entries) for word, entries in by_word.items()}, tuple(unfiled),
                   frozenset(index for index, texts in enumerate(triggers) if texts is None))

    def kinds_in(self, folded: str) -> set[int]:
        """Indices of the kinds one of whose triggers the text holds."""
        found = set(self.always)
        for word in self.by_word.keys() & set(folded.split()):
            for text, kinds in self.by_word[word]:
                if text in folded:
                    found.update(kinds)
        for text, kinds in self.unfiled:
            if text in folded:
                found.update(kinds)
        return found

    def kinds_in_each(self, folded_texts: list[str]) -> list[AbstractSet[int]]:
        """`kinds_in` of many texts (the lines of a page): each trigger is looked for once in all
        the texts joined, rather than once in each text; a filed trigger only when its word is
        among the texts' words."""
        found: dict[int, set[int]] = {}  # by the text's number; most texts hold no trigger
        joined = "\n".join(folded_texts)  # folded texts hold no newline, nor do triggers: no match spans two
        starts = list(itertools.accumulate((len(folded) + 1 for folded in folded_texts), initial=0))
        filed = (entry for word in self.by_word.keys() & set(joined.split()) for entry in self.by_word[word])
        for text, kinds in itertools.chain(filed, self.unfiled):
            at = joined.find(text)
            while at >= 0:
                number = bisect.bisect_right(starts, at) - 1
                found.setdefault(number, set(self.always)).update(kinds)
                at = joined.find(text, starts[number + 1])
        return [found.get(number, self.always) for number in range(len(folded_texts))]


def _whole_word(trigger: str) -> str | None:
    """The longest word of a trigger with a space on each side of it inside the trigger."""
    inner = [part for part in trigger.split(" ")[1:-1] if part and len(part.split()) == 1]
    return max(inner, key=len) if inner else None
