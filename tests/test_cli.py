"""The command line, driven through click's CliRunner and through a real subprocess for pipes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import jsonschema
import pytest
from click.testing import CliRunner

from extractor.cli.command import cli
from extractor.emit import record_schema

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"


def invoke(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_one_page_prints_one_valid_record(news_release):
    result = invoke(str(news_release))
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    jsonschema.validate(record, record_schema())
    assert record["title"] == "Mindfulness Meditation Training Lowers Biomarkers of Stress Response in Anxiety Disorder"
    assert "Mindfulness meditation is an increasingly popular treatment for anxiety" in record["body"]
    assert record["input_format"] == "html"
    assert record["source"] == str(news_release)


def test_gzip_page_reads_like_the_plain_one(news_release, tmp_path):
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(news_release.read_bytes()))
    plain = json.loads(invoke(str(news_release)).stdout)
    zipped = json.loads(invoke(str(packed)).stdout)
    assert zipped["body"] == plain["body"] and zipped["title"] == plain["title"]


def test_stdin_with_url(news_release):
    result = invoke("-", "--url", "https://example.org/a", input=news_release.read_bytes())
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["url"] == "https://example.org/a"
    assert record["source"] == "-"


def test_unknown_option_is_a_usage_error():
    result = invoke("--no-such-option")
    assert result.exit_code == 2
    assert "No such option" in result.stderr


def test_missing_path_is_a_usage_error(tmp_path):
    result = invoke(str(tmp_path / "nope.html"))
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr
    assert result.stdout == ""


def test_binary_input_gives_an_error_record_and_exit_1(tmp_path):
    image = tmp_path / "photo.html"
    image.write_bytes(PNG_HEADER + bytes(range(256)) * 8)
    result = invoke(str(image))
    assert result.exit_code == 1
    record = json.loads(result.stdout)
    jsonschema.validate(record, record_schema())
    assert record["error"]["type"] == "NotHtmlError"
    assert "PNG image" in record["error"]["message"]
    assert result.stderr.count("\n") == 1 and "photo.html" in result.stderr


def test_empty_file_gives_an_empty_body_and_a_warning(tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    result = invoke(str(empty))
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["body"] == "" and record["error"] is None
    assert record["warnings"]


def test_corrupt_gzip_is_an_error_record(tmp_path, news_release):
    broken = tmp_path / "page.html.gz"
    broken.write_bytes(gzip.compress(news_release.read_bytes())[:500])
    result = invoke(str(broken))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "CompressedInputError"


def test_directory_gives_json_lines_in_sorted_order(tmp_path, news_release):
    for name in ("b.html", "a.html", "sub/c.html"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(news_release.read_bytes())
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = invoke(str(tmp_path))
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [f"{tmp_path}/{name}" for name in
                                                              ("a.html", "b.html", "sub/c.html")]


def test_schema_option_prints_the_schema():
    result = invoke("--schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$id"] == "extractor/1"


def test_help_shows_examples_and_exit_codes():
    result = invoke("--help")
    assert result.exit_code == 0
    assert "cat page.html | extractor" in result.stdout
    assert "Exit codes" in result.stdout


@pytest.mark.parametrize("entry", [["-m", "extractor"]])
def test_pipe_output_is_compact_json(news_release, entry):
    done = subprocess.run([sys.executable, *entry], input=news_release.read_bytes(), capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert out.count("\n") == 1 and out.startswith('{"schema":"extractor/1"')


def test_gzip_of_several_members_reads_them_all(news_release, tmp_path):
    # `cat a.gz b.gz > c.gz` is one valid gzip file: gunzip gives both parts, and so must we.
    page = news_release.read_bytes()
    middle = page.index(b"</head>")
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(page[:middle]) + gzip.compress(page[middle:]) + b"\0" * 16)
    plain = json.loads(invoke(str(news_release)).stdout)
    result = invoke(str(packed))
    assert result.exit_code == 0, result.stderr
    joined = json.loads(result.stdout)
    assert joined["body"] == plain["body"] and joined["title"] == plain["title"]


def test_gzip_with_a_truncated_second_member_is_an_error_record(news_release, tmp_path):
    page = news_release.read_bytes()
    packed = tmp_path / "page.html.gz"
    packed.write_bytes(gzip.compress(page[:1000]) + gzip.compress(page[1000:])[:200])
    result = invoke(str(packed))
    assert result.exit_code == 1
    assert json.loads(result.stdout)["error"]["type"] == "CompressedInputError"
