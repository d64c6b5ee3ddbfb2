"""Find event mentions in a parsed, actor-annotated document.

:func:`find_events` returns :class:`~newsevents.events.mention.EventMention` objects: the trigger,
the lexicon entry that fired, actor and recipient entities, factuality and attribution.  Time and
place are attached later by their own stages.  The mention and its entity helpers live in
:mod:`newsevents.events.mention`; the rules that derive threats (CAMEO 13x) from other records
live in :mod:`newsevents.events.threats`, run by :func:`find_events` once the sentence's
other events are found.

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/coder.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from itertools import compress, count

from spacy.tokens import Doc, Token

from newsevents.actors import entities_for
from newsevents.actors.resolve import actors_of
from newsevents.events.factuality import (Cues, attribution_source, commentators_view, counterfactual_condition, eased_act, for_to_clause,
                                          generic_act, kind_act, load_cues, staged_act, status_of, urged_act)
from newsevents.events.factuality import capacity_act, described_party, described_place, writers_speculation
from newsevents.events.lexicon import (LIGHT_NOUNS, WILL_MODALS, Construction, LexEntry, Lexicon, constructions_by_head,
                                      load_constructions, load_implied_agents, load_lexicon, quad_class,
                                      senses_by_lemma)
from newsevents.events.mention import (_CONDITION_MARKS, STATE_ORGANS, EventMention, _bare_purpose, _contrary_to_norm,
                                       _dedupe_entities, _entities, _recipient_entities, _same_actor)
from newsevents.events.roles import (EQUATING_VERBS, RECEIVING_VERBS, STANCE_NOUNS, answered_doers, bare_participle_clause, counting_noun, first_conjunct, noun_roles,
                                     passive_conjunct, past_dateline, path_particle_objects, subject, _stranded_object, third_party_modifier, verb_roles)
from newsevents.events.threats import (held_out_threats, options_on_the_table, promised_harm, stated_threats, threatened_acts, ultimatums,
                                       unexcluded_threats)
from newsevents.nlp import children_of, doc_text, indexes_with_lemma, pos_indexes, pos_of, sentences, token_table
from newsevents.records import NONSTATE_CODES, Entity, Event

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "coder.yaml")

#: Types whose place is their destination ("travel to Minsk"): visits.
DESTINATION_MODES = {"visit"}
#: Modes of leaving or sending out: the "from X" of a pull-out or expulsion ("withdrew its
#: peacekeepers from Mali", "expelled the inspectors from Iraq") is where it happens, as for RETREAT.
ORIGIN_MODES = {"withdraw", "expel"}


def _names_own_doer(noun: Token, support: frozenset[str]) -> bool:
    """True when an event noun names who does it itself: a possessor, a modifier, a "by" or
    "from" phrase ("Russia's attack", "US strikes", "complaints from EU states")."""
    a_toks, _ = noun_roles(noun, support)
    if any(t.head == noun or t.head.head == noun for t in a_toks):
        return True
    source = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ("from", "by")
              for g in children_of(c) if g.dep_ == "pobj"]
    # a sector the noun's own word gives ("insurgency": rebels) names nobody
    return bool(source) or any(e.code or e.name for e in _own_modifier_actors(noun))


def _own_modifier_actors(noun: Token, kind_words: list[Token] = ()) -> list[Entity]:
    """Actors named by an event noun's own modifiers: words before it ("US air strikes", "a
    Taliban truck bombing") or its "of"/"by" phrase ("at the request of Britain", "the protest by
    the coalition").  A mention the actor stage built on the noun that reaches further, into a
    clause or apposition after it ("the crackdown extended to opponents of President X", "the
    ceasefire, coming into effect at noon Moscow time"), takes its code from words that say whom
    the act reached or when, not who did it: no actor from it.  Nor is a mention made only of
    the noun and ``kind_words``, the lexicon pattern's words that say what kind of act it is
    ("military aid" is aid of a kind, not aid by the military)."""
    end = noun.idx + len(noun.text)
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ in ("of", "by") and c.i > noun.i:
            # an apposition on the phrase's object renames that object ("the attack of Nice,
            # Estrosi, former mayor of Nice, tweeted"): it names no doer of the act
            renamed = {t.i for a in c.subtree if a.dep_ == "appos" and a.i > c.i for t in a.subtree}
            last = max((t for t in c.subtree if t.i not in renamed), key=lambda t: t.i)
            end = max(end, last.idx + len(last.text))
    kind = {t.i for t in kind_words} - {noun.i}
    doc = noun.doc

    def only_kind(e: Entity) -> bool:
        # "the insurgency" names insurgents; "military aid" names no military
        words = doc.char_span(*e.span, alignment_mode="expand") if e.span else None
        return (words is not None and any(t.i in kind for t in words)
                and all(t.i in kind or t.i == noun.i or pos_of(t) in ("DET", "PUNCT") for t in words))
    def third_party(e: Entity) -> bool:
        # "a UN-monitored ceasefire": the monitor, broker or backer is not the doer
        words = doc.char_span(*e.span, alignment_mode="expand") if e.span else None
        return words is not None and any(third_party_modifier(t) for t in words if t.i < noun.i)
    return [e for e in entities_for(noun) if e.span is None
            or (e.span[1] <= end and not only_kind(e) and not third_party(e))]


#: Types whose purpose or manner clause names their target ("began a hunger strike to protest
#: Sweden's decision", "demonstrated ... calling for independence from Iraq", "send material to
#: help defend Saudi Arabia", "deployed troops to fight the rebels").
_PURPOSE_TYPES = frozenset({"PROTEST", "AID", "SUPPORT", "COOPERATE", "MOBILIZE"})


#: Personal pronouns that stand for people as objects ("captured him", "they were captured").
PERSON_PRONOUNS = frozenset(_WORDS["person_pronouns"])
#: Named-entity labels of things that are no person even when an actor entity sits on them.
NON_PERSON_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT"})
#: Singular sector nouns that name an institution or a place of one, not people ("captured the
#: ministry", "the army base"): taking one is seizing it.
INSTITUTION_NOUNS = frozenset(_WORDS["institution_nouns"])


@lru_cache(maxsize=1)
def _equipment_nouns() -> frozenset[str]:
    """Sector nouns that are machines standing for an armed force (sectors.tsv notes them as
    equipment: "helicopter", "tanks"): captured, they are seized, not detained."""
    from importlib import resources
    text = resources.files("newsevents.actors").joinpath("kb", "sectors.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(r[0].lower() for r in rows if len(r) > 2 and r[2].startswith("equipment"))


def _person_objects(r_toks: list[Token]) -> bool:
    """Whether the direct objects (or passive subjects) among the recipient tokens ``r_toks`` are
    all people: a PERSON name, a personal pronoun, or a sector noun for people ("two soldiers",
    "the smuggler"; not equipment such as "a helicopter", nor an institution such as "the
    ministry").  Objects inside prepositional phrases ("at the start of the year") and times
    ("last year") are not counted."""
    objs = [t for t in r_toks if t.dep_ not in ("pobj", "npadvmod") and t.ent_type_ not in ("DATE", "TIME")]
    if not objs:
        return False
    for t in objs:
        if t.ent_type_ == "PERSON" or t.lower_ in PERSON_PRONOUNS:
            continue
        if t.ent_type_ in NON_PERSON_ENTS or t.lower_ in _equipment_nouns() or t.lemma_.lower() in _equipment_nouns():
            return False
        if t.tag_ == "NN" and t.lemma_.lower() in INSTITUTION_NOUNS:
            return False
        ents = entities_for(t)
        if not ents or not all(e.sector and not e.name for e in ents):
            return False
    return True


#: CAMEO 190, an attack of no more specific kind; and what, attacked, makes it a cyber attack.
GENERIC_ATTACK_CAMEO = "190"
#: CAMEO 170, coercion of no more specific kind: the code of a cyber attack (mode cyber).
CYBER_CAMEO = "170"
CYBER_TARGETS = frozenset(_WORDS["cyber_targets"])
#: Types of material acts, which a text or a rule cannot undergo.
MATERIAL_TYPES = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})
#: Codes of bodies of states or of citizens, which hold no arms of their own.
UNARMED_CODES = frozenset({"IGO", "UNO", "EUR", "NGO"})
#: Sectors of armed bodies: an alliance's or a UN force's own acts of force are its own.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "SPY", "CRM"})


def _unarmed_owner(a_toks: list[Token], actors: list[Entity]) -> bool:
    """True when an event noun's doer is only a possessive pronoun ("its sixth nuclear test")
    resolved to bodies of states or citizens (:data:`UNARMED_CODES`: the UN Security Council,
    the EU, an NGO) with no armed sector, which cannot themselves do a material act."""
    return (bool(a_toks) and all(t.tag_ == "PRP$" for t in a_toks) and bool(actors)
            and all(a.code in UNARMED_CODES and a.sector not in ARMED_SECTORS for a in actors))


def _armed_antecedent(pron: Token) -> list[Entity]:
    """The state named last before the possessive ``pron`` in its sentence (a proper name with one
    state code), as the owner of a material act; [] when there is none."""
    for t in reversed(pron.doc[pron.sent.start:pron.i]):
        if pos_of(t) != "PROPN":
            continue
        found = entities_for(t)
        if len(found) == 1 and found[0].code and found[0].code not in NONSTATE_CODES:
            return found
    return []


def _complement_recipients(trigger: Token, event: str) -> list[Token]:
    """Where a verb's recipient is its complement's subject or recipient: "demanded that the US
    cancel ...", "threatened to break relations with Russia", "refused to respond to a demand
    from the US President"; for threats and demands also the subject of their condition ("...
    unless Baghdad accepted"), for protests the target of their purpose clause."""
    out: list[Token] = []
    table = token_table(trigger.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    for c in children_of(trigger):
        if deps[c.i] == "advcl" and pos_of(c) in ("VERB", "AUX"):
            if any(deps[m.i] == "mark" and lowers[m.i] in _CONDITION_MARKS for m in children_of(c)):
                if event in ("THREATEN", "REQUEST", "REJECT"):
                    subj, _ = subject(c)
                    if subj is not None:
                        out.append(subj)
            elif for_to_clause(c):
                subj, _ = subject(c)  # "called for the US to lift sanctions": the US is asked
                if subj is not None:
                    out.append(subj)
            elif event in _PURPOSE_TYPES:
                # "to help defend Saudi Arabia": the purpose verb's own object, else its complement's
                out.extend(verb_roles(c, [])[1] or _complement_recipients(c, event))
            continue
        if deps[c.i] == "ccomp" and pos_of(c) in ("VERB", "AUX"):
            subj, _ = subject(c)
            if subj is not None and subj.lower_ not in ("it", "they", "we", "i", "he", "she", "this", "that"):
                out.append(subj)
        elif deps[c.i] == "xcomp" and pos_of(c) in ("VERB", "AUX"):
            _, inner = verb_roles(c, [])
            out.extend(inner)
            out.extend(_complement_recipients(c, event))
    return out


_POSSESSIVE_PRONOUNS = tuple(_WORDS["possessive_pronouns"])


#: Sectors of a pattern's object that are the actor's own means, not a party acted upon:
#: "sent troops", "recalled the ambassador".
_INSTRUMENT_SECTORS = frozenset({"MIL", "GOV"})


def _possessive(ent: Entity) -> bool:
    return (ent.entity_text.lower() + " ").startswith(_POSSESSIVE_PRONOUNS)


def _covers_used(ent: Entity, used: list[Token]) -> bool:
    """Whether ``ent``'s words hold a noun of the lexicon pattern ("carried out a round of
    military exercises": "military exercises" is the act's own noun, reached through "a round
    of"): it is then judged as the pattern's object is (:func:`_owner_of_object`)."""
    return ent.span is not None and any(pos_of(u) == "NOUN" and ent.span[0] <= u.idx < ent.span[1] for u in used)


def _owner_of_object(ent: Entity) -> bool:
    """Whether an entity read off a pattern's own object noun names a party other than the
    actor: "rejected a U.S. request" (USA) and "attacked police" (the police) do; "sent troops",
    "recalled the ambassador" (the actor's own means) and "its ambassador" do not."""
    if _possessive(ent):
        return False
    return bool(ent.code) or ent.sector not in _INSTRUMENT_SECTORS


def _other_person_owner(ent: Entity, actor_codes: set[str]) -> bool:
    """Whether an entity read off a pattern's object noun is a person who owns it and is of
    another country than the actor: "the court extended her remand", "revoked his passport" act
    on her and him (whereas "its ambassador", "their troops" are the actor's own means)."""
    return (ent.entity_text.lower() in ("his", "her") and bool(ent.code) and ent.code not in actor_codes)


#: CAMEO 057, signing a formal agreement, and 062, military cooperation.
SIGNED_TEXT_CAMEO, MILITARY_COOPERATION_CAMEO = "057", "062"
#: Words of a state proclaimed on one's own ("a declaration of emergency", "a disaster declaration",
#: "a declaration of independence"): such a declaration is proclaimed, not agreed with anyone.
PROCLAMATION_WORDS = frozenset(_WORDS["proclamation_words"])


#: CAMEO 150, a show of military force, which a military exercise is; and the words of an exercise.
SHOW_OF_FORCE_CAMEO = "150"
EXERCISE_WORDS = frozenset(_WORDS["exercise_words"])


def _is_exercise(tok: Token, entry: LexEntry) -> bool:
    """Whether ``tok`` or one of its pattern's words names a military exercise ("drills", "joint
    exercises", "drill together")."""
    return tok.lemma_.lower() in EXERCISE_WORDS or bool(EXERCISE_WORDS & set(entry.words))


def _held_with_partner(tok: Token, entry: LexEntry, r_toks: list[Token], recipients: list[Entity],
                       actors: list[Entity]) -> bool:
    """True when a military exercise (a show of force, CAMEO 150, named by ``tok`` or by one of its
    pattern's words: "held exercises", "naval drills") is held by the forces of two or more states
    ("US and South Korean forces began drills") or has a recipient named by a "with" phrase
    ("exercises with the US Navy", "took part in drills with Chinese forces"): a party it was held
    with, not one it was aimed at ("drills near Taiwan").  ``r_toks`` are the recipient tokens the
    roles step found, ``recipients`` the entities kept for them (after dropping the actor's own)."""
    if not _is_exercise(tok, entry):
        return False
    if len({a.code for a in actors if a.code}) >= 2:
        return True
    kept = {(r.code, r.span) for r in recipients if r.code}
    for t in r_toks:
        top = t
        while top.dep_ == "conj" and top.head != top:  # "with US and Ukrainian forces"
            top = top.head
        if top.dep_ == "pobj" and top.head.lower_ == "with":
            if any((e.code, e.span) in kept for e in _recipient_entities(t)):
                return True
    return False


def _proclamation(noun: Token) -> bool:
    """Whether ``noun`` is a declaration of a state proclaimed on one's own: "declaration" with a
    :data:`PROCLAMATION_WORDS` modifier or "of" object (or a modifier of that object: "a
    declaration of disaster emergency")."""
    if noun.lemma_.lower() != "declaration":
        return False
    words = [c for c in children_of(noun) if c.dep_ in ("compound", "amod", "nmod")]
    for p in children_of(noun):
        if p.dep_ == "prep" and p.lower_ == "of":
            for g in children_of(p):
                if g.dep_ == "pobj":
                    words += [g, *(c for c in children_of(g) if c.dep_ in ("compound", "amod"))]
    return any(w.lemma_.lower() in PROCLAMATION_WORDS for w in words)


#: Words of saying and promising, besides the cues' speech verbs: a rally "at" which one of them
#: is said, or which one of them addresses, is where a speaker spoke.
SPEECH_WORDS = frozenset(_WORDS["speech_words"])
#: Nouns of a gathering that may be a protest or only an audience.
AUDIENCE_NOUNS = frozenset(_WORDS["audience_nouns"])


def _speech_venue(noun: Token, cues) -> bool:
    """Whether a rally noun is only where a speaker spoke: the object of "at" on a word of saying or
    promising ("his pledge at a rally", "said at a rally in Ohio") or the object of "tell" or
    "address" ("told a rally"), with no "against"/"over"/"for" phrase of its own that gives it a cause
    ("a rally against the war" stays a protest)."""
    if noun.lemma_.lower() not in AUDIENCE_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("against", "over", "for", "in") and c.i > noun.i
           and any(g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() not in ("city", "town", "capital")
                   and g.ent_type_ not in ("GPE", "LOC", "FAC") for g in children_of(c))
           for c in children_of(noun)):
        return False
    words = SPEECH_WORDS | cues.speech_verbs
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in ("tell", "address")
    if noun.dep_ == "pobj" and noun.head.lower_ == "at":
        # the parser may hang "at" higher up ("in line with his pledge at a rally"): the word right
        # before it is read too
        at = noun.head
        return at.head.lemma_.lower() in words or (at.i > 0 and at.doc[at.i - 1].lemma_.lower() in words)
    return False


#: CAMEO 0841, the release of persons.
RELEASE_CAMEO = "0841"
#: What a person is released from that makes the release a captor's (or a state's) act.
CAPTIVITY_NOUNS = frozenset(_WORDS["captivity_nouns"])


#: CAMEO 1712, destroying property: what a state destroys of its own is no attack.
PROPERTY_DESTRUCTION_CAMEO = "1712"
#: Types whose event noun's "of" object is the one acted on ("criticism of the US", "the invasion
#: of Ukraine", "rejection of the plan"), never the doer.
OF_TARGET_TYPES = frozenset({"ACCUSE", "REJECT", "ASSAULT", "COERCE", "SANCTION", "PROTEST"})


def _own_possession(noun: Token, actor_codes: set[str]) -> bool:
    """Whether ``noun`` is the actors' own by a possessive pronoun that resolves to one of them
    ("its chemical stocks" said of Syria, "their stocks" of Russia and the US)."""
    owners = [c for c in children_of(noun) if c.dep_ == "poss" and c.tag_ == "PRP$"]
    if not owners:
        return False
    codes = {e.code for e in _entities(owners[0])}
    return bool(codes) and codes <= actor_codes


def _untold_release(verb: Token, entry: LexEntry, r_toks: list[Token]) -> bool:
    """A passive release of people with no agent ("the girls were released on Thursday", "the
    hostages were freed"): people were set free by captors the sentence does not name, an event
    the story tells (by whom is often said elsewhere).  Not a release "from" anything but
    captivity ("was released from hospital" is no political act; "from prison" has its implied
    state agent in ``implied_agents.tsv``), nor a release of things (``_person_objects``)."""
    if entry.pos != "VERB" or entry.cameo != RELEASE_CAMEO:
        return False
    kids = list(children_of(verb))
    if not any(c.dep_ == "nsubjpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" and not any(
            g.lemma_.lower() in CAPTIVITY_NOUNS for g in children_of(c) if g.dep_ == "pobj") for c in kids):
        return False
    return all(_people(t) for t in kids if t.dep_ == "nsubjpass")


def _people(tok: Token) -> bool:
    """Whether ``tok`` names people: a person, a personal pronoun, or a noun that the actor stage
    codes with a sector (a group's members count: "four Boko Haram leaders"), not equipment or an
    institution; a number or quantifier stands for its "of" object ("twenty one of the schoolgirls")."""
    if tok.ent_type_ == "CARDINAL" or tok.lower_ in QUANTIFIERS:
        tok = next((g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in children_of(c) if g.dep_ == "pobj"), tok)
    if tok.ent_type_ == "PERSON" or tok.lower_ in PERSON_PRONOUNS:
        return True
    if tok.ent_type_ in NON_PERSON_ENTS or tok.lemma_.lower() in _equipment_nouns() or (
            tok.tag_ == "NN" and tok.lemma_.lower() in INSTITUTION_NOUNS):
        return False
    ents = entities_for(tok)
    return bool(ents) and all(e.sector for e in ents)


#: Words that count people in "one of the girls", "some of the hostages".
QUANTIFIERS = frozenset(_WORDS["quantifiers"])


#: Object nouns naming a body only by the kind its modifiers give ("human rights groups"): an
#: agentless state act on one implies the state only when the phrase is coded with a sector.
KIND_NAMED_BODIES = frozenset(_WORDS["kind_named_bodies"])


def _implied_agent(trigger: Token, used: list[Token], head_word: str | None = None) -> Entity | None:
    """The state organ implied by a passive state act with no agent ("was arrested", "jailed
    activist"): an entity with no text, span or code (the country is filled in later from the
    event's place or the story), sector from ``implied_agents.tsv``.  None when the verb is not
    such an act, is active, or names its agent.  ``head_word`` is the lexicon entry's head word,
    which is the verb's lemma even where the tagger's lemma is wrong ("fined" -> "fin")."""
    agents = load_implied_agents()
    # a whole pattern first ("drop charge": prosecutors drop charges), then its head word
    sector = agents.get(" ".join((head_word or trigger.lemma_.lower(), *(u.lemma_.lower() for u in used))))
    sector = sector or agents.get(head_word or trigger.lemma_.lower())
    if sector is None:
        return None
    if used and used[-1].lemma_.lower() in KIND_NAMED_BODIES and not any(e.sector for e in entities_for(used[-1])):
        return None  # "a group of fans was banned from the stadium": no kind of body named, no state implied
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(trigger)) or passive_conjunct(trigger)
    participle = (trigger.dep_ == "amod" or (trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN")
                  or bare_participle_clause(trigger))  # "the Kurdish leader, now imprisoned in Turkey"
    if not (passive or participle) or any(c.dep_ == "agent" for c in children_of(trigger)):
        return None
    return Entity(entity_text="", code=None, sector=sector, name=None, span=None)


#: Verbs whose subject undergoes the legal act their object names ("faces charges", "is facing 12
#: counts of fraud", "stood trial", "is serving a life sentence", "received a ten-year sentence"): the
#: subject is the accused or the prisoner, the recipient, and the doer is the state organ
#: ``implied_agents.tsv`` gives for the whole pattern (a court or prosecutor, JUD).
UNDERGO_HEADS = frozenset(_WORDS["undergo_heads"])
#: Verbs whose lexicon sense is only their passive: "was tried for murder" is a trial, "tried to
#: flee" or "tried the new policy" is not.
PASSIVE_ONLY_HEADS = frozenset(_WORDS["passive_only_heads"])


#: Predicate words that say a process is going on ("an investigation is underway", "the probe is
#: ongoing", "an inquiry has got under way").
UNDERWAY_WORDS = frozenset(_WORDS["underway_words"])
#: Verbs by which a finished investigation tells what it found ("an investigation showed that ...",
#: "the probe found that ...").
FINDING_VERBS = frozenset(_WORDS["finding_verbs"])


def _under_way(noun: Token) -> bool:
    """True for an event noun that is the subject of "be" or "get" with a predicate of
    :data:`UNDERWAY_WORDS` ("an investigation is underway into the crash", "the probe is
    ongoing"), or of a verb of :data:`FINDING_VERBS` ("a preliminary investigation showed that
    ..."): the process is going on or was carried out, by whoever ordinarily does it."""
    head = noun.head
    if any(c.dep_ in ("poss", "compound", "nmod") and (pos_of(c) == "PROPN" or c.ent_type_ in ("ORG", "PERSON"))
           for c in children_of(noun)):
        return False  # "a Reuters investigation found ...": a named doer the coder does not know
    if noun.dep_ == "nsubj" and head.lemma_.lower() in FINDING_VERBS:
        return True  # "an investigation showed that the driver was speeding": it was carried out
    return (noun.dep_ == "nsubj" and head.lemma_.lower() in ("be", "get")
            and any(c.dep_ in ("acomp", "advmod", "attr") and c.lower_ in UNDERWAY_WORDS for c in children_of(head)))


def _undergone_by_subject(tok: Token, entry: LexEntry) -> Entity | None:
    """The implied state organ of an :data:`UNDERGO_HEADS` pattern ("faces charges": JUD), or
    None when ``entry`` is no such pattern or the table names no organ for it."""
    if entry.pos != "VERB" or entry.words[0] not in UNDERGO_HEADS or len(entry.words) < 2:
        return None
    sector = load_implied_agents().get(" ".join(entry.words))
    return Entity(entity_text="", code=None, sector=sector, name=None, span=None) if sector else None


#: Verbs of going away, and verbs of making someone do something: "ordered the diplomats to
#: leave", "told the envoy to quit the country" sends them away, an expulsion (CAMEO 166) by the
#: one who orders, not a withdrawal by those who go.
LEAVE_VERBS = frozenset(_WORDS["leave_verbs"])
ORDER_OUT_VERBS = frozenset(_WORDS["order_out_verbs"])
ORDERED_OUT_SENSE = "ordered-to-leave"


def _ordered_out(tok: Token, entry: LexEntry, lexicon: Lexicon) -> tuple[LexEntry, list[Token], list[Token]] | None:
    """For "X ordered Y to leave" (``tok`` the going verb, a lexicon RETREAT): the ``expel Y``
    entry, X as actor and Y as recipient; None when the clause is no such order or Y is no party
    the lexicon's expulsions name ("ordered residents to leave" is an evacuation)."""
    if entry.event != "RETREAT" or tok.lemma_.lower() not in LEAVE_VERBS or tok.dep_ not in ("xcomp", "ccomp"):
        return None
    head = tok.head
    if head.lemma_.lower() not in ORDER_OUT_VERBS or any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(head)):
        return None
    ousted = [c for c in children_of(head) if c.dep_ == "dobj"] or [c for c in children_of(tok) if c.dep_ == "nsubj"]
    orderer = subject(head)[0]
    if not ousted or orderer is None:
        return None
    expel = lexicon.expulsion_of(ousted[0])
    if expel is None:
        return None
    return replace(expel, sense=ORDERED_OUT_SENSE), [orderer], _with_conjuncts(ousted)


def _active_use_of_passive_sense(tok: Token, entry: LexEntry) -> bool:
    """True for an active use of a :data:`PASSIVE_ONLY_HEADS` verb, or a passive one with an
    infinitive ("was tried to ..." is no trial)."""
    if entry.pos != "VERB" or entry.words[0] not in PASSIVE_ONLY_HEADS or len(entry.words) != 1:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok)) or passive_conjunct(tok)
    return not passive or any(c.dep_ == "xcomp" for c in children_of(tok))


