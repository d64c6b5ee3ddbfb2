"""Factuality of an event mention: asserted, future, negated or hypothetical; and attribution.

Cue words and all other word lists of this module are data (``events/lexicon/factuality.yaml``,
read by :mod:`newsevents.wordlists`); this module walks the parse from the
trigger up through its governing clauses (control verbs, event-noun hosts) and stops at the
first clause with its own subject or auxiliary, so "refused to recognise X and have backed Y"
negates the recognising but not the backing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from newsevents.actors.resolve import _quote_start
from newsevents.nlp import children_lists, children_of, lemma_index, lower_words, pos_of, token_table
from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.events", "lexicon", "factuality.yaml")


@dataclass(frozen=True)
class Cues:
    """Factuality cue words (lemmas), from ``factuality.yaml``."""

    future_aux: frozenset[str]
    modal_aux: frozenset[str]
    negating_verbs: frozenset[str]
    future_verbs: frozenset[str]
    hypothetical_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    speech_verbs: frozenset[str]
    future_adverbs: frozenset[str]
    support_verbs: frozenset[str]
    expletive_adjectives: frozenset[str]
    future_nouns: frozenset[str]
    hypothetical_nouns: frozenset[str]
    negating_nouns: frozenset[str]
    purpose_nouns: frozenset[str]
    future_adjectives: frozenset[str]
    hypothetical_adjectives: frozenset[str]
    keeping_verbs: frozenset[str]


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lists of ``events/lexicon/factuality.yaml`` (read once at import into ``_WORDS``).
    Raises KeyError naming the file and the list when one is missing."""
    raw = _WORDS
    return Cues(**{k: frozenset(w.lower() for w in raw[k]) for k in Cues.__dataclass_fields__})


def finite_beside_modal(conj: Token) -> bool:
    """Whether ``conj``, a verb coordinated with the verb of a complement clause that has a modal
    ("said X will ensure ... and proposed ..."), is in a form the modal cannot govern (past or
    present tense; a participle with no "have"/"be" to carry it): it is then coordinated with the
    clause's governing verb, not inside the clause."""
    head = conj.head
    if head.dep_ != "ccomp" or head.head == head or pos_of(head.head) not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children_of(conj)):
        return False
    auxes = [c for c in children_of(head) if c.dep_ in ("aux", "auxpass")]
    if not any(a.tag_ == "MD" for a in auxes):
        return False
    return conj.tag_ in ("VBD", "VBZ") or (conj.tag_ == "VBN" and not any(a.lemma_.lower() in ("have", "be")
                                                                         for a in auxes))


#: Nouns of a course of action whose "of V-ing" is that action: "began the process of withdrawing",
#: "has the task of disarming": the verb governing the noun says who does it and whether it is done.
PROCESS_NOUNS = frozenset(_WORDS["process_nouns"])


def process_of(tok: Token) -> bool:
    """True for the "of" of a :data:`PROCESS_NOUNS` noun that is a verb's object ("will begin the
    process of withdrawing"): the gerund's status is the verb's."""
    noun = tok.head
    return (tok.dep_ == "prep" and tok.lower_ == "of" and noun.lemma_.lower() in PROCESS_NOUNS
            and noun.dep_ == "dobj" and pos_of(noun.head) in ("VERB", "AUX"))


def governing_chain(trigger: Token) -> list[tuple[Token, Token | None]]:
    """``[(token, child_on_path)]`` from the trigger up to the clause that owns it.

    Climbs through xcomp/pcomp/prep/pobj/dobj/attr/acl links (and conj when the conjunct has no
    auxiliary or subject of its own); stops after a token with its own subject, and at a noun
    that is not the trigger (an event inside another noun phrase is not governed by its verb).
    """
    chain: list[tuple[Token, Token | None]] = [(trigger, None)]
    # (labels, heads and parts of speech by index from the document's tables, each read once a step)
    table, kids = token_table(trigger.doc), children_lists(trigger.doc)
    deps, heads, tags, tokens = table.dep, table.head, table.pos, table.tokens
    first = trigger.i
    tok = trigger
    for _ in range(8):
        k = tok.i
        dep = deps[k]
        # what its children are: a subject, an auxiliary, an open complement (one loop: no set
        # built, nor intersected, per step)
        subject = auxiliary = complement = False
        for c in kids[k]:
            d = deps[c.i]
            if d in ("nsubj", "nsubjpass"):
                subject = True
            elif d in ("aux", "auxpass"):
                auxiliary = True
            elif d == "xcomp":
                complement = True
        if k != first and subject:
            break
        if dep == "conj" and (auxiliary or subject):
            break
        if dep == "conj" and finite_beside_modal(tok):
            break  # "said X will ensure ... and proposed": the reported "will" is not the proposal's
        if dep in ("xcomp", "pcomp", "prep", "pobj", "dobj", "attr", "acl", "conj", "nsubj", "advcl", "ccomp",
                   "oprd") or (dep == "acomp" and k == first and tags[k] == "ADJ") or (
                       dep == "acomp" and k != first and complement) or (dep == "advmod" and table.lower[k] in _PARTICLES):
            if dep == "nsubj" and k != first:
                break
            parent = tokens[heads[k]]
            if tags[heads[k]] in ("NOUN", "PROPN", "PRON") and dep in ("prep", "conj", "acl") and not process_of(tok):
                break  # embedded in another noun phrase ("his ally in Russia's invasion")
            chain.append((parent, tok))
            if dep in ("advcl", "ccomp"):
                break
            tok = parent
        else:
            break
    return chain


#: Subordinators of a present participle that tell it as the manner or circumstance of its head's
#: act ("will resolve the issue while cooperating with ...", "will end the war by negotiating").
MANNER_MARKS = frozenset(_WORDS["manner_marks"])


def _bare_participle(verb: Token) -> bool:
    """A present participle or purpose infinitive with no subject or subordinator of its own
    ("..., killing hundreds", "will send equipment to help defend"), or a present participle after
    a subordinator of :data:`MANNER_MARKS` ("while cooperating"): part of its head's act."""
    purpose = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    if verb.dep_ != "advcl" or not (verb.tag_ == "VBG" or purpose):  # "..., killing" / "... to help"
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        return False
    marks = [c for c in children_of(verb) if c.dep_ == "mark"]
    return not marks or (verb.tag_ == "VBG" and all(m.lower_ in MANNER_MARKS for m in marks))


def for_to_clause(verb: Token) -> bool:
    """True when ``verb`` heads a "for X to do" clause ("pushing for the US to support")."""
    return (any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(verb))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(verb)))


#: Adverbs the parser gives for verb particles ("held back from"): part of a phrasal verb.
_PARTICLES = frozenset(_WORDS["particles"])


#: Phrases that open an infinitive of purpose ("in order to", "so as to").
PURPOSE_PHRASES = frozenset(_WORDS["purpose_phrases"])
#: Verbs of attempting: "(met) to try to end the fighting" names the ending as the aim.
ATTEMPT_VERBS = frozenset(_WORDS["attempt_verbs"])
#: Verbs of readying a party or means for an act ("trained groups to fight Assad").
READYING_VERBS = frozenset(_WORDS["readying_verbs"])
#: Prepositions naming whom a request is addressed to ("pleaded with Russia to halt").
ADDRESSEE_PREPS = frozenset(_WORDS["addressee_preps"])


def _xcomp_below(trigger: Token, top: Token) -> bool:
    """True when ``trigger`` is ``top`` or a verb reached from it down infinitive complements and
    bare coordinated verbs only ("to force Moscow to withdraw": "withdraw" below "force"; "to
    prevent or stop assaults"), not an object noun ("to repel Saddam's invasion")."""
    tok = trigger
    for _ in range(6):
        if tok == top:
            return True
        if tok.dep_ not in ("xcomp", "conj") or pos_of(tok) not in ("VERB", "AUX") or (
                tok.dep_ == "conj" and (pos_of(tok.head) not in ("VERB", "AUX") or any(
                    c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "aux" and c.lower_ != "to")
                    for c in children_of(tok)))):
            return False  # ("to prevent or stop assaults": a verb joined to the aim shares it)
        tok = tok.head
    return False


