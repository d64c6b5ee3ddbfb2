import json

import pytest

from newsevents.errors import ArticleError
from newsevents.read import decode_bytes, decode_text, read_path, read_paths
from newsevents.read.readers import MAX_ARTICLE_BYTES


def _all(path):
    return list(read_path(path))


def test_plain_text_file_gets_its_stem_as_story_id(tmp_path):
    p = tmp_path / "my-story.txt"
    p.write_text("Headline here now\n\nBody text.", encoding="utf-8")
    [art] = _all(p)
    assert (art.story_id, art.kind, art.content) == ("my-story", "text", "Headline here now\n\nBody text.")


def test_html_is_sniffed(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("<!DOCTYPE html><html><body><p>x</p></body></html>", encoding="utf-8")
    assert _all(p)[0].kind == "html"


def test_jsonl_reads_fields_and_reports_broken_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text(
        json.dumps({"id": "a", "text": "Some text.", "published": "2020-01-02", "title": "T", "url": "u"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "html": "<html><body><p>Hi</p></body></html>"}) + "\n"
        + json.dumps({"id": "d", "text": ""}) + "\n",
        encoding="utf-8",
    )
    a, broken, c, empty = _all(p)
    assert (a.story_id, a.published, a.title, a.url, a.kind) == ("a", "2020-01-02", "T", "u", "text")
    assert isinstance(broken, ArticleError) and broken.story_id == "batch:2" and "broken JSON" in broken.reason
    assert c.kind == "html"
    assert isinstance(empty, ArticleError) and empty.reason == "empty article"


def test_news_please_json(tmp_path):
    p = tmp_path / "x.json"
    p.write_text(json.dumps({"dId": "abc", "text": "Body.", "title": "Title", "date_publish": "2017-09-15T00:00:00",
                             "source_domain": "example.com", "url": "http://e/x"}), encoding="utf-8")
    [art] = _all(p)
    assert (art.story_id, art.published, art.publisher) == ("abc", "2017-09-15T00:00:00", "example.com")


def test_csv_first_column_is_id_when_no_id_column(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text('"","date","text"\n"7",2019-04-10,"Body one."\n"8",2019-04-11,""\n', encoding="utf-8")
    first, second = _all(p)
    assert (first.story_id, first.published, first.content) == ("g:7", "2019-04-10", "Body one.")
    assert isinstance(second, ArticleError) and second.story_id == "g:8"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty article"),
    (b"   \n\n", "empty article"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (a PNG image)"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "binary content (a gzip file: decompress it first)"),
    (b"Some text\x00 with a NUL in it.", "binary content (NUL bytes)"),
    # NULs in every other byte, but control characters once read as UTF-16: binary all the same
    (b"\x01\x00\x02\x00\x03\x00\x04\x00" * 50, "binary content (NUL bytes)"),
])
def test_bad_bytes_are_refused_with_a_reason(data, reason):
    with pytest.raises(ArticleError) as e:
        decode_bytes(data, "s1")
    assert (e.value.story_id, e.value.reason) == ("s1", reason)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["The Finnish president will travel to Estonia on Tuesday for talks.\n" * 3,
                                  "Президент Финляндии во вторник отправится в Эстонию на переговоры.\n" * 3])
def test_utf16_without_byte_order_mark_is_read(codec, text):
    """A Windows "Unicode" text saved without a byte-order mark was refused as binary (its NULs),
    whatever its script (a Russian one is then skipped as not English, with that reason)."""
    assert decode_bytes(text.encode(codec), "s") == text


