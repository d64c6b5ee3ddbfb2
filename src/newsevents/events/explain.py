"""Why a record exists: the parse path from the trigger to each argument and the lexicon entry.

:func:`explain_mention` turns an :class:`~newsevents.events.mention.EventMention` into a few lines
of text that ``newsevents extract --explain`` prints under each record, e.g.::

    lexicon:events.tsv:812:verb:impose sanction -> SANCTION 163 (Goldstein -4.0)
    trigger "imposed" (VERB impose) + "sanctions" (dobj)
    actor "The European Union" EUR GOV: imposed -nsubj-> Union
    recipient "Iran" IRN: imposed -dobj-> sanctions -prep-> on -pobj-> Iran
    status asserted
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsevents.records import Entity
from newsevents.nlp import pos_of, token_table


def dependency_path(source: Token, target: Token) -> str:
    """The path between two tokens of one parse, as ``a -dep-> b <-dep- c``: arrows point from
    head to dependent, so ``-nsubj->`` goes down to a subject and ``<-relcl-`` up from a relative
    clause.  Tokens in different sentences give ``"(other sentence)"``."""
    if source.sent.start != target.sent.start:
        return "(other sentence)"
    # (climbs by token index through the document's tables: no token object is made on the way)
    table = token_table(source.doc)
    heads, deps, tokens = table.head, table.dep, table.tokens
    up, down = _with_ancestors(source.i, heads), _with_ancestors(target.i, heads)
    down_at = dict(zip(down, range(len(down))))  # (position of each on the target's chain)
    for common_up, i in enumerate(up):  # (a plain loop to the first shared one: no generator)
        if i in down_at:
            break
    else:
        return "(no path)"
    parts = [tokens[source.i].text]
    for i in up[:common_up]:
        parts.append(f"<-{deps[i]}- {tokens[heads[i]].text}")
    rest = down[:down_at[up[common_up]]]
    for i in reversed(rest):
        parts.append(f"-{deps[i]}-> {tokens[i].text}")
    return " ".join(parts)


def _with_ancestors(i: int, heads: list[int]) -> list[int]:
    """Token ``i`` and the indexes of its ancestors up to the root (``[tok, *tok.ancestors]`` by
    index; as spaCy's, at most as many steps as the document has tokens)."""
    chain = [i]
    for _ in range(len(heads)):
        if heads[i] == i:
            break
        i = heads[i]
        chain.append(i)
    return chain


def _entity_token(doc: Doc, ent: Entity) -> Token | None:
    if not ent.span:
        return None
    span = doc.char_span(ent.span[0], ent.span[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


#: The rule suffix a record carries for an implied party, by role.
IMPLIED_SUFFIXES = {"actor": "+implied-agent", "recipient": "+implied-target"}


def _entity_line(role: str, doc: Doc, trigger: Token, ent: Entity, rule: str = "") -> str:
    code = " ".join(filter(None, (ent.code, ent.sector))) or "uncoded"
    if not ent.entity_text:
        suffix = IMPLIED_SUFFIXES.get(role)
        said = f" (rule suffix {suffix})" if suffix and suffix in rule else ""
        return f"{role} implied, not named in the text{said}: {code}"
    tok = _entity_token(doc, ent)
    path = dependency_path(trigger, tok) if tok is not None else "(no span)"
    return f"{role} \"{ent.entity_text}\" {code}: {path}"


def explain_mention(mention, actor: list[Entity] | None = None, recipient: list[Entity] | None = None,
                    rule: str | None = None) -> list[str]:
    """Lines explaining one event mention (see the module docstring).  ``mention`` is an
    :class:`~newsevents.events.mention.EventMention`; its trigger's ``doc`` must be the parse the
    mention came from.  ``actor``/``recipient``: the entities as finally coded (after countries
    were filled in from the place or story), default the mention's own.  ``rule``: the record's
    final rule (default the entry's), whose "+implied-agent"/"+implied-target" suffix an implied
    party's line names.  Never raises on odd
    spans: a missing path is said, not guessed."""
    entry, trigger = mention.entry, mention.trigger
    doc = trigger.doc
    gold = f" (Goldstein {entry.goldstein})" if entry.goldstein is not None else ""
    lines = [f"{entry.rule} -> {entry.event} {entry.cameo or '-'}{gold}"]
    parts = [f"\"{trigger.text}\" ({pos_of(trigger)} {trigger.lemma_.lower()})"]
    parts += [f"\"{u.text}\" ({u.dep_})" for u in mention.used]
    lines.append("trigger " + " + ".join(parts))
    rule = entry.rule if rule is None else rule
    lines += [_entity_line("actor", doc, trigger, a, rule) for a in (mention.actor if actor is None else actor)]
    lines += [_entity_line("recipient", doc, trigger, r, rule) for r in (mention.recipient if recipient is None else recipient)]
    if mention.attribution is not None:
        lines.append(_entity_line("attributed to", doc, trigger, mention.attribution))
    lines.append(f"status {mention.status}")
    return lines
