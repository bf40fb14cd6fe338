"""The benchmark's own logic on tiny made-up figures: floors, the gate's messages, the table, the refusals.

None of it needs the shared development sets."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from bench import datasets, floors, lost, runners, scoring, table  # noqa: E402


def load_run():
    spec = importlib.util.spec_from_file_location("bench_run", BENCHMARKS / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def row(set_name, mode, half, tool, **metrics):
    return {"set": set_name, "mode": mode, "half": half, "tool": tool, "metrics": metrics}


def test_a_floor_is_the_figure_rounded_down_to_three_decimals():
    assert floors.floor_of(0.951) == 0.951  # stored as 0.95099999..., must not drop to 0.950
    assert floors.floor_of(0.95199) == 0.951
    assert floors.floor_of(1.0) == 1.0


def test_floors_are_pinned_from_extractor_check_rows_only_and_skip_times_and_zeros():
    rows = [row("a", "html", "check", "extractor", f1=0.9234, ms=12.0, img_recall=0.0),
            row("a", "html", "tune", "extractor", f1=0.5),
            row("a", "html", "check", "trafilatura", f1=0.99)]
    pinned = floors.floors_from(rows, "why")
    assert pinned == {"_why": "why", "a": {"html": {"f1": 0.923}}}


def test_the_gate_names_set_mode_metric_figure_and_floor():
    rows = [row("fundus-news", "soup", "check", "extractor", f1=0.8012, title=0.9)]
    pinned = {"_why": "x", "fundus-news": {"soup": {"f1": 0.85, "title": 0.9}}}
    failures = floors.check_floors(rows, pinned, {("fundus-news", "soup")})
    assert failures == ["fundus-news soup f1: check-half figure 0.8012 is below its floor 0.85"]


def test_the_gate_fails_on_a_missing_figure_and_ignores_pairs_not_run():
    rows = [row("a", "html", "check", "extractor", f1=0.9)]
    pinned = {"a": {"html": {"f1": 0.9, "title": 0.5}}, "b": {"html": {"f1": 0.99}}}
    failures = floors.check_floors(rows, pinned, {("a", "html")})
    assert failures == ["a html title: no check-half figure (floor 0.5)"]


def test_mean_rows_average_each_metric_over_the_sets_that_have_it():
    rows = [row("a", "html", "check", "extractor", f1=0.8, caption=0.5),
            row("b", "html", "check", "extractor", f1=0.6),
            row("c", "text", "check", "extractor", quotes_f1=0.9)]
    means = table.mean_rows(rows)
    assert len(means) == 1  # the text mode has one set: its mean would only repeat it
    assert means[0]["metrics"] == pytest.approx({"f1": 0.7, "caption": 0.5})


def test_a_figure_a_tool_lacks_is_a_dash_not_a_zero():
    line = table.format_row(row("a", "html", "check", "trafilatura", f1=0.75, ms=3.25))
    cells = line.split()
    assert cells[4] == "0.750" and cells[-1] == "3.2"
    assert cells[5:-1] == ["-"] * (len(table.COLUMNS) - 2)


class FoldingScorer:
    """The reference scorer's two functions the title-in-dump figure uses."""

    @staticmethod
    def fold(text):
        return " ".join((text or "").lower().split())

    @staticmethod
    def labelled(truth, field):
        return field in truth.get("fields", [field])


def test_title_in_dump_counts_only_pages_whose_dump_holds_the_title_folded():
    page = datasets.Page("a", "p1", "tune", Path("p1.txt"), None, truth={"title": "“Big”  News Today"})
    holds = b"Menu\n\"big\" news   TODAY\n\nStory text."
    assert scoring.title_in_dump(FoldingScorer, page, {"title": "“Big” News Today"}, holds) == {
        "title_in_dump_n": 1, "title_in_dump_ok": 1}
    assert scoring.title_in_dump(FoldingScorer, page, {"title": "Big News"}, holds)["title_in_dump_ok"] == 0
    assert not scoring.title_in_dump(FoldingScorer, page, {"title": "Big News Today"}, b"Story text only.")


def test_per_page_lists_the_worst_pages_first():
    # Body F1 first (a page without a body label counts as whole), then the number of missed fields.
    text = table.format_per_page("a html tune", [("good", 1.0, []), ("bad", 0.1, ["title"]),
                                                 ("meta", None, ["date", "title"]), ("fine", 0.98, [])], 3)
    lines = text.splitlines()
    assert lines[0] == "== a html tune: worst 3 of 4 pages"
    assert lines[1].startswith("bad") and "missed: title" in lines[1]
    assert lines[2].startswith("fine")
    assert lines[3].startswith("meta") and "missed: date, title" in lines[3]


