"""Help that teaches, and errors a person can act on: the parts of the CLI that are about people.

`GroupedCommand` prints the options under Input, Output, Batch and Extraction headings instead of
one long list; `report_crash` turns an unexpected exception into one line (a traceback only with
--traceback).
"""

from __future__ import annotations

import dataclasses
import sys
import traceback

import click

# Which option goes under which heading of --help; an option named in no group goes under "Other".
OPTION_GROUPS = (
    ("Input", ("inputs", "url", "input_format")),
    ("Output", ("view", "explain", "output", "output_dir", "quiet", "print_schema")),
    ("Batch", ("workers", "timeout", "memory_limit", "resume", "page_types", "scheduler")),
    ("Extraction", ("strict", "min_words", "max_bytes", "max_depth", "max_elements")),
)
INPUT_HELP = "Files, directories, .gz, .warc(.gz), or - for standard input (the default with a pipe)."
OTHER_HEADING = "Other"

EXIT_CODES = """\b
Exit codes:
  0    every page extracted
  1    at least one page failed (with --strict, also one empty or under --min-words)
  2    usage error (unknown option, no such path)
  130  interrupted (Ctrl-C); run again with --resume to go on
  143  stopped by SIGTERM (129: SIGHUP), the same clean stop as Ctrl-C

\b
Shell completion (bash; zsh and fish alike with zsh_source, fish_source):
  eval "$(_EXTRACTOR_COMPLETE=bash_source extractor)"
"""

CRASH_HINT = "this is a bug in extractor; run the same command with --traceback to see where"


class GroupedCommand(click.Command):
    """A click command whose --help lists its options by purpose, then the exit codes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("epilog", EXIT_CODES)
        super().__init__(*args, **kwargs)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        placed: set[str] = set()
        for heading, names in OPTION_GROUPS:
            rows = self._rows(ctx, lambda p, names=names: p.name in names)
            placed.update(names)
            if rows:
                with formatter.section(heading):
                    formatter.write_dl(rows)
        rows = self._rows(ctx, lambda p: p.name not in placed)
        if rows:
            with formatter.section(OTHER_HEADING):
                formatter.write_dl(rows)

    def _rows(self, ctx: click.Context, wanted) -> list[tuple[str, str]]:
        rows = []
        for param in self.get_params(ctx):
            if not wanted(param):
                continue
            if isinstance(param, click.Argument):
                rows.append((param.metavar or param.name.upper(), INPUT_HELP))
            elif param.get_help_record(ctx):
                rows.append(param.get_help_record(ctx))
        return rows


def no_pages_hint(inputs: tuple[str, ...]) -> str:
    from ..sources.read import PAGE_SUFFIXES

    suffixes = ", ".join(sorted(PAGE_SUFFIXES))
    return (f"{', '.join(inputs)}: no pages found; extractor reads files named {suffixes} "
            "(give a file by name to read it whatever it is called)")


def report_crash(error: BaseException, argv: list[str] | None = None) -> None:
    """Re-raise with the traceback when the command line asked for it; otherwise one line."""
    argv = sys.argv[1:] if argv is None else argv
    if "--traceback" in argv:
        raise error
    sys.stderr.write(f"extractor: {type(error).__name__}: {error}\n  {CRASH_HINT}\n")


def failure_line(outcome) -> str:
    """'page.pdf: not HTML or text (...)'; an unexpected error also names its type and the way to see more."""
    line = f"{outcome.source}: {outcome.error_message}"
    if outcome.error_type not in _typed_errors():
        line += f" ({outcome.error_type}; run with --traceback to see where)"
    return line


def failure_reporter(options, report):
    """A progress callback for --traceback: each failed page reported as usual, and one that failed
    unexpectedly (not a typed `ExtractorError`) run again in this process to show its traceback."""
    def progress(outcome, summary) -> None:
        report(outcome, summary)
        if outcome.error_type and outcome.error_type not in _typed_errors():
            print_page_traceback(options, outcome.source)
    return progress


def print_page_traceback(options, source: str) -> None:
    from ..model import Article
    from ..pipeline import run
    from ..sources.read import iter_pages

    if source == "-":
        click.echo("-: standard input cannot be read twice; save the page to a file for its traceback",
                   err=True)
        return
    pages = iter_pages(list(options.inputs), options.extract.max_bytes, skip=lambda s: s != source)
    for page in pages:
        if page.data is None:
            continue
        extract_options = dataclasses.replace(options.extract, url=page.url or options.extract.url)
        try:
            run(Article(source=page.source, raw=page.data), extract_options)
        except Exception:  # noqa: BLE001 - the point is to show it
            click.echo(f"{source}: traceback:\n{traceback.format_exc().rstrip()}", err=True)
        return


def _typed_errors() -> set[str]:
    from ..errors import ExtractorError

    found, todo = set(), [ExtractorError]
    while todo:
        cls = todo.pop()
        found.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return found | {"MemoryError"}
