"""The HTML path: parse the page once, refuse trees past the limits, take the main content with trafilatura."""

from .candidates import choose_body
from .limits import check_tree_limits
from .main_region import choose_main_region
from .page import drop_inert_elements, extract_main_content, parse_html

__all__ = ["parse_html", "check_tree_limits", "drop_inert_elements", "extract_main_content", "choose_main_region",
           "choose_body"]
