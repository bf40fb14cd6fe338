"""Sources: pages read from files, directories, stdin, gzip and WARC, decoded to text, told HTML from text dumps."""

from .decode import decode_input
from .detect import detect_format

__all__ = ["decode_input", "detect_format"]
