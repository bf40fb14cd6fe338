"""A pair of quotation marks found in a paragraph: what the quote finder and the speaker pass share."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Quote


@dataclass
class Span:
    """One pair of marks in one paragraph; `close` is the paragraph's length when the mark never closes."""

    paragraph: int
    offset: int  # where the paragraph starts in the body
    open: int
    close: int
    text_start: int
    text_end: int
    block: Quote | None = None  # the HTML block quote this span is, with its signature's speaker
    marked: bool = True  # False for a block quote that has no quotation marks of its own
