"""In-article de-duplication and linking of event records.

One real event is often told several times in one story (headline, lede, a later "the visit").
:func:`merge_mentions` first *links* mentions of one happening so that an undated mention takes
the date and the more precise place of a dated one ("Lukashenko will host Putin in Minsk" and
"Putin is to travel to Belarus on Monday"), then *merges* mentions of the same type between the
same parties into one record.  Mentions whose own dates differ stay distinct.

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/dedup.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from operator import attrgetter

from newsevents.events.lexicon import rule_parts
from newsevents.records import Event
from newsevents.nlp import children_of

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "dedup.yaml")
_ACTOR_WORDS = load_word_lists("newsevents.actors", "resolve.yaml")

#: Personal pronouns (he, they, we, its ...; the actors' word lists): a doer named only by one of
#: them, when actor resolution found no party for it, names no one the record can be told of.
PRONOUNS = frozenset().union(*(_ACTOR_WORDS[k] for k in ("person_pronouns", "plural_pronouns", "thing_pronouns",
                                                          "speaker_pronouns")))


#: An entity's code, name and sector, read in C by :func:`_codes`, :func:`_names` and :func:`_sectors`
#: (asked for every pair of mentions: a generator per call cost more than the few parties it reads).
_CODE, _NAME, _SECTOR = attrgetter("code"), attrgetter("name"), attrgetter("sector")


def _codes(ents) -> frozenset[str]:
    return frozenset(filter(None, map(_CODE, ents)))  # the codes there are (not None or "")


def _anaphoric(e: Event) -> bool:
    """A bare nominal mention with no tense or date of its own ("Putin's visit is also the
    first since ..."): it refers back to an event told elsewhere in the story."""
    return e.status == "asserted" and e.date_basis == "publication" and rule_parts(e.rule)[0] == "noun"


#: Statuses of an act not (yet) done: planned or announced, and conditional or speculated.
UNREALISED = frozenset({"future", "hypothetical"})


def _both_unrealised(a: Event, b: Event) -> bool:
    """Both mentions tell an act not done, one as a plan and one as a condition or a speculation
    ("Russia would shoot down missiles if a US strike threatened its men" / "if the US sought to
    strike Syria"): one prospect told twice, not two acts."""
    return a.status in UNREALISED and b.status in UNREALISED


def _compatible_status(a: Event, b: Event) -> bool:
    if a.status == b.status or _both_unrealised(a, b):
        return True
    return (_anaphoric(a) and b.status == "future") or (_anaphoric(b) and a.status == "future")


def _dated(e: Event) -> bool:
    return e.date_basis != "publication"


def _names(ents) -> frozenset[str]:
    return frozenset(filter(None, map(_NAME, ents)))


def _other_named_recipients(a: Event, b: Event) -> bool:
    """Both mentions name who undergoes the act (a person or body, not a country) and no one is
    named in both: "the court sentenced Morsi" and "Abdel-Fattah is serving a five-year sentence"
    are acts on two people, though one state and one court do both."""
    na, nb = _names(a.recipient), _names(b.recipient)
    return bool(na and nb) and not na & nb


def _trigger_words(e: Event) -> str:
    """The pattern words every rule form names last (``lexicon:events.tsv:LINE:pos:words``):
    "kill" for "killed" and "killing", "attack" for the verb and the noun."""
    return " ".join(rule_parts(e.rule)[1])


def _other_doers(a: Event, b: Event) -> bool:
    """Both mentions name a doer's country, no country is a doer in both, and the two are not
    one meeting seen from each side (each one's doers among the other's recipients: "Lukashenko
    will host Putin" / "Putin is to travel to Belarus").  "Islamic State kidnapped the Yazidis"
    and "her husband joined the fight" are not one happening, though the Yazidis' country is a
    party of both (a doer of one and a sufferer of the other)."""
    ca, cb = _codes(a.actor), _codes(b.actor)
    if not (ca and cb) or ca & cb or _unknown_attacker(a) or _unknown_attacker(b):
        return False  # an attacker's guessed country is no other doer
    return not (ca <= _codes(b.recipient) and cb <= _codes(a.recipient))


def _apart(a: Event, b: Event, series: frozenset[int]) -> bool:
    """Mentions that are never one happening, whatever else they share: other doers, or a
    mention of a series of acts and one told in another sentence (a series is no one happening;
    "a spate of attacks and sexual assaults" is still one record)."""
    if _other_doers(a, b):
        return True
    return (id(a) in series or id(b) in series) and a.sentence_span != b.sentence_span


def _same_happening(a: Event, b: Event, series: frozenset[int] = frozenset()) -> bool:
    """Same type, and the parties of ``a`` are among the parties of ``b`` (either direction)."""
    if a.event != b.event or not _compatible_status(a, b) or _other_named_recipients(a, b):
        return False
    if _apart(a, b, series):
        return False
    if _actor_sectors_differ(a, b) or _sectors_differ(a.recipient, b.recipient):
        return False
    pa, pb = _codes(a.actor) | _codes(a.recipient), _codes(b.actor) | _codes(b.recipient)
    return bool(_codes(a.actor)) and pa <= pb or bool(_codes(b.actor)) and pb <= pa


def _parties(e: Event) -> frozenset[str]:
    return _codes(e.actor) | _codes(e.recipient)


def _may_take_date(e: Event, f: Event, news: frozenset[int] = frozenset()) -> bool:
    """An undated mention ``e`` takes the dated ``f``'s date only when it cannot carry its own: a
    bare event noun, a planned or hedged act, or a headline.  A told act in the body with no date
    ("Bennett welcomed the call") is dated by its own article, not by another act of the story.
    A headline takes only the date of a mention between (at least) all its own parties: "Suicide
    bomber hits German consulate" is not the attack on a police base "earlier this month" told
    further down.  A headline or lead that tells its act in the present (``news``: "Kim Jong-un is
    reopening a hotline", "Russian officials have warned of a clash") is the story's news and
    takes no historical date from a mention told as background further down."""
    if _anaphoric(e) or e.status != "asserted":
        return True
    return e.sentence_span[0] == 0 and _parties(e) <= _parties(f) and not (id(e) in news and f.historical)


#: Nouns of a run of acts: "a series of attacks", "a wave of arrests", "a spate of bombings".
SERIES_NOUNS = frozenset(_WORDS["series_nouns"])


def unresolved_pronoun_doer(e: Event) -> bool:
    """Every doer of ``e`` is a bare pronoun (:data:`PRONOUNS`) that actor resolution tied to no
    party: no code, and the doer's words are only "we", "he", "they", "its" ..."""
    return bool(e.actor) and all(not a.code and (a.entity_text or "").strip().lower() in PRONOUNS for a in e.actor)


def pronoun_retold(e: Event, earlier: Iterable[Event]) -> bool:
    """True for an act whose doer is only a pronoun that names no party
    (:func:`unresolved_pronoun_doer`: "we're going to withdraw", "these claims are wrong, he said")
    when the story has already told an act of its type in an earlier sentence.  The pronoun points
    back to a party named before, and the act is most often that party's act told again (a quoted
    repetition: "We are pulling back in Syria" after the withdrawal was recorded); the doerless
    copy can merge with nothing (no actor code) and would stand as a second record.  An act of a
    type not told before keeps its record."""
    if not unresolved_pronoun_doer(e):
        return False
    return any(f.event == e.event and f.sentence_span[0] < e.sentence_span[0] for f in earlier)


def series_mentions(pairs: Iterable[tuple[Event, object]]) -> list[Event]:
    """The records told in a sentence of a series of acts of their type.

    ``pairs`` are (record, :class:`~newsevents.events.mention.EventMention`) of one article.  A
    plural event noun that is the "of" object of a series noun (:data:`SERIES_NOUNS`: "has faced
    a series of jihadist attacks in the past year") names a run of acts over time, and every
    mention of its type in its sentence ("..., killing dozens") is an act of that run: none of
    them is one happening told elsewhere in the story.
    """
    pairs = list(pairs)
    series_at = set()
    for e, m in pairs:
        tok = m.trigger
        if m.entry.pos != "NOUN" or tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "pobj":
            continue
        if tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
            series_at.add((e.event, e.sentence_span[0]))
    return [e for e, _ in pairs if (e.event, e.sentence_span[0]) in series_at]


#: Modifiers that tell an act as another occurrence than the one the story tells: "similar threats",
#: "previous strikes".
OTHER_OCCURRENCE = frozenset(_WORDS["other_occurrence_modifiers"])


def other_occurrences(pairs: Iterable[tuple[Event, object]]) -> list[Event]:
    """The historical records told as another occurrence of their kind (:data:`OTHER_OCCURRENCE` on
    the event noun, or on the object noun of a verb such as "made similar threats"): "Moscow has
    made similar threats in the past, including last September" is not the threat the story's lead
    tells, so it is kept apart from mentions in other sentences, as a series is
    (:func:`series_mentions`).  Only background (``historical``) counts: "similar assaults have been
    carried out in other cities" in the week of the news may be told again as one happening.
    ``pairs`` as for :func:`series_mentions`."""
    out = []
    for e, m in pairs:
        if not e.historical:
            continue
        tok = m.trigger
        nouns = [tok] if m.entry.pos == "NOUN" else [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass")]
        if any(c.dep_ == "amod" and c.lower_ in OTHER_OCCURRENCE for n in nouns for c in children_of(n)):
            out.append(e)
    return out


def added_sufferers(pairs: Iterable[tuple[Event, object]]) -> list[Event]:
    """The records told by a passive verb with "also" and no doer of their own ("Two Tunisian
    men were also killed", "A 70-year-old woman ... was also killed"): more sufferers of an act
    told before, which PLOVER codes as one event with a list of recipients.  ``pairs`` as for
    :func:`series_mentions`."""
    out = []
    for e, m in pairs:
        tok = m.trigger
        if m.entry.pos != "VERB" or not m.implied_agent:
            continue
        kids = list(children_of(tok))
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in kids) and any(c.dep_ == "nsubjpass" for c in kids):
            out.append(e)
    return out


#: Subordinators of a clause that tells the same moment as the clause it hangs on.
SAME_MOMENT_MARKS = frozenset(_WORDS["same_moment_marks"])


def _same_moment_clause(tok) -> object | None:
    """The clause of ``tok``'s own verb that tells the same moment ("were killed *when* US forces
    carried out air strikes"): an adverbial clause child opened by :data:`SAME_MOMENT_MARKS`, or
    None."""
    for c in children_of(tok):
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in SAME_MOMENT_MARKS for m in children_of(c)):
            return c
    return None