def _purpose_aim(clause: Token, trigger: Token) -> bool:
    """True when ``clause`` (an advcl) is an infinitive of purpose whose aim holds ``trigger``: one
    opened by "so as" / "in order" ("met so as to end the fighting"), a bare one of a verb of
    attempting above the trigger ("held talks to try to ease tensions": the easing is only aimed
    at; the talks are held), or a bare one after the object of a verb of readying
    (:data:`READYING_VERBS`: "helped raise and train groups to fight Assad": no fight is told)."""
    if clause.dep_ != "advcl" or clause.tag_ != "VB" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
        return False
    kids = children_of(clause)
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    marks = " ".join(c.lower_ for c in kids if c.dep_ == "mark")
    if marks in PURPOSE_PHRASES:
        return _xcomp_below(trigger, clause)
    if not marks and clause.lemma_.lower() in ATTEMPT_VERBS and trigger != clause and _xcomp_below(trigger, clause):
        return True
    # "trained groups to fight Assad": a bare infinitive after the object of a verb of readying
    # names what the object is readied for
    head = clause.head
    return (not marks and head.lemma_.lower() in READYING_VERBS and _xcomp_below(trigger, clause)
            and any(c.dep_ == "dobj" and c.i < clause.i for c in children_of(head)))


#: Nouns whose "that" clause is only claimed or doubted: "no evidence that X" denies X.
EVIDENCE_NOUNS = frozenset(_WORDS["evidence_nouns"])


def _denied_by_evidence(trigger: Token) -> bool:
    """True when the trigger's clause is the content of "no evidence / no sign / no proof that ..."."""
    # (climbs by token index, reading the document's tables: no head token is made on the way)
    table, kids = token_table(trigger.doc), children_lists(trigger.doc)
    dep, head, lemma, lower = table.dep, table.head, table.lemma, table.lower
    k = trigger.i
    for _ in range(6):
        if dep[k] in ("acl", "ccomp") and lemma[head[k]] in EVIDENCE_NOUNS:
            return any(dep[c.i] in ("det", "neg") and lower[c.i] in ("no", "not") for c in kids[head[k]])
        if head[k] == k:
            return False
        k = head[k]
    return False


#: Prepositions whose object happened before or apart from the clause they modify: "did not comment
#: after the attack", "could face prison after being indicted", "was jailed despite the protests".
PRESUPPOSING_PREPS = frozenset(_WORDS["presupposing_preps"])
#: Prepositions presupposing a gerund only: "in criticising X, he won't admit ...", "indicted for
#: assaulting" ("in the talks" or "call for talks" may be planned).
PRESUPPOSING_GERUND_PREPS = frozenset(_WORDS["presupposing_gerund_preps"])


def _presupposes(prep: Token, child: Token, cues: Cues) -> bool:
    """True when ``prep`` (a preposition on a verb) takes ``child`` as a past or background fact:
    the verb's negation or modality does not reach it (after "after"/"following" its futurity
    still does: "will meet after the summit")."""
    if prep.dep_ != "prep" or pos_of(prep.head) not in ("VERB", "AUX") or child.dep_ not in ("pobj", "pcomp"):
        return False
    word = prep.lower_
    if word in PRESUPPOSING_PREPS:
        return True
    if word in PRESUPPOSING_GERUND_PREPS and child.dep_ == "pcomp" and child.tag_ == "VBG":
        head = prep.head.lemma_.lower()
        return not (head in cues.negating_verbs or head in cues.hypothetical_verbs or head in cues.future_verbs)
    return False


#: Verbs whose "that" clause is said not to be so: "denied that its troops had crossed the border".
DENYING_VERBS = frozenset(_WORDS["denying_verbs"])
#: Verbs that deny a claim named as their object ("rejected allegations that ...") and nouns of such claims.
CLAIM_REJECTING_VERBS = frozenset(_WORDS["claim_rejecting_verbs"])
CLAIM_NOUNS = frozenset(_WORDS["claim_nouns"])
#: Claim nouns whose "that" clause is only charged, not told as fact, even when nobody denies it:
#: "over accusations that they collaborated", "allegations that he had ordered the attack".
CHARGE_NOUNS = frozenset(_WORDS["charge_nouns"])


def _backshifted_would(tok: Token, aux: set[str], cues: Cues) -> bool:
    """True for the "would" of reported speech, the past of "will": "told AFP that he would appeal"
    reports a plan; not when a condition is attached ("said it would retaliate if attacked")."""
    return (aux & cues.modal_aux == {"would"} and tok.dep_ == "ccomp"
            and tok.head.lemma_.lower() in cues.speech_verbs and tok.head.tag_ == "VBD"
            and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks
                                                  for m in children_of(c)) for c in children_of(tok)))


def status_of(trigger: Token, cues: Cues | None = None) -> str:
    """The record's ``status`` for the event triggered by ``trigger`` (see spec)."""
    cues = cues or load_cues()
    status = _clause_status(trigger, cues)
    if status == "asserted" and _purpose_infinitive(trigger) and pos_of(trigger.head) in ("VERB", "AUX"):
        aim_of = status_of(trigger.head, cues)
        if aim_of != "asserted":
            return aim_of  # "refused to send troops to fight Isis": the aim of an act not done is not done
    if status == "asserted" and _sought_of_submitted(trigger):
        return "hypothetical"  # "the proposals passed to the envoy for his endorsement"
    copula = _membership_copula(trigger)
    if status == "asserted" and copula is not None:
        status = _clause_status(copula, cues)  # "would have to be one of those sanctioned": only possible
    if status == "asserted" and _yes_no_question(trigger):
        return "hypothetical"  # "Did Russia attack the ship?" asks, and does not tell, whether it did
    if (status != "asserted" and pos_of(trigger) == "NOUN" and trigger.dep_ == "dobj"
            and trigger.head.lemma_.lower() in cues.keeping_verbs):
        return "asserted"  # "failed to meet its commitment": the commitment was made; the keeping is what failed
    if status != "negated" and _held_possible(trigger):
        return "hypothetical"  # "raised the prospect of military action": only possible
    if status == "asserted" and _would_rather(trigger):
        return "hypothetical"  # "I would rather go fight the regime": a preference, nothing done
    if status == "asserted" and _said_likely(trigger, cues):
        return "hypothetical"  # "did not think a direct military clash with the US was likely"
    if status != "negated" and pos_of(trigger) == "NOUN":
        # "the upcoming visit", "a possible strike": the noun's own adjective dates or qualifies it
        adjectives = {c.lemma_.lower() for c in children_of(trigger) if c.dep_ == "amod"} | {
            c.lower_ for c in children_of(trigger) if c.dep_ == "amod"}
        if adjectives & cues.hypothetical_adjectives:
            return "hypothetical"
        if adjectives & cues.future_adjectives:
            return "future"
    return status


def _would_rather(trigger: Token) -> bool:
    """The trigger's clause (or the clause its bare infinitive or purpose hangs on) is told with
    "would rather" ("I would rather go fight [HTS] and the regime", "she would rather negotiate"):
    a preference, not an act done."""
    table = token_table(trigger.doc)  # (labels and forms by token index; one loop per step, no generators)
    deps, lowers = table.dep, table.lower
    for tok, _ in governing_chain(trigger):
        would = rather = False
        for c in children_of(tok):
            d, w = deps[c.i], lowers[c.i]
            if d == "aux" and w in ("would", "'d"):
                would = True
            elif d == "advmod" and w == "rather":
                rather = True
        if would and rather:
            return True
    return False


#: Adjectives that, said of an event noun, rate how likely it is ("a clash was unlikely").
_LIKELIHOOD_NEGATIVES = frozenset({"unlikely", "improbable", "impossible"})


def _said_likely(noun: Token, cues: Cues) -> bool:
    """An event noun that is the subject of "be likely / possible / unlikely" ("he did not think a
    direct military clash with the US was likely", "a strike is possible"): its likelihood is
    rated, it is not told as done."""
    if pos_of(noun) != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
        return False
    return any(c.dep_ == "acomp" and (c.lemma_.lower() in cues.hypothetical_adjectives
                                      or c.lower_ in _LIKELIHOOD_NEGATIVES)
               for c in children_of(noun.head))


def _purpose_infinitive(verb: Token) -> bool:
    """A purpose infinitive hung on its head verb, with no subject or subordinator of its own
    ("sent troops to fight Isis"): it tells the aim of the head's act, so an act that was refused,
    denied, planned or only possible has an aim that is likewise not done."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.i != verb.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in children_of(verb)))


def _membership_copula(trigger: Token) -> Token | None:
    """The copula of "X is one of / among those V-ed" for a participle ``trigger`` on "those",
    "one" or a noun that is that copula's predicate: telling X one of them tells the act done to
    X, so it takes the copula's status ("would have to be one of those sanctioned by Washington"
    is only possible; "was among those killed" is told).  None otherwise."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return None
    noun = trigger.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "among"):
        prep = noun.head
        if prep.lower_ == "among" and prep.dep_ == "prep" and prep.head.lemma_.lower() == "be":
            return prep.head
        noun = prep.head
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
        return noun.head
    return None


#: Nouns of a mere possibility: the act named by their "of" object is only possible ("the
#: prospect of military action", "the possibility of suspending relations", "the spectre of war").
POSSIBILITY_NOUNS = frozenset(_WORDS["possibility_nouns"])


