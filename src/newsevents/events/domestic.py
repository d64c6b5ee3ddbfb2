"""Country of sector-only actors in domestic events ("police arrested protesters in Tbilisi",
"the Belarusian leader's crackdown on protesters").

A mention such as "protesters" names a sector but no country.  When the event itself says where
it happened, or when the other side is a state organ of one country acting on its own society,
the mention takes that country; so does it in a story plainly about one country.  Otherwise its
code stays null: a guess is worse than a gap.

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/domestic.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

from dataclasses import replace

from newsevents.records import NONSTATE_CODES, Entity, Event

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "domestic.yaml")

#: Event types whose target, when the text names none, is the country where they happen
#: ("US air strikes in Kunduz", "sought refuge in Germany", "dispatched inspectors to Iran").
#: CONSULT is left out: where a meeting is held ("talks in Geneva") says nothing of who with;
#: visits, whose place is their destination, are the exception (:data:`VISIT_MODES`).
PLACE_TARGET_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                                "COERCE", "ASSAULT"})
#: Modes of CONSULT whose place is the host: a visit to a country is a visit to its state.
VISIT_MODES = frozenset({"visit"})
#: Sectors of the state's own organs.
STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG", "MIL", "SPY"})
#: Sectors of society that a state acts on at home.
SOCIETY_SECTORS = frozenset({"CVL", "OPP", "PTY", "LAB", "MED", "REL", "EDU", "REB", "REF", "BUS", "HRI", "CRM"})


def _unknown_party(e: Entity) -> bool:
    """A party the text implies but says nothing of (no words, no span, no sector): "Ukraine
    received aid" from someone; no place, sentence or story tells its country."""
    return not e.entity_text and e.span is None and e.sector is None and e.code is None


#: Words that say a party is not of the country it is found in: "foreign fighters", "foreigners".
FOREIGN_WORDS = frozenset(_WORDS["foreign_words"])
#: Nouns of a state's own organs for relations abroad ("the foreign minister", "the Foreign Office").
FOREIGN_AFFAIRS_WORDS = frozenset(_WORDS["foreign_affairs_words"])


#: Sectors of groups outside the state that, named by a name no dictionary knows ("the Ogaden
#: National Liberation Front", "ETIM"), belong to the country they act in as their bare sector
#: nouns do ("rebels", "militants"); a named person of no such sector may be a foreigner there.
NAMED_GROUP_SECTORS = frozenset({"REB", "OPP", "PTY", "LAB", "CRM"})


def _kept_name(e: Entity) -> bool:
    """True for a named party whose name keeps it from taking the country of the place or
    sentence it acts in: a person or body of no :data:`NAMED_GROUP_SECTORS` sector."""
    return bool(e.name) and e.sector not in NAMED_GROUP_SECTORS


def _foreign(e: Entity) -> bool:
    """True for a party said to be foreign ("foreign fighters", "foreigners"), not a state's organ
    for foreign affairs ("the foreign minister")."""
    words = set(e.entity_text.lower().replace("-", " ").split())
    return bool(words & FOREIGN_WORDS) and not words & FOREIGN_AFFAIRS_WORDS


def _fill(ents: list[Entity], code: str | None, allowed: frozenset[str] | None) -> list[Entity]:
    """``ents`` with ``code`` given to those that have none and whose sector is in ``allowed``
    (None: any sector); an :func:`_unknown_party` keeps none, nor does a party said to be foreign
    (:data:`FOREIGN_WORDS`: "foreign fighters" are not of the country they are held in)."""
    if code is None:
        return ents
    if not ents:
        return []  # (no party: no comprehension)
    return [replace(e, code=code) if e.code is None and (allowed is None or e.sector in allowed)
            and not _unknown_party(e) and not _foreign(e) else e for e in ents]


#: State organs that act at home: society facing them is of their country.  Armed forces and spies
#: also act abroad ("Russian forces ... killing three civilians" in Kharkiv), so they say nothing.
HOME_SECTORS = frozenset({"GOV", "COP", "JUD", "LEG"})


#: Sectors of an unnamed party that, acting on a state, is rarely of that state: governments,
#: legislators, armed forces, spies, and parties of no sector (courts and police act at home).
FOREIGN_FACING_ORGANS = frozenset({None, "GOV", "LEG", "MIL", "SPY"})
#: Types of legal acts on a person (charges, trials; arrests) whose unnamed organ is of the person's country.
ACCUSED_BY_ORGAN_TYPES = frozenset({"ACCUSE", "COERCE"})
#: Any sector, or none: a person with no sector has a country too.
ALL_SECTORS = None