def test_huge_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"word " * (MAX_ARTICLE_BYTES // 5 + 10))
    [err] = _all(p)
    assert isinstance(err, ArticleError) and err.reason.startswith("too large")


def test_latin1_is_decoded():
    text = "Le président a déclaré que la coopération économique était à l'ordre du jour à Genève."
    assert decode_bytes(text.encode("latin-1"), "s") == text


def test_windows_1252_smart_quotes_are_read_as_quotes_with_a_warning():
    """Two Windows-1252 curly quotes in an English text were read as UTF-8 with two broken bytes
    (U+FFFD in the record's sentence), and nothing told the user the file was not UTF-8."""
    data = "Putin said \u201cwe will not\u201d recognise the vote.".encode("cp1252")
    assert decode_text(data, "s") == ("Putin said \u201cwe will not\u201d recognise the vote.",
                                      "not UTF-8: read as Windows-1252")


def test_undefined_windows_1252_byte_is_no_control_character():
    """A 0x81 byte (undefined in Windows-1252) made the reader fall back to Latin-1, leaving the
    C1 control character U+0081 in the text and in every record's ``sentence``."""
    text, note = decode_text(b"The minister\x81s visit to Minsk was cancelled \x93today\x94.", "s")
    assert text == "The minister\ufffds visit to Minsk was cancelled \u201ctoday\u201d."
    assert note == "not UTF-8: read as Windows-1252, 1 undefined byte(s) read as U+FFFD"


def test_utf8_with_a_broken_byte_or_cut_short_is_utf8_with_a_warning():
    # real UTF-8 characters and one stray byte: UTF-8, the stray byte as U+FFFD
    assert decode_text("Caf\u00e9 talks in Gen\u00e8ve ".encode() + b"\xff end.", "s") == (
        "Caf\u00e9 talks in Gen\u00e8ve \ufffd end.", "not valid UTF-8: 1 broken byte(s) read as U+FFFD")
    # a download cut inside the last character: the rest is UTF-8, not Windows-1252 mojibake
    assert decode_text("Talks in Gen\u00e8".encode()[:-1], "s") == (
        "Talks in Gen", "not valid UTF-8: a character cut off at the end was dropped")
    assert decode_text("Talks in Gen\u00e8ve.".encode(), "s") == ("Talks in Gen\u00e8ve.", None)


def test_text_file_not_utf8_warns_with_its_id(tmp_path):
    (tmp_path / "w.txt").write_bytes("Russia said \u201cno\u201d to the plan.".encode("cp1252"))
    (tmp_path / "u.txt").write_text("Russia said \u201cno\u201d to the plan.", encoding="utf-8")
    (tmp_path / "j.json").write_bytes('{"id": "j1", "text": "Russia said \u201cno\u201d."}'.encode("cp1252"))
    items = {i.story_id: i for i in read_paths([tmp_path])}
    assert items["w"].content == "Russia said \u201cno\u201d to the plan."
    assert items["w"].warnings == ["not UTF-8: read as Windows-1252"]
    assert items["u"].warnings == []
    assert (items["j1"].content, items["j1"].warnings) == ("Russia said \u201cno\u201d.", ["not UTF-8: read as Windows-1252"])


def test_directory_is_read_in_sorted_order_and_missing_file_reported(tmp_path):
    (tmp_path / "b.txt").write_text("B text here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A text here.", encoding="utf-8")
    items = list(read_paths([tmp_path, tmp_path / "nope.txt"]))
    assert [i.story_id for i in items] == ["a", "b", "nope"]
    assert isinstance(items[2], ArticleError) and items[2].reason == f"no such file ({tmp_path / 'nope.txt'})"


def test_warc_html_responses_are_articles(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from newsevents.read import read_path

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for uri, ctype, body in (
            ("https://example.org/news/1", "text/html; charset=utf-8",
             b"<html><head><title>Talks</title></head><body><p>Leaders met in Geneva.</p></body></html>"),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n"),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers))
    items = list(read_path(path))
    assert len(items) == 1
    assert items[0].kind == "html" and items[0].url == "https://example.org/news/1"
    assert "Leaders met in Geneva." in items[0].content and items[0].story_id.startswith("urn:uuid:")


def test_csv_and_jsonl_column_mapping(tmp_path):
    from newsevents.read import read_path

    csv_path = tmp_path / "dump.csv"
    csv_path.write_text("doc_id,body,pub_date\nA1,Leaders met in Geneva.,2024-03-04\n", encoding="utf-8")
    (item,) = read_path(csv_path, {"id": "doc_id", "text": "body", "published": "pub_date"})
    # a CSV id is kept as it is, as a JSON Lines id is (no file-name prefix)
    assert (item.story_id, item.content, item.published) == ("A1", "Leaders met in Geneva.", "2024-03-04")
    jl = tmp_path / "dump.jsonl"
    jl.write_text('{"doc_id": "B2", "body": "Leaders met."}\n', encoding="utf-8")
    (item,) = read_path(jl, {"id": "doc_id", "text": "body"})
    assert (item.story_id, item.content) == ("B2", "Leaders met.")


def test_reuters_json_files_are_read_as_stories():
    from conftest import DATA, need
    from newsevents.errors import ArticleError
    from newsevents.read import read_path

    items = list(read_path(need(DATA / "reuters21578" / "json-data" / "reut2-000.json")))
    assert len(items) == 1000
    first = items[0]
    assert first.story_id == "reut2-000:1" and first.published == "1987-02-26"
    assert first.content.startswith("SALVADOR, Feb 26 - Showers continued")
    assert any(isinstance(i, ArticleError) and i.reason == "empty article (no body)" for i in items)


def test_a_folder_s_readme_is_not_an_article_but_a_named_one_is(tmp_path):
    from newsevents.read import input_files

    (tmp_path / "README.md").write_text("How this corpus was collected.")
    (tmp_path / "LICENSE").write_text("CC BY 4.0")
    (tmp_path / "story.txt").write_text("Russia invaded Ukraine.")
    assert [p.name for p in input_files([tmp_path])] == ["story.txt"]
    assert [p.name for p in input_files([tmp_path / "README.md"])] == ["README.md"]


def test_a_non_string_html_field_is_named_in_the_error(tmp_path):
    p = tmp_path / "h.jsonl"
    p.write_text('{"id": "a", "html": 123}\n{"id": "b", "text": ["x"]}\n', encoding="utf-8")
    a, b = _all(p)
    assert (a.story_id, a.reason) == ("a", "html is not a string but int")
    assert (b.story_id, b.reason) == ("b", "text is not a string but list")


@pytest.mark.parametrize("value", ["yesterday-ish", "2023-13-45", 12345])
def test_an_unusable_published_date_is_dropped_with_a_warning(tmp_path, value):
    from newsevents.read import set_published

    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Leaders met.", "published": value}) + "\n"
                 + json.dumps({"id": "b", "text": "Leaders met.", "published": "2023-03-04T10:00:00Z"}) + "\n",
                 encoding="utf-8")
    a, b = _all(p)
    assert a.published is None
    assert a.warnings == [f"unusable published date {str(value)!r}: coded without a publication date "
                          "(unless its text gives one)"]
    assert (b.published, b.warnings) == ("2023-03-04T10:00:00Z", [])
    set_published(a, "2024-01-02")  # --published: the input's own date no longer matters
    assert (a.published, a.warnings) == ("2024-01-02", [])


@pytest.mark.parametrize("value, why", [
    ("3000-01-01", " (after today)"), ("9999-12-31T23:59:59Z", " (after today)"),
    ("0001-01-01T00:00:00Z", " (before 1600)"), ("1066-10-14", " (before 1600)"),
])
def test_a_published_date_in_the_future_or_a_placeholder_is_dropped_with_a_warning(tmp_path, value, why):
    """A publication date in the year 3000 was taken: "on Monday" became 2999-12-30 and "last
    year" 2999, without a word; so was Go's and .NET's zero time (0001-01-01), a placeholder.
    Both are now unusable publication dates, said and dropped."""
    from datetime import date, timedelta

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    p = tmp_path / "d.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "Leaders met.", "published": value}) + "\n"
                 + json.dumps({"id": "b", "text": "Leaders met.", "published": tomorrow}) + "\n"
                 + json.dumps({"id": "c", "text": "Leaders met.", "published": "1600-01-01"}) + "\n",
                 encoding="utf-8")
    a, b, c = _all(p)
    assert (a.published, a.warnings) == (None, [f"unusable published date {value!r}{why}: coded without "
                                                "a publication date (unless its text gives one)"])
    assert (b.published, b.warnings) == (tomorrow, [])  # a day ahead: a time zone east of ours
    assert (c.published, c.warnings) == ("1600-01-01", [])


def test_csv_unusable_published_date_is_a_warning(tmp_path):
    p = tmp_path / "dump.csv"
    p.write_text("id,text,date\nA1,Leaders met.,soon-ish\n", encoding="utf-8")
    (item,) = _all(p)
    assert item.story_id == "A1" and item.published is None
    assert item.warnings[0].startswith("unusable published date 'soon-ish'")


def test_duplicate_ids_in_a_batch_become_unique_with_a_warning(tmp_path):
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    (tmp_path / "d1" / "s.txt").write_text("First story here.", encoding="utf-8")
    (tmp_path / "d2" / "s.txt").write_text("Second story here.", encoding="utf-8")
    (tmp_path / "e.jsonl").write_text(
        '{"id": "a", "text": "one"}\n{"id": "a", "text": ""}\n{"id": "a", "text": "two"}\n'
        '{"id": "a#2", "text": "three"}\n{"id": "a", "text": "four"}\n', encoding="utf-8")
    items = list(read_paths([tmp_path / "d1", tmp_path / "d2", tmp_path / "e.jsonl"]))
    ids = [(i.story_id, isinstance(i, ArticleError)) for i in items]
    assert ids == [("s", False), ("s#2", False), ("a", False), ("a", True), ("a#2", False), ("a#2#2", False),
                   ("a#3", False)]
    assert items[0].warnings == []
    assert items[1].warnings == ["duplicate id 's' (an earlier article has it): coded as 's#2'"]
    assert items[5].warnings == ["duplicate id 'a#2' (an earlier article has it): coded as 'a#2#2'"]
    # the same input gives the same ids
    assert [i.story_id for i in read_paths([tmp_path / "d1", tmp_path / "d2", tmp_path / "e.jsonl"])] == \
        [i for i, _ in ids]


def test_a_file_s_error_names_the_file_and_a_list_is_no_id(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "story.txt").write_text("", encoding="utf-8")
    [err] = list(read_paths([tmp_path / "c"]))
    assert (err.story_id, err.reason) == ("story", f"empty article ({tmp_path / 'c' / 'story.txt'})")
    (tmp_path / "ids.jsonl").write_text('{"id": ["a"], "text": "Russia attacked Ukraine."}\n'
                                        '{"id": 42, "text": "Russia attacked Ukraine."}\n', encoding="utf-8")
    bad, good = list(read_paths([tmp_path / "ids.jsonl"]))
    assert isinstance(bad, ArticleError) and bad.reason == "id is not a string or a number but list"
    assert good.story_id == "42"


def test_the_python_api_rejects_what_the_command_line_rejects():
    import pytest

    import newsevents
    from newsevents.errors import ArticleError

    with pytest.raises(TypeError, match="text must be a str, not int"):
        newsevents.clean(12345)
    with pytest.raises(ArticleError, match="empty article"):
        newsevents.clean("   \n")
    with pytest.raises(ArticleError, match="binary content"):
        newsevents.clean("\x00\x01binary")


def test_a_csv_row_with_a_stray_quote_is_reported_not_merged(tmp_path):
    (tmp_path / "q.csv").write_text('id,text\n1,"Police arrested 12 protesters in Tallinn.\n2,"unbalanced\n'
                                    '3,"Russia attacked Ukraine on Monday."\n', encoding="utf-8")
    items = list(read_paths([tmp_path / "q.csv"]))
    assert isinstance(items[0], ArticleError) and items[0].story_id == "q:1"  # the first row: lines 2-3
    assert items[0].reason == f"broken CSV row ({tmp_path / 'q.csv'}, lines 2-3): ',' expected after '\"'"
    assert [(i.story_id, i.content) for i in items[1:]] == [("3", "Russia attacked Ukraine on Monday.")]


def test_a_broken_json_line_is_told_by_file_line_and_column(tmp_path):
    """Positions count in the file (line 1 is the first line, blank lines too), the column from
    1 within the line; a record cut short says so instead of pointing past the line's end."""
    p = tmp_path / "feed.jsonl"
    p.write_text('{"id": "a", "text": "Troops crossed the border."}\n'
                 "\n"
                 '{"id": "b", "text": broken}\n'
                 '{"id": "c", "text": "cut off"\n'
                 "[1, 2]\n"
                 '{"id": "d", "text": "Ministers met."} trailing\n'
                 "\n", encoding="utf-8")
    items = list(read_path(p))
    assert [i.story_id for i in items] == ["a", "feed:3", "feed:4", "feed:5", "feed:6"]
    assert [i.reason for i in items[1:]] == [
        f"broken JSON ({p}, line 3, column 21): expecting value",
        f"broken JSON ({p}, line 4): the line ends before the record does (expecting ',' delimiter)",
        f"broken JSON ({p}, line 5): a JSON list, not an object",
        f"broken JSON ({p}, line 6, column 39): extra data",
    ]


def test_csv_and_json_lines_ids_follow_one_rule(tmp_path):
    """A given id is kept as it is in both formats; without one, the id is made from the file
    name and the record's place in it.  A CSV's first column is the id only when it is none of
    our fields: a title or a text there is read as one (it used to be taken for the id)."""
    (tmp_path / "wire.jsonl").write_text('{"id": "w-17", "text": "Troops crossed the border."}\n'
                                         '{"text": "Ministers met in Oslo."}\n', encoding="utf-8")
    (tmp_path / "dump.csv").write_text("id,text\nw-18,Rebels seized the airport.\n,Police made arrests.\n",
                                       encoding="utf-8")
    (tmp_path / "titled.csv").write_text("title,text\nBorder,Troops crossed the border.\n", encoding="utf-8")
    (tmp_path / "plain.csv").write_text("text,date\nMinisters met in Oslo.,2024-05-06\n", encoding="utf-8")
    got = {i.story_id: i for i in read_paths([tmp_path])}
    assert sorted(got) == ["dump:2", "plain:1", "titled:1", "w-17", "w-18", "wire:2"]
    assert (got["titled:1"].title, got["titled:1"].content) == ("Border", "Troops crossed the border.")
    assert (got["plain:1"].published, got["plain:1"].content) == ("2024-05-06", "Ministers met in Oslo.")


@pytest.mark.parametrize("name,data,expected", [
    ("e.jsonl", b"", "empty file (no JSON Lines record)"),
    ("e.jsonl", b"\n  \n", "empty file (no JSON Lines record)"),
    ("e.csv", b"", "empty file (no CSV header)"),
    ("e.csv", b"id,text\r\n", "no rows (only a header)"),
    ("e.json", b"[]\n", "empty file (an empty JSON list)"),  # was no error at all: the file passed over
])
def test_a_file_without_records_is_one_error_naming_it(tmp_path, name, data, expected):
    p = tmp_path / name
    p.write_bytes(data)
    [err] = list(read_path(p))
    assert isinstance(err, ArticleError) and (err.story_id, err.reason) == ("e", f"{expected} ({p})")


def test_bom_crlf_and_windows_1252_lines_are_read(tmp_path):
    p = tmp_path / "win.jsonl"
    p.write_bytes(b'\xef\xbb\xbf{"id": "x1", "text": "Troops crossed the border."}\r\n'
                  b'{"id": "x2", "text": "Le pr\xe9sident a parl\xe9."}\r\n\r\n')
    x1, x2 = read_path(p)
    assert (x1.story_id, x1.content, x1.warnings) == ("x1", "Troops crossed the border.", [])
    assert (x2.story_id, x2.content) == ("x2", "Le président a parlé.")
    assert x2.warnings == [f"not UTF-8 ({p}, line 2): read as Windows-1252"]
    c = tmp_path / "win.csv"
    c.write_bytes(b"\xef\xbb\xbfid,text\r\nc1,Troops crossed the border.\r\n")
    [c1] = read_path(c)
    assert (c1.story_id, c1.content) == ("c1", "Troops crossed the border.")


def test_utf16_json_lines_and_csv_and_a_windows_1252_csv_are_read(tmp_path):
    """Windows tools write UTF-16 with a byte-order mark (PowerShell's redirection) or
    Windows-1252 (Excel's plain CSV): every record was lost or its accents turned into U+FFFD."""
    (tmp_path / "ps.jsonl").write_bytes('{"id": "p1", "text": "Troops crossed the border."}\r\n'
                                        '{"id": "p2", "text": "Ministers met in Zürich."}\r\n'.encode("utf-16"))
    (tmp_path / "u.csv").write_bytes("id,text\r\nu1,Ministers met in Zürich.\r\n".encode("utf-16"))
    (tmp_path / "x.csv").write_bytes("id,text\r\nx1,Le président a parlé à Genève.\r\n".encode("cp1252"))
    got = [(i.story_id, i.content) for i in read_paths([tmp_path])]
    assert got == [("p1", "Troops crossed the border."), ("p2", "Ministers met in Zürich."),
                   ("u1", "Ministers met in Zürich."), ("x1", "Le président a parlé à Genève.")]


def test_current_news_please_files_keep_the_body_in_maintext(tmp_path):
    import json

    from newsevents.read import read_paths

    f = tmp_path / "np.json"
    f.write_text(json.dumps({"maintext": "Police arrested twelve protesters in Tallinn on Saturday.",
                             "text": None, "title": "Arrests", "date_publish": "2025-03-03 10:00:00"}))
    [a] = list(read_paths([f]))
    assert a.content.startswith("Police arrested twelve") and a.title == "Arrests"
    g = tmp_path / "notext.jsonl"
    g.write_text(json.dumps({"id": "n1", "title": "only a title"}) + "\n")
    [e] = list(read_paths([g]))
    assert "no \"text\" field" in str(e)


def test_a_huge_or_wide_text_file_is_too_large_without_being_read_whole(tmp_path, monkeypatch):
    """A UTF-16 file (byte-order mark) skipped the size check: 7 MB of it were decoded, cleaned
    (20 s) and given to the coder.  And a file of any size was read whole before it was refused
    (a 4 GB file in the corpus folder: 4 GB of memory).  Now both are "too large", reading at most
    the limit and one byte."""
    import io

    from newsevents.read import readers

    wide = tmp_path / "wide.txt"
    wide.write_bytes(("Russia attacked Ukraine on Monday. " * 60_000).encode("utf-16"))
    [err] = _all(wide)
    assert err.reason == f"too large (4,200,002 bytes > {MAX_ARTICLE_BYTES:,}) ({wide})"
    sizes = []

    class Counted(io.BytesIO):
        def read(self, n=-1):
            sizes.append(n)
            return super().read(n)

    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1000)
    [err] = readers._read_source("big.html", lambda: Counted(b"<p>word</p>" * 10_000), None)
    assert err.reason == "too large (110,000 bytes > 1,000)" and sizes == [1001]
    [ok] = readers._read_source("small.txt", lambda: Counted(b"x" * 1000), None)
    assert ok.content == "x" * 1000