#: Nouns of what is readied for an act: "setting the scene for a direct clash", "paved the way for
#: talks", "set the stage for a confrontation", "opened the door to negotiations".
PREPARED_NOUNS = frozenset(_WORDS["prepared_nouns"])


def _held_possible(trigger: Token) -> bool:
    """True for an act told as the "of" object (a noun or a gerund) of a noun of possibility, or
    as the "for" / "to" object of a noun of what is readied for it (:data:`PREPARED_NOUNS`, itself
    the object of a verb: "setting the scene for a direct clash")."""
    prep = trigger.head
    if trigger.dep_ not in ("pobj", "pcomp") or prep.head.i == prep.i:
        return False
    head = prep.head
    if prep.lower_ == "of":
        return pos_of(head) == "NOUN" and head.lemma_.lower() in POSSIBILITY_NOUNS
    if prep.lower_ not in ("for", "to"):
        return False
    # the phrase hangs on the noun ("paved the way for talks") or on its verb ("set the scene for a clash")
    nouns = [head] if pos_of(head) == "NOUN" else [c for c in children_of(head) if c.dep_ == "dobj"] if pos_of(head) == "VERB" else []
    return any(n.lemma_.lower() in PREPARED_NOUNS and n.dep_ == "dobj"
               and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(n)) for n in nouns)


#: Words that open a question about something else than whether it happened ("Why did they attack?").
WH_WORDS = frozenset(_WORDS["wh_words"])


def _yes_no_question(trigger: Token) -> bool:
    """True when the trigger's sentence is a yes/no question: it ends in "?" and its main verb has
    an auxiliary before its subject ("Did Russia attack the ship?", "Has Iran tested a missile?"),
    with no question word; a "wh" question takes the event as given ("Why did Russia attack?")."""
    sent, doc = trigger.sent, trigger.doc
    # its last word, or a question mark (from the end: most sentences stop after one or two tokens)
    last = next((doc[i] for i in range(sent.end - 1, sent.start - 1, -1)
                 if not doc[i].is_punct or doc[i].text == "?"), None)
    if last is None or last.text != "?":
        return False
    if any(t.lower_ in WH_WORDS for t in sent):
        return False
    root = sent.root
    subj = [c for c in children_of(root) if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    aux = [c for c in children_of(root) if c.dep_ in ("aux", "auxpass")] + ([root] if pos_of(root) == "AUX" else [])
    return bool(subj and aux) and min(a.i for a in aux) < subj[0].i


def _excluding(prep: Token) -> bool:
    """True for a preposition whose gerund tells what was not done instead of what was:
    "instead of attacking", "rather than negotiating"."""
    word = prep.lower_
    if word == "of":
        return prep.head.lower_ == "instead" or any(c.lower_ == "instead" for c in children_of(prep))
    if word == "than":
        return prep.head.lower_ == "rather" or any(c.lower_ == "rather" for c in children_of(prep))
    return False


def _no_matter(clause: Token) -> bool:
    """True for the clause of "no matter how / what / whether ..." (however the parser hangs
    "no matter": as the clause's head or beside it): it supposes any case, and tells none as done."""
    if clause.dep_ not in ("ccomp", "advcl") or "matter" not in lower_words(clause.doc):
        return False  # (most documents have no "matter" at all: no words are read then)
    start = clause.left_edge.i
    words = [t.lower_ for t in clause.doc[max(clause.sent.start, start - 2):min(start + 2, clause.i)]]
    return any(a == "no" and b == "matter" for a, b in zip(words, words[1:]))


def _even_if_fact(clause: Token, cues: Cues) -> bool:
    """True for an "even if" clause that grants a fact rather than supposes a case: the clause
    and the one it hangs on are both told in the present or past, with no modal or "will" ("The EU
    remains supportive of the deal, even if it criticises the missile programme" tells that it
    criticises it; "will retaliate even if it costs them" and "even if they had won" suppose)."""
    if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(clause)):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "even" for c in children_of(clause)):
        return False
    modal = cues.future_aux | cues.modal_aux | {"had", "'d"}
    for verb in (clause, clause.head):
        auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in modal for a in auxes):
            return False
        if verb.tag_ not in ("VBZ", "VBP", "VBD") and not auxes:
            return False
    return True


#: Verbs taking a bare infinitive with its own subject, whose act they let or make happen:
#: "will not let the army withdraw", "made them sign".
CAUSATIVE_VERBS = frozenset(_WORDS["causative_verbs"])
#: Verbs whose bare "that" clause asks for the act it names ("demanded that the army withdraw").
MANDATIVE_VERBS = frozenset(_WORDS["mandative_verbs"])


def mandative_form(clause: Token) -> bool:
    """Whether a "that" clause is in the form that asks for an act rather than tells one: the bare
    verb with its own subject ("asked that Russia withdraw its troops"), a bare passive ("asked that
    the tariffs be suspended") or "should" ("asked that the talks should resume"); not "asked that
    question", nor a told clause ("said that Russia withdrew")."""
    kids = list(children_of(clause))
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "should" for c in kids):
        return True
    if any(c.dep_ == "aux" for c in kids):
        return False
    if clause.tag_ == "VB":
        return not any(c.dep_ == "auxpass" for c in kids)
    return clause.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in kids)


def _mandative_clause(verb: Token, clause: Token) -> bool:
    """True for a "that" clause in the bare form after a verb of asking ("suggested the Czech
    Republic ban him", "demanded that the government release the prisoners", "urged that the
    sanctions be lifted"), as :func:`mandative_form` reads it (not "said it would release")."""
    return clause.dep_ == "ccomp" and verb.lemma_.lower() in MANDATIVE_VERBS and mandative_form(clause)


#: Verbs of putting something before a party for its decision: their "for" + event noun is the
#: act sought ("sent the bill to parliament for approval", "passed to the envoy for his endorsement").
SUBMITTING_VERBS = frozenset(_WORDS["submitting_verbs"])


def _sought_of_submitted(trigger: Token) -> bool:
    """True for an event noun after "for" on a noun that a verb of :data:`SUBMITTING_VERBS` tells
    of ("the proposals passed to the envoy for his endorsement", with "for" hung on "proposals")."""
    prep = trigger.head
    if pos_of(trigger) != "NOUN" or trigger.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ not in ("prep", "conj"):
        return False
    noun = prep.head
    return pos_of(noun) == "NOUN" and any(c.dep_ == "acl" and c.lemma_.lower() in SUBMITTING_VERBS for c in children_of(noun))


#: Prepositions of a verb's circumstances, not of its complement: "agreed in June over Russian
#: objections" tells of real objections, whatever "agree" plans.
#: Not "from", which marks what is kept from happening ("prevented civilians from leaving").
CIRCUMSTANCE_PREPS = frozenset(_WORDS["circumstance_preps"])


#: Nouns of manner: "in a way that endangers the Kurds", "in an orderly manner".
MANNER_NOUNS = frozenset(_WORDS["manner_nouns"])


def _manner_phrase(verb: Token) -> bool:
    """True when ``verb`` has an "in a way / manner / fashion" phrase: a negation of the act
    ("will not allow the troops to leave in a way that endangers the Kurds", "did not withdraw in
    an orderly manner") denies how it is done, not that it is done.  Not "in any way" or "in no
    way", which only make the negation stronger."""
    table = token_table(verb.doc)  # (labels and forms by token index)
    deps, lowers = table.dep, table.lower
    for p in children_of(verb):  # (a loop over the verb's children: no generator per verb)
        if deps[p.i] == "prep" and lowers[p.i] == "in" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in MANNER_NOUNS
                and not any(d.dep_ == "det" and d.lower_ in ("any", "no") for d in children_of(o))
                for o in children_of(p)):
            return True
    return False


#: Verbs whose negation affirms their infinitive: "will not hesitate to use force" tells that
#: force will be used, "did not hesitate to fire" that they fired.
LITOTES_VERBS = frozenset(_WORDS["litotes_verbs"])


def affirmed_by_negation(verb: Token, child: Token | None) -> bool:
    """True when ``child`` is the infinitive of a :data:`LITOTES_VERBS` verb ("not hesitate to
    act"): a negation on ``verb`` does not deny it."""
    return child is not None and child.dep_ == "xcomp" and verb.lemma_.lower() in LITOTES_VERBS


#: Words that open a clause of time: "when", "once", "after", "before", "until" ...
TIME_CLAUSE_WORDS = frozenset(_WORDS["time_clause_words"])


def _future_time_clause(head: Token, clause: Token, cues: Cues) -> bool:
    """True for a clause of time in the present tense (``clause``, an advcl) under a verb in the
    future (``head``): English tells what is yet to come in such a clause in the present ("will
    decide what to do when the troops leave", "will talk once the ceasefire holds")."""
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBP", "VBZ"):
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_WORDS for c in children_of(clause)):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in cues.future_aux for c in children_of(head))


