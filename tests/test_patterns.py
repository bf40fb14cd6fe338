"""The per-machine cache of compiled patterns: faster, never different."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from extractor import patterns

PATTERNS = [r"^(?:read more|continue reading)[\s.!:?…]*$", r"(?P<who>\w+) said", r"сказал|dit|sagte"]
SAMPLES = ["read more", "Read more", "continue reading…", "the minister said so", "он сказал", "er sagte", ""]


def behaviour(regexes):
    return [[(bool(r.search(s)), r.search(s) and r.search(s).groupdict()) for s in SAMPLES] for r in regexes]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(patterns, "_LOADED", {})  # each test starts as a new process would
    return tmp_path


def test_a_second_process_loads_what_the_first_compiled(cache_dir):
    first = patterns.compile_patterns(PATTERNS)
    cache_file = cache_dir / patterns.CACHE_NAME
    assert cache_file.exists()
    written = cache_file.stat().st_mtime_ns
    second = patterns.compile_patterns(PATTERNS)
    assert cache_file.stat().st_mtime_ns == written  # all hits: nothing rewritten
    assert behaviour(second) == behaviour(first) == behaviour([re.compile(p) for p in PATTERNS])
    assert [(r.pattern, r.flags, r.groups, r.groupindex) for r in second] == \
        [(r.pattern, r.flags, r.groups, r.groupindex) for r in map(re.compile, PATTERNS)]


def test_a_changed_pattern_is_a_miss_and_joins_the_cache(cache_dir):
    patterns.compile_patterns(PATTERNS[:1])
    changed = patterns.compile_patterns([PATTERNS[0].replace("read more", "read on")])
    assert changed[0].match("read on") and not changed[0].match("read more")
    assert (PATTERNS[0], 0) in patterns._read_cache(cache_dir / patterns.CACHE_NAME)


def test_a_corrupt_cache_file_falls_back_to_compiling(cache_dir):
    (cache_dir / patterns.CACHE_NAME).write_bytes(b"\x00not marshal at all")
    assert behaviour(patterns.compile_patterns(PATTERNS)) == behaviour([re.compile(p) for p in PATTERNS])
    assert set(patterns._read_cache(cache_dir / patterns.CACHE_NAME)) == {(p, 0) for p in PATTERNS}


def test_an_entry_the_engine_refuses_is_compiled_afresh(cache_dir):
    patterns.compile_patterns(PATTERNS)
    path = cache_dir / patterns.CACHE_NAME
    cached = patterns._read_cache(path)
    flags, code, groups, groupindex, indexgroup = cached[PATTERNS[1], 0]
    cached[PATTERNS[1], 0] = (flags, code[:12], groups, groupindex, indexgroup)  # cut short: invalid code
    path.write_bytes(patterns.marshal.dumps(cached))
    patterns._LOADED.clear()  # as a new process would read it
    assert behaviour(patterns.compile_patterns(PATTERNS)) == behaviour([re.compile(p) for p in PATTERNS])


def test_an_empty_cache_setting_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv(patterns.CACHE_ENV, "")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert behaviour(patterns.compile_patterns(PATTERNS)) == behaviour([re.compile(p) for p in PATTERNS])
    assert not list(tmp_path.rglob("*.marshal"))


def test_an_unwritable_cache_folder_changes_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv(patterns.CACHE_ENV, str(blocker / "extractor"))
    assert behaviour(patterns.compile_patterns(PATTERNS)) == behaviour([re.compile(p) for p in PATTERNS])


# A run in a process of its own: warm the `re` cache as the command line does, compile the given
# patterns (with flags), and say which of them the compiler had to compile afresh.
RUN = """
import re, sys
from re import _compiler
from extractor.patterns import warm_regex_cache
compiled = []
original = _compiler.compile
_compiler.compile = lambda pattern, flags=0: compiled.append(pattern) or original(pattern, flags)
warm_regex_cache()
regexes = [re.compile(p, re.IGNORECASE) for p in sys.argv[1:]]
print(sorted(set(compiled) & set(sys.argv[1:])))
print([[bool(r.search(s)) for s in SAMPLES] for r in regexes])
"""
WARM_SAMPLES = ["READ MORE", "He SAID", "Он СКАЗАЛ", "x"]


def expected(*given) -> str:
    return str([[bool(re.compile(p, re.IGNORECASE).search(s)) for s in WARM_SAMPLES] for p in given])


def run_warmed(cache_dir, *given) -> list[str]:
    env = dict(os.environ, **{patterns.CACHE_ENV: str(cache_dir)})
    program = RUN.replace("SAMPLES", repr(WARM_SAMPLES))
    done = subprocess.run([sys.executable, "-c", program, *given], env=env, capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_a_warmed_process_finds_what_an_earlier_run_compiled_with_its_flags(cache_dir):
    first = run_warmed(cache_dir, *PATTERNS)
    second = run_warmed(cache_dir, *PATTERNS)
    assert first[0] == str(sorted(PATTERNS))  # nothing known yet: all compiled
    assert second[0] == "[]"  # all from the cache file: none compiled again
    assert second[1] == first[1] == expected(*PATTERNS)


def test_a_pattern_compiled_with_other_flags_is_not_taken_from_the_cache(cache_dir):
    run_warmed(cache_dir, *PATTERNS)
    patterns.warm_regex_cache()
    try:
        assert re.compile(PATTERNS[0]).match("Read more") is None  # cached with IGNORECASE only
        assert re.compile(PATTERNS[0], re.IGNORECASE).match("Read more")
    finally:
        re.purge()


def test_warming_from_a_corrupt_or_missing_cache_changes_nothing(cache_dir):
    assert patterns.warm_regex_cache() == 0
    (cache_dir / patterns.CACHE_NAME).write_bytes(b"\x00not marshal at all")
    patterns._LOADED.clear()
    assert patterns.warm_regex_cache() == 0
    assert run_warmed(cache_dir, PATTERNS[1])[1] == expected(PATTERNS[1])
