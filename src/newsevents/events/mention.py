"""The event mention and the entity helpers that both the coder and the threat rules use.

:class:`EventMention` is one event found in one sentence, before time and place are attached.
The helpers read actor and recipient entities off argument tokens (the entities themselves come
from the actor stage, :func:`newsevents.actors.entities_for`), compare and de-duplicate them, and
tell a bare purpose infinitive.  This module imports neither :mod:`newsevents.events.coder` nor
:mod:`newsevents.events.threats`; both import it.

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/mention.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from newsevents.actors import entities_for
from newsevents.actors.resolve import PLACE_PART_NOUNS
from newsevents.events.lexicon import LexEntry
from newsevents.nlp import children_of, doc_ents, pos_of, token_table
from newsevents.records import Entity

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "mention.yaml")


@dataclass
class EventMention:
    """An event found in one sentence, before time and place are attached."""

    trigger: Token
    entry: LexEntry
    used: list[Token]
    actor: list[Entity]
    recipient: list[Entity]
    status: str
    attribution: Entity | None = None
    implied_agent: bool = False
    #: the act a verb of threatening names ("threatened to overrun Kunduz"): found so that the
    #: sentence's times and places are read with it, but no record of its own (the threat is)
    only_threatened: bool = False
    #: a verb of standing with a side told of a noun's referent ("forces backing Assad"): found so
    #: that the party's mention takes the country its clause gives, but no record of its own
    describes_party: bool = False

    @property
    def text(self) -> str:
        """The trigger words as written ("travel", "impose ... sanctions")."""
        if not self.used:
            return self.trigger.text  # (a one-word trigger: nothing to order)
        toks = sorted([self.trigger, *self.used], key=lambda t: t.i)
        return " ".join(t.text for t in toks)


#: Plural nouns of parties that a list of examples can name ("countries such as Kenya and
#: Tanzania", "Gulf states including Qatar", "allies like Britain").
PARTY_GROUP_NOUNS = frozenset(_WORDS["party_group_nouns"])
#: Prepositions that bring in the examples of such a group ("such as" is "as" with "such").
EXAMPLE_PREPS = frozenset(_WORDS["example_preps"])


def _named_members(tok: Token) -> list[Entity]:
    """Entities of the parties a plural party noun names by example: "African countries such as
    Kenya and Tanzania have expressed gratitude" -> Kenya, Tanzania; "Gulf states including
    Qatar" -> Qatar.  Empty for any other noun, and when the examples are no coded actors."""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in PARTY_GROUP_NOUNS:
        return []
    out: list[Entity] = []
    for prep in children_of(tok):
        if prep.dep_ != "prep" or prep.lower_ not in EXAMPLE_PREPS:
            continue
        if prep.lower_ == "as" and not any(c.lower_ == "such" for c in children_of(prep)):
            continue  # "nations as diverse as ...", "states as members": no examples
        for obj in children_of(prep):
            if obj.dep_ == "pobj":
                for member in (obj, *obj.conjuncts):
                    out.extend(e for e in entities_for(member) if e.code and e not in out)
    return out


#: Nouns of a text a party issues, whose words are that party's ("the statement accuses Fiji of ...").
ISSUED_TEXT_NOUNS = frozenset(_WORDS["issued_text_nouns"])
#: Verbs by which a party issues such a text ("issued a statement", "adopted a resolution").
ISSUING_VERBS = frozenset(_WORDS["issuing_verbs"])


def _document_issuers(tok: Token) -> list[Entity]:
    """Entities of the party that issued a text noun with no party of its own: its "from" object
    ("a statement from the foreign ministry accused Uganda"), the by-agent of
    a participle on it ("the resolution adopted by the Moroccan parliament condemns Algeria"), or
    for "the statement" the subject of the sentence just before whose issuing verb has a noun of
    the same word as object ("The ministry issued a statement on Monday. The statement accuses
    Fiji of ...").  Empty otherwise."""
    if tok.lemma_.lower() not in ISSUED_TEXT_NOUNS or pos_of(tok) != "NOUN":
        return []
    for c in children_of(tok):
        # "a statement from the Kenyan foreign ministry accused Uganda": the text's sender issued it
        if c.dep_ == "prep" and c.lower_ == "from":
            found = [e for g in children_of(c) if g.dep_ == "pobj" for e in entities_for(g) if e.code]
            if found:
                return found
    for acl in children_of(tok):
        if acl.dep_ == "acl" and acl.tag_ == "VBN" and acl.lemma_.lower() in ISSUING_VERBS:
            for agent in children_of(acl):
                if agent.dep_ == "agent":
                    found = [e for g in children_of(agent) if g.dep_ == "pobj" for e in entities_for(g) if e.code]
                    if found:
                        return found
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in children_of(tok)):
        return []
    sent = tok.sent
    if sent.start == 0:
        return []
    prev = tok.doc[sent.start - 1].sent
    for obj in prev:
        if (obj.dep_ == "dobj" and obj.lemma_.lower() == tok.lemma_.lower() and pos_of(obj.head) == "VERB"
                and obj.head.lemma_.lower() in ISSUING_VERBS):
            for subj in children_of(obj.head):
                if subj.dep_ == "nsubj":
                    return [e for e in entities_for(subj) if e.code]
    return []