#: Adjectives that leave the "that" clause of "it is ..." only possible.
EPISTEMIC_ADJECTIVES = frozenset(_WORDS["epistemic_adjectives"])


def _only_possible(verb: Token) -> bool:
    """True for "it is possible / likely / unclear (that) ...": a dummy "it" and an adjective of
    :data:`EPISTEMIC_ADJECTIVES` on ``verb``, whose "that" clause is then only possible."""
    kids = list(children_of(verb))
    return (any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids)
            and any(c.dep_ == "acomp" and c.lemma_.lower() in EPISTEMIC_ADJECTIVES for c in kids))


#: Verbs whose object noun names something already there, which they work against: "must resist
#: US sanctions", "resisted the offensive": neither their negation nor their modality reaches it
#: (an infinitive they govern is still not done: "resisted joining the talks").
RESISTING_VERBS = frozenset(_WORDS["resisting_verbs"])


#: Auxiliaries that open a condition put before its subject: "Had Japan shot down the missile, ...",
#: "Were the army to attack, ...", "Should talks fail, ...".
INVERTED_CONDITION_AUX = frozenset(_WORDS["inverted_condition_aux"])


def _inverted_condition(clause: Token) -> bool:
    """True for an adverbial clause that opens with an auxiliary of :data:`INVERTED_CONDITION_AUX`
    before its subject, a condition without "if" ("Had Japan shot down the missile, it could have
    faced ..."): what it tells is supposed, not done."""
    if clause.dep_ != "advcl":
        return False
    subj = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    first = clause.left_edge
    return (subj is not None and first.dep_ in ("aux", "auxpass") and first.head.i == clause.i
            and first.lower_ in INVERTED_CONDITION_AUX and first.i < subj.i)


#: Auxiliaries that put a verb's clause in the past ("was killed later", "had later agreed").
PAST_AUX = frozenset(_WORDS["past_aux"])


def _future_adverb(tok: Token, said: list[tuple[str, str]], aux: set[str], cues: Cues) -> bool:
    """True when ``tok`` carries an adverb of time to come ("soon", "later") and is not itself told
    in the past: "will meet later" or "talks later this week" are yet to come, but "who was killed
    a short time later" or "later agreed" tell an act done, "later" only ordering it after another."""
    for d, w in said:  # (a plain loop: no generator per step of the governing chain)
        if w in cues.future_adverbs and d in ("npadvmod", "advmod"):
            break
    else:
        return False
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and aux & PAST_AUX):
        return False
    if pos_of(tok) not in ("VERB", "AUX"):
        # "supported the group with airstrikes and later with arms supplies": on a phrase, "later"
        # orders it after another within the tense of the verb the phrase hangs on
        verb = tok
        for _ in range(4):
            if verb.head == verb or pos_of(verb) in ("VERB", "AUX"):
                break
            verb = verb.head
        if pos_of(verb) in ("VERB", "AUX") and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in PAST_AUX for c in children_of(verb))):
            return False
    return True


def _clause_status(trigger: Token, cues: Cues) -> str:
    """The status the trigger owes to the clauses that govern it."""
    deps = token_table(trigger.doc).dep  # (labels read from the document's table, no string made per read)
    if _denied_by_evidence(trigger):
        return "negated"
    chain = governing_chain(trigger)
    if any(_no_matter(tok) for tok, _ in chain):
        return "hypothetical"  # "No matter how much America wants to attack us, ...": a case supposed
    if pos_of(trigger) == "VERB" and _conditioned(chain):
        return "hypothetical"  # "set preconditions for talks": the talks are what is conditioned
    presupposed = False  # passed "after"/"following": only the futurity of the clause still applies
    manner = False  # a verb so far on the chain says how it is done: a negation above denies the manner
    for tok, child in chain:
        kids = children_of(tok)
        # (each child's label and form read once: the tests below ask them again and again)
        said = []
        aux = set()
        negated = False
        nay = False  # a "no" or "never" among them
        conditioned = False  # a conditional mark among them
        for c in kids:  # (one loop: no comprehension objects per step of the chain)
            d, w = deps[c.i], c.lower_
            said.append((d, w))
            if d in ("aux", "auxpass"):
                aux.add(w)
            elif d == "neg":
                negated = True
            if w in ("no", "never") and d in ("det", "neg", "advmod"):
                nay = True
            elif d == "mark" and w in cues.conditional_marks:
                conditioned = True
        manner = manner or (pos_of(tok) in ("VERB", "AUX") and _manner_phrase(tok))
        if child is not None and deps[child.i] == "pcomp" and _excluding(tok):
            return "negated"  # "instead of attacking the town, the rebels negotiated"
        if child is not None and _presupposes(tok, child, cues):
            if tok.lower_ not in ("after", "following"):
                break  # "since", "despite", "in/for ...ing": a fact apart from the clause's tense
            presupposed = True
        if (child is not None and tok.lemma_.lower() in RESISTING_VERBS and deps[child.i] == "dobj"
                and pos_of(child) in ("NOUN", "PROPN")):
            break  # "must resist US sanctions": the sanctions are there, whatever is done against them
        if presupposed:
            if aux & cues.future_aux or _future_adverb(tok, said, aux, cues):
                return "future"
            continue
        if child is not None and deps[child.i] in ("advcl", "ccomp"):
            if deps[child.i] == "advcl" and (owed := _noun_complement_status(child, cues, trigger)):
                return owed  # "uncovered a plot to kill" parsed with "to kill" on the verb
            if (any(deps[m.i] == "mark" and m.lower_ in cues.conditional_marks for m in children_of(child))
                    or _inverted_condition(child)):
                if _even_if_fact(child, cues):
                    break  # "remains supportive of the deal, even if it criticises ...": granted as so
                return "hypothetical"
            if deps[child.i] == "ccomp" and _only_possible(tok):
                return "hypothetical"  # "it is possible that Russia attacked the convoy"
            if _purpose_aim(child, trigger):
                return "future" if aux & cues.future_aux else "hypothetical"  # an aim, not an act done
            if _future_time_clause(tok, child, cues):
                return "future"  # "what will happen when US troops leave": told in the present, yet to come
            if (_bare_participle(child) and child.tag_ == "VB" and tok.lemma_.lower() in cues.hypothetical_verbs
                    and _addressed_before(tok, child) and not negated):
                # "asked the EU on Monday to end the policy", "pleaded with Russia and Iran to halt
                # any offensive": the infinitive hung as an adverbial, the addressee before it
                return "hypothetical"
            if (_bare_participle(child) and child.tag_ == "VB" and pos_of(tok) == "ADJ"
                    and tok.lemma_.lower() in cues.hypothetical_verbs):
                return "hypothetical"  # "make them hard to destroy": how it would be to do, nothing done
            if _bare_participle(child):
                # a participle told as part of its act shares the act's tense and modality ("may
                # storm the building, arresting ..."), not the meaning of its verb ("blocked roads,
                # demanding ..." is no blocked demand)
                if negated and not any(deps[m.i] == "mark" for m in children_of(child)):
                    return "negated"  # (not "did not fire while retreating": the retreat is told as done)
                if aux & cues.future_aux:
                    return "future"
                if aux & cues.modal_aux:
                    return "hypothetical"
                break
            if deps[child.i] == "ccomp" and tok.lemma_.lower() in DENYING_VERBS and not negated:
                return "negated"  # "denied that its troops had crossed the border": said not to have happened
            if not for_to_clause(child) and not (deps[child.i] == "ccomp" and _infinitive(child) and (any(
                    deps[a.i] == "aux" and a.lower_ == "to" for a in children_of(child))
                    or tok.lemma_.lower() in CAUSATIVE_VERBS)) and not _mandative_clause(tok, child):
                # the verb's cues govern a for-to clause ("called for the US to lift sanctions"), an
                # infinitive clause with its own subject ("wants Maduro to step down", also a passive
                # one: "did not want the child to be returned") and a bare one after a causative
                # ("will not let the army withdraw")
                break
        if (child is not None and deps[child.i] == "prep" and child.lower_ == "for" and pos_of(trigger) == "NOUN"
                and tok.lemma_.lower() in SUBMITTING_VERBS):
            return "hypothetical"  # "the proposals passed to the envoy for his endorsement": sought, not given
        if child is not None and _left_open(tok):
            return "hypothetical"  # "did not rule out military action": the act stays possible
        if not affirmed_by_negation(tok, child) and not manner and (negated or nay):
            return "negated"
        if (child is not None and deps[child.i] == "prep" and child.lower_ == "at" and tok.lemma_.lower() == "aim"
                and tok.tag_ == "VBN" and any(deps[c.i] == "pcomp" and (c == trigger or c.is_ancestor(trigger))
                                              for c in children_of(child))):
            return "hypothetical"  # "sanctions aimed at forcing Iran to withdraw": a purpose, not an act done
        if child is not None and deps[child.i] != "conj" and not (
                tok.lemma_.lower() == "call" and deps[child.i] in ("dobj", "oprd")) and not (
                deps[child.i] == "prep" and child.lower_ in CIRCUMSTANCE_PREPS):
            # a verb's cue governs its complement, not a verb coordinated with it ("has been
            # threatening the Kurds and in 2018 invaded Afrin"), nor a phrase of its circumstances
            # ("agreed in June over Russian objections"), and "called the attack a reprisal" names
            # rather than calls for
            lemma = tok.lemma_.lower()
            phrasal = lemma + " " + " ".join(w for d, w in said if d == "prt" or (
                d == "advmod" and w in _PARTICLES))
            if lemma in cues.negating_verbs or phrasal.strip() in cues.negating_verbs:
                return "negated"
            if lemma in cues.hypothetical_verbs:
                return "hypothetical"
            if (lemma in ("be", "have") and deps[child.i] == "xcomp" and ("advmod", "yet") in said
                    and any(deps[a.i] == "aux" and a.lower_ == "to" for a in children_of(child))):
                return "negated"  # "Turkey is yet to offer a haven", "has yet to impose sanctions": not done so far
            if (lemma in ("have", "need") and deps[child.i] == "xcomp" and tok.tag_ in ("VB", "VBP", "VBZ")
                    and any(deps[a.i] == "aux" and a.lower_ == "to" for a in children_of(child))):
                return "hypothetical"  # "we have to extend a hand", "it needs to withdraw": an obligation, not an act
            if lemma == "go" and not (tok.lower_ in ("going", "gonna") and deps[child.i] == "xcomp"):
                pass  # "went on strike" happened; only "is going to strike" is a plan
            elif lemma == "set" and deps[child.i] != "xcomp":
                pass  # "is set to sign" is a plan; "set preconditions on holding talks" is none
            elif lemma in cues.future_verbs or (lemma == "be" and deps[child.i] == "xcomp"
                                              and any(a.lower_ == "to" for a in children_of(child) if deps[a.i] == "aux")):
                if aux & cues.modal_aux and not _backshifted_would(tok, aux, cues):
                    return "hypothetical"  # "North Korea might want to deescalate": only a possible wish
                return "future"
        if conditioned and not _even_if_fact(tok, cues):
            return "hypothetical"  # "has not decided whether it will allow them in": left open, whatever its tense
        if aux & cues.future_aux or _backshifted_would(tok, aux, cues):
            return "future"
        if aux & cues.modal_aux:
            return "hypothetical"
        if _future_adverb(tok, said, aux, cues):
            return "future"
        if conditioned:
            break  # "even if it criticises ...": granted as so
    return _noun_complement_status(chain[-1][0], cues, trigger) or _denied_claim(chain[-1][0]) or "asserted"


