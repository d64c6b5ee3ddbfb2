"""Bringing charges and prosecuting are ACCUSE, as the annotation guide decides: invented sentences."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, cameo, actor, recipient_sector", [
    ("Turkish prosecutors brought charges against 20 journalists.", "1121", "TUR", "MED"),
    ("The Kenyan police pressed charges against the opposition leader.", "1121", "KEN", "OPP"),
    ("France prosecuted the former minister for corruption.", "115", "FRA", "ELI"),
])
def test_charges_brought_and_prosecutions_are_accusations(extract, text, cameo, actor, recipient_sector):
    events = extract(text)
    [a] = by_type(events, "ACCUSE")
    assert (a.mode, a.cameo) == ("allege", cameo) and codes(a.actor) == [actor]
    assert [r.sector for r in a.recipient] == [recipient_sector]
    assert not by_type(events, "COERCE")


def test_the_arrest_stays_coercion(extract):
    [c] = by_type(extract("Kenyan police arrested the opposition leader."), "COERCE")
    assert (c.mode, c.cameo) == ("arrest", "173")
