"""Bylines of text dumps: read from the lines below (or just above) the headline."""

from __future__ import annotations

from extractor.textdump.byline import find_byline
from extractor.textdump.lines import Line


def _lines(texts: list[str], kinds: dict[int, str] | None = None) -> list[Line]:
    lines = []
    for index, text in enumerate(texts):
        line = Line(index, text, len(text.split()), index, (kinds or {}).get(index))
        line.measure()
        lines.append(line)
    return lines


STORY = "The council voted on Monday to close the old bridge to cars for the whole of next year."


def test_name_above_the_headline_next_to_its_date():
    lines = _lines(["Menu", "Jane Roe", "2019.04.25", "Bridge to close for a year", STORY], kinds={3: "headline"})
    authors, _ = find_byline(lines, 4, lines[3])
    assert authors == ["Jane Roe"]


def test_name_above_the_headline_with_a_section_between_it_and_its_date():
    lines = _lines(["Menu", "Jane Roe", "Culture", "2019.04.25", "Bridge to close for a year", STORY],
                   kinds={4: "headline"})
    authors, _ = find_byline(lines, 5, lines[4])
    assert authors == ["Jane Roe"]


def test_bare_name_far_from_any_date_above_the_headline_is_no_byline():
    lines = _lines(["Jane Roe", "Culture", "Travel", "Opinion", "2019.04.25", "Bridge to close for a year", STORY],
                   kinds={5: "headline"})
    authors, _ = find_byline(lines, 6, lines[5])
    assert authors == []


def test_name_before_a_date_that_runs_on_after_a_separator():
    lines = _lines(["Bridge to close for a year", "Jane Roe | 05.04.2025 - Updated: 06.04.2025", STORY, STORY],
                   kinds={0: "headline"})
    authors, published = find_byline(lines, 2, lines[0])
    assert authors == ["Jane Roe"]
    assert published == "2025-04-05"