def test_a_folder_that_cannot_be_listed_is_reported_not_passed_over(tmp_path, monkeypatch):
    """Path.rglob passes over a sub-folder it has no permission to list, without a word: its
    articles were missing from the run and nobody was told.  It is now read as an error naming it
    (root may list anything: the permission error is simulated)."""
    import os

    from newsevents.read import input_files

    (tmp_path / "a.txt").write_text("Russia attacked Ukraine on Monday.")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("China met Japan on Tuesday.")
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "c.txt").write_text("Chile met Peru on Friday.")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert list(input_files([tmp_path])) == [tmp_path / "a.txt", locked, tmp_path / "z" / "c.txt"]
    items = list(read_paths([tmp_path]))
    assert [(i.story_id, getattr(i, "reason", None)) for i in items] == [
        ("a", None), ("locked", f"cannot read folder: Permission denied ({locked})"), ("c", None)]


def test_a_json_lines_record_over_the_limit_is_one_error_and_never_read_whole(tmp_path, monkeypatch):
    """One "line" of gigabytes (a binary file named .jsonl, a dump without newlines) was read into
    memory whole before json.loads: it is now read in pieces and skipped as one error, and the
    records after it are read."""
    import io

    from newsevents.read import readers

    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 100)
    big = json.dumps({"id": "big", "text": "word " * 200})
    data = (json.dumps({"id": "a", "text": "Troops crossed the border."}) + "\n" + big + "\n"
            + json.dumps({"id": "b", "text": "Police made arrests."}) + "\n")
    sizes = []

    class Counted(io.BytesIO):
        def readline(self, n=-1):
            sizes.append(n)
            return super().readline(n)

    items = list(readers._read_source("w.jsonl", lambda: Counted(data.encode()), None))
    assert [(i.story_id, getattr(i, "reason", None)) for i in items] == [
        ("a", None), ("w:2", "too large (w.jsonl, line 2): a record of more than 100 bytes"), ("b", None)]
    assert -1 not in sizes and max(sizes) <= 1 << 20
    wide = tmp_path / "wide.jsonl"  # UTF-16 (a byte-order mark): read as text, the limit in characters
    wide.write_bytes(data.encode("utf-16"))
    assert [i.story_id for i in read_path(wide)] == ["a", "wide:2", "b"]


