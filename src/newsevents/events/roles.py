"""Argument structure: the actor and recipient tokens of an event trigger, from the parse.

Verbs: the subject (or the by-agent of a passive) is the actor; the object, the passive
subject, or the object of a recipient preposition is the recipient.  A verb with no subject
takes it along control and coordination chains ("is to travel", "agreed to cooperate",
"refused to recognise ... and have backed").  Event nouns: the possessor or a nationality
modifier is the actor ("Russia's invasion", "US sanctions"), the "of"/"on"/"to"/"with"/
"against" object the recipient ("invasion of Ukraine", "crackdown on protesters"); with
neither, the subject of the verb that governs the noun ("Putin ordered the invasion").

Its word lists (cue words, verb and noun lists) are data: ``events/lexicon/roles.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsevents.events.factuality import finite_beside_modal, load_cues, process_of
from newsevents.actors.kb import load_kb
from newsevents.actors.resolve import _names_attack_place, actors_of, entities_for
from newsevents.events.lexicon import CARRIER_VERBS, LIGHT_NOUNS, MEASURE_NOUNS, load_constructions, load_lexicon, stative_to_passive
from newsevents.nlp import children_of, lower_words, pos_of, token_table

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "roles.yaml")

#: Prepositions whose object is the recipient of an event.
RECIPIENT_PREPS = set(_WORDS["recipient_preps"])
#: Verbs of sending: their "from" phrase is where what is sent comes from, not a party acted on.
SENDING_VERBS = frozenset(_WORDS["sending_verbs"])
#: Prepositions of a projectile's path ("a missile that flew over Japan", "landed in the sea").
PATH_PREPS = set(_WORDS["path_preps"])
#: Extra recipient prepositions for event nouns ("invasion of Ukraine").
#: Prepositions that name the parties of a relation or a meeting ("talks between X and Y").
PARTY_PREPS = frozenset(_WORDS["party_preps"])
#: Nouns of an attitude in "in defiance of X", "in protest against X", "in opposition to X": an act
#: done in that attitude is aimed at X (noun -> the prepositions that name X).
#: "to show/express/voice their anger at X": verbs of showing a feeling, the feelings against
#: someone, and the prepositions that name that someone.
SHOWING_VERBS = frozenset(_WORDS["showing_verbs"])
#: Verbs of answering another's act whose "with" object is the answerer's own act ("Israel
#: responded with air strikes"); what they answer ("responded to the attacks") is not theirs.
RESPONDING_VERBS = frozenset(_WORDS["responding_verbs"])
#: Prepositions by which a verb with an object of its own names what its act goes into or is over
#: ("launched a probe into the killing", "lodged a protest over the detention"): another's act.
GROUND_PREPS = frozenset(_WORDS["ground_preps"])
GRIEVANCE_NOUNS = frozenset(_WORDS["grievance_nouns"])
#: Nouns of "on the verge/brink of V-ing": the subject of the clause is about to do V.
IMMINENCE_NOUNS = frozenset(_WORDS["imminence_nouns"])
#: Prepositions that name whom an attitude adjective is about ("angry with X", "disappointed in X").
ATTITUDE_TARGET_PREPS = set(_WORDS["attitude_target_preps"])
GRIEVANCE_PREPS = set(_WORDS["grievance_preps"])
STANCE_NOUNS = {k: set(v) for k, v in _WORDS["stance_nouns"].items()}
NOUN_RECIPIENT_PREPS = RECIPIENT_PREPS | set(_WORDS["noun_recipient_preps_more"]) | PARTY_PREPS
#: Nouns of a relation between parties: an act on one is aimed at the party on its other side
#: ("cut ties with", "boycott contact with").
RELATION_NOUNS = frozenset(_WORDS["relation_nouns"])
#: Nouns of the means of a talk at a distance ("by telephone with X", "over a video link with X").
MEDIUM_NOUNS = frozenset(_WORDS["medium_nouns"])
#: Verbs whose object does not control their infinitive: "promised the voters to cut taxes".
SUBJECT_CONTROL = frozenset(_WORDS["subject_control"])
#: Verbs of asking whose object is to do what their infinitive says, even when the parser hangs the
#: infinitive as an adverbial clause ("asked the EU on Monday to end the policy").
ASKING_VERBS = frozenset(_WORDS["asking_verbs"])
#: Verbs whose passive form states what its subject does ("were engaged in fighting", "is
#: involved in talks"): the passive subject is the actor of the event noun they govern.
STATIVE_PASSIVES = frozenset(_WORDS["stative_passives"])
#: Nouns of acts of courts and police on a person ("his conviction", "her arrest"): the
#: possessor undergoes them.
UNDERGONE_LEGAL_NOUNS = frozenset(_WORDS["undergone_legal_nouns"])
#: Verbs of moving to someone's side: "come to X's aid", "rushed to the assistance of X".
COME_TO_VERBS = frozenset(_WORDS["come_to_verbs"])
#: Entity types of measures and times, never an agent or actor ("by one hour", "by 2020").
MEASURE_ENTS = frozenset({"DATE", "TIME", "QUANTITY", "CARDINAL", "PERCENT", "MONEY", "ORDINAL"})
#: Nouns of a means of communication or transport: "by phone", "by letter", "by air" names how an
#: act is done, never who does it ("the ministers spoke by phone": the ministers spoke).
MEANS_NOUNS = frozenset(_WORDS["means_nouns"])
#: Nouns of decisions and texts: a participle on one ("a resolution toughening sanctions")
#: states what whoever adopted it does.
DOCUMENT_NOUNS = frozenset(_WORDS["document_nouns"])
#: Nouns of an accord or of talks, whose "on"/"over" phrase says what they are about.
ACCORD_NOUNS = frozenset(_WORDS["accord_nouns"])
#: Prepositions naming the topic of an accord or of talks.
TOPIC_PREPS = frozenset(_WORDS["topic_preps"])
#: Dependencies of a verb whose token is a recipient.
OBJECT_DEPS = ("dobj", "dative", "oprd", "npadvmod", "attr")


def _reduced_passive(verb: Token) -> bool:
    """A past participle heading an adverbial clause with no subject or auxiliary of its own
    ("when surrounded by ...", "once captured, ..."): passive in meaning."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head != verb
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)))


def _misparsed_active(verb: Token) -> bool:
    """A past-tense verb the parser hung on its subject as a participle ("A gunman killed at least
    50 people" read as "a gunman [who was] killed"): a passive participle takes no direct object."""
    return (verb.dep_ in ("acl", "amod") and verb.tag_ in ("VBN", "VBD") and pos_of(verb.head) in ("NOUN", "PROPN")
            and any(c.dep_ == "dobj" for c in children_of(verb)))


def _passive_complement(verb: Token) -> bool:
    """A passive verb with no subject of its own under another verb or a preposition: "reported
    being assaulted", "was arrested and charged", "fear being detained", "could face prison after
    being indicted"."""
    deps = token_table(verb.doc).dep  # (labels by token index)
    return (deps[verb.i] in ("xcomp", "conj", "pcomp") and verb.head != verb
            and any(deps[c.i] == "auxpass" for c in children_of(verb))
            and not any(deps[c.i] in ("nsubj", "nsubjpass") for c in children_of(verb)))


def passive_conjunct(verb: Token) -> bool:
    """A past participle coordinated with a passive verb, with no subject or auxiliary of its
    own: passive too, with the same subject ("was arrested and charged with fraud", "risks being
    executed ... or imprisoned on return")."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head != verb
            and any(c.dep_ == "auxpass" for c in children_of(verb.head))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)))


def _expletive_it(verb: Token, subj: Token) -> bool:
    """Whether ``subj`` is the dummy "it" of "it is hard/important/right to ...": "be" (or "seem")
    with one of the cues' ``expletive_adjectives``, whose infinitive's actor the clause does not
    name ("it is ready to talk" names the party)."""
    return (subj.lower_ == "it" and verb.lemma_.lower() in ("be", "seem", "appear", "remain")
            and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in load_cues().expletive_adjectives
                    for c in children_of(verb)))


def _people_before_agent(head: Token) -> Token | None:
    """The people a "who" clause is about when the parser hung it on a country named as the
    by-agent of a participle set off before it ("the Kurds, armed and supported by the US, who have
    been fighting Isis"): "who" is said of people, not of a place, so it goes to the nearest noun of
    people (a plural, or a named group or person) before the participle.  None otherwise."""
    if head.ent_type_ != "GPE" or head.dep_ != "pobj" or head.head.dep_ != "agent":
        return None
    participle = head.head.head
    if participle.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(participle)):
        return None  # "the soldiers were attacked by Peru, who ...": a clause of its own, with its subject
    for t in reversed(head.doc[head.sent.start:participle.i]):
        if pos_of(t) in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss") \
                and (t.tag_ in ("NNS", "NNPS") or t.ent_type_ in ("NORP", "PERSON", "ORG")):
            return t
    return None


def _shared_agent(verb: Token) -> Token | None:
    """The by-agent of coordinated past participles, which the parser hangs on the last one only
    ("was attacked and burned by troops", "rebels trained and funded by Peru"): one "by" phrase
    after a coordination of participles belongs to each of them.  For a participle with no agent
    or subject of its own whose coordinated participle (with no subject or auxiliary of its own)
    has one; None otherwise."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("agent", "nsubj", "csubj") for c in children_of(verb)):
        return None
    if verb.dep_ == "conj" and verb.head.tag_ != "VBN":
        return None  # coordinated with a finite verb, not a participle: no shared "by" phrase
    conjuncts = [c for c in children_of(verb) if c.dep_ == "conj"]
    while conjuncts:  # "groped, molested and robbed by gangs": down the chain of conjuncts
        c = conjuncts.pop(0)
        if c.tag_ != "VBN" or any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in children_of(c)):
            continue
        for a in children_of(c):
            if a.dep_ == "agent":
                objs = [g for g in children_of(a) if g.dep_ == "pobj" and g.ent_type_ not in MEASURE_ENTS]
                if objs:
                    return objs[0]
        conjuncts.extend(g for g in children_of(c) if g.dep_ == "conj")
    return None


def _active_conjunct_subject(verb: Token) -> Token | None:
    """The surface subject of a passive that an active verb with its own object is coordinated
    with ("the ship was chartered by a Taiwanese firm and visited Yeosu port": the ship visited, not
    the firm): a finite conjunct with a direct object and no subject or agent of its own shares the
    passive's subject, not its by-agent.  None otherwise."""
    if (verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or not any(c.dep_ == "dobj" for c in children_of(verb))
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "agent") for c in children_of(verb))):
        return None
    head = verb.head
    if head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in children_of(head)):
        return None
    return next((c for c in children_of(head) if c.dep_ == "nsubjpass" and c.tag_ not in ("WP", "WDT")), None)


