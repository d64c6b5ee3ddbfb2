"""Plural titles and bodies take the sector of the singular (sectors.tsv lists both: the phrase
matcher compares words, not lemmas), and a leader of rebels is a rebel."""

import pytest


def _sectors(events, role="actor"):
    return sorted({x.sector for e in events for x in getattr(e, role)})


@pytest.mark.parametrize(("text", "role", "sector"), [
    ("Russian commanders threatened Ukraine.", "actor", "MIL"),
    ("Chinese ambassadors criticized Japan.", "actor", "GOV"),
    ("Israeli defence ministers accused Iran of lying.", "actor", "MIL"),
    ("Turkish magistrates charged two journalists.", "actor", "JUD"),
    ("Police arrested two Turkish correspondents in Ankara.", "recipient", "MED"),
    ("Saudi princes met Egyptian officials in Cairo.", "actor", "ELI"),
    ("Ugandan police arrested opposition candidates in Kampala.", "recipient", "OPP"),
    ("The rebel leader rejected the offer from Mali.", "actor", "REB"),
    ("Rebel commanders rejected the offer from Mali.", "actor", "REB"),
])
def test_plural_title_sector(extract, text, role, sector):
    assert _sectors(extract(text, published="2024-03-05"), role) == [sector]


def test_sector_table_lists_plurals_once():
    from newsevents.actors.kb import load_kb

    kb = load_kb(None)
    assert kb.sectors["commanders"] == kb.sectors["commander"] == "MIL"
    assert kb.sectors["ambassadors"] == kb.sectors["ambassador"] == "GOV"
    assert kb.sectors["rebel leaders"] == "REB"