def doers_in_moment_clause(pairs: Iterable[tuple[Event, object]]) -> list[tuple[Event, Event]]:
    """Pairs (doerless, told) of one act told twice in one sentence: a passive act with no doer
    of its own (an implied agent, "Scores of Russian mercenaries were killed") whose clause of
    the same moment (:func:`_same_moment_clause`: "when US forces carried out air strikes")
    tells an act of its type by a named doer.  The strikes are the killing; PLOVER codes one
    event, by the named doer, with the victims among its recipients.  ``pairs`` as for
    :func:`series_mentions`; the told act's trigger is the clause's verb or a word it governs
    ("carried out air strikes")."""
    pairs = list(pairs)
    by_sentence: dict[tuple[int, str], list[tuple[Event, object]]] = {}
    for e, m in pairs:
        by_sentence.setdefault((e.sentence_span[0], e.event), []).append((e, m))
    out = []
    for e, m in pairs:
        if not m.implied_agent or m.entry.pos != "VERB":
            continue
        clause = _same_moment_clause(m.trigger)
        if clause is None:
            continue
        for f, n in by_sentence[(e.sentence_span[0], e.event)]:
            if f is e or n.implied_agent or not any(a.code for a in f.actor):
                continue
            tok = n.trigger
            if tok.i == clause.i or tok.head.i == clause.i:
                out.append((e, f))
                break
    return out


