"""Background told as a long or repeated stretch, and an event noun's own year (time stage)."""
import pytest

from coding import by_type

PUB = "2018-04-10"


@pytest.mark.parametrize("sentence,event,trigger", [
    ("Weekly protests against Israeli settlement policy have been held for years in Nabi Saleh.", "PROTEST", "held"),
    ("The UN has on numerous occasions condemned the settlements.", "ACCUSE", "condemned"),
    ("The PKK has fought a decades-long insurgency against the Turkish state.", "ASSAULT", "fought"),
    ("Netanyahu has long opposed the nuclear deal with Iran.", "REJECT", "opposed"),
    ("Thousands of Islamists have been arrested since the military ousted Morsi.", "COERCE", "arrested"),
])
def test_a_stretch_reaching_back_is_historical(extract, sentence, event, trigger):
    [e] = [e for e in by_type(extract(sentence, published=PUB), event) if trigger in e.event_text]
    assert e.historical is True


@pytest.mark.parametrize("sentence,event,trigger", [
    ("Turkey has for years been threatening the Kurds in Syria.", "THREATEN", "threatening"),  # still now
    ("Israeli troops have fought Hamas for two years.", "ASSAULT", "fought"),  # a counted stretch to now
    ("Netanyahu opposed the nuclear deal with Iran on Monday.", "REJECT", "opposed"),
    ("Police have arrested 40 protesters since the protests began last week.", "COERCE", "arrested"),
])
def test_news_and_stretches_to_now_are_not_historical(extract, sentence, event, trigger):
    [e] = [e for e in by_type(extract(sentence, published=PUB), event) if trigger in e.event_text]
    assert e.historical is False