#: Nouns of the other side's office holder: their possessor is the side they face ("his counterpart").
COUNTERPART_NOUNS = frozenset(_WORDS["counterpart_nouns"])


def _entities(tok: Token, depth: int = 1) -> list[Entity]:
    """Entities of an argument token; a non-actor noun passes to its possessor or its "of"/"by"
    object ("supported Putin's invasion" -> Putin, "opposes launches by the DPRK" -> DPRK), and
    ``depth`` more "of" links down ("one of the members of the Taliban" -> the Taliban).  The
    possessor of a :data:`COUNTERPART_NOUNS` noun is the other side ("his counterpart"), not its party."""
    found = entities_for(tok)
    if found:
        if all(e.code is None and e.name is None and e.sector for e in found):
            # "a soldier of the Islamic State", "members of the Taliban": a body named by its "of"
            owner = [e for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in children_of(c) if g.dep_ == "pobj" for e in entities_for(g) if e.code]
            if owner:
                return [replace(e, code=owner[0].code) for e in found]
        return found
    table = token_table(tok.doc)  # (labels, forms and lemmas by token index: no string made per read)
    deps, lowers, lemma = table.dep, table.lower, table.lemma[tok.i]
    for c in children_of(tok):
        if deps[c.i] == "poss" and lemma not in COUNTERPART_NOUNS:
            return entities_for(c)
    members = _named_members(tok) or _document_issuers(tok)
    if members:
        return members
    for c in children_of(tok):
        if deps[c.i] == "prep" and lowers[c.i] in ("of", "by") and lemma not in PLACE_PART_NOUNS:
            # "the launches by the DPRK" (not "the outskirts of Damascus": a place)
            for g in children_of(c):
                if deps[g.i] == "pobj" and entities_for(g):
                    return entities_for(g)
    if depth > 0:
        for c in children_of(tok):
            if deps[c.i] == "prep" and lowers[c.i] == "of":
                for g in children_of(c):
                    if deps[g.i] == "pobj" and pos_of(g) in ("NOUN", "PRON", "NUM"):
                        found = _entities(g, depth - 1)
                        if found:
                            return found
    return []


#: Dependencies of a non-actor noun through which its argument names the party it concerns:
#: "aid to Mozambique", "relations with Congo", "restrictions against German goods",
#: "an appeal from President Gbagbo".
_INNER_PREPS = frozenset(_WORDS["inner_preps"])


#: Subordinators of the condition a threat or demand is made on: the party it names is the target
#: ("threatened to stop negotiations if the United States goes ahead").
_CONDITION_MARKS = frozenset(_WORDS["condition_marks"])


#: Participles of holding land: a place "X-held" or "X-occupied" is in X's hands.
HOLDING_VERBS = frozenset(_WORDS["holding_verbs"])


#: Nouns for a rule or a text that binds ("launches against UN resolutions", "a raid against the
#: ceasefire agreement"): after "against" they say what an act breaks, not whom it is aimed at.
NORM_NOUNS = frozenset(_WORDS["norm_nouns"])


def _contrary_to_norm(tok: Token) -> bool:
    """True for the object of "against" that is a rule or a binding text ("against UN Security
    Council resolutions", "against international law"): "against" means "in breach of" there, and
    the body that made the rule is not acted on."""
    return (tok.dep_ == "pobj" and tok.head.lower_ == "against" and pos_of(tok) == "NOUN"
            and tok.lemma_.lower() in NORM_NOUNS)


#: Nouns of a place where people gather: its "in", "at" or "of" phrase says where it is ("a meeting
#: in the resort of Sochi", "a vigil at a community centre in London"), not whom an act is aimed at.
VENUE_NOUNS = frozenset(_WORDS["venue_nouns"])
#: Nouns of a meeting: an "in" or "at" phrase on them is where it was held ("talks in Beijing").
MEETING_NOUNS = frozenset(_WORDS["meeting_nouns"])


