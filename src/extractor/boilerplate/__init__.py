"""Boilerplate: one table of clutter patterns with their kind, pruning containers and filtering body blocks."""

from .filter import filter_boilerplate
from .prune import prune_boilerplate_elements

__all__ = ["prune_boilerplate_elements", "filter_boilerplate"]
