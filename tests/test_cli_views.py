"""The views for people (--format text/markdown, the explain view), --help and error lines,
through click's CliRunner (no terminal: so no colours) and on hand-made records."""

from __future__ import annotations

import io
import json
import re

from click.testing import CliRunner
from rich.console import Console

from extractor.cli.command import cli
from extractor.cli.help import OPTION_GROUPS, report_crash
from extractor.cli.views import RenderedStream, explain_view

SGR_RE = re.compile(r"\x1b\[[0-9;]*m")


BODY = "First paragraph.\n\nSecond one, where “we will rebuild” said the mayor."
QUOTE_START = BODY.index("we will rebuild")


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


def record(**fields) -> dict:
    base = {"source": "page.html", "title": "Storm hits the coast", "authors": ["Jane Roe"],
            "published": "2024-03-05T10:00:00", "site_name": None, "url": None,
            "body": BODY,
            "quotes": [], "images": [], "removed": [], "error": None}
    return {**base, **fields}


def plain(renderable) -> str:
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(renderable)
    return console.file.getvalue()


def test_text_format_prints_title_byline_page_type_then_body(news_release):
    result = invoke(news_release, "--format", "text")
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    assert lines[0] == ("Mindfulness Meditation Training Lowers Biomarkers of Stress Response "
                        "in Anxiety Disorder")
    assert lines[1].startswith("By ") and "2017-01-2" in lines[1]
    assert lines[2] == "page type: article"
    assert lines[3] == ""
    assert lines[4].startswith("WASHINGTON (January 24, 2017)")
    assert not result.stdout.lstrip().startswith("{")


def test_markdown_format_has_heading_quotes_and_speakers(news_release):
    result = invoke(news_release, "-f", "markdown")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("# Mindfulness Meditation Training")
    assert "## Quotes" in result.stdout
    assert re.search(r"^> — Elizabeth A\. Hoge", result.stdout, re.MULTILINE)


def test_jsonl_keeps_one_page_on_one_line(news_release):
    result = invoke(news_release, "--format", "jsonl")
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["title"].startswith("Mindfulness")


def test_text_of_several_pages_gives_each_page_its_block(tmp_path, news_release, fixtures):
    (tmp_path / "a.html").write_bytes(news_release.read_bytes())
    (tmp_path / "b.txt").write_bytes((fixtures / "dumps" / "sputnik-aleppo.txt").read_bytes())
    result = invoke(tmp_path, "--format", "text", "--workers", 0)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Mindfulness Meditation Training")
    assert "\n\nAleppo 'Bloodbath'" in result.stdout


