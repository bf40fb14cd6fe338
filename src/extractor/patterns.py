"""Regular expressions compiled once per machine instead of once per process.

Python compiles regular expressions in Python code, and a one-page run (`extractor page.html` in a
shell loop) compiles about four hundred of them before it reads the page: the boilerplate table,
our other tables, and those of trafilatura and its dependencies. That was about a fifth of the
run's CPU time. The compiled form (the `_sre` engine's code) is kept in a cache file per Python
version; a later process loads it in a few milliseconds. Entries are keyed by the pattern text and
flags themselves, so a changed pattern is simply a miss and is compiled anew. Anything unexpected
(no cache folder, a file from another Python, a corrupt file: the engine validates the code it is
given) falls back to `re.compile`, so the cache can only make a run faster, never different.

Two ways in:
- `compile_patterns` compiles a list of patterns through the cache (the boilerplate table, also when
  the library is used from Python);
- `warm_regex_cache`, called by the command line before it loads the pipeline, puts every pattern
  the cache holds into the `re` module's own cache, where any `re.compile` in the process finds it,
  and at exit adds the patterns this run compiled afresh. Only the command line does this: a program
  that imports the library keeps its `re` cache to itself.

`EXTRACTOR_CACHE_DIR` names the folder (default: `$XDG_CACHE_HOME/extractor`, or `~/.cache/extractor`);
an empty value turns the cache off.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
from pathlib import Path

try:  # the compiler's own parts (Python 3.11 and later); without them, plain re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - older Pythons and other implementations
    _sre = None

# The engine's code is stored as an array of its words ("I": 32 bits, `_sre.CODESIZE` on every
# current CPython); an engine with other words gets no cache.
CODE_TYPE = "I"
if _sre is not None and array.array(CODE_TYPE).itemsize != getattr(_sre, "CODESIZE", 0):  # pragma: no cover
    _sre = None

CACHE_ENV = "EXTRACTOR_CACHE_DIR"
# One file per interpreter build: the engine's code format changes between versions.
CACHE_NAME = f"patterns-v2-{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.marshal"

# Patterns no longer asked for stay in the file until it holds this many; then the ones no run
# has used for longest go. A one-page run of HTML uses about 470, of a text dump fewer.
MAX_CACHED_PATTERNS = 1000


def compile_patterns(patterns: list[str]) -> list[re.Pattern]:
    """Each pattern compiled (no flags), from the machine's cache where it holds it."""
    path = cache_path()
    if _sre is None or path is None:
        return [re.compile(pattern) for pattern in patterns]
    cached = _loaded_cache(path)
    compiled, fresh = [], {}
    for pattern in patterns:
        regex = _from_parts(pattern, cached.get((pattern, 0)))
        if regex is None:
            regex = re.compile(pattern)
            fresh[pattern, 0] = _parts(pattern, 0)
        compiled.append(regex)
    if fresh:
        cached.update(fresh)
        _write_cache(path, fresh | cached)
    return compiled


def warm_regex_cache() -> int:
    """Fill the `re` module's cache from the machine's cache file; the number of patterns put in.

    At exit, the patterns this process had to compile are added to the file (`_remember_compiled`).
    """
    path = cache_path()
    known = getattr(re, "_cache", None)
    if _sre is None or path is None or not isinstance(known, dict):
        return 0
    cached = _loaded_cache(path)
    present = set(known)  # compiled while the command line itself loaded
    # All of them, even past the `re` module's own limit (512): it drops one old entry per new
    # pattern it compiles, so a fuller cache costs memory (a few MB), never a wrong match.
    for (pattern, flags), parts in cached.items():
        regex = _from_parts(pattern, parts, flags)
        if regex is not None:
            known[type(pattern), pattern, flags] = regex
    atexit.register(_remember_compiled, path, cached, present | set(known))
    return len(known) - len(present)


def cache_path() -> Path | None:
    folder = os.environ.get(CACHE_ENV)
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "extractor")
    return Path(folder) / CACHE_NAME if folder else None


# A run that compiled fewer patterns than this itself leaves the file alone: a dependency that
# builds a pattern from a set (its text differs from process to process) would otherwise have
# every run rewrite the file for one pattern no later run asks for.
MIN_NEW_PATTERNS = 3


def _remember_compiled(path: Path, cached: dict, warmed: set) -> None:
    """Where this run compiled patterns itself, write the file again with what the `re` cache now
    holds in front, so that the patterns the file drops when full are the least recently used."""
    entries = [key[1:] for key in list(getattr(re, "_cache", {})) if _storable(key)]
    compiled_here = [(pattern, flags) for pattern, flags in entries if (type(pattern), pattern, flags) not in warmed]
    if len(compiled_here) < MIN_NEW_PATTERNS:
        return
    used = {}
    for pattern, flags in entries:
        try:
            used[pattern, flags] = cached.get((pattern, flags)) or _parts(pattern, flags)
        except (re.error, TypeError, ValueError, OverflowError):
            continue
    _write_cache(path, used | cached)


def _storable(key) -> bool:
    """A `re` cache key (type, pattern, flags) of a plain text or bytes pattern, without DEBUG."""
    if not (isinstance(key, tuple) and len(key) == 3):
        return False
    kind, pattern, flags = key
    return kind in (str, bytes) and type(pattern) is kind and isinstance(flags, int) and not flags & re.DEBUG


def _parts(pattern: str | bytes, flags: int) -> tuple:
    """What `re._compiler.compile` hands the engine, in a form marshal can store."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The code as one string of bytes: unmarshalled as one object, not as thousands of ints.
    return (int(flags | parsed.state.flags), array.array(CODE_TYPE, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _from_parts(pattern, parts, flags: int = 0) -> re.Pattern | None:
    if parts is None or not isinstance(pattern, (str, bytes)):
        return None
    try:
        compiled_flags, code, groups, groupindex, indexgroup = parts
        if compiled_flags & flags != flags:  # compiled with other flags than asked for: not this entry
            return None
        return _sre.compile(pattern, compiled_flags, array.array(CODE_TYPE, code).tolist(), groups, groupindex,
                            indexgroup)
    except (TypeError, ValueError, RuntimeError, OverflowError):  # not this engine's code: compile afresh
        return None


_LOADED: dict[Path, dict] = {}


def _loaded_cache(path: Path) -> dict:
    """The cache file's entries, read once per process (the table and the warm-up share them)."""
    if path not in _LOADED:
        _LOADED[path] = _read_cache(path)
    return _LOADED[path]


def _read_cache(path: Path) -> dict:
    try:
        cached = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(cached, dict):
        return {}
    return {key: parts for key, parts in cached.items() if isinstance(key, tuple) and len(key) == 2}


def _write_cache(path: Path, cached: dict) -> None:
    import tempfile  # only on a miss: a warm run never writes

    if len(cached) > MAX_CACHED_PATTERNS:
        cached = dict(list(cached.items())[:MAX_CACHED_PATTERNS])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".patterns-")
        with os.fdopen(handle, "wb") as file:
            file.write(marshal.dumps(cached))
        os.replace(temporary, path)  # whole or not at all: concurrent runs each write a complete file
    except OSError:
        return  # a read-only home or a full disk: the next run compiles again, nothing else changes
