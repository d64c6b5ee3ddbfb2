"""The "by" phrase of an active verb's object names whose act the object is (events/roles.py)."""

import pytest

from coding import by_type, codes


@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Japan condemned the launch by North Korea.", "ACCUSE", "JPN", ["PRK"]),
    ("South Korea criticised the test by Pyongyang.", "ACCUSE", "KOR", ["PRK"]),
    ("Germany rejected the proposal by Poland.", "REJECT", "DEU", ["POL"]),
    ("Britain condemned the attack by mistake.", "ACCUSE", "GBR", []),
])
def test_the_by_phrase_of_an_active_verbs_object_names_whose_act_it_is(extract, text, event, actor, recipient):
    [e] = by_type(extract(text), event)
    assert codes(e.actor) == [actor] and codes(e.recipient) == recipient