#: Pull-backs whose agentless passive is done by its subject ("guerrillas have been demobilized",
#: "troops were withdrawn"); unlike "hostages were freed", whose subject is released by others.
SELF_RETREAT = frozenset(_WORDS["self_retreat"])
#: Subject nouns of armed forces whose arrival or travel to a place puts them there (CAMEO
#: :data:`FORCES_SENT_CAMEO`) rather than making a visit: "troops arrived", "warships arrived".
ARRIVING_FORCES = frozenset(_WORDS["arriving_forces"])
FORCES_SENT_CAMEO = "154"
#: Subject nouns of police whose arrival puts them in a place (CAMEO 153, police power raised).
ARRIVING_POLICE = frozenset(_WORDS["arriving_police"])
POLICE_SENT_CAMEO = "153"
#: Event nouns of a pull-back whose "of" object, when it names armed forces, is who pulls back
#: ("the withdrawal of US troops"), as the passive subject of :data:`SELF_RETREAT` verbs is.
WITHDRAWAL_NOUNS = frozenset(_WORDS["withdrawal_nouns"])
#: CAMEO codes of raised alert (151 police, 152 military): "troops were put on high alert" raises
#: the alert status of its subject's side, which acts as in the active "the army went on alert".
ALERT_CAMEOS = frozenset({"151", "152"})
#: CAMEO codes of putting forces in the field (150 show of force, 153 police, 154 armed forces):
#: with no agent named, "Russian troops were deployed to the border", "the deployment of Russian
#: troops", the forces deployed act for their own side, as they do when put on alert or withdrawn.
DEPLOY_CAMEOS = frozenset({"150", "153", "154"})

#: Sector of the people an agentless protest implies (PLOVER CVL, civilians).
PROTESTER_SECTOR = "CVL"

#: Objects of "fire"/"launch" that make a launch with no target a weapons test.
PROJECTILES = frozenset(_WORDS["projectiles"])
#: Head words of a launch: a "missile strike" or "rocket attack" has a target even when unnamed.
LAUNCH_WORDS = frozenset(_WORDS["launch_words"])
#: CAMEO code of a weapons test or show of force (MOBILIZE).
WEAPONS_TEST_CAMEO = "150"
#: CAMEO code of missiles fired at or over another country (ASSAULT, heavy-weapons), as the lexicon
#: codes "fired a missile" at a named country.
LAUNCH_AT_CAMEO = "194"

#: Sector of an attacker the text does not name: PLOVER/CAMEO UAF, unidentified armed forces.  Its
#: country is filled in later from where the attack happened, as our annotation guide codes a
#: shooting by an unnamed gunman.
UNKNOWN_ATTACKER_SECTOR = "UAF"

#: CAMEO 191, impose a blockade or restrict movement: a state's or an army's act.  Civilians or a
#: gang round people ("surrounded by gangs of men") is no such act; round a state's building or
#: organ ("protesters surrounded the ministry") it still blocks it.
BLOCKADE_CAMEO = "191"
CROWD_SECTORS = frozenset({"CVL", "CRM"})

#: Nouns of people protesting and the verbs of force by which they riot (CAMEO 145) rather than attack.
PROTESTER_NOUNS = frozenset(_WORDS["protester_nouns"])
RIOT_ACT_VERBS = frozenset(_WORDS["riot_act_verbs"])
RIOT_CAMEO = "145"

#: Verbs of speaking whose CONSULT ("spoke to Trump", "spoke with his counterpart") is no talks
#: when said to the media or an audience (:data:`AUDIENCE_NOUNS`): "spoke to reporters", "speaking
#: to the crowd" ("talks with demonstrators" are talks).
SPEAKING_VERBS = frozenset(_WORDS["speaking_verbs"])
AUDIENCE_NOUNS = frozenset(_WORDS["audience_nouns"])

#: Event types whose agentless passive is still news: someone was shot, beaten or abducted.
UNKNOWN_AGENT_TYPES = frozenset({"ASSAULT"})
#: The mode of an attack on computers and networks (COERCE 170), whose doer is as often unnamed as
#: that of an armed attack.
CYBER_MODE = "cyber"


def _unknown_agent_type(entry: LexEntry) -> bool:
    """Whether an act of ``entry``'s kind with a named victim and no named doer is an unknown
    attacker's: an armed or violent attack (:data:`UNKNOWN_AGENT_TYPES`) or a cyber attack ("a cyber
    attack on the ministry's network", "the agency's website was hacked")."""
    return entry.event in UNKNOWN_AGENT_TYPES or entry.mode == CYBER_MODE


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    """``toks``, each followed by the words coordinated with it ("troops and tanks")."""
    if not toks:
        return []  # (no party words: the usual case for one side of a mention)
    return [t for g in toks for t in (g, *g.conjuncts)]


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the "of" phrases after ``noun``, with their conjuncts ("the deployment of
    troops and tanks", "the meeting of US officials")."""
    return _with_conjuncts([g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i
                            for g in children_of(c) if g.dep_ == "pobj"])


def _names_forces(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether ``tok`` is one of ``nouns`` (:data:`ARRIVING_FORCES`: "troops", "warships";
    :data:`ARRIVING_POLICE`), or a count of them ("hundreds of troops", "2,000 of its soldiers")."""
    if tok.lemma_.lower() in nouns:
        return True
    return any(g.lemma_.lower() in nouns for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
               for g in children_of(c) if g.dep_ == "pobj")


def _deployed_forces(tok: Token, r_toks: list[Token]) -> tuple[list[Entity], list[Token]]:
    """The armed forces (:data:`ARMED_SECTORS`) that an agentless deployment puts in the field: the
    passive subject of a verb ("troops were deployed") or the "of" object of a noun ("the
    deployment of troops"), as the actors, and the recipients left; ([], ``r_toks``) when the
    forces are not named or not armed."""
    if pos_of(tok) in ("VERB", "AUX"):
        forces = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
        if not forces and tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in children_of(tok)):
            # "troops are expected to be deployed": the raised subject of the verb it complements
            forces = [c for c in children_of(tok.head) if c.dep_ in ("nsubjpass", "nsubj")]
        forces = _with_conjuncts(forces)
    else:
        forces = _of_objects(tok)
    found = _dedupe_entities([e for t in forces for e in _entities(t)])
    if not found or not all(e.sector in ARMED_SECTORS for e in found):
        return [], r_toks
    return found, [t for t in r_toks if t not in forces]


def _unknown_attacker(trigger: Token, entry: LexEntry, recipients: list[Token],
                      subjects: list[Token] = ()) -> Entity | None:
    """An unnamed attacker for an act of violence whose victim is named but whose doer is not a
    known actor: a passive with no agent or an agent that is a thing ("the driver was shot",
    "three servicemen were killed by an improvised explosive device"), or an active verb whose
    subject is a thing ("a roadside bombing killed one U.S. soldier").  An entity with no text or
    code and sector :data:`UNKNOWN_ATTACKER_SECTOR`, so that the record (whose ``actor`` may not be
    empty) says who was attacked and that the text does not say by whom; its country is filled
    in from the event's place or story like any sector-only actor.  ``subjects`` are the subject tokens found (none of
    which named an actor).  None for other types, a person or pronoun as subject, or no victim."""
    if not _unknown_agent_type(entry) or not recipients:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(trigger)) or passive_conjunct(trigger) or (
        trigger.dep_ in ("acl", "amod") and trigger.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in children_of(trigger))
    ) or bare_participle_clause(trigger)  # "five hospitals bombed"
    thing_subject = bool(subjects) and all(pos_of(t) == "NOUN" and t.ent_type_ == "" for t in subjects)
    if not (passive or thing_subject):
        return None
    return Entity(entity_text="", code=None, sector=UNKNOWN_ATTACKER_SECTOR, name=None, span=None)


#: Prepositions of the path of a projectile that put a country under fire ("flew over Japan",
#: "fired towards Israel"); "on" is left out ("tested a missile on its east coast" is a place).
OVERFLIGHT_PREPS = frozenset(_WORDS["overflight_preps"])


def _flight_paths(trigger: Token) -> list[tuple[int, int]]:
    """Character ranges of the path phrases of a launch ``trigger``: its own or its projectile's
    "over/into/toward/at" phrase and that of a relative clause or participle of its projectile object ("tested missiles
    that flew over the Japanese town of Hokkaido")."""
    projectiles = [o for o in children_of(trigger) if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in PROJECTILES]
    heads = [trigger, *projectiles]
    heads += [c for o in projectiles for c in children_of(o) if c.dep_ in ("relcl", "acl")]
    out = []
    for h in heads:
        for c in children_of(h):
            if c.dep_ == "prep" and c.lower_ in OVERFLIGHT_PREPS:
                sub = list(c.subtree)
                stranded = _stranded_object(c)
                if stranded is not None:
                    sub += list(stranded.subtree)
                out.append((min(t.idx for t in sub), max(t.idx + len(t) for t in sub)))
        for obj in path_particle_objects(h):  # "flew over the Saudi town": "over" read as a particle
            sub = list(obj.subtree)
            out.append((min(t.idx for t in sub), max(t.idx + len(t) for t in sub)))
    return out


def as_weapons_test(event: Event, words: tuple[str, ...], lexicon: Lexicon | None = None,
                    trigger: Token | None = None) -> Event:
    """A missile or rocket fired at nobody named ("launched a long-range rocket that put a
    satellite into orbit") is a weapons test or show of force, MOBILIZE (CAMEO
    :data:`WEAPONS_TEST_CAMEO`); our annotation guide keeps launches at or over another country
    ASSAULT, and so a missile test that flies over another country named as recipient ("tested a
    missile that flew over Japan": CAMEO :data:`LAUNCH_OVER_CAMEO`).
    ``event`` is a finished record (its recipients final, place-based ones included) and
    ``words`` the pattern of the lexicon entry that made it; returns it re-typed (mutated), or
    unchanged when it is no such launch.

    Conversely a missile test that the text says flew over, or was fired at, another country than
    the tester's ("tested missiles that flew over the Japanese island of Hokkaido") is such a launch,
    and is re-typed ASSAULT with the CAMEO row of firing missiles (:data:`LAUNCH_AT_CAMEO`); that
    needs the launch's ``trigger`` token, whose path phrases (:func:`_flight_paths`) must hold the
    recipient ("in defiance of the United States" names no target)."""
    if (event.event == "MOBILIZE" and event.cameo == WEAPONS_TEST_CAMEO and words[0] in LAUNCH_WORDS
            and set(words[1:]) & PROJECTILES and trigger is not None):
        own = {a.code for a in event.actor if a.code}
        paths = _flight_paths(trigger)
        if own and paths and any(r.code and r.code not in own and r.code not in NONSTATE_CODES and r.span
                                 and any(a <= r.span[0] and r.span[1] <= b for a, b in paths)
                                 for r in event.recipient):
            row = (lexicon or load_lexicon()).cameo[LAUNCH_AT_CAMEO]
            event.event, event.mode, event.context = row.event, row.mode, list(row.context)
            event.cameo, event.goldstein = LAUNCH_AT_CAMEO, row.goldstein
            event.quad_code = quad_class(LAUNCH_AT_CAMEO, row.event)
            event.rule += "+over-another-country:launch"
        return event
    if (event.event != "ASSAULT" or any(r.code for r in event.recipient) or words[0] not in LAUNCH_WORDS
            or not set(words[1:]) & PROJECTILES):
        return event
    row = (lexicon or load_lexicon()).cameo[WEAPONS_TEST_CAMEO]
    event.event, event.mode, event.context = row.event, row.mode, list(row.context)
    event.cameo, event.goldstein = WEAPONS_TEST_CAMEO, row.goldstein
    event.quad_code = quad_class(WEAPONS_TEST_CAMEO, row.event)
    event.recipient = []
    event.rule += "+no-target:weapons-test"
    return event


#: Event types that happen between parties: PLOVER CONSULT is a meeting, talks or a visit of one
#: actor with another, so a record of it needs two.
COUNTERPART_TYPES = frozenset({"CONSULT"})


def lacks_counterpart(event: Event, mention: EventMention | None = None) -> bool:
    """True for a finished record (its recipients final, place-based ones included) of a type of
    :data:`COUNTERPART_TYPES` that names one party only: no recipient and fewer than two actors
    ("joins the show to discuss possible motives", "arrived for his hearing", "his visits").
    Such a record says nobody met anybody; "talks between X and Y" (two actors) and "visited
    China" (a recipient) keep theirs, and so does a meeting of a body of states among its members
    ("the UN climate talks", "the European Council will meet"; :func:`members_meet`, which needs
    the record's ``mention``) and a gathering a party hosts, done or planned ("Jordan will host an
    Arab summit"; :func:`hosts_gathering`), and peace talks so told (:func:`peace_talks`)."""
    return (event.event in COUNTERPART_TYPES and not event.recipient and len(event.actor) < 2
            and not (mention is not None and (members_meet(mention) or (
                (hosts_gathering(mention) or peace_talks(mention)) and event.status in HOSTING_STATUSES))))


#: Statuses in which hosting a gathering is told as done or planned; an offer or a wish to host one
#: ("rejected a US offer to host a summit") still needs a named counterpart.
HOSTING_STATUSES = frozenset({"asserted", "future"})
#: Nouns of gatherings of several parties: hosting one ("Jordan will host an Arab summit",
#: "hosted a round of talks") brings others to the host, though none is named.
GATHERING_NOUNS = frozenset(_WORDS["gathering_nouns"])


def peace_talks(mention: EventMention) -> bool:
    """True for a CONSULT record whose talks are peace talks ("agreed to restart peace talks", "peace
    negotiations resumed"): talks to make peace are held with the other side of the conflict, a
    counterpart in itself, though the sentence does not name it."""
    if mention.entry.event != "CONSULT":
        return False
    return any(t.lemma_.lower() in TALK_NOUNS and any(c.dep_ in ("compound", "amod") and c.lemma_.lower() == "peace"
                                                      for c in children_of(t))
               for t in (mention.trigger, *mention.used))


def hosts_gathering(mention: EventMention) -> bool:
    """True for a CONSULT pattern "host <gathering>" (:data:`GATHERING_NOUNS`: "host summit",
    "host talks"): the host meets the parties it brings together, a counterpart in itself; hosting
    a person ("host minister") still needs that person's party."""
    words = mention.entry.words
    return (mention.entry.event == "CONSULT" and len(words) == 2 and words[0] == "host"
            and words[1] in GATHERING_NOUNS)


#: Nouns of craft that carry goods or people: a merchant ship or a plane "visiting" a port or an
#: airport calls there; no party visits another.
VEHICLE_NOUNS = frozenset(_WORDS["vehicle_nouns"])


def vehicle_call(event: Event, mention: EventMention) -> bool:
    """True for a visit (:data:`VISIT_CAMEOS`) whose doer is a craft (:data:`VEHICLE_NOUNS`: "the
    tanker previously visited Yeosu port") rather than people, unless the record gives the craft an
    armed sector (a navy's port call is a state's gesture: "a Chinese navy ship visited Sri Lanka")."""
    if event.cameo not in VISIT_CAMEOS or any(a.sector in ARMED_SECTORS for a in event.actor):
        return False
    subj, _ = subject(mention.trigger) if pos_of(mention.trigger) in ("VERB", "AUX") else (None, False)
    return subj is not None and subj.lemma_.lower() in VEHICLE_NOUNS


#: Codes of bodies of states (the UN system, EU institutions, other intergovernmental bodies): their
#: meetings are among their members.
MEMBER_BODIES = frozenset({"UNO", "EUR", "IGO"})
#: CAMEO codes of going on or receiving a visit, which need a party visited or visiting.
VISIT_CAMEOS = frozenset({"042", "043"})


def members_meet(mention: EventMention) -> bool:
    """True for a meeting, talks or negotiations (CONSULT, not a visit) whose one actor is a body
    of states (:data:`MEMBER_BODIES`) named by the event noun's own phrase ("U.N. climate
    negotiations", "the EU summit") or by a proper name as the subject ("the Security Council
    met"): its members meet, though no other party is named.  A person of such a body ("the UN
    envoy held talks") still needs a counterpart."""
    entry, trig = mention.entry, mention.trigger
    if entry.event != "CONSULT" or entry.cameo in VISIT_CAMEOS or len(mention.actor) != 1:
        return False
    actor = mention.actor[0]
    if actor.code not in MEMBER_BODIES or not actor.span:
        return False
    if actor.span[0] <= trig.idx < actor.span[1]:
        return entry.pos == "NOUN"  # the noun's own phrase: "the UN talks"
    span = trig.doc.char_span(actor.span[0], actor.span[1], alignment_mode="expand")
    return span is not None and pos_of(span.root) == "PROPN" and span.root.ent_type_ == "ORG"


#: Determiners that make an event noun refer to a happening already told ("the protests", "this attack").
DEFINITE_DETERMINERS = frozenset(_WORDS["definite_determiners"])


def refers_back(mention: EventMention, event: Event, earlier: list[Event]) -> bool:
    """True for a definite event noun ("the protests are thought to have been part of ...", "the
    protest there") with no doer of its own (its actor only implied) and no date of its own, when
    the story has already told a mention of the same type: the definite article points back to
    that happening, and the party guessed for the noun would only keep it from merging with it.
    A noun with its own date ("the abduction of the schoolgirls in April 2014") names its happening."""
    tok = mention.trigger
    if mention.entry.pos != "NOUN" or not mention.implied_agent or event.date_basis == "explicit":
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children_of(tok)):
        return False
    return any(f.event == event.event and f.sentence_span[0] < event.sentence_span[0] for f in earlier)


#: Event types whose noun, as a topic of talks, is no event ("talks on economic cooperation",
#: "discussed sanctions"); an attack or a protest talked about still happened.
TOPIC_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "SANCTION"})
#: Words of talking whose "on/about/over X" names a topic ("talks on cooperation", "will focus on
#: their strategic partnership", "discussed sanctions"): an event noun there is no event.
TALK_WORDS = frozenset(_WORDS["talk_words"])