def _infinitive(verb: Token) -> bool:
    """The verb is a bare infinitive ("to step down"), or the participle of a passive one whose
    auxiliary is ("to be returned")."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(
        a.dep_ == "auxpass" and a.tag_ == "VB" for a in children_of(verb)))


#: Nouns of terms set for an act: the act named by their "on" / "for" object is only conditioned.
CONDITION_NOUNS = frozenset(_WORDS["condition_nouns"])


def _conditioned(chain: list[tuple[Token, Token | None]]) -> bool:
    """True when the walk from the trigger went through an "on" / "for" phrase of a noun of
    :data:`CONDITION_NOUNS`, or of a verb whose object is one ("set preconditions for talks",
    "setting preconditions on holding direct talks"): what is conditioned is not told as done.
    Asked for a verb only: an event noun so conditioned ("placed conditions on a troop withdrawal")
    names a plan told elsewhere, whose status that telling gives."""
    for tok, child in chain:
        if child is None or tok.dep_ != "prep" or tok.lower_ not in ("on", "for"):
            continue
        head = tok.head
        if head.lemma_.lower() in CONDITION_NOUNS:
            return True
        if pos_of(head) in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in CONDITION_NOUNS
                                                for c in children_of(head)):
            return True
    return False


#: Verbs of excluding an option ("rule out", "exclude"): negated or refused, they leave the
#: option open.
EXCLUDING_VERBS = frozenset(_WORDS["excluding_verbs"])
#: Verbs of refusing whose infinitive complement is not done ("refused to rule out").
REFUSING_VERBS = frozenset(_WORDS["refusing_verbs"])


def excludes_option(verb: Token) -> bool:
    """True for a verb of excluding an option: "exclude", or "rule" with the particle "out"."""
    lemma = verb.lemma_.lower()
    return lemma in EXCLUDING_VERBS and (lemma != "rule" or any(
        c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)))


def refused_infinitive(verb: Token) -> bool:
    """True for the infinitive complement of a refusal that is not itself negated ("refused to rule out")."""
    return (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING_VERBS
            and not any(c.dep_ == "neg" for c in children_of(verb.head)))


def _left_open(verb: Token) -> bool:
    """True for a verb of excluding an option ("rule out", "exclude") that is itself negated or
    refused ("did not rule out", "refused to rule out"): what it would exclude stays possible."""
    if not excludes_option(verb):
        return False
    return any(c.dep_ == "neg" for c in children_of(verb)) or refused_infinitive(verb)


def _denied_claim(top: Token) -> str | None:
    """"negated" for the content of a claim that is denied: "denied reports that its troops had
    attacked the posts", "rejected allegations that it had shelled the town"."""
    noun = top.head
    if not (top.dep_ in ("acl", "ccomp") and pos_of(noun) == "NOUN" and noun.lemma_.lower() in CLAIM_NOUNS
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(top))):
        return None
    verb = noun.head
    while noun.dep_ == "conj" and pos_of(verb) == "NOUN":  # "denied reports and claims that ..."
        noun, verb = verb, verb.head
    if (noun.dep_ == "dobj" and verb.lemma_.lower() in DENYING_VERBS | CLAIM_REJECTING_VERBS
            and not any(c.dep_ == "neg" for c in children_of(verb))):
        return "negated"
    if noun.lemma_.lower() in CHARGE_NOUNS:
        return "hypothetical"  # "arrested over accusations that they collaborated with the government"
    return None


#: Verbs that only restate an effort as its aim ("a campaign to fight Boko Haram" is the fighting,
#: "the operation to defend Afrin" the defending).
EFFORT_VERBS = frozenset(_WORDS["effort_verbs"])


def _noun_complement_status(top: Token, cues: Cues, trigger: Token | None = None) -> str | None:
    """The status an infinitive owes to the noun it complements, when the walk up the parse
    stopped there: what "a plan to suspend talks" or "their intention to lay down arms" tells is
    planned (future), what "a threat to impose sanctions" or "an offer to mediate" tells is only
    possible (hypothetical), what "its refusal to withdraw" tells did not happen (negated), and
    what an effort aims at ("fighting to destroy Isis", "a bid to oust him") is only its aim
    (hypothetical; only for the aimed verb itself, not a noun it acts on: "the fight to repel
    Saddam's invasion" tells of a real invasion; nor for a verb that restates the effort,
    :data:`EFFORT_VERBS`).  None for any other noun, and for a clause that is not an infinitive
    of a noun."""
    table = token_table(top.doc)  # (labels and forms by token index)
    to = [c for c in children_of(top) if table.dep[c.i] == "aux" and table.lower[c.i] == "to"]
    if not to:
        return None
    if top.dep_ == "acl" and pos_of(top.head) == "NOUN":
        noun = top.head
    elif top.dep_ == "advcl" and for_to_clause(top):
        # "at the forefront of calls for the president to leave office": a "for X to do" clause
        # the parser hangs on the verb, right after a noun, says what that noun asks or plans
        mark = next(m for m in children_of(top) if m.dep_ == "mark" and m.lower_ == "for")
        before = top.doc[mark.i - 1] if mark.i > 0 else None
        if before is None or pos_of(before) != "NOUN" or before.i < top.sent.start:
            return None
        noun = before
    elif top.dep_ in ("advcl", "relcl"):
        # the parser often hangs "a plot to kill" on the verb: an object noun ending just before
        # the "to" is the noun the infinitive complements
        nouns = [c for c in children_of(top.head) if c.dep_ == "dobj" and pos_of(c) == "NOUN" and c.right_edge.i == to[0].i - 1]
        before = top.doc[to[0].i - 1]
        if not nouns and before.dep_ == "pobj" and pos_of(before) == "NOUN" and top.head in before.ancestors:
            nouns = [before]  # "is the scene of fierce fighting to destroy Isis" (hung on "is" or "scene")
        if not nouns:
            return None
        noun = nouns[0]
    else:
        return None
    lemma = noun.lemma_.lower()
    if lemma in cues.negating_nouns:
        return "negated"
    if lemma in cues.hypothetical_nouns:
        return "hypothetical"
    if lemma in cues.future_nouns:
        return "future"
    in_order = lemma == "order" and (noun.head.lower_ + " order") in PURPOSE_PHRASES and not any(
        c.dep_ == "det" for c in children_of(noun))  # "in order to protect" parsed as a noun
    if ((lemma in cues.purpose_nouns or in_order) and trigger is not None and _xcomp_below(trigger, top)
            and top.lemma_.lower() not in EFFORT_VERBS
            and (for_to_clause(top) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(top)))):
        # "fierce fighting to destroy Isis", "a bid to oust him", "a campaign for him to step down":
        # the aim, not yet done
        return "hypothetical"
    return None


