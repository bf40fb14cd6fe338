"""Images: each article picture once, caption and credit apart, captions out of the body."""

from .pictures import extract_images

__all__ = ["extract_images"]
