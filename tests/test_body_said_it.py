"""'The army said it had ...': "it", the subject of what a body says, is that body, also when the
body is named only by its sector (no country): invented sentences."""

import pytest

from coding import by_type


@pytest.mark.parametrize("text, event, sector", [
    ("The army said it had killed 30 militants.", "ASSAULT", "MIL"),
    ("The ministry said it had summoned the ambassador.", "ACCUSE", "GOV"),
    ("The government said it would impose sanctions on Peru.", "SANCTION", "GOV"),
])
def test_it_is_the_body_that_says_it(extract, text, event, sector):
    [e] = by_type(extract(text), event)
    assert [(a.code, a.sector) for a in e.actor] == [(None, sector)]


def test_a_named_country_still_gives_its_code(extract):
    [e] = by_type(extract("The Chilean army said it had killed 30 militants."), "ASSAULT")
    assert [(a.code, a.sector) for a in e.actor] == [("CHL", "MIL")]