def test_a_profile_link_glued_to_the_name_is_not_part_of_it():
    lines = _lines(["Bridge to close for a year", "By Jane RoeTwitter", STORY, STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 2, lines[0])
    assert authors == ["Jane Roe"]


def test_a_publication_label_glued_to_its_date_still_labels_it():
    from extractor.textdump.byline import dates_on_line
    labelled, found = dates_on_line("Publiziert17. Dezember 2024, 12:17")
    assert labelled == ["2024-12-17"] and found[0][1] == "2024-12-17"


def test_a_dotted_date_with_a_two_digit_year_is_read_day_first_and_a_version_number_is_not():
    from extractor.textdump.byline import dates_on_line
    assert dates_on_line("Veröffentlicht am 27.04.24 um 07:39 Uhr")[1] == [(18, "2024-04-27")]
    assert dates_on_line("15.10.24 23:35")[1] == [(0, "2024-10-15")]
    assert dates_on_line("Release v2.10.11 is out")[1] == []
    assert dates_on_line("Section 31.13.24 of the code")[1] == []


def test_an_agency_in_the_byline_is_no_author():
    lines = _lines(["Bridge to close for a year", "By AFP | 05.04.2025", STORY, STORY], kinds={0: "headline"})
    authors, published = find_byline(lines, 2, lines[0])
    assert authors == []
    assert published == "2025-04-05"


def test_a_name_over_a_day_first_numeric_date_line_is_the_byline():
    lines = _lines(["Bridge to close for a year", "Jane Roe", "17.05.2026, 19:06 Uhr", STORY, STORY],
                   kinds={0: "headline"})
    authors, published = find_byline(lines, 3, lines[0])
    assert authors == ["Jane Roe"]
    assert published == "2026-05-17"


def test_a_reading_time_after_a_name_is_not_part_of_it():
    lines = _lines(["Bridge to close for a year", "November 6, 2025", "Jane Roe 2 minutes read", STORY, STORY],
                   kinds={0: "headline"})
    authors, _ = find_byline(lines, 3, lines[0])
    assert authors == ["Jane Roe"]


def test_a_pictures_subject_over_its_credit_is_no_byline():
    lines = _lines(["Bridge to close for a year", "Published:", "02.02.2025 21:52", "John Doe",
                    "Foto: REUTERS/Ann Poe", STORY, STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 5, lines[0])
    assert "John Doe" not in authors


def test_a_commentary_label_before_the_name_is_not_part_of_it():
    lines = _lines(["Bridge to close for a year", "Ein Kommentar von Jane Roe", STORY, STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 2, lines[0])
    assert authors == ["Jane Roe"]


def test_a_date_with_a_space_after_each_dot_is_read_day_first():
    from extractor.textdump.byline import dates_on_line
    assert dates_on_line("06. 01. 2026, 14:59 Uhr")[1][0][1] == "2026-01-06"


def test_what_innertext_glues_to_a_name_is_cut_off():
    from extractor.textdump.bylinenames import people
    assert people("Par Jane Roe(Bruxelles, bureau européen)") == ["Jane Roe"]
    assert people("Jane RoeCEO") == ["Jane Roe"]
    assert people("by Jane RoeJane Roe") == ["Jane Roe"]
    assert people("HomeAdvisor") == ["HomeAdvisor"]  # one word: no name before a glued job title


def test_a_captions_date_with_its_pictures_credit_does_not_date_the_dump():
    caption = ("A file photograph shows the minister speaking at the council in Shah Alam on November 19, 2024. "
               "— Picture by John Doe")
    lines = _lines(["Bridge to close for a year", caption, "By Jane Roe", STORY, STORY], kinds={0: "headline"})
    _, published = find_byline(lines, 3, lines[0])
    assert published is None


def test_a_name_below_a_by_label_comes_before_a_kicker_beside_the_date():
    lines = _lines(["Bridge to close for a year", "March 9, 2025", "Closed Roads", STORY, "By", "Jane Roe", STORY],
                   kinds={0: "headline"})
    authors, _ = find_byline(lines, 3, lines[0])
    assert authors == ["Jane Roe"]


def test_what_runs_on_after_a_labelled_name_is_cut():
    lines = _lines(["Bridge to close for a year", "By", "Jane Roe last updated", "4 April 17", STORY],
                   kinds={0: "headline"})
    authors, _ = find_byline(lines, 4, lines[0])
    assert authors == ["Jane Roe"]


def test_names_stacked_below_a_label_down_to_the_date_are_each_an_author_once():
    lines = _lines(["Bridge to close for a year", "Von", "Jane Roe", "Jane Roe", "John Doe", "John Doe",
                    "09.05.2024", STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 7, lines[0])
    assert authors == ["Jane Roe", "John Doe"]


def test_a_name_or_role_below_a_labelled_name_without_a_date_is_no_second_author():
    for below in ("Junior Content Writer", "Fact Checked"):
        lines = _lines(["Bridge to close for a year", "By", "Jane Roe", below, STORY], kinds={0: "headline"})
        authors, _ = find_byline(lines, 4, lines[0])
        assert authors == ["Jane Roe"]


def test_names_stacked_above_their_date_are_each_an_author():
    lines = _lines(["Bridge to close for a year", "Jane Roe", "John Doe", "Published 9 May 2024", STORY],
                   kinds={0: "headline"})
    authors, _ = find_byline(lines, 4, lines[0])
    assert authors == ["Jane Roe", "John Doe"]


def test_a_kicker_below_a_name_and_its_date_is_no_second_author():
    lines = _lines(["Bridge to close for a year", "May 9, 2024", "Jane Roe", "Closed Roads", STORY],
                   kinds={0: "headline"})
    authors, _ = find_byline(lines, 4, lines[0])
    assert authors == ["Jane Roe"]


def test_a_job_title_glued_to_the_name_beside_its_date_is_cut_off():
    lines = _lines(["Bridge to close for a year", "21 May 2025 - 14:19", "Jane RoeCEO", STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 3, lines[0])
    assert authors == ["Jane Roe"]


def test_a_bare_name_without_a_date_label_or_title_is_no_byline():
    lines = _lines(["Bridge to close for a year", "Closed Roads", STORY], kinds={0: "headline"})
    assert find_byline(lines, 2, lines[0])[0] == []


def test_a_name_and_its_date_parted_by_a_slash():
    for texts in (["Jane Roe/", "November 28, 2016"], ["Jane Roe/November 28, 2016"]):
        lines = _lines(["Bridge to close for a year", *texts, STORY], kinds={0: "headline"})
        authors, _ = find_byline(lines, len(texts) + 1, lines[0])
        assert authors == ["Jane Roe"]


def test_names_before_a_reporter_cue_with_their_addresses_between():
    lines = _lines(["다리 통행 금지", "홍길동 기자", "hong@example.com", "김철수 기자", "kim@example.com", "2025-06-04",
                    STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 6, lines[0])
    assert authors == ["홍길동", "김철수"]


def test_a_cue_word_inside_a_sentence_names_no_one():
    lines = _lines(["다리 통행 금지", "오늘 기자 회견이 열렸다", STORY], kinds={0: "headline"})
    assert find_byline(lines, 2, lines[0])[0] == []


def test_a_pictures_subject_said_twice_over_its_credit_is_no_byline():
    lines = _lines(["Bridge to close for a year", "19.04.2026 19:05", "John Doe", "John Doe", "Foto: Jane Roe",
                    STORY], kinds={0: "headline"})
    assert find_byline(lines, 5, lines[0])[0] == []


def test_furniture_printed_twice_does_not_push_the_byline_out_of_reach():
    menu = ["Listen", "Summary", "Speed read", "Dive deeper", "Share", "Print"]
    lines = _lines(["Bridge to close for a year", *menu, *menu, "By Jane Roe Follow", STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, len(menu) * 2 + 2, lines[0])
    assert authors == ["Jane Roe"]


def test_a_byline_beyond_a_dozen_distinct_lines_is_out_of_reach():
    menu = [f"Section {chr(65 + n)}" for n in range(12)]
    lines = _lines(["Bridge to close for a year", *menu, "By Jane Roe", STORY], kinds={0: "headline"})
    assert find_byline(lines, len(menu) + 2, lines[0])[0] == []


def test_a_caption_printed_twice_counts_once_before_the_byline():
    caption = "The old bridge over the river at dusk, seen from the east bank on Monday evening before the vote."
    lines = _lines(["Bridge to close for a year", STORY, caption, caption + " Photo: Jane Doe",
                    "By Jane Roe and John Doe", STORY], kinds={0: "headline"})
    authors, _ = find_byline(lines, 1, lines[0])
    assert authors == ["Jane Roe", "John Doe"]


def test_names_each_printed_twice_below_a_label_are_each_an_author():
    lines = _lines(["Bridge to close for a year", "Von", "Jane Roe", "Jane Roe", "John Doe", "John Doe", STORY],
                   kinds={0: "headline"})
    authors, _ = find_byline(lines, 6, lines[0])
    assert authors == ["Jane Roe", "John Doe"]