def fold_doerless(events: list[Event], folds: Collection[tuple[Event, Event]]) -> list[Event]:
    """``events`` without the doerless records of ``folds`` (:func:`doers_in_moment_clause`), each
    told record taking the other's recipients it lacks (their words kept, as the merge of
    :func:`merge_mentions` keeps them)."""
    gone = set()
    for e, f in folds:
        have = {(r.code, r.name) for r in f.recipient}
        for r in e.recipient:
            if (r.code, r.name) in have or (not r.code and not r.name):
                continue
            f.recipient = [*f.recipient, r]
            have.add((r.code, r.name))
            f.explanation = [*(f.explanation or []), f"recipient \"{r.entity_text}\": the sufferers of \"{e.event_text}\", "
                             f"the same act told with no doer in its sentence"]
        gone.add(id(e))
    return [e for e in events if id(e) not in gone]


#: How many mentions of the same type, before and after, a mention is compared with when linking
#: and merging.  A news article has far fewer of one type; the bound keeps a pathological text
#: (thousands of "shelled Kharkiv" in one scrape) linear rather than quadratic.
NEAREST_MENTIONS = 100


def _link(events: list[Event], series: frozenset[int], news: frozenset[int] = frozenset()) -> None:
    by_type: dict[str, list[Event]] = {}
    place: dict[int, int] = {}
    for e in events:  # only mentions of one type can be one happening: compare within a type
        same = by_type.setdefault(e.event, [])
        place[id(e)] = len(same)
        same.append(e)
    for e in events:
        i = place[id(e)]
        for f in by_type[e.event][max(0, i - NEAREST_MENTIONS):i + NEAREST_MENTIONS + 1]:
            if e is f or not _same_happening(e, f, series):
                continue
            if not _dated(e) and _dated(f) and _may_take_date(e, f, news):
                e.date, e.date_text, e.date_basis, e.historical = f.date, f.date_text, f.date_basis, f.historical
                if e.status == "asserted" and f.status != "asserted":
                    e.status = f.status
            if _dated(e) and _dated(f) and e.date != f.date:
                continue  # each dated on its own, to other days: two happenings, as in the merge
            fl, el = f.event_loc, e.event_loc
            if fl is not None and fl.feature != "country" and (el is None or (el.feature == "country" and el.country == fl.country)):
                if el is None and not _same_direction(e, f):
                    continue
                e.event_loc = fl