def _subject_on_auxiliary(verb: Token) -> list[Token]:
    """The subject the parser hung on ``verb``'s auxiliary rather than on ``verb`` itself.

    "The Swiss government has, for the first time, prohibited journalists ...": with an
    inserted phrase between auxiliary and participle, the model makes "government" the subject
    of "has" and "has" an auxiliary of "prohibited"; the government still prohibits.
    """
    deps = token_table(verb.doc).dep  # (labels by token index)
    return [g for c in children_of(verb) if deps[c.i] == "aux" and c.i < verb.i
            for g in children_of(c) if deps[g.i] == "nsubj" and g.i < c.i]


def _gerund_subject(verb: Token) -> Token | None:
    """The noun right before "not V-ing" in a gerund clause, when the parser coordinated it elsewhere.

    "Trump steering clear of the zone and Pyongyang not carrying out a test": the noun directly
    before the negated gerund is that clause's own subject, though the parser made it a conjunct
    of "zone" and took the other clause's gerund as the subject.
    """
    if verb.tag_ != "VBG" or verb.i < 2:
        return None
    neg = verb.doc[verb.i - 1]
    noun = verb.doc[verb.i - 2]
    if neg.dep_ != "neg" or neg.head.i != verb.i:
        return None
    if pos_of(noun) not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.i >= noun.i:
        return None
    return noun



