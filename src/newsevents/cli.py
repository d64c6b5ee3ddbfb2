"""The command line: ``newsevents extract``, ``newsevents clean``, corpus runs into a database
(``ingest``, ``dedup``, ``query``, ``export``) and ``eval``.

Bad articles are reported on stderr with their id and reason and skipped; the rest of the
batch goes on.  Exit status: 0 when every article was processed, 1 when some were skipped,
2 when none could be.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from typer.core import TyperCommand
from rich.markup import escape

from newsevents import __version__

#: How every command's --help is drawn: click's plain layout (``rich_markup_mode=None``, a public
#: Typer setting), not Typer 0.29's Rich panels, whose type column reads "<bool>" after every flag,
#: --help and --version included, with no option to leave it out; lines up to 100 columns wide, so
#: that the command list shows each command's first sentence whole.
HELP = {"rich_markup_mode": None, "context_settings": {"max_content_width": 100}}



class Command(TyperCommand):
    """A command whose positional arguments read as usage lines have long read: ``ARTICLE...``
    (required) and ``[FILE]...`` (optional), in the usage line and in the Arguments list.

    Typer 0.29 (its vendored click) writes a required argument's name in braces and in lower
    case, with its Python type after it in the list: ``Usage: newsevents extract [OPTIONS]
    {paths}...`` and ``paths... <list[Path]>``.  Each argument names itself with the public
    ``metavar=`` of ``typer.Argument`` (ARTICLE, GOLD, FOLDER, FILE); this class, given with the
    public ``cls=`` of ``app.command``, only takes off the braces and the type label, and leaves a
    usage line that has neither as it is."""

    def collect_usage_pieces(self, ctx):
        """click's usage pieces (list of str) with the braces of a required argument taken off."""
        return [re.sub(r"^\{(.+)\}(\.\.\.)?$", r"\1\2", piece) for piece in super().collect_usage_pieces(ctx)]

    def format_options(self, ctx, formatter) -> None:
        """Write the help's "Arguments" section (each by its metavar) before "Options"."""
        args, opts = [], []
        for param in self.get_params(ctx):
            record = param.get_help_record(ctx)
            if record is None:
                continue
            if param.param_type_name == "argument":
                name = param.metavar or param.name.upper()
                args.append(((name if param.required else f"[{name}]") + ("..." if param.nargs != 1 else ""), record[1]))
            else:
                opts.append(record)
        for title, rows in (("Arguments", args), ("Options", opts)):
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)


app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn news articles into PLOVER political event records.", **HELP)
err = Console(stderr=True, soft_wrap=True)


class Format(str, Enum):
    """Output format of ``extract``: JSON Lines records, or a table fitted to the terminal."""

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


def printable(text: str) -> str:
    """``text`` safe for a terminal: control and other non-printable characters (escape sequences,
    carriage returns, NULs from an article's id or a file name) are shown as Python escapes
    ("\\x1b", "\\r", "\\x00"); everything else is kept."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _report(story_id: str, reason: str) -> None:
    err.print(f"[yellow]skipped[/] {escape(printable(story_id))}: {escape(printable(reason))}", highlight=False)


def _naming_file(reason: str, source: str | None) -> str:
    """``reason`` with the file it concerns, unless it names it already (read errors do)."""
    return reason if not source or f"({source}" in reason else f"{reason} ({source})"


def _warn(story_id: str, reason: str) -> None:
    """An article that is coded all the same, with something the user should know."""
    err.print(f"[yellow]warning[/] {escape(printable(story_id))}: {escape(printable(reason))}", highlight=False)


def _warn_empty_folders(paths: list[Path], skip: list = ()) -> None:
    """Warn about each folder among ``paths`` (``extract``, ``ingest``, ``clean``; ``skip``: the run's
    own files, as :func:`~newsevents.read.input_files` takes them) that holds no file to read (``extract story.txt
    corpus/`` with ``corpus/`` empty, or holding only hidden files): it passed without a word
    while the rest was coded.  Exit codes are unchanged; a run with nothing at all to read still
    ends "no articles found in the input"."""
    from newsevents.read import input_files

    for p in paths:
        if str(p) != "-" and p.is_dir() and next(iter(input_files([p], skip)), None) is None:
            _warn(str(p), "folder holds no file to read")


def _cannot_write(e) -> None:
    """Report an :class:`~newsevents.output.OutputError` and exit 2 (a usage error)."""
    err.print(f"[red]error[/] {escape(printable(str(e)))}", highlight=False)
    raise typer.Exit(2)


def _broken_pipe(e: BaseException) -> bool:
    """``e`` is stdout's reader gone ("| head" has had enough): not an error."""
    import errno

    if not isinstance(e, OSError):
        return False
    # pyarrow's CSV writer raises an OSError with the message only
    return isinstance(e, BrokenPipeError) or e.errno == errno.EPIPE or "Broken pipe" in str(e)


def _reader_gone() -> None:
    """End quietly with status 0 after stdout's reader went away (no "Exception ignored" either)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    raise typer.Exit(0)


class _StdoutConsole(Console):
    """The console of a table on stdout.  rich ends the program with status 1 when stdout's
    reader goes away ("-f table | head"); this one raises :class:`BrokenPipeError` instead, so
    that the command ends as quietly as it does for JSON Lines (status 0)."""

    def on_broken_pipe(self) -> None:
        """Raise :class:`BrokenPipeError` (rich would exit with status 1)."""
        raise BrokenPipeError()


def _exit_code(ok: int, failed: int) -> int:
    if ok == 0 and failed == 0:
        err.print("no articles found in the input")
        return 2
    return 0 if not failed else (1 if ok else 2)


def _published_option(value: Optional[str]) -> Optional[str]:
    """--published must be a real calendar date, YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