#: Society that faces a state's armed forces at home: insurgents and the opposition.
INSURGENT_SECTORS = frozenset({"REB", "OPP", "PTY"})
#: Sectors of armed men outside the state (criminals, rebels, unidentified attackers).
UNNAMED_ATTACKER_SECTORS = frozenset({"CRM", "REB", "UAF"})
#: The rule suffix of a record whose recipient is guessed here (the actor's own country or state).
IMPLIED_TARGET = "+implied-target"


#: Words of a state's diplomatic mission abroad ("the German consulate", "the US embassy").
DIPLOMATIC_MISSION_WORDS = frozenset(_WORDS["diplomatic_mission_words"])


def _diplomatic_mission(e: Entity) -> bool:
    """True for a party named by a diplomatic mission's word (:data:`DIPLOMATIC_MISSION_WORDS`):
    "the consulate", "the US embassy in Kabul"."""
    return not DIPLOMATIC_MISSION_WORDS.isdisjoint(e.entity_text.lower().split())


def _single_state_code(ents: list[Entity], sectors: frozenset[str] | None = HOME_SECTORS) -> str | None:
    """The one state code of ``ents`` of ``sectors`` (None: of any sector or none), else None."""
    if not ents:
        return None  # (no party: no set built)
    if len(ents) == 1:  # (one party: its own code, no set built)
        e = ents[0]
        return e.code if e.code and e.code not in NONSTATE_CODES and (sectors is None or e.sector in sectors) else None
    codes = {e.code for e in ents if e.code and e.code not in NONSTATE_CODES and (sectors is None or e.sector in sectors)}
    return codes.pop() if len(codes) == 1 else None


def dominant_country(counts: dict[str, int], share: float = 0.5, least: int = 3) -> str | None:
    """The country a story is about: the only country it names, or one that has at least
    ``share`` of the story's country mentions and at least ``least`` of them; else None."""
    total = sum(counts.values())
    if not total:
        return None
    if len(counts) == 1:
        return next(iter(counts))  # the only country the story names, however often
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return code if n >= least and n >= share * total else None


def _implied_protest_target(event: Event, country: str | None = None) -> None:
    """A protest that names no target is aimed at the government of the country it is held in,
    else of the protesters' own country (PLOVER practice): recipient ``entity_text`` "", sector
    GOV, ``rule`` suffixed ``+implied-target``.  Nothing when neither country is known."""
    codes = {a.code for a in event.actor if a.code and a.code not in NONSTATE_CODES}
    code = country or (codes.pop() if len(codes) == 1 else None)
    if code is None:
        return
    event.recipient = [Entity(entity_text="", code=code, sector="GOV", span=None)]
    event.rule += IMPLIED_TARGET


def _unnamed_government(e: Entity) -> bool:
    """An implied government (no text, no span): who acted, not named in the text."""
    return not e.entity_text and e.span is None and e.sector == "GOV" and not e.code


#: CAMEO codes of acts one state does towards another: diplomatic relations (05x), easing
#: sanctions (085), reducing relations and sanctions (16x).
def _between_states(event: Event) -> bool:
    code = event.cameo or ""
    return code.startswith(("05", "16")) or code == "085"


