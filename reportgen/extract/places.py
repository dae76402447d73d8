"""Places: the brief's country and location actors, placed on the globe for the locator map.

Offline, from the gazetteer (:mod:`reportgen.geo.gazetteer`), in two passes so the story's own
geography decides between places of one name:

1. countries, which give the story's countries;
2. regions ("Texas", "Scotland"), in the story's countries when the name is several regions';
3. cities, most populous match first, but a match in one of the story's regions wins, then one in
   one of its countries of comparable size ("Paris" in a story about Texas is Paris, Texas). Two
   matches of like size that nothing in the story tells apart ("Springfield") leave the place unlocated.

A place that cannot be located (a camp, a region GeoNames cannot place, a name the gazetteer lacks) is
kept with no coordinates: the map lists it, never guesses. Continents and wide regions ("Europe",
"Middle East") are kept the same way: no point stands for them.
"""

from __future__ import annotations

from reportgen.brief import Actor, Place
from reportgen.extract import lexicon
from reportgen.extract.names import country_key, name_key
from reportgen.geo.gazetteer import City, Gazetteer, Subdivision, gazetteer

#: A key place at least this salient (0-1, see ``actors.SALIENCE_SPREAD``: the threshold of key actors) is
#: one the story is about.
LEAD_SALIENCE = 0.37
#: A second city of the name with at least this share of the first's population makes the name
#: ambiguous, unless the story's regions or countries choose between them.
AMBIGUOUS_SHARE = 0.5
#: A city in one of the story's countries wins over a more populous namesake elsewhere only if it has at
#: least this share of its population ("Birmingham" in a US story is still Birmingham, England; a region
#: of the story decides whatever the sizes: "Paris" in a story about Texas).
STORY_COUNTRY_SHARE = 0.2
#: A city at least this populous (or a capital) is what a bare name means, not its namesake region
#: ("Washington", "New York"; but "Delaware" is the state).
MAJOR_CITY = 1_000_000
#: Coordinates are kept to 4 decimals (about 10 m): enough for a map, stable in the YAML.
DECIMALS = 4


def find_places(actors: list[Actor]) -> list[Place]:
    """A place per country or location actor, in the actors' order (most salient first)."""
    gaz = gazetteer()
    candidates = [a for a in actors if a.type in ("country", "location")]
    places: dict[str, Place] = {}
    for actor in candidates:
        if (place := _country(gaz, actor)) is not None:
            places[actor.name] = place
    countries = {p.country for p in places.values() if p.country}
    regions: set[tuple[str, str]] = set()
    for actor in candidates:
        if actor.name in places:
            continue
        if (found := _region(gaz, actor, countries)) is not None:
            place, sub = found
            places[actor.name] = place
            if sub is not None and (region := gaz.region_of(sub)):
                regions.add(region)
    countries |= {p.country for p in places.values() if p.country}
    for actor in candidates:
        if actor.name not in places:
            places[actor.name] = _city(gaz, actor, countries, regions)
    return [_finish(places[a.name], a) for a in candidates]


def _finish(place: Place, actor: Actor) -> Place:
    place.mentions = actor.mentions
    place.lead = actor.key and actor.salience >= LEAD_SALIENCE
    if place.lat is not None and place.lon is not None:
        place.lat, place.lon = round(place.lat, DECIMALS), round(place.lon, DECIMALS)
    return place


def country_code(gaz: Gazetteer, name: str) -> str | None:
    """ISO alpha-2 of the country ``name`` names ("U.S.", "Britain", "Ivory Coast"), if any."""
    canonical = country_key(name) or name_key(name)
    return lexicon.COUNTRY_CODES.get(canonical) or gaz.country(canonical) or gaz.country(name)


def _country(gaz: Gazetteer, actor: Actor) -> Place | None:
    """The actor as a country, if it names one (a location actor named like a country but also like a
    city, or like a country whose name is a US state's, is left to the next passes)."""
    name, key = actor.name, name_key(actor.name)
    code = country_code(gaz, name)
    if code and (actor.type == "country"
                 or (key not in lexicon.AMBIGUOUS_COUNTRIES and not gaz.cities(name))):
        point = gaz.country_point(code)
        return Place(name=name, kind="country", country=code, lat=point[0] if point else None,
                     lon=point[1] if point else None)
    return None


def _region(gaz: Gazetteer, actor: Actor, countries: set[str]) -> tuple[Place, Subdivision | None] | None:
    """The actor as a region ("Texas", "Scotland", "Middle East"); None when it may be a city."""
    name, key = actor.name, name_key(actor.name)
    sub = _subdivision(gaz, name, countries)
    if sub is not None and not _major_city(gaz, name):
        point = gaz.region_point(sub)
        namesakes = [c for c in gaz.cities(name) if c.country == sub.country or c.country in countries]
        if point is not None or not namesakes:  # a city of the name wins over a region left unplaced
            return Place(name=name, kind="region", country=sub.country, lat=point[0] if point else None,
                         lon=point[1] if point else None), sub
    if key in lexicon.REGIONS or key in lexicon.CONTINENTS:
        return Place(name=name, kind="region"), None
    if actor.type == "country" and not gaz.cities(name):
        return Place(name=name, kind="country"), None  # "Soviet Union", "Korea": no one country today
    return None


def _subdivision(gaz: Gazetteer, name: str, countries: set[str]) -> Subdivision | None:
    """The one subdivision called ``name``: a top-level one, in the story's countries when several."""
    found = [s for s in gaz.subdivisions(name) if s.top_level] or gaz.subdivisions(name)
    if len(found) > 1 and countries:
        found = [s for s in found if s.country in countries] or found
    if len({s.country for s in found}) > 1:
        found = [s for s in found if s.country in ("US", "GB")] or found  # the English-language default
    return found[0] if len({s.country for s in found}) == 1 else None


def _major_city(gaz: Gazetteer, name: str) -> bool:
    found = gaz.cities(name)
    return bool(found) and (found[0].population >= MAJOR_CITY or name_key(name) in lexicon.CAPITALS)


def _city(gaz: Gazetteer, actor: Actor, countries: set[str], regions: set[tuple[str, str]]) -> Place:
    found = gaz.cities(actor.name)
    if not found or set(name_key(actor.name).split()) & (lexicon.FACILITY_WORDS | lexicon.SITE_WORDS):
        return Place(name=actor.name)  # a camp, an airport, a street: not a city of that name
    chosen = _choose(found, countries, regions)
    if chosen is None:
        return Place(name=actor.name, kind="city")
    return Place(name=actor.name, kind="city", country=chosen.country, lat=chosen.lat, lon=chosen.lon)


def _choose(found: list[City], countries: set[str], regions: set[tuple[str, str]]) -> City | None:
    """The city a name means: the most populous in the story's regions, else in its countries, else
    overall unless a second one is of like size (then None: ambiguous)."""
    in_regions = [c for c in found if (c.country, c.admin1) in regions]
    in_countries = [c for c in found if c.country in countries
                    and c.population >= STORY_COUNTRY_SHARE * found[0].population]
    found = in_regions or in_countries or found
    if len(found) > 1 and found[1].population >= AMBIGUOUS_SHARE * found[0].population:
        return None
    return found[0]