def _stranded_gerund(verb: Token) -> Token | None:
    """The gerund a subjectless "and V-ing" conjunct really goes with, when the parser coordinated
    it with the finite verb of the clause ("accused Moscow of violating the deal, and breaching the
    treaty": "breaching" hung on "accused"): a gerund cannot share a finite verb's tense, so it
    continues the nearest gerund before it that is the object of one of that verb's prepositions
    ("of violating").  None otherwise."""
    if (verb.dep_ != "conj" or verb.tag_ != "VBG" or verb.head.tag_ not in ("VBD", "VBZ", "VBP")
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb))):
        return None
    gerunds = [g for p in children_of(verb.head) if p.dep_ == "prep" and p.i < verb.i
               for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return gerunds[-1] if gerunds else None


#: Finite auxiliaries and verb tags by grammatical number.
_SINGULAR_FORMS, _PLURAL_FORMS = frozenset({"is", "has", "was", "does"}), frozenset({"are", "have", "were", "do"})


def _number(verb: Token) -> str | None:
    """``"s"`` or ``"p"``: the number a finite verb group shows by its first auxiliary or, with
    none, its own present-tense form; None when it shows none (a past tense, a modal)."""
    aux = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    word = aux[0] if aux else verb
    low = word.lower_
    if low in _SINGULAR_FORMS or word.tag_ == "VBZ":
        return "s"
    if low in _PLURAL_FORMS or word.tag_ == "VBP":
        return "p"
    return None


def _disagreeing_conjunct(verb: Token) -> bool:
    """A subjectless conjunct whose verb disagrees in number with the clause it is coordinated
    with inside a complement clause ("states have accepted that Assad has survived ... and are
    preparing to reopen embassies": "are" cannot go with "Assad", so "are preparing" continues the
    main clause, the states').  Only for a conjunct of a "that" complement clause."""
    if verb.dep_ != "conj":
        return False  # (most verbs: their head is not read)
    head = verb.head
    if head.dep_ != "ccomp" or head.head == head or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    mine, theirs = _number(verb), _number(head)
    return mine is not None and theirs is not None and mine != theirs


def _plural_subject_of_singular(verb: Token, subj: Token) -> bool:
    """A complement clause whose singular present-tense verb has a plural common noun as its
    subject, under a verb with its own subject: the parser took the end of the clause before for
    a subject ("video says some girls killed in airstrikes, demands release of fighters" is the
    video demanding).  The verb cannot agree with that noun, so it continues the main clause."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VBZ" and verb.head != verb and subj.tag_ == "NNS"
            and subj.lemma_.lower() != subj.lower_ and _number(verb) == "s"
            and any(c.dep_ == "nsubj" and c.i < subj.i for c in children_of(verb.head)))


def bare_participle_clause(verb: Token) -> bool:
    """A past participle with a subject but no auxiliary and no object: the passive of a headline
    or a list ("five hospitals bombed", "Three soldiers killed in Kabul blast"), whose subject
    underwent the act.  Only for acts done to someone (:data:`DONE_TO_TYPES`, by the verb's
    lexicon entry), in a main clause or a conjunct of another bare participle or adjective
    ("100 dead, 500 wounded and five hospitals bombed") or after an absolute "with" ("with 600
    women attacked in Cologne"): a past tense the tagger read as a
    participle keeps its object ("Gunman killed 50"), also one its conjunct shares ("men assaulted
    and robbed women"), and one in a subordinate clause is finite ("as the rebels negotiated with
    Russia")."""
    table = token_table(verb.doc)  # (tags and labels by token index)
    deps = table.dep
    if table.tag[verb.i] != "VBN" or not any(deps[c.i] == "nsubj" for c in children_of(verb)) or any(
            deps[c.i] in ("aux", "auxpass", "dobj", "agent", "nsubjpass", "mark") for c in children_of(verb)):
        return False
    entry = load_lexicon().match(verb)
    if entry is None or (entry[0].event not in DONE_TO_TYPES and verb.lemma_.lower() not in ACCUSING_VERBS):
        return False  # "Trump bitterly criticised.", "officials convened at the summit": a past tense
    if any(c.dep_ == "conj" and pos_of(c) == "VERB" and c.i > verb.i and any(g.dep_ == "dobj" for g in children_of(c))
           for c in children_of(verb)):
        # "groups of young men assaulted and robbed hundreds of women": the object the conjuncts
        # share hangs on the last one; a past tense with an object, whose subject does it
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in ("with", "without"):
        return True  # the absolute "with more than 600 women attacked in Cologne": the women were
    return (verb.dep_ == "conj" and head.tag_ in ("VBN", "JJ")
            and not any(c.dep_ in ("aux", "auxpass") for c in children_of(head)))


#: Types of acts done to someone, which headlines and lists tell by a bare participle ("five
#: hospitals bombed", "Kurdish leader imprisoned"; so are accusations and arrests,
#: :data:`ACCUSING_VERBS`: "Saudi Arabia Accused of ..."); other acts are told so only by a past tense
#: the tagger mistook ("officials convened at the summit").
DONE_TO_TYPES = frozenset({"ASSAULT", "COERCE"})


def _intent_maker(noun: Token, before: int) -> Token | None:
    """The party whose decision, plan or move ``noun`` is, named by its "by" or "of" object before
    token ``before`` ("the decision by Washington to ...", "the move of the French government to
    ..."): that object when the actor stage found a party in it, else None ("a campaign of violence
    to ..." names no one)."""
    for c in children_of(noun):
        if c.dep_ == "prep" and c.lower_ in ("by", "of") and c.i < before:
            for g in children_of(c):
                if g.dep_ == "pobj" and entities_for(g):
                    return g
    return None


def _given_leave(noun: Token) -> tuple[Token | None, bool]:
    """Who may do what a noun of leave (:data:`PERMISSION_NOUNS`) allows: the subject of a verb of
    seeking or holding it ("the president won parliamentary approval to send troops"), the indirect
    object of a verb of giving it ("gave the army permission to deploy"), else nobody named (the noun
    itself never acts: "approval to outlaw parties" is no act of a parliament)."""
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or pos_of(verb) not in ("VERB", "AUX"):
        return None, False
    lemma = verb.lemma_.lower()
    if lemma in LEAVE_GIVING_VERBS:
        dative = [c for c in children_of(verb) if c.dep_ == "dative"]
        if dative:
            return dative[0], False
        # "gave the army permission": the parser makes the receiver a modifier of the noun, whose
        # phrase then names the receiver
        if any(c.dep_ in ("compound", "nmod") and pos_of(c) in ("NOUN", "PROPN") for c in children_of(noun)):
            return noun, False
        return None, False
    if lemma in LEAVE_SEEKING_VERBS:
        return subject(verb)
    return None, False


#: Punctuation that ends a headline's label ("Story 8:", "Analysis -") or a dateline.
LABEL_ENDS = frozenset({":", "\u2014", "\u2013", "-", "--"})


def _label_subject(tok: Token) -> bool:
    """True for a subject that opens its sentence and ends in a colon or a dash: a dateline
    ("GENEVA, March 6 -", :func:`dateline`) or a headline's label ("Story 8:", "UPDATE 2:"), which
    the parser may hang on the verb beside the real subject; it names no party."""
    if tok.left_edge.i - tok.sent.start > 1:
        return False
    if dateline(tok):
        return True
    end = tok.right_edge
    after = tok.doc[end.i + 1] if end.i + 1 < len(tok.doc) else None
    return end.text in LABEL_ENDS or (after is not None and after.text in LABEL_ENDS)


def subject(verb: Token) -> tuple[Token | None, bool]:
    """The actor token of ``verb`` and whether it came from a passive by-agent.

    Follows xcomp/conj/advcl/relcl chains up when the verb has no subject of its own.
    """
    deps = token_table(verb.doc).dep  # (labels read from the document's table, no string made per read)
    shared = _shared_agent(verb)
    if shared is not None:
        return shared, True
    surface = _active_conjunct_subject(verb)
    if surface is not None:
        return surface, False
    own = _gerund_subject(verb)
    if own is not None:
        return own, False
    tok = verb
    raised = False  # climbed from an infinitive complement: "is scheduled to visit", "is due to visit"
    for _ in range(6):
        gerund = _stranded_gerund(tok)
        if gerund is not None:
            tok = gerund  # "accused X of violating ..., and breaching the treaty": X breached it
            continue
        if _disagreeing_conjunct(tok):
            tok = tok.head.head  # "accepted that Assad has survived ... and are preparing": who accepted
            continue
        if bare_participle_clause(tok):
            return None, False  # "five hospitals bombed": the hospitals were bombed by someone unnamed
        for c in children_of(tok):
            if deps[c.i] == "agent":
                # "shortened by one hour the curfew": a measure is no agent
                # "spoke by phone", "sent by air": a means is no agent either
                objs = [g for g in children_of(c) if deps[g.i] == "pobj" and g.ent_type_ not in MEASURE_ENTS
                        and g.lemma_.lower() not in MEANS_NOUNS]
                if objs:
                    return objs[0], True
        subj = past_dateline([c for c in children_of(tok) if deps[c.i] in ("nsubj", "csubj")])
        if not subj:
            subj = _subject_on_auxiliary(tok)
        if len(subj) > 1:
            # "Story 8: The United States accused ...": a headline's label (or a dateline) the parser
            # made a second subject
            subj = [c for c in subj if not _label_subject(c)] or subj
        if subj and subj[0].tag_ in ("WP", "WDT") and deps[tok.i] == "relcl":
            adopter = adopter_of(tok.head)
            if adopter is not None:
                tok = adopter  # "voted for a resolution that calls upon Israel to ...": who voted for it
                continue
            if subj[0].lower_ == "who":
                people = _people_before_agent(tok.head)
                if people is not None:
                    return people, False
            return tok.head, False  # "the shooter, who killed 59 people": the noun the clause is on
        if subj and _plural_subject_of_singular(tok, subj[0]):
            tok = tok.head  # "video says some girls killed ..., demands release": the video demands
            continue
        if subj:
            if raised and _expletive_it(tok, subj[0]):
                return None, False  # "it is hard not to accept ...": nobody is named as accepting
            inner = [c for c in children_of(subj[0]) if deps[c.i] == "nsubj" and pos_of(c) in ("NOUN", "PROPN")]
            if subj[0].tag_ in ("VBG", "VBN") and inner:
                # "The Red Cross operating in Iraq said ...": a reduced relative the parser made the
                # subject, with the noun it is on as its own subject
                return inner[0], False
            return subj[0], False
        passive = [c for c in children_of(tok) if deps[c.i] == "nsubjpass"]
        if passive:
            if raised or tok.lemma_.lower() in STATIVE_PASSIVES or stative_to_passive(tok):
                # "Putin is expected to visit": Putin visits; "Vietnam is committed to opening up"
                if passive[0].tag_ in ("WP", "WDT") and deps[tok.i] == "relcl":
                    return tok.head, False  # "the Briton, who was embedded with US forces"
                return passive[0], False
            stray = _stray_agent(tok)
            if stray is not None:
                return stray, True
            return None, False  # a passive without a by-agent does not say who acted
        if deps[tok.i] == "relcl" and tok.tag_ == "VB" and any(deps[c.i] == "aux" and c.lower_ == "to" for c in children_of(tok)):
            # "approved a measure to ease restrictions", "passed a bill to lift the ban": an
            # infinitive on a document noun, parsed as a relative clause; who passed it acts
            adopter = adopter_of(tok.head)
            if adopter is not None:
                tok = adopter
                continue
        if deps[tok.i] == "relcl":
            return tok.head, False
        if _reduced_passive(tok) or tok == verb and _passive_complement(tok):
            # "when attacked, the police fired back", "women reported being assaulted": the
            # subject up the chain underwent the act; without a by-agent nobody is said to act
            return None, False
        if _misparsed_active(tok):
            return tok.head, False  # headline style "A gunman killed 50 people" parsed as a noun phrase
        if (deps[tok.i] == "acl" and tok.tag_ == "VB" and pos_of(tok.head) == "NOUN" and tok.head.dep_ != "appos"
                and any(deps[c.i] == "poss" for c in children_of(tok.head))):
            # "their failed attempt to seize Kyiv", "Russia's plan to annex": the possessor acts
            # (not that of an apposition, which names a party again: "urged Chile and Peru, Bolivia's
            # neighbours, to act" - the neighbours act)
            return next(c for c in children_of(tok.head) if deps[c.i] == "poss"), False
        if (deps[tok.i] == "acl" and tok.tag_ == "VB" and tok.head.lemma_.lower() in INTENT_NOUNS
                and tok.head.dep_ != "appos"):
            # "the decision by Washington to impose sanctions", "the decision of the French
            # government to withdraw its troops": the party that decides, plans or moves acts
            maker = _intent_maker(tok.head, tok.i)
            if maker is not None:
                return maker, False
        if (deps[tok.i] == "pcomp" and tok.head.lower_ == "on" and tok.head.dep_ == "prep"
                and tok.head.head.lemma_.lower() in INTENT_NOUNS and pos_of(tok.head.head) == "NOUN"):
            # "the government's decision on lifting the curfew", "the decision of the Supreme Leader
            # on lifting the restrictions": who decides lifts them
            noun = tok.head.head
            maker = next((c for c in children_of(noun) if deps[c.i] == "poss"), None) or _intent_maker(noun, tok.i)
            if maker is not None:
                return maker, False
        if deps[tok.i] == "acl" and tok.tag_ == "VB" and tok.head.lemma_.lower() in PERMISSION_NOUNS:
            return _given_leave(tok.head)
        body = _infinitive_body(tok)
        if body is not None:
            return body, False
        if (deps[tok.i] == "acl" and tok.tag_ == "VB" and tok.head.dep_ == "dobj" and pos_of(tok.head.head) == "VERB"
                and (tok.head.lemma_.lower() in INTENT_NOUNS
                     or (tok.head.lemma_.lower() in PACT_NOUNS and tok.head.head.lemma_.lower() in PACT_MAKING_VERBS))):
            # "New Zealand made an effort to restore ties", "took steps to ease": who makes the effort;
            # "Russia and Cuba signed an agreement to boost trade": the parties to it do what it provides
            tok = tok.head.head
            continue
        if (deps[tok.i] == "acl" and tok.tag_ == "VB" and tok.head.lemma_.lower() in INTENT_NOUNS
                and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "with" and pos_of(tok.head.head.head) == "VERB"):
            # "Seoul responded with an offer to hold talks": who comes with the offer makes it
            tok = tok.head.head.head
            continue
        adopter = adopter_of(tok.head) if deps[tok.i] == "acl" and tok.tag_ in ("VBG", "VB") else None
        if adopter is not None:
            # "passed a resolution toughening sanctions", "approved a measure to ease restrictions":
            # who passed it acts
            tok = adopter
            continue
        if deps[tok.i] == "acl" and tok.tag_ == "VBG" and pos_of(tok.head) in ("NOUN", "PROPN"):
            return tok.head, False  # "demonstrators protesting election results"
        maker = _pact_maker_of_purpose(tok, raised)
        if maker is not None:
            # "signed an agreement aimed at boosting trade", "a deal designed to expand ties": the
            # parties to the pact do what it is made for, as with "an agreement to boost trade"
            tok, raised = maker, False
            continue
        if (raised and deps[tok.i] == "acl" and tok.tag_ == "VBN" and tok.lemma_.lower() in PURPOSE_PARTICIPLES
                and pos_of(tok.head) == "NOUN" and load_lexicon().match(tok.head) is not None):
            # "talks designed to end the civil war", "sanctions intended to force a change": an act
            # made for a purpose does not itself do what the purpose says, and names nobody who will
            return None, False
        if raised and deps[tok.i] == "acl" and tok.tag_ == "VBN" and pos_of(tok.head) in ("NOUN", "PROPN"):
            # "with the US and 11 other economies set to begin talks", "ministers expected to
            # attend": the noun a raising participle is on is its infinitive's subject
            noun = tok.head
            while deps[noun.i] == "conj" and pos_of(noun.head) in ("NOUN", "PROPN") and noun.head != noun:
                noun = noun.head  # the participle on the last of coordinated nouns is on them all
            return noun, False
        if (deps[tok.i] == "pcomp" and tok.head.lower_ == "of" and pos_of(tok.head.head) == "NOUN"
                and any(deps[c.i] == "poss" for c in children_of(tok.head.head))):
            # "the country's policy of accepting and assisting refugees": the possessor acts
            return next(c for c in children_of(tok.head.head) if deps[c.i] == "poss"), False
        if deps[tok.i] == "pcomp" and process_of(tok.head):
            # "began the process of withdrawing its forces": who begins the process does the act
            tok = tok.head.head.head
            continue
        if deps[tok.i] == "pcomp" and tok.head.dep_ == "prep":
            # "sanctioned X for aiding Russia": the object of the host verb acts
            host = tok.head.head
            objs = [c for c in children_of(host) if deps[c.i] == "dobj"]
            if objs and (tok.head.lower_ == "for" or (tok.head.lower_ in ("of", "with")
                                                      and host.lemma_.lower() in ACCUSING_VERBS)):
                return objs[0], False  # "accused Belarus of violating the ceasefire": the accused
            if not objs and tok.head.lower_ == "for" and pos_of(host) == "ADJ":
                # "disappointed in China for selling oil", "angry with Iran for arming them": whom
                # the attitude is about did it
                about = [g for c in children_of(host) if deps[c.i] == "prep" and c.lower_ in ATTITUDE_TARGET_PREPS
                         for g in children_of(c) if deps[g.i] == "pobj"]
                if about:
                    return about[0], False
            undergoer = [c for c in children_of(host) if deps[c.i] == "nsubjpass" or (
                deps[c.i] == "nsubj" and bare_participle_clause(host))]  # headline "Saudi Arabia Accused of ..."
            if undergoer and tok.head.lower_ in ("of", "for", "with") and host.lemma_.lower() in ACCUSING_VERBS:
                return undergoer[0], False  # "are accused of having beheaded prisoners": the accused
            if (tok.head.lower_ == "of" and host.lemma_.lower() in IMMINENCE_NOUNS and deps[host.i] == "pobj"
                    and host.head.dep_ == "prep" and pos_of(host.head.head) in ("VERB", "AUX")):
                # "the rebels are on the verge of capturing the city": the clause's subject is about to act
                tok = host.head.head
                continue
            tok = host
            continue
        if (deps[tok.i] == "xcomp" or deps[tok.i] == "advcl" and tok.head.lemma_.lower() in ASKING_VERBS
                and any(deps[a.i] == "aux" and a.lower_ == "to" for a in children_of(tok))) and tok.head != tok:
            # "asked the EU on Monday to end the policy": the parser may hang the infinitive as an adverbial
            controller = _object_controller(tok.head)
            if controller is not None:
                return controller, False  # "urged both sides to hold talks": the sides would talk
        if deps[tok.i] == "advmod" and tok.lower_ in ("back", "off", "away") and tok.head != tok:
            tok = tok.head  # "held back from visiting": the particle the parser took for an adverb
            continue
        if deps[tok.i] == "advcl" and tok.i > tok.head.i and tok.head.lemma_.lower() in load_cues().speech_verbs:
            # "Russian forces shelled Kharkiv, officials said, killing three": a participle the
            # parser hangs on the reporting verb belongs to the reported clause, not the speaker
            # (one before the reporting verb is the speaker's: "while speaking with X, Y noted")
            told = [c for c in children_of(tok.head) if deps[c.i] in ("ccomp", "parataxis") and c.i < tok.i]
            if not told:
                return None, False
            tok = told[-1]
            continue
        if deps[tok.i] == "conj" and finite_beside_modal(tok):
            # "Moon said the games will ensure peace and proposed talks": a past verb cannot share
            # the reported clause's "will", so it is coordinated with the reporting verb, whose
            # subject it shares
            tok = tok.head.head
            continue
        if (deps[tok.i] == "advcl" and tok.tag_ == "VBG" and tok.head != tok
                and any(deps[c.i] == "mark" and c.lower_ in TIME_MARKS for c in children_of(tok))):
            # "a soldier who was killed by a bomb while fighting Isis": a participle clause of time
            # is done by the subject of the clause it is in, the surface one of a passive too
            undergoer = [c for c in children_of(tok.head) if deps[c.i] == "nsubjpass"]
            if undergoer:
                if undergoer[0].tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
                    return tok.head.head, False
                return undergoer[0], False
        if (deps[tok.i] in ("xcomp", "conj", "advcl", "acomp") or (raised and deps[tok.i] == "oprd" and pos_of(tok) == "ADJ")) \
                and tok.head != tok:
            # "seems likely to tone down", "appears ready to sign": the adjective the parser made a
            # predicative complement raises its infinitive's subject like "is likely to"
            raised = deps[tok.i] == "xcomp" or (raised and deps[tok.i] in ("acomp", "oprd"))
            tok = tok.head
            continue
        break
    return None, False


#: Participles of purpose: "talks designed to end the war" says what the talks are for.
PURPOSE_PARTICIPLES = frozenset(_WORDS["purpose_participles"])


def _pact_maker_of_purpose(tok: Token, raised: bool) -> Token | None:
    """The verb by which a pact's parties made it, when ``tok`` is (or leads to) a participle of
    purpose on that pact: ``raised`` "designed" in "signed a deal designed to boost trade", or the
    gerund "boosting" in "signed an agreement aimed at boosting trade".  None otherwise."""
    participle = None
    if raised and tok.dep_ == "acl" and tok.tag_ == "VBN":
        participle = tok
    elif (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep"
          and tok.head.lower_ in ("at", "toward", "towards") and tok.head.head.dep_ == "acl"
          and tok.head.head.tag_ == "VBN"):
        participle = tok.head.head
    if participle is None or participle.lemma_.lower() not in PURPOSE_PARTICIPLES:
        return None
    pact = participle.head
    if (pact.lemma_.lower() in PACT_NOUNS and pact.dep_ == "dobj"
            and pact.head.lemma_.lower() in PACT_MAKING_VERBS):
        return pact.head
    return None

#: Subordinators of a participle clause of time ("while fighting", "when crossing", "after leaving").
TIME_MARKS = frozenset(_WORDS["time_marks"])


#: Nouns of setting up a body ("the creation of a commission to investigate"): an infinitive
#: relative on one tells what the body is to do.
CREATION_NOUNS = frozenset(_WORDS["creation_nouns"])


def _infinitive_body(verb: Token) -> Token | None:
    """The party an infinitive relative with its object in place is on: "a commission to
    investigate the killings", "the first country to recognise Kosovo" (the noun, when the actor
    stage found a party on it).  On "the creation of a commission" it is the body created, also
    when the parser hung the infinitive on the verb whose object the creation is ("announced the
    formation of a panel to investigate")."""
    if not (verb.tag_ == "VB" and verb.dep_ in ("acl", "advcl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and any(c.dep_ in ("dobj", "prep") for c in children_of(verb))):
        return None
    if verb.dep_ == "acl":
        body = verb.head
    else:
        body = next((c for c in children_of(verb.head) if c.dep_ == "dobj" and c.lemma_.lower() in CREATION_NOUNS
                     and c.i < verb.i), None)
        if body is None:
            return None
    if pos_of(body) not in ("NOUN", "PROPN"):
        return None
    if body.lemma_.lower() in CREATION_NOUNS:
        body = next((g for c in children_of(body) if c.dep_ == "prep" and c.lower_ == "of"
                     for g in children_of(c) if g.dep_ == "pobj"), body)
    return body if body.i in actors_of(verb.doc) else None


#: Verbs whose passive subject is said to have done the act of their "of/for/with" complement.
ACCUSING_VERBS = frozenset(_WORDS["accusing_verbs"])


#: Verbs that undo or oppose a document: their subject did not adopt it ("reversed a decision
#: that allowed observers in": the decision, not the reverser, allowed them).
UNDOING_VERBS = frozenset(_WORDS["undoing_verbs"])


def adopter_of(noun: Token) -> Token | None:
    """The verb whose subject adopted or backed a document noun ("passed a resolution", "voted
    in favor of a resolution", "issued a declaration"): through at most three preposition links.
    None when ``noun`` is no document noun or no verb governs it."""
    if noun.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    tok = noun
    for _ in range(3):
        if tok.dep_ in ("dobj", "nsubjpass") and pos_of(tok.head) in ("VERB", "AUX"):
            if tok.head.lemma_.lower() in UNDOING_VERBS:
                return None  # "urged X to reverse a decision that allowed ...": X allowed nothing
            return tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            up = tok.head.head
            if pos_of(up) in ("VERB", "AUX"):
                return up
            if pos_of(up) == "NOUN" and up.dep_ == "pobj":  # "in favor of a resolution"
                tok = up
                continue
        return None
    return None


#: Participles that say at whom a measure is aimed.
AIMING_VERBS = frozenset(_WORDS["aiming_verbs"])


def _aimed_at(verb: Token) -> list[Token]:
    """Whom "aimed at / targeted at / directed against" points to: the object of the preposition,
    or the object of the gerund it governs ("aimed at discouraging North Korea")."""
    out: list[Token] = []
    for prep in children_of(verb):
        if prep.dep_ == "prep" and prep.lower_ in ("at", "against"):
            for g in children_of(prep):
                if g.dep_ == "pobj":
                    out.append(g)
                elif g.dep_ == "pcomp":
                    out.extend(c for c in children_of(g) if c.dep_ == "dobj")
    return out


def _stray_agent(verb: Token) -> Token | None:
    """The by-agent of a passive ``verb`` that the parser hung one phrase too low ("was captured
    at the start of this year by the Syrian Democratic Forces": "by" on "start"): the object of
    a "by" inside one of the verb's own prepositional phrases, before any other verb.  None when
    there is none."""
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ == "by":
            continue
        for obj in children_of(prep):
            if obj.dep_ != "pobj":
                continue
            for by in obj.subtree:
                if by.lower_ == "by" and by.dep_ == "prep" and pos_of(by.head) in ("NOUN", "PROPN"):
                    agents = [g for g in children_of(by) if g.dep_ == "pobj"]
                    if agents and not any(pos_of(t) == "VERB" for t in verb.doc[prep.i:by.i]):
                        return agents[0]
    return None


#: Verbs of appealing whose prepositional object is asked to do what their infinitive says.
ADDRESSEE_PREPS = {k: tuple(v) for k, v in _WORDS["addressee_preps"].items()}


def _object_controller(verb: Token) -> Token | None:
    """The object that controls a verb's infinitive complement: "urged Iran to stop", "called on
    Russia to withdraw", "asked the court to rule".  None for subject control ("agreed to stop",
    "promised the voters to ..." is rare and read as subject control)."""
    if verb.lemma_.lower() in SUBJECT_CONTROL:
        return None
    for c in children_of(verb):
        if c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME"):
            return c
    for c in children_of(verb):
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS.get(verb.lemma_.lower(), ()):
            # "pleaded with the government to release them", "appealed to Russia to stop": the one appealed to
            objs = [g for g in children_of(c) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
            if objs:
                return objs[0]
    for c in children_of(verb):
        if c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            # "called on Russia to withdraw"; not "voted on Saturday to disarm"
            objs = [g for g in children_of(c) if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")]
            if objs:
                return objs[0]
    return None


def _stranded_object(prep: Token) -> Token | None:
    """The object of a preposition the parser left without one because it read the noun phrase
    after it as the subject of a bare participle, which it may tag as a past tense ("granted asylum to five officers holed up in
    an embassy": "officers" made subject of "holed"), or as the direct object of the preposition's
    verb ("a missile that flew over the Japanese island": "island" made object of "flew"): that noun,
    when its phrase starts right after the preposition.  None otherwise."""
    if any(g.dep_ == "pobj" for g in children_of(prep)) or prep.i + 1 >= len(prep.doc):
        return None
    for h in children_of(prep.head):
        if h.dep_ == "dobj" and h.i > prep.i and h.left_edge.i == prep.i + 1 and pos_of(h) in ("NOUN", "PROPN"):
            return h
    for h in children_of(prep.head):
        if h.dep_ in ("advcl", "ccomp", "conj") and h.tag_ in ("VBN", "VBG", "VBD") and not any(
                a.dep_ in ("aux", "auxpass") for a in children_of(h)):
            subj = [g for g in children_of(h) if g.dep_ in ("nsubj", "nsubjpass") and pos_of(g) in ("NOUN", "PROPN")]
            if subj and subj[0].left_edge.i == prep.i + 1:
                return subj[0]
    return None


#: Verbs of getting whose subject undergoes the act their object names, done by their "from" object
#: ("Ukraine received aid from the US", "won backing from Paris", "secured a loan from the IMF").
RECEIVING_VERBS = frozenset(_WORDS["receiving_verbs"])


#: Nouns of help whose "with the ... of X" names who helps the actor, not whom the act is aimed at
#: ("launched an offensive with the backing of the United States", "with the aid of a coalition"),
#: and that "come to X's ..." gives to X ("France came to Mali's aid").
HELP_NOUNS = frozenset(_WORDS["help_nouns"])


#: Nouns of a phrase that names whom the doer acts or speaks for ("on behalf of the American people",
#: "for the sake of the children"): not a party the act is aimed at.
ON_BEHALF_NOUNS = frozenset(_WORDS["on_behalf_nouns"])


#: Occasions and media of speech by the preposition that names them (``roles.yaml``
#: ``speech_occasions``): "at a press conference", "on Twitter" name no recipient.
SPEECH_OCCASIONS = {prep: frozenset(nouns) for prep, nouns in _WORDS["speech_occasions"].items()}


def _prep_objects(tok: Token, preps: set[str], skip: list[Token]) -> list[Token]:
    """Objects of ``tok``'s prepositions in ``preps`` (and a stranded object of one), except help
    nouns after "with", on-behalf nouns, and occasions or media of speech
    (:data:`SPEECH_OCCASIONS`).  Returns tokens in parse order."""
    out = []
    table = token_table(tok.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    for c in children_of(tok):
        if deps[c.i] in ("prep", "dative") and lowers[c.i] in preps and c not in skip:
            out.extend(g for g in children_of(c) if g.dep_ == "pobj"
                       and not (c.lower_ == "with" and g.lemma_.lower() in HELP_NOUNS)
                       and g.lemma_.lower() not in ON_BEHALF_NOUNS
                       and g.lemma_.lower() not in SPEECH_OCCASIONS.get(lowers[c.i], ()))
            stranded = _stranded_object(c)
            if stranded is not None:
                out.append(stranded)
    return out


def path_particle_objects(verb: Token) -> list[Token]:
    """The object of a path preposition the parser read as ``verb``'s particle ("a missile that
    flew over the Chilean island": "over" a particle, "island" the verb's object): the direct
    object that starts right after the particle.  Empty otherwise."""
    out = []
    for c in children_of(verb):
        if c.dep_ == "prt" and c.lower_ in PATH_PREPS:
            out.extend(g for g in children_of(verb) if g.dep_ == "dobj" and g.left_edge.i == c.i + 1)
    return out


#: Prepositions of the people among whom an act is spread ("spread disinformation among Peruvians").
AUDIENCE_PREPS = frozenset({"among", "amongst"})


def _split_subjects(subj: Token) -> list[Token]:
    """Further subjects of ``subj``'s verb that are the rest of a list the parser split after a
    comma: in "Representatives from the UAE, the US and China met" it makes "US" (with "China"
    its conjunct) a second subject of "met".  Only a subject starting right after a comma that
    ends ``subj``'s phrase counts."""
    doc = subj.doc
    end = subj.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    return [c for c in children_of(subj.head) if c.dep_ == "nsubj" and c.i > subj.i and c.left_edge.i == end + 2]


DATELINE_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


def dateline(tok: Token) -> bool:
    """True when ``tok`` is a wire story's dateline ("BEIJING (AP) \u2014 China promised ...",
    "GENEVA, March 6 - ..."): a word in capitals opening its sentence, followed only by names,
    numbers and punctuation up to a dash.
    The parser hangs it on the main verb as a modifier; it names where the story was filed, not a
    party to the act."""
    if not (tok.is_upper and len(tok.text) > 2 and tok.i - tok.sent.start <= 1):
        return False
    for t in tok.doc[tok.i + 1: min(tok.sent.end, tok.i + 8)]:
        if t.text in DATELINE_DASHES:
            return True
        if not (t.is_punct or pos_of(t) == "PROPN" or t.like_num):  # "GENEVA, March 6 -"
            return False
    return False


def past_dateline(subjects: list[Token]) -> list[Token]:
    """``subjects`` (a verb's subject tokens) without a wire story's dateline that the parser made
    one: "KUNDUZ, Afghanistan — Taliban insurgents struck ..." has two subjects, the dateline
    and the insurgents; in "RAMALLAH, West Bank — Israel's military says ..." the subject is
    the dateline and the real one hangs on it as an apposition after the dash, which takes its
    place.  The place a story was filed from is no party to its first sentence's act."""
    if not subjects or not dateline(subjects[0]):
        return subjects
    first = subjects[0]
    dash = next((t for t in first.doc[first.i + 1: first.sent.end] if t.text in DATELINE_DASHES), None)
    after = [a for a in children_of(first) if a.dep_ == "appos" and dash is not None and a.i > dash.i]
    return subjects[1:] or after[:1]


def _shared_object(verb: Token) -> list[Token]:
    """The object of a coordinated verb that ``verb`` shares: "arrested and questioned two
    journalists", "seized and inspected a vessel" (the parser hangs it on the last conjunct).  Only
    for an active verb with no object, party preposition or clause of its own, before a conjunct with no
    subject of its own; empty otherwise."""
    if pos_of(verb) != "VERB":
        return []
    table = token_table(verb.doc)  # (labels and forms by token index: no string made per read)
    deps, lowers = table.dep, table.lower
    if table.tag[verb.i] == "VBN" and any(deps[c.i] == "auxpass" for c in children_of(verb)):
        return []
    if any(deps[c.i] in ("dobj", "dative", "ccomp", "xcomp", "prt", "attr", "oprd") for c in children_of(verb)):
        return []
    if any(deps[c.i] == "prep" and lowers[c.i] in RECIPIENT_PREPS
           and any(deps[g.i] == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in children_of(c))
           for c in children_of(verb)):
        return []  # "withdrew from the town and ...": its own party or place ("on Nov. 24" is only when)
    for c in children_of(verb):
        if (deps[c.i] == "conj" and pos_of(c) == "VERB" and c.i > verb.i
                and not any(deps[g.i] in ("nsubj", "nsubjpass", "auxpass") for g in children_of(c))):
            return [g for g in children_of(c) if deps[g.i] == "dobj" and g.i > c.i][:1]
    return []


def _object_doers(verb: Token, obj: Token, used: list[Token]) -> list[Token]:
    """The parties whose act the direct object of an active ``verb`` is, named in a "by" phrase:
    "condemned the launch by North Korea", "rejected the proposal by Poland".  The parser hangs
    the phrase on the noun or, as often, on the verb after the object; either way, in an active
    clause it cannot be the verb's own agent.  Only words that name a party count
    (:func:`_names_party`: not "by mistake", "by 10,000")."""
    by = _prep_objects(obj, {"by"}, used) + [g for g in _prep_objects(verb, {"by"}, used) if g.i > obj.i]
    return [g for g in by if _names_party(g)]


def verb_roles(trigger: Token, used: list[Token]) -> tuple[list[Token], list[Token]]:
    """``(actor_tokens, recipient_tokens)`` of a verbal trigger.

    ``used`` are dependents consumed by the lexicon pattern ("impose sanction"): their own
    prepositional objects become recipients ("impose sanctions on X").
    """
    deps = token_table(trigger.doc).dep  # (labels read from the document's table, no string made per read)
    kids = children_of(trigger)  # (read once for the many tests below)
    actor, by_agent = subject(trigger)
    actors = [actor] if actor is not None else []
    if actor is not None and deps[actor.i] == "nsubj":
        actors += _split_subjects(actor)
    recipients: list[Token] = []
    passive = [c for c in kids if deps[c.i] == "nsubjpass"]
    if (passive and passive[0] not in used and trigger.lemma_.lower() not in STATIVE_PASSIVES
            and not stative_to_passive(trigger)):
        if passive[0].tag_ in ("WP", "WDT") and deps[trigger.i] == "relcl":
            recipients.append(trigger.head)  # "the protesters, who were beaten by police": the protesters
        else:
            recipients.append(passive[0])
    if (deps[trigger.i] in ("acl", "amod") and trigger.tag_ == "VBN" and pos_of(trigger.head) in ("NOUN", "PROPN")
            and not _misparsed_active(trigger)):
        recipients.append(trigger.head)  # "schoolgirls kidnapped by Boko Haram": the girls
    if not passive and passive_conjunct(trigger):
        head = trigger.head  # "was arrested and charged": the one arrested is charged
        shared = [c for c in children_of(head) if deps[c.i] == "nsubjpass"]
        if shared and shared[0].tag_ in ("WP", "WDT") and deps[head.i] == "relcl":
            recipients.append(head.head)
        elif shared:
            recipients.append(shared[0])
        elif _passive_complement(head):
            up, _ = subject(head.head)  # "risks being executed ... or imprisoned"
            if up is not None and up not in used:
                recipients.append(up)
    if not passive and _passive_complement(trigger):
        # "women reported being assaulted": the women; "was freed after being detained": the one freed
        host = trigger.head.head if deps[trigger.i] == "pcomp" else trigger.head
        up, _ = subject(host)
        if up is None:
            up = next((c for c in children_of(host) if deps[c.i] == "nsubjpass"), None)
        if up is not None and up not in used:
            recipients.append(up)
    if bare_participle_clause(trigger):
        recipients.extend(c for c in kids if deps[c.i] == "nsubj")  # "five hospitals bombed"
    if _reduced_passive(trigger):
        # "troops called in air support when surrounded by the Taliban", "once captured by the
        # rebels, the soldiers were ...": the main clause's subject undergoes it
        recipients.extend(c for c in children_of(trigger.head) if deps[c.i] in ("nsubj", "nsubjpass"))
    for c in kids:
        if deps[c.i] in OBJECT_DEPS and c not in used and not dateline(c):
            if c.lemma_.lower() in RELATION_NOUNS:  # "boycott all official contact with the United States"
                recipients.extend(_prep_objects(c, {"with"} | PARTY_PREPS, used))
            elif deps[c.i] == "dobj" and c.tag_ in ("WDT", "WP") and deps[trigger.i] == "relcl" and pos_of(trigger.head) in ("NOUN", "PROPN"):
                recipients.append(trigger.head)  # "the gangs that the police had been investigating": the gangs
            else:
                recipients.append(c)
                if pos_of(c) == "NOUN" and deps[c.i] == "dobj" and not passive:
                    recipients.extend(_object_doers(trigger, c, used))
    if not recipients and not passive:
        recipients.extend(_shared_object(trigger))
    # "sent weapons from Jordan and Turkey to the rebels": what is sent leaves from a place, and
    # goes to whom it is sent
    preps = RECIPIENT_PREPS - {"from"} if trigger.lemma_.lower() in SENDING_VERBS else RECIPIENT_PREPS
    recipients.extend(_prep_objects(trigger, preps, used))
    for c in kids:
        # "blocked streets in defiance of the authorities", "struck in protest against the
        # government": the one defied or protested against is what the act is aimed at
        if deps[c.i] == "prep" and c.lower_ == "in" and c not in used:
            for stance in children_of(c):
                if deps[stance.i] == "pobj" and stance.lemma_.lower() in STANCE_NOUNS:
                    recipients.extend(_prep_objects(stance, STANCE_NOUNS[stance.lemma_.lower()], []))
    for c in kids:
        # "spoke by telephone with the Indian army chief": the parser may hang "with X" on the medium
        # noun; the one spoken with is still the party talked to (the pattern may have used "by")
        if deps[c.i] in ("prep", "agent"):
            for medium in children_of(c):
                if deps[medium.i] == "pobj" and medium.lemma_.lower() in MEDIUM_NOUNS:
                    recipients.extend(t for t in _prep_objects(medium, {"with"}, used) if t not in recipients)
    for c in kids:
        # "blocked a road to show their disapproval of US policies": the purpose names the target
        if (deps[c.i] == "advcl" and c.lemma_.lower() in SHOWING_VERBS
                and any(deps[a.i] == "aux" and a.lower_ == "to" for a in children_of(c))):
            for feeling in children_of(c):
                if deps[feeling.i] == "dobj" and feeling.lemma_.lower() in GRIEVANCE_NOUNS:
                    recipients.extend(_prep_objects(feeling, GRIEVANCE_PREPS, []))
    for prt in kids:  # "kidnapped up to 16 advisers": "up to" read as particle and preposition
        if deps[prt.i] == "prt" and prt.lower_ == "up" and prt not in used:
            recipients.extend(_prep_objects(prt, {"to"}, used))
    for u in used:
        if deps[u.i] == "ccomp" and pos_of(u) == "ADJ":
            # "holds India responsible": the parser makes the object the predicate's subject
            recipients.extend(c for c in children_of(u) if deps[c.i] == "nsubj" and c not in recipients)
        if pos_of(u) in ("NOUN", "PROPN"):
            recipients.append(u)  # "rejected a U.S. request": the object's owner
            if deps[u.i] == "dobj" and u.head == trigger and not passive:
                recipients.extend(_object_doers(trigger, u, used))  # "rejected the proposal by Poland"
            # "the agreement on the committee's formation was reached": what an accord is on is its
            # topic, not a party ("imposed sanctions on Iran" still names the one sanctioned)
            preps = RECIPIENT_PREPS - TOPIC_PREPS if u.lemma_.lower() in ACCORD_NOUNS else RECIPIENT_PREPS
            recipients.extend(_prep_objects(u, preps | PARTY_PREPS, []))
            # "spread disinformation about the vaccine among Peruvians": the parser may hang the
            # audience on the topic; an "among" phrase inside the pattern noun's phrase is still its own
            # (the phrase is walked only when the document has such a word at all)
            if not AUDIENCE_PREPS.isdisjoint(lower_words(u.doc)):
                recipients.extend(g for t in u.subtree if deps[t.i] == "prep" and t.lower_ in AUDIENCE_PREPS and t.head != u
                                  for g in children_of(t) if deps[g.i] == "pobj" and g not in recipients)
            # "mounted its invasion of South Lebanon": an event noun's "of" names a place or party
            recipients.extend(g for g in _prep_objects(u, {"of"}, []) if g.ent_type_ in ("GPE", "LOC", "NORP", "ORG"))
            if deps[u.i] == "compound" and u.head.lemma_.lower() in LIGHT_NOUNS:
                # "launched a mediation effort between the Emirates and Saudi Arabia"
                recipients.extend(_prep_objects(u.head, RECIPIENT_PREPS | PARTY_PREPS, []))
            if u == trigger.head and deps[u.i] == "nsubj" and pos_of(u.head) in ("VERB", "AUX"):
                # "a missile launched from the DPRK flew over Japan": the path of the clause it is subject of
                recipients.extend(_prep_objects(u.head, PATH_PREPS, []))
            for clause in children_of(u):  # "launched a missile that flew over Japan"
                if deps[clause.i] == "relcl":
                    recipients.extend(_prep_objects(clause, PATH_PREPS, []) + path_particle_objects(clause))
                elif deps[clause.i] == "acl" and clause.lemma_.lower() in AIMING_VERBS:
                    recipients.extend(_aimed_at(clause))  # "restrictions aimed at discouraging North Korea"
                elif deps[clause.i] == "acl" and clause.tag_ == "VBN":
                    # "prevented the demonstration staged by students": those who hold it undergo the act
                    recipients.extend(g for a in children_of(clause) if deps[a.i] == "agent"
                                      for g in children_of(a) if deps[g.i] == "pobj")
        elif deps[u.i] == "prep":
            recipients.extend(g for g in children_of(u) if deps[g.i] == "pobj")
        elif pos_of(u) in ("VERB", "AUX") and deps[u.i] in ("ccomp", "xcomp"):
            # "allowed exiled leaders to return": who is let do it
            recipients.extend(c for c in children_of(u) if deps[c.i] in ("nsubj", "nsubjpass"))
    # a complement's recipient ("threatened to impose restrictions against German goods") is
    # found by the coder when the verb has none of its own, so that it can be filtered
    return actors, recipients


#: Nouns of trying or intending whose infinitive is done by whoever makes, takes or launches them.
INTENT_NOUNS = frozenset(_WORDS["intent_nouns"])
#: Nouns of a pact ("signed an agreement to boost trade": its parties do what it provides).
PACT_NOUNS = frozenset(_WORDS["pact_nouns"])
#: The verbs by which a pact's parties make it (sign, reach, conclude; not broker or reject).
PACT_MAKING_VERBS = frozenset(_WORDS["pact_making_verbs"])
#: Nouns of leave to act, and the verbs of seeking or holding it (their subject acts) and of giving
#: it (their indirect object acts): "won approval to send troops", "gave the army permission to deploy".
PERMISSION_NOUNS = frozenset(_WORDS["permission_nouns"])
LEAVE_SEEKING_VERBS = frozenset(_WORDS["leave_seeking_verbs"])
LEAVE_GIVING_VERBS = frozenset(_WORDS["leave_giving_verbs"])
#: Prepositions that set an event noun beside the clause's act rather than make it its object
#: ("despite sanctions", "amid protests", "after the invasion"): the act's subject is not its actor.
SETTING_PREPS = frozenset(_WORDS["setting_preps"])
#: Nouns that count or portion out the event noun after their "of" ("two days of talks", "a wave
#: of arrests", "part of the aid programme"), besides the quantities of :data:`MEASURE_NOUNS`.
PARTITIVE_NOUNS = frozenset(_WORDS["partitive_nouns"])


#: Nouns of showing, whose "in a show of ..." or "as a show of ..." phrase names what the
#: clause's own act is: its subject shows it.
DISPLAY_NOUNS = frozenset(_WORDS["display_nouns"])
#: Event nouns whose "in a ..." or "as a ..." phrase names the clause's own act, as a show does: "in a
#: concession to the unions, the government dropped the plan" (the government made the concession);
#: "police worked in cooperation with Jordanian authorities" (the police cooperated with them).
CLAUSE_ACT_NOUNS = DISPLAY_NOUNS | frozenset(_WORDS["clause_act_nouns_more"])
#: Nouns of a sum of money: "$20 million in aid" is aid of that sum.
MONEY_NOUNS = frozenset(_WORDS["money_nouns"])


def _partitive(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in PARTITIVE_NOUNS or lemma in MEASURE_NOUNS


def first_conjunct(noun: Token) -> Token:
    """The first of the nouns ``noun`` is coordinated with ("attacks and assaults": attacks)."""
    slot = noun
    while slot.dep_ == "conj" and pos_of(slot.head) == "NOUN" and slot.head != slot:
        slot = slot.head
    return slot


def counting_noun(noun: Token) -> Token | None:
    """The noun that counts the acts ``noun`` (or its first conjunct) names ("a spate of attacks
    and assaults", "a series of strikes": spate, series; :data:`PARTITIVE_NOUNS`), or None."""
    slot = first_conjunct(noun)
    if slot.dep_ == "pobj" and slot.head.lower_ == "of" and pos_of(slot.head.head) == "NOUN" \
            and _partitive(slot.head.head):
        return slot.head.head
    return None


def _names_party(tok: Token) -> bool:
    """Whether a noun names a party: a country, group or organisation, or a noun modified by one
    ("US warships")."""
    return tok.ent_type_ in ("GPE", "NORP", "ORG") or any(
        c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in children_of(tok))


def others_act_object(verb: Token) -> bool:
    """True when ``verb``'s direct object, or the object of its "at"/"over"/"about"/"against"
    phrase, names an act or a decision with no doer given in it: an event noun of the lexicon, a
    military activity (:data:`ACTIVITY_NOUNS`: "denounced the exercises") or a
    :data:`DOCUMENT_NOUNS` or :data:`SAYING_NOUNS` word with no possessor, "of" or "by" phrase ("condemned the attack",
    "rejected the proposal", "voiced anger at the bombing"; not "rejected Iran's proposal").
    Such an object's doer is whom the verb is aimed at, whoever that is."""
    table = token_table(verb.doc)  # (labels and forms read from the document's table, no string made per read)
    deps, lowers = table.dep, table.lower
    if pos_of(verb) not in ("VERB", "AUX"):
        return False
    kids = children_of(verb)  # (read once for the tests below)
    # the direct objects, then the objects of the "at"/"over"/... phrases (one loop over the
    # verb's children, no comprehension per verb)
    objects, preps = [], []
    for c in kids:
        d = deps[c.i]
        if d == "dobj":
            objects.append(c)
        elif d == "prep" and lowers[c.i] in ("at", "over", "about", "against"):
            preps.append(c)
    for c in preps:
        objects += [g for g in children_of(c) if deps[g.i] == "pobj"]
    for obj in objects:
        if pos_of(obj) != "NOUN":
            continue
        if any(deps[c.i] == "poss" or (deps[c.i] == "prep" and c.lower_ in ("of", "by")) for c in children_of(obj)):
            continue
        if obj.lemma_.lower() in DOCUMENT_NOUNS | ACTIVITY_NOUNS | SAYING_NOUNS or load_lexicon().match(obj) is not None:
            return True
        if verb.lemma_.lower() in LABELLING_VERBS and deps[obj.i] == "dobj" and not entities_for(obj):
            return True  # "described the settlements as illegitimate": whoever built them is blamed
    if verb.lemma_.lower() in _denying_verbs() and any(
            c.i > verb.i and (deps[c.i] == "ccomp" or (deps[c.i] in ("xcomp", "pcomp") and c.tag_ == "VBG"))
            for c in kids):
        return True  # "denied doing a deal", "denied that its jets struck": answered to the accuser
    for clause in kids:
        # "said the test constituted a violation", "said the charges were false": the reported
        # clause's subject is what is judged, as a labelling verb's object is
        if deps[clause.i] != "ccomp":
            continue
        if any(deps[c.i] == "nsubj" and c.lower_ == "they" for c in children_of(clause)):
            # "'they have broken their word,' Abe said": aimed at them, whoever they are (not "he",
            # "she": one person judged is most often one of the speaker's own politicians)
            return True
        if clause.lemma_.lower() not in EQUATING_VERBS:
            continue
        for subj in children_of(clause):
            if (deps[subj.i] == "nsubj" and pos_of(subj) == "NOUN" and not entities_for(subj)
                    and not any(deps[c.i] == "poss" or (deps[c.i] == "prep" and c.lower_ in ("of", "by"))
                                for c in children_of(subj))):
                return True
    return False


#: Verbs of a reported clause that equate its subject with their complement, as "be" does ("said the
#: test constituted a violation"); the coder's labelling constructions use them too.
EQUATING_VERBS = frozenset(_WORDS["equating_verbs"])


def _denying_verbs() -> frozenset[str]:
    """Verbs of denying a deed told by their clause ("denied doing a deal"): the heads of the
    clausal constructions of constructions.yaml (``clausal: true``)."""
    return frozenset(h for c in load_constructions() if c.clausal for h in c.heads)


#: Verbs that label their object ("called the vote a sham", "described the settlements as
#: illegitimate"): a thing so labelled, not an actor, is someone else's doing.
LABELLING_VERBS = frozenset(_WORDS["labelling_verbs"])


#: Nouns of something said by others: "dismissed the claim", "denied the reports" answer whoever
#: made the claim or the report, not the speaker's own country.
SAYING_NOUNS = frozenset(_WORDS["saying_nouns"])


#: Nouns of military activities that, bare, the lexicon codes only in patterns ("carried out
#: exercises"): "Kim denounced the exercises" condemns whoever holds them, not his own country.
ACTIVITY_NOUNS = frozenset(_WORDS["activity_nouns"])


def _carrying_noun(noun: Token) -> Token | None:
    """The light noun (:data:`~newsevents.events.lexicon.LIGHT_NOUNS`) that ``noun`` is the
    compound modifier of ("the withdrawal process", "a disarmament programme"), or None."""
    head = noun.head
    if noun.dep_ == "compound" and head != noun and pos_of(head) == "NOUN" and head.lemma_.lower() in LIGHT_NOUNS:
        return head
    return None



#: Participles of a third party's part in someone else's act: "a UN-monitored ceasefire", "a
#: Russian-brokered truce", "US-backed offensive" name who watches, brokers or backs the act, not
#: who does it ("Saudi-led", "UN-imposed", "UN-sponsored" name its doer or convener and are not here).
THIRD_PARTY_PARTICIPLES = frozenset(_WORDS["third_party_participles"])


def third_party_modifier(tok: Token) -> bool:
    """Whether ``tok`` is the name in front of a hyphenated participle of
    :data:`THIRD_PARTY_PARTICIPLES` ("UN" in "UN-monitored ceasefire"), which names a watcher,
    broker or backer of the act, not its doer."""
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text in ("-", "\u2010", "\u2011")
            and doc[tok.i + 2].lower_ in THIRD_PARTY_PARTICIPLES)


def _city(tok: Token) -> bool:
    """Whether the place name ``tok`` (with its compound words: "New York") names a city rather
    than a state: the actor dictionary has it as a capital standing for its state, or not at all
    (every country and nationality is there, so a place it lacks is a town or a region)."""
    words = [c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i]
    name = tok.doc[(words[0].i if words else tok.i): tok.i + 1].text
    entry = load_kb().lookup(name)
    return tok.ent_type_ in ("GPE", "LOC", "FAC") and (entry is None or entry.kind == "metonym")


def _names_as(verb: Token) -> bool:
    """True when ``verb`` names its object as something ("called the bombing a terrorist act",
    "called the sanctions illegal"): an object predicate, or an adjective the parser hung after
    the object's last noun instead ("called the threat of a strike extremely dangerous", where
    "dangerous" came out as a modifier of "strike": English puts no bare adjective after its noun)."""
    deps = token_table(verb.doc).dep
    for c in children_of(verb):
        if deps[c.i] == "oprd":
            return True
        if deps[c.i] == "dobj":
            last = verb.doc[c.right_edge.i]
            if pos_of(last) == "ADJ" and deps[last.i] == "amod" and last.head.i < last.i:
                return True
    return False


def _supports(verb: Token, support: frozenset[str]) -> bool:
    """Whether ``verb`` is one of the ``support`` verbs (lemmas), by its lemma or, where the model's
    lemma is off ("waged" -> "wag"), by its form with a regular ending taken off ("waged",
    "waging", "wages" -> "wage"), as the lexicon matches verbs."""
    if verb.lemma_.lower() in support:
        return True
    form = verb.lower_
    return any(form.endswith(end) and len(form) > len(end) + 2 and form[: -len(end)] + repl in support
               for end, repl in (("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", "e"), ("s", "")))


#: Nouns of announcing an act: their "of" object is the act, done by who announces it.
ANNOUNCEMENT_NOUNS = frozenset(_WORDS["announcement_nouns"])
#: Verbs by which a speech holds what it says ("the statement contained a threat").
CONTAINING_VERBS = frozenset(_WORDS["containing_verbs"])
#: Nouns of a speech, a text or a post that its speaker or author issues.
SPEECH_NOUNS = frozenset(_WORDS["speech_nouns"])


#: Verbs by which an act, as their subject, reaches its target ("the attack hit Greek hospitals").
HITTING_VERBS = frozenset(_WORDS["hitting_verbs"])
#: Act nouns that, with no modifier, name no attack as the "by" agent of a passive hitting verb.
BARE_AMBIGUOUS_HITTING_NOUNS = frozenset(_WORDS["bare_ambiguous_hitting_nouns"])


def noun_roles(trigger: Token, support: frozenset[str] = frozenset(),
               skip_pronoun_possessor: bool = False, pattern_words: list[Token] = ()) -> tuple[list[Token], list[Token]]:
    """``(actor_tokens, recipient_tokens)`` of an event noun.

    ``support`` are lemmas of verbs that pass their subject to the event noun they govern
    ("ordered the invasion", "held talks"); other verbs do not ("police recorded 14 assaults").
    With ``skip_pronoun_possessor`` a possessive pronoun ("the regime carried out its test")
    is passed over, for when it could not be resolved.  ``pattern_words`` are modifiers the
    lexicon pattern used, which name the kind of act, not its doer ("a DDoS attack").
    """
    deps = token_table(trigger.doc).dep  # (labels read from the document's table, no string made per read)
    if (deps[trigger.i] == "pobj" and trigger.lemma_.lower() in HELP_NOUNS and trigger.head.lower_ == "to"
            and trigger.head.head.lemma_.lower() in COME_TO_VERBS):
        # "urged Nato to come to Turkey's aid", "France came to the aid of Mali": the one who comes
        # helps; the possessor or "of" object is the one helped
        helped = [c for c in children_of(trigger) if deps[c.i] == "poss"] + _prep_objects(trigger, {"of"}, [])
        helper, _ = subject(trigger.head.head)
        return [t for t in [helper] if t is not None], helped
    if trigger.lemma_.lower() in UNDERGONE_LEGAL_NOUNS and not _prep_objects(trigger, {"of"}, []):
        # "an appeal against his conviction", "Smith's arrest": a person undergoes a court's or the
        # police's act; the possessor is the one convicted or arrested, not who convicts
        owners = [c for c in children_of(trigger) if deps[c.i] == "poss" and (c.tag_ == "PRP$" or c.ent_type_ == "PERSON")]
        if owners:
            return _prep_objects(trigger, {"by"}, []), owners
    actors = [c for c in children_of(trigger) if deps[c.i] == "poss" and c.ent_type_ not in ("DATE", "TIME")
              and not (skip_pronoun_possessor and c.tag_ == "PRP$")]  # "Saturday's demonstrations": a time
    if not actors:
        actors = [c for c in children_of(trigger) if deps[c.i] in ("amod", "compound", "nmod")
                  and c.ent_type_ in ("NORP", "GPE", "ORG") and pos_of(c) in ("ADJ", "PROPN") and c not in pattern_words
                  and not third_party_modifier(c)]
    recipients = _prep_objects(trigger, NOUN_RECIPIENT_PREPS, [])
    places = [a for a in actors if deps[a.i] in ("compound", "nmod") and _names_attack_place(a) and _city(a)]
    if places:
        # "the Paris attacks", "the Nice attack": a city before an attack noun is where it struck,
        # the one attacked, not the attacker
        actors = [a for a in actors if a not in places]
        recipients = places + [t for t in recipients if t not in places]
    carrier = _carrying_noun(trigger)
    if carrier is not None:
        # "started the withdrawal process from Syria", "Russia's disarmament programme": the light
        # noun the event noun names stands in its place; its possessor and objects are the act's
        if not actors:
            actors = [c for c in children_of(carrier) if deps[c.i] == "poss" and c.ent_type_ not in ("DATE", "TIME")
                      and not (skip_pronoun_possessor and c.tag_ == "PRP$")]
        recipients = recipients + [t for t in _prep_objects(carrier, NOUN_RECIPIENT_PREPS, []) if t not in recipients]
    if not actors:
        by = _prep_objects(trigger, {"by"}, [])
        if not by and deps[trigger.i] == "dobj" and not any(deps[c.i] in ("auxpass", "nsubjpass") for c in children_of(trigger.head)):
            # "to thwart deployments by US warships": an active verb takes no by-agent, so a "by" the
            # parser hung on it after its object names the object's doer, when it names a party
            # (not a means or amount: "ended the protest by force", "cut troops by half")
            by = [g for c in children_of(trigger.head) if deps[c.i] == "prep" and c.lower_ == "by" and c.i > trigger.i
                  for g in children_of(c) if deps[g.i] == "pobj" and _names_party(g)]
        if not by and deps[trigger.i] == "conj" and pos_of(trigger.head) == "NOUN" and trigger.head.i < trigger.i:
            # "military training and arms deliveries to the army by Russia": the parser hangs the
            # phrases after the last conjunct on the first; they are the conjuncts' own
            by = [g for g in _prep_objects(trigger.head, {"by"}, []) if g.i > trigger.i and _names_party(g)]
            if by and not recipients:
                recipients = [g for g in _prep_objects(trigger.head, NOUN_RECIPIENT_PREPS, []) if g.i > trigger.i]
        actors = by
    if (not actors and deps[trigger.i] == "pobj" and trigger.head.lower_ == "of"
            and trigger.head.head.lemma_.lower() in ANNOUNCEMENT_NOUNS):
        # "a US Treasury Department announcement of sanctions on 20 vessels", "Russia's declaration
        # of a ceasefire": who announces the act does it
        told = trigger.head.head
        actors = ([told] if entities_for(told) else []  # the actor's name may take in the noun itself
                  or [c for c in children_of(told) if deps[c.i] == "poss" and c.ent_type_ not in ("DATE", "TIME")]
                  or [c for c in children_of(told) if deps[c.i] in ("amod", "compound", "nmod")
                      and c.ent_type_ in ("NORP", "GPE", "ORG") and not third_party_modifier(c)]
                  or _prep_objects(told, {"by"}, []))
    if not actors:
        # "a spate of attacks and assaults in Cologne by gangs": the parser hangs the by-agent on
        # the noun that counts the acts; whoever does the spate does the attacks
        counter = counting_noun(trigger)
        if counter is not None:
            actors = _prep_objects(counter, {"by"}, [])
    if (not actors and deps[trigger.i] == "pobj" and trigger.head.lower_ == "with"
            and trigger.lemma_.lower() in HELP_NOUNS):
        # "won the fight with the aid of a US-led coalition": "with the help of X" names X as the
        # helper, and whoever does the act it helps (the clause's subject) as the one helped
        helpers = [g for c in children_of(trigger) if deps[c.i] == "prep" and c.lower_ == "of"
                   for g in children_of(c) if deps[g.i] == "pobj"]
        if helpers:
            host = trigger.head.head
            helped = subject(host)[0] if pos_of(host) in ("VERB", "AUX") else None
            if helped is None and pos_of(host) in ("VERB", "AUX"):
                helped = next((c for c in children_of(host) if deps[c.i] == "nsubjpass"), None)
            return helpers, [t for t in [helped] if t is not None]
    if not actors and deps[trigger.i] == "pobj" and trigger.head.lower_ == "under" and trigger.head.dep_ == "prep":
        # "the region is under increasing threat from Turkey", "came under fire from rebels": the
        # subject undergoes it; "from" or "by" names who does it
        host = trigger.head.head
        subj, _ = subject(host) if pos_of(host) in ("VERB", "AUX") else (None, None)
        if subj is None:  # "was placed under house arrest": the passive subject undergoes it
            subj = next((c for c in children_of(host) if deps[c.i] == "nsubjpass"), None)
        by = [g for c in children_of(trigger) if deps[c.i] == "prep" and c.lower_ in ("from", "by")
              for g in children_of(c) if deps[g.i] == "pobj"]
        return by, [t for t in [subj] if t is not None] + [t for t in recipients if t not in by]
    if not actors:
        # "joint drills that the United States and South Korea started", "the offensive the army
        # launched in May": a relative clause of a verb that holds or launches the act, with the act
        # noun as its object, names who does it
        for c in children_of(trigger):
            if (deps[c.i] == "relcl" and c.lemma_.lower() in CARRIER_VERBS
                    and not any(deps[g.i] == "dobj" and g.tag_ not in ("WDT", "WP") for g in children_of(c))):
                subj = [g for g in children_of(c) if deps[g.i] == "nsubj" and g.tag_ not in ("WDT", "WP")]
                if subj:
                    actors = subj[:1]
                    break
    if not actors:
        slot = carrier or trigger  # "launched 10 days of war games", "held a round of talks": the amount's place
        while (deps[slot.i] == "conj" and pos_of(slot.head) in ("NOUN", "PROPN") and slot.head != slot
               and load_lexicon().match(slot.head) is None):
            # "launched artillery, mortar and rocket fire against ...": the first conjunct's place,
            # when it names no event of its own ("talks ... as well as economic cooperation" stay apart)
            slot = slot.head
        while (deps[slot.i] == "pobj" and pos_of(slot.head.head) in ("NOUN", "NUM", "SYM")
               and (slot.head.lower_ == "of" and _partitive(slot.head.head)
                    # "sent $20 million in military assistance": the sum's place
                    or slot.head.lower_ == "in" and slot.head.head.lemma_.lower() in MONEY_NOUNS)):
            slot = slot.head.head
        host = slot.head
        if deps[host.i] == "prep" and host.lower_ in SETTING_PREPS:
            host = slot  # "Despite sanctions, North Korea made progress": a setting, not what was made
        while deps[host.i] == "prep" and host.head != host:
            host = host.head
        if (pos_of(host) in ("VERB", "AUX") and deps[slot.i] in ("dobj", "pobj", "attr", "nsubjpass")
                and (_supports(host, support)
                     # "responded with air strikes": the answer is the answerer's act
                     or host.lemma_.lower() in RESPONDING_VERBS and deps[slot.i] == "pobj" and slot.head.lower_ == "with"
                     # "flew bombers near the coast in a show of force": the clause's act is the show
                     or trigger.lemma_.lower() in CLAUSE_ACT_NOUNS and deps[slot.i] == "pobj" and slot.head.lower_ in ("in", "as"))
                # "launched a probe into the killing": the verb's act is its object; what that act
                # goes into is another party's act
                # (nor what it is over or about: "lodged a protest over the detention", another's act)
                and not (deps[slot.i] == "pobj" and slot.head.lower_ in GROUND_PREPS
                         and any(deps[c.i] == "dobj" and c != slot for c in children_of(host)))
                # "called the bombing a terrorist act": naming it, not staging it
                and not _names_as(host)
                # "voiced anger at the bombing", "expressed concern over the strikes": what a shown
                # feeling is about is another's act
                and not (deps[slot.i] == "pobj" and host.lemma_.lower() in SHOWING_VERBS)):
            subj, _ = subject(host)
            if subj is None and host.lemma_.lower() in STATIVE_PASSIVES:
                # "Serb forces were engaged in ethnic cleansing": a state, not a passive act
                subj = next((c for c in children_of(host) if deps[c.i] == "nsubjpass"), None)
            if (subj is not None and host.lemma_.lower() == "be"
                    and (subj.lower_ == "what" or deps[subj.i] == "csubj" and subj.doc[subj.left_edge.i].lower_ == "what")):
                # "after what Israel says was an assault on its troops": the free relative ("what",
                # "what Israel says") names the act itself, not who did it
                subj = None
            if subj is not None and subj != trigger:
                actors = [subj]
                if not recipients and deps[slot.i] == "pobj":
                    recipients = [c for c in children_of(host) if deps[c.i] == "dobj"]
                if deps[slot.i] == "dobj" and all(t.head.lower_ == "of" for t in recipients):
                    # "sent $20 million in aid to Yemen", "sent a letter of support to Cuba": what
                    # the verb gives goes to its "to" object (an "of" object says what it is), or
                    # to its indirect object ("sent Cuba a letter of support")
                    recipients = recipients + _prep_objects(host, {"to"}, []) + [
                        c for c in children_of(host) if deps[c.i] == "dative" and pos_of(c) in ("NOUN", "PROPN")]
        elif (pos_of(host) in ("VERB", "AUX") and deps[slot.i] == "dobj" and host.lemma_.lower() in CONTAINING_VERBS):
            # "Kim's New Year address included a warning to the US": a speech or a statement that
            # holds the act is its speaker's (the possessor or "by" object of the speech noun)
            subj, _ = subject(host)
            if subj is not None and subj.lemma_.lower() in SPEECH_NOUNS:
                actors = [subj]
    host = trigger.head
    if (not recipients and deps[trigger.i] == "nsubj" and pos_of(host) == "VERB"
            and host.lemma_.lower() in HITTING_VERBS):
        # "a ransomware attack by Albanian hackers hit Greek hospitals": what the act hit is its target
        recipients = [c for c in children_of(host) if deps[c.i] == "dobj"]
    if (deps[trigger.i] == "pobj" and deps[host.i] == "agent" and host.head != host
            and pos_of(host.head) == "VERB" and host.head.lemma_.lower() in HITTING_VERBS
            and all(r.ent_type_ in ("DATE", "TIME") for r in recipients)
            and not (trigger.lemma_.lower() in BARE_AMBIGUOUS_HITTING_NOUNS
                     and not any(deps[c.i] in ("compound", "amod") for c in children_of(trigger)))):
        # the same told in the passive: "the US embassy was hit by a rocket attack on Monday", "a
        # power plant was disabled by a cyber attack": the passive's subject is what the act hit
        # (an "on" object that is a day is when, not whom)
        recipients = [c for c in children_of(host.head) if deps[c.i] == "nsubjpass"] + recipients
    if deps[trigger.i] == "dobj" and pos_of(host) in ("VERB", "AUX") and host.lemma_.lower() in RECEIVING_VERBS:
        # "Ukraine received US military aid", "Minsk received a visit from Putin": the subject is
        # the one the act goes to; "from" on the verb names who does it (on the noun: the coder's
        # "from" source)
        actors = actors or _prep_objects(host, {"from"}, [])
        subj, _ = subject(host)
        recipients = [t for t in [subj] if t is not None and t not in actors] + [t for t in recipients if t not in actors]
    if not recipients:
        # "U.N. sanctions aimed at curbing North Korea's weapons program": the aim names the target,
        # as for a verb's object ("imposed sanctions aimed at ...")
        recipients = [t for c in children_of(trigger) if deps[c.i] == "acl" and c.lemma_.lower() in AIMING_VERBS
                      for t in _aimed_at(c)]
    if not actors:
        actors = answered_doers(trigger)
    return actors, recipients


#: Nouns of answering an act ("in response to", "in retaliation for"): the act answered is done
#: by the party the answer is aimed at.
ANSWER_NOUNS = frozenset(_WORDS["answer_nouns"])


def answered_doers(trigger: Token) -> list[Token]:
    """The doer of an act named as what a clause's act answers ("imposed sanctions on North Korea
    in response to two missile launches": North Korea launched them; "struck targets in Gaza in
    retaliation for rocket fire"): the party the answering act is aimed at, its object or the
    "on"/"against"/"in" object of the verb or of its object.  [] when ``trigger`` is no such act
    or the answer names no one it is aimed at."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("to", "for"):
        return []
    answer = trigger.head.head
    if answer.lemma_.lower() not in ANSWER_NOUNS or answer.dep_ != "pobj" or answer.head.lower_ != "in":
        return []
    host = answer.head.head
    if pos_of(host) not in ("VERB", "AUX"):
        return []
    objs = [c for c in children_of(host) if c.dep_ == "dobj"]
    aimed = _prep_objects(host, {"on", "against"}, []) + [t for o in objs for t in _prep_objects(o, {"on", "against", "in"}, [])]
    if not aimed:
        aimed = [o for o in objs if _names_party(o)]
    return [t for t in aimed if t is not trigger]
