"""Limits and safe parsing: each crash or hang found by fuzzing or the hostile corpus, pinned by a test."""

from __future__ import annotations

import json
import socket
import time

import jsonschema
import pytest

from extractor import Article, ExtractorError, Options, extract
from extractor.emit import record_schema, to_json
from extractor.errors import NestingTooDeepError, TooManyElementsError
from extractor.html.limits import tree_size
from extractor.pipeline import run_safely
from extractor.safe_text import clean_page_text, valid_strings, valid_unicode

ARTICLE = "<p>" + "The council met on Tuesday and voted to rebuild the old bridge over the river. " * 8
ARTICLE += "</p>"


def nested(levels: int, tag: str = "div") -> str:
    return (f"<html><head><title>Nested</title></head><body>{f'<{tag}>' * levels}{ARTICLE}"
            f"{f'</{tag}>' * levels}</body></html>")


def record_line(article: Article) -> str:
    record = article.to_dict(explain=True)
    jsonschema.validate(record, record_schema())
    line = to_json(record)
    line.encode("utf-8")  # raises on a lone surrogate
    return line


# --- valid UTF-8 whatever the input -------------------------------------------------------------

def test_lone_surrogates_in_text_input_become_replacement_characters():
    # Found by the property tests: a text dump given as str with a lone surrogate made a record
    # that could not be written as UTF-8 (UnicodeEncodeError on output).
    first = "The council voted on Tuesday \ud800 to approve the new budget for the coming year, officials said."
    second = "Residents will see the first changes in the spring \udfff when the new bus lines open."
    article = extract(f"Council approves budget\n\n{first}\n\n{second}", input_format="text")
    assert article.body == f"{first}\n\n{second}".replace("\ud800", "\ufffd").replace("\udfff", "\ufffd")
    assert json.loads(record_line(article))["body"] == article.body


def test_lone_surrogate_no_longer_cuts_the_html_short():
    # lxml stopped reading the page at the surrogate: the title ended there and the body was lost.
    article = extract(f"<html><head><title>Bridge \ud800 vote</title></head><body>{ARTICLE}</body></html>")
    assert article.title == "Bridge \ufffd vote"
    assert "rebuild the old bridge" in article.body


def test_surrogate_pairs_are_joined_into_their_character():
    assert valid_unicode("smile \ud83d\ude00") == "smile \U0001f600"


def test_source_and_url_that_are_not_utf8_still_give_a_valid_record():
    # A file name with a byte that is not UTF-8 reaches Python as a lone surrogate (surrogateescape).
    article = run_safely(Article(source="scrape/caf\udce9.html", raw=b"\x89PNG\r\n\x1a\n"),
                         Options(url="https://example.org/\udcff"))
    record = json.loads(record_line(article))
    assert record["source"] == "scrape/caf\ufffd.html"
    assert record["url"] == "https://example.org/\ufffd"
    assert record["error"]["type"] == "NotHtmlError"


def test_valid_strings_reaches_keys_and_nested_lists():
    assert valid_strings({"a\ud800": ["x\udfff", {"k": "\ud800"}], "n": 3}) == \
        {"a\ufffd": ["x\ufffd", {"k": "\ufffd"}], "n": 3}


def test_control_characters_are_dropped_and_line_endings_unified():
    assert clean_page_text("a\x00b\x01c\x1b\x7fd\r\ne\rf\x0bg\x0ch\ti") == "abcd\ne\nf\ng\nh\ti"


def test_mixed_line_endings_still_split_text_dump_paragraphs():
    # Found on the hostile corpus: "\r\n\r\n" and "\r\r" did not separate paragraphs, so a
    # Windows-saved dump came out as one paragraph.
    paragraphs = [f"Paragraph {n} of the story says what the council decided and why it matters now." for n in range(4)]
    dump = ("Council approves budget\r\n\r\n" + paragraphs[0] + "\r\n\r\n" + paragraphs[1] + "\r\r"
            + paragraphs[2] + "\n\n" + paragraphs[3])
    assert extract(dump, input_format="text").paragraphs == paragraphs


def test_control_characters_do_not_reach_the_title():
    article = extract(f"<html><head><title>Bridge\x01\x02 vote</title></head><body>{ARTICLE}</body></html>")
    assert article.title == "Bridge vote"