def test_files_under_a_skipped_folder_are_left_out(tmp_path):
    """``skip`` may name a folder (the Ray engine's shard folder in the input folder)."""
    from newsevents.read import input_files

    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "db.shards").mkdir()
    (tmp_path / "db.shards" / "part-1.parquet").write_text("x")
    assert list(input_files([tmp_path], skip=[tmp_path / "db.shards"])) == [tmp_path / "a.txt"]
    assert len(list(input_files([tmp_path]))) == 2


def test_a_csv_row_over_the_limit_is_one_error_and_the_rows_around_it_are_read(tmp_path, monkeypatch):
    """A CSV row was read whole, however long (``field_size_limit(sys.maxsize)``): one line of
    gigabytes took that much memory.  A row over the limit (one long line of small fields, a
    quoted field over many lines, one never closed) is now one error naming its lines; the rows
    before and after it are read, and none of the skipped text comes out as a row of its own
    (the csv module's own field-limit error resumed inside the quoted field)."""
    import csv

    from newsevents.read import readers

    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 200)
    para = 'a paragraph, with ""quotes"", and more words\n'  # 45 characters, commas and quotes
    data = ("id,text\r\n"                                          # line 1
            "a,Troops crossed the border.\r\n"                     # 2
            "big1," + "word," * 60 + "end\r\n"                     # 3: 308 characters of small fields
            "b,Police made arrests.\n"                             # 4
            'big2,"' + para * 10 + '",2023-01-01\n'                # 5-15: a quoted field of 10 lines
            "c,Ministers met in Geneva.\n"                         # 16
            'd,"A quoted field\nover two lines."\n'                # 17-18
            "e," + "x" * 196 + "\n"                                # 19: 199 characters with the line end: read
            "f," + "x" * 197 + "\n"                                # 20: 200 with the line end: read
            "g," + "x" * 198 + "\n"                                # 21: 201: too large
            'big3,"' + para * 10)                                  # 22-31: never closed
    f = tmp_path / "x.csv"
    f.write_bytes(data.encode())
    got = [(i.story_id, getattr(i, "reason", None) or i.content[:20]) for i in read_path(f)]

    def err(row, lines):
        return (f"x:{row}", f"too large ({f}, {lines}): a CSV row over the size limit (200 characters)")

    assert got == [("a", "Troops crossed the b"), err(2, "line 3"), ("b", "Police made arrests."),
                   err(4, "lines 5-15"), ("c", "Ministers met in Gen"), ("d", "A quoted field\nover "),
                   ("e", "x" * 20), ("f", "x" * 20), err(9, "line 21"), err(10, "lines 22-31")]
    assert csv.field_size_limit() == 200  # the csv module's own limit matches
    wide = tmp_path / "wide.csv"  # UTF-16: the limit counts characters
    wide.write_bytes(data.encode("utf-16"))
    assert [(i.story_id.replace("wide:", "x:"), getattr(i, "reason", "")[:9]) for i in read_path(wide)] == [
        (s, r[:9] if r.startswith("too") else "") for s, r in got]
    blob = tmp_path / "blob.csv"  # a binary file named .csv: no line end anywhere
    blob.write_bytes(bytes(range(256)).replace(b"\n", b"").replace(b"\r", b"") * 50)
    [e] = read_path(blob)
    assert (e.story_id, e.reason) == ("blob", f"too large: a CSV header row over the size limit (200 characters) ({blob})")