def _nested_recipients(a: Event, b: Event) -> bool:
    """One mention's recipient codes are among the other's."""
    ra, rb = _codes(a.recipient), _codes(b.recipient)
    return ra <= rb or rb <= ra


def _same_direction(a: Event, b: Event) -> bool:
    return _codes(a.actor) == _codes(b.actor) and _nested_recipients(a, b)


#: UAF, unidentified armed forces: an attacker the mention does not name.  Another mention may
#: name the same armed men as rebels or criminals ("a suicide attacker rammed the consulate" /
#: "the Taliban bombing at the consulate"), never as the state's police or army.
UNIDENTIFIED_ARMED = "UAF"
NAMED_NONSTATE_ARMED = frozenset({"REB", "CRM"})


def _sectors(ents: list) -> set[str]:
    return set(filter(None, map(_SECTOR, ents)))


def _sectors_differ(a: list, b: list) -> bool:
    """True when both sides name sectors and none is shared: police and an attacker of the same
    country are different parties ("the attacker killed dozens" / "the driver was shot by the police")."""
    sa, sb = _sectors(a), _sectors(b)
    return bool(sa and sb) and not sa & sb


def _unidentified_is_named(a: Event, b: Event) -> bool:
    """One actor is an unidentified attacker (UAF), the other rebels or criminals, and the named
    one's mention names no victim or the same victims (a shared sector): the unidentified attacker
    may be the named one, as one mention says "the suicide attacker" and another "the Taliban".
    Unknown men who attack rebels are not those rebels' "insurgency"."""
    if UNIDENTIFIED_ARMED in _sectors(b.actor):
        a, b = b, a
    if UNIDENTIFIED_ARMED not in _sectors(a.actor) or not _sectors(b.actor) & NAMED_NONSTATE_ARMED:
        return False
    return not b.recipient or bool(_sectors(a.recipient) & _sectors(b.recipient))