@pytest.mark.parametrize("half", [["--half", "check"], ["--half", "both"], []])
def test_per_page_is_refused_for_the_check_half(half, capsys):
    status = load_run().main([*half, "--per-page"])
    assert status == 2
    assert "check half is for measuring" in capsys.readouterr().err


def test_without_a_bench_folder_the_command_says_what_to_set(tmp_path, capsys):
    status = load_run().main(["--root", str(tmp_path / "absent"), "--limit", "1"])
    assert status == 2
    assert "EXTRACTOR_BENCH_ROOT" in capsys.readouterr().err


def test_the_bench_root_still_follows_the_old_one_set_variable(monkeypatch, tmp_path):
    monkeypatch.delenv("EXTRACTOR_BENCH_ROOT", raising=False)
    monkeypatch.setenv("EXTRACTOR_BENCH_DIR", str(tmp_path / "wcxb-dev-articles"))
    assert datasets.bench_root() == tmp_path
    monkeypatch.setenv("EXTRACTOR_BENCH_ROOT", str(tmp_path / "root"))
    assert datasets.bench_root() == tmp_path / "root"


def test_baselines_run_only_where_their_input_exists():
    every = runners.TOOLS
    assert runners.tools_for("html", every) == ("extractor", "trafilatura")
    assert runners.tools_for("soup", every) == every
    assert runners.tools_for("text", every) == ("extractor",)


def test_trafilatura_reads_a_dump_one_paragraph_per_line():
    page = runners.lines_as_paragraphs(b"Title <b>\n\nFirst line\n")
    assert page == "<html><body><p>Title &lt;b&gt;</p><p>First line</p></body></html>"


def test_tools_take_turns_page_by_page(monkeypatch):
    # Every tool goes first as often as the others, so a machine growing busier slows them alike.
    seen = []

    def recording(tool):
        def run(job, data):
            seen.append(tool)
            return {}, 0.0
        return run

    monkeypatch.setattr(runners, "read_input", lambda job: b"")
    monkeypatch.setattr(runners, "RUNNERS", {tool: recording(tool) for tool in runners.TOOLS})
    firsts = []
    for number in range(3):
        seen.clear()
        runners.run_job(runners.Job("a", "soup", "tune", f"p{number}", Path("x"), None, runners.TOOLS, number))
        firsts.append(seen[0])
    assert sorted(firsts) == sorted(runners.TOOLS)


def test_a_page_row_names_what_the_page_missed():
    from collections import Counter

    from bench import scoring

    page = datasets.Page("s", "p1", "tune", Path("x"), None, {}, quotes=[{"text": "a b c"}, {"text": "d e f"}])
    counts = Counter(title_n=1, title_ok=0, date_n=1, date_ok=1, img_label=3, img_pairs=1)
    row = scoring.page_row(page, {"quotes": [{"text": "a b c"}]}, [(0.5, 0.5, 0.5)], counts)
    assert row == ("p1", 0.5, ["title", "images 1/3", "quotes 1 found, 2 labelled"])


def test_image_precision_and_recall_are_not_measured_in_text_dump_modes():
    from bench import scoring

    figures = {"f1": 0.5, "img_precision": 0.0, "img_recall": 0.0, "caption": 0.2}
    assert scoring.measured_in(figures, "soup") == {"f1": 0.5, "caption": 0.2}
    assert scoring.measured_in(figures, "innertext") == {"f1": 0.5, "caption": 0.2}
    assert scoring.measured_in(figures, "html") == figures


def test_a_page_is_lost_where_ours_fails_and_the_other_reading_gets_it_right():
    body_f1 = {
        ("news", "html", "tune", "extractor"): {"a": 0.2, "b": 0.95, "c": 0.4, "d": 0.1},
        ("news", "html", "tune", "trafilatura"): {"a": 0.95, "b": 0.97, "c": 0.6, "d": 0.92},
        ("news", "innertext", "check", "extractor"): {"a": 0.1, "b": 0.9},
        ("news", "html", "check", "extractor"): {"a": 0.85, "b": 0.95},
    }
    rows = {(row["mode"], row["half"]): row for row in lost.lost_pages(body_f1)}
    assert rows["html", "tune"]["lost"] == 2 and rows["html", "tune"]["ids"] == ["a", "d"]
    # the check half gives a count, never the pages
    assert rows["innertext", "check"]["lost"] == 1 and rows["innertext", "check"]["ids"] == []
    # no trafilatura run on the check half: nothing to compare the HTML path with
    assert ("html", "check") not in rows
    assert "2 of 4" in lost.format_lost(list(rows.values()))
