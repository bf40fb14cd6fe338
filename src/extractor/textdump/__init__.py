"""The text-dump path: a whole page flattened to text, its lines classified, the story, title and byline found."""

from .story import extract_text_dump

__all__ = ["extract_text_dump"]
