"""Regular expressions compiled once per machine instead of once per process.

The boilerplate table is a few hundred alternatives; Python compiles regular expressions in Python
code, so compiling it cost a one-page run (`extractor page.html` in a shell loop) about a fifth of
its CPU time. The compiled form (the `_sre` engine's code) is kept in a cache file per Python
version; a later process loads it in about a millisecond. The cache is keyed by the pattern text
itself, so a changed pattern is simply a miss and is compiled anew. Anything unexpected (no cache
folder, a file from another Python, a corrupt or tampered file: the engine validates the code it is
given) falls back to `re.compile`, so the cache can only make a run faster, never different.

`EXTRACTOR_CACHE_DIR` names the folder (default: `$XDG_CACHE_HOME/extractor`, or `~/.cache/extractor`);
an empty value turns the cache off.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:  # the compiler's own parts (Python 3.11 and later); without them, plain re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons and other implementations
    _sre = None

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
# One file per interpreter build: the engine's code format changes between versions.
CACHE_NAME = f"patterns-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.marshal"


def compile_patterns(patterns: list[str]) -> list[re.Pattern]:
    """Each pattern compiled (no flags), from the machine's cache where it holds it."""
    path = cache_path()
    if _sre is None or path is None:
        return [re.compile(pattern) for pattern in patterns]
    cached = _read_cache(path)
    compiled, missing = [], False
    for pattern in patterns:
        regex = _from_parts(pattern, cached.get(pattern))
        if regex is None:
            regex = re.compile(pattern)
            cached[pattern] = _parts(pattern)
            missing = True
        compiled.append(regex)
    if missing:
        _write_cache(path, {pattern: cached[pattern] for pattern in patterns} | cached)
    return compiled


def cache_path() -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "extractor")
    return Path(folder) / CACHE_NAME if folder else None


def _parts(pattern: str) -> tuple:
    """What `re._compiler.compile` hands the engine, in a form marshal can store."""
    parsed = _parser.parse(pattern, 0)
    code = _compiler._code(parsed, 0)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(parsed.state.flags), [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _from_parts(pattern: str, parts) -> re.Pattern | None:
    if parts is None:
        return None
    try:
        flags, code, groups, groupindex, indexgroup = parts
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except (TypeError, ValueError, RuntimeError):  # not this engine's code: compile it afresh
        return None


def _read_cache(path: Path) -> dict:
    try:
        cached = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return cached if isinstance(cached, dict) else {}


# Patterns no longer asked for stay in the file until it holds this many; then it starts afresh.
MAX_CACHED_PATTERNS = 2000


def _write_cache(path: Path, cached: dict) -> None:
    if len(cached) > MAX_CACHED_PATTERNS:
        cached = dict(list(cached.items())[:MAX_CACHED_PATTERNS])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        with os.fdopen(handle, "wb") as file:
            file.write(marshal.dumps(cached))
        os.replace(temporary, path)  # whole or not at all: concurrent workers each write a complete file
    except OSError:
        return  # a read-only home or a full disk: the next run compiles again, nothing else changes
