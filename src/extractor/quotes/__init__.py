"""Quotes: quotations in the final body, their speakers, cues and offsets."""

from .finder import extract_quotes

__all__ = ["extract_quotes"]
