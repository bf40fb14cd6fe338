"""The command line: a thin layer over the library, with help, terminal views and exit codes."""

from .command import main

__all__ = ["main"]