def test_a_giant_csv_line_is_read_in_pieces_with_bounded_memory(tmp_path, monkeypatch):
    """A 50 MB line of small fields and a 10 MB quoted field over 100 lines: the memory peak
    stays near the limit (1 MB here), not the row's size, and takes no longer than reading it."""
    import tracemalloc

    from newsevents.read import readers

    monkeypatch.setattr(readers, "MAX_RECORD_BYTES", 1_000_000)
    line = tmp_path / "line.csv"
    line.write_bytes(b"id,text\na,Troops crossed the border.\nbig," + b"word," * 10_000_000
                     + b"\nb,Police made arrests.\n")
    quoted = tmp_path / "quoted.csv"
    quoted.write_bytes(b'id,text\na,Troops crossed the border.\nbig,"' + (b"word, " * 16_666 + b"\n") * 100
                       + b'"\nb,Police made arrests.\n')
    for f, lines in ((line, "line 3"), (quoted, "lines 3-103")):
        assert f.stat().st_size > 9_000_000
        tracemalloc.start()
        try:
            items = list(read_path(f))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert [(i.story_id, getattr(i, "reason", None)) for i in items] == [
            ("a", None), (f"{f.stem}:2", f"too large ({f}, {lines}): a CSV row over the size limit (1,000,000 characters)"),
            ("b", None)]
        # measured 3.3 MB (the line) and 4.6 MB (the quoted field) on 2026-12-02; the quoted file is
        # itself 10 MB, so the former "< 10_000_000" barely told a row read whole from one read in pieces
        assert peak < 6_000_000, peak


