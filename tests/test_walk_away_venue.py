"""Walking away from talks or a deal (SANCTION, CAMEO 164 / 161), and the place of a meeting whose
parties are named apart from it (a venue, not a recipient)."""

from coding import by_type, codes


def test_walked_away_from_talks_breaks_off_negotiations(extract):
    (e,) = by_type(extract("Iran walked away from the nuclear talks with the United States on Monday."), "SANCTION")
    assert (e.cameo, e.mode) == ("164", "withdraw")
    assert codes(e.actor) == ["IRN"] and codes(e.recipient) == ["USA"]


def test_walked_away_from_a_deal_leaves_it(extract):
    (e,) = by_type(extract("The United States walked away from the nuclear deal with Iran in 2018."), "SANCTION")
    assert e.cameo == "161"
    assert codes(e.actor) == ["USA"] and codes(e.recipient) == ["IRN"]


def test_walking_away_from_a_place_is_no_event(extract):
    assert extract("The soldiers walked away from the checkpoint.") == []


def test_meeting_place_of_joined_parties_is_a_venue(extract):
    (e,) = by_type(extract("Last Friday, China and Japan held talks in Beijing."), "CONSULT")
    assert codes(e.actor) == ["CHN", "JPN"] and e.recipient == []
    (e,) = by_type(extract("Chinese and Japanese diplomats held talks in Tokyo."), "CONSULT")
    assert codes(e.actor) == ["CHN", "JPN"] and e.recipient == []


def test_meeting_place_stands_for_the_host_when_no_other_party(extract):
    (e,) = by_type(extract("The French foreign minister held talks in Moscow on Monday."), "CONSULT")
    assert codes(e.actor) == ["FRA"] and codes(e.recipient) == ["RUS"]
    (e,) = by_type(extract("Macron held talks in Beijing with Xi Jinping."), "CONSULT")
    assert codes(e.recipient) == ["CHN"]