def test_language_is_always_two_ascii_letters():
    # Found by the property tests: lang="İx" gave "i̇" (three code points), breaking the schema;
    # found by atheris: lang="e" gave "e".
    for lang in ("İx", "ΕΛ", "日本", "e", "1x"):
        article = extract(f'<html lang="{lang}"><body>{ARTICLE}</body></html>')
        assert article.language is None
        record_line(article)
    assert extract(f'<html lang="en-GB"><body>{ARTICLE}</body></html>').language == "en"


# --- limits -----------------------------------------------------------------------------------------

def test_tree_size_counts_elements_and_depth_without_recursion():
    from lxml import html

    tree = html.document_fromstring(nested(3000), parser=html.HTMLParser(huge_tree=True))
    elements, depth = tree_size(tree)
    assert depth == 2048  # libxml2's own ceiling with huge_tree
    assert elements > 2000


@pytest.mark.parametrize("tag", ["div", "font", "table"])
def test_nesting_past_the_limit_is_an_error_naming_the_option(tag):
    # libxml2 silently stopped at level 256 and dropped the rest of the page, article included.
    with pytest.raises(NestingTooDeepError, match="--max-depth"):
        extract(nested(10_000, tag))


def test_nesting_under_a_raised_limit_keeps_the_article():
    article = extract(nested(400), options=Options(max_depth=500))
    assert "rebuild the old bridge" in article.body


def test_nesting_just_under_the_default_limit_is_extracted():
    article = extract(nested(200))
    assert "rebuild the old bridge" in article.body


def test_too_many_elements_is_an_error_naming_the_option():
    page = "<html><body>" + "<div><span>x</span></div>" * 60_000 + ARTICLE + "</body></html>"
    started = time.perf_counter()
    with pytest.raises(TooManyElementsError, match="--max-elements"):
        extract(page)
    assert time.perf_counter() - started < 10


def test_max_depth_outside_what_the_parser_can_reach_is_refused():
    with pytest.raises(ValueError, match="max_depth"):
        Options(max_depth=5000)


def test_oversized_input_is_an_error_naming_the_option():
    with pytest.raises(ExtractorError, match="--max-bytes"):
        extract(b"<p>x</p>" * 100, options=Options(max_bytes=100))


def test_title_stuffed_with_separators_is_quick():
    # Found on the hostile corpus: every run of pieces of the <title> was a candidate (cubic):
    # 400 keywords between pipes took 4 s, 2,000 would take minutes.
    stuffed = " | ".join(f"keyword{i}" for i in range(2000))
    page = (f"<html><head><title>{stuffed}</title><meta property='og:title' content='{stuffed}'>"
            f"</head><body><h1>Council votes to rebuild bridge</h1>{ARTICLE}</body></html>")
    started = time.perf_counter()
    article = extract(page)
    assert time.perf_counter() - started < 5
    assert article.title == "Council votes to rebuild bridge"


def test_many_short_paragraphs_do_not_hit_the_quadratic_fallback():
    # Found on the hostile corpus: 6,000 short paragraphs took 9 s in jusText's fallback.
    page = f"<html><body><article>{ARTICLE}" + "<p>Short line.</p>" * 6000 + "</article></body></html>"
    started = time.perf_counter()
    article = extract(page)
    assert time.perf_counter() - started < 8
    assert "rebuild the old bridge" in article.body


# --- safe parsing: no network, no entities ------------------------------------------------------

@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to open a connection or resolve a name is recorded and refused."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_external_resources_are_never_fetched(no_network, fixtures):
    page = (fixtures / "hostile" / "external-resources.html").read_bytes()
    article = extract(page, url="http://example.org/a")
    assert no_network == []
    assert "The harbour reopened" in article.body


def test_external_entities_are_not_read(tmp_path, no_network):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    page = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">'
            f'<!ENTITY remote SYSTEM "http://example.org/x.dtd">]>'
            f"<html><body><p>&xxe; &remote;</p>{ARTICLE}</body></html>")
    for data in (page, page.encode()):
        record = record_line(extract(data))
        assert "TOP-SECRET-MARKER" not in record
    assert no_network == []


def test_entity_expansion_bomb_is_not_expanded(fixtures):
    page = (fixtures / "hostile" / "billion-laughs.html").read_bytes()
    started = time.perf_counter()
    article = extract(page)
    assert time.perf_counter() - started < 5
    assert "lollollol" not in article.body
    assert len(record_line(article)) < 20_000