def _topic_of_talks(noun: Token) -> bool:
    """True when ``noun`` is the topic of talking: the object of "on/about/over/regarding" on a
    talk word, or of a talk verb ("discussed cooperation"), through coordination ("talks on
    security and economic cooperation")."""
    tok = noun
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("on", "about", "over", "regarding", "concerning"):
        host = head.head
        while host.dep_ == "prep" and host.head != host:  # "talks on security ... as well as on X"
            host = host.head
        return host.lemma_.lower() in TALK_WORDS or host.lower_ in TALK_WORDS
    if tok.dep_ == "dobj" and head.lemma_.lower() in ("discuss", "debate", "negotiate", "host"):
        return True  # "hosted Putin for talks on security ... as well as economic cooperation" (a misparsed topic)
    for anc in noun.ancestors:  # a misparsed list still under "talks on ..." ("... as well as economic cooperation")
        if pos_of(anc) in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(anc)):
            return False  # a clause of its own
        if (anc.dep_ == "prep" and anc.lower_ in ("on", "about", "over", "regarding", "concerning")
                and (anc.head.lemma_.lower() in TALK_WORDS or anc.head.lower_ in TALK_WORDS)):
            return True
    return False


#: Nouns of what stands in the way of something ("the main obstacle to reconciliation", "a barrier
#: to talks"): the cooperative act after their "to" is what has not come about, no event.
HINDRANCE_NOUNS = frozenset(_WORDS["hindrance_nouns"])


def _hindered_goal(noun: Token) -> bool:
    """True when ``noun`` (or the list it ends) is the object of "to" on a hindrance noun."""
    tok = noun
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ in ("to", "toward", "towards")
            and head.head.lemma_.lower() in HINDRANCE_NOUNS)


#: Event types whose "between X and Y" parties all act (PLOVER codes a meeting's parties as actors).
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
#: CAMEO codes of acts two parties do together though their types are not reciprocal: signing a
#: formal agreement (057) and declaring a ceasefire (0871).
JOINT_ACT_CAMEOS = frozenset({"057", "0871"})


def _reciprocal_object(tok: Token) -> bool:
    """Whether ``tok`` (or its infinitive: "threatened to attack each other") acts on "each other"
    or "one another", as its object or a preposition's ("fired on each other")."""
    table = token_table(tok.doc)  # (labels and forms by token index: no string made per read)
    deps, lowers = table.dep, table.lower
    heads = [tok] + [c for c in children_of(tok) if deps[c.i] == "xcomp"]
    for h in heads:
        objs = [c for c in children_of(h) if deps[c.i] == "dobj"]
        objs += [g for c in children_of(h) if deps[c.i] == "prep" for g in children_of(c) if deps[g.i] == "pobj"]
        for o in objs:
            dets = {lowers[c.i] for c in children_of(o) if deps[c.i] == "det"}
            if (lowers[o.i] == "other" and "each" in dets) or (lowers[o.i] == "one" and "another" in dets) \
                    or (lowers[o.i] == "another" and "one" in {lowers[c.i] for c in children_of(o)}):
                return True
    return False


#: Verbs of necessity whose infinitive tells what their subject is obliged to do ("needed to do more").
OBLIGATION_VERBS = frozenset(_WORDS["obligation_verbs"])
#: Sectors of uncoded parties that a reported obligation can be laid on: a state's organs and
#: bodies of states ("said the police have to behave professionally").
OBLIGED_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"})


def _needs_to(clause: Token) -> bool:
    """Whether a reported clause says that a party named by a noun, not a pronoun, needs or has to
    act ("said China needed to do more", "said Pakistan had to do more against militants"), which
    tells an obligation as "must" does; not "will have to", a consequence foretold, nor "had to",
    which as often tells what someone was made to do, nor "has yet to", which tells what has not
    happened so far.  The subject must name a party: a coded one
    or a state organ.  A pronoun subject is left alone: "said it needed to do more"
    is as often the speaker's own resolve as a demand."""
    if clause.lemma_.lower() not in OBLIGATION_VERBS or pos_of(clause) not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in WILL_MODALS for c in children_of(clause)):
        return False  # "the regime will have to pay the price": a consequence foretold, no demand
    if clause.tag_ == "VBD" and clause.lemma_.lower() == "have":
        return False  # "said some of the inmates had to put on diapers": what they were made to do
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(clause)):
        return False  # "President Trump has yet to be faced with a crisis": not yet so, nothing asked
    subj = [c for c in children_of(clause) if c.dep_ == "nsubj"]
    if not subj or subj[0].tag_ in ("PRP", "WP", "WDT", "EX"):
        return False
    if not any(e.code or e.sector in OBLIGED_SECTORS for e in entities_for(subj[0])):
        return False  # "said job seekers needed to know": no party is asked to act
    return any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(x))
               for x in children_of(clause))


#: Verbs of knowing or grasping: "said the US should know that ..." is a warning, no demand.
BELIEF_VERBS = frozenset(_WORDS["belief_verbs"])


#: Types of an act asked for by a noun whose doer is never the one who asks: an inquiry,
#: investigation or trial is held by investigators and courts, not by the party that calls for it.
#: (Talks called for keep the caller as a party, "the UN called for talks with Iran"; sanctions
#: called for are read as the threat the call names.)
ASKED_OF_OTHERS_TYPES = frozenset({"ACCUSE"})


def _requested_noun(noun: Token, verb_types: dict[int, str]) -> bool:
    """True for an event noun that is what a coded request asks for: the object of a verb coded
    REQUEST ("demanded an investigation") or its "for" object ("called for an independent inquiry
    into the attack").  The request is the record; the act asked for is not told, and for the
    types of :data:`ASKED_OF_OTHERS_TYPES` its doer is not the one who asks (the coder would give
    it the asker as actor: France does not hold the inquiry it calls for).  A noun that names its own doer ("called for
    an inquiry by the UN") is checked by the caller; one that names its parties by "between"
    ("called for talks between Israel and Hamas") is their act, not the asker's (:func:`_urged_between`)."""
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun)):
        return False
    if noun.dep_ == "dobj":
        return verb_types.get(noun.head.i) == "REQUEST"
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ == "prep"
            and verb_types.get(prep.head.i) == "REQUEST")


def _demanded_act(trigger: Token, demanded: set[int]) -> bool:
    """True for the act a reported clause says a party must or should do, when the saying is coded
    as a demand (the head of that clause is in ``demanded``, from the construction
    demand-by-obligation): "He added that North Korean representatives should start talks",
    "insists the regime must give up its weapons drive".  The saying is the REQUEST of the party
    named; the act is only what the speaker wants, and the annotators code no record for it (our
    gold and the dev half: the two such records were both false).  Reached from the trigger through its own
    infinitive, object or preposition links, as :func:`urged_act` does; a conjunct verb with its
    own subject is a clause of its own."""
    if not demanded:
        return False  # (no demand coded in the document, most often: no walk)
    tok = trigger
    deps = token_table(trigger.doc).dep  # (labels by token index)
    for _ in range(4):
        if tok.i in demanded:
            return True
        head = tok.head
        if head == tok or deps[tok.i] not in ("xcomp", "dobj", "pobj", "prep", "conj"):
            return False
        if deps[tok.i] == "conj" and any(deps[c.i] in ("nsubj", "nsubjpass", "aux") for c in children_of(tok)):
            return False
        tok = head
    return tok.i in demanded


def _urged_between(noun: Token, a_toks: list[Token], actors: list[Entity]) -> bool:
    """True when a joint act's noun names its own parties by "between X and Y" (two or more) and
    its actors came from the verb it is the object of, not from the noun itself, and are none of
    those parties: "the UN called for talks between Israel and Hamas", "France urged negotiations
    between Serbia and Kosovo".  The one who calls, urges or hosts is not a side of the talks; the
    parties "between" names are (the caller's act is its own record)."""
    if any(t.head.i == noun.i for t in a_toks):
        return False  # "their talks between ...": the noun's own possessor
    parties = _between_parties(noun)
    return len(parties) >= 2 and not any(_same_actor(a, p) for a in actors for p in parties)


def _asked_between(r_toks: list[Token]) -> list[Entity]:
    """The parties of a joint act a request asks for, named by its noun's "between X and Y": the
    objects of a verb of asking that are event nouns of talks or agreement between named parties
    ("called for talks between Israel and Hamas": Israel and Hamas are asked).  Empty when none."""
    out: list[Entity] = []
    for t in r_toks:
        if pos_of(t) == "NOUN":
            out.extend(p for p in _between_parties(t) if not any(_same_actor(p, o) for o in out))
    return out if len(out) >= 2 else []


def _between_tokens(noun: Token) -> list[Token]:
    """The coordinated objects of the noun's "between" phrase, in order ("between X and Y")."""
    out: list[Token] = []
    for prep in children_of(noun):
        if prep.dep_ == "prep" and prep.lower_ == "between":
            for obj in children_of(prep):
                tok = obj if obj.dep_ == "pobj" else None
                while tok is not None:  # "between X, Y and Z": X and its chain of conjuncts
                    out.append(tok)
                    tok = next((c for c in children_of(tok) if c.dep_ == "conj"), None)
    return out


def _between_parties(noun: Token) -> list[Entity]:
    """Entities of the parties named by "between X and Y" on an event noun, one per party."""
    out: list[Entity] = []
    for t in _between_tokens(noun):
        out.extend(e for e in _entities(t) if not any(_same_actor(e, o) for o in out))
    return out


#: Statuses of an act not told as done: planned or only possible.
UNDONE_STATUSES = frozenset({"future", "hypothetical"})


#: Nouns of travel (CONSULT 042): "said on a visit to Peru" is said by the one who visits.
TRAVEL_NOUNS = frozenset(_WORDS["travel_nouns"])


def _meeting_members(noun: Token, r_toks: list[Token], cues: Cues) -> tuple[list[Entity], list[Token]]:
    """Who meets or visits, for a meeting or visit noun (CONSULT) with no possessor or by-agent:
    its "of" object ("the meeting of US officials with the Afghan president", "the visit of the
    Pope to Peru"), or, for a visit or trip that is the setting of what someone does or says ("the
    minister said on a visit to Peru", "said during a trip to Chile") or talks with a named partner
    during or in which someone acts (:data:`TALK_NOUNS`), that verb's subject, as for a summit or
    meeting at which someone agrees or signs something (:data:`SETTLING_VERBS`).  The
    actors found and the recipients left; ([], ``r_toks``) when none is named."""
    members = _of_objects(noun)
    found = _dedupe_entities([e for t in members for e in _entities(t)])
    if found:
        return found, [t for t in r_toks if t not in members]
    host = noun.head.head if noun.dep_ == "pobj" else None
    if (host is not None and noun.lemma_.lower() in TRAVEL_NOUNS and pos_of(host) in ("VERB", "AUX")
            and (noun.head.lower_ == "on" or noun.head.lower_ == "during" and host.lemma_.lower() in cues.speech_verbs)):
        visitor, _ = subject(host)
        if visitor is not None:
            return _entities(visitor), r_toks
    if (host is not None and noun.lemma_.lower() in TALK_NOUNS and pos_of(host) in ("VERB", "AUX")
            and noun.head.lower_ in TALK_SETTING_PREPS
            and any(c.dep_ == "prep" and c.lower_ == "with" and _has_pobj(c) for c in children_of(noun))):
        # "Trump said during a phone call with Abe", "raised the issue in talks with Xi", "speaking
        # after talks with his Japanese counterpart, the minister said": whoever speaks or acts in,
        # after or following talks with a named partner takes part in them
        member, _ = subject(host)
        if member is not None:
            return _entities(member), r_toks
    if (host is not None and noun.lemma_.lower() in GATHERING_NOUNS and pos_of(host) == "VERB"
            and noun.head.lower_ in ("at", "during") and host.lemma_.lower() in SETTLING_VERBS):
        # "the US and almost 200 other nations agreed at a weeklong meeting in Paris", "the two
        # presidents signed the accord at the summit": who settles something there takes part in it
        member, _ = subject(host)
        if member is not None:
            return _entities(member), r_toks
    return [], r_toks


#: Nouns of talks with a partner ("in talks with Xi", "during a phone call with Abe").
TALK_NOUNS = frozenset(_WORDS["talk_nouns"])
#: Prepositions that set an act in or just after talks ("during a call with Abe", "after talks with
#: Xi", "following a meeting with Modi"): the one who acts took part in the talks.
TALK_SETTING_PREPS = frozenset(_WORDS["talk_setting_preps"])
#: Verbs of settling or signing: whoever agrees or signs at or during a summit takes part in it.
SETTLING_VERBS = frozenset(_WORDS["settling_verbs"])


def _has_pobj(prep: Token) -> bool:
    return any(g.dep_ == "pobj" for g in children_of(prep))


#: Types whose event noun's "from X" is where it leaves, not who does it ("withdrawal from
#: Afghanistan", "expulsion from the country", "release from prison").
FROM_IS_ORIGIN_TYPES = frozenset({"RETREAT", "SANCTION", "COERCE"})
#: Verbs whose reflexive object alone is a suicide, not an attack ("killed himself"); a suicide
#: bomber who "blew himself up" among others still attacks.
SELF_HARM_VERBS = frozenset(_WORDS["self_harm_verbs"])
#: Reflexive pronouns: the actor acting on itself is no recipient.
REFLEXIVES = frozenset(_WORDS["reflexives"])
#: Nouns of a party's own following: a request to them has them as recipient (:func:`_own_following`).
FOLLOWING_NOUNS = frozenset(_WORDS["following_nouns"])


def _own_following(entry: LexEntry, r_toks: list[Token]) -> set[tuple]:
    """The actor's own following addressed by a request ("called on its followers to use cars",
    "urged his supporters to stay home"): keys (text, span) of the coded possessive entities read
    off a recipient noun of :data:`FOLLOWING_NOUNS`, which a request keeps as its recipient even
    with the actor's own code, unlike the actor's own means ("sent its troops").  Empty for any
    other type."""
    if entry.event != "REQUEST":
        return set()
    return {(e.entity_text, e.span) for t in r_toks if t.lower_ in FOLLOWING_NOUNS
            for e in _recipient_entities(t) if e.code and _possessive(e)}


#: Dependencies through which a refused act names what it is about: an object, a preposition's
#: object, a clause of its own.
_CONTENT_DEPS = frozenset({"dobj", "dative", "prep", "ccomp", "xcomp", "attr", "oprd", "prt", "nsubjpass"})