def test_json_list_items_count_from_one_like_jsonl_rows(tmp_path):
    p = tmp_path / "list.json"
    p.write_text(json.dumps([{"text": "Troops crossed the border."}, {"id": "given", "text": "Ministers met."},
                             {"text": ""}]), encoding="utf-8")
    first, given, empty = _all(p)
    assert (first.story_id, given.story_id) == ("list:1", "given")
    assert isinstance(empty, ArticleError) and empty.story_id == "list:3"
    lone = tmp_path / "story.json"
    lone.write_text(json.dumps({"text": "Ministers met in Oslo."}), encoding="utf-8")
    [art] = _all(lone)
    assert art.story_id == "story"


def test_csv_row_with_more_cells_than_the_header_is_reported(tmp_path):
    """A row with cells past the header's (an unquoted comma in its text) was coded from a text
    cut at the comma, the rest dropped without a word; now it is reported with its id and line,
    and the rows around it are read.  A trailing empty cell (a comma at the row's end) is no error."""
    p = tmp_path / "r.csv"
    p.write_text("id,text,published\n"
                 "c1,\"Chile met Peru, on Monday.\",2023-01-02\n"
                 "c2,Chile met Peru, on Monday.,2023-01-02\n"
                 "c3,Peru met Chile.,2023-01-03,\n", encoding="utf-8")
    c1, c2, c3 = _all(p)
    assert (c1.story_id, c1.content, c1.published) == ("c1", "Chile met Peru, on Monday.", "2023-01-02")
    assert isinstance(c2, ArticleError) and c2.story_id == "c2"
    assert c2.reason == (f"broken CSV row ({p}, line 3): 4 cells where the header has 3 "
                         "(a comma in an unquoted field?)")
    assert (c3.story_id, c3.content, c3.published) == ("c3", "Peru met Chile.", "2023-01-03")


