"""Page types: whether a page is an article, a listing, a forum thread, a product, documentation, a
service page or a collection, and the body each of them calls for."""

from .profile import apply_profile, read_profile_body
from .stage import classify_page

__all__ = ["classify_page", "read_profile_body", "apply_profile"]