#: The sectors of one state: its government and its armed forces.  "Trump's decision to pull US troops
#: out of Syria" and "Trump's troop withdrawals" tell one act, done by the president through the army.
STATE_SECTORS = frozenset({"GOV", "MIL"})


def _state_act_retold(a: Event, b: Event) -> bool:
    """One mention is a bare event noun told again with no date, place-name or tense of its own
    (:func:`_anaphoric`: "Trump's troop withdrawals", "the pullout"), both mentions' doers are one
    country only, and one names its government and the other its armed forces
    (:data:`STATE_SECTORS`): a retelling of the state's act, the noun naming the doer by the troops
    ("troop withdrawals") and the other by the leader who ordered them.  Two told acts (verbs), or a
    noun that names a time of its own, keep the sectors apart."""
    if not (_anaphoric(a) or _anaphoric(b)):
        return False
    ca, cb = _codes(a.actor), _codes(b.actor)
    if len(ca) != 1 or ca != cb:
        return False
    sa, sb = _sectors(a.actor), _sectors(b.actor)
    return sa | sb == STATE_SECTORS and len(sa) == len(sb) == 1


def _actor_sectors_differ(a: Event, b: Event) -> bool:
    return _sectors_differ(a.actor, b.actor) and not _unidentified_is_named(a, b) and not _state_act_retold(a, b)


def _trigger_pos(e: Event) -> str:
    """"verb" or "noun": the part of speech every rule form names before its pattern words
    (``lexicon:events.tsv:LINE:pos:words``, ``construction:NAME:pos:words``, ``sense:NAME:pos:words``)."""
    return rule_parts(e.rule)[0]


def _told_acts_differ(a: Event, b: Event) -> bool:
    """Two done acts each told by a verb of its own in its own sentence, of different CAMEO codes
    ("authorities jailed thousands of activists" and "the government banned all demonstrations"),
    are two acts of one actor, not one act told twice: a retelling uses the same act's words or a
    noun for it ("the arrests").  A plan is told in parts ("will travel to Estonia for talks", "will
    meet the prime minister"): only asserted acts are kept apart.  Acts done by speaking
    (:data:`SPOKEN_TYPES`) told by other verbs, one in the news and one in the background, are two
    statements whatever their codes."""
    if not (_trigger_pos(a) == _trigger_pos(b) == "verb" and a.status == b.status == "asserted"
            and a.sentence_span != b.sentence_span):
        return False
    return a.cameo != b.cameo or (a.event in SPOKEN_TYPES and _trigger_words(a) != _trigger_words(b)
                                  and bool(a.historical) != bool(b.historical))


#: Types of acts done by speaking (appeals, rejections, accusations, threats): two done acts of one
#: of them told by verbs of other words in other sentences, one of the news and one of the
#: background, are two statements, even of one CAMEO code ("he urged all sides to show restraint"
#: on Monday / "Washington had encouraged separatists" years before).  One speaker's restatement
#: in the news ("condemned the launch" ... "we strongly criticize such actions") stays one.
SPOKEN_TYPES = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN"})


