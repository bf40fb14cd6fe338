"""One line of a text dump, with what the story finder knows of it."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import ends_sentence, word_count

# A line of this many words that ends like a sentence is prose; a longer one is prose whatever
# its end (lists of facts, sentences cut by the flattening).
MIN_PROSE_WORDS = 8
MIN_UNPUNCTUATED_PROSE_WORDS = 20
# What a sentence ends with, for `str.endswith` (a regex search for `[...]$` scans the whole line).
SENTENCE_ENDS = tuple(".!?…:;\"”’»)]")


@dataclass(slots=True)  # hundreds a page: slots make their fields faster to read
class Line:
    index: int
    text: str
    words: int
    group: int
    kind: str | None = None  # set when the line is not article text
    caption: str | None = None
    credit: str | None = None
    key: str = ""  # the text case- and space-folded, to compare lines
    is_prose: bool = False

    def measure(self) -> None:
        """Fill the derived fields once the text is final."""
        words = self.text.split()
        # Han, kana and Thai count by their characters: split at spaces, a paragraph of them is one "word"
        self.words = len(words) if self.text.isascii() else word_count(self.text)
        self.key = " ".join(words).lower()  # `_fold`, splitting once
        self.is_prose = self.words >= MIN_UNPUNCTUATED_PROSE_WORDS or (
            self.words >= MIN_PROSE_WORDS and (self.text.endswith(SENTENCE_ENDS) or ends_sentence(self.text)))