def attribution_source(trigger: Token, cues: Cues | None = None) -> Token | None:
    """The token naming who the report attributes the event to, or None.

    "X said (that) ...": the subject of the speech verb whose complement holds the trigger;
    "according to X": the object of "according to" in the trigger's clause (or inside it).
    """
    cues = cues or load_cues()
    # (climbs by token index, reading the document's tables: no head token is made on the way)
    table, kids = token_table(trigger.doc), children_lists(trigger.doc)
    dep, head, lemma, lower = table.dep, table.head, table.lemma, table.lower
    k = trigger.i
    for _ in range(8):
        for c in kids[k]:
            if dep[c.i] == "prep" and lower[c.i] == "according":
                for to in kids[c.i]:
                    for obj in kids[to.i] if lower[to.i] == "to" else ():
                        if dep[obj.i] == "pobj":
                            return obj
        if dep[k] == "ccomp" and lemma[head[k]] in cues.speech_verbs:
            subj = [c for c in kids[head[k]] if dep[c.i] == "nsubj"]
            return subj[0] if subj else None
        if head[k] == k:
            break
        k = head[k]
    return None


#: Adjectives of a staged act or a stand-in target: "mock attacks", "a simulated assault", "a dummy
#: missile site".
STAGED_ADJECTIVES = frozenset(_WORDS["staged_adjectives"])
#: Verbs whose object act is only played out: "simulated an invasion", "rehearsed a landing".
STAGING_VERBS = frozenset(_WORDS["staging_verbs"])
#: Verbs by which a drill holds the acts it plays out: "the war games included attacks on ...".
HOLDING_VERBS = frozenset(_WORDS["holding_verbs"])
#: Nouns of a military drill.
DRILL_NOUNS = frozenset(_WORDS["drill_nouns"])


def staged_act(trigger: Token) -> bool:
    """True for an act that is only played out in a drill, not done: an event word with an
    adjective of :data:`STAGED_ADJECTIVES` on it or on its target ("attacks against a mock missile
    launch site"), the object of a verb of :data:`STAGING_VERBS` ("simulated an invasion"), or
    what a drill (:data:`DRILL_NOUNS`) includes ("the war games included attacks")."""
    if not _may_stage(trigger.doc):
        return False

    def staged(noun: Token) -> bool:
        return any(c.dep_ in ("amod", "compound") and c.lower_ in STAGED_ADJECTIVES for c in children_of(noun))

    if staged(trigger):
        return True
    targets = [c for c in children_of(trigger) if c.dep_ in ("dobj", "nsubjpass")]
    targets += [o for p in children_of(trigger) if p.dep_ == "prep" and p.lower_ in ("against", "on", "at", "of")
                for o in children_of(p) if o.dep_ == "pobj"]
    if any(staged(t) for t in targets):
        return True
    if pos_of(trigger) == "NOUN" and trigger.dep_ == "dobj":
        verb = trigger.head
        if verb.lemma_.lower() in STAGING_VERBS:
            return True
        if verb.lemma_.lower() in HOLDING_VERBS:
            return any(c.dep_ == "nsubj" and c.lemma_.lower() in DRILL_NOUNS for c in children_of(verb))
    return False


#: The document :func:`_may_stage` last read, with its answer.
_STAGING: tuple = (None, False)


def _may_stage(doc) -> bool:
    """Whether ``doc`` has any word :func:`staged_act` looks for (a staged adjective's form, a
    staging verb's or a drill noun's lemma): without one no act of it is staged.  Read once per
    document from its table."""
    global _STAGING
    if _STAGING[0] is not doc:
        table = token_table(doc)
        _STAGING = (doc, not (STAGED_ADJECTIVES.isdisjoint(table.lower) and STAGING_VERBS.isdisjoint(table.lemma)
                              and DRILL_NOUNS.isdisjoint(table.lemma)))
    return _STAGING[1]


#: Entity labels of parties: a participle aimed at one tells of real parties.
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, possessive, number or modifier of its own, and no
    list it belongs to: a kind ("firms", "families", "people"), not a group told of ("US forces",
    "Syrian commanders", "foreign communists, anarchists and socialists")."""
    return noun.tag_ == "NNS" and noun.dep_ != "conj" and not any(
        c.dep_ in ("det", "poss", "nummod", "quantmod", "predet", "amod", "compound", "nmod", "conj")
        for c in children_of(noun))


def generic_act(trigger: Token) -> bool:
    """True for an act told of a kind of party, not done by one: the verb (or the infinitive it
    governs) of a relative clause in the simple present on a bare plural ("sanctions on firms that
    continue to trade with Iran"), or of a present participle on one in a sentence told in the
    simple present ("there are consequences for families seeking justice"), unless that participle
    is aimed at a named party ("strongholds for rebels fighting the Syrian president").  A past,
    perfect or progressive clause tells of real parties ("protesters demanding his resignation
    clashed with police")."""
    clause = trigger
    for _ in range(3):
        if clause.dep_ == "xcomp" and pos_of(clause.head) in ("VERB", "AUX"):
            clause = clause.head  # "firms that continue to trade": the relative clause's verb
        else:
            break
    noun = clause.head
    if clause == noun or not _bare_plural(noun):
        return False
    if clause.dep_ == "relcl":
        return (clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children_of(clause))
                and any(c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in children_of(clause)))
    if clause.dep_ == "acl" and clause.tag_ == "VBG":
        if any(t.ent_type_ in PARTY_ENTITIES for c in children_of(clause) if c.dep_ in ("dobj", "prep") for t in c.subtree):
            return False  # "strongholds for rebels fighting the Syrian president": aimed at a party, told
        verb = next((a for a in noun.ancestors if pos_of(a) in ("VERB", "AUX")), None)  # the noun's own clause
        return verb is not None and verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in children_of(verb))
    return False


#: Plural nouns of a kind of party ("governments", "politicians", "investors"): :func:`kind_act`.
KIND_NOUNS = frozenset(_WORDS["kind_nouns"])
#: Words before such a noun that keep it a kind ("some governments", "many people").
KIND_DETERMINERS = frozenset(_WORDS["kind_determiners"])
#: Entity labels of a time of its own: a clause with one tells a happening, not a habit.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _kind_plural(noun: Token) -> bool:
    """A plural common noun of :data:`KIND_NOUNS`, bare or after "some", "many", "most" or "other",
    with no name, number, possessor, list, phrase or clause of its own: a kind of party ("Some
    politicians", "law enforcement agencies"), not parties told of ("the governments", "Western
    governments", "Kenyan investors", "firms in Iran", "governments and rebels")."""
    if noun.tag_ != "NNS" or noun.dep_ == "conj" or noun.ent_type_:
        return False
    if noun.lemma_.lower() not in KIND_NOUNS and noun.lower_ not in KIND_NOUNS:
        return False
    for c in children_of(noun):
        if c.dep_ in ("det", "predet", "amod") and c.lower_ in KIND_DETERMINERS:
            continue
        if c.dep_ in ("amod", "compound") and not c.ent_type_ and pos_of(c) in ("ADJ", "NOUN"):
            continue  # "law enforcement agencies", "foreign investors"
        if c.dep_ in ("punct", "advmod"):
            continue
        return False
    return True


