"""trafilatura's reading of the whole page, comments included, before any pruning of ours: on a forum
thread the replies are the content, on a listing the teasers that our boilerplate stages drop."""

from __future__ import annotations

from trafilatura.core import bare_extraction

from .page import _trafilatura_quiet, body_text


@_trafilatura_quiet()
def whole_page_body(tree, url: str | None) -> str:
    """The page's main text followed by its comment section (posts, replies), as paragraphs. `fast`:
    without the comparison with readability and jusText, which would double the cost."""
    document = bare_extraction(tree, url=url, output_format="txt", include_comments=True, include_tables=True,
                               include_images=False, with_metadata=False, fast=True)
    if document is None:
        return ""
    parts = [body_text(part) for part in (document.body, document.commentsbody) if part is not None]
    return "\n\n".join(part for part in parts if part)