def fill_domestic_codes(event: Event, story_country: str | None = None,
                        sentence_country: str | None = None, venue: bool = False) -> Event:
    """Give sector-only entities of ``event`` a country (mutates and returns ``event``).

    First the event's place (a located event happens in one country); else, for society-sector
    entities, the country of a single state organ on the other side; else ``sentence_country``,
    the only country the event's sentence names (in actors or places: "the government of Sindh
    province ordered patrols by police"); else ``story_country``, the country the story is about
    (see :func:`dominant_country`), when there is one.

    With ``venue`` the event's place is only where a verbal act was made ("refused to engage in
    Geneva"): it codes parties there but is never taken for the act's target.

    A government the text does not name doing an act towards another state (:func:`_between_states`:
    "sanctions on Iran were lifted", "sanctions imposed over its weapons programme") keeps an
    unknown country: the place, the sentence and the story tell whom it acted on, not who it is.
    """
    if _between_states(event) and any(_unnamed_government(e) for e in event.actor):
        unnamed = [e for e in event.actor if _unnamed_government(e)]
        event.actor = [e for e in event.actor if not _unnamed_government(e)]
        fill_domestic_codes(event, story_country, sentence_country, venue)
        event.actor = unnamed + event.actor
        return event
    loc = event.event_loc
    if loc is not None and loc.country:
        # "a spate of attacks in Cologne by gangs": armed men of no named country attack people
        # where they strike; their country, guessed from the place, does not make it their own
        unnamed_attackers = (event.event == "ASSAULT" and bool(event.actor)
                             and all(a.code is None and a.sector in UNNAMED_ATTACKER_SECTORS for a in event.actor))
        if any(r.entity_text and loc.text and loc.text in r.entity_text for r in event.recipient):
            # "Tutu called for sanctions against Nigeria": the place is the target, not where the
            # actor is; a named person keeps an unknown country
            event.actor = [e if _kept_name(e) else _fill([e], loc.country, None)[0] for e in event.actor]
        else:
            event.actor = _fill(event.actor, loc.country, None)
        event.recipient = _fill(event.recipient, loc.country, None)
        if ((event.event in PLACE_TARGET_TYPES or event.mode in VISIT_MODES) and not event.recipient and not venue
                and (event.event == "PROTEST" or unnamed_attackers or loc.country not in {a.code for a in event.actor})):
            # "US air strikes in Kunduz": an act done in another country is done to it; a protest
            # with no named target is aimed at the authorities where it is held
            at = event.sentence.find(loc.text)
            span = (event.sentence_span[0] + at, event.sentence_span[0] + at + len(loc.text)) if at >= 0 else None
            if event.event == "PROTEST":
                _implied_protest_target(event, loc.country)
            else:
                event.recipient = [Entity(entity_text=loc.text, code=loc.country, sector=None, span=span)]
        return event
    event.recipient = _fill(event.recipient, _single_state_code(event.actor), SOCIETY_SECTORS)
    # a state's mission abroad is no sign of where those acting on it are from ("a suicide bomber
    # rammed the consulate": the German consulate in Mazar-i-Sharif is attacked by no German)
    at_home = [r for r in event.recipient if not _diplomatic_mission(r)]
    event.actor = _fill(event.actor, _single_state_code(at_home), SOCIETY_SECTORS)
    if event.quad_code in (3, 4):
        # "Burmese troops captured a Karen guerrilla stronghold": rebels fighting an army are its
        # own; not rebels an army helps ("Turkish forces support rebel forces": whose rebels?)
        event.recipient = _fill(event.recipient, _single_state_code(event.actor, STATE_SECTORS), INSURGENT_SECTORS)
        event.actor = _fill(event.actor, _single_state_code(at_home, STATE_SECTORS), INSURGENT_SECTORS)
    if event.event in ACCUSED_BY_ORGAN_TYPES:
        # "Jane Doe faces 12 counts of fraud", "was charged with fraud": a court or police the text
        # does not name, acting on one party of known country, is that country's (a foreign court
        # would be named or placed)
        event.actor = [_fill([e], _single_state_code(event.recipient, ALL_SECTORS), None)[0]
                       if not e.entity_text and e.sector in HOME_SECTORS else e for e in event.actor]
    # only sector mentions ("police", "paramilitary soldiers"): people and pronouns may be foreign;
    # and not opposite a party of that very country ("Russia backed the rebels": whose rebels?)
    if sentence_country not in {e.code for e in event.recipient}:
        event.actor = [e if _kept_name(e) or not e.sector else _fill([e], sentence_country, None)[0]
                       for e in event.actor]
    if sentence_country not in {e.code for e in event.actor}:
        event.recipient = [e if _kept_name(e) or not e.sector else _fill([e], sentence_country, None)[0]
                           for e in event.recipient]
    if event.event == "COERCE":
        # "Jane Doe, 67, was arrested by Springfield police": a named person (no sector) whom one
        # state's organs at home arrest, jail or fine is in that state's hands, in its country
        event.recipient = [e if e.sector else _fill([e], _single_state_code(event.actor), None)[0]
                           for e in event.recipient]
    # "the government", "police", "rabbis" in a story about one country belong to that country;
    # but no state organ that acts on that very state ("the minister accused Russia" in a story
    # about Russia); its society does ("farmers voiced anger at the Polish government")
    at_state = any(r.code == story_country and r.sector in (None, "GOV") and not r.name for r in event.recipient)
    event.actor = [e if at_state and e.sector in FOREIGN_FACING_ORGANS else _fill([e], story_country, None)[0]
                   for e in event.actor]
    # a state's forces striking "government targets" strike another state's: a state organ on the
    # receiving end of a state's own attack is not of that state ("rebels attacked government
    # targets" in a story about Syria still are)
    own_state_attacks = event.quad_code == 4 and any(a.code == story_country and a.sector in FOREIGN_FACING_ORGANS
                                                     for a in event.actor)
    event.recipient = [r if own_state_attacks and r.sector in FOREIGN_FACING_ORGANS - {None}
                       else _fill([r], story_country, None)[0] for r in event.recipient]
    if event.event == "PROTEST" and not event.recipient:
        _implied_protest_target(event)
    return event