def _refuses_nothing(tok: Token, entry: LexEntry, lexicon: Lexicon) -> bool:
    """A refusal whose only content is an act that names nothing and is no event itself ("the
    soldiers' refusal to react", "refused to act", "declined to comment"): no rejection of a party,
    proposal or demand (PLOVER REJECT), so no event.  The trigger has no object of its own and its
    infinitive complement (a verb's ``xcomp``, a noun's ``acl``) has no object, preposition or
    clause, and no lexicon entry."""
    if entry.event != "REJECT" or len(entry.words) != 1:
        return False
    comp_dep = "xcomp" if entry.pos == "VERB" else "acl"
    comps = [c for c in children_of(tok) if c.dep_ == comp_dep and pos_of(c) in ("VERB", "AUX")
             and any(a.lower_ == "to" for a in children_of(c))]
    if len(comps) != 1 or any(c.dep_ in ("dobj", "dative", "prep", "ccomp", "nsubjpass") for c in children_of(tok)):
        return False
    comp = comps[0]
    return not any(c.dep_ in _CONTENT_DEPS for c in children_of(comp)) and lexicon.match(comp) is None


def _attack_in(verb: Token, lexicon: Lexicon, cues: Cues) -> list[Entity]:
    """Who carried out the attack a passive act of violence happened "in" ("three soldiers were
    killed in a Taliban ambush", "died ... in an attack by rebels"): the attack noun's own actor.
    Empty when the verb is active or there is no such attack noun."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb)):
        return []
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for noun in children_of(prep):
            hit = lexicon.match(noun) if noun.dep_ == "pobj" else None
            if hit is None or hit[0].event != "ASSAULT" or hit[0].pos != "NOUN":
                continue
            a_toks, _ = noun_roles(noun, cues.support_verbs)
            found = _dedupe_entities([e for t in a_toks for e in _entities(t)]) or entities_for(noun)
            if found:
                return found
    return []


def _subject_slot(noun: Token) -> Token:
    """The place in its clause of the phrase an event noun heads or is counted in: the first
    conjunct ("attacks and assaults"), then the counting noun ("a spate of attacks")."""
    return counting_noun(noun) or first_conjunct(noun)


#: Nouns of a kind or instance that label as their "of" object does ("an act of pure evil").
LABEL_KIND_NOUNS = frozenset(_WORDS["label_kind_nouns"])
#: Nouns of a step towards an act ("a rehearsal for invasion") and the acts of force that make
#: such a step a label of aggression (:func:`_label_words`).
PRELUDE_NOUNS = frozenset(_WORDS["prelude_nouns"])
PRELUDE_FORCE_WORDS = frozenset(_WORDS["prelude_force_words"])
#: The word a step towards force labels its object with: a word of the labelled-wrong predicate.
PRELUDE_LABEL = "aggression"
#: Nouns of a way that, "right" and after "in" or "on", make a step a good one ("a step in the
#: right direction"); such a step is labelled with :data:`RIGHT_WAY_LABEL`, a labelled-good word.
RIGHT_WAY_NOUNS = frozenset(_WORDS["right_way_nouns"])
RIGHT_WAY_LABEL = "positive"
#: Verbs of blaming whose "on" object is who is blamed ("explosions blamed on Pyongyang").
BLAMED_ON_VERBS = frozenset(_WORDS["blamed_on_verbs"])


def _to_blame(verb: Token) -> Token | None:
    """The copula of "X is to blame (for Y)" when ``verb`` is its "blame" (a verb of
    :data:`BLAMED_ON_VERBS` as the infinitive complement of "be"): X, the copula's subject, is who
    is blamed ("was not to blame": the copula's negation makes the record negated).  None for any
    other use ("plans to blame", "blamed X")."""
    if verb.lemma_.lower() not in BLAMED_ON_VERBS or verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return None
    copula = verb.head
    if copula.lemma_.lower() != "be":
        return None
    return copula if any(c.dep_ == "nsubj" for c in children_of(copula)) else None


def _blamed_on(verb: Token, a_toks: list[Token]) -> list[Token]:
    """Who a passive or participle of blaming blames when it names no blamer: the "on" object and
    its conjuncts ("the attack was blamed on Iran", "mine explosions blamed on Pyongyang").  Empty
    for an active verb ("Iraq blamed the attack on Turkey": its roles are the usual ones), for a
    verb with a subject or "by" agent (``a_toks``) and for one with no "on" object."""
    if a_toks or verb.lemma_.lower() not in BLAMED_ON_VERBS or verb.tag_ != "VBN":
        return []
    if not (verb.dep_ in ("acl", "relcl") or any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))):
        return []
    on = [g for p in children_of(verb) if p.dep_ == "prep" and p.lower_ == "on" for g in children_of(p) if g.dep_ == "pobj"]
    return [t for o in on for t in (o, *(c for c in children_of(o) if c.dep_ == "conj"))]


#: CAMEO rows of disapproval (110 disapprove, 111 criticise or denounce).
DISAPPROVE_CAMEOS = frozenset({"110", "111"})


def _criticised_untold(verb: Token, entry: LexEntry) -> bool:
    """Whether ``verb``, a verb of disapproval (CAMEO 11x), is told in the passive with a subject
    and no agent ("Buhari has been criticized for not doing more", "the minister was widely
    condemned"): someone the text does not name criticised the subject, who is the recipient.
    Only disapproval (CAMEO 110, 111): "the suspects are accused of assault", "Boko Haram has
    been blamed for the deaths" (112) tell charges of crimes, mostly a court's or the writer's, not
    one party's reproach of another; nor a bare participle on a noun ("the criticised decision")."""
    if entry.cameo not in DISAPPROVE_CAMEOS or verb.tag_ != "VBN":
        return False
    kids = children_of(verb)
    return (any(c.dep_ == "nsubjpass" for c in kids) and any(c.dep_ == "auxpass" for c in kids)
            and not any(c.dep_ == "agent" for c in kids))


def _labels(tok: Token, predicate: frozenset[str]) -> bool:
    """Whether a complement ``tok``, one of its modifiers or one of its conjuncts ("a coward and a
    liar") is a word of ``predicate``; for a noun of a kind (:data:`LABEL_KIND_NOUNS`: "an act of
    domestic terrorism") its "of" object counts as the complement."""
    return not _label_words(tok).isdisjoint(predicate)


def _doers_named(noun: Token) -> list[Token]:
    """The parties a labelled noun names as the doers of what it tells ("the annual drills by South
    Korea and the United States", "the exercises mounted by Seoul and Washington"): the objects,
    with their conjuncts, of its "by" phrase or of its participle's "by" agent.  Calling those
    drills a rehearsal for invasion labels what those parties do, so they are the recipients.
    Empty for a word that is no noun or names no doer."""
    if pos_of(noun) not in ("NOUN", "PROPN"):
        return []
    bys = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by"]
    bys += [g for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
            for g in children_of(c) if g.dep_ == "agent"]
    objs = [g for b in bys for g in children_of(b) if g.dep_ == "pobj"]
    return objs + [c for o in objs for c in o.conjuncts if c not in objs]


def _label_words(tok: Token) -> set[str]:
    """The words (lemma and lower-case form) by which a complement ``tok`` can be a word of a
    predicate (:func:`_labels`): its own, its modifiers', its conjuncts' and, for a noun of a kind,
    its "of" object's; a step towards force ("a rehearsal for invasion", :data:`PRELUDE_NOUNS`)
    adds :data:`PRELUDE_LABEL`, and one "in the right direction" :data:`RIGHT_WAY_LABEL`."""
    heads = [tok, *(c for c in children_of(tok) if c.dep_ == "conj")]
    heads += [g for h in heads if h.lemma_.lower() in LABEL_KIND_NOUNS
              for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]
    words = {w for h in heads for t in (h, *(c for c in children_of(h) if c.dep_ in ("amod", "compound", "nmod")))
             for w in (t.lemma_.lower(), t.lower_)}
    if any(h.lemma_.lower() in PRELUDE_NOUNS and any(
            g.lemma_.lower() in PRELUDE_FORCE_WORDS for p in children_of(h) if p.dep_ == "prep" and p.lower_ in ("for", "to")
            for g in children_of(p) if g.dep_ == "pobj") for h in heads):
        words.add(PRELUDE_LABEL)
    if any(g.lemma_.lower() in RIGHT_WAY_NOUNS and any(a.dep_ == "amod" and a.lower_ == "right" for a in children_of(g))
           for h in heads for p in children_of(h) if p.dep_ == "prep" and p.lower_ in ("in", "on")
           for g in children_of(p) if g.dep_ == "pobj"):
        words.add(RIGHT_WAY_LABEL)  # "a step in the right direction", "a move on the right track"
    return words


def _equated(clause: Token) -> list[Token]:
    """The complements a reported clause headed by an equating verb (:data:`EQUATING_VERBS`) gives
    its subject: "was unacceptable" (acomp, attr), "would constitute a violation" (object), "amounts
    to a crime" ("to" object).  Empty for any other verb or a negated clause."""
    lemma = clause.lemma_.lower()
    if lemma not in EQUATING_VERBS or any(g.dep_ == "neg" for g in children_of(clause)):
        return []
    if lemma == "be":
        return [g for g in children_of(clause) if g.dep_ in ("acomp", "attr")]
    if lemma == "amount":
        return [g for p in children_of(clause) if p.dep_ == "prep" and p.lower_ == "to"
                for g in children_of(p) if g.dep_ == "pobj"]
    return [g for g in children_of(clause) if g.dep_ in ("dobj", "attr")]


#: Nouns of figures and results: calling them bad ("the numbers were disappointing", "the sales figures
#: were unacceptable") judges an outcome, not anyone's conduct, so it is no criticism (CAMEO 111).
FIGURE_NOUNS = frozenset(_WORDS["figure_nouns"])


#: Verbs of a complement that are a wish about what another party knows or thinks, not an act
#: asked of it ("I want people to know", "wants voters to understand").
COGNITION_VERBS = frozenset(_WORDS["cognition_verbs"])


#: Verbs of wanting: "X wants Y to act" is a demand on Y only when Y is another state than X's.
WISH_VERBS = frozenset(_WORDS["wish_verbs"])
#: Verbs of pressing: "X pressed Y to act" asks its object Y when Y is a party; the subject of a
#: "for Y to" clause after another object ("pressed his plan for Turkey to ...") is not asked.
PRESSING_VERBS = frozenset(_WORDS["pressing_verbs"])
#: Verbs of telling a party to act: their object is asked only when it has a code.
TELLING_VERBS = frozenset(_WORDS["telling_verbs"])


def _wish_on_other_state(verb: Token, addressee: Token) -> bool:
    """True when the one who wants (the subject of ``verb``) and the party wanted to act
    (``addressee``) are both coded and share no country: "Kuwait wants Qatar to end its ban", "the US
    wants Maduro to step down"; not "wants our troops to come home", "wants you to be there"."""
    wisher = subject(verb)[0]
    if wisher is None or addressee.tag_ == "PRP":
        return False
    mine = {e.code for e in _entities(wisher) if e.code}
    theirs = {e.code for e in _entities(addressee) if e.code}
    return bool(mine) and bool(theirs) and not (mine & theirs)


def _addressee(verb: Token) -> Token | None:
    """The party ``verb`` asks to act, when it asks: "asked China to release the crew" (the object
    of a verb with an infinitive complement, however far the parser hung the infinitive), "wants
    Qatar to end its ban" (the subject of the infinitive clause).  None for a verb with no such
    complement ("wants to visit", "asked about the talks"), for a complement of knowing or
    thinking ("wants people to know"), and for a date or time read as the object."""
    if pos_of(verb) != "VERB":
        return None
    for comp in children_of(verb):
        if (comp.dep_ not in ("xcomp", "ccomp", "advcl") or comp.i < verb.i or comp.tag_ != "VB"
                or not any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(comp))
                or comp.lemma_.lower() in COGNITION_VERBS):
            continue
        own = [c for c in children_of(comp) if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")]
        if own:
            return own[0]
        objs = [c for c in children_of(verb) if c.dep_ == "dobj" and c.i < comp.i and c.ent_type_ not in ("DATE", "TIME")]
        if objs and comp.dep_ in ("xcomp", "advcl"):
            return objs[0]
    return None


def _labelling(verb: Token, predicate: frozenset[str], steps: list | None = None) -> tuple[Token, list[Token]] | None:
    """``(complement, labelled)`` when ``verb`` calls something a word of ``predicate``: "called
    the bombing a terrorist act" (object and predicative complement), "described the verdict as
    illegal" ("as"), "considers the militia a terrorist group" (a verbless clause), "labelled the
    rebels terrorists" (the parser's compound of the object).  ``labelled`` is what is so called
    (may be empty: "what Hollande called a terrorist act").  None for any other use of the verb.
    ``steps``: :func:`_labelling_steps` of ``verb``, when the caller asks for several predicates."""
    for words, complement, labelled in (_labelling_steps(verb) if steps is None else steps):
        if words.isdisjoint(predicate):
            continue
        if callable(labelled):
            labelled = labelled()  # (what a one-noun-phrase label names, found only when asked for)
            if not labelled:
                continue
        return complement, list(labelled)
    return None


def _labelling_steps(verb: Token) -> list[tuple[set[str], Token, object]]:
    """The places, in the order :func:`_labelling` tries them, where ``verb`` may call something a
    word of a predicate, read once for all the predicates a verb is asked about: ``(words,
    complement, labelled)``, where ``words`` are what the complement must share with the
    predicate (:func:`_label_words`) and ``labelled`` the tokens so called, or a function giving
    them (the place counts only when it gives some).  Empty for a token that is no verb."""
    deps = token_table(verb.doc).dep  # (labels read from the document's table, no string made per read)
    if pos_of(verb) != "VERB":
        return []
    steps: list[tuple[set[str], Token, object]] = []
    objs = [c for c in children_of(verb) if deps[c.i] in ("dobj", "nsubjpass") and c.tag_ not in ("WP", "WDT")]
    for c in children_of(verb):
        if deps[c.i] == "oprd":
            steps.append((_label_words(c), c, objs))
        # "described the settlements as “illegitimate”": the parser may hang "as" on the object
        for as_ in [c] + ([g for g in children_of(c) if deps[g.i] == "prep" and g.i > c.i] if deps[c.i] == "dobj" else []):
            if deps[as_.i] == "prep" and as_.lower_ == "as":
                for g in children_of(as_):
                    # "described it as deplorable": the parser may make the bare adjective a modifier
                    if deps[g.i] in ("pobj", "amod", "acomp"):
                        steps.append((_label_words(g), g, objs))
        if deps[c.i] == "ccomp" and pos_of(c) in ("NOUN", "ADJ"):
            steps.append((_label_words(c), c, [g for g in children_of(c) if deps[g.i] == "nsubj"]))
        complements = _equated(c) if deps[c.i] == "ccomp" else []
        if complements:
            # "said the decision was unacceptable", "said the launch would constitute a violation":
            # the reported clause judges its subject
            subjects = [s for s in children_of(c) if deps[s.i] == "nsubj" and s.lower_ != "it"]
            if any(s.lemma_.lower() in FIGURE_NOUNS for s in subjects):
                continue  # "said the numbers were disappointing": a judgement of results, not of conduct
            for g in complements:
                steps.append((_label_words(g), g, subjects))
            # "Iran's reckless action is a grave threat": the subject's own judging modifier
            for s in subjects:
                for m in children_of(s):
                    if deps[m.i] == "amod":
                        steps.append(({m.lemma_.lower(), m.lower_}, m, [s]))
    for o in objs:  # "called the raid an outrage": the complement read as the object's apposition
        if deps[o.i] == "dobj":
            for a in children_of(o):
                if deps[a.i] == "appos" and a.i > o.i and not entities_for(a):
                    steps.append((_label_words(a), a, [o]))
    for o in objs:  # "labelled the rebels terrorists": one noun phrase to the parser
        if deps[o.i] == "dobj":
            steps.append(({o.lemma_.lower(), o.lower_}, o, _NamedCompounds(o)))
    return steps


class _NamedCompounds:
    """The compound nouns of an object that name a party or an event ("labelled the rebels
    terrorists" read as one noun phrase), found when first asked for and then kept."""

    __slots__ = ("obj", "found")

    def __init__(self, obj: Token):
        self.obj, self.found = obj, None

    def __call__(self) -> list[Token]:
        if self.found is None:
            self.found = [c for c in children_of(self.obj) if c.dep_ == "compound" and pos_of(c) in ("NOUN", "PROPN")
                          and (entities_for(c) or load_lexicon().match(c) is not None)]
        return self.found


def _construction_labelling(verb: Token, cons: Construction, steps: list | None = None) -> tuple[Token, list[Token]] | None:
    """:func:`_labelling` of ``verb`` with the words of ``cons``, kept only when what is labelled
    has one of the construction's judged head nouns (when it names any: "said the charges were
    false" judges a claim; "said the weather was false" nothing).  ``steps``: as for :func:`_labelling`."""
    found = _labelling(verb, cons.predicate, steps)
    if found is not None and cons.judged and not any(t.lemma_.lower() in cons.judged for t in found[1]):
        return None
    return found


#: Praise verbs that are an act of support (CAMEO 051) only towards a party they name ("the crowd
#: cheered the president", "he was cheered by a crowd"); with no one cheered, cheering is an
#: outburst of a crowd or a market's mood, no event.
OBJECT_ONLY_PRAISE = frozenset(_WORDS["object_only_praise"])
#: Words of SUPPORT patterns that endorse a party's proposal ("approved Greece's plan", "gave
#: approval to the Anguilla plan"): without that party named no record, since a body approving a
#: plan of its own ("the cabinet approved a plan") adopts a measure and endorses nobody.
ENDORSED_WORK_WORDS = frozenset(_WORDS["endorsed_work_words"])


#: Verbs telling where a fired projectile came down ("landed near Japan", "fell into the sea off Korea").
LANDING_VERBS = frozenset(_WORDS["landing_verbs"])


def _landing_places(tok: Token, used: list[Token]) -> list[Token]:
    """Countries named where the projectiles of launch ``tok`` came down: a landing verb that is a
    relative clause or participle of the projectile ("missiles which landed near Iraq"), a "with"
    clause of the launch ("fired four missiles, with three landing close to Japan") or a conjunct
    whose subject is a pronoun ("fired two rockets, and they fell in Israel").  A missile that comes
    down in, near or off a country is fired at it; the coded country tokens of that clause."""
    projectiles = [u for u in used if u.lemma_.lower() in PROJECTILES]
    projectiles += [c for c in children_of(tok) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PROJECTILES]
    landings = [c for p in projectiles for c in children_of(p) if c.dep_ in ("relcl", "acl")]
    landings += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "with"
                 for g in children_of(c) if g.dep_ in ("pcomp", "pobj")]
    landings += [c for c in children_of(tok) if c.dep_ == "conj"
                 and any(g.dep_ == "nsubj" and pos_of(g) == "PRON" for g in children_of(c))]
    found = []
    for verb in landings:
        verb = verb if verb.lemma_.lower() in LANDING_VERBS else next(
            (c for c in children_of(verb) if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in LANDING_VERBS), None)
        if verb is None or verb.lemma_.lower() not in LANDING_VERBS:
            continue
        found += [t for t in verb.subtree if t.i != verb.i and t.ent_type_ == "GPE"
                  and any(e.code for e in entities_for(t))]
    return found


def _from_source(tok: Token, r_toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """``(actor tokens, recipient tokens)`` when ``tok``'s "from" phrase names a known actor, who
    is then the source, not a recipient; else ``([], r_toks)`` unchanged."""
    source = [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "from"
              for g in children_of(c) if g.dep_ == "pobj" and entities_for(g)]
    return source, [t for t in r_toks if t not in source]


#: Verbs by which an act brings on a reaction named by their object ("drew criticism from Germany").
REACTION_VERBS = frozenset(_WORDS["reaction_verbs"])
#: Verbs by which their subject undergoes a reaction named by their object ("faced criticism").
FACING_VERBS = frozenset(_WORDS["facing_verbs"])
_REACTION_HEADS = REACTION_VERBS | FACING_VERBS


def _reaction_parties(noun: Token, a_toks: list[Token], r_toks: list[Token],
                      support: frozenset[str]) -> tuple[list[Token], list[Token]]:
    """``(actor tokens, recipient tokens)`` of a reaction noun that is the object of a verb of
    bringing it on (:data:`REACTION_VERBS`): "Turkey's arrest of the journalist drew sharp criticism
    from Germany" is Germany's criticism of Turkey.  With a verb of undergoing it
    (:data:`FACING_VERBS`, "Merkel faced criticism from the opposition") the subject, when a party,
    is the recipient.  The verb's "from" object is the actor when the
    noun names none; the recipient, when the noun names none, is the doer the verb's subject names
    (its possessor, its "by" object or a party modifier: "Turkey's arrest", "the decision by
    Israel"), or the subject itself when it is a party ("Trump drew criticism from ...").  Else the
    tokens come back unchanged."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ != "dobj" or lemma not in _REACTION_HEADS:
        return a_toks, r_toks
    if not a_toks:
        a_toks, _ = _from_source(verb, [])
    if lemma in FACING_VERBS:
        # "Merkel faced criticism from the opposition": Merkel is criticised; a recipient the
        # place or story implied gives way to her
        subj = subject(verb)[0]
        if subj is not None and subj.tag_ not in ("WP", "WDT") and entities_for(subj):
            r_toks = [subj]
        return a_toks, r_toks
    if not r_toks:
        subj = subject(verb)[0]
        if subj is not None and subj.tag_ not in ("WP", "WDT"):
            doers = noun_roles(subj, support)[0] if pos_of(subj) == "NOUN" else []
            doers = doers or _prep_doers(subj)
            r_toks = doers or ([subj] if entities_for(subj) else [])
    return a_toks, r_toks


def _prep_doers(noun: Token) -> list[Token]:
    """The "by" objects of a noun ("the decision by Israel"), with their conjuncts."""
    objs = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "by"
            for g in children_of(c) if g.dep_ == "pobj"]
    return objs + [c for o in objs for c in o.conjuncts if c not in objs]


def _state_participle(tok: Token, entry: LexEntry) -> bool:
    """A past participle written before its noun as an adjective with nobody named doing it ("the
    detained leaders", "jailed activist Alaa Abdel Fattah", "their long-imprisoned leader")
    describes what the noun's referent is, not an act the story tells: it has no time, doer or
    occasion of its own (a participle after its noun, "leaders detained by the army", still tells
    one, and so does one whose adverb says the act is new: "the now-outlawed group", "the newly
    annexed region")."""
    return (entry.pos == "VERB" and not entry.construction and tok.dep_ == "amod" and tok.tag_ == "VBN"
            and tok.i < tok.head.i and not any(c.dep_ in ("agent", "npadvmod", "dobj") for c in children_of(tok))
            and not any(c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS for c in children_of(tok)))


#: Prepositions and nouns that name the side a fighter serves ("fighting for Isis", "under the
#: banner of HTS", "on the side of the regime", "on behalf of Damascus").
SIDE_PREPS = frozenset(_WORDS["side_preps"])
SIDE_NOUNS = frozenset(_WORDS["side_nouns"])


def _fighter_alongside(tok: Token, entry: LexEntry) -> bool:
    """"Fighting alongside" as a present participle on the fighters ("a British woman fighting
    alongside Kurdish forces", "Russian nationals fighting alongside Syrian government troops were
    killed"): says whose side the people are on, as "fighting for Isis" does, not a cooperation
    the article reports; a clause of its own ("Russian mercenaries fought alongside the troops")
    stays."""
    return (entry.event == "COOPERATE" and tuple(entry.words[:2]) == ("fight", "alongside")
            and tok.dep_ == "acl" and tok.tag_ == "VBG" and pos_of(tok.head) in ("NOUN", "PROPN"))


def _fighter_described(tok: Token, entry: LexEntry) -> bool:
    """"Fighting" as a present participle on the fighters, with no auxiliary of its own: "Kurdish
    forces fighting Isis", "the only British woman fighting Isis in Syria", "mercenaries fighting
    Turkey's battles", "the last strongholds of rebels fighting the regime".  It names the people by
    the war they are in, as "fighting alongside" and "fighting for" do, not a clash the article
    reports; a clause of its own ("Kurdish forces fought Isis in Raqqa", "who have been fighting
    Isis"), the noun ("the fight against Isis") and "battling" ("YPG fighters battling against
    Isis", which our gold codes as the fight) stay.  The aim of such fighting ("forces fighting to
    defeat Islamic State") goes with it."""
    if entry.construction:
        return False
    if entry.event == "ASSAULT" and _fighting_participle(tok):
        return True
    # "forces fighting to defeat Islamic State": the aim of that fighting names the war too
    return (tok.dep_ in ("xcomp", "advcl") and _fighting_participle(tok.head)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok)))


def _fighting_participle(tok: Token) -> bool:
    """"Fighting" as a present participle on a noun, with no auxiliary or subject of its own."""
    return (tok.lemma_.lower() == "fight" and tok.dep_ == "acl" and tok.tag_ == "VBG"
            and pos_of(tok.head) in ("NOUN", "PROPN") and not any(c.dep_ in ("aux", "nsubj") for c in children_of(tok)))


def _fights_for_a_side(tok: Token, entry: LexEntry) -> bool:
    """"Fight" told of whom the fighters serve, with nobody fought against: "British nationals
    fighting for Islamic State", "rebels fighting under the banner of HTS", "forces fighting on the
    side of the regime", "quit fighting for Isis".  That is membership of a side, no attack; the
    party in the phrase is the fighters' own, never the one attacked.  A fight against someone
    ("fought for the FSA against the regime"), with an object, for a thing ("fighting for
    control of the town") or for a country ("volunteers fighting for Ukraine", told of a war going
    on) stays an attack."""
    if entry.event != "ASSAULT" or tok.lemma_.lower() not in ("fight", "fighting") or entry.construction:
        return False
    kids = children_of(tok)
    if any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("against", "with", "between"))
           for c in kids):
        return False
    for prep in kids:
        if prep.dep_ != "prep":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in SIDE_NOUNS and prep.lower_ in SIDE_PREPS | {"on", "in"}:
                return True  # "under the banner of", "on the side of", "on behalf of", "in the ranks of"
            if prep.lower_ in SIDE_PREPS and obj.ent_type_ != "GPE" and entities_for(obj):
                return True  # "for Islamic State", "for [Isis]" (not "for Ukraine": a country's war is fought)
    return False


