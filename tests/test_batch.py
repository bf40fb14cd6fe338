"""Batch runs: workers, time limits, crash isolation, resume after SIGKILL, WARC, output dir, Dask."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from extractor.batch.sinks import DirectorySink, output_name, repair_json_lines
from extractor.cli.command import cli
from extractor.emit import record_schema

HERE = Path(__file__).parent
# The command line with slow test pages possible (misbehaving_pages.py, EXTRACTOR_TEST_DELAY).
MISBEHAVING_EXTRACTOR = [sys.executable, str(HERE / "misbehaving_cli.py")]


def invoke(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def make_pages(directory: Path, page: bytes, count: int, marks: dict[int, str] | None = None) -> list[str]:
    """`count` copies of a real page named 000.html...; `marks` puts an HTML comment in some. Returns
    their sources: the directory as given joined with the name."""
    directory.mkdir(parents=True, exist_ok=True)
    names = []
    for number in range(count):
        mark = (marks or {}).get(number)
        data = page.replace(b"</body>", f"<!-- {mark} --></body>".encode()) if mark else page
        name = f"{number:03d}.html"
        (directory / name).write_bytes(data)
        names.append(f"{directory}/{name}")
    return names


@pytest.fixture
def page(news_release) -> bytes:
    return news_release.read_bytes()


def test_two_workers_give_the_same_records_in_the_same_order_as_one_process(tmp_path, page):
    names = make_pages(tmp_path / "in", page, 6)
    pooled = invoke(tmp_path / "in", "--workers", 2)
    alone = invoke(tmp_path / "in", "--workers", 0)
    assert pooled.exit_code == 0, pooled.output
    assert [r["source"] for r in records(pooled.stdout)] == names
    assert pooled.stdout == alone.stdout
    for record in records(pooled.stdout):
        jsonschema.validate(record, record_schema())
    assert "6 pages" in pooled.stderr and "6 extracted" in pooled.stderr
    assert "\x1b[" not in pooled.stderr  # no progress bar when stderr is not a terminal


def test_a_hanging_page_times_out_into_an_error_record(tmp_path, page):
    names = make_pages(tmp_path / "in", page, 4, {1: "hang"})
    started = time.monotonic()
    # 6 s, not less: on a loaded machine (CI beside other jobs) an ordinary page with its worker's
    # start can take a few seconds, and must not time out as well.
    result = invoke(tmp_path / "in", "--workers", 2, "--timeout", 6)
    assert time.monotonic() - started < 60
    assert result.exit_code == 1
    got = records(result.stdout)
    assert [r["source"] for r in got] == names
    assert got[1]["error"]["type"] == "PageTimeoutError" and "--timeout" in got[1]["error"]["message"]
    assert all(r["error"] is None and r["body"] for r in got[:1] + got[2:])
    assert "001.html: " in result.stderr and "PageTimeoutError: 1" in result.stderr


@pytest.mark.parametrize("case", [
    ("segfault", "WorkerCrashedError", "SIGSEGV"),
    ("raise", "RuntimeError", "a stage failed"),
    ("hog", "MemoryError", "--memory-limit"),
])
def test_a_page_that_crashes_or_raises_becomes_an_error_record_and_the_batch_goes_on(
        tmp_path, page, case):
    mark, error_type, said = case
    names = make_pages(tmp_path / "in", page, 5, {0: mark, 3: mark})
    result = invoke(tmp_path / "in", "--workers", 2, "--memory-limit", 1024)
    assert result.exit_code == 1
    got = records(result.stdout)
    assert len(got) == 5
    failed = [r["source"] for r in got if r["error"]]
    assert failed == [names[0], names[3]]
    assert got[0]["error"]["type"] == error_type and said in got[0]["error"]["message"]
    assert all(r["body"] and r["error"] is None for r in got if r["source"] not in failed)
    for record in got:
        jsonschema.validate(record, record_schema())


def _extractor(*args, delay: float = 0) -> subprocess.Popen:
    """The command line in a child process; with `delay`, every page takes that long more."""
    command = MISBEHAVING_EXTRACTOR if delay else [sys.executable, "-m", "extractor"]
    env = {**os.environ, "EXTRACTOR_TEST_DELAY": str(delay)} if delay else None
    return subprocess.Popen([*command, *map(str, args)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _wait_for_lines(path: Path, lines: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if path.exists() and path.read_bytes().count(b"\n") >= lines:
            return
        time.sleep(0.05)
    raise AssertionError(f"the batch did not get to {lines} records")


def test_sigkill_mid_batch_then_resume_gives_every_page_exactly_once(tmp_path, page):
    names = make_pages(tmp_path / "in", page, 30)
    out = tmp_path / "out.jsonl"
    running = _extractor(tmp_path / "in", "-o", out, "--workers", 2, delay=0.2)
    _wait_for_lines(out, 5, running)
    running.send_signal(signal.SIGKILL)
    running.wait(timeout=30)
    written = out.read_bytes().count(b"\n")
    assert 5 <= written < 30
    with open(out, "ab") as handle:  # the kill may also land in the middle of a write
        handle.write(b'{"schema":"extractor/1","source":"0')
    resumed = _extractor(tmp_path / "in", "-o", out, "--workers", 2, "--resume")
    _, stderr = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, stderr
    got = records(out.read_text())
    assert sorted(r["source"] for r in got) == names
    assert [r["source"] for r in got[written:]] == names[written:]
    assert f"{written} skipped" in stderr.decode()


def test_a_reader_that_stops_early_ends_the_batch_quietly(tmp_path, page):
    names = make_pages(tmp_path / "in", page, 20)
    done = subprocess.run(f"{sys.executable} -m extractor {tmp_path / 'in'} --workers 2 | head -n 1",
                          shell=True, capture_output=True, timeout=120)
    assert json.loads(done.stdout)["source"] == names[0]
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path, page):
    # Far more pages than a loaded machine can finish between the third record and the signal:
    # with 40, a helper's run once saw the batch end (exit 0) before SIGINT arrived.
    pages = 200
    names = make_pages(tmp_path / "in", page, pages)
    out = tmp_path / "out.jsonl"
    running = _extractor(tmp_path / "in", "-o", out, "--workers", 2, delay=0.2)
    _wait_for_lines(out, 3, running)
    running.send_signal(signal.SIGINT)
    _, stderr = running.communicate(timeout=60)
    assert running.returncode == 130
    assert "--resume" in stderr.decode()
    got = records(out.read_text())
    assert 3 <= len(got) < pages
    assert [r["source"] for r in got] == names[:len(got)]


@pytest.mark.parametrize(("stop_signal", "exit_code", "whole_group"), [
    (signal.SIGTERM, 143, False),  # `kill PID`, a container runtime
    (signal.SIGTERM, 143, True),  # `timeout`, systemd: the parent and its workers alike
    (signal.SIGHUP, 129, False),  # the terminal closed
])
def test_sigterm_and_sighup_stop_like_ctrl_c_and_resume_completes(tmp_path, page, stop_signal, exit_code,
                                                                   whole_group):
    pages = 200
    names = make_pages(tmp_path / "in", page, pages)
    out = tmp_path / "out.jsonl"
    running = subprocess.Popen([*MISBEHAVING_EXTRACTOR, tmp_path / "in", "-o", out, "--workers", "2"],
                               env={**os.environ, "EXTRACTOR_TEST_DELAY": "0.2"}, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
    _wait_for_lines(out, 3, running)
    if whole_group:
        os.killpg(running.pid, stop_signal)
    else:
        running.send_signal(stop_signal)
    _, stderr = running.communicate(timeout=60)
    assert running.returncode == exit_code, stderr.decode()
    assert f"stopped by {stop_signal.name}" in stderr.decode() and "--resume" in stderr.decode()
    assert b"Traceback" not in stderr
    written = out.read_text()
    assert written.endswith("\n")  # the last line is whole
    first = records(written)
    assert 3 <= len(first) < pages
    resumed = invoke(tmp_path / "in", "-o", out, "--resume", "--workers", 2)
    assert resumed.exit_code == 0
    assert sorted(r["source"] for r in records(out.read_text())) == sorted(names)  # each page exactly once


def test_output_dir_one_file_per_page_and_resume_only_redoes_missing_ones(tmp_path, page, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make_pages(Path("in") / "sub", page, 3)
    out = tmp_path / "records"
    first = invoke("in", "--output-dir", out, "--workers", 2)
    assert first.exit_code == 0 and first.stdout == ""
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert files == ["in/sub/000.html.json", "in/sub/001.html.json", "in/sub/002.html.json"]
    assert json.loads((out / "in/sub/001.html.json").read_text())["source"] == "in/sub/001.html"
    (out / "in/sub/001.html.json").unlink()
    kept = (out / "in/sub/000.html.json").stat().st_mtime_ns
    second = invoke("in", "--output-dir", out, "--resume", "--workers", 1)
    assert second.exit_code == 0
    assert (out / "in/sub/001.html.json").exists()
    assert (out / "in/sub/000.html.json").stat().st_mtime_ns == kept
    assert "1 pages" in second.stderr and "2 skipped" in second.stderr
    assert not [p for p in out.rglob("*") if p.name.startswith(".")]


@pytest.mark.parametrize(("source", "name"), [
    ("../../etc/passwd", "%2E./%2E./etc/passwd.json"),
    ("/abs/page.html", "abs/page.html.json"),
    ("crawl.warc.gz#1234", "crawl.warc.gz#1234.json"),
    ("a/./../b.html", "a/%2E./b.html.json"),
    ("d/.hidden.html", "d/%2Ehidden.html.json"),
    ("d/100%.html", "d/100%25.html.json"),
    ("-", "stdin.json"),
])
def test_output_names_never_leave_the_output_dir(tmp_path, source, name):
    assert output_name(source) == name
    sink = DirectorySink(tmp_path / "out")
    sink.write(source, '{"source": "x"}')
    assert (tmp_path / "out" / name).exists()


def test_a_symlink_in_the_output_dir_pointing_out_is_not_followed(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").symlink_to(outside)
    sink = DirectorySink(tmp_path / "out")
    sink.write("sub/page.html", "{}")
    assert not list(outside.iterdir())
    assert (tmp_path / "out" / "sub_page.html.json").exists()


def test_repair_drops_a_cut_last_line_and_returns_the_sources_kept(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"source": "a"}\n{"source": "b"}\n{"source": "c", "bo')
    assert repair_json_lines(path) == {"a", "b"}
    assert path.read_text() == '{"source": "a"}\n{"source": "b"}\n'


def _warc_record(kind: str, uri: str, payload: bytes) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((kind, uri))):032x}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(payload)}\r\n\r\n")
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")


def _http(status: str, content_type: str, body: bytes) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body


def test_warc_gives_one_record_per_html_response_in_order(tmp_path, page):
    parts = [
        _warc_record("request", "https://example.org/a", b"GET /a HTTP/1.1\r\n\r\n"),
        _warc_record("response", "https://example.org/a", _http("200 OK", "text/html", page)),
        _warc_record("response", "https://example.org/logo.png", _http("200 OK", "image/png", b"\x89PNG")),
        _warc_record("response", "https://example.org/no", _http("404 Not Found", "text/html", b"<p>x</p>")),
        _warc_record("response", "https://example.org/b", _http("200 OK", "text/html; charset=utf-8", page)),
    ]
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(b"".join(parts))
    offsets = [sum(map(len, parts[:1])), sum(map(len, parts[:4]))]
    result = invoke(warc, "--workers", 1)
    assert result.exit_code == 0, result.output
    got = records(result.stdout)
    assert [r["source"] for r in got] == [f"{warc}#{offset}" for offset in offsets]
    assert [r["url"] for r in got] == ["https://example.org/a", "https://example.org/b"]
    assert got[0]["body"] and got[0]["body"] == got[1]["body"]


def test_a_corrupt_warc_ends_in_one_error_record(tmp_path, page):
    good = _warc_record("response", "https://example.org/a", _http("200 OK", "text/html", page))
    broken = bytearray(_warc_record("response", "https://example.org/b", _http("200 OK", "text/html", page)))
    broken[40:240] = bytes(200)
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(good + bytes(broken) + good)
    result = invoke(warc, "--workers", 1)
    assert result.exit_code == 1
    got = records(result.stdout)
    assert got[0]["error"] is None and got[0]["body"]
    assert got[-1]["error"]["type"] == "InputReadError" and "crawl.warc.gz" in got[-1]["error"]["message"]


def test_a_symlink_loop_is_reported_and_the_rest_extracted(tmp_path, page):
    names = make_pages(tmp_path / "in", page, 2)
    (tmp_path / "in" / "loop").symlink_to(tmp_path / "in")
    result = invoke(tmp_path / "in", "--workers", 1)
    got = records(result.stdout)
    assert [r["source"] for r in got] == [*names, f"{tmp_path}/in/loop/"]
    assert got[2]["error"]["type"] == "InputReadError" and "symlink loop" in got[2]["error"]["message"]
    assert result.exit_code == 1


def test_strict_and_min_words_set_the_exit_code(tmp_path, page):
    make_pages(tmp_path / "in", page, 2)
    (tmp_path / "in" / "empty.html").write_bytes(b"<html><body></body></html>")
    assert invoke(tmp_path / "in", "--workers", 0, "-q").exit_code == 0
    assert invoke(tmp_path / "in", "--workers", 0, "--strict", "-q").exit_code == 1
    (tmp_path / "in" / "empty.html").unlink()
    assert invoke(tmp_path / "in", "--workers", 0, "--strict", "--min-words", 50).exit_code == 0
    short = invoke(tmp_path / "in", "--workers", 0, "--strict", "--min-words", 100_000)
    assert short.exit_code == 1 and "2 shorter than --min-words" in short.stderr


def test_quiet_leaves_stderr_empty(tmp_path, page):
    make_pages(tmp_path / "in", page, 2)
    (tmp_path / "in" / "bad.html.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    result = invoke(tmp_path / "in", "--workers", 1, "--quiet")
    assert result.exit_code == 1 and result.stderr == ""
    assert len(records(result.stdout)) == 3


@pytest.mark.parametrize("args", [
    ["--resume"],
    ["-o", "x.jsonl", "--output-dir", "d"],
    ["--workers", "-1"],
])
def test_batch_usage_errors_exit_2(tmp_path, page, args):
    make_pages(tmp_path / "in", page, 1)
    result = invoke(tmp_path / "in", *args)
    assert result.exit_code == 2 and result.stdout == ""


def test_dask_local_cluster_of_two_processes_gives_the_same_records(tmp_path, page):
    pytest.importorskip("distributed")
    names = make_pages(tmp_path / "in", page, 5)
    (tmp_path / "in" / "zz.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    on_dask = invoke(tmp_path / "in", "--scheduler", "local", "--workers", 2,
                     "-o", tmp_path / "dask.jsonl")
    alone = invoke(tmp_path / "in", "--workers", 0)
    assert on_dask.exit_code == 1  # the PNG
    got = records((tmp_path / "dask.jsonl").read_text())
    assert [r["source"] for r in got] == [*names, f"{tmp_path}/in/zz.html"]
    assert (tmp_path / "dask.jsonl").read_text() == alone.stdout
    assert "NotHtmlError: 1" in on_dask.stderr


def test_a_local_cluster_is_quiet_while_it_closes_and_leaves_the_host_logging_as_it_found_it():
    pytest.importorskip("distributed")
    import logging

    from extractor.batch.dask_engine import SHUTDOWN_LOGGERS, DaskEngine
    from extractor.model import Options

    logging.getLogger("distributed.worker").setLevel(logging.INFO)
    with DaskEngine("local", Options(), workers=1) as engine:
        levels = engine.client.run(lambda: logging.getLogger("distributed.worker").level)
        assert list(levels.values()) != [logging.CRITICAL]
    assert logging.getLogger("distributed.worker").level == logging.INFO
    assert "distributed.worker" in SHUTDOWN_LOGGERS


def test_an_unreadable_directory_is_reported_and_the_rest_extracted(tmp_path, page, monkeypatch):
    names = make_pages(tmp_path / "in", page, 2)
    (tmp_path / "in" / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # as root, chmod would not stop the walk
    result = invoke(tmp_path / "in", "--workers", 0)
    got = records(result.stdout)
    assert [r["source"] for r in got] == [*names, f"{tmp_path}/in/locked/"]
    assert got[2]["error"]["type"] == "InputReadError" and "Permission denied" in got[2]["error"]["message"]
    assert result.exit_code == 1