OVERLAY_HELP = ("Actor overlay (TSV written by `newsevents dict import`) to add to the knowledge base; "
                "the shipped KB wins on conflicts.  Default: $NEWSEVENTS_ACTOR_OVERLAY.")


def _use_overlay(path: Optional[Path]) -> Optional[str]:
    """Switch an actor overlay on for this process (and the pipeline it builds): checks that it
    loads, then sets NEWSEVENTS_ACTOR_OVERLAY.  Returns the overlay in use (or None)."""
    from newsevents.actors.kb import load_kb
    from newsevents.actors.overlay import OVERLAY_ENV

    if path is not None:
        os.environ[OVERLAY_ENV] = str(path)
    chosen = os.environ.get(OVERLAY_ENV) or None
    if chosen:
        try:
            load_kb(chosen)
        except (OSError, ValueError) as e:
            err.print(f"[red]error[/] actor overlay: {escape(str(e))}")
            raise typer.Exit(2)
    return chosen


_SIGNALLED: list[int] = []  # the signal that ended the run, for main()'s exit status


def _terminate_cleanly() -> None:
    """SIGTERM and SIGHUP end the run like Ctrl-C, so that partial output files are removed;
    :func:`main` then exits with the shell's status for that signal (128 + its number: 143 for
    SIGTERM), not Ctrl-C's 130."""
    def handler(signum, frame):
        _SIGNALLED.append(signum)
        raise KeyboardInterrupt
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, handler)


def _same_file(a: Path, b: Path) -> bool:
    """``a`` and ``b`` are one existing file (links followed)."""
    try:
        return a.is_file() and os.path.samefile(a, b)
    except OSError:
        return False


def _explain(event) -> None:
    """Print one record's explanation on stderr: its id and what it was read from."""
    err.print(f"[bold]{event.id}[/] {event.event} \"{escape(event.event_text)}\"", highlight=False)
    for line in event.explanation:
        err.print("  " + escape(line), highlight=False, soft_wrap=True)


