"""Where records go: a stream (stdout), a JSON Lines file, or one JSON file per page in a directory.
Each sink knows which pages it already holds, for `--resume`."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath
from typing import IO

from ..emit import to_json

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


def repair_json_lines(path: Path) -> set[str]:
    """Sources of the whole records in a JSON Lines file; the file is cut back to just after the
    last whole record, so an interrupted write leaves no broken line behind."""
    sources: set[str] = set()
    good_end = 0
    with open(path, "rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                sources.add(json.loads(raw)["source"])
            except (ValueError, KeyError, TypeError):
                break
            good_end += len(raw)
    if good_end < path.stat().st_size:
        os.truncate(path, good_end)
    return sources


class DirectorySink:
    """One `<relative path>.json` per page under `root`, each written to a temporary file and
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
    """The relative file name for a page's record: the source with `.json` added, with anything
    that could climb out of the output directory (absolute paths, `..`) taken out."""
    if source == "-":
        return "stdin.json"
    parts = [part for part in PurePosixPath(source.replace("\\", "/")).parts
             if part not in ("/", "", ".", "..")]
    if not parts:
        parts = ["page"]
    parts[-1] = parts[-1].lstrip(".") or "page"
    return "/".join(parts) + ".json"
