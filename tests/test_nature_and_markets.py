"""Forces of nature and market prices as the doer of a conflict verb are no event (not_events.tsv
rows "by:@natural_forces" / "by:@market_movers"): invented sentences."""

import pytest

from coding import by_type, codes
from newsevents.events.lexicon import load_lexicon


@pytest.mark.parametrize("text", [
    "A typhoon struck the Philippines on Friday.",
    "A powerful earthquake killed 300 people in Peru.",
    "Northern Chile was struck by a strong earthquake on Monday.",
    "The quake that struck Nepal killed 9,000 people.",
    "The cholera outbreak has killed 2,000 people in Yemen.",
    "Floods destroyed thousands of homes in Bangladesh.",
    "Markets in Asia rallied on Tuesday after the central bank cut rates.",
    "Oil prices surged as stocks rallied in London.",
])
def test_nature_and_prices_do_no_political_act(extract, text):
    events = extract(text)
    assert not by_type(events, "ASSAULT") and not by_type(events, "PROTEST"), [(e.event, e.rule) for e in events]


@pytest.mark.parametrize("text, event, actor", [
    ("Peruvian rebels struck the town of Ayacucho on Friday.", "ASSAULT", "PER"),
    ("Russian missiles struck Kyiv on Monday.", "ASSAULT", "RUS"),
    ("Thousands of Chileans rallied in Santiago against the president.", "PROTEST", "CHL"),
])
def test_parties_still_strike_and_rally(extract, text, event, actor):
    [e] = by_type(extract(text), event)
    assert codes(e.actor) == [actor]


def test_the_word_lists_expand_into_the_idiom_table():
    lex = load_lexicon()
    assert {"by:earthquake", "by:typhoon", "by:virus"} <= lex.not_events[("strike", "VERB")]
    assert {"by:market", "by:stock", "by:dollar"} <= lex.not_events[("rally", "VERB")]
    assert not any(d.startswith("by:@") for ds in lex.not_events.values() for d in ds)