#: Prepositions that set an act noun in a told event's circumstances ("killed in clashes").
CIRCUMSTANCE_PREPS = frozenset(_WORDS["circumstance_preps"])
#: Nouns of a stretch of time ("three days of fighting", "years of insurrection").
PERIOD_NOUNS = frozenset(_WORDS["period_nouns"])


def _bare_kind_noun(tok: Token, entry: LexEntry, used: list[Token]) -> bool:
    """An act noun written bare, as the name of a kind of act: no article, possessor, number,
    modifier naming anyone, preposition, clause or date of its own, the object of a preposition
    that does not set it in a told event's circumstances ("those early years of insurrection",
    "popular uprising gave way to insurgency", "civilians who go through humanitarian corridors").
    With no party named anywhere in its clause (the caller checks) it tells no act of the news.  A
    bare noun in a told event's circumstances ("killed in clashes", "came under fire"), counted
    ("a series of concessions"), or a verb's subject or object ("clashes erupted", "launched
    airstrikes", "held talks") is not one."""
    if entry.pos != "NOUN" or entry.construction or tok.tag_ not in ("NN", "NNS"):
        return False
    if any(c not in used and not (c.dep_ == "amod" and pos_of(c) == "ADJ" and not c.ent_type_)
           for c in children_of(tok)):
        return False
    slot = first_conjunct(tok)
    if slot.dep_ != "pobj" or slot.head.lower_ in CIRCUMSTANCE_PREPS:
        return False
    counter = counting_noun(tok)
    if counter is not None and (counter.lemma_.lower() not in PERIOD_NOUNS or any(
            c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in children_of(counter))):
        return False  # "a series of concessions", "after three days of fighting": acts counted, told
    return slot is tok or not any(c.dep_ in ("det", "poss", "nummod") for c in children_of(slot))


#: Nouns of a long contest against a side (``campaign_nouns``): "the fight against Isis".
CAMPAIGN_NOUNS = frozenset(_WORDS["campaign_nouns"])


def _campaign_named(tok: Token, entry: LexEntry) -> bool:
    """"The X against Y" with a noun of a long contest, as the object of a preposition and with
    nothing else of its own (no possessor, doer, place or date): "we must have all necessary power
    in the fight against Isis", "what remains of the uprising against him".  It names a cause or
    an era, no act of the news.  Joined or led ("join the fight against the jihadist group"),
    placed or dated ("the fight against Isis in Raqqa", "since 2015"), or owned ("their fight
    against Israel") it does.  A party of the clause around it ("in the fight against Isis we
    continue to have all necessary power") is no doer of it: the noun only says what cause the
    clause serves."""
    if entry.pos != "NOUN" or entry.construction or entry.words[0] not in CAMPAIGN_NOUNS:
        return False
    if first_conjunct(tok).dep_ != "pobj":
        return False
    kids = children_of(tok)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    preps = [c for c in kids if c.dep_ == "prep"]
    return bool(preps) and all(c.lower_ in ("against", "on") for c in preps) and all(
        c.dep_ in ("det", "prep") or (c.dep_ == "amod" and pos_of(c) == "ADJ" and not c.ent_type_) for c in kids)


#: Prepositions of a verb pattern that must have an object to name whom the act is for ("stand by
#: its allies", "side with Russia", "rally behind the president").
OBJECT_PREPS = frozenset(_WORDS["object_preps"])


def _bare_particle(tok: Token, entry: LexEntry, used: list[Token]) -> bool:
    """A verb and preposition pattern whose preposition the parser reads as a bare particle with
    nothing after it and no noun before it it could be about: "will not stand by and watch an
    attack" is to stay passive, nobody is backed ("stand by its allies" and "the allies it stands
    by" have their object)."""
    if entry.pos != "VERB" or entry.construction or len(entry.words) != 2 or entry.words[1] not in OBJECT_PREPS:
        return False
    if tok.dep_ in ("relcl", "acl") or any(c.tag_ in ("WP", "WDT") for c in children_of(tok)):
        return False
    return any(u.dep_ == "prt" and u.lower_ == entry.words[1] and not children_of(u) for u in used)


#: Verbs of standing with or against a party (``alignment_verbs``): "backing", "opposing".
ALIGNMENT_VERBS = frozenset(_WORDS["alignment_verbs"])
#: Verbs whose object a participle after it tells an act of (``depicting_verbs``): "had participants supporting".
DEPICTING_VERBS = frozenset(_WORDS["depicting_verbs"])


def _describes_alignment(tok: Token, entry: LexEntry) -> bool:
    """A verb of standing with or against a party told as what a noun's referent is, not as an
    act of the news: a present participle after its noun ("Russian and Syrian forces backing
    Bashar al-Assad", "rebel forces opposing the regime", "US forces assisting the Kurds"), a past
    participle after it ("an opposition force supported by US advisers") or a relative clause in
    the simple present ("a veteran who now opposes the Kremlin", "the clinics it supports").  Such
    a phrase names a side, the way "pro-Assad forces" does; it has no time or occasion of its own.
    A clause with its own subject and auxiliary ("troops that have backed the rebels since May"),
    a past tense ("a party that backed him in 2016"), a finite verb of the sentence or a participle
    telling what a seen or had object did ("the rally had participants supporting the army's
    decision") keeps its record."""
    if entry.pos != "VERB" or entry.construction or entry.words[0] not in ALIGNMENT_VERBS:
        return False
    clause = tok
    while clause.dep_ == "conj" and pos_of(clause.head) == "VERB" and clause.tag_ == clause.head.tag_:
        clause = clause.head  # "an alliance led by Kurdish militias and backed by the US"
    if clause is not tok and any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(tok)):
        return False
    if clause is not tok:
        tok = clause
    noun = tok.head
    if pos_of(noun) not in ("NOUN", "PROPN", "PRON"):
        return False
    if tok.dep_ == "acl" and noun.dep_ == "dobj" and noun.head.lemma_.lower() in DEPICTING_VERBS:
        return False  # "the rally had participants supporting the army's decision": what they did, told
    up = noun
    while up.dep_ in ("pobj", "prep") and pos_of(up.head) not in ("VERB", "AUX"):
        up = up.head
        if up.lower_ == "with":
            return False  # "with 26 of its 36 members opposing attendance": how a decision went, told
    kids = children_of(tok)
    if tok.dep_ == "acl":
        return tok.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "aux", "auxpass", "mark") for c in kids)
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass", "neg") for c in kids):
        # the noun is the clause's doer ("who opposes") or what it is done to ("the clinics it
        # supports"); not the setting of a clause with a party of its own ("a deal in which Turkey
        # backs a Russian peace process")
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        return ((subj is not None and subj.tag_ in ("WP", "WDT")) or
                (subj is not None and not any(c.dep_ == "dobj" for c in kids)
                 and not any(c.tag_ in ("WP", "WDT", "WRB") for c in tok.subtree if c.i < tok.i and c.dep_ != "nsubj")))
    return False


#: Verbs whose object is the person addressed and which take no "-ing" complement: "told cheering
#: supporters" can only be "told supporters who were cheering".
ADDRESSEE_VERBS = frozenset(_WORDS["addressee_verbs"])


def _participle_of_addressee(tok: Token, entry: LexEntry) -> bool:
    """An "-ing" word between an addressing verb and its noun ("told cheering supporters that ...",
    "addressed chanting crowds") that the parser took for the verb's complement with the noun as
    its object: it describes the people addressed (they cheer), it tells no act of the speaker on
    them.  The addressing verb then has no object of its own, which it always needs."""
    if not (entry.pos == "VERB" and not entry.construction and tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "amod")):
        return False  # (most triggers: their head is not read)
    head = tok.head
    return (head.lemma_.lower() in ADDRESSEE_VERBS and head.i < tok.i
            and not any(c.dep_ in ("dobj", "dative") for c in children_of(head))
            and not any(c.dep_ in ("aux", "nsubj", "mark") for c in children_of(tok))
            and any(c.dep_ == "dobj" and c.i > tok.i for c in children_of(tok)))


#: CAMEO code of granting diplomatic recognition.
RECOGNITION_CAMEO = "054"
#: Independent possessive pronouns: "as theirs", "as ours" say whose something is held to be.
OWNING_PRONOUNS = frozenset(_WORDS["owning_pronouns"])


def _claims_as_own(tok: Token, entry: LexEntry) -> bool:
    """True for "recognize X as theirs / as their own": holding X to be one's own property, a
    claim of ownership, not a grant of diplomatic recognition (CAMEO 054) to anyone."""
    if entry.cameo != RECOGNITION_CAMEO:
        return False
    for prep in children_of(tok):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for obj in children_of(prep):
                if obj.dep_ == "pobj" and (obj.lower_ in OWNING_PRONOUNS or obj.lower_ == "own"
                                           or any(c.lower_ == "own" for c in children_of(obj))):
                    return True
    return False


def _result_of_attack(tok: Token, entry: LexEntry, verb_types: dict[int, str]) -> bool:
    """True for an act of violence told by a present participle with no subject of its own that
    hangs on a verb of violence ("struck at the consulate, killing at least two people", "rammed
    into the crowd, injuring 100"): what the attack did, one record with it.  "Fled, killing ..."
    (another type of head) and a clause with a conjunction ("killed while fighting the rebels") keep
    their records."""
    return (entry.pos == "VERB" and entry.event in UNKNOWN_AGENT_TYPES and tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj") and verb_types.get(tok.head.i) == entry.event
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(tok)))


#: CAMEO 172, impose administrative sanctions (bans, curfews, restrictions).
ADMINISTRATIVE_SANCTION = "172"


def _is_sanction(entry: LexEntry) -> bool:
    """An embargo, boycott or sanction (CAMEO 163) or another reduction of relations (16x)."""
    return entry.event == "SANCTION" and (entry.cameo or "").startswith("16")


#: Adverbs on a participle that place its act in time ("the now-outlawed group", "newly annexed").
RECENT_ADVERBS = frozenset(_WORDS["recent_adverbs"])


#: Verbs of promising whose bare use is AGREE (CAMEO 030) when what they promise lies ahead.
PROMISE_VERBS = frozenset(_WORDS["promise_verbs"])


def _vows_a_fact(tok: Token, entry: LexEntry) -> bool:
    """A verb of promising whose clause tells what was or has been done ("denied the report and
    vowed the country has fully observed the sanctions", "swore that he never met them") insists
    on a fact: no intent is expressed, so no AGREE.  What is promised lies ahead ("vowed that it
    will observe", "vowed to observe"): the clause has a modal or is an infinitive."""
    if entry.pos != "VERB" or entry.construction or len(entry.words) != 1 or entry.words[0] not in PROMISE_VERBS:
        return False
    for c in children_of(tok):
        if c.dep_ != "ccomp" or pos_of(c) not in ("VERB", "AUX"):
            continue
        aux = {a.lower_ for a in children_of(c) if a.dep_ in ("aux", "auxpass")}
        if aux & MODAL_OR_TO:
            return False
        return c.tag_ == "VBD" or bool(aux & {"has", "have", "had"})
    return False


#: Auxiliaries that put a clause's act ahead or in doubt (a promise's content).
MODAL_OR_TO = frozenset(_WORDS["modal_or_to"])


#: Modals that make an agentless passive of praise the speaker's own praise.
PRAISE_MODALS = frozenset(_WORDS["praise_modals"])


#: Verbs of conduct whose manner adverb judges whoever acted ("acted professionally", "behaved recklessly").
CONDUCT_VERBS = frozenset(_WORDS["conduct_verbs"])


def _judged_conduct(comp: Token, adverbs: frozenset[str]) -> bool:
    """True when the complement clause ``comp`` tells of someone's conduct in a manner of
    ``adverbs``, not negated: "he acted professionally", "the police behaved responsibly"."""
    return (comp.lemma_.lower() in CONDUCT_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(comp))
            and not any(c.dep_ == "neg" for c in children_of(comp))
            and any(c.dep_ == "advmod" and c.lower_ in adverbs for c in children_of(comp)))


def _felt_about_party(word: Token, cues: Cues) -> tuple[Token, list[Token]] | None:
    """``(holder, [party])`` when ``word`` is a predicative adjective or passive participle of
    feeling ("was disappointed", "is angry", "was appalled") with a "that" clause whose subject
    names a party ("... that China is allowing oil into North Korea"): the one who feels it
    (the copula's or the passive's subject; for "it"/"we" reported by a speech verb, the speaker:
    "China said it was disappointed that ...") and the party.  None otherwise (no clause, a clause
    about no named party: "disappointed that the talks failed", a negated feeling)."""
    if word.dep_ == "acomp" and word.head.lemma_.lower() == "be":
        copula = word.head
        holder = next((c for c in children_of(copula) if c.dep_ == "nsubj"), None)
    elif word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(word)):
        copula = word
        holder = next((c for c in children_of(word) if c.dep_ == "nsubjpass"), None)
    else:
        return None
    if holder is None or any(c.dep_ == "neg" for c in (*children_of(copula), *children_of(word))):
        return None
    clause = next((c for c in children_of(word) if c.dep_ == "ccomp" and c.i > word.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))), None)
    party = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if party is None or not _entities(party):  # (codes of a phrase may be filled in later from its place)
        return None
    if holder.lower_ in ("it", "we") and copula.dep_ == "ccomp" and copula.head.lemma_.lower() in cues.speech_verbs:
        speaker = subject(copula.head)[0]
        holder = speaker if speaker is not None else holder
    return holder, [party]


