"""The actor knowledge base files: valid codes, dates, no alias with conflicting codes."""

import pytest

from newsevents.actors.kb import ActorKB, _rows, is_valid_code, load_kb

SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "CVL", "BUS", "LAB", "MED", "EDU", "REL", "REF",
           "JRN", "SPY", "ELI", "UAF", "HLH", "AGR", "NGO", "IGO", "ENV", "CRM", "HRI", "DEV", "SET", "MOD", "RAD",
           "IMG", "INS", "SEP", "UNO", "EUR", "MNC", "ISM", "FIN", "TRN", "ENR", "TOU", "SPT", "SCI", "CON", "PRO",
           "DIP", "LAW", "ATH", "CRT", "JEW", "MUS", "CHR", "HIN", "BUD"}


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb()


def test_all_codes_are_iso_or_plover(kb):
    bad = {e.code for entries in kb.names.values() for e in entries if not is_valid_code(e.code)}
    assert bad <= {"XKX"}  # Kosovo: user-assigned code, documented in countries.tsv


def test_every_iso_country_is_present(kb):
    import pycountry

    missing = {c.alpha_3 for c in pycountry.countries} - set(kb.countries)
    assert not missing


def test_no_alias_maps_to_two_codes_except_date_bounded_people(kb):
    conflicts = []
    for alias, entries in kb.names.items():
        non_person = {e.code for e in entries if e.kind != "person"}
        if len(non_person) > 1:
            conflicts.append((alias, non_person))
        people = sorted((e for e in entries if e.kind == "person"), key=lambda e: e.start or "")
        for a, b in zip(people, people[1:]):
            if a.name != b.name:
                conflicts.append((alias, a.name, b.name))
    assert not conflicts[:10]


def test_person_terms_start_before_they_end(kb):
    # (named "do not overlap" before, which it never tested: a person's roles may overlap, e.g.
    # Raul Castro's presidency and his party's leadership, or Musharraf's army and his government)
    terms = {e for entries in kb.names.values() for e in entries if e.kind == "person"}
    dated = [e for e in terms if e.start and e.end]
    assert len(dated) >= 2600  # 2,642 date-bounded roles of 3,526 (2026-12-02): the check is not empty
    assert [(e.name, e.start, e.end) for e in dated if e.start > e.end] == []


def test_sector_codes_are_known(kb):
    used = set(kb.sectors.values()) | {e.sector for v in kb.names.values() for e in v if e.sector}
    assert used <= SECTORS, used - SECTORS


@pytest.mark.parametrize("alias,on,code,sector,name", [
    ("Putin", "2022-12-16", "RUS", "GOV", "Vladimir Putin"),
    ("Lukashenko", "2022-12-16", "BLR", "GOV", "Alexander Lukashenko"),
    ("Tsikhanouskaya", "2022-12-16", "BLR", "OPP", "Sviatlana Tsikhanouskaya"),
    ("Kremlin", None, "RUS", "GOV", "Russia"),
    ("Pentagon", None, "USA", "MIL", "US Department of Defense"),
    ("EU", None, "EUR", "GOV", "European Union"),
    ("NATO", None, "IGO", "MIL", "North Atlantic Treaty Organization"),
    ("Belarusian", None, "BLR", None, "Belarus"),  # an adjective: the country, no sector
    ("Belarussian", None, "BLR", None, "Belarus"),
    # a committee is GOV by default; these are the Syrian opposition's negotiating bodies
    ("Syrian Negotiating Committee", None, "SYR", "OPP", "Syrian Negotiation Commission (opposition delegation to UN-led talks)"),
    ("High Negotiations Committee", None, "SYR", "OPP", "High Negotiations Committee (Syrian opposition bloc, 2015-2017)"),
])
def test_known_facts(kb, alias, on, code, sector, name):
    # every field, None included (None meant "not checked" before: eight cases checked only the code)
    e = kb.lookup(alias, on)
    assert (e.code, e.sector, e.name) == (code, sector, name)


def test_date_bounded_roles(kb):
    # Medvedev was president 2008-2012, then prime minister
    assert kb.lookup("Dmitry Medvedev", "2010-01-01").role == "president"
    assert kb.lookup("Dmitry Medvedev", "2015-01-01").role == "prime minister"


def test_files_parse_with_headers():
    for f, cols in [("countries.tsv", {"code", "name", "aliases", "adjectives"}),
                    ("organizations.tsv", {"alias", "code", "sector", "name"}),
                    ("people.tsv", {"name", "aliases", "code", "sector", "role", "start", "end"}),
                    ("sectors.tsv", {"term", "sector"}), ("metonyms.tsv", {"alias", "code", "sector"}),
                    ("type_words.tsv", {"word", "parties"}), ("country_groups.tsv", {"alias", "codes", "name"})]:
        rows = list(_rows(f))
        assert rows and cols <= set(rows[0]), f


def test_a_name_of_several_states_is_one_country_entry_with_every_code(kb):
    e = kb.lookup("Koreas")
    assert (e.kind, e.code, e.codes, e.sector, e.name) == ("country", "PRK", ("PRK", "KOR"), None,
                                                           "North Korea and South Korea")
    assert kb.lookup("Sudans").codes == ("SDN", "SSD")
    assert kb.lookup("Baltic states").codes == ("EST", "LVA", "LTU")
    assert kb.lookup("North Korea").codes == ()  # a single state's name lists no codes


def test_a_country_group_row_must_name_two_listed_countries(monkeypatch):
    import newsevents.actors.kb as kbmod

    real = kbmod._rows

    def rows(filename):
        if filename == "country_groups.tsv":
            return iter([{"alias": "Koreas", "codes": "PRK|XYZ", "name": "typo"}])
        return real(filename)

    monkeypatch.setattr(kbmod, "_rows", rows)
    with pytest.raises(ValueError, match="country_groups.tsv: Koreas"):
        ActorKB.load()


def test_capitals_and_seats_are_marked_as_seats(kb):
    assert [(e.kind, e.code, e.seat, e.capital) for e in kb.names["Berlin"]] == [("metonym", "DEU", True, True)]
    assert [(e.kind, e.code, e.seat, e.capital) for e in kb.names["Seoul"]] == [("metonym", "KOR", True, True)]
    # a seat that is no capital city: a building, a former capital
    assert [(e.seat, e.capital) for e in kb.names["Blue House"] if e.name == "South Korea"] == [(True, False)]
    assert [(e.code, e.seat, e.capital) for e in kb.names["Bonn"]] == [("DEU", True, False)]
    assert [(e.kind, e.seat, e.capital) for e in kb.names["Pentagon"]] == [("metonym", False, False)]
