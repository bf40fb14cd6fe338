"""A page's `source` is the input as given joined with the path inside it; a file named twice is read once."""

from __future__ import annotations

from extractor.sources.read import count_page_files, iter_pages

MAX = 10_000_000


def sources(inputs, **kwargs) -> list[str]:
    return [page.source for page in iter_pages([str(i) for i in inputs], MAX, **kwargs)]


def test_a_directory_input_prefixes_its_pages_with_the_directory_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scrape" / "2024").mkdir(parents=True)
    (tmp_path / "scrape" / "2024" / "a.html").write_text("<p>a</p>")
    assert sources(["scrape"]) == ["scrape/2024/a.html"]
    assert sources(["scrape/"]) == ["scrape/2024/a.html"]
    assert sources([tmp_path / "scrape"]) == [f"{tmp_path}/scrape/2024/a.html"]
    assert sources(["scrape/2024/a.html"]) == ["scrape/2024/a.html"]


def test_the_same_file_through_two_inputs_or_a_symlink_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.html").write_text("<p>a</p>")
    (tmp_path / "d" / "b.html").symlink_to(tmp_path / "d" / "a.html")
    (tmp_path / "e").mkdir()
    (tmp_path / "e" / "a.html").write_text("<p>another page</p>")
    assert sources(["d", "d/a.html", "./d", "e"]) == ["d/a.html", "e/a.html"]
    assert count_page_files(["d", "d/a.html", "./d", "e"]) == 2


def test_skip_sees_the_joined_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for directory in ("d1", "d2"):
        (tmp_path / directory).mkdir()
        (tmp_path / directory / "x.html").write_text(f"<p>{directory}</p>")
    assert sources(["d1", "d2"], skip=lambda source: source == "d1/x.html") == ["d2/x.html"]
