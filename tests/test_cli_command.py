"""The command line keeps every page apart (its own `source`, its own output file, its own resume
entry) and accepts no option it would then ignore."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from extractor.batch import runner
from extractor.cli.command import cli


def invoke(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def two_dirs(tmp_path, monkeypatch, fixtures):
    """d1/x.html and d2/x.html, two different pages with the same name, in the current directory."""
    monkeypatch.chdir(tmp_path)
    pages = sorted((fixtures / "pages").glob("*/page.html"))[:2]
    for directory, page in zip(("d1", "d2"), pages, strict=True):
        (tmp_path / directory).mkdir()
        (tmp_path / directory / "x.html").write_bytes(page.read_bytes())
    return tmp_path


def test_two_directories_with_the_same_file_name_give_two_records(two_dirs):
    result = invoke("d1", "d2", "--workers", 0)
    assert result.exit_code == 0, result.output
    got = records(result.stdout)
    assert [r["source"] for r in got] == ["d1/x.html", "d2/x.html"]
    assert got[0]["body"] != got[1]["body"]


def test_two_directories_with_the_same_file_name_give_two_output_files(two_dirs):
    result = invoke("d1", "d2", "--output-dir", "out", "--workers", 0)
    assert result.exit_code == 0, result.output
    files = sorted(p.relative_to(two_dirs / "out").as_posix() for p in (two_dirs / "out").rglob("*.json"))
    assert files == ["d1/x.html.json", "d2/x.html.json"]
    for name in files:
        assert json.loads((two_dirs / "out" / name).read_text())["source"] == name[: -len(".json")]


def test_resume_with_a_second_directory_extracts_its_page(two_dirs):
    assert invoke("d1", "-o", "o.jsonl", "--workers", 0).exit_code == 0
    resumed = invoke("d1", "d2", "-o", "o.jsonl", "--resume", "--workers", 0)
    assert resumed.exit_code == 0, resumed.output
    assert "1 skipped" in resumed.stderr
    assert [r["source"] for r in records((two_dirs / "o.jsonl").read_text())] == ["d1/x.html", "d2/x.html"]


def test_one_file_named_twice_is_extracted_once(two_dirs):
    result = invoke("d1", "d1/x.html", "./d1", "d2", "--workers", 0)
    assert [r["source"] for r in records(result.stdout)] == ["d1/x.html", "d2/x.html"]


def test_an_absolute_and_a_relative_input_that_would_share_output_files_are_refused(two_dirs):
    # `/tmp/.../d1` writes under out/tmp/.../d1/: so would a relative `tmp/.../d1`, another directory.
    mirror = two_dirs / two_dirs.relative_to("/") / "d1"
    mirror.mkdir(parents=True)
    (mirror / "x.html").write_bytes((two_dirs / "d2" / "x.html").read_bytes())
    refused = invoke(two_dirs / "d1", mirror.relative_to(two_dirs), "--output-dir", "out")
    assert refused.exit_code == 2 and "both as relative" in refused.stderr
    assert not (two_dirs / "out").exists()
    apart = invoke(two_dirs / "d1", "d2", "--output-dir", "out", "--workers", 0)
    assert apart.exit_code == 0, apart.output
    assert len(list((two_dirs / "out").rglob("*.json"))) == 2


@pytest.mark.parametrize(("args", "said"), [
    (["--workers", "0", "--timeout", "5"], "--workers 1"),
    (["--workers", "0", "--memory-limit", "512"], "--memory-limit is held by worker processes"),
    (["--explain", "--format", "markdown"], "--explain"),
    (["--quiet", "--traceback"], "--traceback"),
])
def test_an_option_that_would_be_ignored_is_refused_saying_what_holds_it(news_release, args, said):
    result = invoke(news_release, *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr


def test_url_with_a_directory_is_refused(tmp_path, news_release):
    (tmp_path / "a.html").write_bytes(news_release.read_bytes())
    result = invoke(tmp_path, "--url", "https://example.org/a")
    assert result.exit_code == 2 and "--url" in result.stderr


def test_a_memory_limit_on_a_remote_dask_cluster_is_refused(news_release):
    pytest.importorskip("distributed")
    result = invoke(news_release, "--scheduler", "tcp://127.0.0.1:1", "--memory-limit", "512")
    assert result.exit_code == 2 and "dask worker --memory-limit" in result.stderr


@pytest.mark.parametrize(("args", "workers"), [
    ([], 0),  # one page, no limit asked for: no worker start-up
    (["--memory-limit", "512"], 1),
    (["--timeout", "5"], 1),
])
def test_one_page_runs_in_a_worker_when_a_limit_is_given(news_release, monkeypatch, args, workers):
    seen = []

    def run_batch(options, stream=None, progress=None):
        seen.append(options)
        return runner.Summary(pages=1, extracted=1)

    monkeypatch.setattr(runner, "run_batch", run_batch)  # the CLI imports it when a run starts
    result = invoke(news_release, *args)
    assert result.exit_code == 0, result.output
    assert seen[0].worker_count == workers
    assert seen[0].memory_limit_mb == (512 if "--memory-limit" in args else runner.DEFAULT_MEMORY_LIMIT_MB)
