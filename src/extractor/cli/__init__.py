"""The command line: a thin layer over the library, with help, terminal views and exit codes."""

from .command import main
from .entry import run

__all__ = ["main", "run"]