def kind_act(trigger: Token) -> bool:
    """True for an act told of a kind of party in general: the trigger verb (or the verb whose
    infinitive it is: "tend to blame") in the simple present or the present perfect, whose subject
    (or passive "by" agent) is a kind noun (:func:`_kind_plural`: "Governments have also blamed the
    app for enabling extremists", "Some politicians tend to blame tools", "Telegram has been criticised by some
    governments"), with no date or time in its clause.  A past clause ("Governments protested
    on Monday"), a dated one, a named or counted party ("the governments", "three governments") and
    nouns of the parties a story follows ("protesters", "workers") tell a happening."""
    clause = trigger
    for _ in range(3):
        if clause.dep_ == "xcomp" and pos_of(clause.head) in ("VERB", "AUX"):
            clause = clause.head
        else:
            break
    kids = list(children_of(clause))
    auxes = [c for c in kids if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ in ("VBZ", "VBP") and not auxes:
        pass  # "Some politicians tend to blame tools"
    elif clause.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("have", "has") for a in auxes) and all(
            a.lower_ in ("have", "has", "been") for a in auxes):
        pass  # "Governments have blamed", "has been criticised by some governments"
    else:
        return False
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    subjects += [g for c in kids if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj"]
    if not subjects or not all(_kind_plural(s) for s in subjects):
        return False
    return not any(t.ent_type_ in _TIME_ENTITIES for t in clause.subtree)


#: Adjectives of ease or difficulty: "hard to destroy", "difficult to send aid", "easy to reach".
EASE_ADJECTIVES = frozenset(_WORDS["ease_adjectives"])


def eased_act(trigger: Token) -> bool:
    """True for an infinitive that only says how hard or easy an act would be, with nobody doing
    it: "extremist groups mutate in ways that make them hard to destroy", "infighting has made it
    more difficult to send aid", "it is hard to negotiate with them".  No event is told."""
    if trigger.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(trigger)):
        return False
    head = trigger.head
    if pos_of(head) == "ADJ":
        return head.lemma_.lower() in EASE_ADJECTIVES or head.lower_ in EASE_ADJECTIVES
    return pos_of(head) in ("VERB", "AUX") and any(
        c.dep_ in ("acomp", "ccomp", "oprd") and pos_of(c) == "ADJ" and c.i < trigger.i
        and (c.lemma_.lower() in EASE_ADJECTIVES or c.lower_ in EASE_ADJECTIVES) for c in children_of(head))


#: Nouns of a capacity or disposition to act (``capacity_nouns``): "the ability to murder".
CAPACITY_NOUNS = frozenset(_WORDS["capacity_nouns"])


def capacity_act(trigger: Token) -> bool:
    """True for an act named only as what a party can do or is inclined to do: the infinitive
    complementing a noun of capacity or disposition (:data:`CAPACITY_NOUNS`), "curb Assad's
    ability to murder Syria's citizens", "Trump's eagerness to disengage from the conflict", also
    when the parser hangs the infinitive on the verb that governs that noun ("have the assets and
    the motivation to launch attacks"), and an event noun that such an infinitive acts on ("the
    capacity to carry out strikes").  Nothing is done or planned: no event is told (a "decision",
    "plan" or "refusal to act" is not such a noun; those keep their record with a status)."""
    verb = trigger
    if pos_of(trigger) in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and pos_of(trigger.head) == "VERB":
        verb = trigger.head
    if verb.dep_ not in ("acl", "advcl", "relcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return False
    if verb.dep_ == "acl":
        noun = verb.head
    else:
        to = min(c.i for c in children_of(verb) if c.dep_ == "aux" and c.lower_ == "to")
        noun = verb.doc[to - 1] if to > verb.sent.start else None
        if noun is None or noun.head.i == verb.i or verb.head not in (noun, *noun.ancestors):
            return False  # the noun right before "to" must sit under the clause the infinitive hangs on
    return pos_of(noun) == "NOUN" and noun.lemma_.lower() in CAPACITY_NOUNS


#: Nouns of a place (``place_nouns``) and adverbs of recent time (``recent_adverbs``).
PLACE_NOUNS = frozenset(_WORDS["place_nouns"])
RECENT_ADVERBS = frozenset(_WORDS["recent_adverbs"])
PLACE_STATE_VERBS = frozenset(_WORDS["place_state_verbs"])
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def described_place(trigger: Token) -> bool:
    """True for a bare past participle that describes a place by what was done to it or in it:
    "establish a statelet in areas liberated from Isis", "all Syrian territory, including the
    land vacated by Isis", "a camp surrounded by Isis sympathisers", "Afrin, defended by the YPG".
    The place is named by a place noun (:data:`PLACE_NOUNS`) or a place name; the participle has
    no auxiliary or subject of its own.  Such a phrase tells a standing state, not an act the
    article reports; a participle with a time of its own ("the town, captured by rebels on
    Monday", "recently seized") is a reported act and stays."""
    if (trigger.dep_ != "acl" or trigger.tag_ != "VBN" or pos_of(trigger) != "VERB"
            or trigger.lemma_.lower() not in PLACE_STATE_VERBS):
        return False
    place = trigger.head
    if pos_of(place) not in ("NOUN", "PROPN") or not (
            place.lemma_.lower() in PLACE_NOUNS or place.ent_type_ in _PLACE_ENTITIES):
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "npadvmod")
           or (c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS) for c in children_of(trigger)):
        return False
    return not any(t.ent_type_ in _TIME_ENTITIES for t in trigger.subtree)


#: Verbs of a lasting patronage (``backing_verbs``): "armed by Washington", "backed by Russia".
BACKING_VERBS = frozenset(_WORDS["backing_verbs"])


def described_party(trigger: Token) -> bool:
    """True for a bare past participle of patronage (:data:`BACKING_VERBS`) with its "by" phrase
    that describes a party by who stands behind it: after the party ("Kurdish groups, armed by
    Washington, known as the SDF", "an adversary trained and armed by the US", "the Kurds - aided
    by their backers - would make gains"), or put before the clause it qualifies ("Backed by Graça
    Machel and her fellow Elders, the Tanzanian government is introducing reforms").  It tells a
    standing relation, not a grant of help the article reports.  The participle has no auxiliary,
    subject or time of its own ("the rebels, armed by Turkey last year", "recently armed" stay); a
    passive clause ("the campaign is backed by the coalition") is not such a participle."""
    if trigger.tag_ != "VBN" or pos_of(trigger) != "VERB" or trigger.lemma_.lower() not in BACKING_VERBS:
        return False
    first = trigger
    while first.dep_ == "conj" and first.head.tag_ == "VBN" and pos_of(first.head) == "VERB":
        first = first.head  # "trained and armed by the US": the first participle's place
    if first.dep_ == "acl":
        if pos_of(first.head) not in ("NOUN", "PROPN"):
            return False
    elif first.dep_ == "advcl":
        if first.i > first.head.i or first.i != first.sent.start:
            return False  # only a participle that opens the sentence, before the clause it qualifies
    else:
        return False
    group = [first, *(c for c in children_of(first) if c.dep_ == "conj" and c.tag_ == "VBN")]
    if not any(c.dep_ == "agent" for v in {trigger, *group} for c in children_of(v)):
        return False  # "by" names the patron ("armed and paid by Turkey"); "armed men" tell of no patron
    for verb in {first, trigger}:
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "npadvmod")
               or (c.dep_ == "advmod" and c.lower_ in RECENT_ADVERBS) for c in children_of(verb)):
            return False
    return not any(t.ent_type_ in _TIME_ENTITIES for t in trigger.subtree)


#: Verbs of urging a party to act (``urging_verbs``): "urged Nato to come to Turkey's aid".
URGING_VERBS = frozenset(_WORDS["urging_verbs"])


def _addressed_before(verb: Token, clause: Token) -> bool:
    """Whether ``verb`` names the party it addresses before its infinitive ``clause``, as its object
    or in a phrase of :data:`ADDRESSEE_PREPS` ("appeal to all Nigerians to embrace them"): the
    infinitive the parser hangs as an adverbial is then what that party is asked to do."""
    return any(c.i < clause.i and (c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS))
               for c in children_of(verb))


def urged_act(trigger: Token, coded_verbs: dict[int, str] | frozenset[int] | set[int]) -> bool:
    """True for the act a party is urged to do, when the urging is itself coded (its index is in
    ``coded_verbs``): the infinitive complement of a verb of :data:`URGING_VERBS` (or its infinitive
    hung as an adverbial after the party addressed, :func:`_addressed_before`), or an event noun
    that is its object ("urged Nato to come to Turkey's aid", "encouraged the US and the DPRK to
    carry out direct dialogue", "Iran was urged to stop").  The urging is the REQUEST; the urged
    act is not told and is no record of its own.  Threats are not urgings: "threatened to strike"
    keeps its act (see ``threats.py``)."""
    tok = trigger
    for _ in range(4):
        head = tok.head
        if ((tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and _addressed_before(head, tok)))
                and head.i in coded_verbs and head.lemma_.lower() in URGING_VERBS
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(tok))):
            return True
        if head == tok or tok.dep_ not in ("dobj", "pobj", "prep", "conj"):
            return False
        if tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(tok)):
            return False
        tok = head
    return False


