"""CONCEDE, MOBILIZE and ACCUSE wordings the lexicon missed (NGEC work rows 1500-4500): settlement
construction curbed, quitting as an office-holder, presences and deployments
stepped or ramped up, fighters sent, investigative committees and committees of inquiry, bans and
restrictions lifted or eased with no agent named (the state eases them), bans suspended or ended and
plans halted or frozen; invented
sentences."""

import pytest

from coding import by_type, codes


def test_curbing_settlement_construction_halts_it(extract):
    [e] = by_type(extract("Israel's prime minister pledged to curb settlement construction."), "CONCEDE")
    assert (e.cameo, e.status, codes(e.actor)) == ("0832", "future", ["ISR"])


def test_building_goods_stopped_is_no_concession(extract):
    # "stop building" is left out on purpose: "stopped building cars" is making goods, not construction
    assert not by_type(extract("The company stopped building cars in Britain."), "CONCEDE")


def test_quitting_as_minister_resigns(extract):
    [e] = by_type(extract("The Kenyan finance minister quit as minister on Monday."), "CONCEDE")
    assert (e.cameo, codes(e.actor)) == ("0831", ["KEN"])


def test_quitting_a_habit_is_no_resignation(extract):
    assert not by_type(extract("Egypt's finance minister quit smoking."), "CONCEDE")


@pytest.mark.parametrize("text, cameo, actor", [
    ("The Egyptian army stepped up its presence in Sinai.", "154", "EGY"),
    ("Russia ramped up its military presence near the border with Ukraine.", "154", "RUS"),
    ("Turkey ramped up security along the border with Syria.", "151", "TUR"),
    ("Hezbollah sent more fighters to Aleppo.", "154", "LBN"),
])
def test_forces_stepped_up_or_sent(extract, text, cameo, actor):
    [e] = by_type(extract(text), "MOBILIZE")
    assert (e.cameo, codes(e.actor)) == (cameo, [actor])


def test_stepping_up_efforts_is_no_mobilisation(extract):
    assert not by_type(extract("The government stepped up its efforts to end the war."), "MOBILIZE")


@pytest.mark.parametrize("text, actor", [
    ("The Kenyan parliament launched an investigative committee into the accident.", "KEN"),
    ("The Indian government set up a committee of inquiry into the killings.", "IND"),
])
def test_investigative_committees_investigate(extract, text, actor):
    [e] = by_type(extract(text), "ACCUSE")
    assert (e.cameo, codes(e.actor)) == ("090", [actor])


def test_a_committee_that_speaks_is_no_new_inquiry(extract):
    assert not by_type(extract("The investigative committee said on Monday that the report was accurate."), "ACCUSE")


@pytest.mark.parametrize("text, cameo, country", [
    ("Oslo's 10-year-old ban on demonstrations was lifted on Monday.", "081", "NOR"),
    ("Restrictions on public gatherings in Thailand were eased on Tuesday.", "081", "THA"),
])
def test_a_ban_lifted_with_no_agent_is_eased_by_the_state(extract, text, cameo, country):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, codes(e.actor), e.actor[0].sector) == (cameo, [country], "GOV")


def test_a_ban_imposed_with_no_agent_is_no_concession(extract):
    assert not by_type(extract("The ban on smoking in pubs was imposed in 2007."), "CONCEDE")


@pytest.mark.parametrize("text, cameo, status, country", [
    ("Swedish police agreed to suspend the ban until Sunday.", "081", "future", "SWE"),
    ("The Kenyan government ended the ban on opposition rallies.", "081", "asserted", "KEN"),
    ("The ban on rallies in Kenya was suspended on Monday.", "081", "asserted", "KEN"),
    ("The Thai junta froze plans to build a new dam.", "0832", "asserted", "THA"),
])
def test_bans_suspended_and_plans_frozen_are_given_up(extract, text, cameo, status, country):
    [e] = by_type(extract(text), "CONCEDE")
    assert (e.cameo, e.status, codes(e.actor)) == (cameo, status, [country])
