"""Where records go: a stream (stdout), a JSON Lines file, or one JSON file per page in a directory.
Each sink knows which pages it already holds, for `--resume`."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import IO

from ..emit import to_json
from ..errors import ExtractorError

# Records are flushed to a JSON Lines file at least this often, so a killed batch loses little.
FLUSH_EVERY = 1


class StreamSink:
    """JSON Lines on an open text stream; one page alone may be indented for a person to read."""

    def __init__(self, stream: IO[str], indent: bool = False):
        self.stream = stream
        self.indent = indent

    def is_done(self, source: str) -> bool:
        return False

    def write(self, source: str, line: str) -> None:
        if self.indent:
            line = to_json(json.loads(line), indent=True)
        self.stream.write(line + "\n")

    def skip(self, source: str, line: str) -> None:
        """A page left out by --page-type: nothing on a stream, which no later run resumes."""

    def close(self) -> None:
        self.stream.flush()


class JsonLinesSink:
    """A JSON Lines file. With `resume`, the records already in it are kept (a last line cut short
    by a kill is dropped) and new ones are appended; without, the file is started afresh."""

    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        self.done: set[str] = set()
        if resume and self.path.exists():
            self.done = repair_json_lines(self.path)
        self.handle = open(self.path, "a" if resume else "w", encoding="utf-8")
        self._unflushed = 0

    def is_done(self, source: str) -> bool:
        return source in self.done

    def write(self, source: str, line: str) -> None:
        self.handle.write(line + "\n")
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self.handle.flush()
            self._unflushed = 0

    def skip(self, source: str, line: str) -> None:
        """A page left out by --page-type: its small marker line, so that --resume counts it done."""
        self.write(source, line)

    def close(self) -> None:
        self.handle.close()


class ResumeFileError(ExtractorError):
    """A JSON Lines file to resume holds a line that is not a record, before its last line: not
    what a killed run leaves, so nothing is cut; the person decides."""

    def __init__(self, path: Path, line_number: int, reason: str):
        super().__init__(f"{path}, line {line_number}: not a record ({reason}); nothing was changed. "
                         "--resume stops here rather than drop the records after it: mend or remove that line")
        self.line_number = line_number


def repair_json_lines(path: Path) -> set[str]:
    """Sources of the records in a JSON Lines file about to be resumed. A last line cut short by a
    kill (no newline at its end, not a whole record) is removed; nothing else is. A line before it
    that is not a record raises `ResumeFileError`, naming the line, and leaves the file as it is."""
    sources: set[str] = set()
    good_end = 0
    unfinished = False
    with open(path, "rb") as handle:
        for line_number, raw in enumerate(handle, start=1):
            complete = raw.endswith(b"\n")
            source, reason = _record_source(raw)
            if source is None and reason is None:  # a blank line: no record, nothing lost
                good_end += len(raw)
                continue
            if not complete:
                if source is not None:  # a whole record whose newline was not written: keep it
                    sources.add(source)
                    good_end += len(raw)
                    unfinished = True
                break
            if source is None:
                raise ResumeFileError(path, line_number, reason)
            sources.add(source)
            good_end += len(raw)
    if good_end < path.stat().st_size:
        os.truncate(path, good_end)
    if unfinished:
        _finish_line(path)
    return sources


def _record_source(raw: bytes) -> tuple[str | None, str | None]:
    """(the record's source, None); (None, why not) for a line that is not a record; (None, None)
    for a blank line."""
    if not raw.strip():
        return None, None
    try:
        record = json.loads(raw)
    except ValueError as error:
        return None, f"not JSON: {error}"
    if not isinstance(record, dict) or not isinstance(record.get("source"), str):
        return None, "no \"source\""
    return record["source"], None


def _finish_line(path: Path) -> None:
    with open(path, "ab") as handle:
        handle.write(b"\n")


class DirectorySink:
    """One `<source>.json` per page under `root` (see `output_name`), each written to a temporary file and
    renamed into place, so a file that exists is always a whole record."""

    def __init__(self, root: Path, resume: bool = False):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._resolved_root = self.root.resolve()
        self.resume = resume

    def is_done(self, source: str) -> bool:
        return self.resume and self.path_for(source).exists()

    def path_for(self, source: str) -> Path:
        target = self.root / output_name(source)
        if not target.resolve().is_relative_to(self._resolved_root):
            # a symlink inside the output directory points out of it
            target = self.root / output_name(source).replace("/", "_")
        return target

    def write(self, source: str, line: str) -> None:
        target = self.path_for(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(line + "\n")
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise

    def skip(self, source: str, line: str) -> None:
        """A page left out by --page-type: its marker record in place of the page's."""
        self.write(source, line)

    def close(self) -> None:
        pass


def output_name(source: str) -> str:
    """The relative file name for a page's record: its source, as a path below the output directory,
    with `.json` added. Nothing can climb out: an absolute path loses its leading `/`, and a name
    that starts with a dot (`..` included) has that dot written `%2E` (`%` itself is written `%25`,
    so two different sources never share a name). `-` (standard input) is `stdin.json`."""
    if source == "-":
        return "stdin.json"
    parts = [_escaped(part) for part in source.split("/") if part not in ("", ".")]
    return "/".join(parts or ["page"]) + ".json"


def _escaped(part: str) -> str:
    part = part.replace("%", "%25")
    return "%2E" + part[1:] if part.startswith(".") else part


def output_clash(inputs: list[str] | tuple[str, ...]) -> str | None:
    """Two inputs, one absolute and one relative, whose records could land on the same file (`/data/x`
    and `data/x` both write under `data/x/`): what to say, or None when every name is apart."""
    prefixes = [(given, output_name(given)[: -len(".json")]) for given in inputs if given != "-"]
    for given, prefix in prefixes:
        for other, other_prefix in prefixes:
            if given.startswith("/") == other.startswith("/"):
                continue  # the same kind of path: different paths give different names
            if prefix == other_prefix or other_prefix.startswith(prefix + "/"):
                return (f"{given} and {other} would write their records to the same place in the "
                        "output directory; give both inputs as absolute paths, or both as relative ones")
    return None
