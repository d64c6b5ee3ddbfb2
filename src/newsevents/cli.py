"""The command line: ``newsevents extract``, ``newsevents clean``.

Bad articles are reported on stderr with their id and reason and skipped; the rest of the
batch goes on.  Exit status: 0 when every article was processed, 1 when some were skipped,
2 when none could be.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from newsevents import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news articles into PLOVER political event records.")
err = Console(stderr=True)


class Format(str, Enum):
    jsonl = "jsonl"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsevents {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """newsevents: who did what to whom, when and where."""


def _report(story_id: str, reason: str) -> None:
    err.print(f"[yellow]skipped[/] {story_id}: {reason}", highlight=False)


def _exit_code(ok: int, failed: int) -> int:
    return 0 if not failed else (1 if ok else 2)


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Articles: text, HTML, .jsonl, .json, .csv files or folders."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="jsonl (default when piped) or table (default on a terminal)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write JSON Lines here (atomically)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for all inputs (YYYY-MM-DD)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use."),
) -> None:
    """Write one event record per event in each article (spec: docs/event-record.md)."""
    from newsevents.output import atomic_output, print_table, to_jsonl
    from newsevents.pipeline import get_pipeline
    from newsevents.read import read_paths

    if fmt is None:
        fmt = Format.table if (sys.stdout.isatty() and output is None) else Format.jsonl
    try:
        pipe = get_pipeline(model)
    except RuntimeError as e:
        err.print(f"[red]error[/] {e}")
        raise typer.Exit(2)

    def items():
        for item in read_paths(paths):
            if published and not isinstance(item, Exception):
                item.published = published
            yield item

    ok = failed = 0
    with atomic_output(output if fmt is Format.jsonl else None) as out:
        for result in pipe.run(items()):
            if result.error:
                failed += 1
                _report(result.story_id, result.error)
                continue
            ok += 1
            if fmt is Format.table:
                title = f"{result.story_id}: {result.article.title or ''} ({result.article.published or 'no date'})"
                print_table(result.events, title=title)
            else:
                for e in result.events:
                    out.write(to_jsonl(e.to_dict()) + "\n")
    if failed:
        err.print(f"{ok} article(s) coded, {failed} skipped")
    raise typer.Exit(_exit_code(ok, failed))


@app.command("clean")
def clean_cmd(
    paths: list[Path] = typer.Argument(..., help="Articles to clean."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD)."),
) -> None:
    """Print each cleaned article as JSON: title, date, byline, text and what was removed and why."""
    from newsevents.clean import clean
    from newsevents.errors import ArticleError
    from newsevents.read import read_paths

    ok = failed = 0
    for item in read_paths(paths):
        try:
            if isinstance(item, ArticleError):
                raise item
            if published:
                item.published = published
            article = clean(item)
        except ArticleError as e:
            failed += 1
            _report(e.story_id, e.reason)
            continue
        ok += 1
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2 if sys.stdout.isatty() else None))
    raise typer.Exit(_exit_code(ok, failed))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