@app.command(cls=Command)
def extract(
    paths: list[Path] = typer.Argument(..., metavar="ARTICLE", help="Articles: text, HTML, .jsonl, .json, .csv files or folders; - reads one text or HTML article from standard input."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f",
                                         help="jsonl (default when piped) or table (default on a terminal)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write JSON Lines here (atomically; an "
                                         "existing file is left as it was when no article could be coded)."),
    published: Optional[str] = typer.Option(None, "--published", callback=_published_option,
                                            help="Publication date for all inputs (YYYY-MM-DD)."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use."),
    explain: bool = typer.Option(False, "--explain",
                                 help="Print on stderr, after each record (on a terminal, right under its "
                                      "table row; redirect 2> to keep it), the lexicon entry, the parse paths from the trigger to its actor "
                                      "and recipient, and where its date and place came from."),
    actors_overlay: Optional[Path] = typer.Option(None, "--actors-overlay", help=OVERLAY_HELP),
) -> None:
    """Write one event record per event in each article (spec: docs/event-record.md)."""
    if output is not None and fmt is Format.table:
        raise typer.BadParameter("--output writes JSON Lines; it cannot be used with --format table")
    if output not in (None, "-"):
        target = Path(output)
        if target.is_dir() or not (target.parent if str(target.parent) else Path(".")).is_dir():
            # the system's words, as `export -o` says them ("not a file in an existing folder" did
            # not say which of the two was wrong)
            why = os.strerror(errno.EISDIR if target.is_dir() else errno.ENOENT)
            err.print(f"[red]error[/] cannot write {escape(printable(output))}: {why}")
            raise typer.Exit(2)
        if any(_same_file(p, target) for p in paths):  # "extract story.txt -o story.txt"
            err.print(f"[red]error[/] cannot write {escape(printable(output))}: it is one of the articles "
                      "(its records would replace it)")
            raise typer.Exit(2)
    _use_overlay(actors_overlay)
    _terminate_cleanly()
    _warn_empty_folders(paths, [output] if output not in (None, "-") else [])
    from newsevents.output import Discard, OutputError, atomic_output, os_reason, print_table, to_jsonl
    from newsevents.pipeline import get_pipeline
    from newsevents.read import read_sources, set_published

    if fmt is None:
        fmt = Format.table if (sys.stdout.isatty() and output is None) else Format.jsonl

    sources: dict[str, str] = {}  # story id -> its file, for the skip reports
    out_console = _StdoutConsole() if fmt is Format.table else None

    def items():
        # a folder that holds the output file (a re-run into corp/events.jsonl) does not read it back
        for path, item in read_sources(paths, skip=[output] if output not in (None, "-") else []):
            sources[item.story_id] = "standard input" if str(path) == "-" else str(path)
            if not isinstance(item, Exception):
                if published:
                    set_published(item, published)
                for warning in item.warnings:
                    _warn(item.story_id, warning)
            yield item

    ok = failed = 0
    try:
        # opened first: an output that cannot be written is an error before the pipeline loads
        with atomic_output(output if fmt is Format.jsonl else None) as out:
            try:
                pipe = get_pipeline(model)
            except RuntimeError as e:
                err.print(f"[red]error[/] {escape(str(e))}")
                raise typer.Exit(2)
            for result in pipe.run(items()):
                if result.error:
                    failed += 1
                    _report(result.story_id, _naming_file(result.error, sources.pop(result.story_id, None)))
                    continue
                sources.pop(result.story_id, None)
                ok += 1
                if fmt is Format.table:
                    title = f"{result.story_id}: {result.article.title or ''} ({result.article.published or 'no date'})"
                    # --explain: each record's explanation right under its row (on stderr, like
                    # the JSON Lines' explanations, so that the table on stdout stays a table)
                    try:
                        print_table(result.events, title=escape(printable(title)), console=out_console,
                                    explain=err if explain else None)
                    except BrokenPipeError:  # "-f table | head": the reader has had enough, as for JSON Lines
                        _reader_gone()
                    except OSError as e:  # stdout failed ("-f table > /dev/full"): one line, exit 2
                        raise OutputError("standard output", os_reason(e)) from None
                else:
                    try:
                        for e in result.events:
                            out.write(to_jsonl(e.to_dict()) + "\n")
                            if explain:
                                out.flush()
                                _explain(e)
                    except BrokenPipeError:  # the reader has had enough ("| head"): not an error
                        _reader_gone()
                    except OSError as e:  # stdout itself failed ("> /dev/full"); a file's errors come as OutputError
                        if output not in (None, "-"):
                            raise
                        raise OutputError("standard output", os_reason(e)) from None
            if ok == 0 and output:
                raise Discard()  # nothing coded: leave an existing output file as it was
    except OutputError as e:
        _cannot_write(e)
    except KeyboardInterrupt:  # Ctrl-C (SIGTERM, SIGHUP): said, and what became of the output
        kept = ("; nothing written to " + printable(output) + (" (the file is as it was)" if Path(output).exists() else "")
                if output not in (None, "-") else "")
        err.print(f"interrupted after {ok} article(s) coded{escape(kept)}", highlight=False)
        raise typer.Exit(130)
    if failed:
        err.print(f"{ok} article(s) coded, {failed} skipped")
    raise typer.Exit(_exit_code(ok, failed))


@app.command("clean", cls=Command)
def clean_cmd(
    paths: list[Path] = typer.Argument(..., metavar="ARTICLE", help="Articles to clean."),
    published: Optional[str] = typer.Option(None, "--published", callback=_published_option,
                                            help="Publication date (YYYY-MM-DD)."),
) -> None:
    """Print each cleaned article as JSON: title, date, byline, text and what was removed and why."""
    from newsevents.clean import clean
    from newsevents.errors import ArticleError
    from newsevents.read import read_sources, set_published

    _warn_empty_folders(paths)
    ok = failed = 0
    for path, item in read_sources(paths):
        # the file named as extract names it ("skipped zh: not English ... (zh.txt)"; clean left it out)
        source = "standard input" if str(path) == "-" else str(path)
        try:
            if isinstance(item, ArticleError):
                raise item
            if published:
                set_published(item, published)
            for warning in item.warnings:
                _warn(item.story_id, warning)
            article = clean(item)
        except ArticleError as e:
            failed += 1
            _report(e.story_id, _naming_file(e.reason, source))
            continue
        except Exception as e:  # a bug on one article must not stop the batch
            failed += 1
            _report(item.story_id, _naming_file(f"internal error while cleaning: {type(e).__name__}: {e}", source))
            continue
        ok += 1
        typer.echo(json.dumps(article.to_dict(), ensure_ascii=False, indent=2 if sys.stdout.isatty() else None))
    raise typer.Exit(_exit_code(ok, failed))


eval_app = typer.Typer(no_args_is_help=True, help="Measure accuracy against gold data.", **HELP)
app.add_typer(eval_app, name="eval")

DEFAULT_DATA = Path("../shared/data")
#: The sets ``eval report`` measures: (name, gold path, data dir relative, limit).
REPORT_SETS = (
    ("seed article (gold/seed)", "gold/seed", None),
    ("newsevents gold (gold/newsevents)", "gold/newsevents", None),
    ("held-out gold, dev half (gold/heldout-dev)", "gold/heldout-dev", None),
    ("held-out gold, test half (gold/heldout-test)", "gold/heldout-test", None),
    ("PLOVER gold records", "{data}/plover_gsr/PLOVER_GSR_CAMEO.txt", None),
    ("NGEC synthetic stories (first 500)", "{data}/ngec_synthetic/gpt_synthetic_events_2023-10-19_19.csv", 500),
)
#: Our blind audit of NGEC pseudo-labels (``eval events --label-audit``; ``eval report`` reads it).
NGEC_LABEL_AUDIT = Path("gold/ngec-label-audit.tsv")


@eval_app.command("events", cls=Command)
def eval_events(
    gold: Path = typer.Argument(..., metavar="GOLD", help="Gold: a folder of YAML annotations, the PLOVER gold file, or the NGEC CSV."),
    pred: Optional[Path] = typer.Option(None, "--pred", help="Score these predictions (JSON Lines) instead of running the coder; a folder of another annotator's gold YAML measures agreement on the articles both coded."),
    data: Path = typer.Option(DEFAULT_DATA, "--data", help="Where annotated article texts live."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N stories."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use."),
    actors_overlay: Optional[Path] = typer.Option(None, "--actors-overlay", help=OVERLAY_HELP),
    label_audit: Optional[Path] = typer.Option(None, "--label-audit", help="NGEC only: a blind audit of the pseudo-labels (TSV: story_id, label, verdict FITS/BACKGROUND/NO; ours is gold/ngec-label-audit.tsv); adds label-among over the stories whose label the audit confirms."),
) -> None:
    """Precision, recall and F1 of events; field accuracies over matched pairs; per type."""
    _use_overlay(actors_overlay)
    from newsevents.eval import evaluate, load_gold, predict, read_annotations, read_predictions, score_table
    from newsevents.eval.gold import read_label_audit

    try:
        stories = load_gold(gold, data, limit)
        audit = read_label_audit(label_audit) if label_audit is not None else None
    except (ValueError, OSError, KeyError) as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    if pred is not None and pred.is_dir():
        # a second annotator's folder: agreement, over the articles both annotated
        preds = read_annotations(pred, data)
        stories = [s for s in stories if s.story_id in preds]
        if not stories:
            err.print(f"[red]error[/] {escape(str(pred))} annotates none of the articles of {escape(str(gold))}")
            raise typer.Exit(2)
    elif pred is not None:
        try:
            preds = read_predictions(pred)
        except (ValueError, OSError) as e:  # a broken or missing predictions file: one line, exit 2
            err.print(f"[red]error[/] --pred: {escape(printable(str(e)))}")
            raise typer.Exit(2)
        if not any(s.story_id in preds for s in stories):
            # an empty file, or another coder's story ids: scored, but the user should know why it is zero
            err.print(f"[yellow]warning[/] --pred: {escape(str(pred))} has no record of any of the {len(stories)} "
                      f"gold stories ({len(preds)} other story id(s)); every gold event counts as missed")
    else:
        from newsevents.pipeline import get_pipeline

        preds = predict(stories, get_pipeline(model))
    try:
        scores = evaluate(stories, preds, audit)
    except ValueError as e:  # an audit of other stories' labels
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(scores, indent=2))
    else:
        Console().print(score_table(str(gold), scores))