@lru_cache(maxsize=1)
def _clausal_constructions() -> frozenset[str]:
    """Names of the constructions matched by a clausal complement (``clausal: true`` in
    constructions.yaml: "denied that ...", "denied doing ...")."""
    return frozenset(c.name for c in load_constructions() if c.clausal)


def _clausal_complement(verb: Token) -> Token | None:
    """The clause or gerund a verb takes as its complement, when active and not negated: "denied
    that its jets struck the hospital" (a "that" clause), "denied doing a deal" (a gerund).  None
    for a noun object ("denied the report"), a passive or a negated verb."""
    if pos_of(verb) != "VERB" or any(c.dep_ in ("neg", "auxpass", "nsubjpass") for c in children_of(verb)):
        return None
    for c in children_of(verb):
        if c.i > verb.i and ((c.dep_ == "ccomp" and pos_of(c) in ("VERB", "AUX"))
                             or (c.dep_ in ("xcomp", "pcomp") and c.tag_ == "VBG")):
            return c
    return None


def _told_crime(comp: Token, deeds: frozenset[str], crimes: frozenset[str]) -> bool:
    """True when the complement clause ``comp`` tells, in the active and not negated, that its
    subject did (``deeds``) a crime (``crimes``, the head of its object): "the militia committed
    atrocities", "his forces have perpetrated war crimes".  The deed may be the infinitive by
    which the subject sets about it ("Israel is doing everything possible to sabotage every
    effort", "Moscow is trying to derail the talks")."""
    if not any(c.dep_ == "nsubj" for c in children_of(comp)) or any(c.dep_ == "neg" for c in children_of(comp)):
        return False
    deed = comp if comp.lemma_.lower() in deeds else next(
        (c for c in children_of(comp) if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in deeds
         and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))), None)
    return deed is not None and not any(c.dep_ == "neg" for c in children_of(deed)) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in crimes for c in children_of(deed))