def test_dash_reads_one_article_from_standard_input(monkeypatch, tmp_path):
    """``-`` was "no such file (-)"; it is now one article from standard input, id "stdin",
    read once and kept: a second reading (``ingest`` counts its input, then codes it) sees the
    same article, not an empty one."""
    import sys

    from newsevents.read import read_paths
    from newsevents.read import readers

    monkeypatch.setattr(readers, "_STDIN", {})
    src = tmp_path / "piped"
    src.write_bytes(b"Chile met Peru on Monday.\n")
    with src.open() as fake:
        monkeypatch.setattr(sys, "stdin", fake)
        [item] = list(read_paths(["-"]))
        [again] = list(read_paths(["-"]))
    assert (item.story_id, item.content, item.kind) == ("stdin", "Chile met Peru on Monday.\n", "text")
    assert (again.story_id, again.content) == ("stdin", item.content)


def test_too_large_standard_input_is_not_given_a_size_it_does_not_have(monkeypatch, tmp_path):
    """Standard input is read up to one byte past the limit; a 50 MB article piped in was "too
    large (2,000,001 bytes > 2,000,000)", a size it does not have.  It is now "more than"."""
    import sys

    from newsevents.read import read_paths
    from newsevents.read import readers

    monkeypatch.setattr(readers, "_STDIN", {})
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1000)
    src = tmp_path / "piped"
    src.write_bytes(b"Chile met Peru on Monday. " * 2000)
    with src.open() as fake:
        monkeypatch.setattr(sys, "stdin", fake)
        [err] = list(read_paths(["-"]))
    assert (err.story_id, err.reason) == ("stdin", "too large (more than 1,000 bytes)")


def test_json_lines_ids_as_floats_and_titles_as_lists(tmp_path):
    """A float id (pandas writes a column of ids with an empty cell as 123.0) was refused as "not
    a string or a number"; it is the number ("123"; 1.5 stays "1.5"), a NaN id is no id.  A title
    that is a list was kept as the text "['x']"; it is left out with a warning."""
    p = tmp_path / "f.jsonl"
    p.write_text('{"id": 123.0, "text": "Chile met Peru."}\n{"id": 1.5, "text": "Chile met Peru."}\n'
                 '{"id": NaN, "text": "Chile met Peru."}\n{"id": "t", "text": "Chile met Peru.", "title": ["x"]}\n',
                 encoding="utf-8")
    a, b, c, d = _all(p)
    assert [a.story_id, b.story_id, c.story_id] == ["123", "1.5", "f:3"]
    assert d.title is None and d.warnings == ["title is not a string but a list: left out"]


