"""The dump's scope: a thread's or a listing's whole text is its body; an article's story stays alone."""

import json

from extractor import extract
from extractor.textdump import scope
from extractor.textdump.story import KindMemo, find_story, label_lines, segment_lines

POSTS = [
    ("Marta", "I bought a used film camera last week and the light meter seems to read two stops under. "
              "Is that normal for a camera of this age, or should I have it serviced?"),
    ("oldlens", "Mine did the same until I replaced the battery. The old mercury cells are gone, so the modern "
                "ones give a slightly different voltage."),
    ("K. Ito", "Try a zinc air cell. They hold the voltage the meter was built for, and they cost very little at "
               "any shop that sells hearing aid batteries."),
    ("framer42", "If the needle moves at all, the meter is probably fine. A shop will charge you more than the "
                 "camera is worth to adjust it."),
    ("Jules", "You could also just use a phone app as a meter. It works well enough for negative film, which "
              "forgives a stop either way."),
    ("Bram", "For what it is worth, my own rangefinder read a full stop low for years and every roll still came "
             "out fine."),
    ("oldlens", "Check the contacts in the battery door as well. A little green corrosion there drops the voltage "
                "more than the cell does."),
    ("Nadia", "A cotton swab with some vinegar cleans the contacts. Dry them well before you put a new cell in."),
    ("Jules", "The adapters that hold a silver oxide cell with a diode in them also work, though they cost more "
              "than the zinc air cells."),
    ("Marta", "Thanks everyone, the zinc air cell fixed it. The meter now agrees with my phone within half a stop."),
]


def thread_dump() -> str:
    parts = ["Photo Forum", "Home", "Forums", "Film cameras", "Light meter reads low on an old rangefinder"]
    for number, (name, post) in enumerate(POSTS, 1):
        parts += [name, f"Jan {10 + number}, 2024", f"#{number}", post, "Reply"]
    return "\n\n".join(parts + ["Terms", "Privacy", "Contact us"])


def article_dump() -> str:
    story = [f"Paragraph {n} of the council's budget story says what the city will spend on roads, schools and "
             "parks next year, and why the mayor wants the tax rate to stay where it is." for n in range(1, 9)]
    teasers = ["Related", "Bridge repairs to close the river road for a month", "Jan 3, 2024",
               "New library opens its doors on the east side", "Jan 2, 2024"]
    return "\n\n".join(["City News", "Council agrees next year's budget", "By Ann Lee", *story, *teasers])


def shape(text: str):
    kind_of = KindMemo()
    lines = segment_lines(text, kind_of)
    label_lines(lines, kind_of)
    start, end = find_story(lines)
    return lines, start, end


def test_a_thread_is_read_whole_every_post_in_the_body():
    lines, start, end = shape(thread_dump())
    assert scope.story_words(lines, start, end) < scope.MAX_STORY_WORDS  # the run is one post
    assert scope.page_is_content(lines, start, end)
    body = extract(thread_dump(), input_format="text").body
    assert all(post in body for _, post in POSTS)
    assert "Light meter reads low" not in body  # the headline is the title, not body


def test_an_article_with_a_long_story_keeps_its_story_alone():
    lines, start, end = shape(article_dump())
    assert scope.story_words(lines, start, end) >= scope.MAX_STORY_WORDS
    assert not scope.page_is_content(lines, start, end)
    body = extract(article_dump(), input_format="text").body
    assert "Paragraph 8" in body
    assert "Bridge repairs" not in body


def test_the_shipped_weights_name_the_features_the_code_measures():
    model = json.loads(scope.WEIGHTS_PATH.read_text(encoding="utf-8"))
    lines, start, end = shape(thread_dump())
    assert set(model["weights"]) == set(scope.scope_features(lines, start, end))
    assert isinstance(model["intercept"], float)
