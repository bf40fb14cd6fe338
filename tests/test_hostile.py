"""The hostile corpus through the command line: every page gives exactly one valid record, quickly.

Small inputs live in tests/fixtures/hostile/; the large ones (50 MB page, 10,000-deep nesting, gzip
bomb, ...) are made at test time by tests/fixtures/hostile/make_hostile.py.
"""

from __future__ import annotations

import importlib.util
import json
import time
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from extractor.cli.command import cli
from extractor.emit import record_schema

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
# Generous: the slowest input takes about 2 s on a quiet machine; CI machines are shared.
MAX_SECONDS = 30

# What each input must give: None for a record without error, else the error type and a phrase
# its message must contain (the limit's option, or what is wrong).
SMALL_EXPECTED = {
    "all-script.html": None,
    "billion-laughs.html": None,
    "binary-junk.html": ("NotHtmlError", "binary data"),
    "external-resources.html": None,
    "jpeg-named.html": ("NotHtmlError", "JPEG image"),
    "mixed-encodings.html": None,
    "mixed-line-endings.txt": None,
    "nul-bytes.html": None,
    "truncated-markup.html": None,
    "truncated.html.gz": ("CompressedInputError", "truncated gzip"),
    "utf16-bom.html": None,
}
LARGE_EXPECTED = {
    "page-50mb.html": ("InputTooLargeError", "--max-bytes"),
    "deep-10000.html": ("NestingTooDeepError", "--max-depth"),
    "all-script.html": None,
    "binary-junk.html": ("NotHtmlError", "binary data"),
    "truncated.html.gz": ("CompressedInputError", "truncated gzip"),
    "bomb.html.gz": ("InputTooLargeError", "decompressed input"),
    "nul-padded.html": None,
    "mixed-encodings.html": None,
}
# Text that the page holds as article text and that must come through.
MUST_KEEP = {
    "external-resources.html": "The harbour reopened on Monday",
    "mixed-encodings.html": "naïvely",
    "nul-bytes.html": "reopened on Monday",
    "utf16-bom.html": "The harbour reopened",
    "truncated-markup.html": "Engineers will inspect the wall",
    "mixed-line-endings.txt": "Fishing crews said",
}


