from __future__ import annotations

from pathlib import Path

# Marked test pages hang, raise or crash their worker (see misbehaving_pages.py): installed here,
# before any test starts a worker, so that the worker forkserver preloads it too.
import misbehaving_pages  # noqa: F401
import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def news_release() -> Path:
    return FIXTURES / "pages" / "news-release-quotes" / "page.html"
