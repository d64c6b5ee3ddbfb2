import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from newsevents.cli import app

runner = CliRunner()
SAMPLE = EXAMPLES / "sample-article.txt"


def records(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_extract_sample_writes_jsonl_when_piped():
    result = runner.invoke(app, ["extract", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    events = {(r["event"], r["actor"][0]["code"]) for r in recs}
    assert events == {("CONSULT", "FIN"), ("SUPPORT", "FIN"), ("COERCE", "EST"), ("PROTEST", "EST"), ("SANCTION", "EUR")}
    assert all(r["story_id"] == "sample-article" for r in recs)
    visit = [r for r in recs if r["event"] == "CONSULT" and r["actor"][0]["code"] == "FIN"][0]
    assert visit["date"] == "2025-03-04" and visit["status"] == "future"


def test_extract_table_format():
    result = runner.invoke(app, ["extract", "--format", "table", str(SAMPLE)])
    assert result.exit_code == 0
    assert "CONSULT" in result.stdout and "FIN" in result.stdout


def test_clean_prints_article_with_removed_reasons():
    result = runner.invoke(app, ["clean", str(SAMPLE)])
    assert result.exit_code == 0
    art = json.loads(result.stdout)
    assert art["title"] == "Finland's president to visit Estonia for talks on Baltic security"
    assert art["published"] == "2025-03-03" and art["byline"] == ["Staff Reporter"]
    reasons = {r["reason"] for r in art["removed"]}
    assert {"paywall prompt", "photo caption or credit", "related links", "dateline"} <= reasons


def test_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-empty.txt").write_text("")
    (tmp_path / "b-binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "c-german.txt").write_text(
        "Regierung kündigt Reformen an\n\nDie Bundesregierung hat am Montag in Berlin ein umfangreiches Paket "
        "von Reformen angekündigt, das die Wirtschaft stärken und die Energiepreise senken soll, sagte ein Sprecher.")
    (tmp_path / "d-broken.jsonl").write_text('{"id": "ok1", "text": "Russia attacked Ukraine on Monday."}\n{"id": oops\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "-o", str(out), str(tmp_path)])
    assert result.exit_code == 1
    assert "a-empty: empty article" in result.stderr
    assert "b-binary: binary content" in result.stderr
    assert "c-german: not English: language de" in result.stderr
    assert "d-broken:2: broken JSON" in result.stderr
    recs = records(out.read_text())
    assert [(r["story_id"], r["event"]) for r in recs] == [("ok1", "ASSAULT")]


def test_nothing_coded_exits_2_and_leaves_an_existing_output_untouched(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")
    result = runner.invoke(app, ["extract", "-o", str(out), str(tmp_path / "empty.txt")])
    assert result.exit_code == 2
    assert out.read_text() == "earlier results\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_output_file_has_ordinary_permissions(tmp_path):
    import os

    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", "-o", str(out), str(SAMPLE)]).exit_code == 0
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_unknown_model_is_a_clear_error():
    result = runner.invoke(app, ["extract", "--model", "no_such_pipeline_xyz", str(SAMPLE)])
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.stderr and "not installed" in result.stderr


def test_python_api(tmp_path):
    import newsevents

    events = newsevents.extract(SAMPLE.read_text(), story_id="s1")
    assert events and all(e.story_id == "s1" for e in events)
    art = newsevents.clean(SAMPLE.read_text())
    assert art.published == "2025-03-03"


def test_article_longer_than_the_nlp_limit_is_reported_and_the_batch_goes_on(tmp_path, pipeline):
    long = tmp_path / "a-long.txt"
    sentence = "The minister said the talks would continue next week in the capital. "
    long.write_text("A long headline for testing limits\n\n" + sentence * (pipeline.nlp.max_length // len(sentence) + 10))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "-o", str(out), str(long), str(SAMPLE)])
    assert result.exit_code == 1
    assert "a-long: too long for the NLP pipeline" in result.stderr
    assert {r["story_id"] for r in records(out.read_text())} == {"sample-article"}


def test_batch_survives_hostile_records(tmp_path):
    """Cases a tester found killing whole batches; each is now one skipped article."""
    (tmp_path / "a.jsonl").write_text(
        '{"id": "num", "text": 123}\n'
        '{"id": "[/]", "text": ""}\n'
        '{"id": "surr", "text": "Russia attacked Ukraine on Monday. \\ud800"}\n'
        '{"id": "baddate", "text": "Russia attacked Ukraine on Monday.", "published": "2022-13-45"}\n'
        '{"id": "zh", "text": "\\u4fc4\\u7f57\\u65af\\u5468\\u4e00\\u88ad\\u51fb\\u4e4c\\u514b\\u5170\\u3002\\u5916\\u4ea4\\u90e8\\u53d1\\u8a00\\u4eba\\u8868\\u793a\\u8c08\\u5224\\u5c06\\u7ee7\\u7eed\\u3002"}\n',
        encoding="utf-8")
    (tmp_path / "b-utf16.txt").write_bytes(
        "Talks collapse\n\nRussia attacked Ukraine on Monday, officials said.".encode("utf-16"))
    (tmp_path / "c.csv").write_text("\ufefftext,id\nRussia attacked Ukraine on Monday.,c1\n", encoding="utf-8")
    (tmp_path / "d.csv").write_text("id,body\n1,Russia attacked Ukraine.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "-o", str(out), str(tmp_path)])
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert "num: text is not a string but int" in err
    assert "[/]: empty article" in err
    assert "zh: not English: language zh (non-Latin script)" in err
    assert 'd: no "text" column (columns: id, body)' in err
    assert ("warning baddate: unusable published date '2022-13-45': coded without a publication date "
            "(unless its text gives one)") in err
    assert "Traceback" not in err
    coded = {r["story_id"] for r in records(out.read_text())}
    assert {"surr", "baddate", "b-utf16", "c1"} <= coded
    bad = [r for r in records(out.read_text()) if r["story_id"] == "baddate"][0]
    assert bad["date_basis"] == "publication" and bad["date"] is None  # the impossible date was dropped


def test_a_published_date_in_the_year_3000_gives_no_event_dates(tmp_path):
    """"on Monday" in a story published (its field says) on 3000-01-01 was dated 2999-12-30."""
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps({"id": "y3000", "published": "3000-01-01",
                                "text": "Russian President Vladimir Putin met Belarusian leader Alexander "
                                        "Lukashenko in Minsk on Monday."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", "--format", "jsonl", str(feed)])
    assert result.exit_code == 0, result.output
    assert ("warning y3000: unusable published date '3000-01-01' (after today): coded without a "
            "publication date (unless its text gives one)") in " ".join(result.stderr.split())
    [meet] = records(result.stdout)
    assert (meet["event"], meet["date"], meet["date_text"]) == ("CONSULT", None, None)


def test_usage_errors_come_before_any_work(tmp_path):
    # exit 2 and the error that says why (exit 2 alone is any usage error, a misspelt option too)
    for args, says in ((["--published", "2022-13-45"], "'2022-13-45' is not a date (YYYY-MM-DD)"),
                       (["--published", "garbage"], "'garbage' is not a date (YYYY-MM-DD)"),
                       (["-f", "table", "-o", str(tmp_path / "x.jsonl")],
                        "--output writes JSON Lines; it cannot be used with --format table")):
        res = runner.invoke(app, ["extract", *args, str(SAMPLE)])
        assert res.exit_code == 2 and says in res.stderr, res.stderr
    res = runner.invoke(app, ["extract", "-o", str(tmp_path / "missing" / "x.jsonl"), str(SAMPLE)])
    # "not a file in an existing folder" until the system's words were given (below)
    assert res.exit_code == 2 and "x.jsonl: No such file or directory" in res.stderr


def test_empty_input_exits_2(tmp_path):
    (tmp_path / "empty.csv").write_text("")
    res = runner.invoke(app, ["extract", str(tmp_path / "empty.csv")])
    assert res.exit_code == 2
    assert res.stderr == (f"skipped empty: empty file (no CSV header) ({tmp_path / 'empty.csv'})\n"
                          "0 article(s) coded, 1 skipped\n")


def test_explain_prints_entry_and_parse_paths_on_stderr_and_keeps_stdout_jsonl():
    result = runner.invoke(app, ["extract", "--explain", str(SAMPLE)])
    assert result.exit_code == 0
    recs = records(result.stdout)
    sanction = next(r for r in recs if r["event"] == "SANCTION")
    assert sanction["rule"].startswith("lexicon:events.tsv:")
    block = result.stderr.split(sanction["id"], 1)[1].split("\n\n")[0]
    assert sanction["rule"] in block
    assert 'actor "European Union" EUR GOV: imposed -nsubj-> Union' in block
    assert 'recipient "Belarus" BLR: imposed -dobj-> sanctions -prep-> on -pobj-> Belarus' in block
    assert "explanation" not in sanction  # not part of the record


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc and /sys")
@pytest.mark.parametrize("target", ["/proc/x.jsonl", "/sys/x.jsonl"])
def test_an_output_folder_that_cannot_be_written_is_a_one_line_error(target):
    result = runner.invoke(app, ["extract", "-o", target, str(SAMPLE)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error cannot write {target}: "), result.stderr
    assert "Traceback" not in result.stderr and not Path(target).exists()


def test_an_output_file_replaced_keeps_its_permissions_and_a_read_only_one_is_refused(tmp_path, monkeypatch):
    """``-o`` replaces its file through a rename, which the folder allows: a read-only file (mode
    444) was replaced and made 0644, and a private one (0600) became readable by all.  A file
    replaced now keeps its mode, and one we may not write is an error, left as it was (root may
    write anything: the refusal is simulated)."""
    import os
    import stat

    private = tmp_path / "private.jsonl"
    private.write_text("old\n")
    private.chmod(0o600)
    assert runner.invoke(app, ["extract", "-o", str(private), str(SAMPLE)]).exit_code == 0
    assert len(records(private.read_text())) == 5 and stat.S_IMODE(private.stat().st_mode) == 0o600

    locked = tmp_path / "locked.jsonl"
    locked.write_text("keep\n")
    locked.chmod(0o444)
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if os.fspath(p) == str(locked) and mode == os.W_OK
                        else real(p, mode, **kw))
    result = runner.invoke(app, ["extract", "-o", str(locked), str(SAMPLE)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error cannot write {locked}: Permission denied"
    assert locked.read_text() == "keep\n" and stat.S_IMODE(locked.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.jsonl", "private.jsonl"]


def test_an_output_that_is_a_folder_or_in_no_folder_says_which(tmp_path):
    """``-o corpus/`` and ``-o gone/x.jsonl`` were both "not a file in an existing folder"; they
    now give the system's words, as ``export -o`` does."""
    for out, why in ((tmp_path, "Is a directory"), (tmp_path / "gone" / "x.jsonl", "No such file or directory")):
        result = runner.invoke(app, ["extract", "-o", str(out), str(SAMPLE)])
        assert result.exit_code == 2
        assert result.stderr.strip() == f"error cannot write {out}: {why}"


def test_an_output_that_fails_while_written_leaves_nothing_behind(tmp_path, monkeypatch):
    import os

    from newsevents.output import OutputError, atomic_output

    out = tmp_path / "out.jsonl"
    out.write_text("earlier results\n")

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OutputError) as caught:
        with atomic_output(str(out)) as fh:
            fh.write("half\n")
    assert str(caught.value) == f"cannot write {out}: No space left on device"
    assert out.read_text() == "earlier results\n" and [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]
    result = runner.invoke(app, ["extract", "-o", str(out), str(SAMPLE)])
    assert result.exit_code == 2 and f"error cannot write {out}: No space left on device" in result.stderr
    assert out.read_text() == "earlier results\n" and [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_duplicate_ids_are_warned_about_and_give_distinct_record_ids(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "x", "text": "Russia attacked Ukraine on Monday."}\n'
        '{"id": "x", "text": "Russia attacked Ukraine on Monday, officials said."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", "-o", str(out), str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0, result.output
    assert "warning x#2: duplicate id 'x' (an earlier article has it): coded as 'x#2'" in result.stderr
    recs = records(out.read_text())
    assert [r["story_id"] for r in recs] == ["x", "x#2"]
    assert len({r["id"] for r in recs}) == 2


def test_control_characters_in_ids_are_escaped_in_messages(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "e\\u001b[31mred\\r\\u0000", "text": ""}\n'
        '{"id": "d\\u001b]0;pwned\\u0007", "text": "Russia attacked Ukraine.", "published": "not a date"}\n',
        encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 1
    assert "skipped e\\x1b[31mred\\r\\x00: empty article" in result.stderr
    assert "warning d\\x1b]0;pwned\\x07: unusable published date" in result.stderr
    assert not any(c in result.stderr for c in "\x1b\r\x00\x07")


def test_explain_names_the_implied_rule_suffix(tmp_path):
    path = tmp_path / "implied.txt"
    path.write_text("Arrests and protests in two capitals\n\nThree opposition activists were arrested in Minsk "
                    "on Monday. Thousands of protesters rallied in Tbilisi on Tuesday.")
    result = runner.invoke(app, ["extract", "--explain", str(path)])
    assert result.exit_code == 0, result.output
    rules = {r["event"]: r["rule"] for r in records(result.stdout)}
    assert rules["COERCE"].endswith("+implied-agent") and rules["PROTEST"].endswith("+implied-target")
    assert "actor implied, not named in the text (rule suffix +implied-agent): BLR" in result.stderr
    assert "recipient implied, not named in the text (rule suffix +implied-target): GEO GOV" in result.stderr
    assert "+implied-..." not in result.stderr


def test_the_table_fits_80_columns_without_breaking_words(pipeline):
    """On an 80-column terminal every line fits, codes, dates and statuses stay whole, and a name
    too long for its column ends in "…" instead of being cut in two across lines."""
    import io

    from rich.console import Console

    from newsevents.output import print_table
    from newsevents.read import RawArticle

    text = ("Brussels, March 4 - The International Committee of the Red Cross criticised "
            "the Venezuelan government on Tuesday, a spokeswoman said. Police in Caracas "
            "arrested twelve opposition demonstrators on Monday.")
    [result] = list(pipeline.run([RawArticle("t1", text, published="2024-03-05")]))
    assert result.events
    out = io.StringIO()
    print_table(result.events, title="t1", console=Console(file=out, width=80, color_system=None))
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    words = {w for line in lines for cell in line.split("│") for w in cell.split()}
    for e in result.events:
        assert e.event in words and e.status in words and (e.date is None or e.date in words)
        for ent in e.actor + e.recipient:
            assert ent.code in {w.split("/")[0] for w in words}
    # no word of the table is a piece of a longer word of the records (a break mid-word)
    record_words = {w for e in result.events for ent in e.actor + e.recipient
                    for w in f"{ent.code} {ent.name or ent.entity_text}".split()}
    record_words |= {w for e in result.events for w in e.event_text.split()}
    pieces = {w for w in words if not w.endswith("…") and w not in record_words
              and any(w != r and w in r for r in record_words)}
    assert not pieces, pieces


def _row_and_explanation_order(lines, events):
    """For each record, (line of its row, line of its explanation's id); asserts each record's
    row comes before its explanation, and that before the next record's row."""
    at = []
    for e in events:
        row = next(i for i, line in enumerate(lines) if line.startswith(e.event[:4]) and "│" in line
                   and (not at or i > at[-1][1]))
        expl = next(i for i, line in enumerate(lines) if line.startswith(f"{e.id} {e.event} "))
        at.append((row, expl))
    assert all(row < expl for row, expl in at)
    assert all(expl < next_row for (_, expl), (next_row, _) in zip(at, at[1:]))
    return at


@pytest.mark.parametrize("width", [120, 80, 50])  # 50: too narrow to fit, rich lays it out
def test_explain_in_the_table_prints_each_explanation_under_its_record(pipeline, width):
    """On a terminal, --explain's lines come under each record's row, not after the whole table;
    the rows still line up in one set of columns (the header printed once) and fit the width."""
    import io

    from rich.console import Console

    from newsevents.output import print_table
    from newsevents.read import RawArticle

    text = ("Police in Caracas arrested twelve opposition demonstrators on Monday. "
            "The Venezuelan foreign minister will travel to Havana next week for talks with Cuban officials.")
    [result] = list(pipeline.run([RawArticle("t1", text, published="2024-03-05")]))
    assert [e.event for e in result.events] == ["COERCE", "CONSULT"]
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=True, color_system=None)
    print_table(result.events, title="t1", console=console, explain=console)
    lines = out.getvalue().splitlines()
    (coerce_row, coerce_expl), (consult_row, consult_expl) = _row_and_explanation_order(lines, result.events)
    assert coerce_row < coerce_expl < consult_row < consult_expl
    assert "  place Caracas VEN (city, GeoNames 3646738) from \"Caracas\"" in lines[coerce_expl + 1:consult_row]
    assert sum(1 for line in lines if line.startswith("event ")) == 1  # one header
    assert max(len(line) for line in lines[:consult_expl] if "│" in line) <= width
    # one set of columns: the rules between columns stand at the same places in every row
    rules = {tuple(i for i, c in enumerate(line) if c == "│") for line in lines if "│" in line}
    assert len(rules) == 1, rules


def test_explain_with_the_table_format_interleaves_and_jsonl_keeps_stdout_records(tmp_path):
    path = tmp_path / "two.txt"
    path.write_text("Arrests in Caracas\n\nPolice in Caracas arrested twelve opposition demonstrators on Monday. "
                    "Thousands of protesters rallied in Havana on Tuesday.")
    result = runner.invoke(app, ["extract", "--explain", "-f", "table", "--published", "2024-03-05", str(path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()  # as a terminal shows stdout and stderr together
    ids = [line.split()[0] for line in lines if line.split()[1:2] in (["COERCE"], ["PROTEST"]) and '"' in line]
    assert len(ids) == 2
    coerce = next(i for i, line in enumerate(lines) if line.startswith("COERCE") and "│" in line)
    protest = next(i for i, line in enumerate(lines) if line.startswith("PROTEST") and "│" in line)
    assert coerce < lines.index(next(x for x in lines if x.startswith(ids[0]))) < protest
    assert "│" not in result.stderr and ids[0] in result.stderr  # the table on stdout, explanations on stderr
    piped = runner.invoke(app, ["extract", "--explain", "--published", "2024-03-05", str(path)])
    assert [r["id"] for r in records(piped.stdout)] == ids  # JSON Lines: records on stdout, as before
    assert piped.stderr.startswith(f"{ids[0]} COERCE")


def test_output_to_a_link_or_a_pipe_writes_through_it(tmp_path):
    """A symbolic link keeps being a link (its target gets the records); a named pipe, like a
    device, is written in place, never replaced by a regular file."""
    import os
    import stat
    import threading

    real = tmp_path / "real.jsonl"
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert runner.invoke(app, ["extract", "-o", str(link), str(SAMPLE)]).exit_code == 0
    assert link.is_symlink() and len(records(real.read_text())) == 5

    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    assert runner.invoke(app, ["extract", "-o", str(fifo), str(SAMPLE)]).exit_code == 0
    reader.join(timeout=60)
    assert len(records(got[0])) == 5 and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_rerun_into_the_input_folder_does_not_read_its_own_output(tmp_path):
    corp = tmp_path / "corp"
    corp.mkdir()
    (corp / "a.txt").write_text(SAMPLE.read_text())
    out = corp / "events.jsonl"
    for _ in range(2):
        result = runner.invoke(app, ["extract", "-o", str(out), str(corp)])
        assert result.exit_code == 0, result.output
    assert {r["story_id"] for r in records(out.read_text())} == {"a"}


def test_sigterm_ends_extract_with_143_and_no_partial_output(tmp_path):
    """A run ended by SIGTERM removes its half-written -o file and exits 128 + 15 (Ctrl-C's 130
    would tell a scheduler the user pressed a key)."""
    import signal
    import subprocess
    import sys
    import time

    story = "The foreign minister of Chile met his Peruvian counterpart in Lima on Monday. " * 40
    for i in range(300):
        (tmp_path / f"a{i:03d}.txt").write_text(story)
    out = tmp_path / "events.jsonl"
    proc = subprocess.Popen([sys.executable, "-c", "from newsevents.cli import main; main()", "extract",
                             *sorted(str(p) for p in tmp_path.glob("a*.txt")), "-o", str(out)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline and not any(tmp_path.glob(".*events.jsonl*")) and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be signalled"
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143
    assert not out.exists() and not [p for p in tmp_path.iterdir() if "events" in p.name]
    # said, not silent: how far it got and that the output file was not written
    assert re.search(r"^interrupted after \d+ article\(s\) coded; nothing written to .*events\.jsonl$",
                     " ".join(stderr.split()))


def test_table_piped_into_head_ends_quietly_and_a_full_stdout_is_one_line(tmp_path):
    """`extract -f table ... | head`: rich ended the run with status 1 when the reader left (JSON
    Lines ends with 0, as the README says); `-f table > /dev/full` was a traceback, not the
    one-line "cannot write standard output" error (exit 2) that JSON Lines gives."""
    import os
    import subprocess
    import sys

    story = "The foreign minister of Chile met his Peruvian counterpart in Lima on Monday."
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Talks {i}\n\n{story}\n")
    cmd = [sys.executable, "-c", "from newsevents.cli import main; main()", "extract", "-f", "table", "--explain",
           *sorted(str(p) for p in tmp_path.glob("a*.txt"))]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert b"a0:" in proc.stdout.readline()
    proc.stdout.close()  # the reader has had enough before the next articles' tables
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0, err
    assert "Traceback" not in err and "Broken pipe" not in err
    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            run = subprocess.run(cmd, stdout=full, stderr=subprocess.PIPE, text=True, env=env, timeout=120)
        assert run.returncode == 2, run.stderr
        assert run.stderr.strip().splitlines()[-1] == "error cannot write standard output: No space left on device"
        assert "Traceback" not in run.stderr


def test_explain_says_where_the_date_and_place_came_from(tmp_path):
    path = tmp_path / "when-where.txt"
    path.write_text("Talks in Riga\n\nThe foreign minister of Chile met his Peruvian counterpart in Riga on Monday. "
                    "Peru has also condemned the Bolivian government.")
    result = runner.invoke(app, ["extract", "--explain", "--published", "2024-05-08", str(path)])
    assert result.exit_code == 0, result.output
    recs = {r["event"]: r for r in records(result.stdout)}
    meet, condemn = recs["CONSULT"], recs["ACCUSE"]
    block = result.stderr.split(meet["id"], 1)[1].split(condemn["id"])[0]
    assert meet["date"] == "2024-05-06" and 'date 2024-05-06 (relative) from "Monday"' in block
    gid = meet["event_loc"]["geonameid"]
    assert meet["event_loc"]["country"] == "LVA" and f'place Riga LVA (city, GeoNames {gid}) from "Riga"' in block
    # the lead's undated present-perfect news takes the story's news peg, and says so
    block = result.stderr.split(condemn["id"], 1)[1]
    assert condemn["date"] == "2024-05-06" and condemn["event_loc"] is None
    assert ('date 2024-05-06 (relative) from "Monday"\n'
            "  date: news told in the lead in the present perfect takes the story's news peg\n"
            "  place none: the text does not say where") in block


def test_explain_date_and_place_lines_describe_the_final_record():
    """The date and place lines are written after in-article de-duplication, which can give a
    record another mention's date or place: they must say what the JSON record says."""
    result = runner.invoke(app, ["extract", "--explain", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    assert len(recs) == 5  # the sample's five records (see test_extract_sample_writes_jsonl_when_piped)
    for r in recs:
        block = result.stderr.split(r["id"], 1)[1].split("\n\n")[0]
        block = "\n".join(line for line in block.splitlines() if line.startswith("  "))
        date_line = next(x for x in block.splitlines() if x.startswith("  date "))
        assert date_line.startswith(f"  date {r['date']} ({r['date_basis']})"), (r["id"], date_line)
        place_line = next(x for x in block.splitlines() if x.startswith("  place "))
        loc = r["event_loc"]
        want = "  place none" if loc is None else f"  place {loc['name']} {loc['country']} ({loc['feature']}"
        assert place_line.startswith(want), (r["id"], place_line)
        if ' from "' in place_line:  # words of its own sentence
            assert place_line.split(' from "', 1)[1].rstrip('"') in r["sentence"]
    visit = next(r for r in recs if r["event"] == "CONSULT")
    assert visit["event_loc"]["name"] == "Tallinn"  # from the "meet ... in Tallinn" mention
    assert "place: from another mention of this event" in result.stderr.split(visit["id"], 1)[1]


def test_extract_skips_name_the_file_like_ingest(tmp_path):
    """A skipped article is reported with the file it came from, whatever stage refused it (a
    missing text field, its language); a reason that names the file already is not doubled."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "j7", "body": "x"}\n{"id": "ok1", "text": "Chile recalled its ambassador from Peru on Monday."}\n')
    german = tmp_path / "german.txt"
    german.write_text("Der Bundestag hat am Montag ein neues Gesetz beschlossen. Die Regierung sagte, dass die "
                      "Reform notwendig sei und bald umgesetzt werde.\n")
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert f'skipped j7: no "text" field (nor "html" or news-please\'s "maintext") ({feed})\n' in result.stderr
    assert f"skipped german: not English: language de ({german})\n" in result.stderr
    assert f"skipped empty: empty article ({tmp_path / 'empty.txt'})\n" in result.stderr
    assert result.stderr.count(str(feed)) == 1


def test_extract_warns_about_an_empty_folder_beside_a_good_article(tmp_path):
    """``extract story.txt corpus/`` with ``corpus/`` empty (or only hidden files) coded the story and
    said nothing about the folder: the user could not tell a wrong folder from an empty one."""
    story = tmp_path / "story.txt"
    story.write_text("Chile recalled its ambassador from Peru on Monday.\n")
    empty = tmp_path / "corpus"
    (empty / ".cache").mkdir(parents=True)
    (empty / ".notes.txt").write_text("hidden")
    full = tmp_path / "full"
    full.mkdir()
    (full / "a.txt").write_text("Chile recalled its ambassador from Peru on Monday.\n")
    result = runner.invoke(app, ["extract", "-f", "jsonl", str(story), str(empty), str(full)])
    assert result.exit_code == 0, result.output
    assert f"warning {empty}: folder holds no file to read\n" in result.stderr
    assert str(full) not in result.stderr
    assert len([line for line in result.stdout.splitlines() if line.startswith("{")]) == 2


def test_ingest_and_clean_warn_about_an_empty_folder_too(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Chile recalled its ambassador from Peru on Monday.\n")
    empty = tmp_path / "corpus"
    empty.mkdir()
    result = runner.invoke(app, ["clean", str(story), str(empty)])
    assert result.exit_code == 0, result.output
    assert f"warning {empty}: folder holds no file to read\n" in result.stderr
    # a folder holding only ingest's own database is empty to ingest: the database is no article
    store = tmp_path / "store"
    store.mkdir()
    result = runner.invoke(app, ["ingest", str(story), str(store), "--db", str(store / "news.duckdb"), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert f"warning {store}: folder holds no file to read\n" in result.stderr
    result = runner.invoke(app, ["ingest", str(store), "--db", str(store / "news.duckdb"), "-j", "1"])
    assert f"warning {store}: folder holds no file to read\n" in result.stderr


def _query_result():
    import pyarrow as pa

    rows = [
        {"id": "3e0ea83b96d4637c", "story_id": "reuters-2024-03-05-venezuela", "date": "2024-03-04", "event": "SANCTION",
         "mode": "restrict", "actors": ["EUR", "EUR GOV"], "recipients": ["VEN GOV"], "status": "asserted",
         "place": "Caracas", "trigger": "imposed sweeping financial sanctions asserted against officials"},
        {"id": "b983629d0f6b8a88", "story_id": "reuters-2024-03-05-venezuela", "date": "2024-03-05", "event": "COERCE",
         "mode": "arrest", "actors": ["VEN COP"], "recipients": ["VEN OPP"], "status": "future",
         "place": "San Cristóbal de las Casas", "trigger": "arrested twelve opposition demonstrators"},
        {"id": "633e5b6cf1d863f1", "story_id": "reuters-2024-03-05-venezuela", "date": None, "event": "PROTEST",
         "mode": None, "actors": [], "recipients": None, "status": "historical",
         "place": None, "trigger": "rallied"},
    ]
    return pa.Table.from_pylist(rows), rows


#: What ``query``'s table leaves out of ``_query_result`` at each width (the least important free
#: text first), and the dim line under the table that says so.
LEFT_OUT = {160: [], 120: [], 100: ["trigger"], 80: ["trigger", "place"], 60: ["trigger", "place"]}


@pytest.mark.parametrize("width", [160, 120, 100, 80, 60])  # 60: too narrow even so, rich lays it out
def test_the_query_table_fits_the_terminal_without_breaking_words(width):
    """`query` on a terminal fits its columns as `extract -f table` does: codes, dates, statuses
    and headers whole (ids too when they fit, else they end in "…"); text wraps at words, never a
    word cut across lines; when not all columns fit, the least important free text (trigger, then
    place) is left out and a dim line under the table says so."""
    import io

    from rich.console import Console

    from newsevents.cli import query_table

    table, rows = _query_result()
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=True, color_system=None)
    console.print(query_table(table, console))
    lines = out.getvalue().splitlines()
    assert lines[0].split() == ["3", "row(s)"]  # the title; then the table
    left_out = LEFT_OUT[width]
    note = f"({', '.join(left_out)} left out at {width} columns; widen the terminal or pipe for CSV)"
    body = [line for line in lines[1:] if "│" in line or "┃" in line]
    last = max(i for i, line in enumerate(lines) if "│" in line)  # the table's last line
    assert " ".join(line.strip() for line in lines[last + 1:]) == (note if left_out else "")
    header = [c.strip() for c in body[0].split("┃")]
    assert len(header) == len(table.column_names) - len(left_out)
    words = {w.rstrip(",") for line in body for cell in line.replace("┃", "│").split("│") for w in cell.split()}
    record_words = {w for r in rows for v in r.values() if v for x in (v if isinstance(v, list) else [v])
                    for w in str(x).split()} | set(table.column_names)
    pieces = {w for w in words if not w.endswith("…") and w not in record_words
              and any(w != r and w in r for r in record_words)}
    assert not pieces, pieces
    if width < 80:  # not even the codes fit: rich's own layout of the columns left, no word cut in two
        return
    assert max(len(line) for line in lines) <= width
    assert header == [c for c in table.column_names if c not in left_out]  # every header whole, in order
    for r in rows:
        assert {r["event"], r["status"]} <= words and (r["date"] is None or r["date"] in words)
        assert r["mode"] is None or r["mode"] in words
        assert all(w in words for code in (r["actors"] or []) + (r["recipients"] or []) for w in code.split())
        assert (r["id"] in words) == (width >= 120)  # an id whole, or shortened: "3e0ea…"
        assert r["id"] in words or any(w.endswith("…") and r["id"].startswith(w[:-1]) for w in words)
        if "place" not in left_out and r["place"]:
            assert set(r["place"].split()) <= words
        if "trigger" not in left_out:
            assert set(r["trigger"].split()) <= words
    if width >= 160:  # room for all of it: nothing cut
        assert not any(w.endswith("…") for w in words)


@pytest.mark.parametrize("level, width, shown, left_out", [
    ("mentions", 80, ["id", "story_id", "date", "event", "mode", "actors", "recipients", "status"], ["trigger", "place"]),
    ("mentions", 100, ["id", "story_id", "date", "event", "mode", "actors", "recipients", "status", "place", "trigger"], []),
    ("mentions", 120, ["id", "story_id", "date", "event", "mode", "actors", "recipients", "status", "place", "trigger"], []),
    ("events", 80, ["id", "date", "event", "mode", "actors", "recipients", "status", "sources"], ["story_ids", "place"]),
    ("events", 100, ["id", "date", "event", "mode", "actors", "recipients", "status", "place", "sources", "story_ids"], []),
    ("events", 120, ["id", "date", "event", "mode", "actors", "recipients", "status", "place", "sources", "story_ids"], []),
])
def test_query_of_the_sample_on_a_terminal_keeps_codes_whole(sample_db, level, width, shown, left_out):
    """The new-user run: `ingest examples/`, then `query` on a terminal 80, 100, 120 columns wide.
    At 80 the table cut "story…", "2025-…", "SUPPO…", "asser…"; now every date, event type, mode,
    status and header is whole, ids end in "…" where they must, and the free text that does not
    fit is left out, as the line under the table says."""
    import io

    import duckdb
    from rich.console import Console

    from newsevents.cli import query_table
    from newsevents.store.export import select

    con = duckdb.connect(str(sample_db), read_only=True)
    try:
        table = select(con, level)
    finally:
        con.close()
    values = table.to_pylist()
    assert sorted(v["event"] for v in values) == ["COERCE", "CONSULT", "PROTEST", "SANCTION", "SUPPORT"]
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=True, color_system=None)
    console.print(query_table(table, console))
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= width
    body = [line for line in lines[1:] if "│" in line or "┃" in line]
    assert [c.strip() for c in body[0].split("┃")] == shown
    tail = [line.strip() for line in lines[max(i for i, line in enumerate(lines) if "│" in line) + 1:]]
    assert tail == ([f"({', '.join(left_out)} left out at {width} columns; widen the terminal or pipe for CSV)"]
                    if left_out else [])
    cells = {c.strip() for line in body for c in line.replace("┃", "│").split("│")}
    words = {w.rstrip(",") for c in cells for w in c.split()}
    for v in values:
        assert {v["event"], v["status"], v["date"]} <= cells and (v["mode"] is None or v["mode"] in cells)
        assert set(v["actors"] or []) | set(v["recipients"] or []) <= words
        assert v["id"] in cells or width < 120 and any(  # whole, or shortened: "3e0ea8…"
            c.endswith("…") and len(c) >= 6 and v["id"].startswith(c[:-1]) for c in cells), (v["id"], width)
        if "trigger" in shown:
            assert set(v["trigger"].split()) <= words
        if "place" in shown and v["place"]:
            assert v["place"] in cells


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """The shipped sample (examples/) ingested into a database, as a new user does first."""
    db = tmp_path_factory.mktemp("sample") / "n.duckdb"
    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", str(db), "-j", "1"])
    assert result.exit_code == 0, result.output
    return db


def _command_paths(group, prefix=()):
    """Every command and group under ``group`` (a click group), as CLI word tuples."""
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from _command_paths(cmd, (*prefix, name))


def test_help_shows_no_type_after_flags_and_names_the_column_values():
    """Typer 0.29's Rich help wrote "<bool>" after every flag (--help, --version, --explain,
    --retry-failures ...) and "<list[str]>" after --column; the help is now click's plain layout
    (``rich_markup_mode=None``), with a metavar where a repeatable option takes values."""
    import typer

    paths = [(), *_command_paths(typer.main.get_command(app))]
    assert ("ingest",) in paths and ("dict", "import") in paths and ("eval", "events") in paths
    for path in paths:
        result = runner.invoke(app, [*path, "--help"], terminal_width=100)
        assert result.exit_code == 0, (path, result.output)
        assert "<bool>" not in result.output and "╭" not in result.output, path
        assert "\n  --help" in result.output and "Show this message and exit." in result.output, path
    top = runner.invoke(app, ["--help"], terminal_width=100).output
    assert "  --version  Print the version and exit.\n" in top
    assert "  ingest   Code a corpus into a DuckDB database (all cores, batches committed as they finish).\n" in top
    ingest = runner.invoke(app, ["ingest", "--help"], terminal_width=100).output
    assert "  --retry-failures                Try the stories in `failures` again.\n" in ingest
    assert "  --column KEY=COLUMN             Map an input column/key to ours" in ingest
    assert "pip\n                                  install 'newsevents[ray]'" in ingest
    assert "--petrarch FILE" in runner.invoke(app, ["dict", "import", "--help"], terminal_width=100).output


@pytest.mark.parametrize("path, usage, argument", [
    (("extract",), "Usage: newsevents extract [OPTIONS] ARTICLE...", "  ARTICLE...  Articles: text, HTML"),
    (("clean",), "Usage: newsevents clean [OPTIONS] ARTICLE...", "  ARTICLE...  Articles to clean."),
    (("ingest",), "Usage: newsevents ingest [OPTIONS] ARTICLE...", "  ARTICLE...  Articles: text, HTML"),
    (("eval", "events"), "Usage: newsevents eval events [OPTIONS] GOLD", "  GOLD  Gold: a folder"),
    (("eval", "clean"), "Usage: newsevents eval clean [OPTIONS] FOLDER", "  FOLDER  Folder with evaldata_en.json"),
    (("eval", "datelines"), "Usage: newsevents eval datelines [OPTIONS] FOLDER", "  FOLDER  Reuters-21578"),
    (("eval", "actors"), "Usage: newsevents eval actors [OPTIONS] GOLD", "  GOLD  The PLOVER gold records"),
    (("dict", "import"), "Usage: newsevents dict import [OPTIONS] [FILE]...", "  [FILE]...  More dictionary files."),
])
def test_usage_lines_name_positional_arguments_plainly(path, usage, argument):
    """Typer 0.29 wrote a required argument as "{paths}..." in the usage line and "paths...
    <list[Path]>" in the list; each argument now has a metavar, and the usage line reads as
    click's always did: NAME... required, [NAME]... optional."""
    result = runner.invoke(app, [*path, "--help"], terminal_width=100, prog_name="newsevents")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == usage
    assert any(line.startswith(argument) for line in lines), result.output
    assert "{" not in result.output.split("Options:")[0] and "<list[Path]>" not in result.output


def test_every_command_with_positional_arguments_has_a_plain_usage_line():
    import typer

    paths = list(_command_paths(typer.main.get_command(app)))
    for path in paths:
        usage = runner.invoke(app, [*path, "--help"], terminal_width=100).output.splitlines()[0]
        assert "{" not in usage and usage == usage.replace("paths", "").replace("gold", ""), (path, usage)
    missing = runner.invoke(app, ["extract"])
    assert missing.exit_code == 2 and "Missing argument 'ARTICLE'." in missing.output


def test_ingest_prints_its_summary_after_the_warnings_and_skips_it_counts(tmp_path):
    """Run as a user does, stdout and stderr on one stream (``2>&1``): the duplicate-id warning
    and the broken line come first, then the summary that counts them, then de-duplication."""
    import os
    import subprocess
    import sys

    corpus = tmp_path / "s.jsonl"
    corpus.write_text('{"id": "a1", "text": "Russia attacked Ukraine on Monday, officials in Kyiv said."}\n'
                      '{"id": oops\n'
                      '{"id": "a1", "text": "Police in Caracas arrested twelve opposition demonstrators on Monday."}\n')
    db = tmp_path / "s.duckdb"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    run = subprocess.run([sys.executable, "-c", "from newsevents.cli import main; main()", "ingest", str(corpus),
                          "--db", str(db), "-j", "1"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         env=env, timeout=300)
    assert run.returncode == 1, run.stdout
    lines = run.stdout.splitlines()
    assert len(lines) == 5, lines
    assert lines[0] == "warning a1#2: duplicate id 'a1' (an earlier article has it): coded as 'a1#2'"
    assert lines[1] == f"skipped s:2: broken JSON ({corpus}, line 2, column 8): expecting value"
    assert lines[2] == f'all failures: newsevents query --db {db} --sql "SELECT * FROM failures"'
    assert lines[3].startswith("2 stories stored (2 events), 1 failed, 0 already stored; ")
    assert lines[4] == "de-duplicated 2 mentions into 2 events (0 told by several stories)"


def test_extract_reads_standard_input_and_says_so_when_it_is_bad(monkeypatch):
    """``extract -`` codes the article piped in (id "stdin"); empty input is reported as
    "standard input", not as a missing file "-"."""
    from newsevents.read import readers

    monkeypatch.setattr(readers, "_STDIN", {})
    result = runner.invoke(app, ["extract", "-"], input=SAMPLE.read_bytes())
    assert result.exit_code == 0, result.output
    recs = records(result.stdout)
    assert recs and {r["story_id"] for r in recs} == {"stdin"}
    assert ("CONSULT", "FIN") in {(r["event"], r["actor"][0]["code"]) for r in recs}
    monkeypatch.setattr(readers, "_STDIN", {})  # a new process, a new standard input
    empty = runner.invoke(app, ["extract", "-", str(SAMPLE)], input=b"")
    assert empty.exit_code == 1
    assert "skipped stdin: empty article (standard input)" in empty.stderr
    assert {r["story_id"] for r in records(empty.stdout)} == {"sample-article"}


def test_output_that_is_one_of_the_articles_is_refused(tmp_path):
    """``extract story.txt -o story.txt`` read the article, then replaced it with its records
    (exit 0: the article was lost); now an error before anything is read, the file untouched.
    The same file through a symbolic link counts too."""
    story = tmp_path / "story.txt"
    story.write_bytes(SAMPLE.read_bytes())
    link = tmp_path / "link.jsonl"
    link.symlink_to(story)
    for out in (story, link):
        result = runner.invoke(app, ["extract", str(SAMPLE), str(story), "-o", str(out)])
        assert result.exit_code == 2
        assert f"cannot write {out}: it is one of the articles" in " ".join(result.stderr.split())
        assert story.read_bytes() == SAMPLE.read_bytes()


def test_ingest_with_ray_refuses_stdin_and_limit_in_one_line(tmp_path):
    """``ingest --engine ray`` with --limit (or with standard input, which its workers cannot
    open) said so, then "error 2" (typer.Exit is a RuntimeError, caught as a failure)."""
    db = tmp_path / "x.duckdb"
    for args, says in ((["--limit", "3", str(SAMPLE)], "--limit is not supported with --engine ray"),
                       (["-"], "standard input (-) is not read with --engine ray")):
        result = runner.invoke(app, ["ingest", "--engine", "ray", "--db", str(db), *args], input=b"")
        assert result.exit_code == 2
        assert says in result.stderr and "error 2" not in result.stderr, result.stderr


def test_clean_names_the_file_of_an_article_it_skips(tmp_path):
    """`clean` said "skipped fr: not English: language fr" where `extract` says which file;
    it now names the file as extract does (a read error names it once)."""
    fr = tmp_path / "fr.txt"
    fr.write_text("La France et l'Allemagne ont signé un accord de coopération militaire lundi à Paris. "
                  "Le président a rencontré le chancelier pour discuter de la guerre.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(app, ["clean", str(fr), str(empty), str(SAMPLE)])
    assert result.exit_code == 1
    assert " ".join(result.stderr.split()) == (f"skipped fr: not English: language fr ({fr}) "
                                               f"skipped empty: empty article ({empty})")
    assert json.loads(result.stdout)["story_id"] == "sample-article"