def _load_maker():
    spec = importlib.util.spec_from_file_location("make_hostile", HOSTILE / "make_hostile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def large_inputs(tmp_path_factory) -> dict[str, Path]:
    return _load_maker().make_all(tmp_path_factory.mktemp("hostile"))


def extract_one(path: Path) -> tuple[dict, int]:
    started = time.perf_counter()
    result = CliRunner().invoke(cli, [str(path)])
    assert time.perf_counter() - started < MAX_SECONDS, f"{path.name} took too long"
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.stdout.splitlines()
    assert len(lines) == 1, f"{path.name}: expected one record line, got {len(lines)}"
    record = json.loads(lines[0])
    jsonschema.validate(record, record_schema())
    return record, result.exit_code


def check_expected(record: dict, exit_code: int, expected) -> None:
    if expected is None:
        assert record["error"] is None, record["error"]
        assert exit_code == 0
    else:
        error_type, phrase = expected
        assert record["error"]["type"] == error_type
        assert phrase in record["error"]["message"]
        assert exit_code == 1


def test_every_small_hostile_file_is_listed():
    on_disk = {p.name for p in HOSTILE.iterdir() if p.suffix != ".py"}
    assert on_disk == set(SMALL_EXPECTED)


@pytest.mark.parametrize("name", sorted(SMALL_EXPECTED))
def test_small_hostile_input(name):
    record, exit_code = extract_one(HOSTILE / name)
    check_expected(record, exit_code, SMALL_EXPECTED[name])
    if name in MUST_KEEP:
        assert MUST_KEEP[name] in record["body"]


@pytest.mark.parametrize("name", sorted(LARGE_EXPECTED))
def test_large_hostile_input(name, large_inputs):
    record, exit_code = extract_one(large_inputs[name])
    check_expected(record, exit_code, LARGE_EXPECTED[name])


def test_all_script_page_gives_no_script_text(large_inputs):
    record, _ = extract_one(large_inputs["all-script.html"])
    assert "__STATE__" not in record["body"] and "lorem ipsum" not in record["body"]
    assert record["title"] == "App"


def test_nul_padded_page_keeps_its_article(large_inputs):
    record, _ = extract_one(large_inputs["nul-padded.html"])
    assert "Mindfulness meditation is an increasingly popular treatment for anxiety" in record["body"]
    assert "\x00" not in json.dumps(record)


def test_mixed_text_dump_line_endings_give_paragraphs():
    record, _ = extract_one(HOSTILE / "mixed-line-endings.txt")
    assert record["input_format"] == "text"
    assert record["title"] == "Harbour reopens after repairs"
    assert record["body"].split("\n\n") == [
        "The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.",
        "Fishing crews said the closure had cost them most of the season.",
        "Engineers will inspect the wall again in the spring.",
    ]
    assert "\r" not in record["body"]


def test_a_bad_page_does_not_touch_the_next_one(large_inputs, news_release, tmp_path):
    # One invocation over a directory: the hostile pages fail alone, the real page comes out whole.
    for name in ("deep-10000.html", "bomb.html.gz", "binary-junk.html"):
        (tmp_path / name).symlink_to(large_inputs[name])
    (tmp_path / "z-real.html").symlink_to(news_release)
    result = CliRunner().invoke(cli, [str(tmp_path)])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    sources = ["binary-junk.html", "bomb.html.gz", "deep-10000.html", "z-real.html"]
    assert [r["source"] for r in records] == [f"{tmp_path}/{source}" for source in sources]
    assert [r["error"] is None for r in records] == [False, False, False, True]
    assert "Mindfulness meditation" in records[-1]["body"]
    assert result.exit_code == 1


def test_file_name_that_is_not_utf8_gives_valid_json_in_a_real_process(tmp_path, news_release):
    import subprocess
    import sys

    name = b"caf\xe9.html"
    (tmp_path.joinpath(name.decode("utf-8", "surrogateescape"))).write_bytes(news_release.read_bytes())
    command = [sys.executable, "-m", "extractor", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, timeout=120)
    record = json.loads(done.stdout.decode("utf-8"))  # strict: raises on invalid UTF-8
    assert record["source"] == f"{tmp_path}/caf\ufffd.html"
    assert done.returncode == 0


def test_limit_options_reach_the_record(news_release):
    result = CliRunner().invoke(cli, [str(news_release), "--max-depth", "5"])
    record = json.loads(result.stdout)
    assert record["error"]["type"] == "NestingTooDeepError" and "--max-depth" in record["error"]["message"]
    assert result.exit_code == 1
    result = CliRunner().invoke(cli, [str(news_release), "--max-elements", "50"])
    message = json.loads(result.stdout)["error"]["message"]
    assert "over the limit of 50; raise it with --max-elements" in message
    result = CliRunner().invoke(cli, [str(news_release), "--max-bytes", "1000"])
    assert "--max-bytes" in json.loads(result.stdout)["error"]["message"]


def test_depth_past_the_ceiling_is_a_usage_error(news_release):
    result = CliRunner().invoke(cli, [str(news_release), "--max-depth", "5000"])
    assert result.exit_code == 2
    assert "--max-depth" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_on_stdout_is_an_honest_failure(news_release):
    import subprocess
    import sys

    with open("/dev/full", "wb") as full:
        done = subprocess.run([sys.executable, "-m", "extractor", str(news_release)], stdout=full,
                              stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 1
    assert b"No space left on device" in done.stderr
    assert b"Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_under_an_output_file_is_an_honest_failure(news_release, fixtures):
    import subprocess
    import sys

    dump = fixtures / "dumps" / "sputnik-aleppo.txt"
    done = subprocess.run([sys.executable, "-m", "extractor", str(news_release), str(dump), "-o", "/dev/full"],
                          capture_output=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.decode().strip().splitlines() == ["extractor: cannot write the records: No space left on device"]


def test_an_output_dir_that_cannot_be_made_is_an_honest_failure(news_release, fixtures, tmp_path):
    import subprocess
    import sys

    # Root ignores permission bits, so the unwritable place is a path through a regular file.
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    dump = fixtures / "dumps" / "sputnik-aleppo.txt"
    done = subprocess.run([sys.executable, "-m", "extractor", str(news_release), str(dump),
                           "--output-dir", str(blocker / "records")], capture_output=True, timeout=120)
    assert done.returncode == 1
    assert "cannot write the records: Not a directory" in done.stderr.decode()
    assert b"Traceback" not in done.stderr