def _other_speakers(a: Event, b: Event) -> bool:
    """Two acts done by speaking (:data:`SPOKEN_TYPES`) whose doers are both named people and
    share no name are two statements: "John Bolton is opposed to the decision" and "Lindsey Graham
    denounced the decision" are two reproaches, though both men are American and the decision is
    one.  A spokesman's words and his state's ("Russia condemned the launch" / "Peskov criticised
    the test") still merge: the state names no one; so do one man's, named in full and then by his
    surname ("Neil Basu told the Guardian" / "Basu said"): names are compared by their last word."""
    if a.event not in SPOKEN_TYPES:
        return False
    na, nb = _surnames(a.actor), _surnames(b.actor)
    return bool(na and nb) and not na & nb


def _surnames(ents) -> frozenset[str]:
    """The last words of the entities' names, lower-cased ("Neil Basu" and "Basu": "basu")."""
    return frozenset(n.split()[-1].lower() for n in _names(ents) if n.split())


def _elsewhere_than_victims(a: Event, b: Event) -> bool:
    """Two acts of different CAMEO codes told in different sentences, one aimed at countries and the
    other aimed at no one named but placed in a country that is none of those: two acts, not one
    told twice ("burning entire villages" in northern Nigeria, and "taken the fight to neighbouring
    countries like Niger").  A recipient-less mention would otherwise nest in any other.  Acts done
    by speaking (:data:`SPOKEN_TYPES`) are placed where the speaker is, not where the party they
    are aimed at is: "Mr. Trump's accusation" told in Washington and "Mr. Trump's criticism of China"
    are one reproach."""
    if a.cameo == b.cameo or a.sentence_span == b.sentence_span or a.event in SPOKEN_TYPES:
        return False
    if {r.code for r in a.recipient if r.code and r.sector} or {r.code for r in b.recipient if r.code and r.sector}:
        return False
    for one, other in ((a, b), (b, a)):
        # countries named as themselves ("to neighbouring countries like Niger"), not a body or
        # people of a country, which may be attacked abroad ("the German consulate" in Afghanistan)
        aimed = frozenset(r.code for r in other.recipient if r.code and not r.sector)
        if (not one.recipient and aimed and one.event_loc is not None and one.event_loc.country
                and one.event_loc.country not in aimed):
            return True
    return False


def _unknown_attacker(e: Event) -> bool:
    """The actor is only an unidentified attacker with no country ("was killed on Thursday night"),
    or with a country only guessed from the victims, place or story (an implied agent: "84 people
    were killed" in Nice): the text does not say whose the attacker is."""
    return bool(e.actor) and all(x.sector == UNIDENTIFIED_ARMED and (x.code is None or _guessed_agent(e))
                                 for x in e.actor)


def _guessed_agent(e: Event) -> bool:
    """The record's actor is one the coder implied (the rule's ``+implied-agent`` suffix), whose
    country, if any, was filled in from the victims, the place or the story, not told."""
    return "+implied-agent" in e.rule


def _same_direction_or_unknown_attacker(a: Event, b: Event) -> bool:
    """:func:`_same_direction`, where an attacker of no country may be the other mention's
    attacker: it names the same victims (one's recipients among the other's)."""
    if _same_direction(a, b):
        return True
    if not (_unknown_attacker(a) or _unknown_attacker(b)) or not (_codes(a.recipient) and _codes(b.recipient)):
        return False
    return _nested_recipients(a, b)


def _more_victims(a: Event, b: Event, also: frozenset[int]) -> bool:
    """The later mention adds sufferers to the earlier act told by the same words ("84 people
    were killed" ... "two Tunisian men were also killed", its doer untold): other victims of one
    attack, not another attack ("Emwazi, killed by a drone" is no "also executed").  Its doer is only guessed (from the
    victims' country, "A Ghanaian trader was also killed"), so its country is no other doer."""
    later = a if a.event_span[0] > b.event_span[0] else b
    return id(later) in also and a.cameo == b.cameo and _trigger_words(a) == _trigger_words(b)


