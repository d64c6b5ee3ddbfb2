"""Actor coding against the PLOVER gold records: each gold actor's text, coded in its sentence.

For every source/target entity of a gold record (``actorText``, ``code``, ``sector``) we find its
text in the sentence, parse the sentence, run our actor coding (:func:`annotate_actors`, the
knowledge base plus an overlay when given) and read what we coded for that phrase: the entity of
the phrase's head token (the span's syntactic root), or else of the nearest coded token inside
the span.  Scores:

* ``code``: share of gold actors whose code we give (gold codes fixed as in
  :data:`~newsevents.eval.gold.PLOVER_CODE_FIXES`; our UNO/EUR count as gold IGO,
  :data:`~newsevents.eval.metrics.CODE_FAMILY`);
* ``sector``: share, over gold actors the gold gives a sector, whose sector we give (the gold's
  first three letters: "CVLalb" is CVL; see :data:`SECTOR_FIXES`);
* ``sector_all``: share over all gold actors whose sector equals ours, a missing sector on both
  sides counting as equal ("Libya": no sector).

The records carry a placeholder date (2000-01-01) rather than the real one, so roles are not
bounded by a publication date here (a person's latest role applies).  Gold actor texts that cannot
be found in their sentence (paraphrases such as "Ghanians") are counted and left out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsevents.eval.gold import PLOVER_CODE_FIXES
from newsevents.eval.metrics import CODE_FAMILY

#: Gold sector spellings -> ours: CIV is a misspelling of CVL; MOS (Muslim) is a religion, which
#: our sectors code REL; JRN (journalists) is our MED.  "***" means the coder could not tell.
SECTOR_FIXES = {"CIV": "CVL", "MOS": "REL", "JRN": "MED", "***": None}


@dataclass
class GoldActor:
    """One actor or recipient of a PLOVER gold record, with its code, sector (PLOVER's, after
    :data:`SECTOR_FIXES`) and where its text was found in the sentence."""

    record_id: str
    role: str  # "source" or "target"
    text: str  # actorText as given
    code: str | None
    sector: str | None
    sentence: str
    pieces: list[tuple[int, int]] | None  # character spans in the sentence; None: not found


def _gold_sector(s: str | None) -> str | None:
    if not s:
        return None
    s = s.strip()
    if s in SECTOR_FIXES:
        return SECTOR_FIXES[s]
    head = s[:3].upper()
    return SECTOR_FIXES.get(head, head)


def locate(actor_text: str, sentence: str) -> list[tuple[int, int]] | None:
    """Character spans of ``actor_text`` in ``sentence``; "..." in the gold text separates pieces
    found in order ("U.S. ... negotiators").  Whitespace is compared loosely.  None if not found."""
    pieces = [p for p in re.split(r"\s*\.{2,}\s*", " ".join(actor_text.split())) if p.strip()]
    if not pieces:
        return None
    out, pos = [], 0
    for p in pieces:
        pattern = r"\s+".join(re.escape(w) for w in p.split())
        m = re.compile(pattern).search(sentence, pos) or re.compile(pattern, re.I).search(sentence, pos)
        if not m:
            return None
        out.append((m.start(), m.end()))
        pos = m.end()
    return out


def read_gold_actors(path: str | Path, limit: int | None = None) -> list[GoldActor]:
    """The gold actors of the PLOVER gold records (JSON list), in file order; ``limit``: only
    those of the first N records."""
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        raise ValueError(f"{path}: not the PLOVER gold records (a JSON list)") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValueError(f"{path}: not the PLOVER gold records (a JSON list of records)")
    out = []
    n = 0
    for r in records:
        if r.get("event") == "DOCUMENT" or not r.get("text"):
            continue
        n += 1
        if limit is not None and n > limit:
            break
        for role in ("source", "target"):
            ents = r.get(role)
            if not isinstance(ents, list):
                continue
            for e in ents:
                if not isinstance(e, dict) or not e.get("actorText"):
                    continue
                code = e.get("code")
                code = PLOVER_CODE_FIXES.get(code, code) if code else None
                out.append(GoldActor(r["id"], role, e["actorText"], code, _gold_sector(e.get("sector")),
                                     r["text"], locate(e["actorText"], r["text"])))
    return out


def coded_entity(doc, mentions, pieces: list[tuple[int, int]], gold_code: str | None = None):
    """Our coding of the phrase at character ``pieces`` of a coded ``doc``: the entity of the span's
    root token when our coder made one there, else that of the coded token nearest to it inside the
    span.  A span our coder did not code as a phrase of its own (a modifier: "Israeli" in "Israeli
    troops", "Hungarian" in "Hungarian and Romanian leaders") is coded by itself from the dictionary
    matches inside it (``mentions``: the coder's per-document index of name and sector matches).
    None when nothing in the span is known.  Of a group ("the two leaders") the member with
    ``gold_code`` is taken when there is one."""
    from newsevents.records import Entity

    actors = doc._.actors or {}
    found = _span_root(doc, pieces)
    if found is None:
        return None
    root, inside = found
    candidates = sorted((i for i in inside if i in actors), key=lambda i: (i != root.i, abs(i - root.i), -i))
    if candidates:
        ents = actors[candidates[0]]
        for e in ents:
            if gold_code and _code_ok(e.code, gold_code):
                return e
        return ents[0]
    near = sorted(inside, key=lambda i: (abs(i - root.i), -i))
    entry = next((mentions.name_at[i][1] for i in near if i in mentions.name_at and mentions.name_at[i][1]), None)
    sector = next((mentions.sector_at[i][1] for i in near if i in mentions.sector_at), None)
    if entry is None and sector is None:
        return None
    text = doc[min(inside):max(inside) + 1].text
    return Entity(entity_text=text, code=entry.code if entry else None,
                  sector=sector or (entry.sector if entry and entry.kind != "country" else None),
                  name=entry.name if entry else None, span=None)


def _span_root(doc, pieces: list[tuple[int, int]]):
    """(syntactic root token, token indices) of the text at character ``pieces``, or None."""
    toks = [t for t in doc if any(t.idx < e and s < t.idx + len(t) for s, e in pieces)]
    if not toks:
        return None
    inside = {t.i for t in toks}
    return [t for t in toks if t.head.i not in inside or t.head.i == t.i][-1], inside


def _place_code(doc, pieces: list[tuple[int, int]], gazetteer) -> str | None:
    """The country of the place the span is or names, as the pipeline fills it (None if none)."""
    from newsevents.place import phrase_country, toponym_spans

    found = _span_root(doc, pieces)
    if found is None:
        return None
    root = found[0]
    countries = sorted({e.code for ents in (doc._.actors or {}).values() for e in ents
                        if e.code and len(e.code) == 3 and e.code.isupper()})
    return phrase_country(root, toponym_spans(doc, gazetteer), gazetteer, countries)


def _code_ok(ours: str | None, gold: str | None) -> bool:
    return bool(ours) and (ours == gold or CODE_FAMILY.get(ours) == gold)


def evaluate_actors(gold: list[GoldActor], nlp, kb, gazetteer=None) -> dict[str, Any]:
    """Code every located gold actor with ``kb`` and score it (see the module docstring).
    The result has the figures and ``misses``: the actors we got wrong, with what we said.

    With ``gazetteer``, an entity we coded without a country takes the country of the place it
    is or names ("Darfur", "rebels in Darfur") as the pipeline's records do
    (:func:`newsevents.place.phrase_country`, the sentence's own countries as context)."""
    from dataclasses import replace

    from newsevents.actors.resolve import _Mentions, annotate_actors
    from newsevents.records import Entity

    located = [g for g in gold if g.pieces]
    sentences = list(dict.fromkeys(g.sentence for g in located))
    docs = {}
    for text, doc in zip(sentences, nlp.pipe(sentences)):
        annotate_actors(doc, nlp, None, kb)
        docs[text] = (doc, _Mentions(doc, kb, None, nlp))
    n = code_ok = sec_n = sec_ok = all_ok = found = 0
    misses = []
    for g in located:
        doc, mentions = docs[g.sentence]
        ent = coded_entity(doc, mentions, g.pieces, g.code)
        if gazetteer is not None and (ent is None or ent.code is None):
            code = _place_code(doc, g.pieces, gazetteer)
            if code:
                ent = replace(ent, code=code) if ent else Entity(entity_text=g.text, code=code, sector=None,
                                                                  name=None, span=None)
        n += 1
        found += ent is not None
        ours_code = ent.code if ent else None
        ours_sector = ent.sector if ent else None
        c_ok = _code_ok(ours_code, g.code)
        code_ok += c_ok
        s_ok = ours_sector == g.sector
        all_ok += s_ok
        if g.sector:
            sec_n += 1
            sec_ok += s_ok
        if not c_ok or not s_ok:
            misses.append({"id": g.record_id, "role": g.role, "text": g.text, "gold": [g.code, g.sector],
                           "ours": [ours_code, ours_sector], "entity_text": ent.entity_text if ent else None})
    return {
        "gold_actors": len(gold), "not_located": len(gold) - len(located), "scored": n,
        "coded": round(found / n, 4) if n else 0.0,
        "code": round(code_ok / n, 4) if n else 0.0,
        "sector": round(sec_ok / sec_n, 4) if sec_n else 0.0, "sector_n": sec_n,
        "sector_all": round(all_ok / n, 4) if n else 0.0,
        "misses": misses,
    }
