"""Resume never drops a good record: only a last line cut short by a kill is removed; a broken line
before it stops the run (exit 2) with its line number, and the file is left as it was."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from extractor.batch.sinks import ResumeFileError, output_name, repair_json_lines
from extractor.cli.command import cli

GOOD = '{"source": "a"}\n{"source": "b"}\n'


def test_a_broken_line_in_the_middle_stops_resume_with_its_line_number_and_changes_nothing(tmp_path):
    path = tmp_path / "out.jsonl"
    text = GOOD + "{oops\n" + '{"source": "c"}\n{"source": "d"}\n'
    path.write_text(text)
    with pytest.raises(ResumeFileError) as raised:
        repair_json_lines(path)
    assert raised.value.line_number == 3 and "line 3" in str(raised.value)
    assert path.read_text() == text


def test_a_line_without_a_source_is_not_a_record(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(GOOD + "[1, 2]\n" + '{"source": "c"}\n')
    with pytest.raises(ResumeFileError, match="line 3"):
        repair_json_lines(path)


def test_only_the_cut_last_line_goes(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(GOOD + '{"source": "c"}\n' + '{"source": "d", "bo')
    assert repair_json_lines(path) == {"a", "b", "c"}
    assert path.read_text() == GOOD + '{"source": "c"}\n'


def test_a_whole_last_record_without_its_newline_is_kept_and_finished(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(GOOD + '{"source": "c"}')
    assert repair_json_lines(path) == {"a", "b", "c"}
    assert path.read_text() == GOOD + '{"source": "c"}\n'


def test_blank_lines_are_no_reason_to_stop(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text(GOOD + "\n" + '{"source": "c"}\n')
    assert repair_json_lines(path) == {"a", "b", "c"}


def test_the_command_line_exits_2_naming_the_line(tmp_path, news_release):
    out = tmp_path / "out.jsonl"
    text = GOOD + "not json\n" + '{"source": "c"}\n'
    out.write_text(text)
    result = CliRunner().invoke(cli, [str(news_release), "-o", str(out), "--resume"])
    assert result.exit_code == 2
    assert "line 3" in result.stderr and "Traceback" not in result.stderr
    assert out.read_text() == text


@pytest.mark.parametrize(("first", "second"), [
    ("../x.html", "x.html"),
    ("d/.x.html", "d/x.html"),
    ("d/..x.html", "d/%2Ex.html"),
    ("a/../b.html", "b.html"),
])
def test_different_sources_get_different_output_names(first, second):
    assert output_name(first) != output_name(second)
    for name in (output_name(first), output_name(second)):
        assert not name.startswith("/") and ".." not in name.split("/")