@pytest.mark.parametrize("address", ["http://[2001:db8", "http://[::1]:x/", "//[", "http://a:99999999/"])
def test_broken_page_address_does_not_crash(address):
    # Found by atheris: a canonical link "http://[..." made urlsplit raise ValueError in the title
    # chooser, and the whole page failed with an undocumented exception.
    page = (f'<html><head><link rel="canonical" href="{address}">'
            f'<meta property="og:url" content="{address}"><title>Bridge vote - Coast News</title>'
            f"</head><body>{ARTICLE}</body></html>")
    article = extract(page)
    assert article.url == address
    assert article.title == "Bridge vote"  # the first piece of a <title> with a separator
    record_line(article)


@pytest.mark.parametrize("payload", ["[" * 100_000, '{"a":' * 100_000, "[" * 50_000 + "]" * 50_000])
def test_deeply_nested_json_ld_is_ignored(payload):
    # Found by review of the fuzz surface: json's decoder recurses, so JSON-LD nested 100,000 deep
    # raised RecursionError and failed the page.
    page = (f'<html><head><script type="application/ld+json">{payload}</script>'
            f"<title>Bridge vote</title></head><body>{ARTICLE}</body></html>")
    article = extract(page)
    assert article.title == "Bridge vote"
    assert "rebuild the old bridge" in article.body


def test_json_ld_a_few_levels_down_is_still_read():
    page = ('<html><head><script type="application/ld+json">[[{"@type": "NewsArticle", '
            '"headline": "Council votes to rebuild bridge", '
            '"author": {"@type": "Person", "name": "Jane Roe"}}]]'
            f"</script></head><body>{ARTICLE}</body></html>")
    article = extract(page)
    assert article.title == "Council votes to rebuild bridge"
    assert article.authors == ["Jane Roe"]


def test_nested_lists_at_the_depth_ceiling_do_not_crash():
    # Found while probing the depth limit: with --max-depth raised to 2,000, 600 nested <ul><li>
    # made trafilatura exceed Python's recursion limit. The ceiling is now 800.
    from extractor.model import MAX_DEPTH_CEILING

    levels = MAX_DEPTH_CEILING // 2 - 5
    page = ("<html><body><article>" + "<ul><li>The council voted. " * levels + "</li></ul>" * levels
            + "</article></body></html>")
    article = extract(page, options=Options(max_depth=MAX_DEPTH_CEILING))
    assert "The council voted." in article.body


def test_a_stage_out_of_recursion_depth_gives_a_typed_error(monkeypatch):
    from extractor import pipeline
    from extractor.errors import PageTooComplexError

    def walk_forever(article, options):
        return walk_forever(article, options)

    monkeypatch.setattr(pipeline, "HTML_STAGES", (*pipeline.HTML_STAGES, walk_forever))
    with pytest.raises(PageTooComplexError, match="walk_forever"):
        extract(f"<html><body>{ARTICLE}</body></html>")
    record = run_safely(Article(source="page.html", text=f"<html><body>{ARTICLE}</body></html>"), Options())
    assert record.error["type"] == "PageTooComplexError"


def test_malformed_image_addresses_do_not_crash():
    # Found in review after the fuzzing: urljoin raises ValueError on "http://[..." bases and sources.
    page = ('<html><head><base href="http://[::1"><meta property="og:image" content="http://[bad/x.jpg"></head>'
            f'<body><article><h1>Bridge vote</h1>{ARTICLE}'
            '<figure><img src="http://[::1/a.jpg" srcset="http://[x 2x"><figcaption>The old bridge</figcaption>'
            '</figure></article></body></html>')
    article = extract(page, url="http://[2001:db8")
    assert "rebuild the old bridge" in article.body
    record_line(article)


def test_a_record_is_one_line_for_every_line_reader():
    # U+2028, U+2029 and NEL are legal raw in JSON strings, but str.splitlines (and older
    # JavaScript) end a line at them: a JSON Lines record must not be cut in two.
    from extractor.emit import to_json

    body = "first\u2028second\u2029third\x85fourth"
    line = to_json({"body": body})
    assert len(line.splitlines()) == 1
    assert json.loads(line)["body"] == body
