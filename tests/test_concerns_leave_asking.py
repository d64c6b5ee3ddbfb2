"""Plural sector nouns, having concerns, leave to act and bare clauses after verbs of asking: general
constructions behind missed NGEC story labels, on invented sentences."""

import pytest
from coding import by_type, codes


@pytest.mark.parametrize("text, actor, sector, recipient", [
    ("Manufacturers in Slovakia are creating a joint venture with a Malaysian solar panel maker.", "SVK", "BUS", "MYS"),
    ("Kenyan manufacturers formed a joint venture with a Chinese company.", "KEN", "BUS", "CHN"),
    ("Swedish envoys met Iranian officials in Geneva on Monday.", "SWE", "GOV", "IRN"),
    ("Afghan tribal leaders met Pakistani officials in Peshawar.", "AFG", "ELI", "PAK"),
])
def test_a_plural_sector_noun_is_the_sector_of_its_singular(extract, text, actor, sector, recipient):
    [e] = [e for e in extract(text) if e.event in ("COOPERATE", "CONSULT")]
    assert codes(e.actor) == [actor]
    assert sector in {a.sector for a in e.actor}
    assert codes(e.recipient) == [recipient]


@pytest.mark.parametrize("text, actor", [
    ("Germany has concerns over Turkey's treatment of journalists.", "DEU"),
    ("Vanuatu's government said it had serious concerns about the Chinese military base.", "VUT"),
    ("The European Union has reservations about Hungary's new media law.", "EUR"),
])
def test_having_concerns_or_reservations_is_disapproval(extract, text, actor):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.mode, e.cameo, codes(e.actor)) == ("disapprove", "111", [actor])


def test_having_no_concerns_is_no_disapproval(extract):
    assert not by_type(extract("We have no concerns about the weather this weekend."), "ACCUSE")


@pytest.mark.parametrize("text, event, actor_sector", [
    ("The president won parliamentary approval to send troops to Mali.", "MOBILIZE", "GOV"),
    ("The president sought approval to ban the opposition party.", "COERCE", "GOV"),
    ("The defense ministry received authorization to deploy troops to the border.", "MOBILIZE", "MIL"),
    ("The cabinet gave the army permission to deploy troops to the border.", "MOBILIZE", "MIL"),
])
def test_an_act_one_has_leave_to_do_is_only_possible_and_done_by_who_has_the_leave(extract, text, event, actor_sector):
    [e] = by_type(extract(text), event)
    assert e.status == "hypothetical"
    assert [a.sector for a in e.actor] == [actor_sector]


def test_a_noun_of_leave_is_not_the_doer_of_what_it_allows(extract):
    events = extract("Moldova's opposition vowed to seek parliamentary approval to outlaw political parties.")
    [e] = by_type(events, "COERCE")
    assert e.status == "hypothetical"
    assert [(a.code, a.sector) for a in e.actor] == [("MDA", "OPP")]


@pytest.mark.parametrize("text, event, status", [
    ("The minister suggested the Czech Republic ban the former prime minister from the elections.", "COERCE", "hypothetical"),
    ("Protesters demanded that the government release the political prisoners.", "RETREAT", "hypothetical"),
    ("The UN recommended that Kenya withdraw its troops from Somalia.", "RETREAT", "hypothetical"),
    ("The senator proposed that the United States impose sanctions on Venezuela.", "SANCTION", "future"),
])
def test_an_act_asked_for_in_a_bare_that_clause_is_not_told_as_done(extract, text, event, status):
    [e] = by_type(extract(text), event)
    assert e.status == status


@pytest.mark.parametrize("text, event, status", [
    ("The army said it would release the prisoners.", "RETREAT", "future"),
    ("Officials said the rebels release hostages every week.", "RETREAT", "asserted"),
    ("The minister insisted that the army had withdrawn from the border town.", "RETREAT", "asserted"),
])
def test_a_that_clause_told_as_so_keeps_its_own_status(extract, text, event, status):
    [e] = by_type(extract(text), event)
    assert e.status == status
