"""Page types: whether a page is an article, a listing, a forum thread, a product, documentation, a
service page or a collection, and the body each of them calls for."""

from .stage import classify_page

__all__ = ["classify_page"]
