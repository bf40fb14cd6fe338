"""Sources of pages: files, directories, standard input, gzip. Each yields (source, bytes) or an error."""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import CompressedInputError, ExtractorError, InputReadError, InputTooLargeError

PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".txt", ".gz"}
READ_CHUNK = 1024 * 1024


@dataclass
class Page:
    """One page as read: its bytes, or the error that kept it from being read."""

    source: str
    data: bytes | None = None
    url: str | None = None
    error: ExtractorError | None = None


def iter_pages(inputs: list[str], max_bytes: int) -> Iterator[Page]:
    """Pages from each input in order: `-` is stdin, a directory is walked in sorted order."""
    for given in inputs:
        if given == "-":
            yield _read_stdin(max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for file, source in walk_directory(path):
                yield read_file(file, source, max_bytes)
        else:
            yield read_file(path, given, max_bytes)


def walk_directory(root: Path) -> Iterator[tuple[Path, str]]:
    """Page files below `root`, sorted, with their path relative to it; symlink loops are skipped."""
    seen: set[tuple[int, int]] = set()
    for directory, subdirs, files in os.walk(root, followlinks=True):
        stat = os.stat(directory)
        if (stat.st_dev, stat.st_ino) in seen:
            subdirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        subdirs.sort()
        for name in sorted(files):
            file = Path(directory) / name
            if is_page_file(file):
                yield file, file.relative_to(root).as_posix()


def is_page_file(path: Path) -> bool:
    return path.suffix.lower() in PAGE_SUFFIXES and not path.name.startswith(".")


def read_file(path: Path, source: str, max_bytes: int) -> Page:
    try:
        with open(path, "rb") as handle:
            data = _read_limited(handle, max_bytes, source)
    except ExtractorError as error:
        return Page(source, error=error)
    except OSError as error:
        return Page(source, error=InputReadError(f"cannot read {source}: {error.strerror or error}"))
    return _decompressed(source, data, max_bytes)


def _read_stdin(max_bytes: int) -> Page:
    try:
        data = _read_limited(sys.stdin.buffer, max_bytes, "standard input")
    except ExtractorError as error:
        return Page("-", error=error)
    return _decompressed("-", data, max_bytes)


def _read_limited(handle, max_bytes: int, what: str) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputTooLargeError(len(data), max_bytes, what)
    return data


def _decompressed(source: str, data: bytes, max_bytes: int) -> Page:
    if not data.startswith(b"\x1f\x8b"):
        return Page(source, data)
    try:
        return Page(source, gunzip(data, max_bytes))
    except ExtractorError as error:
        return Page(source, error=error)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing to inflate past `max_bytes` (a gzip bomb stops early)."""
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(data, max_bytes + 1)
    except zlib.error as error:
        raise CompressedInputError(f"corrupt gzip data ({error})") from None
    if len(out) > max_bytes:
        raise InputTooLargeError(len(out), max_bytes, "decompressed input")
    if not inflater.eof:
        raise CompressedInputError("truncated gzip data (the file ends before the compressed stream does)")
    return out