def test_views_refuse_an_output_file(news_release, tmp_path):
    result = invoke(news_release, "--format", "text", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 2
    assert "--format text is for reading on standard output" in result.stderr


def test_explain_view_shows_the_page_in_order_with_kinds_in_the_margin():
    shown = plain(explain_view(record(
        removed=[{"kind": "share", "text": "Share on Facebook", "paragraph": 1},
                 {"kind": "navigation", "text": "Home > News", "paragraph": None},
                 {"kind": "footer", "text": "Copyright 2024", "paragraph": 2}],
        images=[{"src": "https://example.org/storm.jpg", "caption": "Waves over the pier", "credit": "AFP",
                 "paragraph": 0, "alt": None}],
        quotes=[{"text": "we will rebuild", "speaker": "Mayor Ann Lee", "cue": "said", "kind": "partial",
                 "paragraph": 1, "start": QUOTE_START, "end": QUOTE_START + 15}],
    )))
    order = [shown.index(s) for s in ("Storm hits the coast", "Waves over the pier", "First paragraph.",
                                      "Share on Facebook", "Second one", "Mayor Ann Lee", "Copyright 2024",
                                      "position unknown", "Home > News")]
    assert order == sorted(order)
    assert re.search(r"share Share on Facebook", shown)
    assert re.search(r"image Waves over the pier · credit: AFP · https://example.org/storm.jpg", shown)
    assert re.search(r"quote — Mayor Ann Lee \(said\), partial: “we will rebuild”", shown)


def test_explain_view_strikes_removed_blocks_and_highlights_quotes():
    console = Console(file=io.StringIO(), width=100, force_terminal=True, color_system="standard")
    console.print(explain_view(record(
        removed=[{"kind": "ad", "text": "Advertisement", "paragraph": 0}],
        quotes=[{"text": "we will rebuild", "speaker": "Mayor Ann Lee", "cue": "said", "kind": "partial",
                 "paragraph": 1, "start": QUOTE_START, "end": QUOTE_START + 15}])))
    out = console.file.getvalue()
    assert re.search(r"\x1b\[(?:\d+;)*9(?:;\d+)*mAdvertisement", out)  # 9: struck through
    assert re.search(r"\x1b\[(?:\d+;)*33(?:;\d+)*mwe will rebuild", out)  # 33: yellow


def test_explain_text_through_cli_has_no_escape_codes_off_a_terminal(news_release):
    result = invoke(news_release, "--explain", "--format", "text")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert re.search(r"headline Mindfulness Meditation Training", result.stdout)
    assert re.search(r"quote — Elizabeth A\. Hoge \(said\)", result.stdout)


def test_rendered_stream_takes_lines_cut_anywhere():
    out = io.StringIO()
    stream = RenderedStream(out, "text")
    line = json.dumps(record()) + "\n"
    stream.write(line[:10])
    assert out.getvalue() == ""
    stream.write(line[10:] + json.dumps(record(title="Second page")) + "\n")
    assert out.getvalue().startswith("Storm hits the coast\nBy Jane Roe · 2024-03-05\n")
    assert "\n\nSecond page\n" in out.getvalue()


def test_help_groups_options_and_lists_exit_codes():
    result = invoke("--help")
    assert result.exit_code == 0
    headings = [line for line in result.stdout.split("\n") if re.fullmatch(r"[A-Z][a-z]+:", line)]
    assert headings == ["Input:", "Output:", "Batch:", "Extraction:", "Other:"]
    text = result.stdout
    assert text.index("Three ways to use it") < text.index("Input:")
    assert (text.index("  -f, --format") < text.index("Batch:") < text.index("  --workers N")
            < text.index("Extraction:"))
    assert re.search(r"^\s+130\s+interrupted", text, re.MULTILINE)
    assert "_EXTRACTOR_COMPLETE=bash_source extractor" in text


def test_every_option_has_help_and_a_group():
    grouped = {name for _, names in OPTION_GROUPS for name in names}
    for param in cli.params:
        if param.name in ("inputs", "traceback", "version", "help"):
            continue
        assert param.name in grouped, param.name
        assert param.help, param.name


def test_a_pdf_gets_a_line_a_person_can_act_on(tmp_path):
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    result = invoke(pdf, "--format", "text")
    assert result.exit_code == 1
    assert (f"{pdf}: not HTML or text (PDF document); extractor reads HTML, text dumps, gzip and WARC"
            in result.stderr)
    assert "Traceback" not in result.stderr


def test_a_directory_without_pages_says_what_is_read(tmp_path):
    (tmp_path / "notes.md").write_text("# not a page")
    result = invoke(tmp_path)
    assert "no pages found; extractor reads files named" in result.stderr
    assert ".html" in result.stderr and ".warc" in result.stderr


def test_a_crash_is_one_line_unless_traceback_is_asked_for(capsys):
    report_crash(ValueError("bad thing"), argv=["page.html"])
    assert capsys.readouterr().err.startswith("extractor: ValueError: bad thing\n  this is a bug")
    try:
        report_crash(ValueError("bad thing"), argv=["page.html", "--traceback"])
    except ValueError as error:
        assert str(error) == "bad thing"
    else:
        raise AssertionError("--traceback should let the exception through")


def test_an_unexpected_page_error_shows_its_traceback_only_when_asked(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><!-- raise --><p>A page whose stage fails.</p></body></html>")
    quiet = invoke(page, "--workers", 0)
    assert quiet.exit_code == 1
    hint = "(RuntimeError; run with --traceback to see where)"
    assert f"{page}: a stage failed on this page {hint}" in quiet.stderr
    assert "Traceback" not in quiet.stderr
    shown = invoke(page, "--workers", 0, "--traceback")
    assert shown.exit_code == 1
    assert "Traceback (most recent call last)" in shown.stderr
    assert shown.stderr.rstrip().endswith("RuntimeError: a stage failed on this page")


def test_explain_view_names_the_page_type_under_the_title():
    heading = plain(explain_view(record(page_type="forum"))).split("\n")[1]
    assert heading == "page.html · By Jane Roe · 2024-03-05 · page type: forum"
    assert "page type" not in plain(explain_view(record()))
