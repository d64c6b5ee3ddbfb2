"""Threats: the rules that code a THREATEN record from other records of the same sentence.

A threat (CAMEO 13, PLOVER THREATEN, quad class verbal conflict) is one party's word that it
will do something harmful to another: cut aid, relations or talks, impose sanctions or bans
(CAMEO 131x-132x), protest (133), end talks, mediation or its involvement (134-136), repress
(137), use force, blockade or occupy (138x), or that it will act unless the other side meets a
demand, an ultimatum (139).  A threat is of the act threatened: its 13x row follows the CAMEO
row of that act (:func:`threat_cameo`).

Words that say "threaten" are coded straight from the lexicon; the rules here find the threats
told in other words, and are run by :func:`newsevents.events.coder.find_events` in this order:

* :func:`promised_harm`: a vow or pledge of a hostile act ("vowed to attack") becomes a threat;
* :func:`unexcluded_threats`: not ruling out a hostile act ("did not rule out military action
  against X") becomes a threat;
* :func:`ultimatums`: an act announced for the future "unless" the other side acts adds an
  ultimatum (139);
* :func:`stated_threats`: a hostile act its own actor says it will do or means to do ("said it
  would impose sanctions on X") adds a threat, as does a refusal to ease a ban ("will not allow
  opposition parties to run").

Facts come from the lexicon (CAMEO rows and quad classes), the factuality cues and the parse;
this module imports :mod:`newsevents.events.mention`, never :mod:`newsevents.events.coder`.

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/threats.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.events.domestic import DOMESTIC_THREAT_CAMEO
from newsevents.events.factuality import Cues, affirmed_by_negation, excludes_option, refused_infinitive, status_of
from newsevents.events.lexicon import Lexicon, quad_class
from newsevents.events.mention import (_CONDITION_MARKS, STATE_ORGANS, EventMention, _bare_purpose, _dedupe_entities,
                                       _entities, _recipient_entities, _same_actor)
from newsevents.events.roles import subject, verb_roles
from newsevents.nlp import children_of, pos_of, tokens_with_lemma
from newsevents.records import Entity

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "threats.yaml")


#: What a promised hostile act threatens: CAMEO 13x by the act's type (ASSAULT: military force).
THREAT_CAMEO = {"ASSAULT": "138", "COERCE": "137", "SANCTION": "1312", "PROTEST": "133", "MOBILIZE": "138"}


#: What a threatened act of a given CAMEO code threatens, by the longest matching code prefix
#: (CAMEO 13x rows): reducing or cutting relations (cancelled visits too), cutting aid, sanctions,
#: breaking off talks or mediation, expulsion, bans, curfews, emergency rule, protest, force, a
#: blockade, an occupation, mass-destruction weapons;
#: a code not listed falls back to :data:`THREAT_CAMEO` by the act's type.
THREAT_CAMEO_BY_CODE = {"160": "1313", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                        "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                        "175": "137", "14": "133", "15": "138", "191": "1381", "192": "1382", "204": "1385"}


def threat_cameo(cameo: str | None, event: str) -> str | None:
    """The CAMEO 13x row for a threat of an act with CAMEO ``cameo`` and type ``event``, or None
    when the act is no conflictual one a party can threaten."""
    for n in range(len(cameo or ""), 1, -1):
        if cameo[:n] in THREAT_CAMEO_BY_CODE:
            return THREAT_CAMEO_BY_CODE[cameo[:n]]
    return THREAT_CAMEO.get(event)


#: Verbs and nouns of promising or intending whose object, when a hostile act, makes a threat.
PROMISE_WORDS = frozenset(_WORDS["promise_words"])


def promised_harm(mentions: list[EventMention], lexicon: Lexicon) -> None:
    """A vow or pledge of a hostile act is a threat (CAMEO 13x, "vowed to attack", "declared his
    intent to attack the enclave"): the promise's record becomes THREATEN with the CAMEO row of
    :data:`THREAT_CAMEO`; the act itself keeps its own record (status future or hypothetical).
    Mutates ``mentions``."""
    by_trigger = {m.trigger.i: m for m in mentions}
    for m in mentions:
        if m.entry.event != "AGREE" or not PROMISE_WORDS & {m.trigger.lemma_.lower(), *m.entry.words}:
            continue
        heads = [m.trigger, *(u for u in m.used if pos_of(u) == "NOUN")]
        acts = [c for h in heads for c in children_of(h)
                if c.dep_ in ("xcomp", "acl") or c.dep_ in ("ccomp", "advcl") and any(a.lower_ == "to" for a in children_of(c))
                or c.dep_ == "dobj" and pos_of(c) == "NOUN" and h.i == m.trigger.i and c not in m.used]
        for act in acts:
            if any(c.dep_ == "neg" for c in children_of(act)):
                continue  # "pledged not to attack the rebels": a promise of restraint
            act = _continued_act(act, by_trigger, lexicon)  # "vowed to resume attacks": the attacks
            # the act's own record when it has one: its sense may differ from the bare pattern's
            # ("vowed to end the protests": the state ending dissent coerces); else its bare pattern
            hit = None if act.i in by_trigger else lexicon.match(act)
            act_entry = by_trigger[act.i].entry if act.i in by_trigger else hit[0] if hit else None
            code = threat_cameo(act_entry.cameo, act_entry.event) if act_entry is not None else None
            if code is None or act_entry.event not in THREAT_CAMEO:
                continue
            m.entry = lexicon.entry_for_cameo(code, m.entry.words, m.entry.pos, "promised-harm")
            if not m.recipient:  # whom the promised act would hit is threatened
                if act.i in by_trigger:
                    m.recipient = list(by_trigger[act.i].recipient)
                elif pos_of(act) == "VERB":
                    _, r_toks = verb_roles(act, hit[1])
                    m.recipient = _dedupe_entities([e for t in r_toks for e in _recipient_entities(t)
                                                    if not any(_same_actor(e, a) for a in m.actor)])
            break


#: Verbs by which a party is told to undergo a penalty ("would face arrest", "risk prosecution").
EXPOSURE_VERBS = frozenset(_WORDS["exposure_verbs"])
#: Verbs that tell a threat of the act in their infinitive ("threatened to annex the region").
THREAT_VERBS = frozenset(_WORDS["threat_verbs"])
#: Verbs of warning whose complement clause tells the warner's own act as coming ("warned that it
#: would ban the party"): a threat of that act.
WARN_VERBS = frozenset(_WORDS["warn_verbs"])
#: Nouns of threatening whose infinitive or "of" object is the act threatened ("its threat to fire
#: missiles toward Guam", "the threat of military action").
THREAT_NOUNS = frozenset(_WORDS["threat_nouns"])


#: Verbs that go on with, take up again or step up an act told as their object ("resume
#: attacks", "continue the bombing campaign"): the promised act is that object's.
CONTINUATION_VERBS = frozenset(_WORDS["continuation_verbs"])
#: Nouns of a run of acts whose kind is named by their modifier ("campaign of attacks", "bombing
#: campaign", "wave of arrests").
SERIES_NOUNS = frozenset(_WORDS["series_nouns"])


def _continued_act(act: Token, by_trigger: dict[int, EventMention], lexicon: Lexicon) -> Token:
    """The act a promise is of when its verb only goes on with one ("vowed to resume attacks on
    the army", "to continue the campaign of attacks", "to step up the bombing campaign"): the
    object noun, or the noun that names the kind of a run of acts; ``act`` itself otherwise."""
    if act.lemma_.lower() not in CONTINUATION_VERBS or act.i in by_trigger or lexicon.match(act) is not None:
        return act
    noun = next((c for c in children_of(act) if c.dep_ == "dobj" and pos_of(c) == "NOUN"), None)
    if noun is None or noun.i in by_trigger or lexicon.match(noun) is not None:
        return noun if noun is not None else act
    if noun.lemma_.lower() in SERIES_NOUNS:
        kinds = [c for c in children_of(noun) if c.dep_ in ("compound", "amod") and c.tag_ in ("NN", "NNS", "VBG")]
        kinds += [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in children_of(c) if g.dep_ == "pobj"]
        for k in kinds:
            if k.i in by_trigger or lexicon.match(k) is not None:
                return k
    return act


def threatened_acts(mentions: list[EventMention], lexicon: Lexicon) -> list[EventMention]:
    """A threat told with a verb of threatening coded only as a threat of unsaid kind (CAMEO 130)
    takes the CAMEO 13x row of the act it names (:func:`threat_cameo`): the infinitive of
    "threaten" ("threatened to annex the region": 1382; "threatened to make arrests": the light
    verb's object, 137) or its "with" object ("threatened Peru with sanctions": 1312), or the
    warner's own act its "warn" clause tells as coming ("warned that it would ban the party":
    1322) or the penalty it tells the warned side faces ("warned protesters they would face
    arrest": 137).  So does the noun "threat" with an infinitive or an "of" object naming the act
    ("its threat to fire missiles toward Guam", "the threat of US military action"); that act, told as
    asserted, is only threatened (hypothetical).  Whom the act would hit is threatened when the
    threat names nobody (or only the act's own words).  An act a noun of threat names keeps its
    own record (status hypothetical or future, or negated: "has not carried out its threat to
    fire").  Mutates ``mentions``; returns the acts threatened by a verb of
    threatening ("threatened to overrun Kunduz") whose threat it coded (the coder drops their own
    records; an act a warning tells as coming keeps its own, as a stated threat's does:
    :func:`newsevents.events.coder.find_events`)."""
    by_trigger = {m.trigger.i: m for m in mentions}
    acts_of_verbs: list[EventMention] = []
    for m in mentions:
        tok = m.trigger
        if m.entry.event != "THREATEN" or m.entry.cameo != "130":
            continue
        lemma = tok.lemma_.lower()
        if m.entry.pos == "NOUN":
            if lemma not in THREAT_NOUNS:
                continue
            # "its threat to fire missiles toward Guam", "threats to hit the North with strikes",
            # "the threat of military action": the act the threat is of
            acts = [c for c in children_of(tok) if c.dep_ == "acl" and pos_of(c) in ("VERB", "AUX")
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))]
            acts += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in children_of(c) if g.dep_ == "pobj" and g.i in by_trigger]
        elif m.entry.pos != "VERB":
            continue
        elif lemma in THREAT_VERBS:
            acts = [c for c in children_of(tok) if c.dep_ == "xcomp" and pos_of(c) in ("VERB", "AUX")]
            means = [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "with"  # "threatened Peru with sanctions"
                     for g in children_of(c) if g.dep_ == "pobj" and pos_of(g) == "NOUN"]
            acts += means
            # the "with" phrase is the act held out, never a party threatened ("threatened Iran with
            # military action": not "military action" as a second recipient)
            m.recipient = [r for r in m.recipient if not (r.span and any(_within(r, g) for g in means))]
        elif lemma in WARN_VERBS:
            acts = [c for c in children_of(tok) if c.dep_ == "ccomp" and pos_of(c) in ("VERB", "AUX")
                    and c.lemma_.lower() not in EXPOSURE_VERBS
                    and any(a.dep_ == "aux" and a.lower_ in STATED_AUX for a in children_of(c))]
            # "warned protesters they would face arrest": the penalty the warned side is exposed to
            acts += [d for c in children_of(tok) if c.dep_ == "ccomp" and c.lemma_.lower() in EXPOSURE_VERBS
                     for d in children_of(c) if d.dep_ == "dobj" and pos_of(d) in ("NOUN", "VERB")]  # (tagger: "face arrest")
        else:
            continue
        for act in acts[:1]:
            exposed = act.dep_ == "dobj" and act.head.lemma_.lower() in EXPOSURE_VERBS
            if any(c.dep_ == "neg" for c in children_of(act)):
                break  # "threatened not to attend": no hostile act
            own = by_trigger.get(act.i)
            if own is None and not exposed:  # a light verb: "threatened to make arrests", "to take action"
                own = next((by_trigger[c.i] for c in children_of(act) if c.dep_ == "dobj" and c.i in by_trigger), None)
            if own is not None:
                entry, hit = own.entry, list(own.recipient)
                if (lemma in WARN_VERBS and not exposed
                        and not all(any(_speaks_for(a, b) for a in m.actor) for b in own.actor)):
                    break  # "warned that Iran would attack": a warning of another's act is no threat of one's own
            elif (lemma in THREAT_VERBS or lemma in THREAT_NOUNS or exposed) and (found := lexicon.match(act)) is not None:
                # an act taken into the threat's own pattern ("threatened to cut ties"), or a penalty
                # the warned side faces (who faces it undergoes it)
                entry = found[0]
                who = subject(act.head)[0] if exposed else None
                hit = _recipient_entities(who) if who is not None else []
            else:
                break
            code = threat_cameo(entry.cameo, entry.event)
            if code is None or quad_class(entry.cameo, entry.event) not in (3, 4):
                break
            m.entry = lexicon.entry_for_cameo(code, m.entry.words, m.entry.pos, "threatened-act")
            if m.entry.pos == "VERB" and own is not None and lemma in THREAT_VERBS:
                acts_of_verbs.append(own)
            if m.entry.pos == "NOUN":
                if own is not None and own.status == "asserted":
                    own.status = "hypothetical"  # "the threat of US military action": threatened, not done
                if m.recipient and all(r.span and _within(r, act) for r in m.recipient):
                    m.recipient = []  # "the threat of US military action": the act itself is no one threatened
            if not m.recipient:
                m.recipient = [r for r in hit if not any(_same_actor(r, a) for a in m.actor)]
    return acts_of_verbs


def _within(entity: Entity, act: Token) -> bool:
    """Whether ``entity``'s span lies inside the words of ``act``'s phrase."""
    words = list(act.subtree)
    return words[0].idx <= entity.span[0] and entity.span[1] <= words[-1].idx + len(words[-1].text)


#: Verbs by which a party holds out an act of its own as an option ("floated the possibility of
#: a ban", "hinted at the possibility of cutting ties").  Not "raise": what "raised the prospect
#: of sanctions" is often told of commentators or of events, not of the party that would act.
HOLD_OUT_VERBS = frozenset(_WORDS["hold_out_verbs"])
#: Nouns of an option held out; the act is their "of" object.
OPTION_NOUNS = frozenset(_WORDS["option_nouns"])


def held_out_threats(doc: Doc, mentions: list[EventMention], lexicon: Lexicon, cues: Cues) -> list[EventMention]:
    """A party that holds out a hostile act of its own as an option ("the government floated the
    possibility of a ban on the party", "hinted at the possibility of suspending relations with
    Uganda", "mooted the option of military action against X") warns the side it would hit: a threat (CAMEO :func:`threat_cameo` of the act) by the
    holding verb's subject, as "did not rule out" is (:func:`unexcluded_threats`).  A cooperative
    act held out ("floated the idea of talks") threatens nothing, nor an act that hits
    nobody named unless it is a domestic measure.  The act keeps its own record, only possible
    (:func:`newsevents.events.factuality.status_of`).  Returns the new mentions (asserted)."""
    by_trigger = {m.trigger.i: m for m in mentions}
    out: list[EventMention] = []
    for tok in tokens_with_lemma(doc, HOLD_OUT_VERBS):
        if pos_of(tok) != "VERB" or tok.i in by_trigger:
            continue
        nouns = [c for c in children_of(tok) if c.dep_ == "dobj"]
        nouns += [g for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in ("at", "to", "towards", "toward")
                  for g in children_of(c) if g.dep_ == "pobj"]
        for noun in nouns:
            if noun.lemma_.lower() not in OPTION_NOUNS:
                continue
            acts = [g for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"
                    for g in children_of(c) if g.dep_ in ("pobj", "pcomp")]
            if not acts:
                continue
            act = acts[0]
            own = by_trigger.get(act.i)
            hit = None if own is not None else lexicon.match(act)
            entry = own.entry if own is not None else hit[0] if hit else None
            if entry is None or quad_class(entry.cameo, entry.event) != 4 or entry.event == "MOBILIZE":
                continue
            code = threat_cameo(entry.cameo, entry.event)
            who, _ = subject(tok)
            actors = _entities(who) if who is not None and code else []
            if not actors or status_of(tok, cues) != "asserted":
                continue
            if own is not None:
                named = list(own.recipient)
            elif pos_of(act) == "VERB":
                named = [e for t in verb_roles(act, hit[1])[1] for e in _recipient_entities(t)]
            else:  # "a ban on the party", "military action against Somalia"
                named = [e for c in children_of(act) if c.dep_ == "prep" and c.lower_ in ("on", "against", "with", "to")
                         for g in children_of(c) if g.dep_ == "pobj" for e in _recipient_entities(g)]
            recipients = _dedupe_entities([e for e in named if not any(_same_actor(e, a) for a in actors)])
            if not recipients and code not in DOMESTIC_THREAT_CAMEO:
                continue
            threat = lexicon.entry_for_cameo(code, (tok.lemma_.lower(), noun.lemma_.lower()), "VERB", "held-out-threat")
            out.append(EventMention(tok, threat, [noun], actors, recipients, "asserted"))
            break
    return out


#: Nouns of an outcome that may or may not come about (``outcome_nouns``): ruling one out is a forecast.
OUTCOME_NOUNS = frozenset(_WORDS["outcome_nouns"])


def unexcluded_threats(mentions: list[EventMention], lexicon: Lexicon) -> None:
    """A party that does not rule out, or refuses to rule out, a hostile act against another
    ("did not rule out military action against Syria", "refused to rule out new sanctions on
    Moscow") keeps that act open as a threat: its negated REJECT becomes THREATEN (asserted), CAMEO
    :func:`threat_cameo` of the act, aimed at whom the act would hit (PETRARCH's verb dictionary
    codes "rule out military action" 138); the REJECT of a refusal to rule it out goes.  Excluding
    a cooperative act ("did not rule out talks") stays as it is.  Ruling out an outcome
    (:data:`OUTCOME_NOUNS`: "did not rule out the possibility of US-Russian conflict", "we rule out
    the situation developing into a clash") forecasts, rejects nothing: its REJECT goes, unless the
    outcome's act is a hostile one left open against a named party, which is a threat as above.
    Mutates ``mentions``."""
    by_trigger = {m.trigger.i: m for m in mentions}
    refusals: set[int] = set()  # "refused to rule out sanctions": the refusal is the threat's, no REJECT of its own
    forecasts: dict[int, Token] = {}  # rule-out -> the outcome it forecasts ("the possibility of a conflict")
    for m in mentions:
        tok = m.trigger
        if m.entry.event != "REJECT" or m.entry.pos != "VERB" or not excludes_option(tok):
            continue
        negated = any(c.dep_ == "neg" for c in children_of(tok))
        refused = refused_infinitive(tok)
        objects = [c for c in children_of(tok) if c.dep_ in ("dobj", "xcomp", "pcomp")]
        outcome = next((c for c in objects if c.dep_ == "dobj" and c.lemma_.lower() in OUTCOME_NOUNS), None)
        if outcome is not None:
            # ruling an outcome in or out is a forecast; only a hostile act of the outcome left
            # open may still be a threat ("did not rule out the possibility of strikes on X")
            forecasts[tok.i] = outcome
            objects = [g for p in children_of(outcome) if p.dep_ == "prep" and p.lower_ == "of"
                       for g in children_of(p) if g.dep_ in ("pobj", "pcomp")]
        if not (negated or refused) or m.status not in ("negated", "asserted"):
            continue
        for act in objects:
            own = by_trigger.get(act.i)
            entry = own.entry if own is not None else (lexicon.match(act) or (None,))[0]
            if entry is None or quad_class(entry.cameo, entry.event) != 4 or entry.event == "MOBILIZE":
                continue
            code = threat_cameo(entry.cameo, entry.event)
            if code is None:
                continue
            named = list(own.recipient) if own is not None else []
            if not named:  # the rule-out's own recipients, less the act named as its object
                named = [e for e in m.recipient if not (e.span and e.span[0] <= act.idx < e.span[1])]
            recipients = [e for e in named if not any(_same_actor(e, a) for a in m.actor)]
            if not recipients:
                continue  # "did not rule out military action": nobody named is threatened
            m.entry = lexicon.entry_for_cameo(code, m.entry.words, m.entry.pos, "unexcluded-threat")
            m.recipient = recipients
            m.status = "asserted"
            if refused:
                refusals.add(tok.head.i)
            break
    if refusals or forecasts:
        # a forecast rejects nothing, and the acts of the outcome it forecasts are not told either
        # ("rule out the situation developing into a direct clash"): unless it became a threat
        forecast = {t.i for m in mentions if m.entry.event == "REJECT" and m.trigger.i in forecasts
                    for t in forecasts[m.trigger.i].subtree}
        mentions[:] = [m for m in mentions if not (m.entry.event == "REJECT" and (
            m.trigger.i in refusals or m.trigger.i in forecasts)) and m.trigger.i not in forecast]


#: Subordinators of an ultimatum's condition: "will withdraw its force unless X arranges a ceasefire".
ULTIMATUM_MARKS = frozenset(_WORDS["ultimatum_marks"])
#: CAMEO code of an ultimatum (THREATEN: "threaten with sanctions or force unless demands are met").
ULTIMATUM_CAMEO = "139"


def ultimatums(mentions: list[EventMention], lexicon: Lexicon) -> list[EventMention]:
    """An act announced for the future unless the other side meets a condition ("will withdraw its
    peacekeepers from Chad unless the president arranges a ceasefire", "will impose sanctions
    unless Uganda releases the prisoners") is also an ultimatum, CAMEO :data:`ULTIMATUM_CAMEO`
    (THREATEN), made now by the act's actor to the condition's subject and the act's target; the
    act keeps its own future record.  Only for conflictual acts (quad classes 3 and 4) and pull-backs
    (RETREAT: ending involvement, CAMEO 136).  Returns the new mentions (status asserted)."""
    out: list[EventMention] = []
    for m in mentions:
        if m.status != "future" or m.entry.event == "THREATEN" or m.entry.pos != "VERB":
            continue
        if quad_class(m.entry.cameo, m.entry.event) not in (3, 4) and m.entry.event != "RETREAT":
            continue  # a conflictual act, or a pull-back (ending involvement); "will sign unless" threatens nothing
        conditions = [c for v in _carrying_verbs(m.trigger) for c in children_of(v)
                      if c.dep_ == "advcl" and pos_of(c) in ("VERB", "AUX")
                      and any(k.dep_ == "mark" and k.lower_ in ULTIMATUM_MARKS for k in children_of(c))]
        if not conditions:
            continue
        addressee, _ = subject(conditions[0])
        named = _recipient_entities(addressee) if addressee is not None else []
        recipients: list[Entity] = []
        for e in [*named, *m.recipient]:  # "impose sanctions on Uganda unless Uganda ...": Uganda once
            if not any(_same_actor(e, a) for a in m.actor) and not any(
                    _same_actor(e, r) or (e.code and (e.code, e.sector) == (r.code, r.sector)) for r in recipients):
                recipients.append(e)
        entry = lexicon.entry_for_cameo(ULTIMATUM_CAMEO, m.entry.words, m.entry.pos, "ultimatum")
        out.append(EventMention(m.trigger, entry, m.used, list(m.actor), recipients, "asserted", m.attribution,
                                m.implied_agent))
    return out


def _carrying_verbs(trigger: Token) -> list[Token]:
    """The act's verb and the verbs whose infinitive complement it is ("will order the military
    to end the protests unless ...": a condition on the order is one on the act)."""
    out, tok = [trigger], trigger
    while tok.dep_ == "xcomp" and tok.head.i != tok.i and pos_of(tok.head) in ("VERB", "AUX") and len(out) < 4:
        tok = tok.head
        out.append(tok)
    return out


#: An easing of an administrative penalty (CAMEO 0811-0814: allowing rallies, parties, candidates)
#: that the party able to grant it says it will not grant keeps the penalty over the other side:
#: the threat of that penalty (CAMEO 132x, the same row).
REFUSED_EASING_THREAT = {"0811": "1321", "0812": "1322", "0813": "1323", "0814": "1324"}


#: Auxiliaries by which a speaker tells its own act as coming ("said it will", "said he would").
INTENT_AUX = frozenset(_WORDS["intent_aux"])
#: Modals by which a speaker tells its own act as possible ("said it could cut ties", "may
#: impose sanctions"): a party holding out a hostile act of its own as an option warns the
#: side it would hit, a threat like "will" (CAMEO 13, "warn"); said by others it is a forecast.
POSSIBILITY_AUX = frozenset(_WORDS["possibility_aux"])
#: Either: an auxiliary by which a party tells an act of its own as coming or possible.
STATED_AUX = INTENT_AUX | POSSIBILITY_AUX
#: Verbs and predicative adjectives by which a party holds an intent of its own ("wants to ban",
#: "intends to impose", "is ready to use force").  Not "decide", "prepare", "expect" or "hope": a
#: decision or preparation is told as the step towards the act itself, a hope or an expectation
#: as what may happen; none is the party's word to the one it would hit.
INTENT_VERBS = frozenset(_WORDS["intent_verbs"])
INTENT_ADJECTIVES = frozenset(_WORDS["intent_adjectives"])
#: Verbs that tell an act as coming, like "will" ("said it plans to ...", "said it is going to
#: ..."); a plan told by others ("had reportedly planned to storm the embassy") is a plot, so
#: these make a threat only in what the party itself says.
PLAN_VERBS = frozenset(_WORDS["plan_verbs"])
#: Nouns of intent a speaker announces ("announced a plan to suspend talks").
INTENT_NOUNS = frozenset(_WORDS["intent_nouns"])


def stated_threats(mentions: list[EventMention], lexicon: Lexicon, cues: Cues) -> list[EventMention]:
    """A conflictual act (quad class 4) that its own actor says it will do or holds the intent
    to do ("the president said he would use the army to end the protests", "announced a plan to
    suspend talks with Bhutan", "wants to ban opposition parties") is also a threat by that actor
    to the act's target, CAMEO :func:`threat_cameo` of the act (the conflictual counterpart of
    CAMEO 03, express intent to cooperate); the act keeps its own future record.  What others
    foresee ("analysts said Iran would retaliate"), what a party decides or prepares, a stated
    intent not to act, an intent only supposed ("if they want to attack") and an announced
    build-up of forces (MOBILIZE keeps its own future record, as the PLOVER records code it)
    threaten nothing.  The target is the act's recipient, else the
    subject of the condition it is said on ("will use force if the opposition disrupts the
    vote").  An act told as the purpose of another ("use the army to end the protests") makes
    one threat with it, of the purpose's kind; acts that already have a threat of their own (an
    ultimatum) are left alone.  An easing of a ban or restriction (CAMEO 0811-0814) its granter
    says it will not grant ("will not allow opposition parties to run") threatens the ban
    (:data:`REFUSED_EASING_THREAT`).  Returns the new mentions (status that of the saying)."""
    threatened = {m.trigger.i for m in mentions if m.entry.event == "THREATEN"}
    out: list[EventMention] = []
    found: dict[int, tuple[EventMention, Token, str, list[Entity]]] = {}
    for m in mentions:
        refused = REFUSED_EASING_THREAT.get(m.entry.cameo or "")
        if (refused and m.status == "negated" and m.trigger.i not in threatened and not m.implied_agent
                and {"neg", "aux"} <= {c.dep_ for c in children_of(m.trigger)}
                and any(c.dep_ == "aux" and c.lower_ in INTENT_AUX for c in children_of(m.trigger))):
            # "will not allow opposition parties to run": the ban is kept over them, by its word
            entry = lexicon.entry_for_cameo(refused, m.entry.words, m.entry.pos, "refused-easing")
            out.append(EventMention(m.trigger, entry, m.used, list(m.actor), list(m.recipient), "asserted",
                                    m.attribution))
            continue
        if (m.status not in ("future", "hypothetical") or (m.implied_agent and not _conditioned(m.trigger))
                or m.trigger.i in threatened
                or quad_class(m.entry.cameo, m.entry.event) != 4 or m.entry.event == "MOBILIZE"
                or m.trigger.i in found or _asks_which(m.trigger)):
            continue
        code = threat_cameo(m.entry.cameo, m.entry.event)
        holder = _intent_holder(m.trigger, cues) if code else None
        if holder is None:
            continue
        who, _ = subject(holder.head if holder.dep_ == "acomp" else holder)
        speakers = _entities(who) if who is not None else []
        backers = [sp for sp in speakers if any(_speaks_for(sp, a) for a in m.actor)]
        if backers:
            # an act whose agent is left unsaid is the threat of the party that says it will be done
            found[m.trigger.i] = (m, holder, code, backers[:1] if m.implied_agent else m.actor)
    inherited: dict[int, list[Entity]] = {}  # purpose act -> the recipients of the act it is the purpose of
    for i, (m, holder, code, threatener) in sorted(found.items()):
        purposes = [c.i for c in children_of(m.trigger) if c.i in found and _bare_purpose(c)]
        if purposes:
            inherited[purposes[0]] = list(m.recipient)  # the purpose act carries the threat
            continue
        status = status_of(holder, cues)
        if status != "asserted":
            continue  # "if they want to kill ...", "did not say it would ...": no intent stated
        recipients = list(m.recipient) or inherited.get(i, []) or _condition_targets(m, holder)
        if not recipients and code not in DOMESTIC_THREAT_CAMEO:
            continue  # "plan to hold a rally", "wanted to fight for their country": nobody is threatened
        entry = lexicon.entry_for_cameo(code, m.entry.words, m.entry.pos, "stated-threat")
        out.append(EventMention(m.trigger, entry, m.used, list(threatener), recipients, status, m.attribution))
    return out


def _intent_holder(trigger: Token, cues: Cues) -> Token | None:
    """The predicate by which a party states or holds the intent to do the act of ``trigger``:
    a speech verb whose complement tells the act with "will"/"would" or a verb of planning ("said
    he would use the army", "announced it will suspend talks", "said it plans an offensive"), an
    intent verb or adjective it is the complement or object of ("wants to ban", "wants his
    country to ban", "is ready to use force"), a plan held now ("Greece plans to impose
    restrictions") or a speech verb announcing a noun of intent
    ("announced a plan to suspend talks").  Climbs through complements, coordination and purpose
    clauses of the act ("would use the army to end protests").  None otherwise, and when a
    negation is on the way."""
    tok, told, below = trigger, False, None
    if _gone_into(trigger):
        tok, below = trigger.head.head, trigger  # "said it would go on strike": the going is the act's verb
    for _ in range(6):
        kids = list(children_of(tok))
        if any(c.dep_ == "neg" for c in kids) and not affirmed_by_negation(tok, below):
            return None  # (but "will not hesitate to use force" tells the act)
        told |= any(c.dep_ == "aux" and c.lower_ in STATED_AUX for c in kids)
        head = tok.head
        if head.i == tok.i:
            return None
        complement = tok.dep_ in ("xcomp", "ccomp") or (tok.dep_ == "dobj" and pos_of(tok) == "NOUN")
        if complement and (head.lemma_.lower() in INTENT_VERBS and pos_of(head) == "VERB"
                           or head.lower_ in INTENT_ADJECTIVES and head.dep_ == "acomp"):
            return head
        if (tok.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS and head.dep_ == "dobj"
                and head.head.lemma_.lower() in cues.speech_verbs):
            return head.head
        if tok.dep_ == "ccomp" and head.lemma_.lower() in cues.speech_verbs:
            return head if told else None
        if complement and pos_of(head) == "VERB" and head.lemma_.lower() in PLAN_VERBS and (
                head.lemma_.lower() != "go" or head.lower_ == "going"):
            if head.lemma_.lower() == "plan" and _present(head):
                return head  # "Greece plans to impose restrictions": its policy now
            told = True  # "said it planned an offensive", "is going to attack"
        elif not (tok.dep_ in ("xcomp", "conj") or _bare_purpose(tok) or (
                tok.dep_ == "dobj" and tok.i == trigger.i and head.lemma_.lower() in cues.support_verbs)):
            return None  # (an event noun climbs to its support verb: "would tighten the blockade")
        tok, below = head, tok
    return None


#: Prepositions by which "go" takes an event noun as the act it sets about ("go on strike", "go to war").
GO_INTO_PREPOSITIONS = frozenset(_WORDS["go_into_prepositions"])


def _gone_into(trigger: Token) -> bool:
    """Whether ``trigger`` is an event noun that "go" takes by "on" or "to" ("would go on strike
    if ...", "is ready to go to war"): the verb "go" then carries the act's intent and tense."""
    prep = trigger.head
    return (pos_of(trigger) == "NOUN" and trigger.dep_ == "pobj" and prep.dep_ == "prep"
            and prep.lower_ in GO_INTO_PREPOSITIONS and pos_of(prep.head) == "VERB" and prep.head.lemma_.lower() == "go")


def _conditioned(trigger: Token) -> bool:
    """Whether a condition ("if", "unless") hangs on the act or on a verb it is the complement
    of: "if corruption goes on, those involved will be arrested", said by the police, is their
    conditional warning even with the arresting party left unsaid."""
    return any(c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in _CONDITION_MARKS for k in children_of(c))
               for v in _carrying_verbs(trigger) for c in children_of(v))


def _present(verb: Token) -> bool:
    """A verb in the present tense, simple or progressive ("plans", "is planning"); not a past
    plan ("had planned to storm the embassy"), told as a plot."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in children_of(verb))


def _speaks_for(speaker: Entity, actor: Entity) -> bool:
    """Whether ``speaker`` states the intent of ``actor``: the same party, or the same country
    where one side names no sector ("Iran said its forces would ...", "it will"), or a government
    or an officer for an unnamed organ of its state ("the president said the army would ...",
    "the police chief said those involved would be arrested")."""
    if _same_actor(speaker, actor):
        return True
    if speaker.name and actor.name:
        return False
    if actor.code is None and not actor.name and actor.sector in STATE_ORGANS and speaker.sector in ("GOV", actor.sector):
        # "the president said he would order the military to ...": his own state's organ;
        # "the police chief said they would be arrested": the force he speaks for
        return True
    if not speaker.code or speaker.code != actor.code:
        return False
    return (speaker.sector == actor.sector or None in (speaker.sector, actor.sector)
            or (speaker.sector == "GOV" and actor.sector in STATE_ORGANS))


def _asks_which(trigger: Token) -> bool:
    """True when the act's object is asked about ("yet to announce what action they will take"):
    an indirect question names no act."""
    return any(c.dep_ == "dobj" and (c.tag_ in ("WP", "WDT") or any(d.dep_ == "det" and d.tag_ in ("WP", "WDT")
                                                                   for d in children_of(c)))
               for c in children_of(trigger))


def _condition_targets(m: EventMention, holder: Token) -> list[Entity]:
    """The parties named as the subject of a condition ("if"/"unless") on the act or on a clause
    between it and ``holder``: "will use force if the opposition disrupts the vote"."""
    tok = m.trigger
    while tok.i != holder.i:
        for c in children_of(tok):
            if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ in _CONDITION_MARKS for k in children_of(c)):
                who, _ = subject(c)
                if who is not None:
                    return [e for e in _recipient_entities(who) if not any(_same_actor(e, a) for a in m.actor)]
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return []


#: Verbs of an option's standing: "all options are / remain / stay on the table".
OPTION_STANDING_VERBS = frozenset(_WORDS["option_standing_verbs"])
#: The lemma whose tokens :func:`options_on_the_table` reads ("all options are on the table").
OPTION_LEMMA = frozenset({"option"})
#: Verbs of keeping: "keeps all options on the table".
OPTION_KEEPING_VERBS = frozenset(_WORDS["option_keeping_verbs"])
#: Prepositions naming whom the options are aimed at ("options against Iran", "regarding North Korea").
OPTION_TARGET_PREPS = frozenset(_WORDS["option_target_preps"])
#: CAMEO code of a threat whose means is not said (130).
UNSAID_THREAT_CAMEO = "130"


def options_on_the_table(doc: Doc, lexicon: Lexicon, cues: Cues) -> list[EventMention]:
    """A party that says "all options are on the table" (or keeps them there) holds force and
    pressure out as possible: a threat (CAMEO 130) by the speaker, or by the subject of "keep", to
    the party the options are against when the sentence says so ("all options regarding North
    Korea remain on the table").  The speaker is the subject of the verb of saying whose
    complement the clause is.  Negated ("no options are off the table" is not read), an option
    with no speaker, and "options" of any other kind ("options for investors") are no threat.
    Returns the new mentions (status that of the saying)."""
    out: list[EventMention] = []
    for tok in tokens_with_lemma(doc, OPTION_LEMMA):  # no walk of a document without one
        if pos_of(tok) != "NOUN":
            continue
        verb = tok.head
        if tok.dep_ == "nsubj" and verb.lemma_.lower() in OPTION_STANDING_VERBS:
            holder = verb.head if verb.dep_ in ("ccomp", "parataxis") and pos_of(verb.head) == "VERB" else None
            if holder is None:  # "all options remain on the table, the president said"
                holder = next((c for c in children_of(verb) if c.dep_ in ("parataxis", "ccomp") and pos_of(c) == "VERB"
                               and c.lemma_.lower() in cues.speech_verbs), None)
        elif tok.dep_ == "dobj" and verb.lemma_.lower() in OPTION_KEEPING_VERBS:
            holder = verb
        else:
            continue
        if holder is None or holder.lemma_.lower() not in cues.speech_verbs | OPTION_KEEPING_VERBS:
            continue
        places = [g for p in [*children_of(verb), *children_of(tok)] if p.dep_ == "prep" and p.lower_ == "on"
                  for g in children_of(p) if g.dep_ == "pobj" and g.lemma_.lower() == "table"]
        if (not places or any(c.dep_ == "neg" for c in children_of(verb))
                or any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(tok))):
            continue
        who, _ = subject(holder)
        actors = _entities(who) if who is not None else []
        if not actors:
            continue
        targets = [g for p in [*children_of(tok), *children_of(verb), *children_of(places[0])]
                   if p.dep_ == "prep" and p.lower_ in OPTION_TARGET_PREPS
                   and p != places[0].head for g in children_of(p) if g.dep_ == "pobj"]
        recipients = _dedupe_entities([e for t in targets for e in _recipient_entities(t)
                                       if not any(_same_actor(e, a) for a in actors)])
        entry = lexicon.entry_for_cameo(UNSAID_THREAT_CAMEO, ("option", "table"), "NOUN", "options-on-the-table")
        out.append(EventMention(tok, entry, [places[0]], actors, recipients, status_of(holder, cues)))
    return out