def _venue_of(noun: Token, prep: Token) -> bool:
    """True when ``prep`` ("in", "at", "of") is on a :data:`VENUE_NOUNS` noun or on a part of a
    place (:data:`~newsevents.actors.resolve.PLACE_PART_NOUNS`: "the outskirts of Damascus"), or
    ("in", "at") on a :data:`MEETING_NOUNS` noun ("talks in Beijing"): it says where the venue,
    place or meeting is, not a party."""
    word = noun.lemma_.lower()
    return (prep.lower_ in ("in", "at", "of") and word in VENUE_NOUNS | PLACE_PART_NOUNS
            or prep.lower_ in ("in", "at") and word in MEETING_NOUNS and _parties_named(noun))


def _parties_named(meeting: Token) -> bool:
    """Whether the other side of a meeting is named apart from its place: a "with" phrase on the
    meeting or on the verb it is the object of ("held talks with Xi in Beijing"), or joined doers
    ("China and Japan held talks in Beijing", "Chinese and Japanese diplomats held talks in
    Tokyo").  Without one, the place stands for the host ("the French minister held talks in
    Moscow" are talks with Russia)."""
    verb = meeting.head if meeting.dep_ in ("dobj", "nsubjpass") else meeting
    if any(c.dep_ == "prep" and c.lower_ == "with" for t in (meeting, verb) for c in children_of(t)):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "conj" for g in c.subtree)
               for c in children_of(verb))


def _recipient_entities(tok: Token, depth: int = 2) -> list[Entity]:
    """Entities of a recipient token.  Beyond :func:`_entities`, a non-actor noun passes to a
    nationality or actor modifier ("German goods") or, up to ``depth`` nouns down, to the object
    of one of its prepositions ("continue military aid to Mozambique")."""
    found = _entities(tok)
    if found:
        return found
    for c in children_of(tok):
        if c.dep_ in ("amod", "compound", "nmod") and entities_for(c):
            return entities_for(c)
    for c in children_of(tok):
        # "Israeli-occupied lands", "Russian-held towns": land is acted on through whoever holds it
        # (a "Panama-flagged" ship is coded as its flag state's by the actor stage)
        if c.dep_ == "amod" and c.lemma_.lower() in HOLDING_VERBS:
            for g in children_of(c):
                if g.dep_ in ("npadvmod", "compound", "nmod", "amod") and g.i < c.i and entities_for(g):
                    return entities_for(g)
    if tok.ent_type_ in ("GPE", "LOC") and pos_of(tok) == "PROPN":
        # a place acted on ("threatened to overrun Kunduz"): its country is filled in by the
        # place stage, which knows the gazetteer
        ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
        if ent is not None:
            return [Entity(entity_text=ent.text, code=None, sector=None, name=None,
                           span=(ent.start_char, ent.end_char))]
    for c in children_of(tok):
        # "DPRK ballistic missile launches": the country modifies the compound, not the noun
        if c.dep_ == "compound" and pos_of(c) == "NOUN":
            for g in children_of(c):
                if g.dep_ in ("amod", "compound", "nmod") and g.i < c.i and entities_for(g):
                    return entities_for(g)
    if depth > 0:
        for c in children_of(tok):
            if c.dep_ == "prep" and c.lower_ in _INNER_PREPS and not _venue_of(tok, c):
                for g in children_of(c):
                    if g.dep_ == "pobj" and not _contrary_to_norm(g):
                        found = _recipient_entities(g, depth - 1)
                        if found:
                            return found
    return []


#: Sectors of a state's own organs: government, military, police, judiciary, legislature, intelligence.
STATE_ORGANS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _dedupe_entities(ents: list[Entity]) -> list[Entity]:
    """``ents`` without repeats, first kept: entities with a name (a person, a body) are compared
    by code, name and sector, others by code, sector and text span."""
    out, seen = [], set()
    for e in ents:
        key = (e.code, e.name, e.sector) if e.name else (e.code, e.sector, e.span)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _same_actor(a: Entity, b: Entity) -> bool:
    """Whether two entities are one party: the same name when both have one (a person, a body),
    else the same code, sector and text span."""
    if a.name and b.name:
        return a.name == b.name
    return a.code == b.code and a.sector == b.sector and a.span == b.span


def _bare_purpose(verb: Token) -> bool:
    """A purpose infinitive with no subject or subordinator of its own ("use the army to end
    the protests"): part of its head's act."""
    return (verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)))
