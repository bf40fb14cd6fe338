"""Test-only: the command line with `misbehaving_pages` installed, for tests that need a real child
process (SIGKILL, a terminal). Run as `python tests/misbehaving_cli.py ARGS...`."""

import misbehaving_pages  # noqa: F401 - installs itself on import

from extractor.cli import main

if __name__ == "__main__":
    main()
