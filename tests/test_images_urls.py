from __future__ import annotations

from lxml import html

from extractor.images.urls import absolute, best_source, largest_candidate, parse_srcset, picture_key


def _img(markup: str):
    return next(html.fromstring(f"<div>{markup}</div>").iter("img"))


def test_srcset_keeps_commas_inside_cloudinary_urls():
    srcset = (
        "https://r.example/image/upload/t_fit-760w,f_auto/a.jpg 760w, "
        "https://r.example/image/upload/t_fit-1520w,f_auto/a.jpg 1520w"
    )
    assert [c[0] for c in parse_srcset(srcset)] == [
        "https://r.example/image/upload/t_fit-760w,f_auto/a.jpg",
        "https://r.example/image/upload/t_fit-1520w,f_auto/a.jpg",
    ]
    assert largest_candidate(srcset) == ("https://r.example/image/upload/t_fit-1520w,f_auto/a.jpg", 1520)


def test_srcset_without_space_after_the_comma_and_with_density_descriptors():
    assert [c[:2] for c in parse_srcset("a.jpg 640w,https://x.example/b.jpg 1964w")] == [
        ("a.jpg", 640.0),
        ("https://x.example/b.jpg", 1964.0),
    ]
    assert [c[:2] for c in parse_srcset("a.jpg, b.jpg 2x")] == [("a.jpg", 1.0), ("b.jpg", 2.0)]
    assert parse_srcset("data:image/gif;base64,R0lGOD 1w") == []


def test_best_source_prefers_lazy_srcset_over_a_placeholder_src():
    img = _img(
        '<img src="data:image/svg+xml,%3Csvg%3E" data-src="/small.jpg" '
        'data-srcset="/small.jpg 400w, /large.jpg 1600w">'
    )
    assert best_source(img) == ("/large.jpg", 1600)


def test_best_source_reads_lazy_attributes_and_picture_sources():
    assert best_source(_img('<img src="/blank.gif" data-lazy-src="/real.jpg">')) == ("/real.jpg", None)
    assert best_source(_img('<img data-original="/orig.jpg">')) == ("/orig.jpg", None)
    picture = _img(
        '<picture><source srcset="/a-800.webp 800w, /a-2000.webp 2000w">'
        '<img src="/a-400.jpg" width="400"></picture>'
    )
    assert best_source(picture) == ("/a-2000.webp", 2000)
    assert best_source(_img('<img src="data:image/png;base64,AAAA">')) == (None, None)


def test_absolute_resolves_against_the_base_and_protocol_relative_urls():
    assert absolute("/img/a.jpg", "https://news.example/world/story") == "https://news.example/img/a.jpg"
    assert absolute("a.jpg", "https://news.example/world/story") == "https://news.example/world/a.jpg"
    assert absolute("//cdn.example/a.jpg", None) == "https://cdn.example/a.jpg"
    assert absolute("/img/a.jpg", None) == "/img/a.jpg"


def test_picture_key_is_one_for_every_copy_of_a_file():
    copies = [
        "https://www.statnews.com/wp-content/uploads/2025/12/AdobeStock_1666420772-1024x576.jpeg",
        "https://www.statnews.com/wp-content/uploads/2025/12/AdobeStock_1666420772-1600x900.jpeg",
        "https://i0.wp.com/www.statnews.com/wp-content/uploads/2025/12/AdobeStock_1666420772.jpeg?w=2560",
        "https://cdn.example/AdobeStock_1666420772-scaled.webp",
    ]
    assert len({picture_key(url) for url in copies}) == 1


def test_picture_key_looks_inside_resizing_proxies_and_above_generic_names():
    proxied = (
        "https://epe.brightspotcdn.com/dims4/default/818ef9e/resize/942x630!/quality/90/"
        "?url=https%3A%2F%2Fs3.example%2F0e%2Fpencil-red-flag-112025.jpg"
    )
    assert picture_key(proxied) == picture_key("https://s3.example/0e/pencil-red-flag-112025.jpg")
    nested = (
        "https://substackcdn.com/image/fetch/w_1200,c_fill/https%3A%2F%2Fmedia.example%2Fimages%2F"
        "eb2437ae_1080x1620.jpeg"
    )
    assert picture_key(nested) == picture_key("https://media.example/images/eb2437ae_1080x1620.jpeg")
    first = picture_key("https://cdn.example/2018/05/RTX4MZLB/original.jpg")
    assert first == picture_key("https://cdn.example/thumbor/x=/1200x625/2018/05/RTX4MZLB/original.jpg")
    assert first != picture_key("https://cdn.example/2018/05/RTX9999/original.jpg")


def test_picture_key_drops_an_image_services_size_options_after_the_name():
    shown = picture_key("https://lh3.images.example/hwjrfw1hPrVNOAk6LFPem1EcB3BKIAJJ=s750")
    assert shown == picture_key("https://lh3.images.example/hwjrfw1hPrVNOAk6LFPem1EcB3BKIAJJ=s1000")
    assert shown == picture_key("https://lh3.images.example/hwjrfw1hPrVNOAk6LFPem1EcB3BKIAJJ=w1200-h630-p-k-no")
    assert shown != picture_key("https://lh3.images.example/9d8c7b6a5f4e3d2c1b0a=s750")
