"""Schema of the hand-annotated gold files (gold/newsevents, gold/heldout-dev, gold/heldout-test, gold/agreement).

One test case per YAML file: the keys the guide (docs/annotation-guide.md) requires, the PLOVER
vocabularies, the shape of codes and dates, and that each ``quote`` is an exact substring of the
article text it points to.  The texts live in ../shared/data; the quote check skips with a message
when they are absent (a fresh clone).  Nothing here runs the coder.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from conftest import DATA, ROOT
from newsevents.eval.gold import _article_text

GOLD_DIRS = ("gold/newsevents", "gold/heldout-dev", "gold/heldout-test", "gold/agreement")
GOLD_FILES = sorted(p for d in GOLD_DIRS if (ROOT / d).is_dir() for p in (ROOT / d).glob("*.yaml"))
IDS = [f"{p.parent.name}/{p.stem}" for p in GOLD_FILES]

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
STATUSES = {"asserted", "future", "negated", "hypothetical"}
STORY_KEYS = {"story_id", "source", "published", "annotator", "notes", "events"}
EVENT_KEYS = {"event", "mode", "actor", "recipient", "date", "status", "historical", "location_country",
              "trigger", "quote"}
ENTITY_KEYS = {"code", "sector", "text"}
CODE = re.compile(r"[A-Z]{3}")
SECTOR = re.compile(r"[A-Z]{3}")
DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_gold_files_found():
    """The committed gold set is there (an empty parametrisation would pass silently)."""
    assert len([p for p in GOLD_FILES if p.parent.name == "newsevents"]) >= 50
    assert all(p.suffix == ".yaml" for p in GOLD_FILES)


def _check_entity(ent, where: str) -> None:
    assert isinstance(ent, dict), f"{where}: entity is not a mapping: {ent!r}"
    assert set(ent) == ENTITY_KEYS, f"{where}: entity keys {sorted(ent)} != {sorted(ENTITY_KEYS)}"
    code, sector, text = ent["code"], ent["sector"], ent["text"]
    assert code is None or (isinstance(code, str) and CODE.fullmatch(code)), f"{where}: bad code {code!r}"
    assert sector is None or (isinstance(sector, str) and SECTOR.fullmatch(sector)), f"{where}: bad sector {sector!r}"
    assert text is None or (isinstance(text, str) and text.strip()), f"{where}: bad text {text!r}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_gold_file_schema(path: Path):
    doc = _load(path)
    assert isinstance(doc, dict), f"{path.name}: not a mapping"
    assert STORY_KEYS <= set(doc), f"{path.name}: missing {sorted(STORY_KEYS - set(doc))}"
    story_id, source = doc["story_id"], doc["source"]
    assert isinstance(story_id, str) and story_id
    assert isinstance(source, str) and source
    # file name = story id (":" of a CSV row id written "_"); a JSON source is named by the story id
    assert path.stem == story_id.replace(":", "_")
    if source.endswith(".json"):
        assert Path(source).stem == story_id
    published = doc["published"]
    assert published is None or (isinstance(published, str) and DAY.fullmatch(published)), \
        f"published {published!r} is not null or a quoted YYYY-MM-DD"
    assert isinstance(doc["annotator"], str) and doc["annotator"].strip()
    assert isinstance(doc["events"], list)
    for n, ev in enumerate(doc["events"]):
        where = f"{path.name} event {n}"
        assert isinstance(ev, dict), f"{where}: not a mapping"
        assert EVENT_KEYS <= set(ev), f"{where}: missing {sorted(EVENT_KEYS - set(ev))}"
        assert ev["event"] in PLOVER_TYPES, f"{where}: event {ev['event']!r} is not a PLOVER type"
        assert ev["status"] in STATUSES, f"{where}: status {ev['status']!r}"
        assert isinstance(ev["historical"], bool), f"{where}: historical {ev['historical']!r} is not a bool"
        assert ev["mode"] is None or (isinstance(ev["mode"], str) and ev["mode"].strip()), f"{where}: mode"
        date = ev["date"]
        assert date is None or (isinstance(date, str) and DATE.fullmatch(date)), \
            f"{where}: date {date!r} is not null or a quoted YYYY[-MM[-DD]]"
        loc = ev["location_country"]
        assert loc is None or (isinstance(loc, str) and CODE.fullmatch(loc)), f"{where}: location {loc!r}"
        assert isinstance(ev["actor"], list) and ev["actor"], f"{where}: actor must be a non-empty list"
        assert isinstance(ev["recipient"], list), f"{where}: recipient must be a list"
        for ent in ev["actor"] + ev["recipient"]:
            _check_entity(ent, where)
        trigger, quote = ev["trigger"], ev["quote"]
        assert isinstance(quote, str) and quote.strip(), f"{where}: quote {quote!r}"
        assert isinstance(trigger, str) and trigger.strip(), f"{where}: trigger {trigger!r} (quote it if YAML typed it)"
        assert trigger in quote, f"{where}: trigger {trigger!r} is not in its quote"


@pytest.mark.parametrize("path", GOLD_FILES, ids=IDS)
def test_gold_quotes_are_in_the_article(path: Path):
    if not DATA.is_dir():
        pytest.skip(f"article texts not found: {DATA} (../shared is not beside this checkout)")
    doc = _load(path)
    text = _article_text(doc["source"], DATA)
    assert isinstance(text, str) and text
    missing = [(n, ev["quote"]) for n, ev in enumerate(doc["events"]) if ev["quote"] not in text]
    assert missing == [], f"{path.name}: quotes not found verbatim in {doc['source']}: {missing}"


def test_schema_check_rejects_a_bad_file(tmp_path):
    """The checks above are not vacuous: a file with a non-PLOVER type and a bad code fails them."""
    bad = {"story_id": "x", "source": "x.json", "published": "2020-01-01", "annotator": "a", "notes": "",
           "events": [{"event": "FIGHT", "mode": None, "actor": [{"code": "usa", "sector": None, "text": "US"}],
                       "recipient": [], "date": "2020-01-01", "status": "asserted", "historical": False,
                       "location_country": None, "trigger": "x", "quote": "x"}]}
    path = tmp_path / "x.yaml"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(AssertionError, match="not a PLOVER type"):
        test_gold_file_schema(path)
    bad["events"][0]["event"] = "ASSAULT"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    with pytest.raises(AssertionError, match="bad code 'usa'"):
        test_gold_file_schema(path)
    bad["events"][0]["actor"][0]["code"] = "USA"
    path.write_text(yaml.safe_dump(bad), encoding="utf-8")
    test_gold_file_schema(path)
