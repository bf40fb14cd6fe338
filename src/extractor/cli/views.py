"""Records for a person at a terminal: text, Markdown, and the explain view (rich).

The batch writes JSON Lines to a stream; `RenderedStream` stands in for that stream and turns each
record into the chosen view as it arrives, so the batch code needs to know nothing about views.
"""

from __future__ import annotations

import json
from typing import IO

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from .render import byline, to_markdown, to_text

SEPARATORS = {"text": "\n", "markdown": "\n---\n\n"}

# The explain view's styles: what was kept reads normally, what was dropped recedes.
MARGIN_WIDTH = 18
STYLE_REMOVED = "dim strike"
STYLE_MARGIN = "dim"
STYLE_QUOTE = "bold yellow"
STYLE_SPEAKER = "yellow"
STYLE_IMAGE = "cyan"
STYLE_TITLE = "bold"
STYLE_ERROR = "bold red"
PRUNED_HEADING = "dropped before extraction, position unknown:"


class RenderedStream:
    """A text stream that takes JSON Lines and writes each record as text, Markdown or the explain
    view. Colours come only when `stream` is a terminal, and never with NO_COLOR (rich's rules)."""

    def __init__(self, stream: IO[str], view: str, explain: bool = False):
        self.stream = stream
        self.view = view
        self.explain = explain and view == "text"
        self.records = 0
        self._pending = ""
        self.console = Console(file=stream, highlight=False, emoji=False) if self.explain else None

    def write(self, data: str) -> int:
        self._pending += data
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            if line.strip():
                self._write_record(json.loads(line))
        return len(data)

    def flush(self) -> None:
        self.stream.flush()

    def _write_record(self, record: dict) -> None:
        if self.records:
            self.stream.write(SEPARATORS[self.view])
        self.records += 1
        if self.console is not None:
            self.console.print(explain_view(record))
        else:
            self.stream.write(to_markdown(record) if self.view == "markdown" else to_text(record))


def explain_view(record: dict) -> Group:
    """The page as the tool saw it, in page order: kept paragraphs plain, removed blocks dimmed and
    struck through with their kind in the margin, quotes highlighted with their speaker, images
    with caption and credit where they stood; blocks dropped before extraction at the end."""
    heading = [Text(record.get("title") or "(no title)", style=STYLE_TITLE),
               Text(" · ".join(p for p in (record.get("source"), byline(record)) if p), style=STYLE_MARGIN)]
    if record.get("error"):
        return Group(*heading, Text(f"error: {record['error']['message']}", style=STYLE_ERROR))
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=MARGIN_WIDTH, justify="right", style=STYLE_MARGIN, no_wrap=True)
    grid.add_column(overflow="fold")
    paragraphs = record["body"].split("\n\n") if record.get("body") else []
    offset = 0
    for index, paragraph in enumerate(paragraphs):
        _add_removed_and_images(grid, record, index, index)
        quotes = [q for q in record.get("quotes") or [] if offset <= q["start"] < offset + len(paragraph)]
        grid.add_row("", _highlighted(paragraph, quotes, offset))
        for quote in quotes:
            grid.add_row("quote", _attribution(quote))
        grid.add_row("", "")
        offset += len(paragraph) + 2
    _add_removed_and_images(grid, record, len(paragraphs), None)
    pruned = [r for r in record.get("removed") or [] if r.get("paragraph") is None]
    if pruned:
        grid.add_row("", "")
        grid.add_row("", Text(PRUNED_HEADING, style=STYLE_MARGIN))
        for removal in pruned:
            _add_removal(grid, removal)
    return Group(*heading, Text(""), grid)


def _add_removed_and_images(grid: Table, record: dict, index: int, up_to: int | None) -> None:
    """Rows for what stood before paragraph `index`; with `up_to` None, everything from there on."""
    def here(position) -> bool:
        return position is not None and (position == index if up_to is not None else position >= index)

    for removal in record.get("removed") or []:
        if here(removal.get("paragraph")):
            _add_removal(grid, removal)
    for image in record.get("images") or []:
        position = image.get("paragraph")
        if here(position) or (up_to is None and position is None):
            grid.add_row("image", _image_line(image))


def _add_removal(grid: Table, removal: dict) -> None:
    grid.add_row(removal["kind"], Text(removal["text"] or "(empty)", style=STYLE_REMOVED))


def _highlighted(paragraph: str, quotes: list[dict], offset: int) -> Text:
    text = Text(paragraph)
    for quote in quotes:
        text.stylize(STYLE_QUOTE, quote["start"] - offset, quote["end"] - offset)
    return text


def _attribution(quote: dict) -> Text:
    speaker = quote.get("speaker") or "no speaker found"
    cue = f" ({quote['cue']})" if quote.get("cue") else ""
    return Text(f"— {speaker}{cue}, {quote['kind']}: “{_shorten(quote['text'])}”", style=STYLE_SPEAKER)


def _image_line(image: dict) -> Text:
    parts = [image.get("caption") or image.get("alt") or "(no caption)"]
    if image.get("credit"):
        parts.append(f"credit: {image['credit']}")
    parts.append(image.get("src") or "(no address in a text dump)")
    return Text(" · ".join(parts), style=STYLE_IMAGE)


def _shorten(text: str, words: int = 12) -> str:
    split = text.split()
    return text if len(split) <= words else " ".join(split[:words]) + " …"