def test_broken_link_in_a_folder_is_reported(tmp_path):
    """A link whose file is gone, in a corpus folder, was passed over without a word; it is now
    reported ("broken symbolic link"), and the folder's other files are read."""
    from newsevents.read import read_paths

    (tmp_path / "a.txt").write_text("Chile met Peru on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    a, b = read_paths([tmp_path])
    assert a.story_id == "a"
    assert isinstance(b, ArticleError) and (b.story_id, b.reason) == ("b", f"broken symbolic link ({tmp_path / 'b.txt'})")


def test_link_loop_in_a_folder_read_beside_the_output_file(tmp_path):
    """With the run's output file to leave out (``extract FOLDER -o FILE``), a link loop in the
    folder raised RuntimeError ("Symlink loop") and ended the whole batch; it is now one error."""
    from newsevents.read import read_paths

    (tmp_path / "a.txt").write_text("Chile met Peru on Monday.", encoding="utf-8")
    (tmp_path / "l1.txt").symlink_to(tmp_path / "l2.txt")
    (tmp_path / "l2.txt").symlink_to(tmp_path / "l1.txt")
    items = list(read_paths([tmp_path], skip=[tmp_path / "out.jsonl"]))
    assert [i.story_id for i in items] == ["a", "l1", "l2"]
    assert [getattr(i, "reason", None) for i in items[1:]] == [
        f"broken symbolic link ({tmp_path / 'l1.txt'})", f"broken symbolic link ({tmp_path / 'l2.txt'})"]


@pytest.mark.parametrize("name", ["prog.jsonl", "prog.csv"])
def test_binary_file_named_jsonl_or_csv_is_one_error(tmp_path, name):
    """A program or an image named .jsonl was one "broken JSON" error per "line" (509 for
    /bin/ls); named .csv, "no text column (columns: \\x7fELF...)".  Now one error saying what
    it is.  A stray NUL in one CSV cell does not make the file binary."""
    p = tmp_path / name
    p.write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00\n\x01\x02" * 2000)
    [err] = _all(p)
    assert isinstance(err, ArticleError) and err.reason == f"binary content (a program (ELF)) ({p})"
    ok = tmp_path / "stray.csv"
    ok.write_bytes(b'id,text\nn1,"Chile met\x00 Peru."\nn2,Peru met Chile.\n')
    assert [i.story_id for i in _all(ok)] == ["n1", "n2"]


def test_warc_without_html_pages_is_reported(tmp_path):
    """A text file named .warc gave no article and no error; now "no HTML page in the WARC file"."""
    p = tmp_path / "crawl.warc"
    p.write_text("Chile met Peru on Monday.\n", encoding="utf-8")
    [err] = _all(p)
    assert isinstance(err, ArticleError) and (err.story_id, err.reason) == ("crawl.warc", "no HTML page in the WARC file")


def test_a_link_to_a_folder_in_a_corpus_folder_is_read(tmp_path):
    """``corpus/2024 -> /data/2024``: the linked folder's articles were passed over without a
    word (links to folders were not followed); they are read now, each real folder once."""
    from newsevents.read import read_paths

    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    (corpus / "a").mkdir(parents=True)
    outside.mkdir()
    (corpus / "a" / "x.txt").write_text("Chile met Peru on Monday.", encoding="utf-8")
    (outside / "y.txt").write_text("Kenya met Uganda on Monday.", encoding="utf-8")
    (corpus / "ext").symlink_to(outside)
    (corpus / "again").symlink_to(corpus / "a")  # a second way into a folder read already
    items = list(read_paths([corpus]))
    assert [(i.story_id, i.content) for i in items] == [
        ("x", "Chile met Peru on Monday."), ("y", "Kenya met Uganda on Monday.")]


def test_a_link_loop_to_a_folder_is_reported_once_and_the_rest_is_read(tmp_path):
    """A link to the folder it is in (``corpus/self -> .``, ``corpus/a/up -> ..``) was passed
    over without a word; it is now one error naming the link, and each file is read once."""
    from newsevents.read import read_paths

    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "a" / "x.txt").write_text("Chile met Peru on Monday.", encoding="utf-8")
    (corpus / "a" / "up").symlink_to("..")
    (corpus / "self").symlink_to(".")
    items = list(read_paths([corpus]))
    assert [(i.story_id, getattr(i, "reason", None)) for i in items] == [
        ("up", f"link loop: a link to a folder it is in ({corpus / 'a' / 'up'} -> ..)"),
        ("x", None),
        ("self", f"link loop: a link to a folder it is in ({corpus / 'self'} -> .)"),
    ]


def test_hidden_folders_of_a_corpus_folder_are_left_out(tmp_path):
    """Hidden files were left out but the files of hidden folders were read (a corpus kept in
    git: every object under .git/ was one "binary content" error)."""
    from newsevents.read import read_paths

    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "ab12").write_bytes(b"x\x9c\x00\x01\x02")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("Peru met Chile.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Chile met Peru on Monday.", encoding="utf-8")
    assert [i.story_id for i in read_paths([tmp_path])] == ["a"]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_json_lines_and_csv_in_utf16_or_utf32_without_a_byte_order_mark_are_read(tmp_path, codec):
    """A Windows "Unicode" export without its byte-order mark was "binary content (NUL bytes)"
    as JSON Lines or CSV, though the same text file was read; both are read now, any script."""
    jl, csv_file = tmp_path / "feed.jsonl", tmp_path / "dump.csv"
    jl.write_bytes((json.dumps({"id": "a", "text": "Chile met Peru on Monday.", "title": "Café"},
                               ensure_ascii=False) + "\n"
                    + json.dumps({"id": "b", "text": "Путин встретился с Лукашенко."}, ensure_ascii=False)
                    + "\n").encode(codec))
    csv_file.write_bytes('id,text\nc1,"Chile met Peru, officials said."\n'.encode(codec))
    a, b = _all(jl)
    assert (a.story_id, a.content, a.title, b.story_id, b.content) == (
        "a", "Chile met Peru on Monday.", "Café", "b", "Путин встретился с Лукашенко.")
    [c1] = _all(csv_file)
    assert (c1.story_id, c1.content) == ("c1", "Chile met Peru, officials said.")


def test_a_binary_file_is_not_taken_for_utf16_without_a_mark(tmp_path):
    """The mark-less UTF-16/32 reading needs printable text: a program, or a file of NULs and
    control bytes, named .jsonl is still binary."""
    p = tmp_path / "x.jsonl"
    p.write_bytes(b"{\x00\x01\x00" + bytes(range(32)) * 50)
    [err] = _all(p)
    assert isinstance(err, ArticleError) and err.reason == f"binary content (NUL bytes) ({p})"
