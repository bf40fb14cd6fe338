"""Property tests: whatever bytes or text go in, `extract` gives a valid record or raises `ExtractorError`."""

from __future__ import annotations

import json
import os

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import ExtractorError, Options, extract
from extractor.emit import record_schema, to_json
from extractor.model import Article
from extractor.pipeline import run_safely

SCHEMA = record_schema()
# 150 examples per property in the suite; EXTRACTOR_FUZZ_EXAMPLES=20000 for a long run (README, Reliability).
EXAMPLES = int(os.environ.get("EXTRACTOR_FUZZ_EXAMPLES", "150"))
FUZZ_SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                         suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# Pieces of real pages that hypothesis strings together, so that inputs reach the HTML path,
# the metadata readers and the text-dump path, not only the binary-junk check.
MARKUP = [
    "<html>", "<head>", "</head>", "<body>", "</body>", "<title>", "</title>", "<h1>", "</h1>", "<p>", "</p>",
    "<div class='byline author'>", "</div>", "<article>", "</article>", "<table><tr><td>",
    "</td></tr></table>", '<meta property="og:title" content="', '<meta name="author" content="',
    '<meta property="og:locale" content="',
    '<meta name="date" content="', '<meta charset="', '">', '<html lang="', '<link rel="canonical" href="',
    '<script type="application/ld+json">', "</script>", '{"@type": "NewsArticle", "headline": "', '"}',
    '"author": [{"name": "', '"datePublished": "', "<![CDATA[", "]]>", "<!--", "-->", "<?xml version='1.0'?>",
    '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>', "&e;", "&amp;", "&#0;", "&#xD800;",
    "<time datetime='", "'>", "<img src='", "<br>", " | ", " - ", "\n\n", "\r\n", "\r", "\x00", "\ufeff",
    "\ud800", "\udfff", "2023-02-30", "By Jane Roe and John Doe", "İ", "\u2028", "\x0b", "\x0c",
]
page_text = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=30)), max_size=60).map("".join)
page_bytes = st.one_of(
    st.binary(max_size=2000),
    page_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    page_text.map(lambda text: text.encode("utf-16", "surrogatepass")),
    page_text.map(lambda text: text.encode("cp1252", "replace")),
)


def assert_valid_record(article: Article) -> None:
    record = article.to_dict(explain=True)
    jsonschema.validate(record, SCHEMA)
    line = to_json(record)
    assert "\n" not in line  # one record, one JSON line
    assert json.loads(line.encode("utf-8")) == record


def extract_or_error(data, **kwargs) -> None:
    try:
        article = extract(data, **kwargs)
    except ExtractorError as error:
        assert error.to_dict()["message"]
        return
    assert_valid_record(article)


@FUZZ_SETTINGS
@given(page_bytes)
def test_any_bytes_give_a_valid_record_or_a_typed_error(data):
    extract_or_error(data)


@FUZZ_SETTINGS
@given(page_text)
def test_any_text_gives_a_valid_record_or_a_typed_error(text):
    extract_or_error(text)


@FUZZ_SETTINGS
@given(st.one_of(page_text, st.text(max_size=500)))
def test_text_dump_path_on_any_text(text):
    extract_or_error(text, input_format="text")


@FUZZ_SETTINGS
@given(page_bytes)
def test_html_path_forced_on_any_bytes(data):
    extract_or_error(data, input_format="html")


@FUZZ_SETTINGS
@given(st.text(), st.text(), page_bytes)
def test_failed_pages_still_give_valid_records(source, url, data):
    options = Options(url=url or None, max_bytes=64)
    article = run_safely(Article(source=source, raw=data), options)
    assert_valid_record(article)
    if len(data) > 64:
        assert article.error["type"] == "InputTooLargeError"


@FUZZ_SETTINGS
@given(st.binary(max_size=3000), st.integers(min_value=1, max_value=5000))
def test_gunzip_of_any_bytes_gives_data_within_the_limit_or_a_typed_error(data, limit):
    import gzip

    from extractor.sources.read import gunzip

    for packed in (data, gzip.compress(data), gzip.compress(data)[: len(data) // 2 + 10]):
        try:
            out = gunzip(packed, limit)
        except ExtractorError:
            continue
        assert len(out) <= limit
        if packed is not data and len(data) <= limit and out != data:
            raise AssertionError("a whole gzip stream under the limit must inflate to its data")
