"""The world layer: Natural Earth 1:110m country outlines, simplified, shipped in ``data/world-110m.json``
(public domain; ``tests/tools/world_layer.py`` makes the file, see ``data/README.md``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

#: Coordinates are (longitude, latitude) in degrees, as GeoJSON and Natural Earth write them.
Point = tuple[float, float]


@dataclass(frozen=True)
class Country:
    """One country's outline: ``rings`` in (lon, lat) (outer rings and holes alike; drawn even-odd),
    ``label`` a point inside its largest part, ``extent`` (west, south, east, north) of that part."""

    name: str
    code: str | None  # ISO 3166-1 alpha-2
    label: Point
    extent: tuple[float, float, float, float]
    rings: tuple[tuple[Point, ...], ...]


@dataclass(frozen=True)
class WorldLayer:
    source: str
    countries: tuple[Country, ...]

    def country(self, code: str | None) -> Country | None:
        """The outline of the country with ISO alpha-2 ``code``, if the layer has one (1:110m leaves out
        the smallest countries: Singapore, Malta, Bahrain...)."""
        return next((c for c in self.countries if code and c.code == code), None)


@cache
def world_layer() -> WorldLayer:
    """The layer, read once per process."""
    data = json.loads(files("reportgen.geo").joinpath("data", "world-110m.json").read_text("utf-8"))
    countries = []
    for item in data["countries"]:
        rings = tuple(tuple(zip(ring[0::2], ring[1::2], strict=True)) for ring in item["rings"])
        west, south, east, north = item["extent"]
        countries.append(Country(name=item["name"], code=item["a2"],
                                 label=(item["label"][0], item["label"][1]),
                                 extent=(west, south, east, north), rings=rings))
    return WorldLayer(source=data["source"], countries=tuple(countries))
