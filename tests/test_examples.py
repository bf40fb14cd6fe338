"""Every example command in README.md and in `extractor --help` runs, in a shell, on real pages.

An example is a line of a ```sh block in the README (or an indented line of --help) whose command
is `extractor`, pipes into it, or calls it in `$( )`. The files the examples name (page.html,
scrape/, crawl.warc.gz, ...) are made from the repository's fixtures in a fresh directory.
"""

from __future__ import annotations

import gzip
import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli.command import cli

HERE = Path(__file__).parent
README = HERE.parent / "README.md"
FIXTURES = HERE / "fixtures"
SH_BLOCK_RE = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)
# `extractor` in command position: at the start, after a pipe or inside $( ), maybe after VAR=value.
INVOKES_RE = re.compile(r"(?:^|\|\s*|\$\()(?:[A-Z_]+=\S+\s+)*extractor\b")
COMMENT_RE = re.compile(r"\s+#\s.*$")
HELP_EXAMPLE_RE = re.compile(r"^ {2,}((?:cat|eval|extractor)\b.*?)(?: {2,}.*)?$")
NEEDS_CLUSTER_RE = re.compile(r"--scheduler\s+tcp://")


def readme_examples() -> list[str]:
    examples = []
    for block in SH_BLOCK_RE.findall(README.read_text(encoding="utf-8")):
        for line in block.replace("\\\n", " ").split("\n"):
            line = COMMENT_RE.sub("", line).strip()
            if line and INVOKES_RE.search(line):
                examples.append(line)
    return examples


def help_examples() -> list[str]:
    text = CliRunner().invoke(cli, ["--help"]).stdout
    return [m.group(1).strip() for m in map(HELP_EXAMPLE_RE.match, text.split("\n")) if m]


def test_the_examples_are_found():
    readme, shown = readme_examples(), help_examples()
    assert "extractor page.html --explain --format text" in readme
    assert 'eval "$(_EXTRACTOR_COMPLETE=bash_source extractor)"' in readme
    three_ways = {"cat page.html | extractor", "extractor page.html", "extractor scrape/ > pages.jsonl"}
    assert three_ways <= set(shown)
    assert 'eval "$(_EXTRACTOR_COMPLETE=bash_source extractor)"' in shown


@pytest.fixture
def workspace(tmp_path) -> Path:
    """page.html, page.html.gz, dump.txt, scrape/ and crawl*.warc.gz from the fixtures, and an
    `extractor` on PATH that runs this checkout."""
    page = (FIXTURES / "pages" / "news-release-quotes" / "page.html").read_bytes()
    (tmp_path / "page.html").write_bytes(page)
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(page))
    shutil.copy(FIXTURES / "dumps" / "sputnik-aleppo.txt", tmp_path / "dump.txt")
    scrape = tmp_path / "scrape"
    for fixture in sorted((FIXTURES / "pages").glob("*/page.html")):
        (scrape / fixture.parent.name).mkdir(parents=True)
        shutil.copy(fixture, scrape / fixture.parent.name / "page.html")
    shutil.copy(FIXTURES / "dumps" / "sputnik-aleppo.txt", scrape / "sputnik-aleppo.txt")
    warc = b"".join(_warc_response(f"https://example.org/{i}", page) for i in range(2))
    (tmp_path / "crawl.warc.gz").write_bytes(warc)
    (tmp_path / "crawl-1.warc.gz").write_bytes(warc)
    shim = tmp_path / ".bin" / "extractor"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m extractor "$@"\n')
    shim.chmod(shim.stat().st_mode | stat.S_IXUSR)
    return tmp_path


def _warc_response(uri: str, body: bytes) -> bytes:
    payload = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(payload)}\r\n\r\n")
    return gzip.compress(head.encode() + payload + b"\r\n\r\n")


def _files(root: Path) -> dict[Path, float]:
    return {p: p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("example", readme_examples() + help_examples())
def test_example_runs(example, workspace):
    if "| jq" in example and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    has_dask = importlib.util.find_spec("distributed") is not None
    if NEEDS_CLUSTER_RE.search(example) and has_dask:
        pytest.skip("needs a running Dask scheduler at that address")
    before = _files(workspace)
    path = f"{workspace / '.bin'}{os.pathsep}{os.environ['PATH']}"
    env = {**os.environ, "PATH": path, "HOME": str(workspace)}
    result = subprocess.run(["bash", "-o", "pipefail", "-c", example], cwd=workspace, env=env,
                            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert "Traceback" not in result.stderr, result.stderr
    if "--scheduler" in example and not has_dask:  # documented: it needs extractor[dask]
        assert result.returncode == 2 and "needs Dask: pip install 'extractor[dask]'" in result.stderr
        return
    assert result.returncode == 0, f"{example}\n{result.stderr}"
    after = _files(workspace)
    wrote = [p for p, mtime in after.items() if before.get(p) != mtime]
    assert result.stdout.strip() or wrote or example.startswith("eval"), "the example produced nothing"


PYTHON_BLOCK_RE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("snippet", PYTHON_BLOCK_RE.findall(README.read_text(encoding="utf-8")))
def test_python_example_runs(snippet, workspace):
    result = subprocess.run([sys.executable, "-c", snippet], cwd=workspace, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() or "print(" not in snippet