def _praising_speaker(verb: Token, lexicon: Lexicon, cues: Cues) -> Token | None:
    """The speaker whose words ``verb`` is, when it is an agentless passive of praise with "should"
    or "must" ("Ghana should be commended for its response, the minister said"; "X said Ghana
    should be praised"): saying so is the speaker's own praise (CAMEO 051), not a demand on
    anyone.  None otherwise."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return None
    if any(c.dep_ == "agent" for c in children_of(verb)):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in PRAISE_MODALS for c in children_of(verb)):
        return None
    hit = lexicon.match(verb)
    if hit is None or hit[0].event != "SUPPORT" or hit[0].cameo != "051":
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in cues.speech_verbs:
        said = verb.head
    else:  # "..., the council said": the parser hangs the speech verb on the praise
        said = next((c for c in children_of(verb) if c.dep_ in ("ccomp", "parataxis")
                     and c.lemma_.lower() in cues.speech_verbs), None)
    if said is None:
        return None
    return next((c for c in children_of(said) if c.dep_ == "nsubj"), None)


#: Types of a party's standing attitude, which a relative clause in the present tells as what the
#: party is like ("who supports the ruling party", "who opposes the deal"), not as news.
STANCE_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})


def _describes_its_doer(tok: Token, event: str, cameo: str | None = None) -> bool:
    """Whether the verb ``tok`` (a trigger of a stance type, :data:`STANCE_TYPES`) heads a relative
    clause in the present or present perfect, on a noun naming a party, whose relative pronoun is
    its subject: the clause says what the party stands for, no act told as news ("Kinoshita, who
    supports Abe's party", "Yaalon, who has supported settlement growth").  Not a past act ("who
    backed the deal on Monday"), a clause with a time of its own, a document's content ("a
    resolution that calls upon Israel to ...") or a present participle ("rebels opposing the
    regime", told as going on).  An investigation (CAMEO 09, ACCUSE by type) is an act, not a
    stance: "the IMF, which has investigated six other countries" tells of it (``cameo``)."""
    if event not in STANCE_TYPES or pos_of(tok) != "VERB" or tok.dep_ != "relcl":
        return False
    if cameo is not None and cameo.startswith("09"):
        return False
    if pos_of(tok.head) not in ("NOUN", "PROPN") or tok.head.i not in actors_of(tok.doc):
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in children_of(tok)):
        return False
    perfect = tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in children_of(tok))
    if tok.tag_ not in ("VBZ", "VBP") and not perfect:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def _cited_headlines(doc: Doc) -> set[int]:
    """Token indices inside a parenthesis that cites another piece by its headline and date, as a
    letter cites the article it answers ("... as your article suggests (Hostage alive, says Home
    Office, 6 February)"): the parenthesis ends with a comma and a date and nothing else.  What such
    a headline tells is the other piece's news, not this text's."""
    out: set[int] = set()
    if "(" not in doc_text(doc):
        return out
    forms = token_table(doc).lower  # (a token's text is "(" when its lower-case form is)
    # the parentheses, picked in C; a parenthesis is closed in the sentence that opened it
    sents, k = sentences(doc), 0
    opened: int | None = None
    for i in compress(count(), map(_PARENTHESES.__contains__, forms)):
        while sents[k].end <= i:  # a new sentence: nothing open in it yet
            k += 1
            opened = None
        if forms[i] == "(":
            opened = i
        elif opened is not None:
            commas = [j for j in range(opened + 1, i) if forms[j] == ","]
            tail = doc[commas[-1] + 1:i] if commas else None
            if (tail is not None and len(tail) and all(t.ent_type_ == "DATE" for t in tail)
                    and any(t.like_num for t in tail) and commas[0] > opened + 1):
                out.update(range(opened + 1, i))
            opened = None
    return out


#: The tokens :func:`_cited_headlines` looks for.
_PARENTHESES = frozenset({"(", ")"})


#: CAMEO codes of a stated intent to yield (035x) or to step down (0341): AGREE rows whose object
#: noun is itself the concession promised.
INTENT_TO_YIELD = ("035", "0341")


def _intent_to_yield(entry: LexEntry) -> bool:
    return entry.event == "AGREE" and entry.pos == "VERB" and (entry.cameo or "").startswith(INTENT_TO_YIELD)


#: Parts of speech a lexicon entry can be headed by (:meth:`Lexicon.match` answers None for others).
TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ"})


def load_event_tables() -> None:
    """Read the tables :func:`find_events` reads on first use (factuality cues, constructions,
    senses, implied agents, equipment nouns): done once when the pipeline loads, not while the
    first story that needs one is coded."""
    load_cues()
    constructions_by_head()
    senses_by_lemma()
    load_implied_agents()
    _equipment_nouns()
    _clausal_constructions()


def find_events(doc: Doc, lexicon: Lexicon | None = None, cues: Cues | None = None) -> list[EventMention]:
    """All event mentions of ``doc`` (which must carry ``doc._.actors``), in text order.

    A mention needs at least one coded actor.  A token consumed as part of a longer pattern
    ("hold talks") does not trigger again on its own.
    """
    lexicon = lexicon or load_lexicon()
    cues = cues or load_cues()
    matches: list[tuple[Token, LexEntry, list[Token]]] = []
    consumed: set[int] = set()
    # "called the election a sham": a verb that labels its object is the labelling, not the
    # pattern its object would make with it ("call elections")
    by_head = constructions_by_head()
    table = token_table(doc)
    tokens, lemmas, tags = table.tokens, table.lemma, table.pos
    deps, heads, lowers = table.dep, table.head, table.lower  # (labels, head indexes and forms: no object made per read)
    # the tokens that can head a construction, with the constructions each can head
    heads_of = [(tokens[i], by_head[lemmas[i]]) for i in indexes_with_lemma(doc, by_head.keys())]
    # each labelling construction of a head, tried once (the loop over the constructions below
    # asks again), the head's parse read once for all of them (:func:`_labelling_steps`)
    labellings = {}
    for tok, conses in heads_of:
        steps = None
        for cons in conses:
            if cons.predicate:
                if steps is None:
                    steps = _labelling_steps(tok)
                labellings[tok.i, id(cons)] = _construction_labelling(tok, cons, steps)
    labelling_verbs = {i for (i, _), found in labellings.items() if found}
    # (no entry has a determiner, number, adverb ... for its head; most of the other tokens head
    # none either, which the lexicon tells from the document's tables in one loop, no token made)
    for i in lexicon.heading_indexes(doc, pos_indexes(doc, TRIGGER_POS)):
        if i in labelling_verbs:
            continue
        if tags[i] == "PROPN" and (tokens[i].ent_type_ or not tokens[i].is_lower):
            continue
        hit = lexicon.match_index(doc, i, may_head=True)
        if hit:
            tok = tokens[i]
            entry, used = hit
            matches.append((tok, entry, used))
            if not used:
                continue  # a one-word entry uses up no other word
            # "promised concessions", "offered an amnesty": a stated intent to yield (CAMEO 035,
            # 0341) names the concession it promises; that act keeps its own record (status future),
            # as "agreed to withdraw" keeps the withdrawal's
            consumed.update(u.i for u in used if not (_intent_to_yield(entry) and pos_of(u) == "NOUN"))
            # "ended mediation efforts": the light noun that carried the pattern's word is used up too
            # (not the trigger itself: "a disinformation campaign" is a pattern of the light noun)
            consumed.update(heads[u.i] for u in used if deps[u.i] in ("compound", "amod") and lemmas[heads[u.i]] in LIGHT_NOUNS
                            and heads[u.i] != tok.i)
    cited = _cited_headlines(doc)
    matches = [(tok, entry, used) for tok, entry, used in matches if tok.i not in cited and not _describes_its_doer(tok, entry.event, entry.cameo)]
    labelled: dict[int, list[Token]] = {}  # trigger index -> what a labelling names
    holders: dict[int, Token] = {}  # trigger index -> who feels it (a construction of feeling)
    demanded: set[int] = set()  # heads of clauses told as what a party must or should do, the demand coded
    for tok, conses in heads_of:
        # what the constructions of the head ask, read once for all of them: its clausal
        # complements, and (when first asked) whether the lexicon codes the head itself
        unmatched = ccomps = None
        for cons in conses:
            if tok.i in consumed:
                continue
            if cons.predicate:
                if unmatched is None:
                    unmatched = lexicon.match(tok) is None
                # one labelling per verb: "said the attack was a cowardly act of terrorism" is one
                # accusation (the first construction in file order), not one per word
                found = (labellings[tok.i, id(cons)]
                         if (unmatched or tok.i in labelling_verbs) and tok.i not in labelled
                         else None)
                if found is not None:
                    pred, targets = found
                    matches.append((tok, cons.entry, [pred]))
                    labelled[tok.i] = targets
                    consumed.add(pred.i)  # "called it a massacre": the label is no event of its own
                continue
            if cons.conduct:
                if ccomps is None:
                    ccomps = [c for c in children_of(tok) if c.dep_ == "ccomp"]
                if ccomps and any(_judged_conduct(comp, cons.conduct) for comp in ccomps):
                    matches.append((tok, cons.entry, []))
                continue
            if cons.feeling:
                if unmatched is None:
                    unmatched = lexicon.match(tok) is None
                felt = _felt_about_party(tok, cues) if unmatched else None
                if felt is not None and tok.i not in labelled:
                    matches.append((tok, cons.entry, []))
                    holders[tok.i], labelled[tok.i] = felt
                continue
            if cons.clausal:
                if _clausal_complement(tok) is not None:
                    if unmatched is None:
                        unmatched = lexicon.match(tok) is None
                    if unmatched:
                        matches.append((tok, cons.entry, []))
                continue
            if cons.crimes:
                if ccomps is None:
                    ccomps = [c for c in children_of(tok) if deps[c.i] == "ccomp"]
                if ccomps and any(_told_crime(comp, cons.deeds, cons.crimes) for comp in ccomps):
                    matches.append((tok, cons.entry, []))
                continue
            if cons.addressed:
                if unmatched is None:
                    unmatched = lexicon.match(tok) is None
                addressee = _addressee(tok) if unmatched else None
                if addressee is not None and tok.lemma_.lower() in WISH_VERBS and not _wish_on_other_state(tok, addressee):
                    addressee = None  # "every American wants our troops to come home": a wish, not a demand
                if (addressee is not None and tok.lemma_.lower() in PRESSING_VERBS
                        and (addressee.dep_ != "dobj" or not entities_for(addressee))):
                    addressee = None  # "pressed his plan for Turkey to set up a zone": the plan is pressed
                if (addressee is not None and tok.lemma_.lower() in TELLING_VERBS
                        and not any(e.code for e in entities_for(addressee))):
                    addressee = None  # "told reporters to expect delays": an audience, no party asked
                if addressee is not None:  # "asked China to release the crew": China is asked
                    matches.append((tok, cons.entry, []))
                    labelled[tok.i] = [addressee]
                continue
            if ccomps is None:
                ccomps = [c for c in children_of(tok) if deps[c.i] == "ccomp"]
            for comp in ccomps:
                # ("said the US should know that ...": what is to be believed, no act asked for)
                if lemmas[comp.i] not in BELIEF_VERBS and (
                        any(deps[a.i] == "aux" and lowers[a.i] in cons.complement_aux for a in children_of(comp))
                        or (cons.complement_aux and _needs_to(comp))) \
                        and _praising_speaker(comp, lexicon, cues) is None:
                    matches.append((tok, cons.entry, []))
                    demanded.add(comp.i)
                    break
    # "fought a decades-long insurgency against the state", "waged a war on X": an event noun that
    # is the direct object of a verb of its own type names the verb's act, not a second one; its
    # own "against/on X" says whom the act is aimed at
    verb_types = {tok.i: entry.event for tok, entry, _ in matches if entry.pos == "VERB" and not entry.construction}
    # ("investigated complaints from EU states", "fought off an attack by the rebels": a noun with
    # a doer of its own is another party's act)
    cognate = {tok.i for tok, entry, _ in matches if entry.pos == "NOUN" and deps[tok.i] == "dobj"
               and verb_types.get(heads[tok.i]) == entry.event and tok.i not in consumed
               and not _names_own_doer(tok, cues.support_verbs)}
    # "airstrikes by Russian jets killed 120 fighters", "a series of attacks killed ...": an event
    # noun that is the subject of a verb of its own type is the act the verb tells of, not a second one
    told_by_verb: dict[int, Token] = {}  # verb index -> the event noun it tells of
    for tok, entry, _ in matches:
        if entry.pos != "NOUN" or tok.i in consumed or tok.i in cognate:
            continue
        slot = _subject_slot(tok)
        if slot.dep_ == "nsubj" and verb_types.get(slot.head.i) == entry.event and slot.head.i not in told_by_verb:
            told_by_verb[slot.head.i] = tok
    subject_acts = {t.i for t in told_by_verb.values()}
    # "insurgents struck the consulate, killing two people": a participle clause of an attack
    # that tells what the attack did is that attack, not a second one
    results: dict[int, list[Token]] = {}  # attack verb index -> its participles of result
    for tok, entry, _ in matches:
        if tok.i not in consumed and _result_of_attack(tok, entry, verb_types):
            results.setdefault(tok.head.i, []).append(tok)
            subject_acts.add(tok.i)
    # "passed sanctions on X, banning oil imports": a participle clause of a sanction that tells
    # what the sanction restricts is that sanction, not a second measure
    sanctioning = {(heads[tok.i] if entry.pos == "NOUN" and deps[tok.i] == "dobj" else tok.i)
                   for tok, entry, _ in matches if tok.i not in consumed and _is_sanction(entry)}
    for tok, entry, _ in matches:
        if (entry.pos == "VERB" and tok.tag_ == "VBG" and deps[tok.i] == "advcl" and heads[tok.i] in sanctioning
                and (_is_sanction(entry) or (entry.cameo or "").startswith(ADMINISTRATIVE_SANCTION))
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(tok))):
            subject_acts.add(tok.i)
    mentions: list[EventMention] = []
    for tok, entry, used in matches:
        if tok.i in consumed or tok.i in cognate or tok.i in subject_acts:
            continue
        if entry.pos == "NOUN" and entry.event in TOPIC_TYPES and _topic_of_talks(tok):
            continue  # "talks on economic cooperation": what is talked about, not an event
        if entry.pos == "NOUN" and entry.event in TOPIC_TYPES and _hindered_goal(tok):
            continue  # "the main obstacle to reconciliation": what has not come about, not an event
        if _refuses_nothing(tok, entry, lexicon):
            continue  # "the soldiers' refusal to react": nothing and nobody is rejected
        if _participle_of_addressee(tok, entry):
            continue  # "told cheering supporters": the supporters cheer; the speaker only tells them
        if _state_participle(tok, entry):
            continue  # "four detained leaders", "their long-imprisoned leader": a state, not a told act
        if _fights_for_a_side(tok, entry):
            continue  # "British nationals fighting for Islamic State": the side they serve, no attack
        if _fighter_alongside(tok, entry):
            continue  # "a British woman fighting alongside Kurdish forces": whose side she is on, no act
        if _fighter_described(tok, entry):
            continue  # "the only British woman fighting Isis in Syria": the war she is in, no clash reported
        if _bare_particle(tok, entry, used):
            continue  # "will not stand by and watch an attack": stays passive, nobody backed
        if (entry.pos == "NOUN" and lemmas[tok.i] in STANCE_NOUNS and deps[tok.i] == "pobj"
                and tok.head.lower_ == "in" and tok.head.dep_ == "prep" and tok.head.head.i in verb_types):
            continue  # "tested a missile in defiance of the UN": the test is the defiance, aimed at the UN
        if _claims_as_own(tok, entry):
            continue  # "land which Palestinians recognize as theirs": a claim of ownership, no recognition granted
        if _vows_a_fact(tok, entry):
            continue  # "vowed the country has fully observed the sanctions": an assertion, no promise
        if _active_use_of_passive_sense(tok, entry):
            continue  # "tried to flee": an attempt, not a trial
        if staged_act(tok):
            continue  # "the war games included attacks against a mock missile site": a drill, no attack
        if entry.pos == "VERB" and eased_act(tok):
            continue  # "groups that are hard to destroy": how hard it would be, nothing done
        if entry.pos == "VERB" and described_place(tok):
            continue  # "a statelet in areas liberated from Isis": the place described, no act reported
        if entry.pos == "VERB" and described_party(tok):
            continue  # "Kurdish groups, armed by Washington": who stands behind the party, no act reported
        if (entry.pos == "NOUN" and deps[tok.i] == "pobj" and tok.head.dep_ == "agent"
                and described_party(tok.head.head)):
            continue  # "the YPG, backed by US airstrikes": the patron's help names the patron, no act reported
        if capacity_act(tok):
            continue  # "curb Assad's ability to murder his citizens": what a party could do, nothing done
        if entry.pos == "VERB" and generic_act(tok):
            continue  # "sanctions on firms that continue to trade with Iran": a kind of party, no act
        if entry.pos == "VERB" and kind_act(tok):
            continue  # "Governments have also blamed the app": what a kind of party does, no act
        if (quad_class(entry.cameo, entry.event) <= 2 and entry.event not in ("RETREAT", "CONCEDE")
                and urged_act(tok, verb_types)):
            continue  # "urged Nato to come to Turkey's aid": the urging is the REQUEST, the urged act untold
            # (an urged hostile act or yielding, "urged X to impose sanctions", "called on Russia to
            # withdraw", keeps its record: read as the threat or the concession the urging names)
        if (entry.pos == "NOUN" and entry.event in ASKED_OF_OTHERS_TYPES and _requested_noun(tok, verb_types)
                and not _names_own_doer(tok, cues.support_verbs)):
            continue  # "France called for an independent inquiry": the call is the REQUEST, the inquiry nobody's act
        if counterfactual_condition(tok):
            continue  # "Had Japan shot down the missile, ...": a past that did not happen
        if commentators_view(tok):
            continue  # "some experts said Kim was trying to pressure Washington": a reading, no report
        if _demanded_act(tok, demanded):
            continue  # "said North Korea should start talks": the saying is the REQUEST, the act only demanded
        speech = None  # the speech verb whose saying is the act, when it is ("X said Y should be praised")
        if entry.construction and tok.i in labelled:
            a_toks = [holders[tok.i]] if tok.i in holders else [t for t in [subject(tok)[0]] if t is not None]
            r_toks = labelled[tok.i]
            r_toks = r_toks + [d for t in r_toks for d in _doers_named(t) if d not in r_toks]
        elif entry.construction in _clausal_constructions():
            # "Russia denied that its jets struck the hospital": the denial answers the accuser,
            # not whoever the denied clause tells of (the denier's own, mostly)
            a_toks, r_toks = [t for t in [subject(tok)[0]] if t is not None], []
        elif entry.construction:
            a_toks = [t for t in [subject(tok)[0]] if t is not None]
            comp = next(c for c in children_of(tok) if c.dep_ == "ccomp")
            r_toks = [t for t in [subject(comp)[0]] if t is not None]
        elif entry.pos == "ADJ" and pos_of(tok) in ("VERB", "AUX"):
            # "the minister was appalled by the attacks": a participle of feeling; who feels it (the
            # passive subject) holds the attitude, the object of its preposition is what it is about
            holder = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
            if holder and holder[0].tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                holder = [tok.head]
            if not holder and tok.dep_ == "acomp":  # "seemed appalled by": the copula's subject
                holder = [t for t in [subject(tok.head)[0]] if t is not None]
            a_toks = holder
            r_toks = [g for u in used for g in children_of(u) if g.dep_ == "pobj"]
        elif entry.pos in ("VERB", "ADJ"):  # "X was critical of Y": the copula's subject, the adjective's object
            a_toks, r_toks = verb_roles(tok, used)
            blamed = _blamed_on(tok, a_toks) if entry.event == "ACCUSE" else []
            if blamed:
                r_toks = blamed  # "the attack was blamed on Iran": Iran is blamed, by someone unnamed
            copula = _to_blame(tok) if entry.event == "ACCUSE" else None
            if copula is not None:
                # "Russia is to blame, the secretary said": Russia is blamed, by the speaker (or by
                # someone unnamed); told as a fact by the copula, not as a plan by the infinitive
                r_toks = [c for c in children_of(copula) if c.dep_ == "nsubj"]
                said = copula.head if copula.dep_ == "ccomp" and copula.head.lemma_.lower() in cues.speech_verbs else None
                a_toks = [t for t in [subject(said)[0] if said is not None else None] if t is not None]
                speech = copula
            ordered_out = _ordered_out(tok, entry, lexicon)
            if ordered_out is not None:
                entry, a_toks, r_toks = ordered_out
            if not a_toks:
                speaker = _praising_speaker(tok, lexicon, cues)
                if speaker is not None:
                    a_toks, speech = [speaker], speaker.head  # the praise is the saying
            for obj in [t for t in r_toks if t.i in cognate and heads[t.i] == tok.i and t not in used]:
                _, aimed = noun_roles(obj, cues.support_verbs)
                r_toks = [t for t in r_toks if t != obj] + [t for t in aimed if t not in r_toks]
            if tok.i in told_by_verb:  # "the attack on the convoy killed five": its target is hit too
                r_toks = r_toks + [t for t in noun_roles(told_by_verb[tok.i], cues.support_verbs)[1] if t not in r_toks]
            for result in results.get(tok.i, []):  # "struck the consulate, killing two people": they are hit too
                r_toks = r_toks + [t for t in verb_roles(result, [])[1] if t not in r_toks]
            launch = entry.words[0] in LAUNCH_WORDS and bool(set(entry.words[1:]) & PROJECTILES)
            if not a_toks and launch:
                # "a missile launched from the DPRK": with nobody named as launching, where it
                # was launched from is whose launch it is
                a_toks, r_toks = _from_source(tok, r_toks)
                if not a_toks:
                    # "a North Korean missile was launched over Japan": whose missile it is launched it
                    owned = [u for u in used if u.lemma_.lower() in PROJECTILES and _own_modifier_actors(u)]
                    if owned:
                        a_toks, r_toks = owned[:1], [t for t in r_toks if t != owned[0]]
            if launch:
                r_toks = r_toks + [t for t in _landing_places(tok, used) if t not in r_toks]
        else:
            a_toks, r_toks = noun_roles(tok, cues.support_verbs, pattern_words=used)
            # "their attempt to seize the Ukrainian capital": the pattern's verb names the target
            r_toks = r_toks + [c for u in used if pos_of(u) == "VERB" for c in children_of(u) if deps[c.i] == "dobj"]
            if not a_toks and entry.event not in FROM_IS_ORIGIN_TYPES:
                # "under increasing threat from Turkey", "aid from Japan": "from" names the source
                a_toks, r_toks = _from_source(tok, r_toks)
            if entry.event == "ACCUSE":
                # "the arrest drew sharp criticism from Germany": Germany criticises the arrest's doer
                a_toks, r_toks = _reaction_parties(tok, a_toks, r_toks, cues.support_verbs)
        if not a_toks:
            # "imposed sanctions on North Korea in response to two missile launches" (the tagger may
            # take "launches" for a verb): the one the answer is aimed at did the act answered
            a_toks = answered_doers(tok)
        if entry.event == "ACCUSE":
            r_toks = _investigated_parties(r_toks, lexicon, cues)
        if entry.event in MATERIAL_TYPES:
            r_toks = [t for t in r_toks if not _contrary_to_norm(t)]  # "launched missiles against UN resolutions"
        actors = _dedupe_entities([e for t in a_toks for e in _entities(t)])
        if entry.pos == "NOUN" and entry.event in MATERIAL_TYPES and _unarmed_owner(a_toks, actors):
            # "sanctions by the Security Council on the DPRK following its sixth nuclear test": a body
            # of states holds no arms of its own; "its" is the state named before it
            actors = _armed_antecedent(a_toks[0])
        implied = False
        organ_of_undergone = _undergone_by_subject(tok, entry)
        if organ_of_undergone is not None:
            # "Smith faces charges": Smith is charged, by a court or prosecutor the text leaves unnamed
            actors, r_toks, implied = [organ_of_undergone], a_toks, True
        if not actors and entry.pos == "VERB" and entry.event == "ASSAULT" and not a_toks:
            actors = _attack_in(tok, lexicon, cues)  # "three soldiers were killed in a Taliban ambush"
        if not actors and entry.pos == "NOUN" and a_toks and all(t.tag_ == "PRP$" for t in a_toks):
            # "the regime carried out its sixth test": an unresolved "its" leaves the support verb's subject
            a_toks, more = noun_roles(tok, cues.support_verbs, skip_pronoun_possessor=True)
            r_toks = r_toks or more
            actors = _dedupe_entities([e for t in a_toks for e in _entities(t)])
        if not actors and entry.pos == "NOUN":
            # "US air strikes", "a Taliban truck bombing": the event noun's own modifiers name the actor
            actors = _own_modifier_actors(tok, used)
            if entry.event in OF_TARGET_TYPES and not any(
                    c.i < tok.i and c.dep_ in ("amod", "compound", "nmod", "poss")
                    and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.tag_ == "PRP$") for c in children_of(tok)):
                # "open criticism of the US": with no party named before the noun, the "of" object is
                # who is criticised, not who criticises ("the Syrian bombing of Aleppo" stays Syria's)
                targets = {g.idx for g in _of_objects(tok)}
                actors = [a for a in actors if not (a.span and any(a.span[0] <= i < a.span[1] for i in targets))]
        if not actors and entry.pos == "NOUN" and entry.event == "CONCEDE":
            # "a suspension of attacks on government troops by Boko Haram": who gives up its own act
            # is that act's "by" doer, where the parser hangs it on the pattern's noun
            doers = [g for u in used if pos_of(u) == "NOUN" for p in children_of(u)
                     if p.dep_ == "prep" and p.lower_ == "by" for g in children_of(p) if g.dep_ == "pobj"]
            actors = _dedupe_entities([e for t in doers for e in _entities(t)])
            r_toks = [t for t in r_toks if t not in doers]
        if entry.pos == "NOUN" and entry.event in RECIPROCAL_TYPES and actors and _urged_between(tok, a_toks, actors):
            # "the UN called for talks between Israel and Hamas": the talks are the two sides', not
            # the UN's; who calls for them is the REQUEST's actor (its recipients: :func:`_asked_between`)
            actors = []
        if not actors and entry.pos == "NOUN":
            parties, named = _between_parties(tok), _between_tokens(tok)
            if len(parties) >= 2:
                # "talks between X and Y": all parties act; "the fight between X and Y": X on Y
                others = [t for t in r_toks if t not in named]
                if entry.event in RECIPROCAL_TYPES:
                    actors, r_toks = parties, others
                else:
                    actors, r_toks = parties[:1], others + named[1:]
        if not actors and entry.pos == "NOUN" and entry.event == "CONSULT":
            actors, r_toks = _meeting_members(tok, r_toks, cues)
        organ = load_implied_agents().get(entry.words[0]) if entry.pos == "NOUN" else None
        if not actors and organ and ((deps[tok.i] == "pobj" and lowers[heads[tok.i]] == "under") or _under_way(tok)):
            # "the premier is under investigation", "was placed under arrest": the state organ acts;
            # so it does for "an investigation is underway", "the probe is ongoing"
            actors, implied = [Entity(entity_text="", code=None, sector=organ, name=None, span=None)], True
        if (not actors and entry.pos == "VERB" and (entry.words[0] in SELF_RETREAT or entry.cameo in ALERT_CAMEOS)
                and not a_toks):
            # "guerrillas have been demobilized", "troops were withdrawn": who pulls back is the passive
            # subject; "police were put on alert": who is on alert
            undergo = [c for c in children_of(tok) if c.dep_ == "nsubjpass"]
            actors = _dedupe_entities([e for t in undergo for e in _entities(t)])
            r_toks = [t for t in r_toks if t not in undergo]
        if (not actors and entry.pos == "NOUN" and entry.event == "RETREAT" and entry.words[0] in WITHDRAWAL_NOUNS
                and not a_toks):
            # "the withdrawal of Russian forces from Homs": armed forces whose pull-back is named
            # with no one ordering it pull back themselves, as in "Russian forces withdrew"; only
            # forces whose own words name their side ("a withdrawal of troops" leaves it to the clause)
            forces, left = _deployed_forces(tok, r_toks)
            if any(e.code for e in forces):
                actors, r_toks = [e for e in forces if e.code], left
        if (not actors and entry.pos == "VERB" and not a_toks
                and (entry.event in RECIPROCAL_TYPES or entry.cameo in JOINT_ACT_CAMEOS)
                and any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok))):
            # "a treaty was signed between Kenya and Uganda", "the peace deal between Sudan and South
            # Sudan was signed", "a ceasefire between Israel and Hamas was announced": a joint act
            # told in the passive is done by the parties its "between" names
            for holder in (tok, *(u for u in used if pos_of(u) == "NOUN")):
                parties = _between_parties(holder)
                if len(parties) >= 2:
                    named = _between_tokens(holder)
                    actors, r_toks = parties, [t for t in r_toks if t not in named]
                    break
        if not actors and entry.cameo in DEPLOY_CAMEOS and not a_toks:
            # "Russian troops were deployed", "the deployment of Russian troops": armed forces put in
            # the field with nobody named as sending them are their own side's move
            actors, r_toks = _deployed_forces(tok, r_toks)
        if not actors and entry.pos == "VERB" and entry.event in UNKNOWN_AGENT_TYPES:
            # "a bomb blast blamed on the Taliban killed 20 people", "mine explosions blamed on
            # Pyongyang that maimed two soldiers": the thing that did it is blamed on its doer
            actors = _dedupe_entities([e for t in a_toks for c in children_of(t) if c.dep_ == "acl"
                                       for b in _blamed_on(c, []) for e in _entities(b)])
        if not actors and entry.pos == "VERB":
            implied_actor = _implied_agent(tok, used, entry.words[0]) or _unknown_attacker(tok, entry, r_toks, a_toks)
            if implied_actor is not None:
                actors, implied = [implied_actor], True
                if tok.dep_ == "amod":
                    r_toks = [tok.head, *r_toks]  # "jailed activist Alaa Abdel Fattah"
        if (not actors and entry.pos == "NOUN" and _unknown_agent_type(entry) and r_toks and not a_toks
                and tok.dep_ not in ("compound", "amod", "nmod")):
            actors, implied = [Entity(entity_text="", code=None, sector=UNKNOWN_ATTACKER_SECTOR, name=None, span=None)], True
            # "the killing of protesters": an attack noun with a named victim and no named attacker
        untold_blamer = not actors and entry.event == "ACCUSE" and (
            (entry.pos == "VERB" and bool(_blamed_on(tok, a_toks) or _to_blame(tok) is not None
                                          or _criticised_untold(tok, entry)))
            # "the violence fuelled criticism of Merkel's decision": criticism by people not named
            or (entry.pos == "NOUN" and deps[tok.i] == "dobj" and lemmas[heads[tok.i]] in _REACTION_HEADS))
        if untold_blamer:
            # "mine explosions blamed on Pyongyang": blamed by someone the text does not name
            actors, implied = [Entity(entity_text="", code=None, sector=None, name=None, span=None)], True
        if not actors and _untold_release(tok, entry, r_toks):
            # "the girls were released around 5:30 a.m.": freed by someone the text does not name
            actors, implied = [Entity(entity_text="", code=None, sector=None, name=None, span=None)], True
        if (not actors and entry.pos == "NOUN" and r_toks and deps[tok.i] == "dobj"
                and tok.head.lemma_.lower() in RECEIVING_VERBS):
            # "Ukraine received military aid": given by someone the text does not name
            actors, implied = [Entity(entity_text="", code=None, sector=None, name=None, span=None)], True
        if (not actors and entry.event == "PROTEST"
                # "fundamentalists continued their strike"; "a protest was staged"; not a verb with no
                # subject at all ("the explosion ..., smashing windows")
                and (entry.pos == "NOUN" or (a_toks and all(t.tag_ == "NNS" for t in a_toks))
                     or any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(tok)))
                and tok.dep_ not in ("compound", "amod", "nmod")):
            # "a similar protest was staged at King's Cross": people protest; their country is
            # filled in from the event's place or the story, like an implied state agent's
            actors, implied = [Entity(entity_text="", code=None, sector=PROTESTER_SECTOR, name=None, span=None)], True
        if not actors:
            continue
        objects = _with_conjuncts([c for c in children_of(tok) if deps[c.i] == "dobj"])
        if (entry.event == "ASSAULT" and lemmas[tok.i] in SELF_HARM_VERBS and objects
                and all(o.lower_ in REFLEXIVES for o in objects)):
            continue  # "the gunman killed himself": a death, not an attack on anyone
        if (entry.event == "ASSAULT" and entry.cameo == PROPERTY_DESTRUCTION_CAMEO and entry.pos == "VERB" and objects
                and all(a.code and a.sector in (None, "GOV") for a in actors)
                and all(o not in used and _own_possession(o, {a.code for a in actors}) for o in objects)):
            # (not a pattern's own object: "mounted its invasion of Lebanon" is the invasion)
            continue  # "Syria destroyed its chemical stocks": a state doing away with its own things attacks no one
        if entry.event == "ASSAULT" and entry.cameo == GENERIC_ATTACK_CAMEO and any(
                t.lemma_.lower() in CYBER_TARGETS for t in r_toks):
            # "launched attacks on Ukrainian government websites": an attack on computers is a
            # cyber attack (COERCE, mode cyber, 170); one whose doer is not named is, like any attack
            # on a named victim, an unknown attacker's
            row = lexicon.cameo[CYBER_CAMEO]  # type, Goldstein and context from cameo.tsv
            entry = replace(entry, event=row.event, mode="cyber", cameo=CYBER_CAMEO, goldstein=row.goldstein,
                            context=row.context, sense="cyber-target")
        senses = senses_by_lemma().get(lemmas[tok.i], ())  # the senses that name the trigger
        person_object = _person_objects(r_toks) if senses else False
        for sense in senses:
            # who acts decides the sense: teachers "strike" by stopping work, an aid group
            # "withdraws" its presence rather than its forces; what is acted on may too: a
            # captured person is detained, a captured town is taken by force
            if sense.applies(tok.lemma_.lower(), entry.event, actors, entry.words, entry.cameo, person_object):
                entry = lexicon.entry_for_cameo(sense.to_cameo, entry.words, entry.pos, sense.name)
                break
        else:
            if any(sense.only and sense.governs(lemmas[tok.i], entry.event, entry.words, entry.cameo)
                   for sense in senses):
                continue  # a trigger that is an event only in a sense its actors do not have
        if entry.sense == "official-travel" and any(_names_forces(t, ARRIVING_FORCES) for t in a_toks):
            # "US troops arrived in Kuwait": armed forces arriving in a country are put there (154),
            # no visit of state (042) as a general's or a delegation's is
            entry = lexicon.entry_for_cameo(FORCES_SENT_CAMEO, entry.words, entry.pos, "troops-arrive")
        elif entry.sense == "official-travel" and any(_names_forces(t, ARRIVING_POLICE) for t in a_toks):
            # "police from other parts of the country arrived in Berlin": police sent there (153)
            entry = lexicon.entry_for_cameo(POLICE_SENT_CAMEO, entry.words, entry.pos, "police-arrive")
        actor_codes = {a.code for a in actors if a.code}
        recipients = _dedupe_entities([e for t in r_toks for e in _recipient_entities(t)
                                       if (t not in used and not _covers_used(e, used)) or _owner_of_object(e)
                                       or _other_person_owner(e, actor_codes)])
        if not recipients and entry.event == "REQUEST" and entry.pos == "VERB":
            # "called for talks between Israel and Hamas": the parties of the act asked for are asked
            recipients = [e for e in _asked_between(r_toks) if not any(_same_actor(e, a) for a in actors)]
        if not recipients and not entry.construction:
            # "demanded that its EU partners refuse ...": a possessed party of another country is still another party
            recipients = _dedupe_entities([e for t in _complement_recipients(tok, entry.event)
                                           for e in _recipient_entities(t)
                                           if _owner_of_object(e) or (e.code and e.code not in actor_codes)])
        following = _own_following(entry, r_toks)
        recipients = [r for r in recipients if (r.entity_text, r.span) in following or (
                      not any(_same_actor(r, a) for a in actors)
                      and r.entity_text.lower() not in REFLEXIVES  # "killed 23 people as well as themselves"
                      # "sent its troops": the actor's own; but "her cousin was shot" by someone unnamed
                      and not ((r.code in actor_codes or (r.code is None and not implied)) and _possessive(r)))]
        if len(recipients) > 1:
            # "filed a complaint against the US at the WTO": the body is where, the US whom
            recipients = [r for r in recipients if not _forum_of(tok, r, used)] or recipients
        if entry.cameo == SHOW_OF_FORCE_CAMEO and _held_with_partner(tok, entry, r_toks, recipients, actors):
            # "joined naval exercises with the US Navy", "US and South Korean forces began drills": an
            # exercise held by or with another state's forces is military cooperation (062), as a joint one is
            row = lexicon.cameo[MILITARY_COOPERATION_CAMEO]
            entry = replace(entry, event=row.event, mode=row.mode, cameo=MILITARY_COOPERATION_CAMEO,
                            goldstein=row.goldstein, context=row.context, sense="exercise-with-partner")
        if entry.pos == "VERB" and entry.words == (lemmas[tok.i],) and entry.words[0] in OBJECT_ONLY_PRAISE \
                and (not recipients or not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(tok))):
            continue  # "the crowd cheered", "cheering supporters", "investors cheered the data": nobody is praised
        if (entry.event == "SUPPORT" and len(entry.words) > 1 and ENDORSED_WORK_WORDS & set(entry.words)
                and entry.words[1:] != ("of",) and not any(r.code or r.name for r in recipients)):
            continue  # "the German cabinet approved a plan to cut emissions": its own plan, nobody endorsed
        if entry.event == "PROTEST" and entry.pos == "NOUN" and _speech_venue(tok, cues):
            continue  # "his pledge at a rally", "told a rally": where a speaker spoke, no protest of its own
        if entry.event == "CONSULT" and entry.words[0] in SPEAKING_VERBS and (any(
                r.sector == "MED" or AUDIENCE_NOUNS & set(r.entity_text.lower().split()) for r in recipients)
                or entry.words == ("speak", "to") and not _named_interlocutor(used)):
            continue  # "spoke to reporters", "speaking to the crowd": an audience addressed, no talks held
        if entry.cameo == SIGNED_TEXT_CAMEO and any(_proclamation(u) for u in used):
            continue  # "signed a declaration of disaster emergency": a proclamation, no agreement with anyone
        if (entry.cameo == MILITARY_COOPERATION_CAMEO and entry.words[0] == "allow" and recipients
                and all(r.code and r.code in actor_codes for r in recipients)):
            continue  # "he will not allow US troops to leave": a state's own forces, no cooperation
        if _rioting(tok, entry, a_toks, actors):
            # "protesters attacked Arab-owned stores", "demonstrators set fire to the gates": force
            # used by people protesting is a violent protest, a riot (CAMEO 145), no armed attack
            entry = lexicon.entry_for_cameo(RIOT_CAMEO, entry.words, entry.pos, "protesters-riot")
        if (entry.cameo == BLOCKADE_CAMEO and all(a.sector in CROWD_SECTORS for a in actors)
                and not any(r.sector in STATE_ORGANS for r in recipients)):
            continue  # "women were surrounded by gangs of men": people crowding round people are no blockade
        if (implied or not actors) and not recipients and _bare_kind_noun(tok, entry, used):
            continue  # "years of insurrection", "gave way to insurgency": a kind of act, nobody's, no occasion
        if _campaign_named(tok, entry):
            continue  # "in the fight against Isis we continue to ...": a cause or an era named, no act told
        status = status_of(speech if speech is not None else tok, cues)
        if entry.event == "ACCUSE" and _to_blame(tok) is not None and any(c.dep_ == "neg" for c in children_of(tok)):
            status = "negated"  # "said Poland was not to blame": the parser puts the "not" on "blame"
        if implied and actors[0].sector == UNKNOWN_ATTACKER_SECTOR and not any(r.code or r.sector for r in recipients):
            continue  # an unnamed attacker of an unknown victim says nothing
        if untold_blamer and not any(r.code or r.sector for r in recipients):
            continue  # "the failure was blamed on bad weather": nobody blames anybody known
        if (implied and entry.cameo == RELEASE_CAMEO and not (actors[0].code or actors[0].sector)
                and not any(r.code or r.sector for r in recipients)):
            continue  # "he was released": an unnamed captor freeing nobody known says nothing
        if speech is None and writers_speculation(tok, status, cues):
            continue  # "Donald Trump could order more airstrikes", told by nobody: the writer's guess or advice
        attr_tok = attribution_source(tok, cues)
        if attr_tok is not None:
            # "RAMALLAH, West Bank - Israel's military says ...": the speaker, not the dateline
            attr_tok = next(iter(past_dateline([attr_tok])), None)
        attribution = None
        if attr_tok is not None:
            found = _entities(attr_tok) or [e for t in attr_tok.subtree if t.i != attr_tok.i for e in entities_for(t)][:1]
            if found and not any(_same_actor(found[0], a) for a in actors):
                attribution = found[0]
        if not recipients and entry.event not in RECIPROCAL_TYPES and _reciprocal_object(tok):
            coded = _dedupe_entities([a for a in actors if a.code])
            if len({a.code for a in coded}) >= 2:
                # "India and Pakistan accused each other": each party acts on the others
                mentions.extend(EventMention(tok, entry, used, [a], [o for o in coded if o.code != a.code], status,
                                             attribution, implied) for a in coded)
                continue
        m = EventMention(tok, entry, used, actors, recipients, status, attribution, implied)
        # "forces backing Assad", "rebels opposing the regime": a side, no act told; found so that
        # the party's mention takes the country its clause gives, no record of its own (pipeline)
        m.describes_party = _describes_alignment(tok, entry)
        mentions.append(m)
        if entry.cameo == MILITARY_COOPERATION_CAMEO and _is_exercise(tok, entry):
            # "US and South Korean forces hold joint drills": military cooperation between them (062)
            # and a show of force by all of them (150), which is how a human coder codes it
            show = lexicon.entry_for_cameo(SHOW_OF_FORCE_CAMEO, entry.words, entry.pos, "joint-exercise")
            holders = _dedupe_entities([*actors, *(r for r in recipients if r.code)])
            mentions.append(EventMention(tok, show, used, holders, [], status, attribution, implied))
    promised_harm(mentions, lexicon)
    threatened = threatened_acts(mentions, lexicon)
    unexcluded_threats(mentions, lexicon)  # before the purpose merge: "refused to rule out" is no purpose
    _purpose_of_same_act(mentions)
    _released_by_captors(mentions)
    _condemned_doers(mentions)
    for m in mentions:  # "denounced the propaganda attack on Beijing": its doer, unnamed, not Beijing
        if m.entry.event == "ACCUSE" and m.entry.pos == "VERB":
            m.recipient = [r for r in m.recipient if not victim_of_denounced_act(m.trigger, r, lexicon, m.used)]
    _adjunct_addressee(mentions)
    mentions.extend(ultimatums(mentions, lexicon))
    mentions.extend(stated_threats(mentions, lexicon, cues))
    # "North Korea threatened to fire four missiles towards Guam": the THREATEN is the record; the
    # act only threatened is none of its own (the gold sets code the threat alone; the pipeline
    # drops it after dating, so "next month" stays the act's).  A threat told by its noun keeps its
    # act ("has not carried out its threat to fire": the act denied)
    for m in threatened:
        if m.status in UNDONE_STATUSES:
            m.only_threatened = True
    mentions.extend(held_out_threats(doc, mentions, lexicon, cues))
    mentions.extend(options_on_the_table(doc, lexicon, cues))
    _drop_retold_prospects(mentions)
    mentions.sort(key=lambda m: m.trigger.i)
    return mentions


#: Modifiers of a prospect ("possible military action", "any strike"; ``prospect_modifiers``) and
#: nouns of the occasion of a condition ("in the event of", ``occasion_nouns``).
PROSPECT_MODIFIERS = frozenset(_WORDS["prospect_modifiers"])
OCCASION_NOUNS = frozenset(_WORDS["occasion_nouns"])


def prospect_noun(tok: Token) -> bool:
    """True for an act noun told as a prospect, an act not (yet) done: with a modifier of
    possibility or plan (:data:`PROSPECT_MODIFIERS`: "possible military action", "the expected
    missile strike", "any western strike", "further military action", "the planned US pullout"),
    or as the occasion of a condition ("in the event of US-led military action", "in case of an
    attack")."""
    if pos_of(tok) != "NOUN":
        return False
    if any(c.dep_ in ("amod", "det") and c.lower_ in PROSPECT_MODIFIERS for c in children_of(tok)):
        return True
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return False
    occasion = prep.head
    return (occasion.lemma_.lower() in OCCASION_NOUNS and occasion.dep_ == "pobj"
            and occasion.head.lower_ == "in")


def _coded(ents: list[Entity]) -> set[str]:
    """The codes of the coded entities among ``ents``."""
    return {e.code for e in ents if e.code}


def _drop_retold_prospects(mentions: list[EventMention]) -> None:
    """A prospect told again is no second act: an act noun told as a prospect
    (:func:`prospect_noun`) after a mention of an act of the same type not yet done (planned,
    conditional or speculated) that shares a coded doer or target with it has no mention of its
    own ("Trump tweeted that missiles will be coming" ... "in the event of US-led military action
    in Syria", "any western strike against Syria").  The first mention of a prospect, and a
    prospect of other parties, keep theirs.  Mutates ``mentions``."""
    if len(mentions) < 2:
        return
    prospects = [m for m in mentions if m.entry.pos == "NOUN" and prospect_noun(m.trigger)]
    if not prospects:
        return
    drop = set()
    for m in prospects:
        mine_a, mine_r = _coded(m.actor), _coded(m.recipient)
        for e in mentions:
            if (e is m or id(e) in drop or e.trigger.i >= m.trigger.i or e.entry.event != m.entry.event
                    or e.status not in UNDONE_STATUSES):
                continue
            if (mine_a & _coded(e.actor)) or (mine_r & _coded(e.recipient)):
                drop.add(id(m))
                break
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


#: Prepositions by which an act noun names whom or where it hits ("the attack on Beijing", "the
#: campaign against Berlin", "the bombing in Kabul"), not who does it.
ACT_TARGET_PREPS = frozenset(_WORDS["act_target_preps"])


def victim_of_denounced_act(verb: Token, ent: Entity, lexicon: Lexicon, used: list[Token]) -> bool:
    """Whether ``ent`` lies in a target phrase (:data:`ACT_TARGET_PREPS`) of the act noun that the
    accusing ``verb`` takes as direct object ("denounced the propaganda attack on Beijing", "condemned
    the smear campaign against Berlin"), another act than the accusation's own pattern noun (``used``:
    "filed a complaint against X" accuses X).  Denouncing an act accuses its doer, named by the noun's
    possessor, modifier or "by" phrase ("the Russian attack on Ukraine", "the attack by the
    Taliban") or not at all; whom or where it hit is not accused."""
    if not ent.span:
        return False
    for obj in children_of(verb):
        if obj.dep_ != "dobj" or obj in used or pos_of(obj) != "NOUN" or lexicon.match(obj) is None:
            continue
        for prep in children_of(obj):
            if prep.dep_ == "prep" and prep.lower_ in ACT_TARGET_PREPS:
                lo, hi = prep.idx, prep.right_edge.idx + len(prep.right_edge)
                if lo <= ent.span[0] and ent.span[1] <= hi:
                    return True
    return False


def _forum_of(verb: Token, ent: Entity, used: list[Token]) -> bool:
    """Whether ``ent`` is an organisation (a named organisation or a body of states) named by an "at"
    phrase on ``verb`` or on its pattern's noun (``used``): "withdrew its complaint against Uganda at
    the World Trade Organization", "lodged a protest against Israel at the United Nations" - the forum
    where the act is done.  The caller drops it only beside another recipient: alone it may be the
    target ("lashed out at the UN")."""
    if not ent.span or not (ent.code in MEMBER_BODIES or ent.sector == "IGO" or ent.name):
        return False
    for prep in [c for h in (verb, *used) for c in children_of(h)]:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for obj in children_of(prep):
            if (obj.dep_ == "pobj" and (obj.ent_type_ == "ORG" or ent.code in MEMBER_BODIES)
                    and prep.idx <= ent.span[0] and ent.span[1] <= obj.right_edge.idx + len(obj.right_edge)):
                return True
    return False


def _named_interlocutor(used: list[Token]) -> bool:
    """Whether the object of the pattern's preposition ("spoke to X", "spoke with X") names a party
    with a country or body code: one talked with, not an outlet or a listener nobody can place
    ("spoke to the Times", "spoke to her lawyer")."""
    return any(e.code for u in used if u.dep_ == "prep" for g in children_of(u) if g.dep_ == "pobj"
               for t in [g, *(c for c in children_of(g) if c.dep_ == "conj")] for e in _entities(t))


def _rioting(tok: Token, entry: LexEntry, a_toks: list[Token], actors: list[Entity]) -> bool:
    """Whether the verb ``tok`` of an attack or of damage to property (:data:`RIOT_ACT_VERBS`) is
    done by protesters only (:data:`PROTESTER_NOUNS`, or a count or crowd of them: "hundreds of
    demonstrators"), all civilians: a riot (CAMEO 145), not an armed attack.  Not a killing, a
    bombing or a clash with another named side ("protesters clashed with police")."""
    if entry.event != "ASSAULT" or entry.pos != "VERB" or tok.lemma_.lower() not in RIOT_ACT_VERBS:
        return False
    if not a_toks or not actors or not all(a.sector == "CVL" for a in actors):
        return False
    return all(_names_forces(t, PROTESTER_NOUNS) for t in a_toks)


def _investigated_parties(r_toks: list[Token], lexicon: Lexicon, cues: Cues) -> list[Token]:
    """What an investigation, criticism or accusation is about, by party: an act with a named doer
    stands for its doer ("investigate abuses by the army", "condemned the killing of civilians by
    Syrian forces": the army, the Syrian forces are investigated or condemned, not the act's
    victims); other words stay as they are."""
    out: list[Token] = []
    for t in r_toks:
        doers = []
        if pos_of(t) == "NOUN" and lexicon.match(t) is not None:
            doers = [d for d in noun_roles(t, cues.support_verbs)[0] if _entities(d)]
        out.extend(d for d in (doers or [t]) if d not in out)
    return out


def _purpose_of_same_act(mentions: list[EventMention]) -> None:
    """A purpose infinitive with no subject of its own whose act is of the same type as the act
    of the verb it hangs on ("fought to liberate the town", "met to discuss the border") tells the
    aim of that one act, not a second act: one record, the head's, which takes the purpose's
    recipients.  Mutates ``mentions``."""
    by_trigger = {m.trigger.i: m for m in mentions}
    dropped: set[int] = set()
    for m in mentions:
        tok = m.trigger
        if m.entry.pos != "VERB" or m.entry.construction or not _bare_purpose(tok) or tok.head.i == tok.i:
            continue
        head = by_trigger.get(tok.head.i)
        if (head is None or head.trigger.i in dropped or head.entry.pos != "VERB"
                or head.entry.event != m.entry.event
                or not all(any(_same_actor(a, b) for b in head.actor) for a in m.actor)):
            continue
        head.recipient = head.recipient + [r for r in m.recipient
                                           if not any(_same_actor(r, x) for x in (*head.recipient, *head.actor))]
        dropped.add(tok.i)
    mentions[:] = [m for m in mentions if m.trigger.i not in dropped]


#: CAMEO codes of taking people captive: an abduction or hostage-taking (181) and an arrest or
#: detention (173).  Who took people captive is who frees them.
CAPTURE_CAMEOS = frozenset({"181", "173"})


def _untold_releaser(m: EventMention, nouns: bool = False) -> bool:
    """A release (verb; also noun with ``nouns``: "secured the release of 21 schoolgirls") whose
    releaser is implied and unknown."""
    return (m.entry.cameo == RELEASE_CAMEO and (m.entry.pos == "VERB" or nouns and m.entry.pos == "NOUN")
            and m.implied_agent and len(m.actor) == 1
            and not (m.actor[0].code or m.actor[0].sector or m.actor[0].entity_text))


def _released_by_captors(mentions: list[EventMention]) -> None:
    """A release of people whose releaser the sentence does not name ("the girls were released on
    Thursday", "schoolgirls kidnapped by Boko Haram have been freed", "four detained leaders have been
    freed"; a release noun only with a capture in its own sentence: "secured the release of 21
    schoolgirls who were kidnapped by Boko Haram") is done by whoever took those people captive: the actor of a capture (abduction,
    hostage-taking, arrest: :data:`CAPTURE_CAMEOS`) with a named doer, of the same people (a
    recipient of the same country and sector) in the same sentence, else the nearest one told before it, else after it in
    the story.  With no such capture told, nobody is known to release them: no record.  Mutates
    ``mentions``."""
    if not any(_untold_releaser(m, nouns=True) for m in mentions):
        return
    captures = [c for c in mentions if c.entry.cameo in CAPTURE_CAMEOS and c.actor and not c.implied_agent
                and any(a.code or a.sector for a in c.actor)]  # a captor the text names, not one guessed
    dropped: set[int] = set()
    for m in mentions:
        if not _untold_releaser(m, nouns=True):
            continue
        held = {(r.code, r.sector) for r in m.recipient if r.sector}
        same = [c for c in captures if {(r.code, r.sector) for r in c.recipient} & held]
        sent = m.trigger.sent.start
        here = [c for c in same if c.trigger.sent.start == sent]
        before = [c for c in same if c.trigger.i < m.trigger.i and c.trigger.sent.start != sent]
        after = [c for c in same if c.trigger.i > m.trigger.i and c.trigger.sent.start != sent]
        if m.entry.pos == "NOUN":
            # "secured the release of 21 schoolgirls who were kidnapped by Boko Haram": only a
            # capture of the same people in the same sentence names the captors; else the noun stays
            here = [c for c in here if c.trigger.i != m.trigger.i]
            if not here:
                continue
        captor = (here or before[-1:] or after[:1] or [None])[0]
        if captor is None:
            dropped.add(m.trigger.i)
            continue
        m.actor = list(captor.actor)
        m.implied_agent = False
    mentions[:] = [m for m in mentions if m.trigger.i not in dropped]


#: Verbal acts (CAMEO 01-13, and protest) that address someone: a participle adjunct that goes on
#: with such an act addresses the same party.
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN", "AGREE", "CONCEDE", "PROTEST"})


#: Types of an act whose condemnation is aimed at its doer, not at whom or where it fell on.
CONDEMNED_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})


def _condemned_doers(mentions: list[EventMention]) -> None:
    """Condemning or criticising an act told as the verb's object ("condemned the attack on the
    crowd", "denounced the killing of 30 civilians in Mali", "condemned the bombing in Kabul")
    accuses its doer, as the annotation guide codes it: the object's own record gives the
    recipients, not the victims or the place inside the object's phrase, which the recipient
    search had reached.  Only when every recipient found lies inside that phrase ("condemned
    the attack, blaming Iran" keeps Iran).  Mutates the mentions."""
    by_trigger = {m.trigger.i: m for m in mentions}
    for m in mentions:
        if m.entry.event != "ACCUSE" or not m.recipient or m.entry.pos != "VERB":
            continue
        for obj in children_of(m.trigger):
            act = by_trigger.get(obj.i) if obj.dep_ == "dobj" else None
            if act is None or act.entry.event not in CONDEMNED_ACT_TYPES or act is m:
                continue
            lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
            if all(r.span and lo <= r.span[0] and r.span[1] <= hi for r in m.recipient):
                m.recipient = [replace(a) for a in act.actor]
            break


def _adjunct_addressee(mentions: list[EventMention]) -> None:
    """A bare participle adjunct ("..., calling for the building to stop") that continues a verbal
    act of its main verb ("the UN condemned Israel's settlements") and names no recipient of its
    own is addressed to the main act's recipients: the same speaker goes on to the same party.
    Mutates the mentions."""
    by_trigger = {m.trigger.i: m for m in mentions}
    for m in mentions:
        tok = m.trigger
        if (m.recipient or m.entry.event not in VERBAL_TYPES or tok.dep_ != "advcl" or tok.tag_ != "VBG"
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(tok))):
            continue
        main = by_trigger.get(tok.head.i)
        if (main is not None and main.recipient and main.entry.event in VERBAL_TYPES
                and {a.code for a in main.actor} == {a.code for a in m.actor}):
            m.recipient = list(main.recipient)


