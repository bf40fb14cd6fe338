"""Records as text people read: plain text and Markdown. JSON stays the contract; these are views."""

from __future__ import annotations


def byline(record: dict) -> str:
    """'By Jane Roe and John Doe · 2024-03-05 · Example Times', from whatever the record has."""
    parts = []
    authors = record.get("authors") or []
    if authors:
        names = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + " and " + authors[-1]
        parts.append(f"By {names}")
    if record.get("published"):
        parts.append(record["published"][:10])
    if record.get("site_name"):
        parts.append(record["site_name"])
    return " · ".join(parts)

FORMATS = ("json", "jsonl", "text", "markdown")
# Formats that are views for people, written to standard output only.
VIEW_FORMATS = ("text", "markdown")


def to_text(record: dict) -> str:
    """Title, byline and date, then the body; an error record says what went wrong."""
    if record.get("error"):
        return f"{record.get('source')}: error: {record['error']['message']}\n"
    lines = [record.get("title") or "(no title)"]
    if byline(record):
        lines.append(byline(record))
    lines.append("")
    lines.append(record.get("body") or "(no article text found)")
    return "\n".join(lines).rstrip() + "\n"


def to_markdown(record: dict) -> str:
    """The article as Markdown: headline, byline, body, quotes with speakers, images with credit."""
    if record.get("error"):
        return f"> **{record.get('source')}**: {record['error']['message']}\n"
    out = [f"# {record.get('title') or '(no title)'}", ""]
    if byline(record):
        out += [f"*{byline(record)}*", ""]
    if record.get("url"):
        out += [f"<{record['url']}>", ""]
    out += _paragraphs((record.get("body") or "").split("\n\n"))
    quotes = record.get("quotes") or []
    if quotes:
        out += ["", "## Quotes", ""]
        for quote in quotes:
            speaker = quote.get("speaker") or "unattributed"
            cue = f" ({quote['cue']})" if quote.get("cue") else ""
            out += [f"> {quote['text']}", ">", f"> — {speaker}{cue}", ""]
    images = record.get("images") or []
    if images:
        out += ["", "## Images", ""]
        for image in images:
            caption = image.get("caption") or image.get("alt") or ""
            credit = f" *{image['credit']}*" if image.get("credit") else ""
            shown = f"![{caption}]({image['src']})" if image.get("src") else f"*{caption}*"
            out += [f"{shown}{credit}", ""]
    return "\n".join(out).rstrip() + "\n"


def _paragraphs(paragraphs: list[str]) -> list[str]:
    out = []
    for paragraph in paragraphs:
        if paragraph:
            out += [_escape_paragraph(paragraph), ""]
    return out


def _escape_paragraph(paragraph: str) -> str:
    # A body line that starts with "#" or ">" would turn into a heading or a quote.
    return "\n".join(("\\" + line) if line[:1] in "#>" else line for line in paragraph.split("\n"))
