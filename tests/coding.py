"""Small helpers shared by the event-coding tests (the ``extract`` fixture is in conftest.py)."""


def by_type(events, event):
    """The records of one PLOVER type, in text order."""
    return [e for e in events if e.event == event]


def codes(ents):
    """The sorted country/organisation codes of a list of entities (uncoded ones left out)."""
    return sorted(x.code for x in ents if x.code)
