"""The actor knowledge base: loaders for the TSV files in ``actors/kb/``.

Files (all written by this project from public facts; each says in its header the date
its facts are accurate to):

* ``countries.tsv``  ISO 3166-1 countries: alpha-3 ``code``, names, aliases, adjectives and
  demonyms, capital, seat-of-government metonyms (facts: ISO 3166-1 and common usage), and
  ``coded_as``: the sovereign state a dependent territory is coded as (Guam, Puerto Rico -> USA;
  Greenland -> DNK), empty for states and for territories that act for themselves (Hong Kong).
* ``metonyms.tsv``   institutional metonyms with a sector ("Pentagon" USA MIL).
* ``country_groups.tsv`` names of more than one state at once: ``alias codes name``, ``codes``
  listing every state's alpha-3 code separated by "|" ("Koreas" ``PRK|KOR``: "the two Koreas").
  Each row is a "country" entry whose ``code`` is the first state and whose ``codes`` are all of
  them; the resolver gives a phrase headed by such a name one entity per state.
* ``organizations.tsv`` international bodies (PLOVER codes UNO, EUR, IGO, NGO), armed groups,
  parties: ``alias code sector name``.
* ``sectors.tsv``    sector nouns and titles -> PLOVER sector codes.
* ``people.tsv``     office holders with ``code sector role start end`` (ISO dates).
* ``type_words.tsv`` head nouns of definite descriptions ("the group", "the bloc") and the kinds of
  party named before that they can name again (``CODE:SECTOR`` patterns or full organisation
  names); see :meth:`ActorKB.type_word_fits`.

An optional overlay (PETRARCH dictionaries imported by the user with ``newsevents dict import``)
is added by :func:`load_kb` when ``NEWSEVENTS_ACTOR_OVERLAY`` names one (or when asked for one);
the shipped entries win on conflicts.  See :mod:`newsevents.actors.overlay`.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterator

from rapidfuzz import fuzz, process

from newsevents.records import NONSTATE_CODES

#: Least rapidfuzz ``ratio`` (0-100) for :meth:`ActorKB.near` to take a spelling as the alias's.
NEAR_SCORE = 88
#: Shortest text :meth:`ActorKB.near` tries (shorter names differ by a letter too easily).
NEAR_MIN_CHARS = 6


@dataclass(frozen=True)
class KBEntry:
    """What an alias denotes.

    ``kind``: "country" (a country name), "adjective" (nationality adjective/demonym),
    "metonym" (capital or seat of government standing for it), "org", "person".
    ``code`` ISO alpha-3 or PLOVER non-state code; ``sector`` PLOVER sector or None;
    ``start``/``end`` ISO dates bounding a person's role (None = open).  ``seat``: a metonym
    from ``countries.tsv`` (a capital or seat of government: "Berlin", "Blue House"), which is
    also a place, as opposed to an institution's own name of ``metonyms.tsv`` ("Pentagon");
    ``capital``: one of those that is the name in the ``capital`` column, a city ("Berlin", not
    the building "Blue House", whose name before a noun still stands for its office: "a White
    House statement").
    ``codes``: every state a name of ``country_groups.tsv`` names ("Koreas": PRK, KOR; ``code`` is
    the first), empty for an entry that names one party.
    """

    alias: str
    kind: str
    code: str
    sector: str | None
    name: str
    role: str | None = None
    start: str | None = None
    end: str | None = None
    plural: bool = False
    seat: bool = False
    capital: bool = False
    codes: tuple[str, ...] = ()


def _rows(filename: str) -> Iterator[dict[str, str]]:
    text = resources.files("newsevents.actors").joinpath("kb", filename).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items() if k}


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


class ActorKB:
    """All aliases of the knowledge base, indexed for lookup.

    ``names``: case-sensitive proper-name aliases -> list of :class:`KBEntry` (a person's
    several terms give several entries).  ``sectors``: lower-case sector terms -> sector code.
    """

    def __init__(self) -> None:
        self.names: dict[str, list[KBEntry]] = {}
        self.sectors: dict[str, str] = {}
        self.countries: dict[str, str] = {}  # code -> canonical country name
        self.territories: dict[str, str] = {}  # dependent territory code -> the code it is coded as
        #: lower-case type word -> (CODE:SECTOR patterns, full organisation names) it can name again
        self.type_words: dict[str, tuple[frozenset[tuple[str, str]], frozenset[str]]] = {}
        #: full organisation name -> the lower-case head noun of that name ("United Nations Security
        #: Council" -> "council", "League of Arab States" -> "league")
        self.org_heads: dict[str, str] = {}
        self.overlay: dict[str, int | str] | None = None  # what an applied overlay added
        self.overlay_index = None  # OverlayIndex of the overlay's own aliases and terms
        self._near_cache: dict[frozenset[str], dict[tuple[str, int], tuple[list[str], list[str]]]] = {}  # see near()
        self._near_memo: dict[tuple[str, frozenset[str]], str | None] = {}  # see _near_alias()

    def type_word_fits(self, word: str, code: str | None, sector: str | None, name: str | None,
                       by_head: bool = True) -> bool:
        """Whether the definite description headed by ``word`` (lower case: "group", "bloc",
        "council") can name again a party coded ``code``/``sector`` with the KB name ``name`` told
        before: ``word`` is the head noun of that organisation's name ("the Security Council ... the
        Council"), or a row of ``type_words.tsv`` lists the party's code and sector ("Hamas ... the
        group": ``*:REB``) or its name ("the EU ... the bloc").  Only a named organisation of the KB
        fits (not a person of the same code and sector); ``by_head=False`` leaves out the head-noun
        reading."""
        if not code or not name or name not in self.org_heads:
            return False
        if by_head and self.org_heads[name] == word:
            return True
        fits = self.type_words.get(word)
        if fits is None:
            return False
        patterns, names = fits
        return name in names or any(c in ("*", code) and s in ("*", sector) for c, s in patterns)

    def phrase_names(self) -> list[str]:
        """The aliases for the phrase matcher: all but an overlay's (see :meth:`extra_matches`)."""
        extra = self.overlay_index.names if self.overlay_index else ()
        return [a for a in self.names if a not in extra]

    def phrase_sectors(self) -> list[str]:
        """The sector terms for the phrase matcher: all but an overlay's."""
        extra = self.overlay_index.terms if self.overlay_index else ()
        return [t for t in self.sectors if t not in extra]

    def extra_matches(self, doc) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        """Overlay aliases and sector terms found in ``doc``: ((alias, start, end), ...),
        ((term, start, end), ...); both empty without an overlay."""
        if self.overlay_index is None:
            return [], []
        return self.overlay_index.matches(doc)

    def near(self, text: str, kinds: frozenset[str], on: str | None = None) -> KBEntry | None:
        """The entry whose alias is a near spelling of ``text`` ("Francois Mitterand",
        "Afganistan", "Phillippines"), among entries of ``kinds`` (person, country, adjective,
        metonym, org), or None.  A near spelling has a similarity (rapidfuzz ``ratio``, 0-100) of at
        least :data:`NEAR_SCORE`, the same first letter, at least :data:`NEAR_MIN_CHARS` characters
        and as many words as the alias; only one alias may reach the best score, so that a name
        between two known ones is left unknown rather than guessed."""
        if len(text) < NEAR_MIN_CHARS or not text[:1].isalpha():
            return None
        best = self._near_alias(text, kinds)
        if best is None:
            return None
        entries = [e for e in self.names[best] if e.kind in kinds]
        return pick_in_force(entries, on) if entries else None

    def load_near_choices(self, *kinds: frozenset[str]) -> None:
        """Build the aliases :meth:`near` compares a name with, for each of ``kinds`` (done on
        first use otherwise): the pipeline builds them when it loads."""
        for k in kinds:
            self._near_choices(k)

    def _near_alias(self, text: str, kinds: frozenset[str]) -> str | None:
        """The one alias of :meth:`near` for ``text``, or None; remembered per KB (a corpus
        repeats its unknown names: "Reuters", "Mitterand")."""
        key = (text, kinds)
        memo = self._near_memo
        if key not in memo:
            words = len(text.split())
            # only aliases with the same first letter and as many words can be near spellings
            aliases, lowered = self._near_choices(kinds).get((text[:1].lower(), words), ((), ()))
            found = process.extract(text.lower(), lowered, scorer=fuzz.ratio, score_cutoff=NEAR_SCORE, limit=5)
            hits = [(aliases[i], score) for _, score, i in found if aliases[i] != text]
            unique = hits and sum(1 for _, sc in hits if sc == hits[0][1]) == 1
            memo[key] = hits[0][0] if unique else None
        return memo[key]

    def _near_choices(self, kinds: frozenset[str]) -> dict[tuple[str, int], tuple[list[str], list[str]]]:
        """The aliases of ``kinds`` and their lower-case forms, by (lower-case first letter, number
        of words): the only ones a name can be a near spelling of.  Built once per KB."""
        cache = self._near_cache
        if kinds not in cache:
            buckets: dict[tuple[str, int], tuple[list[str], list[str]]] = {}
            for a, es in self.names.items():
                # (not a name of several states: "the Baltic state" is one of them, which is unsaid)
                if len(a) >= NEAR_MIN_CHARS - 1 and any(e.kind in kinds and not e.codes for e in es):
                    aliases, lowered = buckets.setdefault((a[:1].lower(), len(a.split())), ([], []))
                    aliases.append(a)
                    lowered.append(a.lower())
            cache[kinds] = buckets
        return cache[kinds]

    def add_alias(self, entry: KBEntry) -> None:
        """Add one alias.  Raises ValueError for an invalid code."""
        if not (len(entry.code) == 3 and entry.code.isupper()):
            raise ValueError(f"invalid actor code {entry.code!r} for {entry.alias!r}")
        self._near_cache.clear()
        self._near_memo.clear()
        bucket = self.names.setdefault(entry.alias, [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, alias: str, on: str | None = None) -> KBEntry | None:
        """The entry for ``alias`` (exact, then case-insensitive for all-caps/lower forms),
        preferring a person's role in force ``on`` ("YYYY-MM-DD").  None when unknown."""
        entries = self.names.get(alias) or self.names.get(alias.title()) or []
        if not entries:
            return None
        return pick_in_force(entries, on)

    @classmethod
    def load(cls) -> "ActorKB":
        """Read every file in ``actors/kb/``.  Raises ValueError on a malformed row."""
        kb = cls()
        rows = list(_rows("countries.tsv"))
        listed = {row["code"] for row in rows}
        for row in rows:
            code, name = row["code"], row["name"]
            kb.countries[code] = name
            sovereign = row.get("coded_as") or ""
            if sovereign:
                # a dependent territory's names, adjectives and capital stand for its sovereign
                # state ("threatened Guam": the United States); ``territories`` keeps which it was
                if sovereign not in listed or sovereign == code:
                    raise ValueError(f"countries.tsv: {code} coded_as {sovereign!r} is not another listed country")
                kb.territories[code] = sovereign
                code = sovereign
            for alias in [name, *_split(row.get("aliases", ""))]:
                kb.add_alias(KBEntry(alias, "country", code, None, name))
            for adj in _split(row.get("adjectives", "")):
                kb.add_alias(KBEntry(adj, "adjective", code, None, name, plural=adj.endswith("s")))
            if sovereign:
                continue  # its capital does not stand for the sovereign's government ("San Juan")
            capitals = _split(row.get("capital", ""))
            for met in dict.fromkeys(capitals + _split(row.get("gov_metonyms", ""))):
                kb.add_alias(KBEntry(met, "metonym", code, "GOV", name, seat=True, capital=met in capitals))
        for row in _rows("country_groups.tsv"):
            codes = tuple(_split(row["codes"]))
            if len(codes) < 2 or any(c not in listed for c in codes):
                raise ValueError(f"country_groups.tsv: {row['alias']}: codes {row['codes']!r} are not "
                                 f"two or more listed countries")
            kb.add_alias(KBEntry(row["alias"], "country", codes[0], None, row.get("name") or row["alias"],
                                 codes=codes))
        for fname, kind in (("metonyms.tsv", "metonym"), ("organizations.tsv", "org")):
            for row in _rows(fname):
                alias = row["alias"]
                entry = KBEntry(alias, kind, row["code"], row.get("sector") or None, row.get("name") or alias)
                kb.add_alias(entry)
                if kind == "org" and len(alias) >= 4 and alias.isalpha() and alias.isupper():
                    # British house style writes acronyms said as words in title case: Nato, Isis
                    title = alias.title()
                    if title not in kb.names:
                        kb.add_alias(replace(entry, alias=title))
        for row in _rows("people.tsv"):
            for alias in [row["name"], *_split(row.get("aliases", ""))]:
                kb.add_alias(KBEntry(alias, "person", row["code"], row.get("sector") or None, row["name"],
                                     role=row.get("role") or None, start=row.get("start") or None,
                                     end=row.get("end") or None))
        for row in _rows("sectors.tsv"):
            kb.sectors[row["term"].lower()] = row["sector"]
        for row in _rows("type_words.tsv"):
            cells = _split(row["parties"])
            patterns = frozenset(tuple(c.split(":", 1)) for c in cells if ":" in c)
            kb.type_words[row["word"].lower()] = (patterns, frozenset(c for c in cells if ":" not in c))
        kb.org_heads = {e.name: name_head(e.name) for es in kb.names.values() for e in es if e.kind == "org"}
        # a plural demonym names a country's people ("Nigerians protested"): civilians, unless
        # sectors.tsv says otherwise; "Swiss" is not a plural (no singular "Swis" is listed)
        adjectives = {a for a, es in kb.names.items() for e in es if e.kind == "adjective"}
        for adj in adjectives:
            if adj.endswith("s") and adj[:-1] in adjectives:
                kb.sectors.setdefault(adj.lower(), "CVL")
        return kb


def name_head(name: str) -> str:
    """The lower-case head noun of an organisation's full name: its last word before an "of"-phrase,
    a note in brackets or a comma ("United Nations Security Council" -> "council", "League of Arab
    States" -> "league", "Houthi movement (Ansar Allah)" -> "movement")."""
    core = name.split("(", 1)[0].split(",", 1)[0]
    core = core.split(" of ", 1)[0].split(" for ", 1)[0].split(" in ", 1)[0].strip()
    words = core.split()
    return words[-1].lower() if words else ""


def pick_in_force(entries: list[KBEntry], on: str | None) -> KBEntry:
    """Among a person's entries, the role in force on date ``on``; else the latest role
    that ended before it (the caller treats that person as a former office holder)."""
    if len(entries) == 1:
        return entries[0]  # (the usual case: one entry, no comparison)
    if on is None:
        return max(entries, key=lambda e: e.start or "")
    current = [e for e in entries if (e.start or "") <= on and (not e.end or on <= e.end)]
    if current:
        return current[0]
    before = [e for e in entries if (e.start or "") <= on]
    return max(before or entries, key=lambda e: e.start or "")


def is_valid_code(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code (per pycountry) or a PLOVER non-state code."""
    import pycountry

    return code in NONSTATE_CODES or pycountry.countries.get(alpha_3=code) is not None


_FROM_ENV = object()


def load_kb(overlay: "str | Path | None | object" = _FROM_ENV) -> ActorKB:
    """The shipped knowledge base, plus an actor overlay: ``overlay`` when given (None: none),
    else the one ``NEWSEVENTS_ACTOR_OVERLAY`` names.  Loaded once per process and overlay.
    Raises ValueError for an invalid overlay, OSError for an unreadable one."""
    if overlay is _FROM_ENV:
        from newsevents.actors.overlay import overlay_from_env

        overlay = overlay_from_env()
    return _load_kb(str(Path(overlay).resolve()) if overlay else None)


@lru_cache(maxsize=4)
def _load_kb(overlay: str | None) -> ActorKB:
    kb = ActorKB.load()
    if overlay:
        from newsevents.actors.overlay import apply_overlay

        apply_overlay(kb, overlay)
    return kb
