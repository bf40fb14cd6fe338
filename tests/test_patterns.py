"""The per-machine cache of compiled patterns: faster, never different."""

from __future__ import annotations

import re

import pytest

from extractor import patterns

PATTERNS = [r"^(?:read more|continue reading)[\s.!:?…]*$", r"(?P<who>\w+) said", r"сказал|dit|sagte"]
SAMPLES = ["read more", "Read more", "continue reading…", "the minister said so", "он сказал", "er sagte", ""]


def behaviour(regexes):
    return [[(bool(r.search(s)), r.search(s) and r.search(s).groupdict()) for s in SAMPLES] for r in regexes]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(patterns.CACHE_ENV, str(tmp_path))
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
    assert PATTERNS[0] in patterns._read_cache(cache_dir / patterns.CACHE_NAME)


def test_a_corrupt_cache_file_falls_back_to_compiling(cache_dir):
    (cache_dir / patterns.CACHE_NAME).write_bytes(b"\x00not marshal at all")
    assert behaviour(patterns.compile_patterns(PATTERNS)) == behaviour([re.compile(p) for p in PATTERNS])
    assert set(patterns._read_cache(cache_dir / patterns.CACHE_NAME)) == set(PATTERNS)


def test_an_entry_the_engine_refuses_is_compiled_afresh(cache_dir):
    patterns.compile_patterns(PATTERNS)
    path = cache_dir / patterns.CACHE_NAME
    cached = patterns._read_cache(path)
    flags, code, groups, groupindex, indexgroup = cached[PATTERNS[1]]
    cached[PATTERNS[1]] = (flags, code[:3], groups, groupindex, indexgroup)  # cut short: invalid code
    path.write_bytes(patterns.marshal.dumps(cached))
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
