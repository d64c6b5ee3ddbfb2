"""The events package's layering after the split of the coder: mention <- threats <- coder.

The threat rules live in ``newsevents.events.threats`` and the shared mention and entity helpers
in ``newsevents.events.mention``; data flows one way (threats never imports the coder).  Invented
sentences check that each threat rule still fires through :func:`find_events`.
"""

import ast
from pathlib import Path

import pytest

import newsevents.events as events
from newsevents.events import mention, threats
from newsevents.records import Article

EVENTS_DIR = Path(events.__file__).parent


def _imported_modules(name: str) -> set[str]:
    tree = ast.parse((EVENTS_DIR / f"{name}.py").read_text("utf-8"))
    return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}


def test_threats_and_mention_do_not_import_the_coder():
    assert "newsevents.events.coder" not in _imported_modules("threats")
    assert not {"newsevents.events.coder", "newsevents.events.threats"} & _imported_modules("mention")
    assert "newsevents.events.threats" in _imported_modules("coder")


def test_event_mention_is_one_class_wherever_imported():
    from newsevents.events.coder import find_events
    assert events.EventMention is mention.EventMention
    assert events.find_events is find_events


@pytest.mark.parametrize("cameo, event, row", [
    ("163", "SANCTION", "1312"),   # embargo -> threaten embargo or sanctions
    ("1723", "SANCTION", "1323"),  # curfew -> threaten a curfew
    ("166", "SANCTION", "136"),    # expel or withdraw -> threaten to end involvement
    ("195", "ASSAULT", "138"),     # air strike: by type -> threaten military force
    ("191", "COERCE", "1381"),     # blockade -> threaten a blockade
    (None, "PROTEST", "133"),      # no code: by type -> threaten protest
    ("040", "CONSULT", None),      # a meeting is nothing a party threatens
])
def test_threat_cameo_rows(cameo, event, row):
    assert threats.threat_cameo(cameo, event) == row


@pytest.fixture
def extract(pipeline):
    def run(text):
        return pipeline.extract(Article(story_id="t", text=text, published="2021-03-02"))
    return run


@pytest.mark.parametrize("text, rule, actor, recipients", [
    ("Chile vowed to attack the rebel camps in Peru.", "promised-harm", "CHL", ["PER"]),
    ("Brazil said it would impose sanctions on Paraguay.", "stated-threat", "BRA", ["PRY"]),
    ("Norway did not rule out military action against Sweden.", "unexcluded-threat", "NOR", ["SWE"]),
    ("Ghana will withdraw its troops from Togo unless the Togolese president agrees to a ceasefire.",
     "ultimatum", "GHA", ["TGO"]),  # one recipient per country and sector: the president (GOV), not also "Togo"
])
def test_each_threat_rule_still_fires(extract, text, rule, actor, recipients):
    [t] = [e for e in extract(text) if e.event == "THREATEN"]
    assert f":{rule}:" in t.rule and t.status == "asserted"
    assert [a.code for a in t.actor] == [actor]
    assert sorted(r.code for r in t.recipient) == recipients