#: Event types directed at someone that, told of one country's actors with no target named and no
#: other country in the sentence, are aimed at that country itself (PLOVER and our annotation
#: guide: "Sudan's government lifted a state of emergency" SDN -> SDN, "the police requested it"
#: DEU -> DEU).  Meetings, cooperation, mobilisation, attacks and pull-backs need a named other
#: side and are left out; so are promises and threats, whose target is usually that of the act
#: promised ("Russia agreed to withdraw its forces from the region" is not aimed at Russia).
DOMESTIC_TARGET_TYPES = frozenset({"REQUEST", "REJECT", "CONCEDE", "ACCUSE", "COERCE", "SANCTION", "AID", "SUPPORT"})
#: Threats of what a state does to its own society (CAMEO 1321-1324: limits on freedoms, bans of
#: parties, curfews, emergency rule; 137: violent repression): aimed at home like the acts threatened.
DOMESTIC_THREAT_CAMEO = frozenset({"1321", "1322", "1323", "1324", "137"})


#: CAMEO codes of acts aimed abroad by their nature: official complaints (114) and diplomatic
#: sanctions (16x: cutting ties, expelling envoys).
FOREIGN_CAMEO = frozenset({"114", "16", "160", "161", "162", "1621", "1622", "1623", "163", "164", "165", "166"})


#: Verbal acts (PLOVER types of quad classes 1 and 3 that name a stance, not a deed).
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "SUPPORT"})
#: Types whose unnamed target, when a state condemns or turns down an act or a decision nobody is
#: named as doing, is that act's doer, not the state's own country.
AIMED_AT_DOER_TYPES = frozenset({"ACCUSE", "REJECT"})


def implied_domestic_target(event: Event, sentence_countries: set[str], aimed_at_act: bool = False,
                            beyond_home: bool = False) -> Event:
    """Give a directed domestic act with no recipient its actor's own country as recipient
    (mutates and returns ``event``): an Entity with ``entity_text`` "", the country code, no
    sector and no span; ``rule`` suffixed ``+implied-target``.

    Only for :data:`DOMESTIC_TARGET_TYPES`, for the police's use of force (ASSAULT by COP
    actors only) and for rebels' attacks (ASSAULT by REB actors only), when every actor has the same country code (no
    international body), the event's place (if any) is in that country, and
    ``sentence_countries`` (country codes of all actors the sentence names) hold no other
    country.  With ``aimed_at_act`` (the trigger's object is an act or decision of someone
    unnamed: "Beijing condemned the visit"), an accusation or rejection by a state or its
    government (no sector or GOV) is not aimed at home; with ``beyond_home`` (the act's object is
    said to be foreign or international, or is an open question: "detained 900 foreign fighters",
    "called for international efforts", "investigate who was behind it") no act is.  Otherwise the
    event is returned unchanged."""
    police = event.event == "ASSAULT" and bool(event.actor) and all(a.sector == "COP" for a in event.actor)
    # rebels fight their own state: "Boko Haram has been blamed for 20,000 deaths in Nigeria since
    # their insurgency in 2009" is aimed at Nigeria
    rebels = event.event == "ASSAULT" and bool(event.actor) and all(a.sector == "REB" for a in event.actor)
    domestic = event.event in DOMESTIC_TARGET_TYPES or (event.event == "THREATEN" and event.cameo in DOMESTIC_THREAT_CAMEO)
    if event.recipient or not (domestic or police or rebels) or event.rule.endswith(IMPLIED_TARGET):
        return event  # police use force at home: "the driver was shot by the police"
    if beyond_home:
        return event  # "the SDF detained 900 foreign fighters": not the actor's own people
    if "diplomatic" in event.context or event.cameo in FOREIGN_CAMEO:
        return event  # a protest lodged, an envoy recalled: aimed abroad even when unnamed
    if aimed_at_act and event.event in AIMED_AT_DOER_TYPES and all(a.sector in (None, "GOV") for a in event.actor):
        return event  # "Beijing condemned the visit": aimed at the visitor, whoever that is
    if event.event in VERBAL_TYPES and all(a.sector is None and not a.name for a in event.actor):
        return event  # "Russia rejected five names": a state speaking as a state speaks abroad
    codes = {a.code for a in event.actor}
    if len(codes) != 1 or None in codes or codes & NONSTATE_CODES:
        return event
    code = next(iter(codes))
    if event.event_loc is not None and event.event_loc.country not in (None, code):
        return event
    if sentence_countries - {code}:
        return event
    event.recipient = [Entity(entity_text="", code=code, sector=None, span=None)]
    event.rule += IMPLIED_TARGET
    return event
