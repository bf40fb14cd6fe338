"""Images: each article picture once, caption and credit apart, captions out of the body."""

from .pictures import extract_images
from .structured import read_picture_hints

__all__ = ["extract_images", "read_picture_hints"]
