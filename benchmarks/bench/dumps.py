"""Whole-page text dumps, flattened once by the shared flatten.py and cached.

The cache lives in the temporary folder under a key made of flatten.py's own content hash, so a change
to the flattener starts a fresh cache instead of serving dumps it would no longer write.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

CACHE_ROOT = Path(tempfile.gettempdir()) / "extractor-bench-dumps"


def cache_folder(flatten_path: Path) -> Path:
    digest = hashlib.sha256(flatten_path.read_bytes()).hexdigest()[:16]
    return CACHE_ROOT / f"flatten-{digest}"


def cached_dump(folder: Path, flatten, set_name: str, style: str, html_path: Path) -> bytes:
    """The page's dump in this style, flattening it first when the cache does not hold it yet."""
    page_id = html_path.name.split(".")[0]  # html/<id>.html.gz
    path = folder / set_name / style / f"{page_id}.txt"
    if not path.exists():
        # Written aside and renamed: runs sharing the cache (two checkouts, CI beside a benchmark, the
        # worker processes of one run) must never read a dump another is still writing.
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(flatten.flatten_bytes(html_path.read_bytes(), style), encoding="utf-8")
        os.replace(partial, path)
    return path.read_bytes()
