"""Import PETRARCH / Phoenix (TABARI-format) actor and agent dictionaries into an actor overlay.

The user points ``newsevents dict import --petrarch FILE...`` at dictionaries they have; the
result is an overlay in our own TSV format (:mod:`newsevents.actors.overlay`).  Nothing of those
dictionaries is shipped with newsevents.

Actor files (``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt``, ...), as PETRARCH reads them:

* ``#`` starts a comment; blank lines are ignored;
* a line at the margin starts an actor: its phrase, then optionally ``[CODE]`` groups;
* ``+PHRASE`` lines are synonyms of the current actor;
* indented ``[CODE date-restriction]`` lines are its roles: ``[CODE]`` the default,
  ``[CODE >YYMMDD]`` from, ``[CODE <YYMMDD]`` until, ``[CODE YYMMDD-YYMMDD]`` between (dates
  YYMMDD, years 00-30 being 20YY, or YYYYMMDD);
* a margin phrase with no code shares the codes of the next actor that has some;
* words are joined by ``_`` (a trailing ``_`` marks the end of a word; without it PETRARCH matches
  a word stem, which we read as the whole word).

Agent files (``Phoenix.agents.txt``): ``!NAME! = A, B`` substitution sets; ``PHRASE [~CODE]``
lines, with ``{PLURAL}`` giving the plural (``{}``: none; else the regular plural is made).

CAMEO codes are mapped to our (code, sector) with the table ``cameo_actor_codes.tsv`` (see
:func:`map_code`).  Phrases are turned from upper case into the capitalisation news text uses
("AFGHAN_NATIONAL_ARMY" -> "Afghan National Army"); see :func:`surface_forms`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsevents.actors.kb import is_valid_code


class DictionaryError(ValueError):
    """A file that is not a PETRARCH actor or agent dictionary."""


# ---------------------------------------------------------------- code mapping

@lru_cache(maxsize=1)
def code_table() -> dict[str, tuple[str, str | None, str | None]]:
    """``cameo_actor_codes.tsv``: segment -> (kind, code or None, sector or None)."""
    text = resources.files("newsevents.actors").joinpath("cameo_actor_codes.tsv").read_text("utf-8")
    out = {}
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cameo, kind, code, sector, _meaning = (line.split("\t") + [""] * 5)[:5]
        out[cameo] = (kind, code or None, sector or None)
    return out


@lru_cache(maxsize=4096)
def _is_country(seg: str) -> bool:
    return seg == "XKX" or (seg not in ("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC") and is_valid_code(seg))


_ORGANS = {"MIL", "LEG", "JUD", "COP", "SPY"}


@lru_cache(maxsize=8192)
def map_code(cameo: str) -> tuple[str | None, str | None] | None:
    """A CAMEO actor code -> (our code, our sector).  The code is None when the CAMEO code names
    a role only ("ELI") or a religion; the whole result is None when it cannot be mapped (a region,
    an unknown first segment, a malformed code).  An agent code ("~MUS": Muslim) has no country
    segment, so its segments are read as roles even where they spell a country (MUS: Mauritius).

    >>> map_code("USAGOV"), map_code("IGOUNOKID"), map_code("USRARM"), map_code("MEAREB"), map_code("~MUS")
    (('USA', 'GOV'), ('UNO', 'GOV'), ('ARM', None), None, (None, 'REL'))
    """
    agent = cameo.strip().startswith("~")
    cameo = cameo.strip().lstrip("~")
    if not cameo or len(cameo) % 3 or not cameo.isalpha() or not cameo.isupper():
        return None
    table = code_table()
    segs = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
    first, rest = segs[0], segs[1:]
    kind, code, sector = table.get(first, (None, None, None))
    default_sector = None
    if not agent and _is_country(first):
        code = first
    elif agent and kind == "nonstate":
        return None, first  # "~NGO": the sector NGO
    elif agent or kind in ("role", "religion"):
        code, rest = None, segs  # "ELI", "~MUS": no actor code, a sector
    elif kind == "country":
        pass
    elif kind == "union":
        later = next((s for s in rest if _is_country(s)), None)
        code = later or code
        if code is None:
            return None
    elif kind == "nonstate":
        default_sector = sector
        if code == "MNC":
            return "MNC", "BUS"
        if code == "IGO":
            for s in rest:
                k, c, sec = table.get(s, (None, None, None))
                if k == "igo":
                    code, default_sector = c, sec
                    break
    else:
        return None
    roles = [table[s][2] for s in rest if s in table and table[s][0] == "role"]
    faiths = [table[s][2] for s in rest if s in table and table[s][0] == "religion"]
    # a religion segment gives the sector only when nothing else does (IMGSEAMUSJMA stays REB)
    chosen = roles[0] if roles else default_sector or (faiths[0] if faiths else None)
    if chosen == "GOV":
        organ = next((r for r in roles[1:] if r in _ORGANS), None)
        chosen = organ or chosen
    if code is None and chosen is None:
        return None
    return code, chosen


# ---------------------------------------------------------------- dates and roles

def parse_date(s: str) -> str:
    """A PETRARCH date (YYMMDD, years 00-30 are 20YY; or YYYYMMDD) -> "YYYY-MM-DD".
    Raises ValueError for anything else (PETRARCH skips such restrictions too)."""
    s = s.strip()
    if not s.isdigit() or len(s) not in (6, 8):
        raise ValueError(f"bad date {s!r}")
    if len(s) == 6:
        yy = int(s[:2])
        s = ("20" if yy <= 30 else "19") + s
    return date(int(s[:4]), int(s[4:6]), int(s[6:8])).isoformat()


@dataclass(frozen=True)
class Role:
    """One ``[CODE date-restriction]``: CAMEO code and ISO start/end (None = open)."""

    cameo: str
    start: str | None = None
    end: str | None = None

    @property
    def dated(self) -> bool:
        """True when the role holds only between dates (``start``/``end``, PETRARCH's ``<`` / ``>``)."""
        return bool(self.start or self.end)


_BRACKET = re.compile(r"\[([^\]]*)\]")


def parse_role(inner: str) -> Role | None:
    """The inside of one bracket group -> Role; None for an empty code ("[---]").
    Raises ValueError for an unreadable date restriction."""
    parts = inner.split(None, 1)
    if not parts or set(parts[0]) <= {"-"}:
        return None
    code = parts[0]
    rest = parts[1].strip() if len(parts) > 1 else ""
    if not rest:
        return Role(code)
    if rest[0] in "<>":
        d = parse_date(rest[1:])
        return Role(code, end=d) if rest[0] == "<" else Role(code, start=d)
    if "-" in rest:
        a, b = rest.split("-", 1)
        start, end = parse_date(a), parse_date(b)
        if end < start:
            raise ValueError(f"end before start in {inner!r}")
        return Role(code, start=start, end=end)
    raise ValueError(f"bad date restriction {inner!r}")


# ---------------------------------------------------------------- actor files

def _decoded(fh):
    """Lines of a binary file: UTF-8, or Windows-1252 for a line that is not (the dictionaries
    mix both)."""
    for raw in fh:
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError:
            yield raw.decode("cp1252", errors="replace")


@dataclass
class ActorBlock:
    """One actor of an actor file: phrases (the first is the primary one), roles, comment, where."""

    phrases: list[str]
    roles: list[Role] = field(default_factory=list)
    comment: str = ""
    source: str = ""


@dataclass
class ParseReport:
    """What parsing found wrong, with ``file:line`` and the text."""

    problems: list[str] = field(default_factory=list)

    def add(self, where: str, msg: str) -> None:
        """Note one problem at ``where`` (``file:line``)."""
        self.problems.append(f"{where}: {msg}")


def _clean_phrase(p: str) -> str:
    p = p.strip().strip("+").strip()
    return re.sub(r"[_\s]+", "_", p).strip("_")


def _roles_in(text: str, where: str, report: ParseReport) -> list[Role]:
    roles = []
    for inner in _BRACKET.findall(text):
        try:
            r = parse_role(inner)
        except ValueError as e:
            report.add(where, f"date restriction skipped ({e})")
            continue
        if r is not None:
            roles.append(r)
    return roles


def parse_actor_file(path: str | Path, report: ParseReport | None = None) -> list[ActorBlock]:
    """The actors of one TABARI/PETRARCH actor dictionary.  Problems (unreadable dates, phrases
    that never got a code) go to ``report``.  Raises DictionaryError for a verb dictionary."""
    path = Path(path)
    report = report if report is not None else ParseReport()
    blocks: list[ActorBlock] = []
    cur: ActorBlock | None = None
    with path.open("rb") as fh:
        for n, raw in enumerate(_decoded(fh), 1):
            line = raw.rstrip("\n\r")
            if "---STOP---" in line:
                break
            body, _, comment = line.partition("#")
            if not body.strip():
                continue
            where = f"{path.name}:{n}"
            if re.match(r"\s*-{3}\s*\S.*\[", body) or body.lstrip().startswith("- "):
                raise DictionaryError(f"{where}: this is a verb dictionary, not an actor dictionary")
            if body[0] in " \t":  # roles of the current actor
                stripped = body.strip()
                if stripped.startswith("+") and cur is not None:
                    cur.phrases += [_clean_phrase(p) for p in stripped.split("+") if _clean_phrase(p)]
                    continue
                if cur is None or "[" not in body:
                    report.add(where, f"line not understood: {line.strip()!r}")
                    continue
                cur.roles += _roles_in(body, where, report)
                continue
            if body.startswith("+"):
                if cur is None:
                    report.add(where, "synonym before any actor")
                    continue
                head = body.split("[", 1)[0]
                cur.phrases += [_clean_phrase(p) for p in head.split("+") if _clean_phrase(p)]
                cur.roles += _roles_in(body, where, report)
                continue
            phrase = _clean_phrase(body.split("[", 1)[0])
            if not phrase:
                report.add(where, f"line not understood: {line.strip()!r}")
                continue
            roles = _roles_in(body, where, report)
            if cur is not None and not cur.roles:
                # a phrase with no code shares the codes of the next actor that has some
                cur.phrases.append(phrase)
                cur.roles = roles
                cur.comment = cur.comment or comment.strip()
                continue
            if cur is not None:
                blocks.append(cur)
            cur = ActorBlock([phrase], roles, comment.strip(), where)
    if cur is not None:
        if cur.roles:
            blocks.append(cur)
        else:
            report.add(cur.source, f"actor without a code: {cur.phrases[0]}")
    return blocks


# ---------------------------------------------------------------- agent files

def parse_agent_file(path: str | Path, report: ParseReport | None = None) -> list[tuple[str, str]]:
    """(lower-case phrase, CAMEO agent code) pairs of an agent dictionary, substitution sets
    expanded and plurals added as PETRARCH adds them."""
    path = Path(path)
    report = report if report is not None else ParseReport()
    subst: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    with path.open("rb") as fh:
        for n, raw in enumerate(_decoded(fh), 1):
            line = raw.partition("#")[0].strip()
            if not line:
                continue
            where = f"{path.name}:{n}"
            m = re.match(r"!(\w+)!\s*=\s*(.+)", line)
            if m:
                subst[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
                continue
            if "[" not in line:
                report.add(where, "agent without a code")
                continue
            head, _, tail = line.partition("[")
            code = tail.partition("]")[0].strip()
            plural: str | None = None
            if "{" in head:
                if "}" not in head:
                    report.add(where, "missing '}'")
                    continue
                plural = head[head.index("{") + 1:head.index("}")].strip()
                head = head[:head.index("{")]
            head = head.strip()
            variants = [head]
            m = re.search(r"!(\w+)!", head)
            if m:
                if m.group(1) not in subst:
                    report.add(where, f"unknown substitution set !{m.group(1)}!")
                    continue
                variants = [head[:m.start()] + s + head[m.end():] for s in subst[m.group(1)]]
                plural = ""  # the set lists its own plurals
            for v in variants:
                phrases = [v]
                if plural is None:
                    phrases.append(_regular_plural(v))
                elif plural:
                    phrases.append(plural)
                for p in phrases:
                    words = [w for w in re.split(r"[_\s]+", p) if w]
                    if words:
                        out.append((" ".join(words).lower(), code))
    return out


def _regular_plural(p: str) -> str:
    p = p.rstrip("_ ")
    if p.endswith("Y"):
        return p[:-1] + "IES"
    if p.endswith("S"):
        return p + "ES"
    return p + "S"


# ---------------------------------------------------------------- surface forms

#: Words written in lower case inside a name ("Islamic Republic of Afghanistan").
SMALL_WORDS = {"OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "A", "AN", "DE", "DEL", "DES", "DI", "DU",
               "DA", "DOS", "DAS", "LA", "LE", "LES", "LOS", "LAS", "Y", "E", "VON", "VAN", "DER", "DEN", "AL", "EL",
               "BIN", "UND"}
#: Acronyms kept in capitals inside longer names.
ACRONYMS = {"UN", "US", "USA", "EU", "UK", "AU", "UAE", "NATO", "OPEC", "ASEAN", "IMF", "WHO", "PLO", "ANC", "IRA",
            "ETA", "FARC", "ELN", "PKK", "LTTE", "SPLA", "SPLM", "RUF", "UNITA", "MPLA", "CIA", "FBI", "KGB", "FSB",
            "II", "III", "IV", "VI", "NGO", "OSCE", "ECOWAS", "SADC", "ICC", "ICJ", "IAEA", "OAS", "OAU", "TV", "BBC",
            "CNN"}


@lru_cache(maxsize=65536)
def _cap(word: str, i: int) -> str:
    if "." in word or word in ACRONYMS or not re.search(r"[A-Z]", word):
        return word
    if i > 0 and word in SMALL_WORDS:
        return word.lower()
    if len(word) <= 5 and word.isalpha() and not re.search(r"[AEIOUY]", word):
        return word  # no vowel: an acronym (PKK, ANSF is not caught; it becomes "Ansf")
    parts = []
    for part in word.split("-"):
        p = part[:1].upper() + part[1:].lower()
        if len(p) > 2 and p[1] == "'":  # O'Brien, D'Alema
            p = p[:2] + p[2].upper() + p[3:]
        if p.startswith("Mc") and len(p) > 4:
            p = "Mc" + p[2].upper() + p[3:]
        parts.append(p)
    return "-".join(parts)


def surface_forms(phrase: str) -> list[str]:
    """How an upper-case PETRARCH phrase is written in news text: title case with small words
    in lower case and acronyms kept ("UNITED_NATIONS_HIGH_COMMISSIONER_FOR_REFUGEES" ->
    "United Nations High Commissioner for Refugees"); a one-word phrase of up to five letters also
    as written (an acronym: "IAEA"); a hyphenated name also with lower case after the hyphen
    ("Ban Ki-moon")."""
    words = [w for w in phrase.split("_") if w]
    if not words:
        return []
    forms = [" ".join(_cap(w, i) for i, w in enumerate(words))]
    if len(words) == 1 and len(words[0]) <= 5 and words[0].isalpha():
        forms.append(words[0])
    if "-" in phrase:
        forms.append(re.sub(r"-(\w)", lambda m: "-" + m.group(1).lower(), forms[0]))
    return list(dict.fromkeys(f for f in forms if len(f) > 1))


# ---------------------------------------------------------------- the import

@dataclass
class ImportStats:
    """Counts of one ``dict import`` run: files read, actors and agent phrases parsed, overlay rows
    written, CAMEO codes we do not map (code -> roles skipped), and lines with problems."""

    files: list[str] = field(default_factory=list)
    actors: int = 0
    agents: int = 0
    rows: int = 0
    unmapped: Counter = field(default_factory=Counter)  # CAMEO code -> roles skipped
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for the terminal."""
        top = ", ".join(f"{c} ({n})" for c, n in self.unmapped.most_common(8))
        return (f"{len(self.files)} file(s): {self.actors} actors, {self.agents} agent phrases -> {self.rows} overlay rows; "
                f"{sum(self.unmapped.values())} roles with codes we do not map ({top or 'none'}); "
                f"{len(self.problems)} line(s) with problems")


def _is_person(block: ActorBlock, mapped: list[tuple[Role, str | None, str | None]]) -> bool:
    if re.search(r"CountryInfo|rulers", block.comment, re.I):
        return True
    return any(r.dated for r, _c, s in mapped) and any(s for _r, _c, s in mapped)


def actor_rows(blocks: list[ActorBlock], stats: ImportStats) -> list[tuple[str, ...]]:
    """Overlay rows for parsed actors: one per surface form and role, dated roles first."""
    rows = []
    for b in blocks:
        mapped = []
        for r in b.roles:
            m = map_code(r.cameo)
            if m is None:
                stats.unmapped[r.cameo] += 1
                continue
            mapped.append((r, m[0], m[1]))
        if not mapped:
            continue
        codes = [c for _r, c, _s in mapped if c]
        if not codes:
            for r, _c, _s in mapped:
                stats.unmapped[r.cameo] += 1
            continue
        # a role with no country ("[ELI]") is that actor's role in its own country or body
        mapped = [(r, c or codes[0], s) for r, c, s in mapped]
        if _is_person(b, mapped):
            kind = "person"
        elif all(s is None for _r, _c, s in mapped):
            kind = "country"
        else:
            kind = "org"
        mapped.sort(key=lambda t: not t[0].dated)  # dated roles first: they win where in force
        name = (surface_forms(b.phrases[0]) or [b.phrases[0]])[0]
        stats.actors += 1
        seen = set()
        for phrase in b.phrases:
            for form in surface_forms(phrase):
                for r, c, s in mapped:
                    key = (form, c, s, r.start, r.end)
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append((form, kind, c, s or "", name, r.start or "", r.end or "", b.source))
    return rows


def agent_rows(pairs: list[tuple[str, str]], source: str, stats: ImportStats) -> list[tuple[str, ...]]:
    """Overlay rows for PETRARCH agent phrases (``(phrase, CAMEO agent code)`` pairs): one per phrase
    (its first mapped code wins), kind "sector", with the sector the code maps to and no country;
    codes we do not map are counted in ``stats.unmapped``."""
    rows = []
    seen = set()
    for phrase, code in pairs:
        m = map_code(code)
        if m is None or m[1] is None:
            stats.unmapped[code] += 1
            continue
        if phrase in seen:
            continue
        seen.add(phrase)
        stats.agents += 1
        rows.append((phrase, "sector", "", m[1], phrase, "", "", source))
    return rows


def _looks_like_agents(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as fh:
        head = fh.read(200_000)
    return "[~" in head


def import_petrarch(paths: list[str | Path]) -> tuple[list[tuple[str, ...]], ImportStats]:
    """Parse PETRARCH actor and agent dictionaries (the kind is recognised from the content) into
    overlay rows.  Raises DictionaryError for a file that is not one (a verb dictionary, a file
    with nothing in it we can read), OSError for an unreadable one."""
    stats = ImportStats()
    rows: list[tuple[str, ...]] = []
    for p in paths:
        p = Path(p)
        report = ParseReport()
        before = len(rows)
        if _looks_like_agents(p):
            rows += agent_rows(parse_agent_file(p, report), p.name, stats)
        else:
            rows += actor_rows(parse_actor_file(p, report), stats)
        if len(rows) == before:
            raise DictionaryError(f"{p}: no actor or agent entries found (not a PETRARCH actor/agent dictionary?)")
        stats.files.append(str(p))
        stats.rows = len(rows)
        stats.problems += report.problems
    return rows, stats