@eval_app.command("clean", cls=Command)
def eval_clean(
    folder: Path = typer.Argument(..., metavar="FOLDER", help="Folder with evaldata_en.json and html/ (trafilatura's evaluation pages)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N pages."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Snippet precision/recall/F1 and title/date/author accuracy of the cleaner, on HTML and on
    the pages' full visible text, with trafilatura's default extraction as the baseline."""
    from rich.table import Table

    from newsevents.eval.cleaning import evaluate_cleaning

    try:
        scores = evaluate_cleaning(folder, limit)
    except (OSError, ValueError) as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(scores, indent=2))
        return
    table = Table(title=f"cleaning: {scores['pages']} pages")
    cols = ("precision", "recall", "f1", "accuracy", "title_accuracy", "date_accuracy", "author_accuracy")
    table.add_column("run")
    for c in cols:
        table.add_column(c.replace("_accuracy", ""), justify="right")
    names = {"html": "newsevents, HTML", "trafilatura_html": "trafilatura extract, HTML",
             "text": "newsevents, full visible text"}
    for key, name in names.items():
        row = scores[key]
        table.add_row(name, *("-" if row.get(c) is None else f"{row[c]:.3f}" for c in cols))
    Console().print(table)


@eval_app.command("datelines", cls=Command)
def eval_datelines(
    folder: Path = typer.Argument(..., metavar="FOLDER", help="Reuters-21578 json-data folder (reut2-*.json)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N stories with a body."),
) -> None:
    """Publication dates read from Reuters-21578 datelines, against each story's own date."""
    from newsevents.eval.cleaning import evaluate_reuters_datelines

    typer.echo(json.dumps(evaluate_reuters_datelines(folder, limit), indent=2))


@eval_app.command("report")
def eval_report(
    out: Path = typer.Option(Path("docs/accuracy.md"), "--out", help="Markdown page to write."),
    data: Path = typer.Option(DEFAULT_DATA, "--data", help="The shared test data folder."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use."),
) -> None:
    """Measure every gold set available and regenerate docs/accuracy.md (and a JSON beside it)."""
    from newsevents.eval import accuracy_markdown, evaluate, load_gold, predict
    from newsevents.output import OutputError, atomic_output
    from newsevents.pipeline import get_pipeline

    pipe = get_pipeline(model)
    results = {}
    for name, path, limit in REPORT_SETS:
        path = Path(path.format(data=data))
        if not path.exists():
            err.print(f"[yellow]skipped[/] {name}: {path} not found")
            continue
        stories = load_gold(path, data, limit)
        audit = None
        if stories and stories[0].kind == "label" and NGEC_LABEL_AUDIT.exists():
            from newsevents.eval.gold import read_label_audit

            audit = read_label_audit(NGEC_LABEL_AUDIT)
        results[name] = evaluate(stories, predict(stories, pipe), audit)
        err.print(f"measured {name}")
    pages = data / "trafilatura_eval_en"
    if (pages / "evaldata_en.json").exists():
        from newsevents.eval.cleaning import evaluate_cleaning

        results["article cleaning (trafilatura evaluation pages)"] = {"kind": "cleaning", **evaluate_cleaning(pages)}
        err.print("measured article cleaning")
    reuters = data / "reuters21578" / "json-data"
    if reuters.exists():
        from newsevents.eval.cleaning import evaluate_reuters_datelines

        results["wire datelines (Reuters-21578)"] = {"kind": "datelines", **evaluate_reuters_datelines(reuters)}
        err.print("measured wire datelines")
    try:
        with atomic_output(str(out)) as fh:
            fh.write(accuracy_markdown(results, __version__))
        with atomic_output(str(out.with_suffix(".json"))) as fh:
            fh.write(json.dumps(results, indent=2) + "\n")
    except OutputError as e:
        _cannot_write(e)
    typer.echo(f"wrote {out}")


@eval_app.command("actors", cls=Command)
def eval_actors(
    gold: Path = typer.Argument(..., metavar="GOLD", help="The PLOVER gold records (PLOVER_GSR_CAMEO.txt)."),
    actors_overlay: Optional[Path] = typer.Option(None, "--actors-overlay", help=OVERLAY_HELP + " When one is "
                                                  "given, scores are reported without and with it."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the actors of the first N records."),
    errors: int = typer.Option(0, "--errors", help="List up to N actors coded wrongly (on stderr)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use."),
) -> None:
    """Actor coding of the gold actors' own text in its sentence: share of gold actors whose
    country / non-state code we give, and whose sector (see src/newsevents/eval/actors.py)."""
    from rich.table import Table

    from newsevents.actors.kb import load_kb
    from newsevents.eval.actors import evaluate_actors, read_gold_actors
    from newsevents.pipeline import get_pipeline

    overlay = _use_overlay(actors_overlay)
    try:
        gold_actors = read_gold_actors(gold, limit)
    except (OSError, ValueError, KeyError, TypeError) as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    pipeline = get_pipeline(model)
    nlp = pipeline.nlp
    runs = {"shipped KB": load_kb(None)}
    if overlay:
        runs["shipped KB + overlay"] = load_kb(overlay)
    results = {name: evaluate_actors(gold_actors, nlp, kb, pipeline.gazetteer) for name, kb in runs.items()}
    if errors:
        last = results[list(results)[-1]]
        for m in last["misses"][:errors]:
            err.print(f"{m['id']} {m['role']} {m['text']!r}: gold {m['gold']} ours {m['ours']} "
                      f"({m['entity_text']!r})", highlight=False, markup=False)
    if as_json:
        typer.echo(json.dumps({k: {f: v for f, v in r.items() if f != "misses"} for k, r in results.items()},
                              indent=2))
        return
    first = next(iter(results.values()))
    table = Table(title=f"actor coding of {first['scored']} gold actors ({first['not_located']} not found in "
                        f"their sentence)")
    for col in ("run", "code", f"sector (n={first['sector_n']})", "sector incl. none", "coded at all"):
        table.add_column(col, justify="left" if col == "run" else "right")
    for name, r in results.items():
        table.add_row(name, f"{r['code']:.3f}", f"{r['sector']:.3f}", f"{r['sector_all']:.3f}", f"{r['coded']:.3f}")
    Console().print(table)


dict_app = typer.Typer(no_args_is_help=True, help="Actor dictionaries: import others' dictionaries as an overlay.",
                       **HELP)
app.add_typer(dict_app, name="dict")


@dict_app.command("import", cls=Command)
def dict_import(
    petrarch: list[Path] = typer.Option(..., "--petrarch", metavar="FILE", help="PETRARCH/Phoenix actor or agent dictionary "
                                        "(repeat the option, or give several files after it)."),
    more: Optional[list[Path]] = typer.Argument(None, metavar="FILE", help="More dictionary files."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Overlay file to write (default: the user "
                                       "data folder, e.g. ~/.local/share/newsevents/actor-overlay.tsv)."),
    problems: bool = typer.Option(False, "--problems", help="List the lines that could not be read (stderr)."),
) -> None:
    """Import PETRARCH/Phoenix actor and agent dictionaries into an actor overlay in our own
    format; switch it on with --actors-overlay PATH or NEWSEVENTS_ACTOR_OVERLAY=PATH."""
    from newsevents.actors.overlay import OVERLAY_ENV, default_overlay_path, write_overlay
    from newsevents.actors.petrarch import DictionaryError, import_petrarch

    files = [*petrarch, *(more or [])]
    if out is not None and any(_same_file(f, out) for f in files):  # the dictionary would be replaced
        err.print(f"[red]error[/] cannot write {escape(printable(str(out)))}: it is one of the dictionaries read")
        raise typer.Exit(2)
    try:
        rows, stats = import_petrarch(files)
    except (DictionaryError, OSError) as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    target = out or default_overlay_path()
    comments = [f"imported by newsevents {__version__} on {date.today().isoformat()} from: "
                + ", ".join(Path(f).name for f in files),
                "PETRARCH/Phoenix dictionaries: (c) Open Event Data Alliance, MIT licence; not part of newsevents",
                "CAMEO codes mapped with newsevents/actors/cameo_actor_codes.tsv; the shipped KB wins on conflicts"]
    try:
        write_overlay(rows, target, comments)
    except OSError as e:
        err.print(f"[red]error[/] cannot write {escape(str(target))}: {escape(str(e))}")
        raise typer.Exit(2)
    if problems:
        for p in stats.problems:
            err.print(escape(p), highlight=False)
    err.print(escape(stats.summary()), highlight=False)
    typer.echo(str(target))
    err.print(f"switch it on with --actors-overlay {escape(str(target))} or {OVERLAY_ENV}={escape(str(target))}",
              highlight=False)


# --- corpus runs: the store stage --------------------------------------------------------------

DB_OPTION = typer.Option("newsevents.duckdb", "--db", help="DuckDB database file.")


class Level(str, Enum):
    """What ``query`` and ``export`` read: article records (mentions) or de-duplicated events."""

    mentions = "mentions"
    events = "events"


class Engine(str, Enum):
    """Where ``ingest`` runs: local worker processes, or a Ray cluster (the optional ``ray`` extra)."""

    local = "local"
    ray = "ray"


class ExportFormat(str, Enum):
    """Export file kind: JSON Lines records, or a dyad table (one row per actor-recipient pair)."""

    jsonl = "jsonl"
    dyads = "dyads"


def _columns_option(value: Optional[list[str]]) -> Optional[dict[str, str]]:
    """--column ours=theirs, repeated: text=body id=doc_id published=pub_date.  OURS must be one
    of :data:`~newsevents.read.readers.FIELDS`."""
    from newsevents.read.readers import FIELDS

    if not value:
        return None
    out = {}
    for v in value:
        ours, sep, theirs = v.partition("=")
        if not sep or not ours.strip() or not theirs.strip():
            raise typer.BadParameter(f"{v!r} is not OURS=THEIRS (e.g. text=body)")
        if ours.strip() not in FIELDS:
            raise typer.BadParameter(f"{v!r}: {ours.strip()!r} is not one of our fields ({', '.join(FIELDS)})")
        out[ours.strip()] = theirs.strip()
    return out


def _open_db(db: Path, read_only: bool = False):
    import duckdb

    from newsevents.store import connect

    if read_only and not db.exists():
        err.print(f"[red]error[/] no database at {escape(str(db))} (run newsevents ingest first)")
        raise typer.Exit(2)
    try:
        con = connect(db, read_only=read_only)
    except duckdb.Error as e:
        err.print(f"[red]error[/] cannot open {escape(str(db))}: {escape(str(e))}")
        raise typer.Exit(2)
    if read_only:  # a DuckDB file of another program: say so, not "Catalog Error: ... pg_views"
        [(n,)] = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                             "('stories', 'events', 'event_actors', 'failures')").fetchall()
        if n < 4:
            con.close()
            err.print(f"[red]error[/] {escape(str(db))} is no newsevents database (no stories and events "
                      "tables; newsevents ingest makes one)", highlight=False)
            raise typer.Exit(2)
    return con


@app.command(cls=Command)
def ingest(
    paths: list[Path] = typer.Argument(..., metavar="ARTICLE", help="Articles: text, HTML, .jsonl, .json (news-please, Reuters-21578), "
                                                 ".csv, .warc(.gz) files or folders."),
    db: Path = DB_OPTION,
    workers: Optional[int] = typer.Option(None, "--workers", "-j", min=1, help="Worker processes (default: all cores); with --engine ray, coder actors (default: cluster CPUs)."),
    batch_size: int = typer.Option(32, "--batch-size", help="Stories per committed batch.", min=1),
    column: Optional[list[str]] = typer.Option(None, "--column", metavar="KEY=COLUMN",
                                               help="Map an input column/key to ours: text=body (repeatable)."),
    published: Optional[str] = typer.Option(None, "--published", callback=_published_option,
                                            help="Publication date for all inputs (YYYY-MM-DD)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Code at most N new stories."),
    retry_failures: bool = typer.Option(False, "--retry-failures", help="Try the stories in `failures` again."),
    dedup: bool = typer.Option(True, "--dedup/--no-dedup", help="Rebuild the de-duplicated events at the end."),
    window: int = typer.Option(1, "--window", min=0, help="De-duplication date window, days."),
    status_file: Optional[Path] = typer.Option(None, "--status-file", hidden=True,
                                               help="Rewrite this JSON file after each committed batch."),
    model: Optional[str] = typer.Option(None, "--model", help="Installed spaCy pipeline to use."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: worker processes on this machine; "
                                  "ray: a Ray cluster (pip install 'newsevents[ray]'; see docs/ray.md)."),
    address: Optional[str] = typer.Option(None, "--address", help="Ray cluster address (ray://HOST:10001, HOST:6379 "
                                          "or auto; default: $RAY_ADDRESS, else a local instance). --engine ray."),
    cpus_per_actor: float = typer.Option(1.0, "--cpus-per-actor", min=0.01,
                                         help="CPUs each coder actor reserves (--engine ray; -j is the actor count)."),
    shards: Optional[Path] = typer.Option(None, "--shards", help="Folder for the Parquet result shards "
                                          "(--engine ray; default DB.shards, emptied as they are merged)."),
    keep_shards: bool = typer.Option(False, "--keep-shards", help="Keep the merged Parquet shards (--engine ray)."),
) -> None:
    """Code a corpus into a DuckDB database (all cores, batches committed as they finish).

    Stories already stored (same raw text) are skipped: running the same command again adds
    nothing, and finishes a run that was killed.  With --engine ray the same records are coded
    on a Ray cluster (an actor pool, one loaded pipeline per actor) and merged into DB."""
    import duckdb

    from newsevents.store import ingest as run_ingest

    _terminate_cleanly()  # SIGTERM/SIGHUP like Ctrl-C: the run is closed as "interrupted", exit 143/129
    try:
        column = _columns_option(column)
    except typer.BadParameter as e:
        err.print(f"[red]error[/] --column {escape(str(e))}")
        raise typer.Exit(2)
    from newsevents.store.ingest import own_files

    _warn_empty_folders(paths, own_files(db, status_file, shards))
    try:
        if engine is Engine.ray:
            if limit is not None:
                err.print("[red]error[/] --limit is not supported with --engine ray")
                raise typer.Exit(2)
            if any(str(p) == "-" for p in paths):  # its workers open files by path
                err.print("[red]error[/] standard input (-) is not read with --engine ray: save it to a file")
                raise typer.Exit(2)
            from newsevents.store.ray_engine import ingest_ray

            report = ingest_ray(paths, db, address=address, actors=workers, cpus_per_actor=cpus_per_actor,
                                batch_size=batch_size, model=model, columns=column, published=published,
                                retry_failures=retry_failures, progress=sys.stderr.isatty(), status_file=status_file,
                                shards=shards, keep_shards=keep_shards)
        else:
            report = run_ingest(paths, db, workers=workers, batch_size=batch_size, model=model, columns=column,
                                published=published, retry_failures=retry_failures, progress=sys.stderr.isatty(),
                                status_file=status_file, limit=limit)
    except duckdb.Error as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    except typer.Exit:  # a RuntimeError too (click's): already said, not "error 2" after it
        raise
    except RuntimeError as e:
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    except KeyboardInterrupt:  # Ctrl-C (SIGTERM, SIGHUP): how far the run got, as extract says it
        _ingest_interrupted(db)
        raise typer.Exit(130)
    # the run's warnings and skipped stories first, then the summary that counts them: all on
    # stderr (stdout carries no data here), one stream, so `2>&1` and a terminal keep this order
    for story_id, warning in report.warnings[:SHOWN_FAILURES]:
        _warn(story_id, warning)
    if len(report.warnings) > SHOWN_FAILURES:
        err.print(f"{len(report.warnings) - SHOWN_FAILURES} more warning(s)", highlight=False)
    if report.failed:
        _report_failures(db, report.run_id)
    err.print(report.summary(), highlight=False)
    if dedup:
        _run_dedup(db, window)
    if report.read == 0:  # an empty folder, a wrong glob: as extract says it
        err.print("no articles found in the input", highlight=False)
        raise typer.Exit(2)
    raise typer.Exit(0 if not report.failed else (1 if report.stored else 2))


#: How many of a run's failed stories ``ingest`` lists on stderr (all are in the ``failures`` table),
#: and how many of its warnings.
SHOWN_FAILURES = 20


def _report_failures(db: Path, run_id: int) -> None:
    """List this run's failed stories (id, source file, reason) on stderr, then say where the rest are."""
    con = _open_db(db, read_only=True)
    try:
        rows = con.execute("SELECT story_id, source, reason FROM failures WHERE run_id = ? ORDER BY source, story_id",
                           [run_id]).fetchall()
    finally:
        con.close()
    for story_id, source, reason in rows[:SHOWN_FAILURES]:
        # a read error may name its file already ("no such file (d/x.txt)", "(d/x.jsonl, line 4)")
        _report(story_id, _naming_file(reason, source))
    more = len(rows) - SHOWN_FAILURES
    tail = f"{more} more; " if more > 0 else ""
    err.print(f"{tail}all failures: newsevents query --db {db} --sql \"SELECT * FROM failures\"", highlight=False,
              markup=False)


def _ingest_interrupted(db: Path) -> None:
    """Say how far an interrupted ``ingest`` got (it ended without a word): its run's counts,
    as the database recorded them, and that a re-run goes on from there."""
    import duckdb

    from newsevents.store.db import connect

    try:
        con = connect(db, read_only=True)
        try:
            row = con.execute("SELECT stored, events, failed FROM runs ORDER BY run_id DESC LIMIT 1").fetchone()
        finally:
            con.close()
    except (duckdb.Error, OSError):
        row = None
    if row is None:
        err.print("interrupted", highlight=False)
        return
    stored, events, failed = row
    err.print(f"interrupted after {stored:,} {'story' if stored == 1 else 'stories'} stored ({events:,} "
              f"{'event' if events == 1 else 'events'}), {failed:,} failed; they are kept in "
              f"{escape(printable(str(db)))}, and the same command goes on from there", highlight=False)


def _run_dedup(db: Path, window: int) -> None:
    from newsevents.store.dedup import dedup as run_dedup

    con = _open_db(db)
    try:
        c = run_dedup(con, window_days=window)
    finally:
        con.close()
    err.print(f"de-duplicated {c['mentions']:,} mentions into {c['events']:,} events "
              f"({c['multi_source']:,} told by several stories)", highlight=False)


@app.command("dedup")
def dedup_cmd(
    db: Path = DB_OPTION,
    window: int = typer.Option(1, "--window", min=0, help="Mentions whose day-precise dates are this many days apart "
                                                   "or less can be one event."),
) -> None:
    """Rebuild the de-duplicated events (tables dedup_events, event_clusters) from all mentions."""
    if not db.exists():
        err.print(f"[red]error[/] no database at {escape(str(db))}")
        raise typer.Exit(2)
    _run_dedup(db, window)


_PARTIAL_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _filters(actor, recipient, event, since, until, country):
    """The query/export filters, checked: an unknown event type or a date that is not
    YYYY[-MM[-DD]] is a usage error (exit 2), not an empty answer."""
    from newsevents.records import EVENT_TYPES
    from newsevents.store.export import Filters

    if event is not None and event.upper() not in EVENT_TYPES:
        err.print(f"[red]error[/] --event {escape(event)!s} is no PLOVER event type ({', '.join(EVENT_TYPES)})")
        raise typer.Exit(2)
    for name, value in (("--since", since), ("--until", until)):
        if value is None:
            continue
        ok = bool(_PARTIAL_DATE.match(value))
        if ok and len(value) == 10:
            try:
                date.fromisoformat(value)
            except ValueError:
                ok = False
        if not ok:
            err.print(f"[red]error[/] {name} {escape(value)} is not a date YYYY, YYYY-MM or YYYY-MM-DD")
            raise typer.Exit(2)
    return Filters(actor=actor, recipient=recipient, event=event.upper() if event else None, since=since,
                   until=until, country=country)


_ACTOR = typer.Option(None, "--actor", help="Actor code (ISO3 or PLOVER code).")
_RECIPIENT = typer.Option(None, "--recipient", help="Recipient code.")
_EVENT = typer.Option(None, "--event", help="PLOVER event type.")
_SINCE = typer.Option(None, "--since", help="Event date on or after (YYYY[-MM[-DD]]).")
_UNTIL = typer.Option(None, "--until", help="Event date on or before (YYYY[-MM[-DD]]).")
_COUNTRY = typer.Option(None, "--country", help="ISO3 country of the event's place.")


@app.command()
def query(
    db: Path = DB_OPTION,
    actor: Optional[str] = _ACTOR, recipient: Optional[str] = _RECIPIENT, event: Optional[str] = _EVENT,
    since: Optional[str] = _SINCE, until: Optional[str] = _UNTIL, country: Optional[str] = _COUNTRY,
    level: Level = typer.Option(Level.mentions, "--level", help="mentions, or de-duplicated events."),
    sql: Optional[str] = typer.Option(None, "--sql", help="Run this SQL instead (read-only: it sees the database, no other file)."),
    limit: Optional[int] = typer.Option(50, "--limit", min=0, help="At most N rows (0: all)."),
    as_csv: bool = typer.Option(False, "--csv", help="CSV on stdout instead of a table."),
) -> None:
    """Look into the database: filtered mentions or events, or any SQL."""
    from newsevents.output import OutputError, os_reason
    from newsevents.store.export import select, text_columns, write_table

    if sql is not None and not sql.strip():
        err.print("[red]error[/] --sql is empty")
        raise typer.Exit(2)
    filters = None if sql else _filters(actor, recipient, event, since, until, country)
    con = _open_db(db, read_only=True)
    try:
        if sql:
            # read-only means the files around it too: no COPY TO, ATTACH, read_csv or INSTALL
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
            rel = con.sql(sql)
            if rel is None:  # a statement with no result
                return
            table = text_columns(rel).to_arrow_table()  # intervals, bit strings, blobs as text
        else:
            table = select(con, level.value, filters, limit or None)
    except Exception as e:  # duckdb errors: a bad query is a usage error
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    finally:
        con.close()
    if as_csv or not sys.stdout.isatty():
        try:
            write_table(table, None, "csv")
            sys.stdout.flush()
        except OSError as e:
            if not _broken_pipe(e):  # stdout itself failed ("> /dev/full"): one line, exit 2
                _cannot_write(OutputError("standard output", os_reason(e)))
            _reader_gone()
        return
    console = Console()
    console.print(query_table(table, console))


#: Columns of ``query``'s own tables holding codes, dates and counts (never cut), ids (kept whole
#: when the terminal is wide enough, else shortened with "…") and free text.
_QUERY_CODES = {"date", "event", "mode", "actors", "recipients", "status", "sources"}
_QUERY_IDS = {"id", "story_id", "story_ids"}
_QUERY_TEXT = {"place", "trigger"}
#: The columns of ``query``'s own tables that a terminal too narrow for all of them leaves out,
#: the least important first: the trigger (the evidence: ``export`` or ``--csv`` give it), an
#: event's list of stories (``sources`` counts them), then the place.  Any other free-text column
#: (of an --sql query) goes before these, the rightmost first.
_QUERY_DROP = ("trigger", "story_ids", "place")


def query_table(table, console: Console):
    """``query``'s result (an Arrow table) as a rich table fitted to ``console``'s width, as
    ``extract -f table`` is: codes, dates, statuses and headers stay whole, ids too unless the
    terminal is too narrow for them (then they end in "…"); free text (a place, a trigger, or any
    text column of an --sql query) wraps at word boundaries.  When not all columns fit, the least
    important free text is left out (see :data:`_QUERY_DROP`), and a dim line under the table
    says which."""
    from newsevents.output import fitted_table

    names = list(table.column_names)
    values = table.to_pylist()
    # on a terminal: ids and texts cannot send it escape sequences
    rows = [tuple(printable("" if v is None else ", ".join(map(str, v)) if isinstance(v, list) else str(v))
                  for v in row.values()) for row in values]
    keep = []
    for i, name in enumerate(names):
        if name in _QUERY_IDS:
            keep.append("try")
            continue
        text = name in _QUERY_TEXT or name not in _QUERY_CODES and any(
            isinstance(row[name], str) and len(r[i].split()) > 1 for row, r in zip(values, rows))
        keep.append("header" if text else "all")
    other = [n for n, k in zip(names, keep) if k == "header" and n not in _QUERY_DROP][::-1]
    drop = other + [n for n in _QUERY_DROP if n in names]
    return fitted_table(names, rows, console, keep=keep, title=f"{table.num_rows} row(s)", drop=drop)


@app.command()
def export(
    db: Path = DB_OPTION,
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f",
                                     help="jsonl (PLOVER records) or dyads (one row per actor x recipient)."),
    output: Optional[str] = typer.Option(None, "--output", "-o",
                                         help="File (written atomically); dyads as Parquet when it ends in .parquet, "
                                              "else CSV.  Default: stdout."),
    level: Level = typer.Option(Level.mentions, "--level", help="mentions, or de-duplicated events."),
    actor: Optional[str] = _ACTOR, recipient: Optional[str] = _RECIPIENT, event: Optional[str] = _EVENT,
    since: Optional[str] = _SINCE, until: Optional[str] = _UNTIL, country: Optional[str] = _COUNTRY,
) -> None:
    """Write mentions or de-duplicated events as PLOVER JSON Lines or dyads (CSV, Parquet)."""
    from newsevents.output import OutputError, atomic_output
    from newsevents.store.export import dyads, plover_records, write_jsonl, write_table

    filters = _filters(actor, recipient, event, since, until, country)
    if output not in (None, "-") and (_same_file(db, Path(output)) or Path(output).name == db.name + ".wal"
                                      and _same_file(db, Path(output).with_name(db.name))):
        # "-o newsevents.duckdb" renamed the export over the database it was read from
        err.print(f"[red]error[/] cannot write {escape(printable(output))}: it is the database "
                  f"{escape(printable(str(db)))} (or its log), which the export would replace")
        raise typer.Exit(2)
    _terminate_cleanly()  # SIGTERM/SIGHUP like Ctrl-C: no half-written -o file is left behind
    con = _open_db(db, read_only=True)
    try:
        if fmt is ExportFormat.jsonl:
            with atomic_output(output) as fh:
                n = write_jsonl(plover_records(con, level.value, filters), fh)
        else:
            table = dyads(con, level.value, filters)
            n = table.num_rows
            write_table(table, output, "parquet" if (output or "").endswith(".parquet") else "csv")
    except OutputError as e:
        _cannot_write(e)
    except Exception as e:
        if isinstance(e, typer.Exit):
            raise
        if output in (None, "-") and _broken_pipe(e):
            _reader_gone()
        err.print(f"[red]error[/] {escape(str(e))}")
        raise typer.Exit(2)
    finally:
        con.close()
    err.print(f"{n:,} row(s)", highlight=False)


def main() -> None:
    """Console-script entry point.  Exit status: 0 all coded, 1 some skipped, 2 none coded or a
    usage error, 130 Ctrl-C, 128 + N when signal N (SIGTERM, SIGHUP) ended the run."""
    try:
        app()
    except SystemExit as e:
        if _SIGNALLED and e.code == 130:  # typer turns the handler's KeyboardInterrupt into 130
            raise SystemExit(128 + _SIGNALLED[0]) from None
        raise


if __name__ == "__main__":
    main()