#: Nouns of commentators whose view is told, not an act of a party: "some experts said Kim was
#: trying to pressure Washington", "analysts told AFP that Pyongyang appeared to have chosen ...".
COMMENTATOR_NOUNS = frozenset(_WORDS["commentator_nouns"])
#: Verbs by which a view is told or held.
VIEW_VERBS = frozenset(_WORDS["view_verbs"])


def commentators_view(trigger: Token) -> bool:
    """True when the trigger's clause is what unnamed commentators (:data:`COMMENTATOR_NOUNS`:
    "experts", "some analysts", "security experts") say or think: their reading of events, no
    report of a party's act ("Some experts said Kim was trying to pressure Washington").  A
    commentator named or of a named body ("analysts at the Pentagon", "the expert Jane Roe") is
    not one of these."""
    # (the parse is climbed by token index in the document's tables: no token object per step)
    table = token_table(trigger.doc)
    heads, deps, lemmas = table.head, table.dep, table.lemma
    i = trigger.i
    for _ in range(6):
        h = heads[i]
        if h == i:
            return False
        if deps[i] == "ccomp" and lemmas[h] in VIEW_VERBS:
            subj = next((c for c in children_of(table.tokens[h]) if deps[c.i] == "nsubj"), None)
            return (subj is not None and lemmas[subj.i] in COMMENTATOR_NOUNS and subj.tag_ == "NNS"
                    and not any(c.dep_ in ("prep", "appos", "compound") and c.ent_type_ for c in subj.subtree if c != subj)
                    and not any(c.ent_type_ in ("PERSON", "ORG") for c in subj.subtree))
        i = h
    return False


def counterfactual_condition(trigger: Token) -> bool:
    """True for an act in a condition told in the past perfect, of a past that did not happen
    ("Had Japan shot down the missile, it could have faced ...", "if Japan had shot it down"): the
    act was not done, and nobody denies or refuses it, so it is no record.  The consequence the
    main clause supposes keeps its own (hypothetical) record."""
    clause = trigger
    for _ in range(3):
        if clause.dep_ in ("dobj", "pobj", "prep") and clause.head != clause:
            clause = clause.head
        else:
            break
    if clause.dep_ != "advcl" or clause.tag_ not in ("VBN", "VBD"):  # (the parser tags "Had X attacked" VBD)
        return False
    kids = children_of(clause)
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in kids)
    if not had:
        return False
    return _inverted_condition(clause) or any(c.dep_ == "mark" and c.lower_ == "if" for c in kids)


#: The writer's own modal auxiliaries and condition marks (``writer_modals``, ``writer_marks``).
WRITER_MODALS = frozenset(_WORDS["writer_modals"])
WRITER_MARKS = frozenset(_WORDS["writer_marks"])
#: Heads of obligation or likelihood whose infinitive is only advised or guessed ("need to",
#: "hardly likely to", "it is time for X to").
WRITER_MODAL_HEADS = frozenset(_WORDS["writer_modal_heads"])
#: Verbs that give a sentence a reported speaker or holder other than the writer.
SPEAKER_VERBS = frozenset(_WORDS["speaker_verbs"])
#: First-person subjects: outside a quotation, the writer's own.
_WRITER_PRONOUNS = frozenset({"i", "we"})


def writers_speculation(trigger: Token, status: str, cues: Cues | None = None) -> bool:
    """True for an act the writer only guesses at or advises, told by nobody the text reports:
    a clause of a trigger whose status is hypothetical owing to a modal auxiliary of
    :data:`WRITER_MODALS`, a condition mark of :data:`WRITER_MARKS`, a head of
    :data:`WRITER_MODAL_HEADS` ("need to", "hardly likely to") or a question, outside any
    quotation, with no verb of :data:`SPEAKER_VERBS` in its sentence save the writer's own ("I
    don't know whether ...") and no party's verb of planning or asking on the way up ("urged X
    to", "plans to").  "Donald Trump could order more airstrikes", "Paris and London should join
    forces", "If the rebels resist, Assad could well resort to chemical attacks": the writer's
    opinion, which the annotation guide does not code.  A record told as ``status`` asserted is
    the writer's only as the infinitive of "it is time for X to ..." ("It's time for Britain and
    its allies to take military action"); a future or negated one never is ("Kenya will impose
    sanctions unless Uganda releases the prisoners" is an ultimatum told as news).  Only in a
    text where the writer speaks in the first person outside quotations (:func:`writers_voice`:
    columns, letters, essays); a news report's "Georgian police may storm the building" tells a
    possibility its sources see, which the guide codes as hypothetical."""
    if status not in ("hypothetical", "asserted") or not writers_voice(trigger.doc):
        return False
    cues = cues or load_cues()
    if status == "asserted" and "time" not in lemma_index(trigger.doc):
        return False  # (most asserted records: one lookup in the document's lemma index, no walk)
    if _quote_start(trigger) is not None:
        return False
    table, kids = token_table(trigger.doc), children_lists(trigger.doc)
    lemma, lower, dep = table.lemma, table.lower, table.dep
    if table.pos[trigger.i] in ("NOUN", "PROPN") and any(dep[c.i] == "poss" for c in kids[trigger.i]):
        return False  # "May can make a start by withdrawing her invitation": a possessed act was made
    sent = trigger.sent
    for j in range(sent.start, sent.end):
        if lemma[j] in SPEAKER_VERBS and table.pos[j] in ("VERB", "AUX"):
            subj = [c for c in kids[j] if dep[c.i] in ("nsubj", "nsubjpass")]
            if not (subj and lower[subj[0].i] in _WRITER_PRONOUNS):
                return False  # "officials warned it could ...": someone's words or view
        if lower[j] in QUOTE_CHARS:
            return False  # a quotation ends or starts in the sentence
    if attribution_source(trigger, cues) is not None:
        return False
    chain = governing_chain(trigger)
    top = chain[-1][0]
    if dep[top.i] == "relcl" and lemma[top.head.i] != "time":
        return False  # "passed a law that would outlaw ...": what the noun's content would do, not a guess
    if (dep[top.i] == "advcl" or (dep[top.i] in ("relcl", "acl") and lemma[top.head.i] == "time")) and top.head is not top:
        # "If the rebels resist, Assad could ...": the main clause's modal; "It's time for Britain
        # to take action": the writer's call
        chain = chain + [(top.head, top)]
    cue = time_cue = False
    for tok, child in chain:
        k = tok.i
        if tok is not trigger and (lemma[k] in cues.future_verbs or (
                lemma[k] in cues.hypothetical_verbs and lemma[k] not in WRITER_MODAL_HEADS
                and table.pos[k] in ("VERB", "AUX", "NOUN"))):
            return False  # "urged Nato to ...", "plans to ...": a party's plan or request
        for c in kids[k]:
            if dep[c.i] in ("aux", "auxpass") and lower[c.i] in WRITER_MODALS:
                cue = True
            elif dep[c.i] == "mark" and lower[c.i] in WRITER_MARKS:
                cue = True
        if child is not None and dep[child.i] in ("xcomp", "acl", "relcl", "advcl") and any(
                dep[a.i] == "aux" and lower[a.i] == "to" for a in kids[child.i]):
            # "need to talk", "likely to attack", "it's time for Britain to act" (on "time" or "'s");
            # not "at a time when forces were on alert"
            timed = lemma[k] == "time" or any(dep[c.i] == "attr" and lemma[c.i] == "time" for c in kids[k])
            cue = cue or timed or lemma[k] in WRITER_MODAL_HEADS
            time_cue = time_cue or timed
    if status == "asserted":
        return time_cue
    return cue or _yes_no_question(trigger)


#: First-person pronouns (lower-case forms and lemmas) by which a writer speaks in their own voice.
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
#: The document :func:`writers_voice` last read, with its answer.
_VOICE: tuple = (None, False)


def writers_voice(doc) -> bool:
    """Whether the writer of ``doc`` speaks in the first person somewhere outside quotations ("I
    am, unfashionably, a liberal interventionist", "Dead children chide us"): the mark of a column,
    letter or essay, where a modal clause with no reported speaker is the writer's own opinion.
    Read once per document, from its lemma index and quotation marks (only first-person words
    are visited)."""
    global _VOICE
    if _VOICE[0] is not doc:
        index = lemma_index(doc)
        lower = token_table(doc).lower
        found = False
        for word in _FIRST_PERSON:
            for i in index.get(word, ()):
                if lower[i] in _FIRST_PERSON and _quote_start(doc[i]) is None:
                    found = True
                    break
            if found:
                break
        _VOICE = (doc, found)
    return _VOICE[1]


#: Quotation marks as tokens.
QUOTE_CHARS = frozenset({'"', "“", "”"})
