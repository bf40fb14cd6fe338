"""--page-type: records only for the chosen page types, the rest counted and, in a file, marked done."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor.batch.runner import Summary, is_selected, left_out_marker
from extractor.batch.workers import Outcome
from extractor.cli.command import cli


def invoke(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def pages(directory: Path, page: bytes, count: int) -> None:
    directory.mkdir()
    for number in range(count):
        (directory / f"{number:03d}.html").write_bytes(page)


def test_selection_by_type_lets_failures_through_and_names_an_undecided_type_unknown():
    article = Outcome(0, "a.html", "{}", page_type="article")
    undecided = Outcome(1, "b.html", "{}", page_type=None)
    failed = Outcome(2, "c.html", "{}", error_type="NotHtmlError")
    assert is_selected(article, ()) and is_selected(article, ("article",))
    assert not is_selected(article, ("listing",))
    assert is_selected(undecided, ("unknown",)) and not is_selected(undecided, ("article",))
    assert is_selected(failed, ("article",))
    marker = json.loads(left_out_marker(Outcome(3, "d.html", "{}", page_type="forum")))
    assert marker == {"schema": "extractor/1", "source": "d.html", "page_type": "forum", "skipped": "page_type"}


def test_summary_counts_the_pages_left_out_by_type():
    summary = Summary(pages=3, extracted=3)
    summary.left_out.update({"listing": 2, "unknown": 1})
    assert "3 not written, page type not selected: listing 2, unknown 1" in summary.describe()


def test_left_out_pages_are_marked_in_the_file_and_not_retried_on_resume(tmp_path, news_release):
    pages(tmp_path / "in", news_release.read_bytes(), 3)
    out = tmp_path / "out.jsonl"
    kept = invoke(tmp_path / "in", "--workers", 0, "--page-type", "article")
    assert kept.exit_code == 0
    assert [json.loads(line)["page_type"] for line in kept.stdout.splitlines()] == ["article"] * 3

    left = invoke(tmp_path / "in", "--workers", 0, "--page-type", "product", "--page-type", "forum", "-o", out)
    assert left.exit_code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["skipped"] for line in lines] == ["page_type"] * 3
    assert all("body" not in line for line in lines)
    assert "3 not written, page type not selected: article 3" in left.stderr

    resumed = invoke(tmp_path / "in", "--workers", 0, "--page-type", "product", "-o", out, "--resume")
    assert resumed.exit_code == 0
    assert len(out.read_text().splitlines()) == 3
    assert "3 skipped, already done by an earlier run" in resumed.stderr


def test_on_standard_output_left_out_pages_write_nothing(tmp_path, news_release):
    pages(tmp_path / "in", news_release.read_bytes(), 2)
    result = invoke(tmp_path / "in", "--workers", 0, "--page-type", "listing")
    assert result.exit_code == 0
    assert result.stdout == ""


def test_an_unknown_page_type_is_a_usage_error(tmp_path, news_release):
    assert invoke(news_release, "--page-type", "recipe").exit_code == 2
