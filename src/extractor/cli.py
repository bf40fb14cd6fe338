"""The command line: options in, library calls, records out, an honest exit code."""

from __future__ import annotations

import enum
import json
import os
import sys

import click

from .emit import record_schema, to_json
from .model import DEFAULT_MAX_BYTES, INPUT_FORMATS, Article, Options
from .model import DEFAULT_MAX_DEPTH, DEFAULT_MAX_ELEMENTS, MAX_DEPTH_CEILING
from .pipeline import run_safely
from .read import iter_pages


class ExitCode(enum.IntEnum):
    OK = 0
    PAGE_FAILED = 1
    USAGE = 2


HELP = """Extract clean article records (JSON) from scraped news pages.

\b
  extractor page.html                 one page: one JSON object
  cat page.html | extractor           a page on standard input
  extractor scrape/ > pages.jsonl     a directory: JSON Lines, one record per page
  extractor page.html | jq .title

INPUT is a file (.html, .htm, .txt, any of them .gz), a directory (walked
recursively in sorted order) or - for standard input.

\b
Exit codes:
  0  every page extracted
  1  at least one page failed (with --strict, or came out empty)
  2  usage error (unknown option, no such path)
"""


@click.command(help=HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("inputs", nargs=-1, metavar="[INPUT]...")
@click.option("--url", help="The page's address (single input): fills `url`, resolves image links.")
@click.option("--input-format", type=click.Choice(INPUT_FORMATS), default="auto", show_default=True,
              help="Treat input as HTML or as a text dump instead of sniffing.")
@click.option("--explain", is_flag=True, help="Add `removed`: every block dropped as boilerplate, and why.")
@click.option("--strict", is_flag=True, help="Exit 1 also when a page comes out with an empty body.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse pages (after decompression) larger than this.")
@click.option("--max-depth", type=click.IntRange(min=1, max=MAX_DEPTH_CEILING), default=DEFAULT_MAX_DEPTH,
              show_default=True, help="Refuse HTML pages whose elements nest deeper than this.")
@click.option("--max-elements", type=click.IntRange(min=1), default=DEFAULT_MAX_ELEMENTS, show_default=True,
              help="Refuse HTML pages with more elements than this (extraction time grows with them).")
@click.option("--schema", "print_schema", is_flag=True, help="Print the record's JSON Schema and exit.")
@click.version_option(package_name="extractor")
def cli(inputs, url, input_format, explain, strict, max_bytes, max_depth, max_elements, print_schema):
    if print_schema:
        click.echo(json.dumps(record_schema(), indent=2))
        return
    if not inputs:
        if sys.stdin.isatty():
            raise click.UsageError("no INPUT given and nothing piped in; try: extractor page.html")
        inputs = ("-",)
    _check_paths(inputs)
    if url and len(inputs) > 1:
        raise click.UsageError("--url names one page; give it with a single INPUT")
    options = Options(url=url, input_format=input_format, explain=explain, max_bytes=max_bytes,
                      max_depth=max_depth, max_elements=max_elements)
    single = len(inputs) == 1 and not _is_directory(inputs[0])
    failed = False
    for page in iter_pages(list(inputs), max_bytes):
        article = _extract_page(page, options)
        record = article.to_dict(explain=explain)
        failed |= _report(article, strict)
        indent = single and sys.stdout.isatty()
        click.echo(to_json(record, indent=indent))
    sys.exit(ExitCode.PAGE_FAILED if failed else ExitCode.OK)


def _extract_page(page, options: Options) -> Article:
    if page.error is not None:
        article = Article(source=page.source, url=options.url)
        article.error = page.error.to_dict()
        return article
    return run_safely(Article(source=page.source, raw=page.data), options)


def _report(article: Article, strict: bool) -> bool:
    """Tell stderr about a failed page; True when the page counts as a failure for the exit code."""
    if article.error:
        click.echo(f"{article.source}: {article.error['message']}", err=True)
        return True
    return strict and not article.body


def _check_paths(inputs) -> None:
    from pathlib import Path

    for given in inputs:
        if given != "-" and not Path(given).exists():
            raise click.BadParameter(f"no such file or directory: {given}", param_hint="INPUT")


def _is_directory(given: str) -> bool:
    from pathlib import Path

    return given != "-" and Path(given).is_dir()


def main() -> None:
    try:
        cli(prog_name="extractor")
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, not every record was delivered
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(ExitCode.PAGE_FAILED)
    except OSError as error:  # stdout on a full disk, a closed descriptor: say so, no traceback
        sys.stderr.write(f"extractor: cannot write the records: {error.strerror or error}\n")
        sys.exit(ExitCode.PAGE_FAILED)