def _mergeable(a: Event, b: Event, series: frozenset[int] = frozenset(), also: frozenset[int] = frozenset(),
               news: frozenset[int] = frozenset()) -> bool:
    more = _more_victims(a, b, also)
    if a.event != b.event or not _compatible_status(a, b) or not (more or _same_direction_or_unknown_attacker(a, b)):
        return False
    if (_apart(a, b, series) if not more else (id(a) in series or id(b) in series)):
        return False
    if (_told_acts_differ(a, b) or _elsewhere_than_victims(a, b) or not more and _other_named_recipients(a, b)
            or _other_speakers(a, b)):
        return False
    if _actor_sectors_differ(a, b) or not more and _sectors_differ(a.recipient, b.recipient):
        return False
    if a.date != b.date and _dated(a) and _dated(b):
        return False
    if _dated(a) != _dated(b):
        # after linking, an undated mention that could not take the other's date has its own
        undated, dated = (b, a) if _dated(a) else (a, b)
        if undated.sentence_span[0] == 0 and not _may_take_date(undated, dated, news):
            return False
    return True


def _richness(e: Event) -> tuple:
    return (_dated(e), len(_codes(e.recipient)), e.event_loc is not None, e.status != "asserted", -e.event_span[0])


def merge_mentions(events: list[Event], series: Collection[Event] = (), also: Collection[Event] = (),
                   news: Collection[Event] = ()) -> list[Event]:
    """Link then merge the records of one article; returns them in text order.

    The kept record of a merged group is its richest (own date, recipients, place); it takes a
    place that only another member has, and the recipients of all members.  ``series`` are the
    records (among ``events``, by identity) told in a sentence of a series of acts of their type
    (:func:`series_mentions`): they are linked and merged with no mention of another sentence.
    ``also`` are the records that add sufferers to an act told before (:func:`added_sufferers`):
    they merge with it though they name other people.  ``news`` are the headline's or lead's
    records told in the present (:func:`newsevents.time.tells_present`): they take no historical
    date from another mention.
    """
    in_series, in_also, in_news = frozenset(map(id, series)), frozenset(map(id, also)), frozenset(map(id, news))
    _link(events, in_series, in_news)
    groups: list[list[Event]] = []
    open_groups: dict[str, list[list[Event]]] = {}  # per event type: only one type merges
    for e in sorted(events, key=lambda e: e.event_span[0]):
        for g in open_groups.setdefault(e.event, [])[-NEAREST_MENTIONS:]:
            half = NEAREST_MENTIONS // 2
            if all(_mergeable(e, f, in_series, in_also, in_news) for f in (g if len(g) <= NEAREST_MENTIONS else g[:half] + g[-half:])):
                g.append(e)
                break
        else:
            groups.append([e])
            open_groups[e.event].append(groups[-1])
    out = []
    for g in groups:
        best = max(g, key=_richness)
        for other in g:
            if best.event_loc is None and other.event_loc is not None:
                best.event_loc = other.event_loc
            have = {(r.code, r.name) for r in best.recipient}
            for r in other.recipient:
                # (a party that is the kept record's own actor is no recipient of it; two unnamed,
                # uncoded phrases, "a gunman" and "six people", are not the same party)
                if (r.code, r.name) not in have and not any(
                        (r.code or r.name) and r.code == a.code and r.name == a.name for a in best.actor):
                    if r.span and not (best.sentence_span[0] <= r.span[0] and r.span[1] <= best.sentence_span[1]):
                        # the contract's span is a mention in the record's own sentence: a party
                        # told in another mention of the event keeps its words, not its offsets
                        r = replace(r, span=None)
                    best.recipient = [*best.recipient, r]
                    have.add((r.code, r.name))
                    if best.explanation is not None:
                        code = " ".join(x for x in (r.code, r.sector) if x) or "uncoded"
                        best.explanation = [*best.explanation, f"recipient \"{r.entity_text}\" {code}: from another "
                                            f"mention of this event (\"{other.event_text}\" at {other.event_span[0]})"]
        out.append(best)
    return sorted(out, key=lambda e: e.event_span[0])
