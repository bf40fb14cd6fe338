"""Metadata: title, authors, date, site, language and description from JSON-LD, meta tags, bylines and headlines."""

from .fields import extract_metadata

__all__ = ["extract_metadata"]
