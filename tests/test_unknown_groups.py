"""Named groups no dictionary knows, and unnamed armed men: invented sentences (group names made up)."""

from coding import by_type


def _parties(ents):
    return [(x.entity_text, x.code, x.sector) for x in ents]


def test_an_unknown_liberation_front_is_a_rebel_group_of_the_country_it_fights_in(extract):
    [e] = by_type(extract("Fighters of the Western Sahel Liberation Front ambushed an army convoy in Mali on Sunday."),
                  "ASSAULT")
    assert _parties(e.actor) == [("Western Sahel Liberation Front", "MLI", "REB")]
    assert _parties(e.recipient) == [("army convoy", "MLI", "MIL")]


def test_an_unknown_liberation_front_of_no_known_country_keeps_no_code(extract):
    [e] = by_type(extract("The Western Sahel Liberation Front ambushed a convoy."), "ASSAULT")
    assert _parties(e.actor) == [("Western Sahel Liberation Front", None, "REB")]


def test_a_name_described_as_rebels_is_a_rebel_group_when_named_bare(extract):
    events = extract("Kalundi rebels have held the north of Chad since March. "
                     "Kalundi attacked a convoy near Abeche on Sunday, killing two soldiers.")
    [e] = by_type(events, "ASSAULT")
    assert _parties(e.actor) == [("Kalundi", "TCD", "REB")]
    assert e.actor[0].name == "Kalundi"
    assert _parties(e.recipient) == [("two soldiers", "TCD", "MIL")]


def test_a_name_with_a_militant_group_in_apposition_is_a_rebel_group(extract):
    [e] = by_type(extract("Tarsek, a militant group, attacked a police station in Pakistan on Monday."), "ASSAULT")
    assert _parties(e.actor) == [("Tarsek", "PAK", "REB")]
    assert _parties(e.recipient) == [("police station", "PAK", "COP")]


def test_a_group_known_by_a_name_and_its_fighters(extract):
    events = extract("Government troops are fighting rebels known as Kalundi in Chad. "
                     "Kalundi fighters stormed the town of Abeche.")
    storm = [e for e in by_type(events, "ASSAULT") if "stormed" in e.sentence]
    assert [_parties(e.actor) for e in storm] == [[("Kalundi fighters", "TCD", "REB")]]


def test_a_described_name_as_a_place_of_the_act_is_no_party(extract):
    events = extract("Kalundi rebels attacked a convoy in Chad on Sunday. Fighting continued in Kalundi on Monday.")
    assert all("Kalundi" != x.entity_text for e in events for x in (*e.actor, *e.recipient))


def test_an_unknown_party_by_its_name_is_a_party(extract):
    [e] = by_type(extract("The Democratic Renewal Party called for a boycott of the vote."), "REQUEST")
    assert _parties(e.actor) == [("Democratic Renewal Party", None, "PTY")]


def test_unidentified_gunmen_are_an_unidentified_armed_group_where_they_strike(extract):
    [e] = by_type(extract("Unidentified gunmen killed two soldiers in Maiduguri."), "ASSAULT")
    assert _parties(e.actor) == [("Unidentified gunmen", "NGA", "UAF")]


def test_masked_men_of_no_known_country_keep_no_code(extract):
    [e] = by_type(extract("Masked men abducted three aid workers on Sunday."), "ASSAULT")
    assert _parties(e.actor) == [("Masked men", None, "UAF")]


def test_the_two_sides_are_a_government_and_rebels_of_one_country(extract):
    events = extract("The Mozambican government held talks with Kalundi rebels in Maputo on Monday. "
                     "The two sides agreed to a ceasefire.")
    [e] = by_type(events, "AGREE")
    assert [(x.code, x.sector) for x in e.actor] == [("MOZ", "GOV"), ("MOZ", "REB")]


def test_unidentified_men_attacking_are_an_unidentified_armed_group(extract):
    [e] = by_type(extract("Unidentified men attacked the offices of a newspaper in Yangon."), "ASSAULT")
    assert [(x.code, x.sector) for x in e.actor] == [("MMR", "UAF")]


def test_the_two_sides_are_not_two_parties_named_apart(extract):
    events = extract("Eight lawmakers proposed a bill. Leaders in exile in Laos backed it. "
                     "In July the two sides pledged to make peace.")
    assert not any(x.entity_text == "the two sides" for e in events for x in e.actor)
