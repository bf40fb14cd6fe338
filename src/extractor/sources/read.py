"""Sources of pages: files, directories, stdin, gzip, WARC. Each yields (source, bytes) or an error."""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import CompressedInputError, ExtractorError, InputReadError, InputTooLargeError

PAGE_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".txt", ".gz", ".warc"}
WARC_SUFFIXES = (".warc", ".warc.gz")
GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Page:
    """One page as read: its bytes, or the error that kept it from being read."""

    source: str
    data: bytes | None = None
    url: str | None = None
    error: ExtractorError | None = None


def iter_pages(inputs: list[str], max_bytes: int,
               skip: Callable[[str], bool] | None = None) -> Iterator[Page]:
    """Pages from each input in order: `-` is stdin, a directory is walked in sorted order, a WARC
    file gives one page per HTML response. `skip(source)` drops a page before it is read (resume).

    A page's `source` is the path a person would write to reach it: the input as given joined with
    the path inside it (`scrape/2024/a.html`, `crawl.warc.gz#1234`, `-`), so pages of two inputs
    never share one. A file named twice (`d1 d1/x.html`, a symlink, `-` twice) is read once."""
    seen = SeenFiles()
    for given in inputs:
        if given == "-":
            if seen.first("-"):
                yield _read_stdin(max_bytes)
            continue
        path = Path(given)
        if path.is_dir():
            for file, inside, problem in walk_directory(path):
                source = inside_input(given, inside)
                if problem:
                    yield Page(source, error=InputReadError(f"{source}: {problem}"))
                elif seen.first(file):
                    yield from _read_one(file, source, max_bytes, skip)
        elif seen.first(path):
            yield from _read_one(path, given, max_bytes, skip)


def inside_input(given: str, inside: str) -> str:
    """`given` (a directory as the user wrote it) joined with a path relative to it."""
    return os.path.join(given, inside)


class SeenFiles:
    """Which files a run has read already, by device and inode: two names for one file count once."""

    def __init__(self):
        self._seen: set = set()

    def first(self, path: Path | str) -> bool:
        """True the first time a file is met; a file that cannot be stat'ed always counts (its
        read reports what is wrong with it)."""
        if path == "-":
            key = "-"
        else:
            try:
                stat = os.stat(path)
            except OSError:
                return True
            key = (stat.st_dev, stat.st_ino)
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


def _read_one(path: Path, source: str, max_bytes: int, skip) -> Iterator[Page]:
    if is_warc_file(path):
        yield from iter_warc(path, source, max_bytes, skip)
    elif skip is None or not skip(source):
        yield read_file(path, source, max_bytes)


SYMLINK_LOOP = "already read through another link (a symlink loop); skipped"


def walk_directory(root: Path) -> Iterator[tuple[Path, str, str | None]]:
    """Page files below `root`, sorted: (path, path relative to `root`, None). A symlink loop or
    an unreadable directory comes out as (directory, "relative/", what is wrong with it)."""
    seen: set[tuple[int, int]] = set()
    unreadable: list[OSError] = []
    for directory, subdirs, files in os.walk(root, followlinks=True, onerror=unreadable.append):
        yield from _unreadable_entries(unreadable, root)
        stat = os.stat(directory)
        if (stat.st_dev, stat.st_ino) in seen:
            subdirs[:] = []
            yield Path(directory), _relative(Path(directory), root) + "/", SYMLINK_LOOP
            continue
        seen.add((stat.st_dev, stat.st_ino))
        subdirs.sort()
        for name in sorted(files):
            file = Path(directory) / name
            if is_page_file(file):
                yield file, _relative(file, root), None
    yield from _unreadable_entries(unreadable, root)


def _unreadable_entries(errors: list[OSError], root: Path) -> Iterator[tuple[Path, str, str]]:
    while errors:
        error = errors.pop(0)
        path = Path(error.filename)
        yield path, _relative(path, root) + "/", f"cannot read this directory ({error.strerror}); skipped"


def _relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def is_page_file(path: Path) -> bool:
    return path.suffix.lower() in PAGE_SUFFIXES and not path.name.startswith(".")


def is_warc_file(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def count_page_files(inputs: list[str]) -> int | None:
    """How many pages the inputs hold, for a progress bar; None when a WARC makes it unknowable."""
    total = 0
    seen = SeenFiles()
    for given in inputs:
        path = Path(given)
        found = walk_directory(path) if path.is_dir() else [(path, given, None)]
        for file, _, problem in found:
            if problem or not seen.first(file if given != "-" else "-"):
                continue
            if is_warc_file(file):
                return None
            total += 1
    return total


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
    if not data.startswith(GZIP_MAGIC):
        return Page(source, data)
    try:
        return Page(source, gunzip(data, max_bytes))
    except ExtractorError as error:
        return Page(source, error=error)


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress gzip data, refusing to inflate past `max_bytes` (a gzip bomb stops early).

    Every member is read: `cat a.gz b.gz` and `gzip --rsyncable`-style appends are one valid gzip
    file, and `gunzip` gives all of it. Bytes after the last member that do not start another one
    (zero padding, junk from a transfer) are ignored, as `gunzip` does."""
    parts: list[bytes] = []
    size = 0
    while True:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            out = inflater.decompress(data, max_bytes + 1 - size)
        except zlib.error as error:
            raise CompressedInputError(f"corrupt gzip data ({error})") from None
        size += len(out)
        if size > max_bytes:
            raise InputTooLargeError(size, max_bytes, "decompressed input")
        if not inflater.eof:
            raise CompressedInputError("truncated gzip data (the file ends before the compressed stream does)")
        parts.append(out)
        data = inflater.unused_data
        if not data.startswith(GZIP_MAGIC):
            return b"".join(parts)


def iter_warc(path: Path, given: str, max_bytes: int, skip=None) -> Iterator[Page]:
    """One page per HTML response record (2xx) of a WARC file; `source` is `given#<record offset>`.

    FastWARC reads the archive; a corrupt stream ends the file with one error page at the offset
    where reading stopped, instead of silently dropping the rest."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    offset = 0
    try:
        with open(path, "rb") as handle:
            records = ArchiveIterator(handle, record_types=WarcRecordType.response, parse_http=True)
            for record in records:
                offset = record.stream_pos
                source = f"{given}#{offset}"
                if _is_html_page(record) and (skip is None or not skip(source)):
                    yield _warc_page(record, source, max_bytes)
    except (OSError, ValueError) as error:
        reason = getattr(error, "strerror", None) or (str(error).splitlines() or ["unreadable"])[0]
        message = f"cannot read WARC {given} after offset {offset}: {reason}"
        yield Page(f"{given}#{offset}", error=InputReadError(message))


def _is_html_page(record) -> bool:
    status = record.http_headers.status_code if record.http_headers is not None else None
    content_type = (record.http_content_type or "text/html").lower()
    return status is not None and 200 <= status < 300 and "html" in content_type


def _warc_page(record, source: str, max_bytes: int) -> Page:
    url = record.headers.get("WARC-Target-URI")
    data = record.reader.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Page(source, url=url, error=InputTooLargeError(len(data), max_bytes, "WARC record"))
    page = _decompressed(source, data, max_bytes)
    page.url = url
    return page
