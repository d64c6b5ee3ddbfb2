"""Readers for each input format (see ``docs/event-record.md``, section Input)."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator

from charset_normalizer import from_bytes

from newsevents.errors import ArticleError

#: Largest article accepted, in bytes of raw input (text or HTML).  Larger ones are skipped
#: with an error: no news article is this long, and spaCy's memory grows with length.
MAX_ARTICLE_BYTES = 2_000_000

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

#: Our field names for JSON Lines, CSV and Parquet records (what ``--column OURS=THEIRS`` may map to).
FIELDS = ("id", "text", "html", "published", "title", "url", "publisher")


@dataclass
class RawArticle:
    """One article as read, before cleaning.

    ``content`` is the raw text or HTML (``kind`` says which).  ``published`` is a date string
    as given by the source (any format ``dateparser``/ISO reads) or None.  ``warnings``: what
    the user should be told about an article that is still coded (an unusable publication date
    that was dropped, a duplicate id that was changed).
    """

    story_id: str
    content: str
    kind: str = "text"  # "text" or "html"
    published: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    warnings: list[str] = field(default_factory=list)


#: How a warning about an unusable publication date begins (see :func:`set_published`).
UNUSABLE_DATE = "unusable published date"


def set_published(item: RawArticle, published: str) -> None:
    """Give ``item`` the publication date ``published`` (``--published``, for all inputs): the
    date it came with no longer counts, nor a warning that that date was unusable."""
    item.published = published
    item.warnings = [w for w in item.warnings if not w.startswith(UNUSABLE_DATE)]


def decode_bytes(data: bytes, story_id: str) -> str:
    """Decode raw bytes to text (see :func:`decode_text`, whose note this drops).

    Raises :class:`ArticleError` for empty, oversized or binary content.
    """
    return decode_text(data, story_id)[0]


#: Bytes Windows-1252 leaves undefined; read as U+FFFD, never as C1 control characters.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


def decode_text(data: bytes, story_id: str) -> tuple[str, str | None]:
    """Decode raw bytes to ``(text, note)``: UTF-8 first; then UTF-8 cut short at the end or with a
    few broken bytes among real UTF-8 characters (broken bytes read as U+FFFD); then mostly-ASCII text
    as Windows-1252 (its five undefined bytes as U+FFFD); else the encoding charset-normalizer
    detects.  ``note`` is None for clean UTF-8 (or UTF-16/32 with a byte-order mark), else a
    warning for the user saying how the text was read ("not UTF-8: read as Windows-1252").

    Raises :class:`ArticleError` for empty, oversized or binary content (NUL bytes, or no
    encoding fits).
    """
    if not data.strip():
        raise ArticleError(story_id, "empty article")
    if len(data) > MAX_ARTICLE_BYTES:  # before a byte-order mark is read: a UTF-16 file is no exception
        raise ArticleError(story_id, f"too large ({len(data):,} bytes > {MAX_ARTICLE_BYTES:,})")
    for bom, codec in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):  # a byte-order mark says how to read the NULs that follow
            try:
                return data.decode(codec), None
            except UnicodeDecodeError:
                raise ArticleError(story_id, f"broken {codec} text") from None
    if b"\x00" in data[:65536]:
        wide = _bomless_utf16(data)
        if wide is None:
            raise ArticleError(story_id, _binary_reason(data))
        return wide, None
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    partial = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        text = partial.decode(data, final=False)
    except UnicodeDecodeError:
        pass
    else:  # valid up to a character cut off at the very end (a truncated download)
        return text, "not valid UTF-8: a character cut off at the end was dropped"
    lenient = data.decode("utf-8-sig", errors="replace")
    broken = lenient.count("\ufffd")
    real_utf8 = any(ord(c) > 127 and c != "\ufffd" for c in lenient)
    if real_utf8 and broken <= max(2, len(lenient) // 2000):
        # UTF-8 (it has real multi-byte characters) with a few broken bytes: a bad paste
        return lenient, f"not valid UTF-8: {broken} broken byte(s) read as U+FFFD"
    ascii_share = sum(b < 128 for b in data[:65536]) / min(len(data), 65536)
    if ascii_share >= 0.7:
        # Mostly-ASCII text that is not UTF-8 is, in English news, almost always Windows-1252 /
        # Latin-1; statistical detection misreads a few accented letters as Baltic or Central
        # European code pages.  Latin-1 would keep the bytes Windows-1252 leaves undefined as C1
        # control characters in the text (and in every record's sentence), so they become U+FFFD.
        undefined = sum(data.count(b) for b in _CP1252_UNDEFINED)
        text = data.decode("cp1252", errors="replace")
        extra = f", {undefined} undefined byte(s) read as U+FFFD" if undefined else ""
        return text, f"not UTF-8: read as Windows-1252{extra}"
    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(story_id, "binary content (no text encoding fits)")
    return str(best), f"not UTF-8: read as {best.encoding}"


#: The first bytes of common binary files, to say what a binary "article" is: a gzip file
#: needs decompressing first (``.warc.gz`` excepted), an image or a program is no article.
_MAGIC = ((b"\x1f\x8b", "a gzip file: decompress it first"), (b"PK\x03\x04", "a zip file: unpack it first"),
          (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"%PDF", "a PDF file"),
          (b"\x7fELF", "a program (ELF)"))


def _binary_reason(head: bytes) -> str:
    """Why content beginning with ``head`` (NUL bytes in it) is refused: what it is, when known."""
    kind = next((k for magic, k in _MAGIC if head.startswith(magic)), None)
    return f"binary content ({kind})" if kind else "binary content (NUL bytes)"


def _binary_head(head: bytes) -> bool:
    """A JSON Lines or CSV file beginning with ``head`` is binary: a known binary format, or NUL
    bytes in more than 1% of it (a stray NUL in one record is that record's problem only)."""
    return any(head.startswith(magic) for magic, _ in _MAGIC) or head.count(0) > max(len(head) // 100, 1)


def _bomless_utf16(data: bytes) -> str | None:
    """``data`` read as UTF-16 (or UTF-32) without a byte-order mark, a Windows "Unicode" export in
    any script, as charset-normalizer detects it; None when it detects no such encoding or the text
    is not printable (a NUL, or over 1% control characters in its first 32,768 characters), so that
    a binary file with NULs in one column is still binary."""
    best = from_bytes(data).best()
    if best is None or not best.encoding.startswith(("utf_16", "utf_32")):
        return None
    text = str(best)
    sample = text[:32768]
    control = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return None if "\x00" in text or control > len(sample) // 100 else text


def safe_text(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes, broken escapes) replaced by U+FFFD."""
    return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace") if _has_surrogates(text) else text


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
        return False
    except UnicodeEncodeError:
        return True


def _check_text(text: object, story_id: str, name: str = "text") -> str:
    """``text`` (the record's field ``name``) checked: a string, not empty, not too large."""
    if text is not None and not isinstance(text, str):
        raise ArticleError(story_id, f"{name} is not a string but {type(text).__name__}")
    if text is None or not text.strip():
        raise ArticleError(story_id, "empty article")
    text = safe_text(text)
    if len(text.encode("utf-8", "ignore")) > MAX_ARTICLE_BYTES:
        raise ArticleError(story_id, f"too large (> {MAX_ARTICLE_BYTES:,} bytes)")
    return text


def _record(obj: dict[str, Any], default_id: str) -> RawArticle:
    """A JSON/CSV record -> RawArticle.  Accepts our JSONL fields and news-please's names."""
    raw_id = next((obj[k] for k in _ID_KEYS if _given_id(obj.get(k))), default_id)
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, float)):
        # a list or an object is no id: "['a']" would be a story id nobody can find again
        raise ArticleError(default_id, f"id is not a string or a number but {type(raw_id).__name__}")
    story_id = safe_text(_id_text(raw_id))
    html = obj.get("html")
    # news-please's current files keep the body in "maintext" ("text" is null there)
    text = next((obj[k] for k in ("text", "maintext") if obj.get(k) not in (None, "", "None")), None)
    if not text and "text" not in obj and "maintext" not in obj and not html:
        raise ArticleError(story_id, "no \"text\" field (nor \"html\" or news-please's \"maintext\")")
    if not text and html:
        content, kind = _check_text(html, story_id, "html"), "html"
    else:
        content, kind = _check_text(text, story_id), "text"

    warnings: list[str] = []

    def pick(*keys: str) -> str | None:
        for k in keys:
            v = obj.get(k)
            if isinstance(v, (list, dict)):  # "['x']" is no title: left out, and said
                warnings.append(f"{k} is not a string but a {_json_kind(v) if isinstance(v, list) else 'JSON object'}: left out")
                continue
            if v not in (None, "", "None"):
                return safe_text(str(v))  # "T\ud800" (a broken escape) cannot be stored
        return None

    published = pick("published", "date_publish", "date")
    problem = _date_problem(published) if published is not None else None
    if problem is not None:
        warnings.append(f"{UNUSABLE_DATE} {published!r}{problem}: coded without a publication date "
                        "(unless its text gives one)")
        published = None
    return RawArticle(
        story_id=story_id, content=content, kind=kind, published=published,
        title=pick("title"), url=pick("url"), publisher=pick("publisher", "source_domain", "source"),
        warnings=warnings,
    )


def _record_id(obj: dict[str, Any], default_id: str) -> str:
    """The id :func:`_record` would give ``obj``, for an error about the record itself."""
    raw_id = next((obj[k] for k in _ID_KEYS if _given_id(obj.get(k))), default_id)
    ok = isinstance(raw_id, (str, int, float)) and not isinstance(raw_id, bool)
    return safe_text(_id_text(raw_id)) if ok else default_id


def _given_id(value: object) -> bool:
    """``value`` is an id at all: not missing, empty or NaN (an empty cell of a pandas export)."""
    return value not in (None, "") and not (isinstance(value, float) and value != value)


def _id_text(value: str | int | float) -> str:
    """An id as text: a whole float as the integer it is (pandas writes the ids of a column with
    an empty cell as 123.0: the id is "123")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _usable_date(value: str) -> str | None:
    """``value`` as the cleaner reads a given publication date ("YYYY-MM-DD"), or None."""
    from newsevents.clean.cleaner import normalise_date  # the cleaner imports this module

    return normalise_date(value)


#: The earliest publication date taken from an input's field: before it, a date is a
#: placeholder ("0001-01-01", the zero time of Go and .NET), not when a story was printed.
EARLIEST_PUBLISHED = date(1600, 1, 1)


def _date_problem(value: str) -> str | None:
    """Why ``value`` is no publication date: "" when it is no date at all, " (after today)"
    when it is later than tomorrow (a story is not published in the future: "on Monday" was
    read against the year 3000), " (before 1600)" for a placeholder; None when it is usable."""
    usable = _usable_date(value)
    if usable is None:
        return ""
    day = date.fromisoformat(usable)
    if day > date.today() + timedelta(days=1):  # a day's grace for time zones ahead of ours
        return " (after today)"
    if day < EARLIEST_PUBLISHED:
        return f" (before {EARLIEST_PUBLISHED.year})"
    return None


def _rename(obj: dict[str, Any], columns: dict[str, str] | None) -> dict[str, Any]:
    """``columns`` maps our field names to the input's ({"text": "body", "id": "doc_id"})."""
    if not columns:
        return obj
    out = {k: v for k, v in obj.items() if k not in columns}
    for ours, theirs in columns.items():
        if theirs in obj:
            out[ours] = obj[theirs]
    return out


def _read_jsonl(fh: BinaryIO, stem: str, where: str,
                columns: dict[str, str] | None = None) -> Iterator[RawArticle | ArticleError]:
    """One article a line; blank lines (a trailing one too) are no records.  A record without an
    id is ``"<file stem>:<line number>"``.  A broken line is reported with the file (``where``),
    its 1-based line and column and what is wrong; a file without a record is one error."""
    records = 0
    with fh:
        head = fh.read(65536)
        wide = _wide_codec(head)
        fh.seek(0)
        if not wide and _binary_head(head):  # a binary file: one error, not one a "line"
            yield ArticleError(stem, _binary_reason(head))
            return
        # UTF-16/32 with a byte-order mark (Windows PowerShell's "> file.jsonl"): read as text
        stream = io.TextIOWrapper(fh, encoding=wide, errors="replace", newline="") if wide else fh
        for n, raw in enumerate(_lines(stream, MAX_RECORD_BYTES), 1):
            default_id = f"{stem}:{n}"
            at = f"{where}, line {n}"
            if raw is None:
                records += 1
                yield ArticleError(default_id, f"too large ({at}): a record of more than {MAX_RECORD_BYTES:,} bytes")
                continue
            if not raw.strip():
                continue
            records += 1
            warnings = []
            if isinstance(raw, str):
                line = raw
            else:
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:  # JSON Lines is UTF-8; a Windows-1252 export is read all the same
                    try:
                        line, codec = raw.decode("cp1252"), "Windows-1252"
                    except UnicodeDecodeError:
                        line, codec = raw.decode("latin-1"), "Latin-1"
                    warnings.append(f"not UTF-8 ({at}): read as {codec}")
            if n == 1:
                line = line.removeprefix("\ufeff")  # a byte-order mark before the first record
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                yield ArticleError(default_id, _json_problem(err, line, at))
                continue
            except RecursionError:
                yield ArticleError(default_id, f"broken JSON ({at}): nested too deeply")
                continue
            if not isinstance(obj, dict):
                yield ArticleError(default_id, f"broken JSON ({at}): a JSON {_json_kind(obj)}, not an object")
                continue
            try:
                item = _record(_rename(obj, columns), default_id)
            except ArticleError as err:
                yield err
                continue
            item.warnings += warnings
            yield item
    if not records:
        yield ArticleError(stem, "empty file (no JSON Lines record)")


#: Longest JSON Lines record read, in bytes (characters in a UTF-16/32 file): an article of
#: :data:`MAX_ARTICLE_BYTES` with its HTML, escapes and other fields fits many times over.
MAX_RECORD_BYTES = 8 * MAX_ARTICLE_BYTES


def _lines(stream: BinaryIO | io.TextIOWrapper, limit: int) -> Iterator[bytes | str | None]:
    """The lines of ``stream``; a line longer than ``limit`` is skipped (read in pieces, never
    whole) and given as None: one "line" of gigabytes (a binary file named .jsonl) is not read
    into memory."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        newline = ("\n", "\r") if isinstance(line, str) else b"\n"  # as the line ends in each mode
        if len(line) <= limit or line.endswith(newline):
            yield line
            continue
        while line and not line.endswith(newline):
            line = stream.readline(1 << 20)
        yield None


def _wide_codec(head: bytes) -> str | None:
    """"utf-32" or "utf-16" when ``head``, a file's first bytes, is that byte-order mark; without
    a mark, the UTF-16/32 codec of either byte order that reads ``head`` as printable text when it
    begins with two such characters of ASCII (``{"`` of a JSON record, a CSV header's first
    letters): a Windows "Unicode" export without its mark was "binary content (NUL bytes)"."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    for codec, width in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        first = head[:2 * width]
        if len(first) < 2 * width:
            continue
        try:
            start = first.decode(codec)
        except UnicodeDecodeError:
            continue
        if not all(" " <= c < "\x7f" or c in "\t\r\n" for c in start):
            continue
        text = head[:len(head) // 4 * 4].decode(codec, errors="replace")
        control = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
        if text.count("\ufffd") <= len(text) // 100 and control <= len(text) // 100:
            return codec
    return None


def _text_codec(head: bytes) -> str:
    """How to read a CSV file that begins with ``head`` (its first 64 KB): UTF-16/32 after their
    byte-order mark, UTF-8 (a mark or not) when the head is UTF-8, else Windows-1252, as a text
    file (an Excel "CSV" export on Windows)."""
    wide = _wide_codec(head)
    if wide:
        return wide
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a character cut at the end is fine
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def _json_problem(err: json.JSONDecodeError, line: str, at: str) -> str:
    """What is wrong with one JSON Lines record ``line``, for the reader: where (``at``: file and
    line; the column, 1-based, in characters) and the decoder's words.  A record cut off before
    its end (the decoder's position is past the line's last character) is said to be so."""
    msg = _json_msg(err)
    if err.pos >= len(line.rstrip()):
        return f"broken JSON ({at}): the line ends before the record does ({msg})"
    return f"broken JSON ({at}, column {err.pos + 1}): {msg}"


def _json_msg(err: json.JSONDecodeError) -> str:
    """The decoder's words without their position ("Invalid control character at" -> "invalid
    control character"): the caller says where."""
    msg = err.msg.removesuffix(" at")
    return msg[:1].lower() + msg[1:]


def _json_kind(obj: object) -> str:
    return {list: "list", str: "string", int: "number", float: "number", bool: "true/false",
            type(None): "null"}.get(type(obj), type(obj).__name__)


def _read_json(data: bytes, stem: str) -> Iterator[RawArticle | ArticleError]:
    """A JSON file: one object (news-please's layout), a list of objects, or Reuters-21578's JSON
    conversion.  A list item without an id is ``"<file stem>:<item number from 1>"``; a lone object
    without one is ``"<file stem>"``.  A file that is not UTF-8 gives each of its articles the
    warning :func:`decode_text` notes."""
    try:
        text, note = decode_text(data, stem)
    except ArticleError as err:
        yield err
        return
    for item in _read_json_text(text, stem):
        if note and isinstance(item, RawArticle):
            item.warnings.append(note)
        yield item


def _read_json_text(text: str, stem: str) -> Iterator[RawArticle | ArticleError]:
    """The articles of a JSON file's decoded ``text`` (see :func:`_read_json`)."""
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:  # positions in the file: line and column from 1
        yield ArticleError(stem, f"broken JSON (line {err.lineno}, column {err.colno}): {_json_msg(err)}")
        return
    except (ValueError, RecursionError) as err:
        yield ArticleError(stem, f"broken JSON: {err}")
        return
    items = obj if isinstance(obj, list) else [obj]
    if not items:  # as an empty JSON Lines file: said, not passed over
        yield ArticleError(stem, "empty file (an empty JSON list)")
        return
    if all(isinstance(i, dict) and "body" in i and "dateline" in i for i in items[:5]):
        yield from reuters_articles(items, stem)
        return
    for n, item in enumerate(items, 1):  # from 1, as JSON Lines lines and CSV rows
        default_id = stem if len(items) == 1 else f"{stem}:{n}"
        try:
            if not isinstance(item, dict):
                raise ArticleError(default_id, "not a JSON object")
            # news-please names files by URL; its dId is the stable id, else the file name.
            yield _record({**item, "id": item.get("id") or item.get("dId") or default_id}, default_id)
        except ArticleError as err:
            yield err


def reuters_rows(folder: str | Path, n: int | None = None) -> list[dict[str, Any]]:
    """The first ``n`` (all when None) Reuters-21578 stories with a body in ``folder``'s
    ``reut2-*.json`` files, in file order, as JSON Lines rows ``{id, text, published, title,
    publisher}`` (see :func:`reuters_articles`): the sample the benchmarks and the engine tests use."""
    rows: list[dict[str, Any]] = []
    for path in sorted(Path(folder).glob("reut2-*.json")):
        for a in reuters_articles(json.loads(path.read_text(encoding="utf-8", errors="replace")), path.stem):
            if isinstance(a, RawArticle):
                rows.append({"id": a.story_id, "text": a.content, "published": a.published, "title": a.title,
                             "publisher": a.publisher})
                if n is not None and len(rows) >= n:
                    return rows
    return rows


def reuters_articles(stories: list[dict[str, Any]], file_stem: str) -> Iterator[RawArticle | ArticleError]:
    """Reuters-21578 stories (the JSON conversion: ``{attrs{newid}, date, dateline, title, body}``)
    as scraped: the dateline, then the body (hard-wrapped, SGML entities and "Reuter" trailer kept
    for the cleaner).  ``story_id`` is ``"<file stem>:<newid>"``; ``published`` is the story's own
    date ("26-FEB-1987 15:07:13.72" -> "1987-02-26"); ``title`` the unescaped headline.  A story
    without a body (about 2,500 of the 21,578) yields an ArticleError "empty article (no body)".
    """
    import html
    from datetime import datetime

    for n, story in enumerate(stories):
        attrs = story.get("attrs") or {}
        story_id = f"{file_stem}:{attrs.get('newid') or n}"
        body = story.get("body")
        if not isinstance(body, str) or not body.strip():
            yield ArticleError(story_id, "empty article (no body)")
            continue
        published = None
        try:
            published = datetime.strptime(str(story.get("date") or "").strip().split()[0], "%d-%b-%Y").date().isoformat()
        except (ValueError, IndexError):
            pass
        title = html.unescape(story["title"]).strip() if isinstance(story.get("title"), str) else None
        try:
            content = _check_text(f"{(story.get('dateline') or '').strip()} {body}", story_id)
        except ArticleError as err:
            yield err
            continue
        yield RawArticle(story_id=story_id, content=content, kind="text", published=published,
                         title=title or None, publisher="Reuters")


#: Input columns/keys :func:`_record` reads as something other than an id: a CSV without an
#: ``id`` column takes its first column as the id only when it is none of these.
_CONTENT_KEYS = {"text", "html", "published", "date_publish", "date", "title", "url", "publisher",
                 "source_domain", "source"}
_ID_KEYS = ("id", "dId", "story_id")


def _read_csv(raw: BinaryIO, stem: str, where: str,
              columns: dict[str, str] | None = None) -> Iterator[RawArticle | ArticleError]:
    """A header row, then one article a row.  Ids as in JSON Lines: an ``id`` column (or
    ``dId``/``story_id``, or what ``--column id=X`` maps) is kept as it is; without one, a first
    column that is none of our fields (an unnamed index column as pandas writes) gives
    ``"<file stem>:<its value>"``, else (or when the cell is empty) the row is
    ``"<file stem>:<row number from 1>"``.  A row of more than :data:`MAX_RECORD_BYTES`
    characters (one giant line, a quoted field over many lines) is one error "too large", read
    in pieces and never whole (:class:`_CsvLines`); the rows after it are read."""
    limit = MAX_RECORD_BYTES
    csv.field_size_limit(limit)  # a field is never longer than its row: the csv module's own check agrees
    head = raw.read(65536)
    codec = _text_codec(head)
    raw.seek(0)
    if not _wide_codec(head) and _binary_head(head):  # a binary file named .csv
        raw.close()
        yield ArticleError(stem, _binary_reason(head))
        return
    with io.TextIOWrapper(raw, encoding=codec, errors="replace", newline="") as fh:
        lines = _CsvLines(fh, limit)
        reader = csv.DictReader(lines, strict=True)  # a stray quote is an error, not a silent merge of rows
        try:
            header = reader.fieldnames or []
        except csv.Error as err:
            yield ArticleError(stem, f"broken CSV header: {err}")
            return
        except _RowTooLarge:  # a binary file named .csv: no line end in the first megabytes
            yield ArticleError(stem, f"too large: a CSV header row over the size limit ({limit:,} characters)")
            return
        fields = [next((ours for ours, theirs in (columns or {}).items() if theirs == f), f) for f in header]
        reader.fieldnames = fields
        if not fields:
            yield ArticleError(stem, "empty file (no CSV header)")
            return
        if not {"text", "html"} & set(fields):
            yield ArticleError(stem, f"no \"text\" column (columns: {', '.join(fields) or 'none'})")
            return
        has_id = any(k in fields for k in _ID_KEYS)
        index_col = None if has_id or fields[0] in _CONTENT_KEYS else fields[0]
        n = 0
        while True:
            n += 1
            first = lines.line + 1  # the row's first line (1-based; a quoted field may hold more)
            lines.row()
            try:
                row = next(reader)
            except StopIteration:
                break
            except (csv.Error, _RowTooLarge) as err:  # say where, and go on with the next row
                last = lines.line
                at = f"{where}, line {first}" if last <= first else f"{where}, lines {first}-{last}"
                if isinstance(err, _RowTooLarge):
                    reason = f"too large ({at}): a CSV row over the size limit ({limit:,} characters)"
                else:  # an unbalanced quote
                    reason = f"broken CSV row ({at}): {err}"
                yield ArticleError(f"{stem}:{n}", reason)
                continue
            if index_col is not None:
                default_id = f"{stem}:{row.pop(index_col, None) or n}"
            else:
                default_id = f"{stem}:{n}"
            extra = [v for v in row.pop(None, None) or [] if v.strip()]  # cells past the header's
            try:
                if extra:  # an unquoted comma in a text: its cells are shifted, its text cut short
                    last = lines.line
                    at = f"{where}, line {first}" if last <= first else f"{where}, lines {first}-{last}"
                    raise ArticleError(_record_id(row, default_id), f"broken CSV row ({at}): {len(fields) + len(extra)} "
                                       f"cells where the header has {len(fields)} (a comma in an unquoted field?)")
                yield _record(row, default_id)
            except ArticleError as err:
                yield err
        if n == 1:
            yield ArticleError(stem, "no rows (only a header)")


class _RowTooLarge(Exception):
    """A CSV row over the size limit, raised through the csv reader by :class:`_CsvLines` once
    the row's lines are read past (the reader drops the row it began and parses the next line
    afresh)."""


class _CsvLines:
    """The physical lines of a CSV text stream (opened with ``newline=""``), as ``csv.reader``
    reads them, at most ``limit`` characters a row.  :meth:`row` is called before each row.

    A row that would be longer (one line of gigabytes, a binary file named .csv, a quoted field
    of many lines) is never held: its lines are read on in pieces of 1 MB, keeping only a count
    of double quotes, to the first line end after which the row's quotes are balanced (outside a
    quoted field: a row's end), and :class:`_RowTooLarge` is raised.  The csv module's own
    ``field_size_limit`` error would leave the reader inside a quoted field, reading the rest of
    it as rows.  ``line`` counts the physical lines read (the skipped ones too)."""

    PIECE = 1 << 20

    def __init__(self, stream: io.TextIOWrapper, limit: int):
        self.stream, self.limit, self.line = stream, limit, 0
        self.row()

    def row(self) -> None:
        """A new row begins: its size and quotes count from here."""
        self.chars = self.quotes = 0

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        line = self.stream.readline(self.limit - self.chars + 1)
        if not line:
            raise StopIteration
        self.chars += len(line)
        self.quotes += line.count('"')
        if self.chars <= self.limit:
            self.line += 1
            return line
        ended = line.endswith(("\n", "\r"))
        del line  # over the limit: not kept while the rest of the row is read past
        self._skip_row(ended)
        raise _RowTooLarge

    def _skip_row(self, ended: bool) -> None:
        """Read past the rest of the current line (unless it ``ended``), then on, line by line in
        pieces of :attr:`PIECE` characters, to the first line end after which the row's double
        quotes are balanced, or to the end of the file.  ``line`` counts the lines read past."""
        in_line = not ended  # a line begun and not yet ended
        while True:
            if not in_line:
                self.line += 1
                if not self.quotes & 1:
                    return
            piece = self.stream.readline(self.PIECE)
            if not piece:  # the file ends in the row
                self.line += in_line
                return
            self.quotes += piece.count('"')
            in_line = not piece.endswith(("\n", "\r"))


WARC_SUFFIXES = (".warc", ".warc.gz")


def _read_warc(fh: BinaryIO, name: str) -> Iterator[RawArticle | ArticleError]:
    """HTML responses of a WARC file (warcio); ``story_id`` is the record id, ``url`` the
    target URI.  The crawl date is not the publication date: the cleaner reads that from the page."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    with fh:
        try:
            for n, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                found += 1
                rid = (record.rec_headers.get_header("WARC-Record-ID") or f"{name}:{n}").strip("<>")
                url = record.rec_headers.get_header("WARC-Target-URI")
                try:
                    text, note = decode_text(record.content_stream().read(), rid)
                    text = _check_text(text, rid)
                except ArticleError as err:
                    yield err
                    continue
                yield RawArticle(story_id=rid, content=text, kind="html", url=url, warnings=[note] if note else [])
        except ArchiveLoadFailed as err:
            yield ArticleError(name, f"broken WARC file: {' '.join(str(err).split())}")
            return
    if not found:  # a text file named .warc, or a crawl of images only: said, not passed over
        yield ArticleError(name, "no HTML page in the WARC file")


def _read_parquet(fh: BinaryIO, stem: str, columns: dict[str, str] | None = None) -> Iterator[RawArticle | ArticleError]:
    """Rows of a Parquet file, read like JSON Lines records (same field names, ``columns``
    renames); a row without an id is ``"<file stem>:<row number from 1>"``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    with fh:
        try:
            batches = pq.ParquetFile(fh).iter_batches(batch_size=1024)
            n = 0
            for batch in batches:
                for row in batch.to_pylist():
                    n += 1
                    try:
                        yield _record(_rename(row, columns), f"{stem}:{n}")
                    except ArticleError as err:
                        yield err
        except (pa.ArrowException, OSError) as err:
            yield ArticleError(stem, f"broken Parquet file: {err}")


#: The path that means standard input (``newsevents extract -``): one article, text or HTML,
#: with the id "stdin".
STDIN = "-"


_STDIN: dict[str, bytes] = {}  # standard input as read the first time ("data")


def _open_stdin() -> BinaryIO:
    """Standard input as a binary stream: read once (at most one byte more than an article may
    have) and kept, so that a second reading of the same input (``ingest`` reads it twice: to
    count, then to code) sees the same article, not an empty one."""
    import sys

    if "data" not in _STDIN:
        _STDIN["data"] = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    return io.BytesIO(_STDIN["data"])


def read_path(path: str | Path, columns: dict[str, str] | None = None,
              name: str | Path | None = None) -> Iterator[RawArticle | ArticleError]:
    """Yield the articles of one file (one for text/HTML, many for JSONL/JSON lists/CSV/Parquet).

    Format by suffix: ``.jsonl``/``.ndjson`` JSON Lines; ``.parquet`` a table with the JSON
    Lines fields as columns; ``.json`` one object or a list (a Reuters-21578 file, a list of
    ``{dateline, body, ...}``, is read by :func:`reuters_articles`); ``.csv`` a header with
    ``text`` and optional ``id``/``date``/``title``/``url`` columns (ids: :func:`_read_csv`);
    ``.warc``/``.warc.gz`` the HTML responses of a web archive; ``.html``/``.htm``
    HTML; anything else plain text (HTML is sniffed from a leading ``<``).  ``columns`` renames
    CSV columns / JSONL and Parquet keys to ours, e.g. ``{"text": "body", "published":
    "pub_date"}``.  A file that cannot be read yields one error.  ``name`` (default ``path``) is
    how ids and messages name the file: the Ray engine's workers open the absolute path and
    name the file as it was given, as the local engine does.  ``"-"`` (:data:`STDIN`) is one text
    or HTML article read from standard input, with the id ``"stdin"``.
    """
    path = Path(path)
    if str(path) == STDIN and name is None:  # "-": one text or HTML article on standard input
        yield from _read_source("stdin", _open_stdin, columns, "standard input")
        return
    shown = Path(name) if name is not None else path
    story_id = safe_text(shown.stem or shown.name)
    where = safe_text(str(shown))
    try:
        if path.is_dir():  # a folder input_files could not list (no permission): said, not passed over
            if _link_loop(path):  # corpus/self -> corpus: its files are read once, the loop is said
                raise ArticleError(story_id, f"link loop: a link to a folder it is in ({where} -> "
                                             f"{safe_text(os.readlink(path))})")
            with os.scandir(path):
                pass
            raise ArticleError(story_id, f"a folder, not a file ({where})")
        if not path.is_file():
            what = ("broken symbolic link" if path.is_symlink() and not path.exists() else "no such file"
                    if not path.exists() else "not a regular file")  # /dev/null, a pipe
            raise ArticleError(story_id, f"{what} ({where})")
    except ArticleError as err:
        yield err
        return
    except OSError as err:
        what = "folder" if path.is_dir() else "file"
        yield ArticleError(story_id, f"cannot read {what}: {err.strerror or err} ({where})")
        return
    for item in _read_source(shown.name, lambda: path.open("rb"), columns, where):
        if isinstance(item, ArticleError) and item.story_id == story_id:
            # the file's own id is only its name: say which file ("d/story.txt", not just "story")
            item = ArticleError(item.story_id, f"{item.reason} ({where})")
        yield item


def _read_source(name: str, open_binary: Callable[[], BinaryIO],
                 columns: dict[str, str] | None, where: str | None = None) -> Iterator[RawArticle | ArticleError]:
    """Dispatch on the file name's suffix; ``open_binary()`` opens the content as a binary stream.
    ``where`` (default ``name``) is how messages about a record's line name the file."""
    where = where or safe_text(name)
    path = Path(name)
    stem = safe_text(path.stem or path.name)
    suffix = path.suffix.lower()
    try:
        if suffix in {".jsonl", ".ndjson"}:
            yield from _read_jsonl(open_binary(), stem, where, columns)
            return
        if suffix == ".parquet":
            yield from _read_parquet(open_binary(), stem, columns)
            return
        if path.name.lower().endswith(WARC_SUFFIXES):
            yield from _read_warc(open_binary(), path.name)
            return
        with open_binary() as fh:
            data = _read_at_most(fh, MAX_ARTICLE_BYTES, stem) if suffix != ".csv" else None
        if suffix == ".json":
            yield from _read_json(data, stem)
            return
        if suffix == ".csv":
            yield from _read_csv(open_binary(), stem, where, columns)
            return
        text, note = decode_text(data, stem)
        head = text.lstrip()[:200].lower()
        is_html = suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html"))
        yield RawArticle(story_id=stem, content=text, kind="html" if is_html else "text",
                         warnings=[note] if note else [])
    except ArticleError as err:
        yield err
    except OSError as err:
        yield ArticleError(stem, f"cannot read file: {err.strerror or err}")


def _read_at_most(fh: BinaryIO, limit: int, story_id: str) -> bytes:
    """The whole content of ``fh``, or an :class:`ArticleError` "too large" when it has more than
    ``limit`` bytes: a file of gigabytes (a disk image, a log in the corpus folder) is not read
    into memory only to be refused."""
    data = fh.read(limit + 1)
    if len(data) <= limit:
        return data
    try:
        end = fh.seek(0, io.SEEK_END)
    except (OSError, ValueError):  # a stream that cannot seek
        end = None
    if end is None or end <= limit + 1:  # all we know (standard input is read only so far)
        raise ArticleError(story_id, f"too large (more than {limit:,} bytes)")
    raise ArticleError(story_id, f"too large ({end:,} bytes > {limit:,})")


#: Names of a folder's own documentation files, left out when the folder is expanded
#: (``README.md`` beside a corpus is not an article); a file named on its own is still read.
FOLDER_DOC_NAMES = ("readme", "license", "licence", "changelog", "copying", "notice")


def input_files(paths: Iterable[str | Path], skip: Iterable[str | Path] = ()) -> Iterator[Path]:
    """The files to read: each path, a directory expanded recursively in sorted order (hidden
    files, the folder's documentation files, :data:`FOLDER_DOC_NAMES`, and the files of ``skip``,
    such as the run's own output file, and the files under its folders, left out; symbolic links
    to folders followed, each real folder read once, a loop reported: :func:`_folder_entries`).  A
    folder that cannot be listed (no permission) is given as it is, for :func:`read_path` to say
    so: ``Path.rglob`` passed over it without a word, and its articles were missing from the run."""
    # os.path.realpath, not Path.resolve: a link loop in the folder raised RuntimeError
    skipped = {Path(os.path.realpath(s)) for s in skip}

    def left_out(c: Path) -> bool:
        if not skipped:
            return False
        c = Path(os.path.realpath(c))
        return c in skipped or any(parent in skipped for parent in c.parents)  # a skipped folder's files too

    for p in paths:
        p = Path(p)
        if p.is_dir():
            # a broken link (its file gone, a loop) is given too, for read_path to say so
            yield from sorted(c for c in _folder_entries(p) if not left_out(c) and (c.is_dir() or (
                (c.is_file() or (c.is_symlink() and not c.exists())) and not c.name.startswith(".")
                and c.name.lower().split(".")[0] not in FOLDER_DOC_NAMES)))
        else:
            yield p


def _folder_entries(folder: Path) -> Iterator[Path]:
    """Every file under ``folder`` (not in its hidden folders), and each folder under it (itself
    included) that could not be listed.  Links to folders are followed (``corpus/2024 -> /data/2024``: its articles were
    passed over without a word), each real folder read once: a link to a folder read already is
    not read again, and a link to a folder it is in (a loop) is given as it is, for
    :func:`read_path` to say so."""
    unlisted: list[Path] = []
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True,
                                     onerror=lambda err: unlisted.append(Path(err.filename))):
        real = os.path.realpath(root)
        if real in seen:  # reached again through a link: a loop is said, a second way in is not
            dirs[:] = []
            if _link_loop(Path(root)):
                yield Path(root)
            continue
        seen.add(real)
        # hidden folders (.git, .cache) left out as hidden files are; real folders before links,
        # so that a folder is read, and a loop in it named, by its own path, not a link's
        dirs[:] = sorted((d for d in dirs if not d.startswith(".")),
                         key=lambda d: (os.path.islink(os.path.join(root, d)), d))
        for name in files:
            yield Path(root, name)
    yield from unlisted


def _link_loop(path: Path) -> bool:
    """``path`` is a symbolic link to a folder it is in (or to its own folder)."""
    if not path.is_symlink():
        return False
    target = Path(os.path.realpath(path))
    here = Path(os.path.realpath(path.parent))
    return target == here or target in here.parents


def read_paths(paths: Iterable[str | Path], columns: dict[str, str] | None = None,
               skip: Iterable[str | Path] = ()) -> Iterator[RawArticle | ArticleError]:
    """:func:`read_path` over many paths; a directory is read recursively in sorted order, without
    the files of ``skip`` (:func:`input_files`).  Story ids are made unique in the batch
    (:class:`UniqueIds`)."""
    for _, item in read_sources(paths, columns, skip):
        yield item


def read_sources(paths: Iterable[str | Path], columns: dict[str, str] | None = None,
                 skip: Iterable[str | Path] = ()) -> Iterator[tuple[Path, RawArticle | ArticleError]]:
    """:func:`read_paths` with each item's source file: ``(path, item)`` pairs in input order."""
    unique = UniqueIds()
    for p in input_files(paths, skip):
        for item in read_path(p, columns):
            yield p, unique(item)


class UniqueIds:
    """Story ids unique within one batch, so that record ids are too.  Called on each item in
    input order: an article whose id an earlier article of the batch had becomes "ID#2" (then
    "ID#3", ...: the first such id not yet taken), with a warning naming the id.  The same input
    in the same order gives the same ids.  Read errors keep their ids (they give no records)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, item: RawArticle | ArticleError) -> RawArticle | ArticleError:
        if isinstance(item, ArticleError):
            return item
        if item.story_id in self.seen:
            n = 2
            while f"{item.story_id}#{n}" in self.seen:
                n += 1
            new = f"{item.story_id}#{n}"
            item.warnings.append(f"duplicate id {item.story_id!r} (an earlier article has it): coded as {new!r}")
            item.story_id = new
        self.seen.add(item.story_id)
        return item
