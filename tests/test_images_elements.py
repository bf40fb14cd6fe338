from __future__ import annotations

import lxml.html
import pytest

from extractor.images.elements import is_junk, link_around


def _img(markup: str):
    return next(lxml.html.fromstring(f"<div>{markup}</div>").iter("img"))


@pytest.mark.parametrize(
    "markup",
    [
        # The host's name is no hint about the picture.
        "<img src='https://www.mexiconews.example/uploads/2025/02/minister-at-podium.jpg'>",
        # A lazy-load class or wrapper called "placeholder", with a stand-in in src.
        "<img class='image-placeholder__image' src='data:image/gif;base64,R0lGOD' "
        "srcset='https://img.example/2024/harbour.jpeg?width=680 680w'>",
        "<img class='lazy' src='/img/placeholder.gif' data-src='https://img.example/2024/harbour-wall.jpg'>",
        "<img src='https://img.example/iconic-bridge-at-dusk.jpg'>",
        # An alt text that describes a scene with a logo in it describes a photo.
        "<img src='https://img.example/office-door.jpg' alt='A frosted glass office door with the logo of the"
        " company prominently displayed, a man standing near it.'>",
    ],
)
def test_story_pictures_are_not_junk(markup):
    assert not is_junk(_img(markup))


@pytest.mark.parametrize(
    "markup",
    [
        "<img src='https://cdn.example/static/icons/share.png'>",
        "<img src='https://cdn.example/site-logo.png'>",
        "<img src='https://cdn.example/img/placeholder-grey.jpg'>",
        "<img src='https://cdn.example/photo.jpg' width='1' height='1'>",
        "<img src='https://cdn.example/brand.png' alt='Harbour News logo'>",
    ],
)
def test_chrome_and_trackers_are_junk(markup):
    assert is_junk(_img(markup))


def test_a_link_to_another_size_of_the_picture_is_no_link_to_another_page():
    own = _img("<a href='//lh3.images.example/hwjrfw1hPrVNOAk6L=s1200'>"
               "<img src='//lh3.images.example/hwjrfw1hPrVNOAk6L=s750'></a>")
    assert link_around(own) is None
    other = _img("<a href='/news/ferry-timetable'><img src='//lh3.images.example/hwjrfw1hPrVNOAk6L=s750'></a>")
    assert link_around(other) is not None
