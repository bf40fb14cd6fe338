"""Colours and the progress bar through a real terminal (a pty), and their absence through pipes."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

HERE = Path(__file__).parent
EXTRACTOR = [sys.executable, "-m", "extractor"]
# The command line with slow test pages possible (misbehaving_pages.py, EXTRACTOR_TEST_DELAY).
MISBEHAVING_EXTRACTOR = [sys.executable, str(HERE / "misbehaving_cli.py")]
SGR_RE = re.compile(r"\x1b\[([0-9;]*)m")
# SGR parameters that set a colour: 30-37, 38 (extended), 90-97 foreground; 40-47, 48, 100-107 background.
COLOUR_PARAM_RE = re.compile(r"^(3[0-8]|4[0-8]|9[0-7]|10[0-7])$")
CLEAN_ENV_NAMES = ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES")


def terminal_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV_NAMES}
    return {**env, "TERM": "xterm-256color", **extra}


def run_on_terminal(args, stdout_file: Path | None = None, env=None, timeout=120,
                    command=EXTRACTOR) -> tuple[int, str]:
    """Run extractor with stderr (and stdout, unless a file is given) on a pty; returns the exit code
    and everything the terminal received."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    stdout = open(stdout_file, "wb") if stdout_file else slave
    try:
        process = subprocess.Popen([*command, *map(str, args)],
                                   stdin=subprocess.DEVNULL, stdout=stdout, stderr=slave,
                                   env=env or terminal_env(), close_fds=True)
    finally:
        os.close(slave)
        if stdout_file:
            stdout.close()
    received = bytearray()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every writer has closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    return process.wait(timeout=timeout), received.decode("utf-8", "replace")


def run_through_pipes(args, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True,
                          text=True, env=env or terminal_env(), timeout=120, stdin=subprocess.DEVNULL)


def sgr_params(text: str) -> set[str]:
    return {param for match in SGR_RE.findall(text) for param in match.split(";") if param}


def test_explain_view_on_a_terminal_has_colours_and_strikes(news_release):
    code, shown = run_on_terminal([news_release, "--explain", "--format", "text"])
    assert code == 0, shown
    params = sgr_params(shown)
    assert "9" in params  # struck through: the removed blocks
    assert any(COLOUR_PARAM_RE.match(p) for p in params)  # quotes and images in colour
    assert "Mindfulness meditation is an increasingly popular treatment" in SGR_RE.sub("", shown)


def test_no_color_keeps_the_view_but_drops_the_colours(news_release):
    code, shown = run_on_terminal([news_release, "--explain", "--format", "text"],
                                  env=terminal_env(NO_COLOR="1"))
    assert code == 0, shown
    params = sgr_params(shown)
    assert not any(COLOUR_PARAM_RE.match(p) for p in params), params
    assert re.search(r"quote — Elizabeth A\. Hoge", SGR_RE.sub("", shown))


def test_through_a_pipe_there_are_no_escape_codes(news_release):
    result = run_through_pipes([news_release, "--explain", "--format", "text"])
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x1b" not in result.stderr
    assert re.search(r"headline Mindfulness Meditation Training", result.stdout)


def make_scrape(directory: Path, page: bytes, pages: int) -> Path:
    directory.mkdir()
    for i in range(pages):
        (directory / f"{i:02d}.html").write_bytes(page)
    return directory


@pytest.mark.parametrize("pages", [6])
def test_progress_bar_on_a_terminal(tmp_path, news_release, pages):
    scrape = make_scrape(tmp_path / "scrape", news_release.read_bytes(), pages)
    out = tmp_path / "pages.jsonl"
    env = terminal_env(EXTRACTOR_TEST_DELAY="0.4")
    code, shown = run_on_terminal([scrape, "--workers", 1], stdout_file=out, env=env,
                                  command=MISBEHAVING_EXTRACTOR)
    assert code == 0, shown
    text = SGR_RE.sub("", shown)
    assert re.search(r"extracting .*\d+/6 .*pages/s .*0 failed", text), text
    assert f"{pages} pages in" in text  # the summary after the bar
    assert out.read_text().count("\n") == pages  # records went to stdout, not the terminal
    assert "extracting" not in out.read_text()


def test_no_progress_bar_through_a_pipe(tmp_path, news_release):
    scrape = make_scrape(tmp_path / "scrape", news_release.read_bytes(), 3)
    result = run_through_pipes([scrape, "--workers", 1])
    assert result.returncode == 0, result.stderr
    assert "extracting" not in result.stderr and "\x1b" not in result.stderr
    assert result.stderr.startswith("3 pages in")
    assert result.stdout.count("\n") == 3


def test_one_page_on_a_terminal_is_indented_json_without_colours(news_release):
    code, shown = run_on_terminal([news_release])
    assert code == 0, shown
    assert shown.startswith("{\r\n  \"schema\"")  # the pty turns \n into \r\n
    assert "\x1b" not in shown
